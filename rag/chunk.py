"""Split article text into sentences and sentence-aligned, overlapping chunks.

Every span is a pair of character offsets into Article.text, so a quote can always be
traced back to the exact place it came from. Does not embed or store anything.
"""

from __future__ import annotations

import re

from .text import STOPWORDS
from .types import Article, Chunk

# A sentence ends at . ! or ? (closing quotes or brackets may follow) before white space
# and a capital, digit or opening quote; a blank line always ends one.
BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n\s*\n")
# What follows a quoted question or exclamation and says who spoke ("“… a child grieve?”
# Freeman asked his House colleagues."): the same sentence, not a new one.
ATTRIBUTION = re.compile(
    r"(?:[\w'’.,-]+\s+){0,4}(?:said|says|asked|asks|added|wrote|told|explained|continued|shouted)\b[^.!?\n]{0,40}[.!?]"
)
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lt",
    "col", "sgt", "capt", "rev", "mt", "ft", "inc", "co", "corp", "ltd", "vs", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ave",
    "reps", "sens", "gens", "cpl", "maj", "adm", "cmdr", "pvt", "pfc", "spc", "det", "supt",
}  # fmt: skip
# Abbreviations that stand for a word only before a number: "No. 1", a road ("shut down Del.
# 9 and Del. 72", "Md. 213", "Hwy. 1"), "Vol. 3"; "… said no. He …" and "… in Dover, Del.
# The …" end a sentence.
BEFORE_NUMBERS = {"no", "nos", "del", "md", "hwy", "rte", "rt", "vol"}
NUMBERED = re.compile(r"\d")
# Letters joined by points ("U.S.", "a.m.", "E.T.", "D.C."): a title or a name runs on after one.
INITIALISM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
# A short aside that closes soon after the point: "off New Castle Avenue (Del. 9) in …".
SHORT_ASIDE = re.compile(r"[^().!?\n]{1,12}\)")


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans within text[start:end], as absolute offsets, white space trimmed."""
    end = len(text) if end is None else end
    spans = []
    cursor = start
    for match in BOUNDARY.finditer(text, start, end):
        if match.group(0)[0] == "." and "\n\n" not in re.sub(r"[ \t]", "", match.group(0)):
            # "Gen. Smith" and "J. Smith" go on; "rose 7 to 2." ends a sentence.
            found = re.search(r"([\w.]+)$", text[cursor : match.start()])
            word = found.group(1) if found else ""
            if (
                word.lower() in ABBREVIATIONS
                or (word.lower() in BEFORE_NUMBERS and NUMBERED.match(text, match.end()))
                or (word.isalpha() and len(word) == 1)
                or (INITIALISM.fullmatch(word) and not _opens_sentence(text, cursor, match.end()))
                or _in_short_aside(text, cursor, match)
            ):
                continue
        if (
            match.group(0)[0] in "?!"
            and match.group(0).rstrip()[-1] in "\"”’'"
            and ATTRIBUTION.match(text, match.end(), end)
        ):
            continue
        spans.append(_trim(text, cursor, match.start() + len(match.group(0).rstrip())))
        cursor = match.end()
    spans.append(_trim(text, cursor, end))
    return [(a, b) for a, b in spans if b > a]


def _opens_sentence(text: str, cursor: int, at: int) -> bool:
    """Is the word at `at` one that starts a sentence, not a name's next word: "The" of "…
    in the U.S. The …", not "Navy" of "The U.S. Navy", nor "The" of a title quoted or set
    in brackets ("(“E.T. The Extra-Terrestrial")")?"""
    opened = text[cursor:at]
    if opened.count("“") > opened.count("”") or opened.count("(") > opened.count(")"):
        return False
    word = re.match(r"[\"'“‘(\[]?([A-Za-z]+)", text[at:])
    return word is not None and word.group(1).lower() in STOPWORDS


def _in_short_aside(text: str, cursor: int, match: re.Match) -> bool:
    opened = text[cursor : match.start()]
    return opened.count("(") > opened.count(")") and bool(SHORT_ASIDE.match(text, match.end()))


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def chunk_article(article: Article, chunk_chars: int = 700, overlap: int = 1) -> list[Chunk]:
    """Greedy packing of whole sentences up to chunk_chars; `overlap` sentences repeat across a cut."""
    spans = []
    for a, b in sentences(article.text):
        # A sentence longer than a chunk (a table, a run-on list) is cut at white space.
        while b - a > chunk_chars:
            cut = article.text.rfind(" ", a, a + chunk_chars)
            cut = cut if cut > a else a + chunk_chars
            spans.append((a, cut))
            a = cut + 1
        spans.append((a, b))
    chunks: list[Chunk] = []
    i = 0
    while i < len(spans):
        j = i + 1
        while j < len(spans) and spans[j][1] - spans[i][0] <= chunk_chars:
            j += 1
        start, end = spans[i][0], spans[j - 1][1]
        chunks.append(Chunk(f"{article.id}:{len(chunks)}", article.id, start, end, article.text))
        if j >= len(spans):
            break
        i = max(i + 1, j - overlap)
    return chunks


def embed_text(chunk: Chunk, article: Article) -> str:
    """What the embedder sees: headline and date give a chunk the context its sentences lack."""
    return f"{article.title} ({article.published or 'date unknown'})\n{chunk.text}"
