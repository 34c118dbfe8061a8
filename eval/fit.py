"""Fit the answer scorer's weights (rag/weights.json) on the RealTimeQA dev slice.

    .venv/bin/python eval/fit.py --index /work/rtqa/index [--write]

For every question: the same retrieval and candidate extraction NewsQA runs, then one
row of evidence per candidate, labelled by whether it holds the gold answer (open) or is
the right option (choices). A logistic regression is fitted on the first 8 quiz weeks;
the last 4 weeks are reported apart, to show how the weights generalise, and so is each
week answered by weights fitted on the other eleven. The refusal threshold is the lowest
at which answers are right at least PRECISION of the time, read from answers to fitting
weeks left out in turn. The language model is not used. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from rag import NewsQA, Settings
from rag.answer import question_date
from rag.evaluate import load_gold
from rag.retrieve import Filters
from rag.scorer import WEIGHTS, feature_names, features
from rag.shown import supported
from rag.text import normalize

QUESTIONS = Path(__file__).resolve().parent.parent.parent / "shared/data/realtimeqa/questions.jsonl"
FIT_WEEKS = 8
PRECISION = 0.5  # issue 7: of the answers given, at least half must be right


def rows(qa: NewsQA, questions, docs: str, modes: list[str]):
    """[week, question id, mode, evidence vector, label, negated, candidate text, shown at
    all (shown.supported)] per candidate."""
    for n, q in enumerate(questions, 1):
        print(f"\r{n}/{len(questions)}", end="", file=sys.stderr)
        day = question_date(q.date)
        filters = Filters.parse(articles=q.own_ids if docs == "own" else None)
        gold = normalize(q.answers[0])
        if "open" in modes:
            yield from open_rows(qa, q, q.id[:8], filters, holds_gold)
        if "choices" in modes:
            asked, _, found = qa.candidates(q.question, day, filters, choices=q.choices)
            for c in found:
                right = normalize(c.text) == gold
                yield (
                    q.id[:8],
                    q.id,
                    "choices",
                    c.evidence.vector().tolist(),
                    right,
                    asked.negated,
                    c.text,
                    True,
                )
    print(file=sys.stderr)


def open_rows(qa: NewsQA, q, group: str, filters: Filters, right):
    """The row of each factoid candidate of the question: [group, question id, "open",
    evidence vector, right(candidate, question), False, candidate text, shown at all
    (shown.supported)]."""
    asked, _, found = qa.candidates(q.question, question_date(q.date), filters)
    for c in found:
        yield (
            group,
            q.id,
            "open",
            c.evidence.vector().tolist(),
            right(c, q),
            False,
            c.text,
            supported(asked, c),
        )


def holds_gold(c, q) -> bool:
    """Does the candidate hold the quiz question's gold answer?"""
    gold = normalize(q.answers[0])
    return bool(gold) and (gold in c.key or gold in normalize(c.text))


def grouped(table, mode: str) -> dict[str, tuple[np.ndarray, list[bool], bool, list[bool]]]:
    """Question id -> (scorer features of its candidates, their labels, negated, shown at all)."""
    by_question: dict[str, list] = {}
    for _, qid, m, x, y, negated, _, ok in table:
        if m == mode:
            by_question.setdefault(qid, []).append((x, y, negated, ok))
    return {
        qid: (features(np.array([r[0] for r in rs])), [r[1] for r in rs], rs[0][2], [r[3] for r in rs])
        for qid, rs in by_question.items()
    }


def top1(model, groups, ids):
    """Per question: the chosen candidate's probability and whether it is right. The
    chosen one is the most probable that may be shown, or for "which is NOT" the least
    (as NewsQA does)."""
    best = {}
    for qid, (x, y, negated, ok) in groups.items():
        if qid in ids and any(ok):
            p = np.where(ok, model.predict_proba(x)[:, 1], np.nan)
            i = int(np.nanargmin(p) if negated else np.nanargmax(p))
            best[qid] = (float(p[i]), y[i])
    return best


def summary(best: dict, n_questions: int, threshold: float) -> dict:
    answered = [y for p, y in best.values() if p >= threshold]
    return {
        "questions": n_questions,
        "top1_right": round(sum(y for _, y in best.values()) / max(1, n_questions), 4),
        "answered": len(answered),
        "answer_accuracy": round(sum(answered) / max(1, n_questions), 4),
        "answered_accuracy": round(sum(answered) / max(1, len(answered)), 4),
    }


def fit(groups, ids, mode: str):
    """The logistic regression on these questions' candidates, and for open questions the
    lowest threshold at which its answers are right PRECISION of the time. The threshold
    is read from answers to weeks the weights were not fitted on (each of these weeks in
    turn left out), because on its own fitting questions a model is surer than it should be."""
    model = regression(groups, ids)
    if mode != "open":
        return model, 0.0
    unseen = {}
    for week in {qid[:8] for qid in ids}:
        held = {qid for qid in ids if qid[:8] == week}
        unseen |= top1(regression(groups, ids - held), groups, held)
    for t in sorted(p for p, _ in unseen.values()):
        if summary(unseen, len(ids), t)["answered_accuracy"] >= PRECISION:
            return model, t
    return model, 1.0


def regression(groups, ids) -> LogisticRegression:
    # The scorer measures support; "which is NOT" questions ask for its opposite.
    train = [g for qid, g in groups.items() if qid in ids and not g[2]]
    x = np.vstack([g[0] for g in train])
    y = np.array([label for g in train for label in g[1]])
    return LogisticRegression(C=1.0, max_iter=3000).fit(x, y)


def by_week(groups, questions, mode: str) -> dict:
    """Each week answered by weights and a threshold fitted on the other weeks: how the
    scorer does on weeks it has not seen, over all questions rather than one split."""
    chosen, ranks = {}, []
    for week in sorted({q.id[:8] for q in questions}):
        held = {q.id for q in questions if q.id[:8] == week}
        model, threshold = fit(groups, {q.id for q in questions} - held, mode)
        chosen |= {qid: (p - threshold, y) for qid, (p, y) in top1(model, groups, held).items()}
        ranks += [
            right_rank(model, *groups[qid][:2]) for qid in held if qid in groups and any(groups[qid][1])
        ]
    # How well the right candidate ranks among all of a question's candidates, where it is one.
    return summary(chosen, len(questions), 0.0) | {
        "with_right_candidate": len(ranks),
        "right_candidate_mrr": round(float(np.mean([1 / r for r in ranks])), 4) if ranks else 0.0,
    }


def right_rank(model, x, labels) -> int:
    order = np.argsort(-model.predict_proba(x)[:, 1], kind="stable")
    return 1 + next(n for n, i in enumerate(order) if labels[i])


def cached(path: str | None, build) -> list:
    """The rows in the JSONL file `path` when it exists; else `build()`, written there if given."""
    cache = Path(path) if path else None
    if cache and cache.exists():
        return [json.loads(line) for line in cache.read_text().splitlines()]
    table = build()
    if cache:
        cache.write_text("".join(json.dumps(r) + "\n" for r in table))
    return table


def split(questions) -> tuple[list[str], set[str], set[str]]:
    """The quiz weeks, and the ids of the questions of the first FIT_WEEKS and of the rest."""
    weeks = sorted({q.id[:8] for q in questions})
    fit_ids = {q.id for q in questions if q.id[:8] in weeks[:FIT_WEEKS]}
    return weeks, fit_ids, {q.id for q in questions} - fit_ids


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--index", required=True)
    parser.add_argument("--questions", default=str(QUESTIONS))
    parser.add_argument("--docs", choices=["pooled", "own"], default="pooled")
    parser.add_argument("--cache", help="JSONL of evidence rows: read if present, else written")
    parser.add_argument("--write", action="store_true", help=f"write the weights to {WEIGHTS}")
    parser.add_argument(
        "--modes", default="open,choices", help="which weights to fit (and write); the others are kept"
    )
    args = parser.parse_args()
    modes = args.modes.split(",")
    qa = NewsQA.open(Settings.from_env(index_dir=args.index), sync_corpus=False)
    questions = load_gold(Path(args.questions), {i: a.text for i, a in qa.index.articles.items()})
    table = cached(args.cache, lambda: [list(r) for r in rows(qa, questions, args.docs, modes)])
    weeks, fit_ids, test_ids = split(questions)
    fitted = json.loads(WEIGHTS.read_text())
    report = {"fit_weeks": weeks[:FIT_WEEKS], "test_weeks": weeks[FIT_WEEKS:]}
    for mode in modes:
        groups = grouped(table, mode)
        model, threshold = fit(groups, fit_ids, mode)
        # eval/fit_model.py's model weight and eval/fit_chat.py's chat fit are theirs to refit
        kept = {k: v for k, v in fitted.get(mode, {}).items() if k in ("model_weight", "chat")}
        fitted[mode] = {
            "bias": round(float(model.intercept_[0]), 4),
            "threshold": round(threshold, 4),
            "weights": {n: round(float(w), 4) for n, w in zip(feature_names(), model.coef_[0])},
            **kept,
        }
        report[mode] = {
            "rows": int(sum(len(g[1]) for g in groups.values())),
            "fit": summary(top1(model, groups, fit_ids), len(fit_ids), threshold),
            "test": summary(top1(model, groups, test_ids), len(test_ids), threshold),
            "each_week_held_out": by_week(groups, questions, mode),
            **fitted[mode],
        }
    if args.write:
        WEIGHTS.write_text(json.dumps(fitted, indent=1) + "\n")
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
