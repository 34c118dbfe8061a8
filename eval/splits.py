"""Where the regex sentence splitter (chunk.sentences) and spaCy's parser disagree on
news: a fixed sample of 300 RealTimeQA paragraphs (60 articles drawn with seed 0).

    .venv/bin/python eval/splits.py

Prints the counts and every boundary only one of them makes, with 60 characters of
context, for reading; docs/EVAL.md has the verdicts.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from rag.chunk import sentences
from rag.text import nlp

ARTICLES = Path(__file__).resolve().parent.parent.parent / "shared/data/realtimeqa/articles.jsonl"


def main() -> None:
    articles = [json.loads(line) for line in ARTICLES.read_text().splitlines()]
    sample = random.Random(0).sample(articles, 60)
    paragraphs = [p for a in sample for p in a["text"].split("\n\n") if len(p) > 200][:300]
    ours = [{end for _, end in sentences(p)} for p in paragraphs]
    theirs = [
        {len(p[: s.end_char].rstrip()) for s in doc.sents}
        for p, doc in zip(paragraphs, nlp().pipe(paragraphs))
    ]
    only = []
    for p, o, t in zip(paragraphs, ours, theirs):
        for end in sorted((o ^ t) - {len(p.rstrip())}):
            only.append(
                ("regex" if end in o else "spacy", p[max(0, end - 60) : end] + " || " + p[end : end + 40])
            )
    print(
        f"{len(paragraphs)} paragraphs: regex {sum(map(len, ours))} sentences, spaCy {sum(map(len, theirs))}; "
        f"{len(only)} boundaries made by one only"
    )
    for who, context in only:
        print(f"{who:5} | {' '.join(context.split())}")


if __name__ == "__main__":
    main()
