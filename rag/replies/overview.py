"""The overview ("hi", "what can you do?", "what's new?", "top stories"): what the corpus
holds (how many articles, from when to when, from which sources), its newest headlines
with their dates, each cited by its lead sentence, and questions to try. Not a refusal.
"""

from __future__ import annotations

from collections import Counter
from urllib.parse import urlparse

from ..question import Question
from ..sentences import Sentence
from .base import Context, Reply
from .summary import lead

NEWEST = 5
SOURCES = 4


def reply(question: Question, found: list[Sentence], context: Context) -> Reply:
    articles = sorted(context.index.articles.values(), key=lambda a: a.published or "", reverse=True)
    if not articles:
        return Reply("overview", heading="The news corpus is empty: add articles with `rag ingest PATH`.")
    dates = sorted(a.published for a in articles if a.published)
    sources = Counter(a.source or urlparse(a.url).netloc.removeprefix("www.") for a in articles)
    named = [s for s, _ in sources.most_common(SOURCES) if s]
    span = f", published {dates[0]} to {dates[-1]}" if dates else ""
    heading = (
        f"I answer questions about the {len(articles)} news article{'s' * (len(articles) != 1)} "
        f"in this corpus{span}{', from ' + ', '.join(named) if named else ''}, quoting the articles. "
        "The newest:"
    )
    quotes = tuple(q for q in (lead(a) for a in articles[:NEWEST]) if q)
    footer = (
        f'Try: "Tell me about {articles[0].title}", "What did … say about …?", '
        '"Who …?", "How many …?", "Did … ?"'
    )
    return Reply("overview", quotes, heading=heading, footer=footer)
