"""The embedded store: FAISS (store/vectors.py) for vectors and bm25s for words, both in
memory, built from the index on first use under a lock, so concurrent first questions
never see half-built state. The BM25 matrix is kept beside the index's generation by the
first process that builds it, and mapped from there by the next."""

from __future__ import annotations

import contextlib
import logging
import threading
from pathlib import Path

import numpy as np

from ..errors import require
from ..index import Index, keep_derived, release
from ..text import tokens
from . import searched_text
from .vectors import VectorSearch


class FaissStore:
    def __init__(self, index: Index):
        self.index = index
        self._vectors: VectorSearch | None = None
        self._bm25 = None
        self._lock = threading.Lock()

    @property
    def vectors(self) -> VectorSearch:
        if self._vectors is None:
            with self._lock:
                if self._vectors is None:
                    self._vectors = VectorSearch(self.index.vectors)
                    release(self.index.vectors)
        return self._vectors

    @property
    def bm25(self):
        if self._bm25 is None:
            with self._lock:
                if self._bm25 is None:
                    bm25s = require("bm25s", "bm25s")
                    # bm25s sets its own logger to DEBUG, which a page logging at INFO prints.
                    logging.getLogger("bm25s").setLevel(logging.WARNING)
                    kept = kept_bm25(self.index)
                    with contextlib.suppress(OSError, ValueError, KeyError):
                        if kept is not None and kept.is_dir():
                            # Mapped, not read: 0.05 s where building took 8 s at 41,000 chunks.
                            self._bm25 = bm25s.BM25.load(kept, mmap=True)
                    if self._bm25 is None:
                        self._bm25 = self._build_bm25(bm25s)
                        if kept is not None:
                            keep_derived(kept, lambda path: self._bm25.save(path, show_progress=False))
        return self._bm25

    def _build_bm25(self, bm25s):
        # Word ids in compact arrays, not lists of strings: a tenth of the memory while
        # indexing (95 against 627 MB at 100,000 chunks), same scores.
        vocabulary: dict[str, int] = {}
        ids = [
            np.array(
                [vocabulary.setdefault(w, len(vocabulary)) for w in tokens(searched_text(self.index, c))],
                dtype=np.int32,
            )
            for c in self.index.chunks
        ]
        bm25 = bm25s.BM25()
        bm25.index(bm25s.tokenization.Tokenized(ids=ids, vocab=vocabulary), show_progress=False)
        return bm25

    def warm(self) -> None:
        _ = self.vectors, self.bm25

    def dense(self, vector: np.ndarray, k: int, allowed: np.ndarray | None) -> list[tuple[int, float]]:
        if not len(self.index.chunks):
            return []
        scores, rows = self.vectors.search(vector.reshape(1, -1), k, allowed)
        return [(int(r), float(s)) for r, s in zip(rows[0], scores[0]) if r >= 0]

    def lexical(self, query: str, k: int, allowed: np.ndarray | None) -> list[tuple[int, float]]:
        words = tokens(query)
        if not words or not len(self.index.chunks):
            return []
        scores = self.bm25.get_scores(words)
        if allowed is not None:
            scores = np.where(allowed, scores, 0.0)
        # The k best by partition, then sorted: a full sort of a million scores took 60 ms.
        best = np.argpartition(-scores, k)[:k] if k < len(scores) else np.arange(len(scores))
        best = best[np.argsort(-scores[best], kind="stable")]
        return [(int(r), float(scores[r])) for r in best if scores[r] > 0]


def kept_bm25(index: Index) -> Path | None:
    """Where the BM25 matrix of `index` is kept (`Index.derived`): one per bm25s version,
    whose file layout may change."""
    bm25s = require("bm25s", "bm25s")
    return index.derived(f"bm25s-{bm25s.__version__}")
