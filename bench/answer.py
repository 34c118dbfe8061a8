"""Answer speed on the seed gold set: per question, retrieval, first answer text, total,
and (with the model as chooser or reader) the first token the model wrote, prompt and
generation, against raw llama.cpp on the same prompt and grammar.

    .venv/bin/python bench/answer.py [--chooser scorer|model] [--reader extractive|llm]
        [--model smollm2|gemma3|PATH.gguf] [--repeats 3] [--encoder onnx|torch]

Builds an index of the bundled corpus in a temporary folder, warms the page's way
(NewsQA.warm), then asks every seed question `repeats` times. Prints one JSON object
(medians and 95th percentiles in ms) and a one-line summary.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from synthetic import ROOT

from rag.settings import CHOOSERS, ENCODERS, READERS

SEED = ROOT / "eval" / "gold" / "seed.jsonl"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))], 1)


def run(chooser: str, repeats: int, encoder: str, reader: str, model: str) -> dict:
    from rag import NewsQA, Settings
    from rag.evaluate import load_gold

    questions = load_gold(SEED)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            index_dir=Path(tmp) / "index",
            corpus_dir=ROOT / "corpus",
            chooser=chooser,
            encoder=encoder,
            reader=reader,
            model=model,
        )
        qa = NewsQA.open(settings, sync_corpus=True)
        qa.warm()
        prompts: list[tuple] = []
        wrote: list[float] = []  # when the model's first piece came
        stream = qa.generator.stream

        def recording(prompt, max_tokens, stop, stats, grammar=None):
            prompts.append((prompt, max_tokens, stop, grammar))
            for piece in stream(prompt, max_tokens, stop, stats, grammar):
                wrote.append(time.perf_counter())
                yield piece

        qa.generator.stream = recording
        rows = []
        for _ in range(repeats):
            for q in questions:
                prompts.clear()
                wrote.clear()
                started = time.perf_counter()
                first = None
                for piece in qa.stream(q.question, as_of=q.date):
                    if first is None and piece.text:
                        first = time.perf_counter()
                    answer = piece.answer
                total = time.perf_counter() - started
                row = {
                    "retrieval": answer.timings.retrieval_ms,
                    "first": ((first or time.perf_counter()) - started) * 1000,
                    "total": total * 1000,
                    "model": answer.timings.prompt_ms + answer.timings.generation_ms,
                }
                if wrote:
                    row["first_token"] = (wrote[0] - started) * 1000
                    row["model_wrote"] = answer.reader == "llm"
                if prompts:
                    row["raw_llama"] = raw_llama(qa.generator.llm, *prompts[-1])
                rows.append(row)
    figures: dict = {
        "chooser": chooser,
        "reader": reader,
        "model": qa.generator.name,
        "encoder": qa.embedder.runtime,
        "questions": len(questions),
        "repeats": repeats,
    }
    for name in ("retrieval", "first", "first_token", "total", "model", "raw_llama"):
        values = [r[name] for r in rows if name in r and (name != "model" or "raw_llama" in r)]
        if values:
            figures[f"{name}_p50_ms"] = percentile(values, 0.5)
            figures[f"{name}_p95_ms"] = percentile(values, 0.95)
    used = [r for r in rows if "raw_llama" in r]
    figures["model_calls"] = len(used)
    figures["replies_model_written"] = sum(r.get("model_wrote", False) for r in rows)
    if used:
        figures["overhead_over_raw_llama_p50_ms"] = round(
            statistics.median(r["model"] - r["raw_llama"] for r in used), 1
        )
    return figures


def raw_llama(llm, prompt, max_tokens: int, stop: list[str], grammar: str | None) -> float:
    """The same completion straight through llama-cpp-python, in ms. The context is reset
    first: otherwise llama.cpp reuses the cached prompt our own call just evaluated."""
    import llama_cpp

    llm.reset()
    options = dict(max_tokens=max_tokens, temperature=0.0, top_k=1, stop=stop)
    if grammar:
        options["grammar"] = llama_cpp.LlamaGrammar.from_string(grammar, verbose=False)
    started = time.perf_counter()
    if isinstance(prompt, list):  # a conversation, through the model's chat template
        llm.create_chat_completion(prompt, **options)
    else:
        llm.create_completion(prompt, **options)
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chooser", choices=CHOOSERS, default="scorer")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--encoder", choices=ENCODERS, default="onnx")
    parser.add_argument("--reader", choices=READERS, default="extractive")
    parser.add_argument("--model", default="smollm2", help="smollm2, gemma3 or a .gguf path")
    args = parser.parse_args()
    figures = run(args.chooser, args.repeats, args.encoder, args.reader, args.model)
    print(json.dumps(figures, indent=1))
    print(
        f"answer ({args.chooser}, {args.reader}): {figures['questions']} seed questions x {args.repeats}; first text p50 "
        f"{figures['first_p50_ms']} ms, answer p50 {figures['total_p50_ms']} ms, retrieval p50 "
        f"{figures['retrieval_p50_ms']} ms; {figures['model_calls']} model calls"
        + (
            f", overhead over raw llama.cpp p50 {figures['overhead_over_raw_llama_p50_ms']} ms"
            if figures["model_calls"]
            else ""
        )
        + (
            f"; first model token p50 {figures['first_token_p50_ms']} ms, p95 {figures['first_token_p95_ms']} ms"
            if "first_token_p50_ms" in figures
            else ""
        )
    )


if __name__ == "__main__":
    main()
