"""Load: 8 simulated page users (gradio_client, each its own session) and 8 API clients
(`rag serve`, OpenAI chat completions) asking questions with known answers at the same
time for 5 minutes, both servers on one index on 127.0.0.1.

    .venv/bin/python bench/load.py [--users 8] [--seconds 300]

Prints one JSON object and a one-line summary per front end: answers, errors, answers
mixed up (holding another question's answer and not its own), latency p50/p95 in seconds.
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


def build_index(tmp: Path) -> Path:
    folder, index = tmp / "corpus", tmp / "index"
    folder.mkdir()
    for path in [*(ROOT / "corpus").iterdir(), ROOT / "tests" / "data" / "riverton_library.md"]:
        (folder / path.name).write_bytes(path.read_bytes())
    subprocess.run(
        [sys.executable, "-m", "rag.cli", "ingest", str(folder), "--index", str(index)], check=True
    )
    return index


def start(command: list[str], health: str, log_path: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    log = log_path.open("w")
    proc = subprocess.Popen(
        [*command, "--port", str(port)], stdout=log, stderr=subprocess.STDOUT,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    for _ in range(240):
        try:
            urllib.request.urlopen(url + health, timeout=2)
            return proc, url
        except OSError:
            if proc.poll() is not None:
                break
            time.sleep(1)
    proc.kill()
    raise SystemExit(f"{command[1]} did not start: {log_path.read_text()[-2000:]}")


def page_user(url: str):
    """A function asking one question in a new chat on the page: the answer's text."""
    from gradio_client import Client

    client = Client(url + "/", verbose=False)

    def ask(question: str) -> str:
        client.reset_session()  # each question is a new chat, not a follow-up
        chat, *_ = client.predict(question, [], 5, "", "", "", "", api_name="/respond")
        return str(chat[-1]["content"])

    return ask


def api_user(url: str):
    def ask(question: str) -> str:
        body = json.dumps({"model": "news-rag", "messages": [{"role": "user", "content": question}]})
        request = urllib.request.Request(
            url + "/v1/chat/completions", body.encode(), {"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=300) as response:
            return json.loads(response.read())["choices"][0]["message"]["content"]

    return ask


def user(kind: str, ask, number: int, deadline: float, results: list, lock: threading.Lock) -> None:
    questions = list(QUESTIONS)
    turn = number
    while time.time() < deadline:
        question = questions[turn % len(questions)]
        turn += 1
        started = time.perf_counter()
        try:
            answer = ask(question).lower()
            error = "⚠️" in answer
        except Exception as exc:  # every failure is counted, whatever it is
            answer, error = f"{type(exc).__name__}: {exc}", True
        own = QUESTIONS[question] in answer
        others = [a for q, a in QUESTIONS.items() if q != question and a in answer]
        with lock:
            results.append(
                (kind, time.perf_counter() - started, error, own, bool(others) and not own, answer)
            )


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return round(values[min(len(values) - 1, int(p * len(values)))], 2) if values else 0.0


def run(users: int, seconds: float) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        index = build_index(tmp)
        page, page_url = start(
            [sys.executable, str(ROOT / "app.py"), "--index", str(index)], "/", tmp / "app.log"
        )
        api, api_url = start(
            [sys.executable, "-m", "rag.cli", "serve", "--index", str(index)], "/healthz", tmp / "api.log"
        )
        try:
            results: list = []
            lock = threading.Lock()
            askers = [("page", page_user(page_url)) for _ in range(users)]
            askers += [("api", api_user(api_url)) for _ in range(users)]
            deadline = time.time() + seconds
            threads = [
                threading.Thread(target=user, args=(kind, ask, n, deadline, results, lock))
                for n, (kind, ask) in enumerate(askers)
            ]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        finally:
            for proc in (page, api):
                proc.terminate()
                proc.wait(timeout=30)
    return {
        "users_per_front_end": users,
        "seconds": seconds,
        **{k: figures(results, k) for k in ("page", "api")},
    }


def figures(results: list, kind: str) -> dict:
    mine = [r for r in results if r[0] == kind]
    latencies = [r[1] for r in mine]
    return {
        "answers": len(mine),
        "errors": sum(r[2] for r in mine),
        "mixed_up": sum(r[4] for r in mine),
        "correct": sum(r[3] for r in mine),
        "latency_p50_s": percentile(latencies, 0.5),
        "latency_p95_s": percentile(latencies, 0.95),
        "first_errors": [r[5] for r in mine if r[2]][:3],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=300)
    args = parser.parse_args()
    result = run(args.users, args.seconds)
    print(json.dumps(result, indent=1))
    for kind in ("page", "api"):
        f = result[kind]
        print(
            f"load {kind}: {args.users} users for {args.seconds:g} s: {f['answers']} answers, "
            f"{f['errors']} errors, {f['mixed_up']} mixed up, {f['correct']} correct; "
            f"p50 {f['latency_p50_s']} s, p95 {f['latency_p95_s']} s"
        )


if __name__ == "__main__":
    main()
