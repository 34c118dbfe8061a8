"""Resident memory of a process that serves a large index from disk, the way `rag serve`
or the page does: synthetic chunks (bench/search.py) are saved as an index, the BM25
matrix is built and kept beside it, and then a fresh process opens the index, builds the
vector search, maps BM25, answers the queries and reports its resident memory at each
step, search p50/p95 and recall@10 against exact search.

    .venv/bin/python bench/memory.py --chunks 1000000 [--keep DIR]

Prints one JSON object and a one-line summary.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from search import GivenVectors, build_index, probe, rss_mb, synthetic, timed


def prepare(n: int, folder: Path) -> None:
    """The index on disk, its BM25 matrix kept, and the probe queries beside it."""
    from rag.store.faiss import FaissStore

    vectors, texts, rng = synthetic(n)
    queries, words, truth = probe(vectors, texts, rng)
    index = build_index(vectors, texts)
    del texts
    index.save(folder / "index")
    started = time.perf_counter()
    _ = FaissStore(index).bm25  # built once and kept (Index.derived), as the first process does
    np.savez(folder / "probe.npz", queries=queries, truth=truth, words=np.array(words))
    (folder / "prepare.json").write_text(
        json.dumps({"bm25_build_s": round(time.perf_counter() - started, 1)})
    )


def serve(folder: Path) -> dict:
    """In a fresh process: open, build, map, search; resident memory after each step."""
    from rag.index import Index
    from rag.retrieve import Retriever
    from rag.store.faiss import FaissStore

    kept = np.load(folder / "probe.npz")
    queries, truth, words = kept["queries"], kept["truth"], [str(w) for w in kept["words"]]
    rss = {"start": rss_mb()}
    started = time.perf_counter()
    index = Index.open(folder / "index")
    rss["index_open"], open_s = rss_mb(), time.perf_counter() - started
    store = FaissStore(index)
    started = time.perf_counter()
    _ = store.vectors
    rss["vector_search"], vector_s = rss_mb(), time.perf_counter() - started
    started = time.perf_counter()
    _ = store.bm25
    rss["bm25"], bm25_s = rss_mb(), time.perf_counter() - started
    retriever = Retriever(index, GivenVectors(dict(zip(words, queries))), store=store)
    _, found = store.vectors.search(queries, 10)
    recall = float(np.mean([len(set(t) & set(f)) / 10 for t, f in zip(truth, found)]))
    dense = timed(lambda j: store.dense(queries[j], 200, None), range(len(queries)))
    retriever.mode = "hybrid"
    hybrid = timed(lambda q: retriever.search(q, 10), words)
    rss["after_queries"] = rss_mb()
    p = lambda values, q: round(float(np.percentile(values, q)), 1)  # noqa: E731
    return {
        "chunks": len(index.chunks),
        "vector_index": "exact (flat)" if store.vectors.exact else "IVF-SQ8",
        "open_s": round(open_s, 1),
        "vector_build_s": round(vector_s, 1),
        "bm25_load_s": round(bm25_s, 2),
        "recall_at_10_vs_exact": round(recall, 4),
        "dense_p95_ms": p(dense, 95),
        "hybrid_p50_ms": p(hybrid, 50),
        "hybrid_p95_ms": p(hybrid, 95),
        **{f"rss_{k}_mb": round(v) for k, v in rss.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chunks", type=int, default=100_000)
    parser.add_argument("--keep", help="a folder to build the index in and keep (default: a temporary one)")
    parser.add_argument("--serve", help=argparse.SUPPRESS)  # the fresh process, given the folder
    args = parser.parse_args()
    if args.serve:
        print(json.dumps(serve(Path(args.serve))))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        if not (folder / "probe.npz").exists():
            prepare(args.chunks, folder)
        out = subprocess.run(
            [sys.executable, __file__, "--serve", str(folder)], check=True, capture_output=True, text=True
        )
        figures = json.loads(out.stdout.strip().splitlines()[-1]) | json.loads(
            (folder / "prepare.json").read_text()
        )
    print(json.dumps(figures, indent=1))
    print(
        f"served from disk: {figures['chunks']} chunks, {figures['vector_index']}; hybrid p95 "
        f"{figures['hybrid_p95_ms']} ms; recall@10 {figures['recall_at_10_vs_exact']}; "
        f"resident {figures['rss_after_queries_mb']} MB"
    )


if __name__ == "__main__":
    main()
