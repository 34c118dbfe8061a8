"""Metrics of a finished RealTimeQA `rag eval` run on the questions the corpus can answer
in time: those whose gold answer appears (as whole words) in an article published from
14 days before to 7 days after the question's date.

The data README's answerable subset asks only that the gold answer appear in one of the
question's own search results, which are often years old ("Moscow" in a 2017 article for
a question about 2023); this subset asks for the week's news instead.

    .venv/bin/python eval/timely.py eval/runs/NAME
"""

from __future__ import annotations

import argparse
import json
from datetime import date, timedelta
from pathlib import Path

from rag.evaluate import load_gold, metrics
from rag.load import load_file
from rag.text import normalize
from rag.types import Article

DATA = Path(__file__).resolve().parent.parent.parent / "shared/data/realtimeqa"
BEFORE, AFTER = timedelta(days=14), timedelta(days=7)


def timely_ids(data: Path = DATA) -> set[str]:
    articles = [
        (date.fromisoformat(a.published), f" {normalize(a.title + ' ' + a.text)} ")
        for a in load_file(data / "articles.jsonl")
        if isinstance(a, Article) and a.published
    ]
    found = set()
    for q in load_gold(data / "questions.jsonl"):
        gold, asked = f" {normalize(q.answers[0])} ", date.fromisoformat(q.date)
        if any(asked - BEFORE <= published <= asked + AFTER and gold in text for published, text in articles):
            found.add(q.id)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("run", help="a run folder holding results.jsonl")
    args = parser.parse_args()
    ids = timely_ids()
    rows = [json.loads(line) for line in (Path(args.run) / "results.jsonl").read_text().splitlines() if line]
    timely = [r for r in rows if r["id"] in ids]
    both = sum(r["answerable"] for r in timely)
    print(
        f"{len(timely)} of {len(rows)} questions answerable in time; {both} of them in the answerable subset"
    )
    print(json.dumps(metrics(timely), indent=1))


if __name__ == "__main__":
    main()
