"""Vector search: exact at small sizes, IVF-SQ8 past the threshold, both honouring a row
filter. Synthetic clustered vectors, no model."""

import numpy as np
import pytest

from rag.store.vectors import VectorSearch


def clustered(n, dim=64, centres=200, seed=0):
    rng = np.random.default_rng(seed)
    middle = rng.normal(size=(centres, dim))
    rows = middle[rng.integers(0, centres, n)] + 0.3 * rng.normal(size=(n, dim))
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


@pytest.fixture(scope="module")
def data():
    vectors = clustered(20_000)
    return vectors, vectors[:100] + 0.05 * clustered(100, seed=1)


def test_small_is_exact_and_large_is_approximate_but_close(data):
    vectors, queries = data
    exact = VectorSearch(vectors)
    approx = VectorSearch(vectors, exact_max=10_000)
    assert exact.exact and not approx.exact and len(approx) == len(vectors)
    _, truth = exact.search(queries, 10)
    scores, found = approx.search(queries, 10)
    recall = np.mean([len(set(t) & set(f)) / 10 for t, f in zip(truth, found)])
    assert recall >= 0.9, recall
    assert (np.diff(scores, axis=1) <= 1e-6).all()  # best first


@pytest.mark.parametrize("exact_max", [10**9, 10_000])
def test_a_filter_keeps_results_inside_it(data, exact_max):
    vectors, queries = data
    search = VectorSearch(vectors, exact_max=exact_max)
    allowed = np.zeros(len(vectors), dtype=bool)
    allowed[::7] = True
    _, rows = search.search(queries[:5], 20, allowed)
    found = rows[rows >= 0]
    assert len(found) > 0 and allowed[found].all()
    only = np.zeros(len(vectors), dtype=bool)
    only[[3, 5]] = True
    _, rows = search.search(queries[:1], 20, only)
    assert sorted(rows[0][rows[0] >= 0].tolist()) == [3, 5]
