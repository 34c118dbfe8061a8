"""Bring an index up to date with a set of files: add new articles, re-embed changed
ones, skip unchanged ones (by content hash), drop ones whose file no longer has them.
A save writes only the new and changed articles (index.py's segments); `compact` merges.

Only the articles that are new or changed are embedded, so re-ingesting an unchanged
corpus costs no embedding work. One writer at a time applies its changes (a lock file);
the index is replaced atomically at the end (index.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
from filelock import FileLock, Timeout

from .chunk import chunk_article, embed_text
from .embed import Encoder
from .errors import IndexBusyError, IndexMissingError, InputError
from .feeds import is_url
from .index import LOCK_FILE, Index, Signature, live_generation, sweep
from .load import SUFFIXES, load_paths
from .records import Problem, stable_id
from .settings import Settings
from .types import Article
from .untrusted import planted, planted_spans


@dataclass
class IngestReport:
    per_file: dict[str, int] = field(default_factory=dict)  # file -> articles read from it
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    duplicates: list[Problem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    planted: list[Problem] = field(default_factory=list)  # sentences answers will not use
    embedded_chunks: int = 0
    articles: int = 0
    chunks: int = 0

    def summary(self) -> str:
        return (
            f"{len(self.per_file)} files: {len(self.added)} new, {len(self.changed)} changed, "
            f"{self.unchanged} unchanged, {len(self.removed)} removed, "
            f"{len(self.duplicates)} duplicates, {len(self.problems)} skipped, "
            f"{len(self.planted)} planted instructions ignored; "
            f"{self.embedded_chunks} chunks embedded; index holds {self.articles} articles, "
            f"{self.chunks} chunks"
        )


def signature(settings: Settings, embedder: Encoder) -> Signature:
    return Signature(embedder.name, embedder.dim, settings.chunk_chars, settings.chunk_overlap)


def content_hash(article: Article) -> str:
    fields = (article.title, article.published or "", article.source, article.url, article.text)
    return hashlib.sha256("\x1f".join(fields).encode()).hexdigest()[:24]


def source_file(where: str) -> str:
    """'corpus/a.jsonl:12' and 'corpus/b.json#3' name a line or item; this is the file."""
    return re.sub(r"(:\d+|#\d+)$", "", where)


def ingest(
    paths: list[str | Path],
    settings: Settings,
    embedder: Encoder,
    rebuild: bool = False,
    progress: Callable[[int, int, int, int], None] | None = None,
    wait: float | None = None,
    waiting: Callable[[str], None] | None = None,
    prune: bool = False,
    fetch: bool = False,
) -> IngestReport:
    """Update (or with rebuild=True, recreate) the index at settings.index_dir from `paths`.

    Embedding runs without holding the index: another ingest may save meanwhile. The
    changes are then applied on top of the newest saved index under the writer lock, so
    both writers' articles are kept. `wait` is how many seconds to wait for that lock
    (None: as long as it takes; `waiting(message)` is told once when it has to wait).
    A path that does not exist is reported and never removes what was indexed from it,
    unless `prune` is set. A path may be an RSS/Atom feed's URL; with `fetch`, entries
    that carry only a summary are read from their linked page.
    `progress(chunks, chunks_total, articles, articles_total)` is called as chunks are
    embedded; `articles` counts those whose every chunk is done.
    """
    directory = Path(settings.index_dir)
    writable(directory)
    expected = signature(settings, embedder)
    there = [p for p in paths if is_url(p) or Path(p).exists()]
    gone = [str(p) for p in paths if p not in there]
    if not there and not prune:
        raise InputError(
            f"{', '.join(gone)}: no such file or folder; nothing was read and the index is unchanged "
            "(to remove what was indexed from it, pass --prune)"
        )
    loaded = load_paths(there, settings.max_file_mb, fetch)
    if there and not loaded.per_file:
        raise InputError(
            f"no article files in {', '.join(map(str, there))} (looked for {' '.join(sorted(SUFFIXES))}); "
            "the index is unchanged"
        )
    report = IngestReport(per_file=loaded.per_file, problems=loaded.problems)
    if not prune:
        kept = "articles indexed from it are kept (pass --prune to remove them)"
        report.problems += [Problem(p, f"no such file or folder; {kept}") for p in gone]
    articles = _dedupe(loaded.articles, report)
    hashes = {a.id: content_hash(a) for a in articles}
    by_id = {a.id: a for a in articles}

    seen = _current(directory, expected, rebuild)
    fresh = {a.id for a in articles if seen.hashes.get(a.id) != hashes[a.id]}
    report.planted = [
        Problem(
            by_id[i].path,
            f"{p.rule}: {p.quote[:120]!r}; answers will not use it or the rest of its paragraph",
        )
        for i in sorted(fresh)
        for p in planted_spans(by_id[i])
    ] + [
        Problem(by_id[i].path, f"{rule} in the headline: {by_id[i].title[:120]!r}; answers will not use it")
        for i in sorted(fresh)
        if (rule := planted(by_id[i].title))
    ]
    embedded = _chunk_and_embed([by_id[i] for i in sorted(fresh)], settings, embedder, progress)

    with write_lock(directory, wait, waiting):
        # Another writer may have saved since `seen` was read: then start from its index.
        live = live_generation(directory)
        same = (live.name if live else "") == seen.generation
        old = seen if same else _current(directory, expected, rebuild)
        for a in articles:
            if a.id not in old.articles:
                report.added.append(a.id)
            elif old.hashes.get(a.id) != hashes[a.id]:
                report.changed.append(a.id)
            else:
                report.unchanged += 1
        # A feed is a window on recent news: what left it stays indexed.
        folders = [p for p in there if not is_url(p)] + (gone if prune else [])
        report.removed = _removed(old, hashes, folders, report.problems)
        if not (report.added or report.changed or report.removed or rebuild) and old.built_at:
            sweep(directory)  # what a writer killed after its swap left behind
            report.articles, report.chunks = len(old.articles), len(old.chunks)
            return report
        stale = set(report.added) | set(report.changed) | set(report.removed)
        # Another writer may have changed an article between our read and now.
        new_chunks, vectors = embedded
        late = [by_id[i] for i in sorted(stale - fresh - set(report.removed))]
        if late:
            more_chunks, more_vectors = _chunk_and_embed(late, settings, embedder, progress)
            new_chunks, vectors = new_chunks + more_chunks, np.vstack([vectors, more_vectors])
        keep = [j for j, c in enumerate(new_chunks) if c.article_id in stale]
        report.embedded_chunks = len(new_chunks)
        kept = [i for i, c in enumerate(old.chunks) if c.article_id not in stale]
        others = [i for i in old.articles if i not in hashes and i not in report.removed]
        index = Index(
            signature=expected,
            articles={**{i: old.articles[i] for i in others}, **by_id},
            hashes={**{i: old.hashes[i] for i in others}, **hashes},
            chunks=[old.chunks[i] for i in kept] + [new_chunks[j] for j in keep],
            vectors=np.vstack([old.vectors[kept], vectors[keep]]),
            segments={i: s for i, s in old.segments.items() if i not in stale},
        )
        index.save(directory)
    report.articles, report.chunks = len(index.articles), len(index.chunks)
    return report


def compact(settings: Settings, wait: float | None = None) -> Index:
    """Merge the index's segments into one, dropping what changed or left (under the lock)."""
    directory = Path(settings.index_dir)
    with write_lock(directory, wait, None):
        index = Index.open(directory)
        index.save(directory, compact=True)
    return index


def _current(directory: Path, expected: Signature, rebuild: bool) -> Index:
    if not rebuild:
        with contextlib.suppress(IndexMissingError):
            return Index.open(directory, expected)
    return Index(expected)


def _chunk_and_embed(articles: list[Article], settings: Settings, embedder: Encoder, progress):
    chunks = [c for a in articles for c in chunk_article(a, settings.chunk_chars, settings.chunk_overlap)]
    by_id = {a.id: a for a in articles}
    # Chunks come article by article: the articles done once `n` chunks are embedded.
    ends = np.cumsum(list(Counter(c.article_id for c in chunks).values()))

    def report(done: int, total: int) -> None:
        if progress:
            progress(done, total, int(np.searchsorted(ends, done, side="right")), len(ends))

    return chunks, _embed(embedder, [embed_text(c, by_id[c.article_id]) for c in chunks], report)


def _removed(old: Index, hashes: dict[str, str], roots: list, problems: list[Problem]) -> list[str]:
    """Articles to drop: their file was read cleanly and no longer has them, or the file is
    gone from a folder that was read. A file that failed to load keeps what it had."""
    roots = [Path(p).resolve() for p in roots]
    failed = {source_file(p.where) for p in problems}
    removed = []
    for a in old.articles.values():
        if a.id in hashes:
            continue
        file = Path(source_file(a.path)).resolve()
        under = any(file == r or r in file.parents for r in roots)
        if under and source_file(a.path) not in failed:
            removed.append(a.id)
    return removed


def writable(directory: Path) -> None:
    """Fail now, before any embedding, if the index folder cannot be written."""
    if directory.exists() and not directory.is_dir():
        raise InputError(f"the index path {directory} is a file, not a folder; pass a folder with --index")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        probe = directory / f".write-test-{os.getpid()}"
        probe.write_text("")
        probe.unlink()
    except OSError as exc:
        raise InputError(
            f"cannot write to the index folder {directory} ({exc.strerror or exc}); "
            "choose a folder you can write to with --index"
        ) from exc


@contextlib.contextmanager
def write_lock(directory: Path, wait: float | None, waiting: Callable[[str], None] | None):
    """One writer at a time, across processes (a lock file in the index folder)."""
    lock = FileLock(directory / LOCK_FILE)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        if waiting:
            waiting(f"another ingest is writing {directory}; waiting for it to finish")
        try:
            lock.acquire(timeout=-1 if wait is None else wait)
        except Timeout:
            raise IndexBusyError(
                f"another ingest has been writing {directory} for over {wait:g} s; "
                "try again when it finishes, or pass a longer --wait"
            ) from None
    try:
        yield
    finally:
        lock.release()


def _dedupe(articles: list[Article], report: IngestReport) -> list[Article]:
    """Drop exact re-publications (same text) and give clashing ids a path-based one."""
    kept: list[Article] = []
    by_text: dict[str, Article] = {}
    ids: set[str] = set()
    for a in articles:
        key = hashlib.sha256(" ".join(a.text.split()).lower().encode()).hexdigest()
        if key in by_text:
            first = by_text[key]
            report.duplicates.append(Problem(a.path, f"same text as {first.id} ({first.path}); kept once"))
            continue
        if a.id in ids:
            a = replace(a, id=stable_id(a.id, a.path))
        by_text[key] = a
        ids.add(a.id)
        kept.append(a)
    return kept


def _embed(embedder: Encoder, texts: list[str], progress, step: int = 256) -> np.ndarray:
    # Progress is reported after each step: every few seconds.
    parts = []
    for start in range(0, len(texts), step):
        parts.append(embedder.encode(texts[start : start + step]))
        progress(min(start + step, len(texts)), len(texts))
    return np.vstack(parts) if parts else np.zeros((0, embedder.dim), dtype=np.float32)
