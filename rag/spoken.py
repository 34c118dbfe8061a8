"""The sentences where the one a "what did X say" question asks about speaks, from the
whole of the retrieved articles: a quote shares few words with the question ("“I am
overwhelmed and grateful,” Fosse said" for "what did fosse say about winning the nobel"),
so the chunk that matched the question's words often holds the story about X, and X's
own words sit in another paragraph.

A sentence is taken when it names X and holds a verb of saying, with the quote that goes
on after it (a sentence opening with a quote mark). Each comes back as a Hit of its own,
marked `spoken`, for evidence.gather to score with the rest; whether X says it is
evidence.said_by's to decide. Does not score or choose sentences.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from .chunk import sentences as split_sentences
from .evidence import QUOTES
from .headings import timely
from .question import SAID, Question
from .text import content_words, stem, tokens
from .types import Chunk, Hit

ARTICLES = 3  # retrieved articles read whole for X's words
MOST = 6  # sentences taken from one article
SAYING = frozenset(stem(w) for w in SAID | {"call", "ask", "add"})


def spoken(question: Question, hits: list[Hit], near: date | None = None) -> list[Hit]:
    """A Hit for each sentence of the first ARTICLES retrieved articles of the question's
    week that names the asked speaker and says something, and each quote going on after
    one; none when the question asks for no one's words."""
    if not question.speaker:
        return []
    out: list[Hit] = []
    read: list[str] = []
    for hit in hits:
        if hit.article.id in read or not timely(hit.article.published, near):
            continue
        read.append(hit.article.id)
        text, taken, going_on = hit.article.text, 0, False
        for start, end in split_sentences(text, 0, len(text)):
            said = text[start:end]
            words = content_words(said)
            named = bool(question.speaker & words) and (
                not question.speaker_head or question.speaker_head in words
            )
            speaks = named and bool(SAYING & {stem(w) for w in tokens(said)})
            going_on = speaks or (going_on and said.lstrip().startswith(QUOTES))
            if going_on and taken < MOST:
                taken += 1
                out.append(
                    replace(
                        hit,
                        chunk=Chunk(f"{hit.article.id}:said:{start}", hit.article.id, start, end, text),
                        spoken=True,
                    )
                )
        if len(read) == ARTICLES:
            break
    return out
