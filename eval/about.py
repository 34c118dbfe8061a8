"""Calibrate bearing.ABOUT, the relevance a sentence needs for a non-factoid reply to
quote it, on the tuning part of the chat gold set; print the held part beside it.

    .venv/bin/python eval/about.py                                # the bundled corpus
    .venv/bin/python eval/about.py --index /work/rtqa/index       # RealTimeQA

For each value: useful_rate and refusal_accuracy of each part (chat_metrics), over the
questions the index holds. Pick on "tune" only; "held" is what to report.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rag import NewsQA, Settings, bearing
from rag.evaluate import chat_metrics, chat_score, load_gold, runnable

VALUES = (0.3, 0.35, 0.4, 0.45, 0.5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", default="eval/gold/chat.jsonl")
    parser.add_argument("--index", help="index directory (default: the bundled corpus's)")
    args = parser.parse_args()
    settings = Settings.from_env(index_dir=args.index) if args.index else Settings.from_env()
    qa = NewsQA.open(settings, sync_corpus=None if not args.index else False)
    questions = runnable(qa, load_gold(Path(args.gold)))
    print("ABOUT | part | n | useful_rate | refusal_accuracy")
    for value in VALUES:
        bearing.ABOUT = value  # about() reads it at call time
        results = [chat_score(qa, q) for q in questions]
        for part in sorted({q.part for q in questions}):
            m = chat_metrics([r for r in results if r["part"] == part])
            print(f"{value} | {part} | {m['n_questions']} | {m['useful_rate']} | {m['refusal_accuracy']}")


if __name__ == "__main__":
    main()
