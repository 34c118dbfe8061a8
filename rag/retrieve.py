"""Find the chunks most likely to answer a question: dense (FAISS) and lexical (BM25)
rankings fused by reciprocal rank, with optional publication-date and source filters.

Returns Hits; does not pick sentences or talk to the language model (answer.py does).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .embed import Embedder
from .errors import InputError, require
from .expect import tokens
from .index import Index
from .load import parse_date
from .types import Hit

RRF_K = 60  # the usual reciprocal-rank-fusion constant; damps the weight of top ranks
DENSE_POOL = 200  # candidates taken from each ranking before fusion


@dataclass(frozen=True)
class Filters:
    since: str | None = None  # ISO dates, inclusive
    until: str | None = None
    source: str | None = None  # case-insensitive substring of the article's source or url

    @classmethod
    def parse(cls, since=None, until=None, source=None) -> Filters:
        dates = []
        for name, value in (("since", since), ("until", until)):
            iso = parse_date(value) if value else None
            if value and not iso:
                raise InputError(f"{name}: cannot read {value!r} as a date; use YYYY-MM-DD")
            dates.append(iso)
        return cls(dates[0], dates[1], (source or "").strip().lower() or None)

    def __bool__(self) -> bool:
        return bool(self.since or self.until or self.source)


class Retriever:
    def __init__(self, index: Index, embedder: Embedder, mode: str = "hybrid"):
        self.index = index
        self.embedder = embedder
        self.mode = mode
        self._bm25 = None

    @property
    def bm25(self):
        if self._bm25 is None:
            bm25s = require("bm25s", "bm25s")
            self._bm25 = bm25s.BM25()
            articles = self.index.articles
            corpus = [tokens(f"{articles[c.article_id].title} {c.text}") for c in self.index.chunks]
            self._bm25.index(corpus, show_progress=False)
        return self._bm25

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
            )
        return np.array([bool(ok[c.article_id]) for c in self.index.chunks], dtype=bool)

    def search(self, query: str, k: int = 5, filters: Filters = Filters()) -> list[Hit]:
        n = len(self.index.chunks)
        if n == 0:
            return []
        mask = self.allowed(filters)
        dense = lexical = None
        rankings = []
        if self.mode in ("hybrid", "dense"):
            q = self.embedder.encode([query])
            pool = n if mask is not None else min(n, DENSE_POOL)
            scores, ids = self.index.faiss.search(q, pool)
            dense = dict(zip(ids[0].tolist(), scores[0].tolist()))
            rankings.append([i for i in ids[0].tolist() if i >= 0 and (mask is None or mask[i])])
        if self.mode in ("hybrid", "bm25"):
            scores = self.bm25.get_scores(tokens(query))
            if mask is not None:
                scores = np.where(mask, scores, -1.0)
            order = np.argsort(-scores)[:DENSE_POOL]
            lexical = {int(i): float(scores[i]) for i in order}
            rankings.append([int(i) for i in order if scores[i] > 0])
        fused: dict[int, float] = {}
        for ranking in rankings:
            for rank, i in enumerate(ranking):
                fused[i] = fused.get(i, 0.0) + 1.0 / (RRF_K + rank + 1)
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
