"""The items an article lists under a lead-in, for a list question ("which bars …",
"which states …"). News sets a list out of its sentences, so the factoid reader, which
reads sentences, never sees it:

- each item a paragraph opening on its name and a colon, under a subhead: "Game Time
  Sports Bar & Grill: Whether it's the Reds, Bengals or …" under "Sports bars, restaurants
  in Northern Kentucky";
- each item a line of its own, with what is said of it in the paragraphs between: "Cory's
  Cuties in Elkland" under "Here is an incomplete snapshot of other SWMO breeders included
  in the Humane Society’s “Horrible Hundred” list."; "Connecticut" and its store's address
  under "Where are the 11 Buybuy Baby locations that will reopen?".

A block answers when its lead-in comes close to the question in meaning (LEAD_COSINE) and
it, or its article's title, names what the question names. An item must be of the asked
type where the question asks one by its noun ("which states": a place). Does not score
sentences or choose factoid answers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .furniture import FURNITURE, LINKED, PARAGRAPH, headline, linked
from .names import asked_share, named_words
from .question import FOCUS_LABELS, Question
from .text import content_words, parse, stem
from .types import Article

# Cosine of the question and a lead-in, from the chat set's list questions: the lead-ins
# that answer came at 0.75 ("Sports bars, restaurants in Northern Kentucky") and 0.79 ("Where
# are the 11 Buybuy Baby locations that will reopen?"); "USA vs. Portugal predictions", over
# two pundits' picks, at 0.53 for "who will the uswnt play next".
LEAD_COSINE = 0.65
ITEM_WORDS = 8  # an item's name, or its line, is at most this many words
ITEMS_AT_LEAST = 2  # fewer items under a lead-in are no list
SAID_ITEM_WORDS = 25  # a thing listed in a sentence of its own is told in at most this many words
MOST = 12  # items shown at most
ARTICLES = 3  # best retrieved articles read for lists
CAPITALIZED_SHARE = 0.5  # an item's line of no asked type is a name: this share of its words capitalized
NAMED = re.compile(r"([A-Z0-9][^:.!?\n]{0,80}?):\s")  # "Game Time Sports Bar & Grill: …"


@dataclass(frozen=True)
class Item:
    """One listed item: its name (`start`–`named`) and what is quoted for it (to `end`)."""

    article: Article
    start: int
    named: int
    end: int

    @property
    def name(self) -> str:
        return self.article.text[self.start : self.named].strip()


def listed(
    question: Question, articles: list[Article], encode: Callable[[list[str]], np.ndarray]
) -> tuple[list[Item], float]:
    """The items of the block whose lead-in is closest to the question, of the first
    `ARTICLES` articles, and that closeness (cosine); none when no lead-in comes close
    enough or names what the question names."""
    blocks = [
        (lead, items)
        for article in articles[:ARTICLES]
        for lead, items in _blocks(question, article)
        if not question.names
        or asked_share(question.names, frozenset(named_words(lead) | named_words(article.title))) == 1
    ]
    if not blocks:
        return [], 0.0
    vectors = encode([question.spelled or question.text, *(lead for lead, _ in blocks)])
    cosines = vectors[1:] @ vectors[0]
    best = int(np.argmax(cosines))
    return (blocks[best][1][:MOST], float(cosines[best])) if cosines[best] >= LEAD_COSINE else ([], 0.0)


def _blocks(question: Question, article: Article) -> list[tuple[str, list[Item]]]:
    """Each paragraph followed by at least ITEMS_AT_LEAST items of the asked type, with them."""
    paragraphs = [(m.start(), m.end()) for m in PARAGRAPH.finditer(article.text) if m.group().strip()]
    out = []
    for i, (a, b) in enumerate(paragraphs[:-1]):
        if NAMED.match(article.text, a, b):
            continue  # an item itself, not what leads in to the rest
        below = paragraphs[i + 1 :]
        items = (
            _named_items(question, article, below)
            or _line_items(question, article, below)
            or _said_items(question, article.text[a:b], article, below)
        )
        if len(items) >= ITEMS_AT_LEAST:
            out.append((article.text[a:b].strip(), items))
    return out


def _named_items(question: Question, article: Article, paragraphs: list[tuple[int, int]]) -> list[Item]:
    """The paragraphs in a row that open on a name of the asked type and a colon, up to the
    first that does not ("TV: Sunday, 1 p.m." names no one a "who" asks for); each quoted
    to the end of its first sentence."""
    items = []
    for a, b in paragraphs:
        m = NAMED.match(article.text, a, b)
        if m is None or LINKED.match(article.text[a:b]) or not _item(question, m.group(1), whole=False):
            break
        stop = re.search(r"[.!?](?=\s|$)", article.text[m.end() : b])
        items.append(Item(article, a, a + len(m.group(1)), m.end() + stop.end() if stop else b))
    return items


def _line_items(question: Question, article: Article, paragraphs: list[tuple[int, int]]) -> list[Item]:
    """The lines below it that name one of the asked type each, the first right below it,
    past the paragraphs between them (what is said of each) and lines that open on a number
    (an address), up to a line of another kind: a subhead, a question, a link."""
    items: list[Item] = []
    for a, b in paragraphs:
        line = article.text[a:b].strip()
        name = line.rstrip(":").strip()
        if _item(question, name):
            items.append(Item(article, a, a + len(name), a + len(name)))
        elif (
            not items
            or line.endswith("?")
            or LINKED.match(line)
            or (headline(line) and not line[:1].isdigit())
        ):
            break
    return items


def _said_items(
    question: Question, lead: str, article: Article, paragraphs: list[tuple[int, int]]
) -> list[Item]:
    """Short paragraphs below a lead-in that announces things of the asked noun with a
    colon ("Here's a list of foods that might've appeared on the table instead:"), each
    opening on the thing ("Deer, likely roasted over a smoldering fire …", "Pumpkin
    custard."), up to the first longer one or a question. Only where the question asks for
    things by a common noun (no type a tagger names)."""
    if FOCUS_LABELS.get(question.focus) or question.labels or not question.focus:
        return []
    if not lead.rstrip().endswith(":") or stem(question.focus) not in content_words(lead):
        return []
    items = []
    for a, b in paragraphs:
        line = article.text[a:b].strip()
        if (
            len(line.split()) > SAID_ITEM_WORDS
            or line.endswith("?")
            or not line[:1].isupper()
            or linked(line)
        ):
            break
        name = re.split(r",|\.|\s(?:such as|like|including)\s", line, maxsplit=1)[0]
        items.append(Item(article, a, a + len(name), b))
    return items


def _item(question: Question, line: str, whole: bool = True) -> bool:
    """Is the line a name, of the asked type where the question asks one: "Connecticut" for
    "which states", "Cory's Cuties in Elkland" (most of its words capitalized) for "which
    kennels", not "How to avoid puppy mills", nor a link ("Read Nancy Armour's full column
    here") or a credit? A line `whole`, not a paragraph's opening name, is all one name and
    holds no number (an address: "P.O. Box 571")."""
    words = line.split()
    if not words or len(words) > ITEM_WORDS or not headline(line) or not line[:1].isupper():
        return False
    if FURNITURE.search(line) or linked(line) or (whole and re.search(r"\d", line)):
        return False
    labels = FOCUS_LABELS.get(question.focus) or question.labels
    if labels:
        return any(e.label_ in labels and (e.text == line or not whole) for e in parse(line).ents)
    return sum(w[:1].isupper() for w in words) > CAPITALIZED_SHARE * len(words)
