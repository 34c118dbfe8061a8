"""Crash safety of ingest: SIGKILL `rag ingest` at random moments, from start-up to the
save step, and check the index after each kill and after the next completed save.

    .venv/bin/python bench/kill.py [--trials 50] [--articles 20]

Each trial adds new articles and kills the ingest after a random delay drawn over the
length of an unkilled ingest (so some kills land in embedding, some in the save). Prints
one JSON object and a one-line summary: unloadable, inconsistent, orphaned generations.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from synthetic import ROOT, ingest_command, problem, run_ingest, write_articles


def orphans(index_dir: Path) -> list[str]:
    """Files a killed writer left that the last writer should have removed: generations
    and segments no reader may still be opening (`index.in_use`), and pointer temp files."""
    from rag.index import in_use

    kept = in_use(index_dir) or set()
    extra = [p.name for p in [*index_dir.glob("gen-*"), *index_dir.glob("seg-*")] if p.name not in kept]
    return extra + [p.name for p in index_dir.glob("CURRENT.tmp-*")]


def run(trials: int, articles: int, seed: int = 0) -> dict:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder, index = Path(tmp) / "articles", Path(tmp) / "index"
        write_articles(folder, articles, "base")
        run_ingest(folder, index)
        started = time.perf_counter()
        write_articles(folder, articles, "timing")
        run_ingest(folder, index)
        full = time.perf_counter() - started
        killed = unloadable = inconsistent = 0
        problems = []
        for trial in range(trials):
            write_articles(folder, articles, f"trial{trial}")
            proc = subprocess.Popen(
                ingest_command(folder, index), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            delay = full * rng.uniform(0.2, 1.0)
            time.sleep(delay)
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                killed += 1
            proc.wait()
            found = problem(index)
            if found:
                problems.append(f"trial {trial} (killed after {delay:.1f} s): {found}")
                unloadable += found.startswith("unloadable")
                inconsistent += found.startswith("inconsistent")
        run_ingest(folder, index)  # the next save, completed
        left = orphans(index)
        final = problem(index)
        from rag.index import Index

        held = len(Index.open(index).articles)
    expected = articles * (trials + 2)
    return {
        "trials": trials,
        "killed": killed,
        "unkilled_ingest_s": round(full, 2),
        "unloadable": unloadable,
        "inconsistent": inconsistent,
        "orphans_after_next_save": len(left),
        "final_index": final or "ok",
        "articles_after_next_save": held,
        "articles_expected": expected,
        "problems": problems + left,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--articles", type=int, default=20, help="new articles per ingest")
    args = parser.parse_args()
    figures = run(args.trials, args.articles)
    print(json.dumps(figures, indent=1))
    print(
        f"kill: {figures['killed']} of {figures['trials']} ingests killed; {figures['unloadable']} unloadable, "
        f"{figures['inconsistent']} inconsistent, {figures['orphans_after_next_save']} orphans after the next save, "
        f"{figures['articles_after_next_save']}/{figures['articles_expected']} articles"
    )


if __name__ == "__main__":
    main()
