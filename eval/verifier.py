"""The sentence verifier against hand labels, and a chat run's model sentences against them.

    python eval/verifier.py collect RUN_DIR... > new.jsonl   every sentence the model wrote
        in those `rag eval --mode chat --reader llm` runs (shown or dropped) with the
        sentences it cites, to be labelled by hand ("supported": true/false)
    python eval/verifier.py score [--labels eval/verify/labels.jsonl]
        the verifier's precision (of the sentences it keeps, the share labelled supported)
        and recall (of the supported ones, the share it keeps), and each mistake
    python eval/verifier.py shown RUN_DIR...
        the model sentences those runs showed, judged by the labels: supported, not
        supported, or not labelled yet

A label says whether the cited sentences state what the written sentence states; a bare
answer ("Paul Lynch.") is read as the reply to its question. What a cited sentence gives
to a speaker ("…, the clerk said", "according to …") is supported only with the speaker.
Labels are made without looking at what the verifier decided. Sentences that cite
nothing, or a source that was not given, are dropped by rule and are not labelled.

Each label has a `part`, in the order they were made (docs/EVAL.md has the figures):
"tune" shaped the rules; each later part ("held", "fresh", "final", "last", "after",
"closing", "extra", "extra2", "extra3", "blind", "blind2") was scored as it came, before
the rules its mistakes led to were added. "blind", "blind2" and "blind3" are every
sentence the rules of the moment kept plus a random sample of those they dropped, from
runs on questions never asked before, labelled without knowing which was which; "blind3"
was scored with the final rules, frozen before it was labelled. "shown" holds a sentence
a chat run showed that no part had.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rag.readers.llm import MARKS  # noqa: E402
from rag.readers.verify import check  # noqa: E402

LABELS = Path(__file__).resolve().parent / "verify" / "labels.jsonl"


def key(sentence: str, quotes) -> tuple[str, tuple[str, ...]]:
    return MARKS.sub("", sentence).strip(), tuple(" ".join(q.split()) for q in quotes)


def written(run: Path):
    """(question, sentence, quotes, shown) for each model sentence of a chat run."""
    if not (run / "metrics.json").exists():
        print(f"verifier: {run} is not a finished rag eval run (no metrics.json); skipped", file=sys.stderr)
        return
    model = json.loads((run / "metrics.json").read_text())["config"]["model"]
    for line in (run / "results.jsonl").read_text().splitlines():
        r = json.loads(line)
        for w in r.get("written", []):
            yield model, r["question"], w["sentence"], w["quotes"], True
        for d in r.get("dropped", []):
            if d["quotes"]:
                yield model, r["question"], d["sentence"], d["quotes"], False


def read_labels(path: Path) -> dict:
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return {key(r["sentence"], r["quotes"]): r for r in rows}


def collect(runs: list[Path]) -> None:
    seen = set(read_labels(LABELS)) if LABELS.exists() else set()
    for run in runs:
        for model, question, sentence, quotes, _ in written(run):
            k = key(sentence, quotes)
            if k not in seen:
                seen.add(k)
                row = {"model": model, "question": question, "sentence": k[0], "quotes": list(k[1])}
                print(json.dumps(row, ensure_ascii=False))


def score(path: Path) -> None:
    """Precision and recall on each part of the labels and on all of them."""
    labels = list(read_labels(path).values())
    verdicts = [(r, check(r["sentence"], r["quotes"])) for r in labels]
    for part in [*dict.fromkeys(r.get("part", "tune") for r in labels), "all"]:
        rows = [(r, why) for r, why in verdicts if part in ("all", r.get("part", "tune"))]
        supported = sum(r["supported"] for r, _ in rows)
        kept = [r for r, why in rows if not why]
        right = sum(r["supported"] for r in kept)
        precision = f"{right / len(kept):.4f}" if kept else "-"
        recall = f"{right / supported:.4f}" if supported else "-"
        print(
            f"{part:5} labelled {len(rows)}, supported {supported}, kept {len(kept)}: "
            f"precision {precision}, recall {recall}"
        )
        for model in sorted({r["model"] for r, _ in rows}):
            mine = [(r, why) for r, why in rows if r["model"] == model]
            print(
                f"      {model}: labelled {len(mine)}, supported {sum(r['supported'] for r, _ in mine)}, "
                f"kept {sum(not why for _, why in mine)}"
            )
    for r, why in verdicts:
        if not why and not r["supported"]:
            print(f"kept, not supported ({r.get('part', 'tune')}): {r['sentence']!r}: {r.get('note', '')}")


def shown(runs: list[Path], path: Path) -> None:
    labels = read_labels(path)
    counts = {"supported": 0, "not supported": 0, "not labelled": 0}
    for run in runs:
        for _, question, sentence, quotes, was_shown in written(run):
            if not was_shown:
                continue
            label = labels.get(key(sentence, quotes))
            verdict = (
                "not labelled" if label is None else "supported" if label["supported"] else "not supported"
            )
            counts[verdict] += 1
            if verdict != "supported":
                print(f"  {verdict}: {sentence!r} ({question})")
    print(
        f"model sentences shown: {sum(counts.values())}; " + ", ".join(f"{k} {v}" for k, v in counts.items())
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("what", choices=["collect", "score", "shown"])
    parser.add_argument("runs", nargs="*", type=Path)
    parser.add_argument("--labels", type=Path, default=LABELS)
    args = parser.parse_args()
    if args.what == "collect":
        collect(args.runs)
    elif args.what == "score":
        score(args.labels)
    else:
        shown(args.runs, args.labels)


if __name__ == "__main__":
    main()
