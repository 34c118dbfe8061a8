"""Thread safety of lazily built state: rounds of a fresh Retriever (BM25 not yet built)
hit by 8 threads at once, on the bundled corpus plus generated articles.

    .venv/bin/python bench/threads.py [--rounds 100] [--threads 8]

Prints one JSON object and a one-line summary: errors, and searches whose hits differ from
the same search run alone (results mixed up between threads).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from synthetic import ROOT, run_ingest, write_articles


def ids(hits) -> list[str]:
    return [h.chunk.id for h in hits]


def search(retriever, question: str):
    try:
        return question, retriever.search(question, 3)
    except Exception as exc:  # every failure is counted, whatever it is
        return question, exc


def run(rounds: int, threads: int) -> dict:
    from rag.embed import open_encoder
    from rag.index import Index
    from rag.retrieve import Retriever

    with tempfile.TemporaryDirectory() as tmp:
        folder, index_dir = Path(tmp) / "articles", Path(tmp) / "index"
        titles = write_articles(folder, 40, "threads")
        for path in (ROOT / "corpus").iterdir():
            (folder / path.name).write_bytes(path.read_bytes())
        run_ingest(folder, index_dir)
        index, embedder = Index.open(index_dir), open_encoder()
    # Each thread's answer must be what the same search gives alone, on one thread.
    alone = Retriever(index, embedder)
    expected = {q: ids(alone.search(q, 3)) for q in (t.split(": ", 1)[1] for t in titles[:threads])}
    errors, mixed = [], 0
    for _ in range(rounds):
        retriever = Retriever(index, embedder)
        with ThreadPoolExecutor(threads) as pool:
            for question, result in pool.map(lambda q, r=retriever: search(r, q), list(expected)):
                if isinstance(result, Exception):
                    errors.append(f"{type(result).__name__}: {result}")
                elif ids(result) != expected[question]:
                    mixed += 1
    return {
        "rounds": rounds,
        "threads": threads,
        "searches": rounds * threads,
        "errors": len(errors),
        "mixed_up": mixed,
        "first_errors": errors[:5],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args()
    figures = run(args.rounds, args.threads)
    print(json.dumps(figures, indent=1))
    print(
        f"threads: {figures['searches']} searches on {figures['rounds']} fresh retrievers x {figures['threads']} "
        f"threads; {figures['errors']} errors, {figures['mixed_up']} results unlike the same search alone"
    )


if __name__ == "__main__":
    main()
