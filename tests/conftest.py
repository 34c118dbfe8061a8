"""Shared fixtures. The slow parts (embedding model, language model, index) are built once
per test session; everything runs offline on the real models."""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"
SEED_ID = "1463bcc52e466ebb"
RIVERTON = DATA / "riverton_library.md"


@pytest.fixture(scope="session")
def embedder():
    from rag.embed import open_encoder

    return open_encoder()


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory) -> Path:
    """The bundled corpus plus the Riverton test article."""
    folder = tmp_path_factory.mktemp("corpus")
    for path in (ROOT / "corpus").iterdir():
        shutil.copy(path, folder / path.name)
    shutil.copy(RIVERTON, folder / RIVERTON.name)
    return folder


@pytest.fixture(scope="session")
def qa(corpus_dir, embedder, tmp_path_factory):
    """NewsQA over corpus_dir, with the default (bundled) language model."""
    from rag import NewsQA, Settings
    from rag.index import Index
    from rag.ingest import ingest, signature

    settings = Settings(index_dir=tmp_path_factory.mktemp("index"), corpus_dir=corpus_dir)
    ingest([corpus_dir], settings, embedder)
    return NewsQA(settings, Index.open(settings.index_dir, signature(settings, embedder)), embedder)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(command: list[str], health: str, log_path: Path, env: dict | None = None, seconds: float = 240):
    """Run a server process (`command` plus --port), wait until `health` (a path) answers
    with any HTTP status, yield its base URL, and stop it."""
    import subprocess
    import time
    import urllib.error
    import urllib.request

    port = free_port()
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [*command, "--port", str(port)], stdout=log, stderr=subprocess.STDOUT,
            env={**os.environ, "HF_HUB_OFFLINE": "1", **(env or {})},
        )  # fmt: skip
        url = f"http://127.0.0.1:{port}"
        deadline = time.time() + seconds
        while True:
            try:
                urllib.request.urlopen(url + health, timeout=2)
                break
            except urllib.error.HTTPError:
                break  # it answers, if only to say no
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"{' '.join(command[1:])} exited: {log_path.read_text()[-2000:]}")
                if time.time() > deadline:
                    proc.kill()
                    pytest.fail(f"{' '.join(command[1:])} did not start within {seconds:g} s")
                time.sleep(0.5)
        try:
            yield url
        finally:
            proc.terminate()
            proc.wait(timeout=30)
