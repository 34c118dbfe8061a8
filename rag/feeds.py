"""RSS and Atom feeds, from a file or a URL, into Article records (with feedparser).

Each entry gives the title, link, date, author, and its content or else its summary,
with the HTML taken out. With `fetch`, an entry that carries only a summary has its
linked page fetched and its article text extracted (records.from_html). Fetching is plain
HTTP(S) with a time and size limit; nothing else here touches the network. Does not
schedule anything: `rag watch` re-runs the ingest.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from .records import Problem, from_html, from_record, hidden, stable_id
from .types import Article

TIMEOUT_S = 30
USER_AGENT = "news-rag (+offline question answering; fetches only what it is given)"


def is_url(path) -> bool:
    return str(path).startswith(("http://", "https://"))


def fetch_url(url: str, max_mb: float) -> bytes:
    """The body at `url`; OSError (with a plain reason) when it cannot be had."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
            body = response.read(int(max_mb * 1e6) + 1)
    except urllib.error.HTTPError as exc:
        raise OSError(f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise OSError(str(exc.reason)) from None
    except TimeoutError:
        raise OSError(f"no answer within {TIMEOUT_S} s") from None
    if len(body) > max_mb * 1e6:
        raise OSError(f"over the {max_mb:g} MB limit")
    return body


def load_url(url: str, max_mb: float, fetch: bool = False) -> Iterator[Article | Problem]:
    try:
        raw = fetch_url(url, max_mb)
    except OSError as exc:
        yield Problem(url, f"cannot be fetched ({exc}); it is tried again on the next ingest")
        return
    yield from from_feed(raw, url, max_mb, fetch)


def from_feed(
    raw: bytes, where: str, max_mb: float = 20.0, fetch: bool = False
) -> Iterator[Article | Problem]:
    import feedparser

    feed = feedparser.parse(raw)
    if not feed.entries:
        reason = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        yield Problem(where, f"not an RSS or Atom feed with entries{reason}")
        return
    source = feed.feed.get("title", "")
    for i, entry in enumerate(feed.entries):
        content = entry.get("content") or []
        html = content[0].get("value", "") if content else ""
        text = html_text(html or entry.get("summary", ""))
        link = entry.get("link", "")
        if fetch and not html and link:
            text = _page_text(link, max_mb) or text
        record = {
            "title": entry.get("title", ""),
            "text": text,
            "url": link,
            "published": entry.get("published") or entry.get("updated") or "",
            "author": entry.get("author", ""),
            "source": source,
        }
        yield from_record(record, f"{where}#{i}", stable_id(link or entry.get("id", "") or f"{where}#{i}"))


def html_text(fragment: str) -> str:
    """A feed's HTML content as text: one paragraph per block."""
    if "<" not in fragment:
        return fragment.strip()
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(fragment, "html.parser")
    for tag in [*soup(["script", "style"]), *soup.find_all(hidden)]:
        tag.decompose()
    blocks = [" ".join(b.get_text(" ", strip=True).split()) for b in soup.find_all(["p", "li", "h2", "h3"])]
    return "\n\n".join(b for b in blocks if b) or " ".join(soup.get_text(" ", strip=True).split())


def _page_text(url: str, max_mb: float) -> str:
    try:
        page = fetch_url(url, max_mb)
    except OSError:
        return ""  # the summary stands in
    return from_html(page.decode("utf-8", "replace"), Path(url.rsplit("/", 1)[-1] or "page.html")).text
