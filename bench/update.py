"""Updating a large index: re-ingest of an unchanged corpus, adding 10 news articles, and
`rag compact`, each a whole `rag ingest` process as a user runs it, on a copy of an index.

    .venv/bin/python bench/update.py --index /work/rtqa/index-int8

The index must have been built from the RealTimeQA dev articles (its default). The ten
added articles are dev articles spread over the file, given new ids and titles, so they
are news of typical size.
Prints one JSON object and a one-line summary.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from synthetic import ROOT

ARTICLES = ROOT.parent / "shared" / "data" / "realtimeqa" / "articles.jsonl"


def timed(*args: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "rag.cli", *args], cwd=ROOT, check=True, capture_output=True)
    return round(time.perf_counter() - started, 2)


def _live_segment(index: Path) -> str:
    """The newest segment the live generation names: the one the last save wrote."""
    generation = index / (index / "CURRENT").read_text().strip()
    return max(json.loads((generation / "manifest.json").read_text())["where"].values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, required=True, help="an index of the dev articles")
    parser.add_argument("--articles", type=Path, default=ARTICLES)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        index = Path(tmp) / "index"
        shutil.copytree(args.index, index)
        unchanged = timed("ingest", str(args.articles), "--index", str(index))
        added = Path(tmp) / "added.jsonl"
        lines = args.articles.read_text().splitlines()
        rows = [json.loads(line) for line in lines[:: len(lines) // 10][:10]]  # spread: typical sizes
        for i, row in enumerate(rows):
            row["id"], row["title"] = f"bench-added-{i}", f"Update: {row['title']}"
            row["text"] = f"Updated story {i}. {row['text']}"
        added.write_text("".join(json.dumps(r) + "\n" for r in rows))
        add_ten = timed("ingest", str(added), "--index", str(index))
        chunks = sum(1 for line in (index / _live_segment(index) / "chunks.jsonl").open())
        again = timed("ingest", str(added), "--index", str(index))
        compact = timed("compact", "--index", str(index))
        segments = len(list(index.glob("seg-*")))
    figures = {
        "index": str(args.index),
        "added_chunks": chunks,
        "reingest_unchanged_s": unchanged,
        "add_10_articles_s": add_ten,
        "reingest_the_10_unchanged_s": again,
        "compact_s": compact,
        "segments_after_compact_including_previous_generation": segments,
    }
    print(json.dumps(figures, indent=1))
    print(f"update: unchanged re-ingest {unchanged} s, 10 articles added in {add_ten} s, compact {compact} s")


if __name__ == "__main__":
    main()
