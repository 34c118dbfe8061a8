"""Find the chunks most likely to answer a question: dense and lexical (BM25) rankings
from the store (store/) fused by reciprocal rank, with optional publication-date, source and
article filters, and a preference for articles published near the question's date;
`leads` adds the opening of each found article, for replies that tell a story.

Returns Hits; does not pick sentences or talk to the language model (answer.py does).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date, timedelta

import numpy as np

from .chunk import sentences as split_sentences
from .embed import Encoder
from .errors import InputError
from .index import Index
from .records import parse_date
from .store import Store
from .store.faiss import FaissStore
from .types import Chunk, Hit

RRF_K = 60  # the usual reciprocal-rank-fusion constant; damps the weight of top ranks
POOL = 200  # candidates taken from each ranking before fusion
# With a question date, a chunk's fused score is scaled by between 1 - DATE_PULL (an
# article far from that date, or undated) and 1 (published on it); the scale falls off
# over DATE_DAYS. News quizzes ask about the week; an article months away rarely answers.
DATE_PULL = 0.5
DATE_DAYS = 10.0


@dataclass(frozen=True)
class Filters:
    since: str | None = None  # ISO dates, inclusive
    until: str | None = None
    source: str | None = None  # case-insensitive substring of the article's source or url
    articles: frozenset[str] | None = None  # only these article ids

    @classmethod
    def parse(cls, since=None, until=None, source=None, articles=None) -> Filters:
        dates = []
        for name, value in (("since", since), ("until", until)):
            iso = parse_date(value) if value else None
            if value and not iso:
                raise InputError(f"{name}: cannot read {value!r} as a date; use YYYY-MM-DD")
            dates.append(iso)
        ids = frozenset(articles) if articles is not None else None
        return cls(dates[0], dates[1], (source or "").strip().lower() or None, ids)

    def around(self, day: date, days: int) -> Filters:
        """These filters, narrowed to articles published within `days` of `day`."""
        since, until = (day - timedelta(days=days)).isoformat(), (day + timedelta(days=days)).isoformat()
        return replace(self, since=max(self.since or since, since), until=min(self.until or until, until))

    def __bool__(self) -> bool:
        return bool(self.since or self.until or self.source or self.articles is not None)


def date_nearness(published: str | None, as_of: date | None, scale_days: float) -> float:
    """exp(-|published - as_of| / scale_days): 1 on the question's date, falling off with
    distance; 0 for an undated article. With no question date every article counts as
    current (1), so the date weighs nothing."""
    if as_of is None:
        return 1.0
    if not published:
        return 0.0
    return math.exp(-abs((date.fromisoformat(published) - as_of).days) / scale_days)


def date_weight(published: str | None, as_of: date | None) -> float:
    """The factor a question date puts on an article's chunks (1 when no date is given)."""
    return 1.0 - DATE_PULL + DATE_PULL * date_nearness(published, as_of, DATE_DAYS)


class Retriever:
    def __init__(self, index: Index, embedder: Encoder, mode: str = "hybrid", store: Store | None = None):
        self.index = index
        self.embedder = embedder
        self.mode = mode
        self.store = store or FaissStore(index)

    def allowed(self, filters: Filters) -> np.ndarray | None:
        """Boolean mask over chunks, or None when nothing is filtered."""
        if not filters:
            return None
        ok = {}
        for a in self.index.articles.values():
            date = a.published or ""
            ok[a.id] = (
                (not filters.since or (date and date >= filters.since))
                and (not filters.until or (date and date <= filters.until))
                and (not filters.source or filters.source in f"{a.source} {a.url}".lower())
                and (filters.articles is None or a.id in filters.articles)
            )
        return np.array([bool(ok[c.article_id]) for c in self.index.chunks], dtype=bool)

    def search(
        self, query: str, k: int = 5, filters: Filters = Filters(), as_of: date | None = None
    ) -> list[Hit]:
        n = len(self.index.chunks)
        if n == 0:
            return []
        mask = self.allowed(filters)
        if mask is not None and not mask.any():
            return []
        dense = lexical = None
        rankings = []
        if self.mode in ("hybrid", "dense"):
            found = self.store.dense(self.embedder.encode([query])[0], POOL, mask)
            dense = dict(found)
            rankings.append([i for i, _ in found])
        if self.mode in ("hybrid", "bm25"):
            found = self.store.lexical(query, POOL, mask)
            lexical = dict(found)
            rankings.append([i for i, _ in found])
        fused: dict[int, float] = {}
        for ranking in rankings:
            for rank, i in enumerate(ranking):
                fused[i] = fused.get(i, 0.0) + 1.0 / (RRF_K + rank + 1)
        if as_of is not None:
            chunks, articles = self.index.chunks, self.index.articles
            for i in fused:
                fused[i] *= date_weight(articles[chunks[i].article_id].published, as_of)
        best = sorted(fused, key=fused.get, reverse=True)[:k]
        hits = []
        for i in best:
            chunk = self.index.chunks[i]
            hits.append(
                Hit(
                    chunk=chunk,
                    article=self.index.articles[chunk.article_id],
                    score=fused[i],
                    dense=None if dense is None else dense.get(i),
                    lexical=None if lexical is None else lexical.get(i),
                )
            )
        return hits


def first_articles(hits: list[Hit], most: int) -> list[Hit]:
    """The first hit of each of the first `most` articles among the hits."""
    out: list[Hit] = []
    for h in hits:
        if len(out) == most:
            break
        if all(o.article.id != h.article.id for o in out):
            out.append(h)
    return out


def whole(hits: list[Hit], articles: int) -> list[Hit]:
    """The whole text of the first `articles` retrieved articles, each as one hit ranked
    after the found chunks: a story's answer may sit in a paragraph that shares few words
    with the question ("The game will be played at Corinthians Arena in São Paulo")."""
    return [
        replace(h, chunk=Chunk(f"{h.article.id}:whole", h.article.id, 0, len(h.article.text), h.article.text))
        for h in first_articles(hits, articles)
    ]


def leads(hits: list[Hit], chars: int) -> list[Hit]:
    """The lead of each retrieved article whose own lead was not retrieved, up to `chars`
    in whole sentences: news states who, what and why first ("More than 75,000 Kaiser
    Permanente health care workers … demanding better pay and more robust staffing plan a
    three-day strike"), while the chunk that matched the question's words may be a later
    paragraph. Callers put them after the found chunks, which keep their ranks."""
    have = {h.article.id for h in hits if h.chunk.start == 0}
    out = []
    for h in hits:
        if h.article.id not in have:
            have.add(h.article.id)
            text = h.article.text
            spans = split_sentences(text, 0, min(len(text), 2 * chars))  # never empty
            end = max((b for _, b in spans if b <= chars), default=spans[0][1])
            out.append(replace(h, chunk=Chunk(f"{h.article.id}:lead", h.article.id, 0, end, text)))
    return out
