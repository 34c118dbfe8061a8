"""Loaders: every supported format, every kind of bad input, and date parsing."""

import json

import pytest

from rag.load import load_file, load_paths
from rag.records import parse_date
from rag.types import Article

from .conftest import ROOT, SEED_ID, SHARED


def one(path, **kw):
    items = list(load_file(path, **kw))
    assert len(items) == 1, items
    return items[0]


@pytest.mark.parametrize(
    "value, iso",
    [
        ("2023-12-05", "2023-12-05"),
        ("2023/10/06", "2023-10-06"),
        ("2023-12-05T14:03:00Z", "2023-12-05"),
        ("Tue, 05 Dec 2023 10:00:00 GMT", "2023-12-05"),
        ("December 5, 2023", "2023-12-05"),
        (1701734400, "2023-12-05"),
        ("", None),
        (None, None),
        ("not a date", None),
        ("2023-13-45", None),
    ],
)
def test_parse_date(value, iso):
    assert parse_date(value) == iso


def test_seed_article_keeps_its_text_and_metadata():
    article = one(ROOT / "corpus" / f"000_{SEED_ID}.txt")
    assert article.id == SEED_ID
    assert article.published == "2023-12-05"
    assert "Díaz-Canel" in article.title
    # The leading "date 2023-12-05" is the publication date, not body text.
    assert article.text.startswith("Ayatollah Khamenei made the remarks")
    assert "seven cooperation documents were signed between the two countries." in article.text
    seed = SHARED / "seed" / f"000_{SEED_ID}.txt"
    if seed.exists():
        assert seed.read_text(encoding="utf-8").strip().endswith(article.text)


def test_markdown_front_matter(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: Budget passes\ndate: March 3, 2024\nsource: The Daily\nurl: https://x.org/b\n---\nThe budget passed.\n"
    )
    a = one(path)
    assert (a.title, a.published, a.source, a.url, a.text) == (
        "Budget passes",
        "2024-03-03",
        "The Daily",
        "https://x.org/b",
        "The budget passed.",
    )


def test_plain_text_without_metadata_uses_heading_or_file_name(tmp_path):
    (tmp_path / "story.txt").write_text("Rain fell all day.")
    (tmp_path / "head.md").write_text("# Storm hits coast\n\nRain fell all day and more.")
    assert one(tmp_path / "story.txt").title == "story"
    assert one(tmp_path / "story.txt").published is None
    assert one(tmp_path / "head.md").title == "Storm hits coast"


def test_json_and_jsonl_common_field_names(tmp_path):
    records = [
        {
            "id": "x1",
            "title": "A",
            "body": "Body A.",
            "published_at": "2023-01-02",
            "url": "https://www.news.com/a",
        },
        {
            "headline": "B",
            "content": "Body B.",
            "date": "2023/02/03",
            "source": {"name": "Wire"},
            "authors": "Jo",
        },
    ]
    (tmp_path / "list.json").write_text(json.dumps(records))
    (tmp_path / "lines.jsonl").write_text("\n".join(json.dumps(r) for r in records))
    for name in ("list.json", "lines.jsonl"):
        a, b = load_file(tmp_path / name)
        assert (a.id, a.title, a.text, a.published, a.source) == (
            "x1",
            "A",
            "Body A.",
            "2023-01-02",
            "news.com",
        )
        assert (b.title, b.text, b.published, b.source, b.authors) == (
            "B",
            "Body B.",
            "2023-02-03",
            "Wire",
            ("Jo",),
        )


def test_html_keeps_article_text_and_drops_boilerplate(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        """<html><head><title>Site | Port reopens</title>
        <meta property="og:title" content="Port reopens after storm">
        <meta property="article:published_time" content="2024-05-01T08:00:00Z">
        <meta property="og:site_name" content="Coast News"><script>var x = 1;</script></head>
        <body><nav><a href="/">Home</a> <a href="/world">World news and more links here</a></nav>
        <article><h1>Port reopens after storm</h1>
        <p>The port of Lindholm reopened on Wednesday after a storm closed it for four days.</p>
        <p>Harbour master Ines Vale said 30 ships were waiting to enter the harbour.</p></article>
        <footer><p>Copyright Coast News 2024, all rights reserved, subscribe today.</p></footer></body></html>"""
    )
    a = one(path)
    assert a.title == "Port reopens after storm"
    assert a.published == "2024-05-01"
    assert a.source == "Coast News"
    assert "30 ships were waiting" in a.text
    assert "Copyright" not in a.text and "var x" not in a.text and "World news" not in a.text


def problems_of(path, **kw):
    return [str(p) for p in load_file(path, **kw) if not isinstance(p, Article)]


def test_bad_files_each_give_one_line_naming_the_file(tmp_path):
    cases = {
        "empty.txt": (b"", "file is empty"),
        "blank.md": (b"  \n\n ", "file is empty"),
        "binary.txt": (b"\x89PNG\x00\x00\x01\x02" * 10, "binary file"),
        "latin1.txt": ("Caf\u00e9 news".encode("latin-1"), "not UTF-8"),
        "truncated.json": (b'[{"title": "A", "text": "abc"', "invalid JSON"),
        "notext.json": (b'{"title": "Only a title"}', "no text"),
        "image.png": (b"png", "unknown file type"),
    }
    for name, (data, reason) in cases.items():
        (tmp_path / name).write_bytes(data)
        messages = problems_of(tmp_path / name)
        assert len(messages) == 1 and name in messages[0] and reason in messages[0], (name, messages)
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert "cannot be read" in problems_of(folder)[0]
    assert "no such file" in problems_of(tmp_path / "missing.txt")[0]


def test_large_file_is_skipped_with_the_limit_named(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(50 * 1000 * 1000)
    messages = problems_of(big)
    assert "50.0 MB is over the 20 MB limit" in messages[0]


def test_jsonl_with_broken_lines_keeps_the_good_ones(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"id": "a", "title": "A", "text": "Good one."}\n'
        '{"id": "b", "title": "B", "text": "cut off\n'
        "\n"
        '{"id": "c", "title": "C"}\n'
        "[1, 2]\n"
        '{"id": "d", "title": "D", "text": "Good two."}\n'
    )
    report = load_paths([tmp_path])
    assert [a.id for a in report.articles] == ["a", "d"]
    assert [p.where for p in report.problems] == [f"{path}:2", f"{path}:4", f"{path}:5"]
    assert "invalid JSON" in report.problems[0].reason
    assert "no text" in report.problems[1].reason
    assert "expected a JSON object" in report.problems[2].reason


def test_directory_is_walked_recursively(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.txt").write_text("Deep story.")
    (tmp_path / "top.md").write_text("Top story.")
    (tmp_path / "notes.csv").write_text("ignored")
    report = load_paths([tmp_path])
    assert sorted(a.title for a in report.articles) == ["deep", "top"]
    assert report.problems == []


def test_control_characters_are_stripped_and_records_have_a_size_limit(tmp_path):
    from rag.load import load_paths

    body = "A" * 900 + "\x00 The bridge\x07 reopened.\x1b"
    (tmp_path / "nul.jsonl").write_text(
        json.dumps({"title": "Bridge\x00", "text": body})
        + "\n"
        + json.dumps({"title": "Big", "text": "x" * 3000})
    )
    report = load_paths([tmp_path], max_file_mb=0.002)
    [article] = report.articles
    assert "\x00" not in article.text and "\x07" not in article.text and article.text.endswith("reopened.")
    assert article.title == "Bridge"
    assert any("limit per article" in p.reason for p in report.problems)


def test_html_extraction_on_the_saved_news_pages_loses_no_body_sentence():
    """The extractor comparison of docs/EVAL.md (eval/extractors.py), held as a floor."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("extractors", ROOT / "eval" / "extractors.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    figures = module.score(module.loader)
    assert figures["pages"] == 20 and figures["body_sentences_lost"] == 0
    assert figures["boilerplate_lines_kept"] <= 18 and figures["titles_right"] == 20
