"""The on-disk index: articles, chunks, their vectors and a manifest, in segments.

Layout of an index directory:
    CURRENT                name of the live generation directory (replaced atomically)
    gen-*/manifest.json    embedding model, dimension, chunking, article hashes, versions,
                           and which segment holds each live article
    seg-*/articles.jsonl   the articles one save added or changed, one per line
    seg-*/chunks.jsonl     their chunks (offsets into the article's text)
    seg-*/vectors.npy      one unit vector per chunk, same order
    gen-*/<digest>-bm25/, gen-*/<digest>-words.json
                           the BM25 matrix and the word counts, kept by the first process
                           that computes them for the next (`Index.derived`)

A save writes only what changed: one new segment with the new and changed articles and a
new manifest. An article that changed or left stays in its old segment but the manifest
no longer points there (a tombstone). When segments pile up or are mostly dead, a save
merges everything into one segment (`rag compact` asks for that). A crash at any point
leaves the previous generation live and loadable: segments are written before the
manifest that names them, and CURRENT is swapped last. The generation before the live one
(and its segments) is kept until the next save, for readers that were opening it.
Writers take the lock in ingest.py. Does not decide what to embed: see ingest.py.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import mmap
import os
import shutil
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np

from .errors import IndexMismatchError, IndexMissingError, require
from .text import content_words, rules_digest
from .types import Article, Chunk

FORMAT = 2  # 1: one folder per generation holding everything (still read)
LOCK_FILE = "write.lock"
OPEN_TRIES = 3  # an open that races a save's clean-up is retried
# A save merges all segments into one past this many, or when fewer than half the
# articles the segments hold are live.
MAX_SEGMENTS = 12


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
    # article id -> the segment folder its text, chunks and vectors are stored in; an
    # article without one is written by the next save.
    segments: dict[str, str] = field(default_factory=dict)
    home: Path | None = None  # the index folder it was read from or saved to

    def __post_init__(self):
        if self.vectors is None:
            self.vectors = np.zeros((0, self.signature.dim), dtype=np.float32)

    @cached_property
    def word_articles(self) -> Counter[str]:
        """How many articles use each content word (text.content_words), counted on first
        use and kept beside the generation (`derived`): how common a name is in this corpus.
        NewsQA never changes the Index it answers from (an update opens a new one), so the
        count stays true."""
        kept = self.derived("words.json")
        with contextlib.suppress(OSError, ValueError):
            if kept is not None:
                return Counter(json.loads(kept.read_text(encoding="utf-8")))
        counts: Counter[str] = Counter()
        for a in self.articles.values():
            counts.update(content_words(f"{a.title} {a.text}"))
        if kept is not None:
            keep_derived(kept, lambda path: _write_file(path, json.dumps(counts)))
        return counts

    def derived(self, name: str) -> Path | None:
        """Where to keep `name`, something computed from this index that is slow to compute
        again in every process (the BM25 matrix, the word counts): in its generation
        folder, which no save changes, under a digest of the articles, the chunks and the
        word rules (text.py), so that an Index changed in memory, or a newer release, never
        reads what another computed. None for an index never read from or saved to a folder."""
        if self.home is None or not self.generation:
            return None
        digest = hashlib.sha1(rules_digest().encode())
        for i, h in sorted(self.hashes.items()):
            digest.update(f"{i} {h}\n".encode())
        for c in self.chunks:
            digest.update(f"{c.id}\n".encode())
        return self.home / self.generation / f"{digest.hexdigest()[:16]}-{name}"

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
        where = manifest.get("where") or {i: generation.name for i in manifest["articles"]}
        articles: dict[str, Article] = {}
        chunks: list[Chunk] = []
        vectors = []
        for name in dict.fromkeys(where.values()):
            folder = directory / name
            live = {
                a.id: a
                for a in map(_article, _read_jsonl(folder / "articles.jsonl"))
                if where.get(a.id) == name
            }
            keep = []
            # Row by row, each chunk sharing its article's id and text: a million rows read
            # as a list of dicts first would leave a few hundred MB in Python's heap.
            for j, row in enumerate(_iter_jsonl(folder / "chunks.jsonl")):
                article = live.get(row["article_id"])
                if article is not None:
                    keep.append(j)
                    chunks.append(Chunk(row["id"], article.id, row["start"], row["end"], article.text))
            stored = _read_vectors(folder)
            # A segment read whole stays mapped, not copied (a million chunks' vectors are 1.5 GB).
            vectors.append(stored if len(keep) == len(stored) else stored[keep])
            articles.update(live)
        return cls(
            signature=signature,
            articles=articles,
            hashes=manifest["articles"],
            chunks=chunks,
            vectors=(vectors[0] if len(vectors) == 1 else np.vstack(vectors)) if vectors else None,
            built_at=manifest["built_at"],
            generation=generation.name,
            segments=dict(where) if "where" in manifest else {},
            home=directory,
        )

    def save(self, directory: Path, compact: bool = False) -> Path:
        """Write what changed as a new segment, and a new generation naming the live
        segments; make it live. Returns the generation directory."""
        directory.mkdir(parents=True, exist_ok=True)
        stamp = f"{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{time.monotonic_ns()}"
        present = {s for s in set(self.segments.values()) if (directory / s).is_dir()}
        where = {i: s for i, s in self.segments.items() if i in self.articles and s in present}
        if compact or _worth_merging(directory, where, len(self.articles)):
            where = {}
        fresh = [i for i in self.articles if i not in where]
        if fresh:
            segment = f"seg-{stamp}"
            _write_segment(directory / segment, self, set(fresh))
            where.update(dict.fromkeys(fresh, segment))
        generation = directory / f"gen-{stamp}"
        generation.mkdir()
        self.built_at = time.strftime("%Y-%m-%dT%H:%M:%S%z")
        previous = live_generation(directory)
        manifest = {
            "format": FORMAT,
            "signature": asdict(self.signature),
            "built_at": self.built_at,
            "n_articles": len(self.articles),
            "n_chunks": len(self.chunks),
            "versions": _versions(),
            "articles": self.hashes,
            "where": where,
            "previous": previous.name if previous else "",
        }
        _write_file(generation / "manifest.json", json.dumps(manifest, indent=1))
        _fsync_dir(generation)
        pointer = directory / f"CURRENT.tmp-{os.getpid()}"
        _write_file(pointer, generation.name)
        os.replace(pointer, directory / "CURRENT")  # the atomic step
        self.generation, self.segments, self.home = generation.name, where, directory
        _fsync_dir(directory)
        sweep(directory)
        return generation


def keep_derived(path: Path, write: Callable[[Path], None]) -> None:
    """Write a file or folder derived from an index (`Index.derived`) under a temporary
    name and rename it into place, so a reader finds all of it or none. What is derived
    can be computed again: a folder that cannot be written (read-only, or its generation
    removed by a later save) or a rival process that got there first is no error."""
    if not path.parent.is_dir():
        return  # the generation is gone; writing would make its folder again
    partial = path.with_name(f"{path.name}.tmp-{os.getpid()}-{time.monotonic_ns()}")
    try:
        write(partial)
        os.rename(partial, path)
    except OSError:
        shutil.rmtree(partial, ignore_errors=True)
        with contextlib.suppress(OSError):
            partial.unlink()


def _worth_merging(directory: Path, where: dict[str, str], live: int) -> bool:
    """Too many segments, or segments mostly holding dead articles."""
    names = set(where.values())
    if len(names) >= MAX_SEGMENTS:
        return True
    stored = sum(_count_lines(directory / n / "articles.jsonl") for n in names)
    return stored > 2 * max(live, 1)


def _write_segment(folder: Path, index: Index, ids: set[str]) -> None:
    folder.mkdir()
    _write_jsonl(folder / "articles.jsonl", (asdict(index.articles[i]) for i in index.articles if i in ids))
    rows = [j for j, c in enumerate(index.chunks) if c.article_id in ids]
    _write_jsonl(
        folder / "chunks.jsonl",
        (
            {"id": c.id, "article_id": c.article_id, "start": c.start, "end": c.end}
            for c in (index.chunks[j] for j in rows)
        ),
    )
    with (folder / "vectors.npy").open("wb") as f:
        np.save(f, np.ascontiguousarray(index.vectors[rows], dtype=np.float32))
        f.flush()
        os.fsync(f.fileno())
    _fsync_dir(folder)


def _read_vectors(folder: Path) -> np.ndarray:
    if (folder / "vectors.npy").exists():
        return np.load(folder / "vectors.npy", mmap_mode="r")
    faiss = require("faiss", "faiss-cpu")  # format 1
    stored = faiss.read_index(str(folder / "vectors.faiss"))
    return stored.reconstruct_n(0, stored.ntotal) if stored.ntotal else np.zeros((0, stored.d), np.float32)


def release(vectors: np.ndarray) -> None:
    """Hand a mapped array's pages back to the kernel once what needs them has read them
    (the vector search keeps its own copy): read again, they come back from the file."""
    mapped = getattr(vectors, "_mmap", None)
    if mapped is not None and hasattr(mapped, "madvise"):
        mapped.madvise(mmap.MADV_DONTNEED)


def sweep(directory: Path) -> None:
    """Remove the generations and segments no reader can still be opening (`in_use`: a
    reader that read CURRENT just before the swap may still be opening the one replaced),
    and a killed writer's pointer files. Run under the writer lock, by every save and by a
    writer with nothing to save (a writer killed while sweeping leaves the rest to the
    next). An index saved before the manifest named its previous generation is left as it
    is."""
    kept = in_use(directory)
    if kept is None:
        return
    # Writers run under the writer lock: a pointer file left is a killed writer's.
    for stale in directory.glob("CURRENT.tmp-*"):
        stale.unlink(missing_ok=True)
    for old in [*directory.glob("gen-*"), *directory.glob("seg-*")]:
        if old.name not in kept:
            shutil.rmtree(old, ignore_errors=True)


def in_use(directory: Path) -> set[str] | None:
    """The generations and segments a reader may still be opening: the live generation, the
    one it replaced (its manifest's "previous"), and the segments they name. None where that
    is not known: no live generation, or one saved before manifests named the previous."""
    live = live_generation(directory)
    manifest = _manifest(live) if live is not None else {}
    if "previous" not in manifest:
        return None
    kept = {live.name, *_segments_of(manifest)}
    if previous := manifest["previous"]:
        kept |= {previous, *_segments_of(_manifest(directory / previous))}
    return kept


def _manifest(generation: Path) -> dict:
    """A generation's manifest, or {} where it cannot be read."""
    try:
        return json.loads((generation / "manifest.json").read_text())
    except (OSError, ValueError):
        return {}


def _segments_of(manifest: dict) -> set[str]:
    return set((manifest.get("where") or {}).values())


def _count_lines(path: Path) -> int:
    try:
        with path.open("rb") as f:
            return sum(1 for _ in f)
    except OSError:
        return 0


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
    return list(_iter_jsonl(path))


def _iter_jsonl(path: Path):
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


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
