"""The evaluation: metric arithmetic on hand-made results, gold loading, and the seed gold
set run end to end on the real models with a floor on accuracy."""

import json

import pytest

from rag.errors import InputError
from rag.evaluate import GoldQuestion, lead_right, load_gold, metrics, normalize, run, token_f1, verdict_wrong
from rag.types import Answer

from .conftest import ROOT, SHARED

# Set from measured runs (docs/EVAL.md: 0.6935 and 0.9333); raise them as the system improves.
SEED_ACCURACY_FLOOR = 0.65
SEED_REFUSAL_FLOOR = 0.9


def test_normalize_and_f1():
    assert normalize("The Seven [1] documents!") == "seven documents"
    assert token_f1("seven cooperation documents", "seven") == 0.5
    assert token_f1("nothing here", "seven") == 0.0


def test_metrics_arithmetic():
    timings = {
        "retrieval_ms": 10,
        "prompt_ms": 90,
        "generation_ms": 100,
        "total_ms": 200,
        "generated_tokens": 5,
    }
    rows = [
        {"type": "count", "expect_refusal": False, "answerable": True, "refused": False, "contains": True,
         "exact": False, "f1": 0.5, "rank": 1, "cites_gold": True, "citations": [{}], "citations_valid": True,
         "timings": timings},
        {"type": "count", "expect_refusal": False, "answerable": True, "refused": True, "contains": False,
         "exact": False, "f1": 0.0, "rank": 4, "citations": [], "timings": {**timings, "total_ms": 400}},
        {"type": "unanswerable", "expect_refusal": True, "answerable": False, "refused": True,
         "citations": [], "timings": timings},
    ]  # fmt: skip
    m = metrics(rows)
    assert m["answer_accuracy"] == round(2 / 3, 4)
    assert m["refusal_accuracy"] == 1.0 and m["wrong_refusal_rate"] == 0.5
    assert m["recall@1"] == 0.5 and m["recall@5"] == 1.0 and m["mrr"] == round((1 + 1 / 4) / 2, 4)
    assert m["citation_validity"] == 1.0 and m["n_questions"] == 3
    assert m["tokens_per_second"] == 50.0


def test_seed_gold_set_is_well_formed():
    questions = load_gold(ROOT / "eval" / "gold" / "seed.jsonl")
    assert len(questions) >= 40
    assert len({q.id for q in questions}) == len(questions)
    unanswerable = [q for q in questions if not q.answers]
    assert len(unanswerable) >= 10 and all(q.type == "unanswerable" for q in unanswerable)
    assert {"count", "who", "where", "when", "what", "why"} <= {q.type for q in questions}


@pytest.mark.shared
def test_realtimeqa_questions_load_with_answerable_subset():
    path = SHARED / "data" / "realtimeqa" / "questions.jsonl"
    if not path.exists():
        pytest.skip("../shared/data/realtimeqa is not here")
    texts = {}
    with (path.parent / "articles.jsonl").open() as f:
        for line in f:
            row = json.loads(line)
            texts[row["id"]] = row["text"]
    questions = load_gold(path, texts)
    assert len(questions) == 339 and all(3 <= len(q.choices) <= 4 for q in questions)
    # The data README: 124 of 339 have the answer in their own search results.
    assert sum(q.answerable for q in questions) == 124
    first = questions[0]
    assert first.date == "2023-09-29" and len(first.own_ids) == 10


def test_run_resumes_without_redoing_finished_questions(qa, tmp_path):
    out = tmp_path / "results.jsonl"
    questions = [
        GoldQuestion("a", "How many documents were signed?", ["seven"], "count", ["1463bcc52e466ebb"]),
        GoldQuestion("b", "Who won the 2022 FIFA World Cup?", [], "unanswerable", answerable=False),
    ]
    run(qa, questions[:1], out)
    first = out.read_text()
    results = run(qa, questions, out)
    assert out.read_text().startswith(first) and len(out.read_text().splitlines()) == 2
    assert results[0]["contains"] and results[0]["rank"] == 1 and results[0]["citations_valid"]
    assert results[1]["refused"]


@pytest.mark.model
def test_seed_gold_set_accuracy_and_refusals(qa, tmp_path):
    questions = load_gold(ROOT / "eval" / "gold" / "seed.jsonl")
    results = run(qa, questions, tmp_path / "results.jsonl")
    m = metrics(results)
    wrong = [(r["id"], r["answer"]) for r in results if not r.get("contains", r["refused"])]
    assert m["answer_accuracy"] >= SEED_ACCURACY_FLOOR, (m, wrong)
    answered = [(r["id"], r["answer"]) for r in results if r["expect_refusal"] and not r["refused"]]
    assert m["refusal_accuracy"] >= SEED_REFUSAL_FLOOR, answered
    assert m["citation_validity"] == 1.0


@pytest.mark.model
def test_a_finished_run_is_measured_again_not_read_back(qa, tmp_path):
    """An interrupted run resumes; a finished one (metrics.json written) reruns, so figures
    never come from an older code or index."""
    from .test_answer import run_cli

    out = tmp_path / "run"
    args = ("eval", str(ROOT / "eval/gold/seed.jsonl"), "--limit", "1", "--index", str(qa.settings.index_dir))
    assert run_cli(*args, "--out", str(out)).returncode == 0
    stale = out / "results.jsonl"
    stale.write_text(stale.read_text().replace('"seven"', '"stale"'))
    assert run_cli(*args, "--out", str(out)).returncode == 0
    assert '"stale"' not in stale.read_text() and '"seven"' in stale.read_text()


def test_a_gold_file_with_one_id_twice_is_refused_by_name(tmp_path):
    row = {"id": "h01", "question": "Who met Raisi?", "facts": ["Díaz-Canel"]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(row) + "\n" + json.dumps(row | {"question": "Where?"}) + "\n")
    with pytest.raises(InputError, match="gold.jsonl: question id 'h01' is used more than once"):
        load_gold(path)


def test_a_factoid_lead_is_right_only_when_it_is_part_of_a_key_fact():
    quote = '"Shohei Ohtani will receive just $20 million of his $700 million contract, with $680 million payable from 2034-43." [1]'
    wrong = Answer("q", "$680 million", False, kind="factoid", reply=f"$680 million — {quote}")
    right = Answer("q", "$700 million", False, kind="factoid", reply=f"$700 million — {quote}")
    assert lead_right(wrong, ["$700 million"]) is False and lead_right(right, ["$700 million"]) is True
    assert lead_right(
        Answer("q", "seven", False, reply='Seven — "… seven cooperation documents were signed …" [1]'),
        ["seven cooperation documents were signed"],
    )
    assert lead_right(Answer("q", "x", False, kind="describe", reply="A sentence. [1]"), ["x"]) is None


def test_a_yes_no_verdict_is_checked_against_the_gold_verdict():
    said = '"GOP Rep.-elect George Santos … admitted … to lying about parts of his resume …" [1]'
    no = Answer("q", "no", False, kind="yesno", reply=f"No — {said}")
    assert verdict_wrong(no, "yes") is True and verdict_wrong(no, "no") is False
    assert verdict_wrong(no, "unknown") is True  # the news does not say: any verdict is wrong
    assert verdict_wrong(no, "") is None  # nothing to check against
    shown = Answer("q", "", False, kind="yesno", reply=f"What the news says: {said}")
    assert verdict_wrong(shown, "yes") is None
