"""Run the baseline table of docs/EVAL.md: every configuration through `rag eval --json`,
then print one Markdown row per run. Finished questions are kept in each run's folder,
so an interrupted table resumes where it stopped.

    .venv/bin/python eval/baselines.py                      # seed gold set only
    .venv/bin/python eval/baselines.py --rtqa-index DIR     # plus RealTimeQA (index built
        with: rag ingest ../shared/data/realtimeqa/articles.jsonl --index DIR)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RTQA = ROOT.parent / "shared" / "data" / "realtimeqa" / "questions.jsonl"
CONFIGS = {
    "default (hybrid)": [],
    "dense only": ["--retrieval", "dense"],
    "BM25 only": ["--retrieval", "bm25"],
    "SmolLM2-135M": ["--model", "smollm2", "--chooser", "model"],
    "model picks among the best candidates": ["--model", "gemma3", "--chooser", "model"],
}
COLUMNS = (
    "answer_accuracy",
    "answer_accuracy_answerable",
    "answer_accuracy_answerable_subset",
    "answered_accuracy",
    "choice_accuracy",
    "refusal_accuracy",
    "wrong_refusal_rate",
    "wrong_refusal_rate_answerable_subset",
    "citation_validity",
    "recall@5",
    "mrr",
    "latency_p50_ms",
)


def run(gold: Path, extra: list[str], out: Path) -> dict:
    command = [sys.executable, "-m", "rag.cli", "eval", str(gold), "--json", "--out", str(out), *extra]
    print("$", " ".join(command), file=sys.stderr)
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if result.returncode:
        raise SystemExit(result.stderr)
    return json.loads(result.stdout)["metrics"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rtqa-index", help="index built from the RealTimeQA articles")
    parser.add_argument("--limit", type=int, help="only the first N questions of each set")
    parser.add_argument("--only", help="run only configurations whose name contains this")
    args = parser.parse_args()
    sets = [("seed", ROOT / "eval" / "gold" / "seed.jsonl", [], ["open"])]
    if args.rtqa_index:
        sets.append(("RealTimeQA", RTQA, ["--index", args.rtqa_index], ["open", "choices"]))
    print("| gold set | mode | configuration | " + " | ".join(COLUMNS) + " |")
    print("| --- " * (len(COLUMNS) + 3) + "|")
    for name, gold, index, modes in sets:
        for mode in modes:
            for config, extra in CONFIGS.items():
                if args.only and args.only not in config:
                    continue
                limit = ["--limit", str(args.limit)] if args.limit else []
                slug = f"{name}-{mode}-{config.split()[0].lower()}"
                m = run(gold, [*index, "--mode", mode, *extra, *limit], ROOT / "eval" / "runs" / slug)
                cells = ["–" if m.get(c) is None else f"{m[c]:g}" for c in COLUMNS]
                print(f"| {name} | {mode} | {config} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
