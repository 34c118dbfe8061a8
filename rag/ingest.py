"""Bring an index up to date with a set of files: add new articles, re-embed changed
ones, skip unchanged ones (by content hash), drop ones whose file no longer has them.

Only the articles that are new or changed are embedded, so re-ingesting an unchanged
corpus costs no embedding work. The index is replaced atomically at the end (index.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from .chunk import chunk_article, embed_text
from .embed import Embedder
from .errors import IndexMissingError
from .index import Index, Signature
from .load import Problem, load_paths, stable_id
from .settings import Settings
from .types import Article


@dataclass
class IngestReport:
    per_file: dict[str, int] = field(default_factory=dict)  # file -> articles read from it
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    duplicates: list[Problem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    embedded_chunks: int = 0
    articles: int = 0
    chunks: int = 0

    def summary(self) -> str:
        return (
            f"{len(self.per_file)} files: {len(self.added)} new, {len(self.changed)} changed, "
            f"{self.unchanged} unchanged, {len(self.removed)} removed, "
            f"{len(self.duplicates)} duplicates, {len(self.problems)} skipped; "
            f"{self.embedded_chunks} chunks embedded; index holds {self.articles} articles, "
            f"{self.chunks} chunks"
        )


def signature(settings: Settings, embedder: Embedder) -> Signature:
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
    embedder: Embedder,
    rebuild: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> IngestReport:
    """Update (or with rebuild=True, recreate) the index at settings.index_dir from `paths`.

    `progress(done, total)` is called as chunks are embedded.
    """
    expected = signature(settings, embedder)
    old = Index(expected)
    if not rebuild:
        with contextlib.suppress(IndexMissingError):
            old = Index.open(settings.index_dir, expected)
    loaded = load_paths(paths, settings.max_file_mb)
    report = IngestReport(per_file=loaded.per_file, problems=loaded.problems)

    articles = _dedupe(loaded.articles, report)
    hashes = {a.id: content_hash(a) for a in articles}
    for a in articles:
        if a.id not in old.articles:
            report.added.append(a.id)
        elif old.hashes.get(a.id) != hashes[a.id]:
            report.changed.append(a.id)
        else:
            report.unchanged += 1

    # An article leaves the index only when its file was read cleanly and no longer has it,
    # or the file is gone: a file that failed to load keeps what it had.
    roots = [Path(p).resolve() for p in paths]
    failed = {source_file(p.where) for p in report.problems}
    for a in old.articles.values():
        if a.id in hashes:
            continue
        file = Path(source_file(a.path)).resolve()
        under = any(file == r or r in file.parents for r in roots)
        if under and source_file(a.path) not in failed:
            report.removed.append(a.id)

    if not (report.added or report.changed or report.removed or rebuild) and old.built_at:
        report.articles, report.chunks = len(old.articles), len(old.chunks)
        return report

    stale = set(report.added) | set(report.changed) | set(report.removed)
    fresh = [a for a in articles if a.id in stale]
    kept = [i for i, c in enumerate(old.chunks) if c.article_id not in stale]
    new_chunks = [c for a in fresh for c in chunk_article(a, settings.chunk_chars, settings.chunk_overlap)]
    by_id = {a.id: a for a in articles}
    vectors = _embed(embedder, [embed_text(c, by_id[c.article_id]) for c in new_chunks], progress)
    report.embedded_chunks = len(new_chunks)

    others = [i for i in old.articles if i not in hashes and i not in report.removed]
    index = Index(
        signature=expected,
        articles={**{i: old.articles[i] for i in others}, **by_id},
        hashes={**{i: old.hashes[i] for i in others}, **hashes},
        chunks=[old.chunks[i] for i in kept] + new_chunks,
        vectors=np.vstack([old.vectors[kept], vectors]),
    )
    index.save(settings.index_dir)
    report.articles, report.chunks = len(index.articles), len(index.chunks)
    return report


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


def _embed(embedder: Embedder, texts: list[str], progress, batch: int = 64) -> np.ndarray:
    parts = []
    for start in range(0, len(texts), batch):
        parts.append(embedder.encode(texts[start : start + batch], batch_size=batch))
        if progress:
            progress(min(start + batch, len(texts)), len(texts))
    return np.vstack(parts) if parts else np.zeros((0, embedder.dim), dtype=np.float32)
