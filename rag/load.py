"""Read news articles from files into Article records.

Handles plain text and Markdown (optional front matter), JSON and JSONL (common field
names), HTML pages (main text kept, boilerplate dropped), and RSS/Atom feeds, from files
or URLs (feeds.py). Directories are walked
recursively. Does not chunk, embed or index: see chunk.py and index.py.

Bad input never raises: each unusable file or line becomes a Problem naming it and the
reason, and loading goes on with the rest.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from .feeds import from_feed, is_url, load_url
from .records import Problem, from_html, from_record, parse_date, split_leading_date, stable_id
from .types import Article

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES
# Control characters other than tab and newline, and the invisible format characters
# (zero-width spaces and joiners, direction overrides) that can hide words from a reader
# or split "ig\u200bnore" past a check: never text a reader should be quoted.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
# Text a reader of the page never sees, so it is not part of the article either.
MARKDOWN_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.S)


@dataclass
class LoadReport:
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    per_file: dict[str, int] = field(default_factory=dict)  # file -> articles read from it


def files_under(paths: list[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            yield path


def load_paths(paths: list[str | Path], max_file_mb: float = 20.0, fetch: bool = False) -> LoadReport:
    """Load every article under `paths` (files, folders, feed URLs). Files with unknown
    suffixes inside directories are ignored. `fetch`: see feeds.from_feed."""
    report = LoadReport()
    urls = [str(p) for p in paths if is_url(p)]
    sources = [*files_under([Path(p) for p in paths if not is_url(p)]), *urls]
    for path in sources:
        report.per_file[str(path)] = 0
        items = (
            _checked(load_url(path, max_file_mb, fetch), max_file_mb)
            if path in urls
            else load_file(path, max_file_mb, fetch)
        )
        for item in items:
            if isinstance(item, Problem):
                report.problems.append(item)
            else:
                report.articles.append(item)
                report.per_file[str(path)] += 1
    return report


def load_file(path: Path, max_file_mb: float = 20.0, fetch: bool = False) -> Iterator[Article | Problem]:
    where = str(path)
    suffix = path.suffix.lower()
    if not path.exists():
        yield Problem(where, "no such file or directory")
        return
    if suffix not in SUFFIXES:
        yield Problem(
            where, f"unknown file type {suffix or '(none)'}; use one of {' '.join(sorted(SUFFIXES))}"
        )
        return
    lines = suffix in {".jsonl", ".ndjson"}
    try:
        size = path.stat().st_size
        # A JSONL feed holds many articles and is read line by line: no whole-file limit.
        if size > max_file_mb * 1e6 and not lines:
            yield Problem(
                where,
                f"{size / 1e6:.1f} MB is over the {max_file_mb:g} MB limit; split the file or raise max_file_mb",
            )
            return
        raw = path.read_bytes()
    except OSError as exc:
        yield Problem(where, f"cannot be read ({exc.strerror or exc})")
        return
    if not raw.strip():
        yield Problem(where, "file is empty")
        return
    if b"\x00" in raw[:8192]:
        yield Problem(where, "binary file, not text")
        return
    if lines:
        yield from _checked(from_jsonl(raw, path), max_file_mb)
        return
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield Problem(where, f"not UTF-8 (bad byte at offset {exc.start}); re-save it as UTF-8")
        return
    if suffix in FEED_SUFFIXES:
        yield from _checked(from_feed(raw, where, max_file_mb, fetch), max_file_mb)
    elif suffix in TEXT_SUFFIXES:
        yield from _one(from_text(text, path), where)
    elif suffix in HTML_SUFFIXES:
        yield from _one(from_html(text, path), where)
    else:
        yield from _checked(from_json(text, path), max_file_mb)


def _one(article: Article, where: str) -> Iterator[Article | Problem]:
    yield from _checked([article], float("inf"))


def _checked(items, max_mb: float) -> Iterator[Article | Problem]:
    """Articles with control characters (NUL and the like) removed from their text; one
    with no text left, or over the size limit (a JSON record has the file's limit), is a
    Problem."""
    for item in items:
        if isinstance(item, Problem):
            yield item
            continue
        text = CONTROL.sub("", item.text)
        if not text.strip():
            yield Problem(item.path, "article has no text")
        elif len(text) > max_mb * 1e6:
            yield Problem(
                item.path,
                f"article text is {len(text) / 1e6:.1f} MB, over the {max_mb:g} MB limit per article; split it",
            )
        else:
            yield replace(item, text=text, title=CONTROL.sub("", item.title))


def from_text(text: str, path: Path) -> Article:
    meta: dict[str, str] = {}
    match = FRONT_MATTER.match(text)
    if match:
        for line in match.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep:
                meta[key.strip().lower()] = value.strip().strip("\"'")
        text = text[match.end() :]
    if path.suffix.lower() in {".md", ".markdown"}:
        text = MARKDOWN_COMMENT.sub("", text)
    text, leading_date = split_leading_date(text)
    title = meta.get("title") or _first_heading(text) or path.stem
    return Article(
        id=meta.get("id") or stable_id(meta.get("url") or path.name),
        title=title,
        text=text.strip(),
        published=parse_date(meta.get("date") or meta.get("published")) or leading_date,
        source=meta.get("source", ""),
        url=meta.get("url", ""),
        authors=tuple(a.strip() for a in meta.get("authors", "").split(",") if a.strip()),
        path=str(path),
    )


def _first_heading(text: str) -> str:
    match = re.match(r"\s*#\s+(.+)", text)
    return match.group(1).strip() if match else ""


def from_json(text: str, path: Path) -> Iterator[Article | Problem]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Problem(f"{path}:{exc.lineno}", f"invalid JSON ({exc.msg}); fix or remove the file")
        return
    records = (
        data if isinstance(data, list) else data.get("articles", [data]) if isinstance(data, dict) else [data]
    )
    for i, record in enumerate(records):
        yield from_record(record, f"{path}#{i}", stable_id(path.name, str(i)))


def from_jsonl(raw: bytes, path: Path) -> Iterator[Article | Problem]:
    """One article per line; a bad line is reported and skipped, the others load."""
    for lineno, line in enumerate(raw.split(b"\n"), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            record = json.loads(line.decode("utf-8-sig"))
        except UnicodeDecodeError:
            yield Problem(where, "not UTF-8; re-save the file as UTF-8")
            continue
        except json.JSONDecodeError as exc:
            yield Problem(where, f"invalid JSON ({exc.msg})")
            continue
        yield from_record(record, where, stable_id(path.name, str(lineno)))
