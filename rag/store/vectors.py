"""Nearest-neighbour search over chunk vectors with FAISS, the index type following size.

Up to EXACT_MAX vectors the search is exact (a flat inner-product index: no training,
every result right). Beyond, an inverted-file index with 8-bit scalar quantization
(IVF, SQ8): a quarter of the memory, trained on a sample of the corpus, searching the
NPROBE nearest of its lists; bench/search.py measures its recall against exact search.
Knows vectors and row numbers only: not chunks, BM25 or filters by date (retrieve.py).
"""

from __future__ import annotations

import math

import numpy as np

from ..errors import require

# Exact search: 22 ms per query at 100,000 chunks on 2 cores, growing with the count
# (bench/search.py); beyond, hybrid search would pass 50 ms.
EXACT_MAX = 100_000
NPROBE = 48
TRAIN_PER_LIST = 40  # training vectors per list: FAISS warns below 39


class VectorSearch:
    """Inner-product search over unit vectors; rows are numbered in the order added."""

    def __init__(self, vectors: np.ndarray, exact_max: int = EXACT_MAX):
        faiss = require("faiss", "faiss-cpu")
        n, dim = vectors.shape
        self.exact = n <= exact_max
        if self.exact:
            self.index = faiss.IndexFlatIP(dim)
        else:
            lists = int(4 * math.sqrt(n))
            quantizer = faiss.IndexFlatIP(dim)
            self.index = faiss.IndexIVFScalarQuantizer(
                quantizer, dim, lists, faiss.ScalarQuantizer.QT_8bit, faiss.METRIC_INNER_PRODUCT
            )
            sample = np.random.default_rng(0).choice(n, min(n, lists * TRAIN_PER_LIST), replace=False)
            self.index.train(vectors[np.sort(sample)])
            self.index.nprobe = NPROBE
        self.index.add(vectors)

    def __len__(self) -> int:
        return self.index.ntotal

    def search(self, queries: np.ndarray, k: int, allowed: np.ndarray | None = None):
        """(scores, rows) of the k best per query; rows are -1 past the last match.
        `allowed` (a boolean mask over rows) limits the search to those rows."""
        faiss = require("faiss", "faiss-cpu")
        k = min(k, len(self)) or 1
        if allowed is None:
            return self.index.search(queries, k)
        rows = np.flatnonzero(allowed).astype(np.int64)
        selector = faiss.IDSelectorBatch(rows)
        if self.exact:
            params = faiss.SearchParameters(sel=selector)
        else:
            # The fewer rows pass, the fewer sit in the nearest lists: probe more of them,
            # up to all for a filter as narrow as a few articles.
            share = max(len(rows), 1) / len(self)
            probes = min(self.index.nlist, math.ceil(NPROBE / share))
            params = faiss.SearchParametersIVF(sel=selector, nprobe=probes)
        return self.index.search(queries, k, params=params)
