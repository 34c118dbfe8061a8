"""Cold start: the wall time of a one-off `rag ask` on the bundled corpus, index built,
as a person runs it from a shell (a new process each time, nothing else running).

    .venv/bin/python bench/cold.py [--runs 7] [--question "How many documents were signed?"]

Prints each run's wall time and the median.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

RAG = Path(sys.executable).with_name("rag")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--question", default="How many documents were signed?")
    args = parser.parse_args()
    subprocess.run(
        [str(RAG), "ask", args.question], check=True, capture_output=True
    )  # builds the index if needed
    walls = []
    for _ in range(args.runs):
        started = time.perf_counter()
        subprocess.run([str(RAG), "ask", args.question], check=True, capture_output=True)
        walls.append(time.perf_counter() - started)
        print(f"rag ask: {walls[-1]:.2f} s wall")
    print(f"median of {args.runs}: {statistics.median(walls):.2f} s")


if __name__ == "__main__":
    main()
