"""Fit the chat weights of the open scorer ("chat" under "open" in rag/weights.json).

    .venv/bin/python eval/fit_chat.py --index /work/rtqa/index [--cache rows.jsonl] [--write]

For every question NewsQA reads as a factoid, in eval/gold/chat.jsonl (on the RealTimeQA
index, or the bundled corpus for the seed questions) and eval/gold/seed.jsonl (bundled
corpus): the candidates NewsQA ranks on its first look, one row of evidence each,
labelled right when it is a key fact or part of one (whole words). A trap's candidates
are all wrong, and weigh TRAP_WEIGHT times as much. The weights are fitted on the seed
questions and the chat parts before FIRST_REPORTED; the later parts are reported apart
(one of them, held53, was never read while rules were written).

The scorer takes the surer of the quiz fit (eval/fit.py) and this one (rag/scorer.py).
This fit's threshold is the lowest at which the pair clears no more of the fitting
questions' traps than the quiz fit alone: it answers what the quiz fit did, and more
where the chat fit is sure. Alone, with the answer rate kept, these weights answered
fewer questions in full runs and far fewer quiz questions (docs/EVAL.md). Leaves the
quiz fit and the choices weights as they are.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
from fit import cached, grouped, open_rows, top1
from sklearn.linear_model import LogisticRegression

from rag import NewsQA, Settings
from rag.evaluate import GoldQuestion, load_gold, runnable
from rag.question import analyse
from rag.retrieve import Filters
from rag.scorer import WEIGHTS, Fit, Scorer, feature_names
from rag.text import says

GOLD = Path(__file__).resolve().parent / "gold"
FIRST_REPORTED = 41  # chat parts held41 and after are not fitted on
# A trap's candidates weigh this many times an answerable question's: an answer to what
# the corpus does not say misleads, a refusal of what it does only fails to help. With
# equal weight, the chat fit alone answered the seed traps u09 ("Earlier today" for at
# what time) and u29 (Iran's speaker for Cuba's).
TRAP_WEIGHT = 10


def gold() -> list[GoldQuestion]:
    """The chat set and the seed factoid set; the seed set's ids are told apart ("q01" is in both)."""
    seed = [replace(q, id=f"seed/{q.id}") for q in load_gold(GOLD / "seed.jsonl")]
    return load_gold(GOLD / "chat.jsonl") + seed


def reported(q: GoldQuestion) -> bool:
    number = re.search(r"\d+", q.part)
    return bool(number) and int(number.group()) >= FIRST_REPORTED


def rows(qa: NewsQA, questions: list[GoldQuestion]):
    """[part, question id, "open", evidence vector, right, False, candidate text, shown at
    all] per candidate of each factoid question (eval/fit.py's row shape)."""
    for n, q in enumerate(questions, 1):
        print(f"\r{n}/{len(questions)}", end="", file=sys.stderr)
        if analyse(q.question).kind != "factoid":
            continue
        yield from open_rows(qa, q, q.part, Filters.parse(), names_fact)
    print(file=sys.stderr)


def names_fact(c, q: GoldQuestion) -> bool:
    """Is the candidate a key fact of the question, or part of one (whole words)?"""
    return any(says(c.text, f) or says(f, c.text) for f in q.answers)


class Fitted:
    """A Scorer in the shape top1 reads (predict_proba)."""

    def __init__(self, scorer: Scorer):
        self.scorer = scorer

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        p = self.scorer.probability(x)
        return np.stack([1 - p, p], axis=1)


def threshold(quiz: Fit, chat: Fit, groups, questions: list[GoldQuestion], ids: set[str]) -> float:
    """The lowest threshold for the chat fit at which the pair clears no more of these
    questions' traps than the quiz fit alone."""
    traps = {q.id for q in questions if not q.answers and q.id in ids}

    def cleared(scorer: Scorer) -> int:
        return sum(p >= quiz.threshold for p, _ in top1(Fitted(scorer), groups, traps).values())

    allowed = cleared(Scorer(quiz))
    best = top1(Fitted(Scorer(chat)), groups, ids)
    for t in sorted({round(p, 4) for p, _ in best.values() if p > 0}):
        if cleared(Scorer(quiz, replace(chat, threshold=t))) <= allowed:
            return t
    return 1.0


def report(best: dict, questions: list[GoldQuestion], threshold: float) -> dict:
    answerable = [q.id for q in questions if q.answers and q.id in best]
    traps = [q.id for q in questions if not q.answers and q.id in best]
    return {
        "answerable": len(answerable),
        "right_first": sum(best[i][1] for i in answerable),
        "right_and_shown": sum(best[i][1] and best[i][0] >= threshold for i in answerable),
        "traps": len(traps),
        "traps_cleared": sum(best[i][0] >= threshold for i in traps),
    }


def regression(groups, questions: list[GoldQuestion], ids: set[str]) -> LogisticRegression:
    traps = {q.id for q in questions if not q.answers}
    chosen = [qid for qid in groups if qid in ids]
    x = np.vstack([groups[qid][0] for qid in chosen])
    y = np.array([label for qid in chosen for label in groups[qid][1]])
    weight = np.array([TRAP_WEIGHT if qid in traps else 1.0 for qid in chosen for _ in groups[qid][1]])
    return LogisticRegression(C=1.0, max_iter=5000).fit(x, y, sample_weight=weight)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--index", required=True, help="the RealTimeQA index the chat set's parts are on")
    parser.add_argument("--cache", help="JSONL of evidence rows: read if present, else written")
    parser.add_argument("--write", action="store_true", help=f"write the weights to {WEIGHTS}")
    args = parser.parse_args()

    def build() -> list:
        out = []
        for index in (args.index, None):
            qa = NewsQA.open(
                Settings.from_env(index_dir=index) if index else Settings.from_env(), sync_corpus=False
            )
            # the seed questions are read on the bundled corpus only
            questions = [q for q in runnable(qa, gold()) if index is None or not q.id.startswith("seed/")]
            out += [list(r) for r in rows(qa, questions)]
        return out

    table = cached(args.cache, build)
    questions = [q for q in gold() if q.id in {r[1] for r in table}]
    fit_ids = {q.id for q in questions if not reported(q)}
    test_ids = {q.id for q in questions if reported(q)}
    groups = grouped(table, "open")
    model = regression(groups, questions, fit_ids)
    fitted = json.loads(WEIGHTS.read_text())
    quiz = Fit.read(fitted["open"])
    chat = Fit(model.coef_[0], float(model.intercept_[0]), 1.0)
    chat = replace(chat, threshold=threshold(quiz, chat, groups, questions, fit_ids))
    out = {"questions": {"fit": len(fit_ids), "reported": len(test_ids)}}
    for name, ids in (("fit", fit_ids), ("reported", test_ids)):
        part = [q for q in questions if q.id in ids]
        out[name] = {
            label: report(top1(Fitted(scorer), groups, ids), part, scorer.threshold)
            for label, scorer in (
                ("quiz_fit", Scorer(quiz)),
                ("chat_fit", Scorer(chat)),
                ("both", Scorer(quiz, chat)),
            )
        }
    fitted["open"]["chat"] = {
        "bias": round(chat.bias, 4),
        "threshold": round(chat.threshold, 4),
        "weights": {n: round(float(w), 4) for n, w in zip(feature_names(), chat.weights)},
    }
    if args.write:
        WEIGHTS.write_text(json.dumps(fitted, indent=1) + "\n")
    print(json.dumps(out | {"chat": fitted["open"]["chat"]}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
