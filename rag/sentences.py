"""A retrieved sentence and the sentences around it.

`Sentence`: a stretch of an article with its scores against the question. Around it:
the sentence before and after it (`before`, `following`, `after`), whether it leans on
the one before ("He criticized …", `leans`) and how far a reply widens it back
(`widened`), the names a pronoun or a definite description refers back to
(`referent_names`, `names_before`), the story's lead (`lead`), the place a story was
filed from (`dated_from`), the places its lead names (`lead_places`) and the place a
roundup's subhead sets the sentences under it in (`section_places`). Does not score
sentences (evidence.py) or judge what they say about a question (bearing.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np

from .chunk import sentences as split_sentences
from .furniture import QUOTES, readable, set_alone, subheads
from .names import named_words
from .text import CALENDAR_WORDS, content_words, parse, stem, stop_words
from .types import Article, Hit
from .untrusted import planted_at

NAME_WORDS = 4  # a subhead of this many words or fewer, all capitalized, is a name
# The town a roundup's paragraph was filed from, opening it: "Washington: Mayor …".
ROUNDUP_TOWN = re.compile(r"\s*[A-Z][\w.'’ -]{0,30}:\s")
LEXICAL_WEIGHT = 0.5  # shared question words, against cosine, when ordering sentences
# Sentences that lean on the one before them: a pronoun, a word that answers it ("But",
# "Even if that means …"), or a definite description as the speaker ("The company said …").
LEANING = re.compile(
    r"^(?:He|She|They|It|His|Her|Their|Its|This|That|These|Those|Both|The two"
    r"|But|And|Yet|Still|However|Instead|Even if|Even so)\b"
    r"|^The [a-z]+(?: [a-z]+)? (?:said|says|added|noted|stressed|told|announced|declined|did not|also)\b"
)
# A definite description as a sentence's subject: "The recent outage started …".
LEAD_BACK = re.compile(r"^The (?:[a-z]+ )?[a-z]{4,} (?:[a-z]+ed|is|was|were|has|had|will)\b")
CALENDAR = frozenset(map(stem, CALENDAR_WORDS))  # a month or a day is no name of its own
OPENING = 8  # sentences a lead is looked for in: a byline, "USA TODAY" and subheads may come first
# A sentence that refers back to the one before it for what it is about: a pronoun or a
# definite description as its subject ("The blaze killed …", "The company said …").
REFERS = re.compile(r"^(?:He|She|They|It|His|Her|Their|Its|This|These|The [a-z]+)\b")
CAPITALIZED = re.compile(r"[A-Z][\w'’-]*")  # a word written as a name is
# A quote said by a pronoun or a role: "“It’s really cool …,” the Kansas City Chiefs
# quarterback said" names its speaker in the paragraph before.
SAID_BY_ROLE = re.compile(
    r"[,!?][”\"]\s+(?:(?:he|she)\s+|the\s+(?:[\w'’.-]+\s+){0,5}?)(?:said|says|told|added|explained)\b"
)
# A sentence that closes a quote it never opened: "…to be expelled,” Garcia said.", or
# with a straight mark glued to its last word: `… prison pipeline," said Carol Craig`.
QUOTE_TAIL = re.compile(r"[^\"“”]*(?:”|(?<=\S)\")")
LEAN_BACK = 2  # sentences a leaning one may bring before it
# A dateline before the lead: "date 2023-12-05", "WASHINGTON (AP) —", "PHOENIX - ",
# "LOSAIL, Qatar — ", "ACAPULCO, Mexico (AP) — ", "Doha CNN — ", "LONDON, Dec 5 (Reuters) -";
# not a name the sentence goes on about ("Feliciano — who has family in …").
DATELINE = re.compile(
    r"^(?:date \d{4}-\d\d-\d\d\s+|[A-Z][A-Z .,'-]{2,40}(?:\([A-Za-z .]+\))?\s*[—–-]+\s+"
    r"|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:, [A-Z][\w.'’ -]{1,30}?\s*|\s*(?=\(|CNN))"
    r"(?:\(AP\)|CNN|\(Reuters\))?\s*[—–]\s"
    r"|[A-Z][A-Za-z .]+, [A-Z][a-z]{2,8}\.? \d{1,2} \((?:Reuters|AP|AFP)\)\s*[—–-]+\s+)"
)


@dataclass(frozen=True)
class Sentence:
    hit: Hit
    start: int  # offsets into hit.article.text
    end: int
    relevance: float  # cosine similarity to the question
    overlap: float  # share of the question's content words it contains
    rank: int  # 1-based rank of its chunk in retrieval
    missing: float = 0.0  # share of the question's proper nouns it lacks (title included)
    titled_overlap: float = 0.0  # share of the question's content words in it or its article's title
    vector: np.ndarray | None = field(default=None, compare=False, repr=False)  # unit embedding
    untold: float = 0.0  # share it lacks of the names that tell the corpus's stories apart
    # It (or its title) holds a word of the question besides its names and the noun asked
    # for: "born" for "In which city was Díaz-Canel born?".
    related: bool = True
    # It stands under its article's subhead that asks the question (headings.py): the
    # subhead's cosine with the question, else 0. Its relevance is at least that.
    answers: float = 0.0

    @property
    def text(self) -> str:
        return self.hit.article.text[self.start : self.end]

    @property
    def article(self) -> Article:
        return self.hit.article

    @property
    def score(self) -> float:
        """How well it answers, for ordering: meaning first, the question's words next."""
        return self.relevance + LEXICAL_WEIGHT * self.overlap


# "LOSAIL, Qatar — ", "WASHINGTON (AP) — ", "Doha, Qatar CNN — " opening a paragraph of the lead.
FILED_FROM = re.compile(
    r"(?:^|\n)\s*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:, [A-Z][\w.'’ -]{1,30}?)?)\s*(?:\(AP\)|CNN|\(Reuters\))?\s*[—–]\s"
)


@lru_cache(maxsize=1024)
def dated_from(article: Article) -> frozenset[str]:
    """The names of the place the story was filed from, as its dateline gives them: every
    sentence of a story datelined "LOSAIL, Qatar —" tells of Qatar, though only the first
    writes it ("Rookie Oscar Piastri won the sprint for McLaren" for "who won the sprint
    race in qatar")."""
    m = FILED_FROM.search(article.text[:200])
    return frozenset(named_words(m.group(1))) if m else frozenset()


@lru_cache(maxsize=1024)  # read for each sentence of the article that lacks a place asked
def lead_places(article: Article) -> frozenset[str]:
    """The places the story's lead names, as a dateline gives its place when there is none:
    "Mississippi's flag commission agreed on a process …" is of Mississippi, and so is
    "Department of Archives and History officials said they have already received about
    600 design proposals" further down."""
    first = lead(article)
    if first is None:
        return frozenset()
    return places_in(article.text[slice(*first)])


def section_places(article: Article, start: int) -> frozenset[str]:
    """The names of the place a roundup's subhead sets the news under it in: "District of
    Columbia" (so "DC") over "Washington: Mayor Muriel Bowser … announced Thursday that the
    city's annual census …". A roundup's subhead is a name (its words capitalized, "of"
    aside: the tagger does not know "District of Columbia" alone) over a paragraph opening
    on the town it was filed from; "Japan Impact" over "Japan's Meteorological Agency …"
    is a story's part, and "Elsewhere, …" under it is not in Japan. Empty under any other
    subhead, or none."""
    for head, at in reversed(_subheads(article.text)):
        if at < start:
            return head
    return frozenset()


@lru_cache(maxsize=64)  # read for every retrieved sentence of the article
def _subheads(text: str) -> tuple[tuple[frozenset[str], int], ...]:
    """Each subhead's start, with the names of the place it heads when a roundup's."""
    out = []
    for line, at in subheads(text):
        words = line.split()
        named = len(words) <= NAME_WORDS and all(w[0].isupper() or w in stop_words() for w in words)
        filed = ROUNDUP_TOWN.match(text, at + len(line))
        out.append((frozenset(named_words(line)) if named and filed else frozenset(), at))
    return tuple(out)


def places_in(text: str) -> frozenset[str]:
    """Stems of the places (countries, states, cities, regions) the text names."""
    return frozenset(stem(t.text) for e in parse(text).ents if e.label_ in ("GPE", "LOC") for t in e)


def names_before(article: Article, start: int) -> frozenset[str]:
    """The names the two sentences before it write, across a paragraph break too: a
    sentence may call what they named otherwise ("The bureau says there were over 18,000
    sextortion-related complaints in 2021" after "… leading the FBI to ramp up a campaign")."""
    names: set[str] = set()
    for _ in range(2):
        previous = span_before(article.text, start)
        if previous is None:
            break
        start = previous[0]
        names |= {stem(m.group()) for m in CAPITALIZED.finditer(article.text, *previous)}
    return frozenset(names)


def another_of_kind(
    article: Article, start: int, end: int, names: frozenset[str], kinds: frozenset[str]
) -> bool:
    """Does a sentence that names none of `names` come after one that names another thing
    of their kind (`kinds`: the word the question writes after the name, "fire" of "the
    rabbit fire"), nearer than any naming them? "… put the size of the fire at 105 acres"
    after "The Highland Fire broke out …" is of the Highland Fire, not the Rabbit Fire."""
    text = article.text
    if not kinds or names & {stem(m.group()) for m in CAPITALIZED.finditer(text, start, end)}:
        return False
    for _ in range(2):
        previous = span_before(text, start)
        if previous is None:
            return False
        start = previous[0]
        words = list(CAPITALIZED.finditer(text, *previous))
        if names & {stem(w.group()) for w in words}:
            return False  # "the Cuban president met Iranian President Ebrahim Raisi": his "He" is ambiguous
        for one, kind in zip(words, words[1:]):
            if stem(kind.group()) in kinds and not text[one.end() : kind.start()].strip():
                return stem(one.group()) not in names
    return False


@lru_cache(maxsize=4096)  # kin_words and gather both ask, of the same sentences
def referent_names(article: Article, start: int, end: int) -> frozenset[str]:
    """The names a sentence takes from the sentence before it in its paragraph when it
    refers back to it by a pronoun or a definite description: "The blaze killed at least
    10 people" after "… a deadly fire last Thursday in Urumqi, the capital of … Xinjiang"
    is about the Xinjiang fire. Not across a paragraph break, where news moves on (taken
    across one, the seed article's past visit answered where the next meeting will be),
    unless it quotes someone it calls by a pronoun or a role (`SAID_BY_ROLE`), or names
    again, as "the X", what the one before introduced as "a X" ("… targeted the ambulance
    because …" after "… an airstrike on an ambulance outside of Al-Shifa Hospital")."""
    text = article.text
    previous = span_before(text, start)
    if previous is None:
        return frozenset()
    before = text[slice(*previous)]
    refers = REFERS.match(text[start:end].strip()) and "\n" not in text[previous[1] : start]
    told = {m.group(1) for m in re.finditer(r"\b(?:a|an) ([a-z]{4,})\b", before)}
    again = {m.group(1) for m in re.finditer(r"\bthe ([a-z]{4,})\b", text[start:end])}
    back = refers or SAID_BY_ROLE.search(text, start, end) or told & again
    return (frozenset(named_words(before)) if back else frozenset()) | _lead_names(article, text[start:end])


def _lead_names(article: Article, sentence: str) -> frozenset[str]:
    """The names of the story's lead when a later sentence opens on a definite description
    and names no one the lead does not (a month or a day aside): "The recent outage started
    on October 24 and was described … as a “huge problem” for Ukraine's military", "The
    terminals had been disconnected, this person said, due to a lack of funding" tell of
    the Starlink outage the lead told of ("Ukraine's fears that its troops may lose access
    to Elon Musk's crucial Starlink internet service deepened … after 1,300 of the
    military's satellite units went offline")."""
    if LEAD_BACK.match(sentence) is None:
        return frozenset()
    first = lead(article)
    if first is None:
        return frozenset()
    names = frozenset(named_words(article.text[slice(*first)]))
    own = {stem(m.group()) for m in CAPITALIZED.finditer(sentence, 1)} - CALENDAR
    return names if own <= names else frozenset()


@lru_cache(maxsize=1024)  # read for each sentence of the article that opens on "The …"
def lead(article: Article) -> tuple[int, int] | None:
    """The span of the article's first readable sentence that names something, after its
    dateline: a kicker that names nothing ("Now this is getting serious.") is no lead."""
    for a, b in split_sentences(article.text)[:OPENING]:
        a, b = lead_clause(article, a, b)
        said = article.text[a:b]
        if readable(said) and any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in parse(said)):
            return a, b
    return None


def span_before(text: str, start: int) -> tuple[int, int] | None:
    """The span of the sentence that ends before offset `start`, if any."""
    previous = [(a, b) for a, b in split_sentences(text, max(0, start - 1500), start) if b <= start]
    return previous[-1] if previous else None


def leans(text: str) -> bool:
    """Does the sentence lean on the one before it for who or what it is about, or close a
    quote that one opened?"""
    return bool(LEANING.match(text.strip()) or QUOTE_TAIL.match(text))


def lead_clause(article: Article, start: int, end: int) -> tuple[int, int]:
    """The sentence without a dateline before it ("date 2023-12-05", "WASHINGTON (AP) —"):
    the same words, from where the reporting starts."""
    m = DATELINE.match(article.text[start:end])
    return (start + m.end(), end) if m and end - start - m.end() > 20 else (start, end)


def before(s: Sentence) -> Sentence | None:
    """The sentence of its article just before it (scored as this one), when there is one,
    it is readable and it is not set aside as a planted instruction."""
    text = s.article.text
    previous = span_before(text, s.start)
    if previous is None:
        return None
    a, b = lead_clause(s.article, *previous)
    if planted_at(s.article, a) or set_alone(text, a, b):
        return None  # nor is a subhead what a sentence under it leans on
    # A quote's opening question is no subhead when this sentence closes that quote: "“Have
    # I or have I not?" before "I am hearing different things,” Verstappen said …".
    if readable(text[a:b]) or (text[a:b].startswith(QUOTES) and QUOTE_TAIL.match(s.text)):
        return replace(s, start=a, end=b)
    return None


def following(s: Sentence, readable_only: bool = True) -> Sentence | None:
    """The readable sentence just after it, there or in the next paragraph; else None.
    With `readable_only` false, whatever sentence comes next ("Yes.")."""
    span = next_span(s.article.text, s.end, readable_only)
    return replace(s, start=span[0], end=span[1]) if span else None


def next_span(text: str, end: int, readable_only: bool = True) -> tuple[int, int] | None:
    """The span of the readable sentence after offset `end`, there or in the next
    paragraph (`following`, for a sentence or a quote); else None."""
    found = split_sentences(text, end, min(len(text), end + 1500))[:1]
    if not found:
        return None
    a, b = found[0]
    if text[end:a].count("\n\n") > 1 or (readable_only and not readable(text[a:b])):
        return None
    return a, b


def after(s: Sentence) -> Sentence | None:
    """The sentence just after it, there or in the next paragraph (news gives most
    sentences a paragraph of their own), when that one goes on about what it told, and is
    readable; else None: by a pronoun or a definite description ("The event on Monday night
    erupted in chaos …" after a sentence about the vigil; "The crime, according to police,
    was his presence in downtown Wilmington." after "… a police officer told him he was
    under arrest."), or by opening with a name the sentence gave ("Commander was relocated
    after biting White House staff …" after "President Joe Biden's dog Commander has moved
    from the White House to the doghouse.")."""
    n = following(s)
    if n is None:
        return None
    opener = re.match(r"[A-Z][\w'’-]*", n.text)
    renamed = (
        opener is not None
        and opener.group().lower() not in stop_words()
        and stem(opener.group()) in content_words(s.text)
    )
    quoted = n.text.startswith(QUOTES) and SAID_BY_ROLE.search(n.text) is not None
    return (
        n
        if renamed or quoted or REFERS.match(n.text) or _same_subject(n.text, s.text) or quote_goes_on(s, n)
        else None
    )


def quote_goes_on(s: Sentence, n: Sentence) -> bool:
    """Does the next sentence go on, in its paragraph, with the quote the sentence closed
    ("“We've done a good job for the farmers." after "“I wouldn't think I'd have to really
    be too aggressive,” he told reporters …")? A quote said by a pronoun or a role quotes
    the one the sentence before told of, as that one quotes Trump."""
    return (
        n.text.startswith(QUOTES)
        and "\n" not in s.article.text[s.end : n.start]
        and SAID_BY_ROLE.search(s.text) is not None
    )


def _same_subject(text: str, before: str) -> bool:
    """Is the subject of the sentence's main verb a noun the sentence `before` wrote: "Now
    volunteers stay in their cars …" after "Red Cross volunteers … have had to adjust those
    routines"?"""
    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.head.dep_ == "ROOT"
        and t.pos_ in ("NOUN", "PROPN")
        and stem(t.text) in content_words(before)
        for t in parse(text)
    )


def widened(s: Sentence) -> int:
    """Where the sentence starts when shown: at the sentence before it when it leans on that
    one ("He also had a meeting with …", `leans`, `before`), and further back while that
    one leans too, up to LEAN_BACK sentences (a quote told over three sentences is shown
    from where it opens); else at its own start."""
    shown = s
    for _ in range(LEAN_BACK):
        previous = before(shown) if leans(shown.text) else None
        if previous is None:
            break
        shown = previous
    return shown.start


def span_at(s: Sentence, at: tuple[int, int]):
    """The parsed span of the sentence at the article offsets `at`, or None (a mention
    outside the sentence: the article's date line)."""
    return parse(s.text).char_span(at[0] - s.start, at[1] - s.start, alignment_mode="expand")
