"""Read news articles from files into Article records.

Handles plain text and Markdown (optional front matter), JSON and JSONL (common field
names), HTML pages (main text kept, boilerplate dropped), and RSS/Atom feeds, from files
or URLs (feeds.py). Directories are walked
recursively. Does not chunk, embed or index: see chunk.py and index.py.

Bad input never raises: each unusable file or line becomes a Problem naming it and the
reason, and loading goes on with the rest.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

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
HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d])|opacity\s*:\s*0(?![.\d])"
)

TEXT_FIELDS = ("text", "body", "content", "article", "maintext")
DATE_FIELDS = ("published", "date", "published_at", "publish_date", "date_publish", "pubDate")
LEADING_DATE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\s+")
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.S)


@dataclass(frozen=True)
class Problem:
    where: str  # file, or file:line
    reason: str

    def __str__(self) -> str:
        return f"skipped {self.where}: {self.reason}"


@dataclass
class LoadReport:
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    per_file: dict[str, int] = field(default_factory=dict)  # file -> articles read from it


def parse_date(value) -> str | None:
    """Any common date spelling to ISO YYYY-MM-DD; None when absent or unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)):
        try:
            return datetime.fromtimestamp(value if value < 1e11 else value / 1000).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    match = re.match(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", text)
    if match:
        try:
            return date(*map(int, match.groups())).isoformat()
        except ValueError:
            return None
    from dateutil import parser

    try:
        return parser.parse(text, fuzzy=False).date().isoformat()
    except (ValueError, OverflowError, TypeError):
        return None


def stable_id(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]


def files_under(paths: list[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            yield path


def load_paths(paths: list[str | Path], max_file_mb: float = 20.0, fetch: bool = False) -> LoadReport:
    """Load every article under `paths` (files, folders, feed URLs). Files with unknown
    suffixes inside directories are ignored. `fetch`: see feeds.from_feed."""
    from .feeds import is_url, load_url  # feeds reads entries with this module's helpers

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
        from .feeds import from_feed

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


def _split_leading_date(text: str) -> tuple[str, str | None]:
    """Some feeds prefix the body with 'date YYYY-MM-DD': that is the publication date, not text."""
    match = LEADING_DATE.match(text)
    if not match:
        return text, None
    return text[match.end() :], parse_date(match.group(1))


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
    text, leading_date = _split_leading_date(text)
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


def from_record(record: dict, where: str, fallback_id: str) -> Article | Problem:
    """One JSON object with common news field names to an Article."""
    if not isinstance(record, dict):
        return Problem(where, f"expected a JSON object, found {type(record).__name__}")
    body = next((record[k] for k in TEXT_FIELDS if isinstance(record.get(k), str) and record[k].strip()), "")
    if not body:
        return Problem(where, f"article has no text (looked for fields: {', '.join(TEXT_FIELDS)})")
    body, leading_date = _split_leading_date(body)
    url = str(record.get("url") or record.get("link") or "")
    authors = record.get("authors") or record.get("author") or ()
    if isinstance(authors, str):
        authors = [authors]
    source = record.get("source") or ""
    if isinstance(source, dict):
        source = source.get("name", "")
    title = str(record.get("title") or record.get("headline") or "").strip()
    return Article(
        id=str(record.get("id") or (stable_id(url) if url else fallback_id)),
        title=title or body.strip().split("\n", 1)[0][:80],
        text=body.strip(),
        published=next((d for d in (parse_date(record.get(k)) for k in DATE_FIELDS) if d), leading_date),
        source=str(source) or _domain(url),
        url=url,
        authors=tuple(str(a) for a in authors if a),
        path=where,
    )


def _domain(url: str) -> str:
    match = re.match(r"\w+://(?:www\.)?([^/:]+)", url)
    return match.group(1) if match else ""


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


BOILERPLATE_TAGS = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
)


def hidden(tag) -> bool:
    """Is this HTML element one a reader never sees?"""
    return (
        tag.has_attr("hidden")
        or tag.get("aria-hidden") == "true"
        or bool(HIDDEN_STYLE.search(tag.get("style", "")))
    )


def _main_text(soup) -> tuple[str, str]:
    """The article body (one paragraph per line pair) and author, by trafilatura: on the
    saved pages in tests/data/pages it lost 0 of 60 body sentences where our own rules
    lost 15, and kept half as many boilerplate lines (docs/EVAL.md, eval/extractors.py)."""
    import trafilatura

    doc = trafilatura.bare_extraction(str(soup), with_metadata=True, include_comments=False)
    if doc is None or not doc.text:
        return "", ""
    return "\n\n".join(line.strip() for line in doc.text.splitlines() if line.strip()), doc.author or ""


def from_html(html: str, path: Path) -> Article:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")

    def meta(*names: str) -> str:
        for name in names:
            tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
            if tag and tag.get("content"):
                return tag["content"].strip()
        return ""

    title = meta("og:title", "twitter:title") or (soup.title.get_text(strip=True) if soup.title else "")
    heading = soup.find("h1")
    published = meta("article:published_time", "date", "pubdate", "publish-date", "dc.date")
    if not published and soup.find("time", attrs={"datetime": True}):
        published = soup.find("time", attrs={"datetime": True})["datetime"]
    url = meta("og:url") or (soup.find("link", rel="canonical") or {}).get("href", "")
    for tag in soup.find_all(hidden):
        tag.decompose()
    text, author = _main_text(soup)
    if not text:  # too little for trafilatura to call an article: the visible text
        for tag in soup(BOILERPLATE_TAGS):
            tag.decompose()
        root = soup.find("article") or soup.find("main") or soup.body or soup
        text = " ".join(root.get_text(" ", strip=True).split())
    return Article(
        id=stable_id(url or path.name),
        title=title or (heading.get_text(strip=True) if heading else path.stem),
        text=text,
        published=parse_date(published),
        source=meta("og:site_name") or _domain(url),
        url=url,
        authors=tuple(a for a in [meta("author") or author] if a),
        path=str(path),
    )
