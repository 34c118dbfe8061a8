"""Sentences from the rest of the retrieved articles, beyond the chunks that matched the
question's words. Three kinds:

- `spoken`: where the one a "what did X say" question asks about speaks. A quote shares
  few words with the question ("“I am overwhelmed and grateful,” Fosse said" for "what
  did fosse say about winning the nobel"), so the matched chunk often holds the story
  about X, and X's own words sit in another paragraph. A sentence is taken when it names
  X (by the head word of how the question calls X) and holds a verb of saying, with the
  quote that goes on after it.
- `aged`: for how old one is, each sentence that gives an age ("the 29-year-old left the
  Los Angeles Angels …"): the matched chunk tells of the deal, the age sits in a sentence
  that shares no word with the question but the name, or none.
- `asking`: for a factoid the found chunks do not answer, each sentence that holds a word
  the question asks about ("The outbreak … infected 7 million turkeys" for "how many
  turkeys did the bird flu infect", in a story whose matched chunk told of prices).

Each comes back as a Hit of its own for evidence.gather to score with the rest (a spoken
one marked `spoken`); whether X says it (bearing.said_by) or it answers (candidates.py,
shown.py) is decided there. Only articles of the question's week are read
(headings.timely). Does not score or choose sentences.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from .bearing import asked_about, names_speaker
from .chunk import sentences as split_sentences
from .counts import AGED
from .furniture import QUOTES
from .headings import timely_articles
from .names import named_words
from .question import AGE, SAID, Question
from .sentences import SAID_BY_ROLE
from .text import content_words, stem, tokens
from .types import Chunk, Hit

SPEAKING_ARTICLES = 3  # retrieved articles read whole for X's words
MOST = 6  # X's sentences taken from one article
ASKING_ARTICLES = 2  # retrieved articles read whole for a refused factoid (2 and 3: the same replies)
SAYING = frozenset(stem(w) for w in SAID | {"call", "ask", "add"})


def spoken(question: Question, hits: list[Hit], near: date | None = None) -> list[Hit]:
    """A Hit for each sentence of the first SPEAKING_ARTICLES retrieved articles that names
    the asked speaker and says something, and each quote going on after one; none when the
    question asks for no one's words."""
    if not question.speaker:
        return []
    out: list[Hit] = []
    for hit in timely_articles(hits, near, SPEAKING_ARTICLES):
        text, taken, going_on, named = hit.article.text, 0, False, False
        for start, end in split_sentences(text, 0, len(text)):
            said = text[start:end]
            quote = said.lstrip().startswith(QUOTES)
            names = names_speaker(question, content_words(said))
            speaks = names and bool(SAYING & {stem(w) for w in tokens(said)})
            # A quote said by a pronoun or a role right after the sentence naming X is X's
            # own: "“I accept and respect the Academy’s decision,” the actor said …" after
            # "Smith issued a quick, concise statement on his ban …".
            by_role = named and bool(SAID_BY_ROLE.search(said))
            going_on = speaks or (quote and (going_on or by_role))
            named = names
            if going_on and taken < MOST:
                taken += 1
                out.append(_sentence(hit, start, end, "said"))
    return out


def aged(question: Question, hits: list[Hit], near: date | None = None) -> list[Hit]:
    """A Hit for each sentence giving an age in the first SPEAKING_ARTICLES retrieved
    articles that name the one asked about; none unless the question asks how old one is."""
    if question.focus != AGE or not question.names:
        return []
    return [
        _sentence(hit, start, end, "aged")
        for hit in timely_articles(hits, near, SPEAKING_ARTICLES)
        if question.names <= named_words(hit.article.title + " " + hit.article.text)
        for start, end in split_sentences(hit.article.text, 0, len(hit.article.text))
        if AGED.search(hit.article.text[start:end])
    ]


def asking(question: Question, hits: list[Hit], near: date | None = None) -> list[Hit]:
    """A Hit for each sentence of the first ASKING_ARTICLES retrieved articles, outside the
    retrieved chunks, that holds a word the question asks about (bearing.asked_about)."""
    asked = asked_about(question)
    if not asked:
        return []
    have = {
        (h.article.id, a)
        for h in hits
        for a, _ in split_sentences(h.article.text, h.chunk.start, h.chunk.end)
    }
    return [
        _sentence(hit, start, end, "asked")
        for hit in timely_articles(hits, near, ASKING_ARTICLES)
        for start, end in split_sentences(hit.article.text, 0, len(hit.article.text))
        if (hit.article.id, start) not in have and asked & content_words(hit.article.text[start:end])
    ]


def _sentence(hit: Hit, start: int, end: int, why: str) -> Hit:
    """One sentence of the hit's article as a Hit of its own, its chunk id naming why it
    was read ("…:said:812"), apart from the index's own chunk ids ("…:3")."""
    text = hit.article.text
    chunk = Chunk(f"{hit.article.id}:{why}:{start}", hit.article.id, start, end, text)
    return replace(hit, chunk=chunk, spoken=why == "said")
