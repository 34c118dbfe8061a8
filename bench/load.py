"""Load on the chat page: 8 simulated users (gradio_client, each its own session) asking
questions with known answers for 5 minutes against app.py on 127.0.0.1.

    .venv/bin/python bench/load.py [--users 8] [--seconds 300]

Prints one JSON object and a one-line summary: answers, errors, answers mixed up (holding
another question's answer and not its own), and latency p50/p95 in seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from synthetic import ROOT

QUESTIONS = {
    "How many documents were signed?": "seven",
    "Who is the Iranian Parliament Speaker?": "qalibaf",
    "How many books does the Riverton library hold?": "42,000",
    "Who won the 2022 FIFA World Cup?": "does not say",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_page(tmp: Path) -> tuple[subprocess.Popen, str]:
    folder, index = tmp / "corpus", tmp / "index"
    folder.mkdir()
    for path in [*(ROOT / "corpus").iterdir(), ROOT / "tests" / "data" / "riverton_library.md"]:
        (folder / path.name).write_bytes(path.read_bytes())
    subprocess.run(
        [sys.executable, "-m", "rag.cli", "ingest", str(folder), "--index", str(index)], check=True
    )
    port = free_port()
    log = (tmp / "app.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "app.py"), "--port", str(port), "--index", str(index)],
        stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/"
    for _ in range(240):
        try:
            urllib.request.urlopen(url, timeout=2)
            return proc, url
        except OSError:
            if proc.poll() is not None:
                break
            time.sleep(1)
    proc.kill()
    raise SystemExit(f"app.py did not start: {(tmp / 'app.log').read_text()[-2000:]}")


def user(url: str, number: int, deadline: float, results: list, lock: threading.Lock) -> None:
    from gradio_client import Client

    client = Client(url, verbose=False)
    questions = list(QUESTIONS)
    turn = number
    while time.time() < deadline:
        question = questions[turn % len(questions)]
        turn += 1
        client.reset_session()  # each question is a new chat, not a follow-up
        started = time.perf_counter()
        try:
            chat, *_ = client.predict(question, [], 5, "", "", "", "", api_name="/respond")
            answer = str(chat[-1]["content"]).lower()
            error = "⚠️" in answer
        except Exception as exc:  # every failure is counted, whatever it is
            answer, error = f"{type(exc).__name__}: {exc}", True
        own = QUESTIONS[question] in answer
        others = [a for q, a in QUESTIONS.items() if q != question and a in answer]
        with lock:
            results.append((time.perf_counter() - started, error, own, bool(others) and not own, answer))


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return round(values[min(len(values) - 1, int(p * len(values)))], 2) if values else 0.0


def run(users: int, seconds: float) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        proc, url = start_page(Path(tmp))
        try:
            results: list = []
            lock = threading.Lock()
            deadline = time.time() + seconds
            threads = [
                threading.Thread(target=user, args=(url, n, deadline, results, lock)) for n in range(users)
            ]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    latencies = [r[0] for r in results]
    return {
        "users": users,
        "seconds": seconds,
        "answers": len(results),
        "errors": sum(r[1] for r in results),
        "mixed_up": sum(r[3] for r in results),
        "correct": sum(r[2] for r in results),
        "latency_p50_s": percentile(latencies, 0.5),
        "latency_p95_s": percentile(latencies, 0.95),
        "first_errors": [r[4] for r in results if r[1]][:3],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=300)
    args = parser.parse_args()
    figures = run(args.users, args.seconds)
    print(json.dumps(figures, indent=1))
    print(
        f"load: {figures['users']} users for {figures['seconds']:g} s: {figures['answers']} answers, "
        f"{figures['errors']} errors, {figures['mixed_up']} mixed up, {figures['correct']} correct; "
        f"p50 {figures['latency_p50_s']} s, p95 {figures['latency_p95_s']} s"
    )


if __name__ == "__main__":
    main()
