"""Print one Markdown table row per finished run folder (eval/runs/*/metrics.json), for
docs/EVAL.md. Computes nothing new: it reads what `rag eval` wrote.

    .venv/bin/python eval/table.py [RUN_FOLDER ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from baselines import COLUMNS

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    folders = [Path(a) for a in sys.argv[1:]] or sorted((ROOT / "eval" / "runs").glob("*/"))
    print("| run | mode | docs | chooser | n | " + " | ".join(COLUMNS) + " |")
    print("| --- " * (len(COLUMNS) + 5) + "|")
    for folder in folders:
        path = folder / "metrics.json"
        if not path.exists():
            continue
        data = json.loads(path.read_text())
        c, m = data["config"], data["metrics"]
        cells = ["–" if m.get(k) is None else f"{m[k]:g}" for k in COLUMNS]
        print(
            f"| {folder.name} | {c['mode']} | {c.get('docs', 'pooled')} | {c.get('chooser', 'scorer')} | "
            f"{m['n_questions']} | " + " | ".join(cells) + " |"
        )


if __name__ == "__main__":
    main()
