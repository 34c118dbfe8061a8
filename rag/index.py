"""The on-disk index: articles, chunks, their FAISS vectors and a manifest.

Layout of an index directory:
    CURRENT            name of the live generation directory (replaced atomically)
    gen-*/manifest.json    embedding model, dimension, chunking, article hashes, versions
    gen-*/articles.jsonl   one Article per line
    gen-*/chunks.jsonl     one chunk per line (offsets into its article's text)
    gen-*/vectors.faiss    one unit vector per chunk, same order

A save writes a whole new generation, then swaps CURRENT; a crash at any point leaves the
previous generation live and loadable. The generation before the live one is kept until
the next save, for readers that were opening it. Writers take the lock in ingest.py. Does not decide what to embed: see ingest.py.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from .errors import IndexMismatchError, IndexMissingError, require
from .types import Article, Chunk

FORMAT = 1
LOCK_FILE = "write.lock"
OPEN_TRIES = 3  # an open that races a save's clean-up is retried


@dataclass(frozen=True)
class Signature:
    """What must match between an index and the settings that read it."""

    embed_model: str
    dim: int
    chunk_chars: int
    chunk_overlap: int


@dataclass
class Index:
    signature: Signature
    articles: dict[str, Article] = field(default_factory=dict)
    hashes: dict[str, str] = field(default_factory=dict)  # article id -> content hash
    chunks: list[Chunk] = field(default_factory=list)
    vectors: np.ndarray | None = None  # float32 (len(chunks), dim)
    built_at: str = ""
    generation: str = ""  # the generation folder it was read from or saved to ("" when new)
    _faiss: object = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self):
        if self.vectors is None:
            self.vectors = np.zeros((0, self.signature.dim), dtype=np.float32)

    @property
    def faiss(self):
        """An exact inner-product FAISS index over the vectors, built on first use."""
        if self._faiss is None:
            faiss = require("faiss", "faiss-cpu")
            self._faiss = faiss.IndexFlatIP(self.signature.dim)
            self._faiss.add(self.vectors)
        return self._faiss

    @classmethod
    def open(cls, directory: Path, expected: Signature | None = None) -> Index:
        directory = Path(directory)
        if directory.exists() and not directory.is_dir():
            raise IndexMissingError(f"the index path {directory} is a file, not an index folder")
        for _ in range(OPEN_TRIES - 1):
            try:
                return cls._open(directory, expected)
            except FileNotFoundError:
                time.sleep(0.05)
        return cls._open(directory, expected)

    @classmethod
    def _open(cls, directory: Path, expected: Signature | None) -> Index:
        generation = live_generation(directory)
        if generation is None:
            raise IndexMissingError(f"no index at {directory}; build one with: rag ingest corpus/")
        manifest = json.loads((generation / "manifest.json").read_text())
        signature = Signature(**manifest["signature"])
        if expected is not None and signature != expected:
            raise IndexMismatchError(
                f"the index at {directory} was built with {_describe(signature)}, but the settings "
                f"in use ask for {_describe(expected)}. Rebuild it: rag ingest <paths> --rebuild "
                f"--index {directory}"
            )
        faiss = require("faiss", "faiss-cpu")
        stored = faiss.read_index(str(generation / "vectors.faiss"))
        articles = {a.id: a for a in map(_article, _read_jsonl(generation / "articles.jsonl"))}
        chunks = [
            Chunk(**c, text=articles[c["article_id"]].text[c["start"] : c["end"]])
            for c in _read_jsonl(generation / "chunks.jsonl")
        ]
        index = cls(
            signature=signature,
            articles=articles,
            hashes=manifest["articles"],
            chunks=chunks,
            vectors=stored.reconstruct_n(0, stored.ntotal) if stored.ntotal else None,
            built_at=manifest["built_at"],
            generation=generation.name,
        )
        index._faiss = stored
        return index

    def save(self, directory: Path) -> Path:
        """Write a new generation and make it live. Returns the generation directory."""
        faiss = require("faiss", "faiss-cpu")
        directory.mkdir(parents=True, exist_ok=True)
        generation = directory / f"gen-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{time.monotonic_ns()}"
        generation.mkdir()
        self.built_at = time.strftime("%Y-%m-%dT%H:%M:%S%z")
        _write_jsonl(generation / "articles.jsonl", (asdict(a) for a in self.articles.values()))
        _write_jsonl(
            generation / "chunks.jsonl",
            ({"id": c.id, "article_id": c.article_id, "start": c.start, "end": c.end} for c in self.chunks),
        )
        self._faiss = None
        faiss.write_index(self.faiss, str(generation / "vectors.faiss"))
        manifest = {
            "format": FORMAT,
            "signature": asdict(self.signature),
            "built_at": self.built_at,
            "n_articles": len(self.articles),
            "n_chunks": len(self.chunks),
            "versions": _versions(),
            "articles": self.hashes,
        }
        _write_file(generation / "manifest.json", json.dumps(manifest, indent=1))
        _fsync_dir(generation)
        previous = live_generation(directory)
        # Saves run under the writer lock: another pointer file is a killed writer's.
        for stale in directory.glob("CURRENT.tmp-*"):
            stale.unlink(missing_ok=True)
        pointer = directory / f"CURRENT.tmp-{os.getpid()}"
        _write_file(pointer, generation.name)
        os.replace(pointer, directory / "CURRENT")  # the atomic step
        self.generation = generation.name
        _fsync_dir(directory)
        # The previous generation stays until the next save: a reader that read CURRENT
        # just before the swap may still be opening it.
        for old in directory.glob("gen-*"):
            if old not in (generation, previous):
                shutil.rmtree(old, ignore_errors=True)
        return generation


def live_generation(directory: Path) -> Path | None:
    try:
        name = (directory / "CURRENT").read_text().strip()
    except OSError:
        return None
    generation = directory / name
    return generation if (generation / "manifest.json").exists() else None


def _describe(s: Signature) -> str:
    return f"embedding model {s.embed_model} ({s.dim} dims), chunks of {s.chunk_chars} chars with {s.chunk_overlap}-sentence overlap"


def _article(record: dict) -> Article:
    record["authors"] = tuple(record.get("authors", ()))
    return Article(**record)


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    found = {}
    for package in ("news-rag", "faiss-cpu", "sentence-transformers", "torch", "llama-cpp-python"):
        with contextlib.suppress(PackageNotFoundError):
            found[package] = version(package)
    return found


def _read_jsonl(path: Path):
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _write_jsonl(path: Path, records) -> None:
    _write_file(path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))


def _write_file(path: Path, text: str) -> None:
    with path.open("w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
