"""Metrics of a finished `rag eval` run restricted to some quiz weeks (RealTimeQA ids start
with the week, YYYYMMDD), e.g. the 4 weeks the scorer was not fitted on:

    .venv/bin/python eval/weeks.py eval/runs/NAME --from 20231201
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rag.evaluate import metrics


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("run", help="a run folder holding results.jsonl")
    parser.add_argument("--from", dest="first", required=True, help="first week, YYYYMMDD")
    parser.add_argument("--to", dest="last", default="99999999", help="last week, YYYYMMDD")
    args = parser.parse_args()
    rows = [json.loads(line) for line in (Path(args.run) / "results.jsonl").read_text().splitlines() if line]
    rows = [r for r in rows if args.first <= r["id"][:8] <= args.last]
    print(json.dumps(metrics(rows), indent=1))


if __name__ == "__main__":
    main()
