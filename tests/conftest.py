"""Shared fixtures. The slow parts (embedding model, language model, index) are built once
per test session; everything runs offline on the real models."""

from __future__ import annotations

import os
import shutil
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
    from rag.embed import Embedder

    return Embedder()


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
