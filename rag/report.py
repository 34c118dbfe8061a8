"""Write an evaluation run as a Markdown report with a PNG chart (accuracy by question
type, latency distribution). Reads the figures evaluate.py computed; computes none."""

from __future__ import annotations

import json
from pathlib import Path

from .errors import require

HEADLINE = (
    "useful_rate",
    "unsupported_sentences",
    "wrong_verdicts",
    "kind_agreement",
    "answer_accuracy",
    "answer_accuracy_answerable",
    "answer_accuracy_answerable_subset",
    "choice_accuracy",
    "exact_match",
    "token_f1",
    "refusal_accuracy",
    "wrong_refusal_rate",
    "citation_validity",
    "citation_gold_rate",
    "recall@1",
    "recall@3",
    "recall@5",
    "recall@10",
    "mrr",
    "latency_p50_ms",
    "latency_p95_ms",
    "first_token_p50_ms",
    "tokens_per_second",
    "peak_memory_mb",
    "n_questions",
)
TYPE_COLUMNS = (
    "n_questions",
    "useful_rate",
    "answer_accuracy",
    "refusal_accuracy",
    "wrong_refusal_rate",
    "recall@5",
    "latency_p50_ms",
)


def _cell(value) -> str:
    return "–" if value is None else f"{value:g}" if isinstance(value, float) else str(value)


def markdown(config: dict, metrics: dict, by_type: dict[str, dict], chart: str | None) -> str:
    lines = ["# Evaluation report", "", "| setting | value |", "| --- | --- |"]
    lines += [f"| {k} | {v} |" for k, v in config.items()]
    lines += ["", "## Metrics", "", "| metric | value |", "| --- | --- |"]
    lines += [f"| {k} | {_cell(metrics.get(k))} |" for k in HEADLINE if k in metrics]
    lines += ["", "## By question type", "", "| type | " + " | ".join(TYPE_COLUMNS) + " |"]
    lines.append("| --- " * (len(TYPE_COLUMNS) + 1) + "|")
    for name, m in by_type.items():
        lines.append(f"| {name} | " + " | ".join(_cell(m.get(c)) for c in TYPE_COLUMNS) + " |")
    if chart:
        lines += ["", f"![accuracy by type and latency]({chart})"]
    return "\n".join(lines) + "\n"


def plot(path: Path, results: list[dict], by_type: dict[str, dict]) -> None:
    matplotlib = require("matplotlib", "matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4))
    names = list(by_type)
    left.bar(
        names,
        [by_type[n].get("answer_accuracy", by_type[n].get("useful_rate")) or 0 for n in names],
        color="#3b7dd8",
    )
    left.set_ylim(0, 1)
    left.set_title("answer accuracy by question type")
    left.tick_params(axis="x", rotation=45)
    right.hist([r["timings"]["total_ms"] / 1000 for r in results], bins=20, color="#7a9b3b")
    right.set_title("latency per question")
    right.set_xlabel("seconds")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def write(out: Path, config: dict, metrics: dict, by_type: dict[str, dict], results: list[dict]) -> Path:
    """report.md, chart.png and metrics.json in `out`; returns the report's path."""
    out.mkdir(parents=True, exist_ok=True)
    plot(out / "chart.png", results, by_type)
    (out / "metrics.json").write_text(
        json.dumps({"config": config, "metrics": metrics, "by_type": by_type}, indent=1)
    )
    report = out / "report.md"
    report.write_text(markdown(config, metrics, by_type, "chart.png"))
    return report
