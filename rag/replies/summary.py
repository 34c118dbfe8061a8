"""Summary replies ("summarize …", "tell me about …", "what's the latest on …", a bare
topic): the lead of the best-matching story and its sentence closest to the question,
then what other stories add, one sentence each, newest last, each cited.

The best-matching story is the article of the best sentence about the question; wire
copies of it (evidence.stories) add nothing and are skipped.
"""

from __future__ import annotations

from dataclasses import replace

from ..bearing import about, asked_about, current
from ..evidence import distinct, stories
from ..furniture import captioned, set_alone
from ..names import asked_share, named_words
from ..question import ABOUT_THE_CORPUS, Question
from ..sentences import Sentence, next_span
from ..sentences import lead as lead_span
from ..text import stem
from ..types import Article
from .base import Context, Quote, Reply
from .describe import in_order

OTHERS = 2  # sentences from other stories


def lead(article: Article) -> Quote | None:
    """The article's first readable sentence, after its dateline."""
    span = lead_span(article)
    return Quote(article, *span) if span else None


def _carried_on(first: Quote) -> Quote:
    """The lead carried on to its next sentence, when the lead goes on with one (a paragraph
    on, not past a subhead or a photo's caption): "Still basking in the afterglow … the
    strongman leader emerged … with a flurry of in-person meetings in Bali and Bangkok last
    week." """
    span = next_span(first.article.text, first.end)
    if span is None or captioned(first.article.text, span[1]):
        return first
    return replace(first, end=span[1])


def _tells(question: Question, first: Quote) -> bool:
    """Does the lead (or its headline) name anything the question names, if it names any,
    or hold every other word of the topic? "Attorneys for victims … say they've reached a
    settlement …" tells "the mgm settlement" without naming MGM."""
    said = frozenset(
        named_words(first.article.text[first.start : first.end]) | named_words(first.article.title)
    )
    topic = asked_about(question) - {stem(w) for w in ABOUT_THE_CORPUS}
    return (
        not question.names
        or asked_share(question.names, said) > 0
        or (bool(topic) and asked_share(topic, said) == 1)
    )


def reply(question: Question, found: list[Sentence], context: Context) -> Reply:
    pool = [
        s
        for s in found
        if about(s) and not captioned(s.article.text, s.end) and not set_alone(s.article.text, s.start, s.end)
    ]
    if not pool:
        return Reply("summary")
    # The story of the question's day leads, as for a description (describe.reply): not
    # the judges' later split of a settlement for "tell me about the mgm settlement" the
    # day it was reached.
    top = next((s for s in pool if current(question, s, context.near)), pool[0]).article
    story = stories(context.hits)
    first = lead(top)
    if first and not _tells(question, first):
        # The story is another's: "what happened to c.e. housel" is told in a column on
        # roadside markers, whose lead names no Housel. Its sentences about him tell it.
        first = None
    told = {story.get(top.id)}
    others = []
    for s in distinct(pool, 2 * OTHERS + 2):
        if story.get(s.article.id) not in told and len(others) < OTHERS:
            told.add(story.get(s.article.id))
            others.append(s)
    others.sort(key=lambda s: s.article.published or "")
    # Without a readable lead, two of the story's own sentences tell it; where no other
    # story adds, the story's own next-closest sentences take their place ("All this comes
    # as Kentucky has fumbled its plan …" for "whats going on with rural broadband in kentucky").
    if first:
        first = _carried_on(first)
    wanted = (1 if first else 2) + OTHERS - len(others)
    own = [
        s
        for s in distinct([s for s in pool if s.article.id == top.id], wanted + 1)
        if not first or not (s.start < first.end and first.start < s.end)  # the lead, its dateline aside
    ]
    quotes = in_order(own[:wanted], (first,) if first else ())
    quotes += [q for s in others for q in in_order([s])]
    return Reply("summary", tuple(quotes), confidence=pool[0].relevance)
