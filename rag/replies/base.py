"""The records every reply kind shares (Context, Quote, Reply) and `render`, which turns
a Reply into the text a person reads, with [n] markers, and its citations. Every sentence
shown is a verbatim sentence (or the verbatim clause after a dateline) of a cited
article; a factoid's short answer or a yes/no verdict stands before the sentence that
states it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import numpy as np

from ..index import Index
from ..scorer import Scorer
from ..sentences import Sentence
from ..types import REFUSAL, Article, Citation, Claim, Hit

# The lead-in of a yes/no reply without a verdict: not the articles' words, so
# eval's unsupported_sentences allows it by name.
NO_VERDICT = "What the news says"


@dataclass(frozen=True)
class Context:
    """What some kinds need besides the sentences."""

    hits: list[Hit]
    near: date | None  # the date the question is about
    scorer: Scorer  # the fitted factoid scorer (factoid and list replies)
    encode: Callable[[list[str]], np.ndarray]
    index: Index
    last: bool = True  # no second look follows (factoid.nearby waits for the last)


@dataclass(frozen=True)
class Quote:
    """A verbatim stretch of an article shown in a reply, and what it is shown for."""

    article: Article
    start: int
    end: int
    lead: str = ""  # a short answer or verdict shown before it ("Seven", "Yes"); "" for none

    @property
    def text(self) -> str:
        """The quoted words on one line (a widened quote may span a paragraph break)."""
        return " ".join(self.article.text[self.start : self.end].split())


@dataclass(frozen=True)
class Reply:
    kind: str
    quotes: tuple[Quote, ...] = ()
    short: str = ""  # a factoid's short answer ("seven", "12 or 14"); "" for other kinds
    confidence: float = 0.0
    heading: str = ""  # text before the quotes that is about the corpus, not from an article (overview)
    footer: str = ""  # likewise, after them
    lead_in: str = ""  # NO_VERDICT: the quotes bear on the question but give no verdict
    astray: bool = False  # a factoid from sentences naming none of its names; a list of whom no sentence says it was done to

    @property
    def refused(self) -> bool:
        # A short answer with no quote is a multiple-choice pick no sentence names.
        return not self.quotes and not self.heading and not self.short


def quote(s: Sentence, lead: str = "", start: int | None = None) -> Quote:
    """A sentence as a Quote; `start` widens it back to include the sentences before it
    (sentences.widened)."""
    return Quote(s.article, s.start if start is None else start, s.end, lead)


def render(reply: Reply) -> tuple[str, list[Citation], list[Claim]]:
    """The reply's text with [n] markers, its citations, and (for a factoid) its claims."""
    citations: list[Citation] = []
    numbers: dict[tuple[str, int, int], int] = {}
    lines, claims = [], []
    # List items one sentence names share its line: "- Paul Mescal, Emily Blunt — "…" [1]".
    shared: list[str] = []
    previous = None
    for q in reply.quotes:
        key = (q.article.id, q.start, q.end)
        if key not in numbers:
            numbers[key] = len(citations) + 1
            a = q.article
            said = a.text[q.start : q.end]
            citations.append(
                Citation(numbers[key], a.id, a.title, a.published, a.source, a.url, said, q.start, q.end)
            )
        n = numbers[key]
        if reply.kind == "overview":
            lines.append(f"- {q.article.title} ({q.article.published or 'date unknown'}) [{n}]")
        elif q.lead:
            # A plain word opens the line capitalized ("Seven"); a web address or a brand
            # written in its own case ("buybuybaby.com", "iPhone") stays as the text has it.
            first = q.lead.split()[0] if q.lead.split() else ""
            as_written = any(ch.isupper() for ch in first[1:]) or re.search(r"\w\.\w", first)
            lead = q.lead if as_written else q.lead[:1].upper() + q.lead[1:]
            if reply.kind == "list" and key == previous:
                shared.append(lead)
                lines[-1] = f'- {", ".join(shared)} — "{q.text}" [{n}]'
            else:
                shared = [lead]
                lines.append(f'{"- " if reply.kind == "list" else ""}{lead} — "{q.text}" [{n}]')
            claims.append(Claim(q.lead, (n,)))
        else:
            lines.append(f"{q.text} [{n}]")
        previous = key
    if reply.refused:
        return REFUSAL, [], []
    if not lines and reply.short:
        return reply.short, [], []
    body = " ".join(lines) if reply.kind in ("describe", "summary") or reply.lead_in else "\n".join(lines)
    if reply.lead_in:
        body = f"{reply.lead_in}: {body}"
    body = "\n".join(part for part in (reply.heading, body, reply.footer) if part)
    return body, citations, claims
