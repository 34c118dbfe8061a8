"""Two writers at once: two `rag ingest` processes, each with its own articles, started
together on one index, repeated. Every article of both inputs must be in the index.

    .venv/bin/python bench/writers.py [--repeats 10] [--articles 100]

Prints one JSON object and a one-line summary.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import tempfile
import time
from pathlib import Path

from synthetic import ROOT, ingest_command, problem, write_articles


def run(repeats: int, articles: int) -> dict:
    complete, missing, failed, seconds = 0, 0, 0, []
    for repeat in range(repeats):
        with tempfile.TemporaryDirectory() as tmp:
            index = Path(tmp) / "index"
            folders = [Path(tmp) / name for name in ("one", "two")]
            titles = {t for f in folders for t in write_articles(f, articles, f"{f.name}{repeat}")}
            started = time.perf_counter()
            procs = [
                subprocess.Popen(
                    ingest_command(f, index), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
                )
                for f in folders
            ]
            failed += sum(p.wait() != 0 for p in procs)
            for p in procs:
                p.communicate()
            seconds.append(time.perf_counter() - started)
            from rag.index import Index

            held = {a.title for a in Index.open(index).articles.values()} if not problem(index) else set()
            missing += len(titles - held)
            complete += titles <= held
    return {
        "repeats": repeats,
        "articles_per_writer": articles,
        "repeats_with_every_article": complete,
        "articles_missing": missing,
        "writers_failed": failed,
        "seconds_per_repeat": round(sum(seconds) / len(seconds), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--articles", type=int, default=100, help="articles per writer")
    args = parser.parse_args()
    figures = run(args.repeats, args.articles)
    print(json.dumps(figures, indent=1))
    print(
        f"writers: {figures['repeats_with_every_article']} of {figures['repeats']} repeats kept every article "
        f"of both writers; {figures['articles_missing']} missing, {figures['writers_failed']} writers failed"
    )


if __name__ == "__main__":
    main()
