"""Search at scale on synthetic chunks: build time, query p50/p95, resident memory and
recall@10 of the vector search against exact search, through the Retriever the page uses;
the time to count the corpus's words per article (Index.word_articles); and the time the
next process takes to load both from where the first kept them (Index.derived).

    .venv/bin/python bench/search.py --chunks 100000
    .venv/bin/python bench/search.py --chunks 1000000

Vectors are generated in clusters (news chunks are not uniform noise: stories on one
topic sit together), unit length, 384 dimensions; texts are drawn from a Zipf-distributed
vocabulary, 20 chunks to an article. A query is a perturbed chunk vector with five words
of that chunk. Nothing is downloaded; the encoder is not run (queries come with vectors).
Prints one JSON object and a one-line summary.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

import numpy as np

DIM = 384
PER_ARTICLE = 20
WORDS = 90  # per chunk: about a 700-character chunk
QUERIES = 200


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def synthetic(n: int, seed: int = 0):
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(max(64, n // 250), DIM)).astype(np.float32)
    vectors = np.empty((n, DIM), dtype=np.float32)
    for start in range(0, n, 100_000):
        rows = min(100_000, n - start)
        block = centres[rng.integers(0, len(centres), rows)] + 0.6 * rng.normal(size=(rows, DIM)).astype(
            np.float32
        )
        vectors[start : start + rows] = block / np.linalg.norm(block, axis=1, keepdims=True)
    vocabulary = np.array([f"w{i}" for i in range(50_000)])
    ranks = rng.zipf(1.3, size=(n, WORDS)) % len(vocabulary)
    texts = [" ".join(vocabulary[r]) for r in ranks]
    return vectors, texts, rng


def build_index(vectors: np.ndarray, texts: list[str]):
    from rag.index import Index, Signature
    from rag.types import Article, Chunk

    articles, chunks = {}, []
    for a, start in enumerate(range(0, len(texts), PER_ARTICLE)):
        parts = texts[start : start + PER_ARTICLE]
        body = "\n\n".join(parts)
        article_id = f"a{a}"
        articles[article_id] = Article(
            id=article_id, title=f"Story {a}", text=body, published="2024-01-01", path="synthetic"
        )
        offset = 0
        for j, part in enumerate(parts):
            chunks.append(Chunk(f"{article_id}:{j}", article_id, offset, offset + len(part), body))
            offset += len(part) + 2
    return Index(Signature("synthetic", DIM, 700, 1), articles=articles, chunks=chunks, vectors=vectors)


class GivenVectors:
    """Stands in for the encoder: each query text comes with its vector."""

    def __init__(self, table: dict[str, np.ndarray]):
        self.table = table

    def encode(self, texts):
        return np.vstack([self.table[t] for t in texts])


def timed(fn, items) -> list[float]:
    times = []
    for item in items:
        started = time.perf_counter()
        fn(item)
        times.append((time.perf_counter() - started) * 1000)
    return times


def probe(vectors: np.ndarray, texts: list[str], rng):
    """QUERIES queries (a perturbed chunk vector, and five of its words) and the exact top
    10 rows of each by brute force, in blocks: the truth the approximate search is held to."""
    n = len(vectors)
    picks = rng.choice(n, QUERIES, replace=False)
    noise = rng.normal(size=(QUERIES, DIM)).astype(np.float32) * 0.02
    queries = vectors[picks] + noise
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    words = [" ".join(rng.choice(texts[i].split(), 5, replace=False)) + f" q{j}" for j, i in enumerate(picks)]
    truth = np.zeros((QUERIES, 10), dtype=np.int64)
    best = np.full((QUERIES, 10), -np.inf, dtype=np.float32)
    for start in range(0, n, 200_000):
        scores = queries @ vectors[start : start + 200_000].T
        merged = np.hstack([best, scores])
        ids = np.hstack([truth, np.arange(start, start + scores.shape[1])[None].repeat(QUERIES, 0)])
        top = np.argsort(-merged, axis=1)[:, :10]
        best, truth = np.take_along_axis(merged, top, 1), np.take_along_axis(ids, top, 1)
    return queries, words, truth


def run(n: int) -> dict:
    from rag.retrieve import Retriever
    from rag.store.faiss import FaissStore

    started = time.perf_counter()
    vectors, texts, rng = synthetic(n)
    generate_s = time.perf_counter() - started
    queries, words, truth = probe(vectors, texts, rng)

    base = rss_mb()
    index = build_index(vectors, texts)
    del texts
    with_texts = rss_mb()
    store = FaissStore(index)
    started = time.perf_counter()
    _ = store.vectors
    vector_build_s = time.perf_counter() - started
    started = time.perf_counter()
    _ = store.bm25
    bm25_build_s = time.perf_counter() - started
    built = rss_mb()
    started = time.perf_counter()
    _ = index.word_articles  # read by the rule on names common in the corpus (answer.telling_names)
    word_counts_s = time.perf_counter() - started
    kept_load_s = load_kept(index, store)
    retriever = Retriever(index, GivenVectors(dict(zip(words, queries))), store=store)

    _, found = store.vectors.search(queries, 10)
    recall = float(np.mean([len(set(t) & set(f)) / 10 for t, f in zip(truth, found)]))
    dense = timed(lambda j: store.dense(queries[j], 200, None), range(QUERIES))
    retriever.mode = "bm25"
    lexical = timed(lambda q: retriever.search(q, 10), words)
    retriever.mode = "hybrid"
    hybrid = timed(lambda q: retriever.search(q, 10), words)
    p = lambda values, q: round(float(np.percentile(values, q)), 1)  # noqa: E731
    return {
        "chunks": n,
        "articles": len(index.articles),
        "vector_index": "exact (flat)" if store.vectors.exact else "IVF-SQ8",
        "generate_s": round(generate_s, 1),
        "vector_build_s": round(vector_build_s, 1),
        "bm25_build_s": round(bm25_build_s, 1),
        "word_counts_s": round(word_counts_s, 1),
        "kept_bm25_and_counts_load_s": round(kept_load_s, 2),
        "recall_at_10_vs_exact": round(recall, 4),
        "dense_p50_ms": p(dense, 50),
        "dense_p95_ms": p(dense, 95),
        "bm25_p50_ms": p(lexical, 50),
        "bm25_p95_ms": p(lexical, 95),
        "hybrid_p50_ms": p(hybrid, 50),
        "hybrid_p95_ms": p(hybrid, 95),
        "rss_mb": round(rss_mb()),
        "rss_float_vectors_mb": round(vectors.nbytes / 2**20),
        "rss_texts_and_chunks_mb": round(with_texts - base),
        "rss_search_structures_mb": round(built - with_texts),
    }


def load_kept(index, store) -> float:
    """Seconds the next process takes to map the BM25 matrix and read the word counts that
    the first one kept beside the index (Index.derived), instead of building them."""
    import tempfile

    from rag.index import keep_derived
    from rag.store.faiss import FaissStore, kept_bm25

    with tempfile.TemporaryDirectory() as folder:
        index.home, index.generation = Path(folder), "gen-bench"
        (index.home / index.generation).mkdir()
        keep_derived(kept_bm25(index), lambda path: store.bm25.save(path, show_progress=False))
        index.__dict__.pop("word_articles")  # counted again below, and kept this time
        _ = index.word_articles
        index.__dict__.pop("word_articles")
        started = time.perf_counter()
        _ = FaissStore(index).bm25, index.word_articles
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chunks", type=int, default=100_000)
    figures = run(parser.parse_args().chunks)
    print(json.dumps(figures, indent=1))
    print(
        f"search: {figures['chunks']} chunks, {figures['vector_index']}; hybrid p50 {figures['hybrid_p50_ms']} ms, "
        f"p95 {figures['hybrid_p95_ms']} ms; recall@10 {figures['recall_at_10_vs_exact']}; "
        f"resident {figures['rss_mb']} MB"
    )


if __name__ == "__main__":
    main()
