"""Fit the weight of the option model's say in multiple choice (rag/choices.py) on the
RealTimeQA dev slice, beside the choices scorer's fitted log-odds (eval/fit.py).

    .venv/bin/python eval/fit_model.py --index /work/rtqa/index [--cache rows.jsonl] [--write]

For every question: the options ranked by the scorer, as NewsQA ranks them, and the model's
gain for each (choices.informed, the model of Settings.option_model). The weight is the one
of WEIGHTS that picks the most right options on the first 8 quiz weeks (the smaller on a
tie); the last 4 weeks are reported apart, to show how it generalises. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from fit import QUESTIONS, cached, split

from rag import NewsQA, Settings
from rag.answer import focus_date, question_date
from rag.candidates import Candidate
from rag.choices import choose, informed
from rag.evaluate import load_gold
from rag.question import analyse
from rag.retrieve import Filters
from rag.scorer import WEIGHTS, rank
from rag.text import normalize

GRID = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75, 1.0, 2.0)


def rows(qa: NewsQA, questions) -> list[dict]:
    """Per question: its week, the scorer's probability and the model's gain per option
    (in the scorer's order), which option is right, and whether the question is negated."""
    out = []
    for n, q in enumerate(questions, 1):
        print(f"\r{n}/{len(questions)}", end="", file=sys.stderr)
        near = focus_date(analyse(q.question), question_date(q.date))
        asked, _, found = qa.evidence(q.question, near, Filters(), None, q.choices)
        ranked = rank(qa.offered(asked, found, q.choices, near), qa.choice_scorer)
        gain = informed(qa.option_generator.likelihood, asked.text, found, [c.text for c in ranked])
        gold = normalize(q.answers[0])
        out.append(
            {
                "id": q.id,
                "scores": [c.score for c in ranked],
                "gain": gain.tolist(),
                "right": [normalize(c.text) == gold for c in ranked],
                "negated": asked.negated,
            }
        )
    print(file=sys.stderr)
    return out


def right(table: list[dict], ids: set[str], weight: float) -> int:
    """How many of the questions `ids` the weight picks the right option for."""
    n = 0
    for r in table:
        if r["id"] in ids:
            ranked = [Candidate(str(i), str(i), "OPTION", score=s) for i, s in enumerate(r["scores"])]
            pick = choose(ranked, np.array(r["gain"]), weight, r["negated"])
            n += r["right"][int(pick.text)]
    return n


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--index", required=True)
    parser.add_argument("--questions", default=str(QUESTIONS))
    parser.add_argument("--cache", help="JSONL of rows: read if present, else written")
    parser.add_argument("--write", action="store_true", help=f"write the weight to {WEIGHTS}")
    args = parser.parse_args()
    qa = NewsQA.open(Settings.from_env(index_dir=args.index), sync_corpus=False)
    questions = load_gold(Path(args.questions), {i: a.text for i, a in qa.index.articles.items()})
    table = cached(args.cache, lambda: rows(qa, questions))
    _, fit_ids, test_ids = split(questions)
    grid = {w: (right(table, fit_ids, w), right(table, test_ids, w)) for w in GRID}
    best = max(GRID, key=lambda w: (grid[w][0], -w))
    if args.write:
        fitted = json.loads(WEIGHTS.read_text())
        fitted["choices"]["model_weight"] = best
        WEIGHTS.write_text(json.dumps(fitted, indent=1) + "\n")
    report = {
        "model": qa.settings.option_model,
        "fit_weeks": f"{len(fit_ids)} questions",
        "test_weeks": f"{len(test_ids)} questions",
        "right (fit, test) by weight": {str(w): list(v) for w, v in grid.items()},
        "model_weight": best,
        "all": f"{sum(grid[best])}/{len(questions)} = {sum(grid[best]) / len(questions):.4f}",
    }
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
