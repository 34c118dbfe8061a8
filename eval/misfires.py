"""Misfires of the planted-instruction rules (rag/untrusted.py) on real news: every
sentence of every article in a JSONL file (RealTimeQA's articles.jsonl by default) is
checked, and each flagged sentence is printed with its rule.

    .venv/bin/python eval/misfires.py [ARTICLES.jsonl]

A flagged sentence of real reporting is a misfire: answers would not use it or the rest
of its paragraph.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rag.chunk import sentences
from rag.untrusted import planted

ARTICLES = Path(__file__).resolve().parent.parent.parent / "shared/data/realtimeqa/articles.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", nargs="?", default=str(ARTICLES))
    path = Path(parser.parse_args().articles)
    checked = flagged = 0
    for line in path.read_text().splitlines():
        article = json.loads(line)
        text = article["text"]
        for start, end in sentences(text):
            checked += 1
            rule = planted(text[start:end])
            if rule:
                flagged += 1
                print(f"{article['id']} {rule}: {text[start:end]!r}")
    print(f"{checked:,} sentences, {flagged} flagged")


if __name__ == "__main__":
    main()
