"""RSS/Atom feeds from files and from a local HTTP server (127.0.0.1 only), on the real embedder."""

import subprocess
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from rag.index import Index
from rag.ingest import ingest
from rag.load import load_paths
from rag.settings import Settings

from .conftest import DATA, ROOT

FEED = DATA / "feed.rss"


def test_rss_items_become_dated_articles_with_text_from_their_content():
    loaded = load_paths([FEED])
    assert loaded.problems == []
    by_title = {a.title: a for a in loaded.articles}
    assert len(by_title) == 3
    market = by_title["Harbor Town opens a new fish market"]
    assert market.published == "2024-06-03" and market.url == "https://example.org/fish-market"
    assert market.authors == ("Ines Moreau",) and market.source.startswith("Harbor Town Gazette")
    assert "32 stalls" in market.text and "999" not in market.text  # hidden text is dropped
    assert by_title["Harbor Town school wins robotics prize"].text.startswith(
        "Students from Harbor Town High"
    )


def test_a_feed_ingested_twice_adds_its_items_once(tmp_path, embedder):
    settings = Settings(index_dir=tmp_path / "index")
    first = ingest([FEED], settings, embedder)
    assert len(first.added) == 3
    again = ingest([FEED], settings, embedder)
    assert again.added == [] and again.unchanged == 3
    assert sorted(a.published for a in Index.open(settings.index_dir).articles.values()) == [
        "2024-06-03", "2024-06-04", "2024-06-05",
    ]  # fmt: skip


@pytest.fixture
def site(tmp_path):
    """A feed whose entries carry only summaries, and the pages they link to, on 127.0.0.1."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(SimpleHTTPRequestHandler, directory=str(tmp_path)))
    url = f"http://127.0.0.1:{server.server_address[1]}"
    (tmp_path / "page.html").write_text(
        "<html><body><nav>Home | Sports | Weather</nav><article><h1>Bridge reopens</h1>"
        "<p>The Elm Street bridge reopened on Friday after eight months of repairs costing 3 million dollars.</p>"
        "<p>Engineer Sofia Lindqvist said the new deck will last fifty years.</p></article></body></html>"
    )
    (tmp_path / "feed.atom").write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Local wire (test fixture)</title>"
        f'<entry><title>Bridge reopens</title><link href="{url}/page.html"/>'
        "<updated>2024-07-05T08:00:00Z</updated><id>tag:example.org,2024:bridge</id>"
        "<summary>The Elm Street bridge reopened.</summary></entry>"
        f'<entry><title>Gone page</title><link href="{url}/missing.html"/>'
        "<updated>2024-07-06T08:00:00Z</updated><id>tag:example.org,2024:gone</id>"
        "<summary>A summary that stands in when the page cannot be fetched.</summary></entry></feed>"
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield url
    server.shutdown()


def test_a_feed_url_is_read_and_fetch_reads_the_linked_pages(site):
    plain = {a.title: a.text for a in load_paths([f"{site}/feed.atom"]).articles}
    assert plain["Bridge reopens"] == "The Elm Street bridge reopened."
    fetched = {a.title: a.text for a in load_paths([f"{site}/feed.atom"], fetch=True).articles}
    assert (
        "eight months of repairs" in fetched["Bridge reopens"] and "Weather" not in fetched["Bridge reopens"]
    )
    assert fetched["Gone page"].startswith("A summary that stands in")
    missing = load_paths([f"{site}/no-such-feed.xml"])
    assert missing.articles == [] and "cannot be fetched (HTTP 404" in missing.problems[0].reason


def test_watch_reingests_on_a_schedule_and_keeps_going(tmp_path):
    run = subprocess.run(
        [sys.executable, "-m", "rag.cli", "watch", str(FEED), "--index", str(tmp_path / "i"), "--every", "1s", "--rounds", "2"],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert run.stdout.count("index holds 3 articles") == 2
    assert "3 new" in run.stdout and "3 unchanged" in run.stdout
