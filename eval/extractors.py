"""Compare HTML article extractors on the saved news pages in tests/data/pages: the
loader's old rules (BeautifulSoup blocks) against trafilatura, which records.from_html uses.

    .venv/bin/python eval/extractors.py

For each page, gold.json gives the body paragraphs and the boilerplate lines planted
around them (newsletter boxes, cookie banners, share bars, related links, footers).
Counts body sentences lost and boilerplate lines kept, and whether the title and date
were found. Prints one JSON object and a Markdown table.
"""

from __future__ import annotations

import json
from pathlib import Path

from rag.chunk import sentences
from rag.records import BOILERPLATE_TAGS, from_html

PAGES = Path(__file__).resolve().parent.parent / "tests" / "data" / "pages"


def rules(page: str, path: Path) -> tuple[str, str, str | None]:
    """The loader before trafilatura: the <p>, <li>, <h2/3> and <blockquote> blocks over
    40 characters under <article>, <main> or <body>, after dropping navigation tags."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(page, "html.parser")
    for tag in soup(BOILERPLATE_TAGS):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    blocks = [" ".join(el.get_text(" ", strip=True).split()) for el in root.find_all(BLOCKS)]
    article = from_html(page, path)  # the same title and date reading
    return "\n\n".join(b for b in blocks if len(b) > 40), article.title, article.published


def loader(page: str, path: Path) -> tuple[str, str, str | None]:
    article = from_html(page, path)
    return article.text, article.title, article.published


BLOCKS = ["p", "h2", "h3", "li", "blockquote"]
EXTRACTORS = {"BeautifulSoup + our rules (before)": rules, "trafilatura (records.from_html now)": loader}


def squash(text: str) -> str:
    return " ".join(text.split())


def score(extract) -> dict:
    gold = json.loads((PAGES / "gold.json").read_text())
    lost = kept = titles = dates = total_sentences = total_boiler = 0
    for g in gold:
        path = PAGES / g["page"]
        text, title, published = extract(path.read_text(), path)
        text = squash(text)
        body = [squash(p[a:b]) for p in g["body"] for a, b in sentences(p)]
        total_sentences += len(body)
        total_boiler += len(g["boilerplate"])
        lost += sum(s not in text for s in body)
        kept += sum(b in text for b in g["boilerplate"])
        titles += title.strip() == g["title"]
        dates += (published or "")[:10] == g["date"]
    return {
        "pages": len(gold),
        "body_sentences": total_sentences,
        "body_sentences_lost": lost,
        "boilerplate_lines": total_boiler,
        "boilerplate_lines_kept": kept,
        "titles_right": titles,
        "dates_right": dates,
    }


def main() -> None:
    results = {name: score(extract) for name, extract in EXTRACTORS.items()}
    print(json.dumps(results, indent=1))
    print("| extractor | body sentences lost | boilerplate lines kept | titles right | dates right |")
    print("| --- | --- | --- | --- | --- |")
    for name, r in results.items():
        print(
            f"| {name} | {r['body_sentences_lost']} of {r['body_sentences']} | "
            f"{r['boilerplate_lines_kept']} of {r['boilerplate_lines']} | {r['titles_right']} of {r['pages']} | "
            f"{r['dates_right']} of {r['pages']} |"
        )


if __name__ == "__main__":
    main()
