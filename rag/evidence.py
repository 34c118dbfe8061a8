"""Retrieved chunks → the sentences a reply may quote, scored against the question.

Every reply kind starts here: the chunks' sentences (planted instructions set aside),
scored by closeness in meaning to the question and by the question's words they hold
(or a word the text uses for one: "killed" for "died", `kin_words`), with what each
lacks of the question's names (which the corpus decides, `named_in`). Then which of them a
person may be shown as a sentence of a reply (furniture.readable: no headline fragment,
no subhead phrased as a question, no photo credit or byline), which lean on the sentence
before them ("He criticized …", `leans`), which say the same thing as another
(`distinct`; wire copies count once), and which articles are copies of one story
(`stories`). Does not pick answers (candidates.py, shown.py), judge reasons (reasons.py)
or write replies (replies/).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

import numpy as np

from .chunk import sentences as split_sentences
from .furniture import QUOTES, readable
from .index import Index
from .question import (
    AGE,
    DATE_NOUNS,
    DOING,
    FOCUS_LABELS,
    MEASURE_NOUNS,
    PLACES,
    SAID,
    TIME_NOUNS,
    Question,
    analyse,
)
from .text import (
    CALENDAR_WORDS,
    STOPWORDS,
    content_words,
    countries,
    initials,
    irregular_verbs,
    parse,
    spelled_out,
    stem,
    stop_words,
    tokens,
)
from .types import Article, Hit
from .untrusted import planted_spans

LEXICAL_WEIGHT = 0.5  # shared question words, against cosine, when ordering sentences
SHINGLE = 5  # words per shingle when telling wire copies of one story apart
SAME_STORY = 0.5  # Jaccard overlap of shingles above which two articles are one story
SAME_SAYING = 0.6  # content-word Jaccard above which two sentences say the same thing
OCCURRED = {"happen", "happened", "occur", "occurred", "place"}  # "take" is a stop word
# Cosine between two words' embeddings above which the text's word stands for the
# question's: "killed" for "died" (0.79), "attorney" for "lawyer" (0.89), not "sold" for
# "bought" (0.76) or "lost" for "won" (0.46). Checked on word pairs, docs/EVAL.md.
KIN = 0.78
# A yes/no question is answered by what bears on its verb, in the text's words: "there
# have been no reported deaths" for "did anyone die" ("deaths" 0.66, "injuries" for "hurt"
# 0.70). Such a sentence is only shown as what the news says, never made a verdict
# (replies/yesno.py), so a looser kin may bring it forward.
BEARING_KIN = 0.65
NAMED = 0.8  # share of its uses inside sentences a word is capitalized in, to be a name
TYPED = re.compile(r"\b[a-z][\w-]*")  # a word of the question typed in lower case (`named_in`)
# A sentence is about the question when it names the question's telling names and comes
# this close to it in meaning (cosine; calibrated on part of eval/gold/chat.jsonl, docs/EVAL.md).
ABOUT = 0.4
ABOUT_WORDED = 0.25  # likewise for a sentence that holds every word of the question
# How news gives one's age: "Camilla, 75,", "the 76-year-old", "at the age of 42".
AGED = re.compile(r", \d{1,3},|\b\d{1,3}-year-old\b|\bage of \d{1,3}\b|\b\d{1,3} years old\b")
CURRENT_DAYS = 60  # how far from the question's day an article's news is that day's news
# A name found in more than COMMON_SHARE of a corpus's articles ("US" in American news)
# says little about which story a sentence tells, so a sentence that lacks it may still
# support an answer. Judged only in a corpus of at least COMMON_MIN_ARTICLES.
COMMON_SHARE = 0.1
COMMON_MIN_ARTICLES = 200
# Sentences that lean on the one before them: a pronoun, a word that answers it ("But",
# "Even if that means …"), or a definite description as the speaker ("The company said …").
LEANING = re.compile(
    r"^(?:He|She|They|It|His|Her|Their|Its|This|That|These|Those|Both|The two"
    r"|But|And|Yet|Still|However|Instead|Even if|Even so)\b"
    r"|^The [a-z]+(?: [a-z]+)? (?:said|says|added|noted|stressed|told|announced|declined|did not|also)\b"
)
# A sentence that refers back to the one before it for what it is about: a pronoun or a
# definite description as its subject ("The blaze killed …", "The company said …").
REFERS = re.compile(r"^(?:He|She|They|It|His|Her|Their|Its|This|These|The [a-z]+)\b")
CAPITALIZED = re.compile(r"[A-Z][\w'’-]*")  # a word written as a name is
# A quote said by a pronoun or a role: "“It’s really cool …,” the Kansas City Chiefs
# quarterback said" names its speaker in the paragraph before.
SAID_BY_ROLE = re.compile(
    r"[,!?][”\"]\s+(?:he|she|the\s+(?:[\w'’.-]+\s+){0,5}?)(?:said|says|told|added|explained)\b"
)
# A sentence that closes a quote it never opened: "…to be expelled,” Garcia said.", or
# with a straight mark glued to its last word: `… prison pipeline," said Carol Craig`.
QUOTE_TAIL = re.compile(r"[^\"“”]*(?:”|(?<=\S)\")")
LEAN_BACK = 2  # sentences a leaning one may bring before it
PILED_NAMES = 3  # telling names from which a sentence may lack one (`lacking_share`)
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


def gather(
    question: Question,
    hits: list[Hit],
    encode: Callable[[list[str]], np.ndarray],
    index: Index,
    encoded: int,
    keep: int,
    choices: list[str] | None = None,
) -> list[Sentence]:
    """The retrieved chunks' sentences, scored by meaning and shared words, best first.

    Only the `encoded` sentences sharing most words with the question (or naming an
    option) are embedded: encoding is the costly step on a CPU. `keep` best are returned."""
    spans = []
    seen = set()
    # A sentence under a subhead that asks the question is as close to it as the subhead.
    answering: dict[tuple[str, int], float] = {}
    # A sentence where the asked speaker speaks shares few words with the question.
    speaking: set[tuple[str, int]] = set()
    for rank, hit in enumerate(hits, 1):
        # Text that tells the system what to answer is never evidence.
        set_aside = planted_spans(hit.article)
        for start, end in split_sentences(hit.article.text, hit.chunk.start, hit.chunk.end):
            key = (hit.article.id, start)
            if hit.answers is not None:
                answering[key] = max(answering.get(key, 0.0), hit.answers)
            if hit.spoken:
                speaking.add(key)
            if key not in seen and not any(p.start <= start < p.end for p in set_aside):
                seen.add(key)
                spans.append((hit, start, end, rank))
    named = content_words(" ".join(choices or []))
    telling = telling_names(question.names, index)
    relation = asked_about(question) - {stem(question.focus)}
    words = [named_words(h.article.text[a:b]) for h, a, b, _ in spans]
    # A name the sentence writes in another form is held: "Britons" for "brits".
    overlap = [
        min(
            1.0,
            (
                len(question.terms & w)
                + len(kin_held(question, question.terms - w, w))
                + sum(asked_share({n}, frozenset(w)) == 1 for n in question.names - w)
            )
            / max(1, len(question.terms)),
        )
        for w in words
    ]
    # What bears on a yes/no question most may be a short sentence far down its story that
    # holds little of it but the deed, in its own word: "No people were reported injured."
    deeds = deed_stems(question) if question.kind == "yesno" else set()
    deed = [bool(deeds & w or kin_held(question, deeds, w)) for w in words]
    # So may an age, given beside a name in a sentence on another matter: "… that isn't an
    # issue for Charles, 74, and Camilla, 75, who each have children …" for "how old is camilla".
    if question.focus == AGE and question.names:
        deed = [
            d or bool(question.names & w and AGED.search(h.article.text[a:b]))
            for d, w, (h, a, b, _) in zip(deed, words, spans)
        ]
    lexical = [
        o + bool(named & w) + 0.1 / r + ((h.article.id, a) in answering) + ((h.article.id, a) in speaking) + d
        for o, w, (h, a, _, r), d in zip(overlap, words, spans, deed)
    ]
    chosen = sorted(np.argsort(-np.array(lexical), kind="stable")[:encoded])
    if not chosen:
        return []
    vectors = encode(
        [
            question.spelled or question.text,
            *(spans[i][0].article.text[spans[i][1] : spans[i][2]] for i in chosen),
        ]
    )
    relevance = vectors[1:] @ vectors[0]
    found = []
    for j, i in enumerate(chosen):
        hit, start, end, rank = spans[i]
        own = (
            words[i]
            | named_words(hit.article.title)
            | surnamed(question, hit.article.text[start:end], hit.article)
        )
        # The scorer's `missing` was fitted on what a sentence (or its title) names itself.
        # What the sentences before named is what a sentence that names no one new is about
        # (not a place: one placed elsewhere tells another event). "Aaron Judge's nine-year
        # contract" after a sentence on Trout's is Judge's. Nor is one that opens on a name
        # of its own: "Greyhound bus service expects 650,000 riders" after two sentences on
        # Amtrak counts no Amtrak riders.
        nearby = names_before(hit.article, start) - question.places
        said = hit.article.text[start:end]
        if nearby and (
            not _capitalized_words(said) <= nearby | own
            or _opens_on_a_new_name(said, hit.article.text, nearby | question.names)
        ):
            nearby = frozenset()
        names = own | referent_names(hit.article, start, end) | dated_from(hit.article) | nearby
        headed = answering.get((hit.article.id, start), 0.0)
        found.append(
            Sentence(
                hit,
                start,
                end,
                max(float(relevance[j]), headed),
                overlap[i],
                rank,
                missing=1 - asked_share(question.names, own) if question.names else 0.0,
                titled_overlap=len(question.terms & names) / max(1, len(question.terms)),
                vector=vectors[j + 1],
                untold=lacking_share(telling, names, question.places),
                related=not relation or bool(relation & names or kin_held(question, relation, names)),
                answers=headed,
            )
        )
    ranked = sorted(zip(found, (deed[i] for i in chosen)), key=lambda p: -p[0].score)
    return [s for n, (s, did) in enumerate(ranked) if n < keep or did]


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


def _capitalized_words(text: str) -> set[str]:
    """Stems of the words it writes capitalized, but its first."""
    return {stem(m.group()) for m in CAPITALIZED.finditer(text) if m.start() and text[m.start() - 1] == " "}


def _opens_on_a_new_name(text: str, article: str, known: frozenset[str]) -> bool:
    """Is the sentence's first word a name (one the article also writes capitalized inside a
    sentence: "Greyhound bus service expects …", "… take a Greyhound bus") whose stem is not
    among `known`?"""
    first = CAPITALIZED.match(text)
    if first is None or first.group().lower() in stop_words() or stem(first.group()) in known:
        return False
    return re.search(rf" {re.escape(first.group())}\b", article) is not None


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
    if refers or SAID_BY_ROLE.search(text, start, end):
        return frozenset(named_words(before))
    told = {m.group(1) for m in re.finditer(r"\b(?:a|an) ([a-z]{4,})\b", before)}
    again = {m.group(1) for m in re.finditer(r"\bthe ([a-z]{4,})\b", text[start:end])}
    return frozenset(named_words(before)) if told & again else frozenset()


def span_before(text: str, start: int) -> tuple[int, int] | None:
    """The span of the sentence that ends before offset `start`, if any."""
    previous = [(a, b) for a, b in split_sentences(text, max(0, start - 1500), start) if b <= start]
    return previous[-1] if previous else None


def surnamed(question: Question, text: str, article: Article) -> set[str]:
    """The first names of people the question names in full that the text gives by surname
    alone: "bob" when "McCarthy replied that he directed $2 million to Good for his race" for
    "how much money did mccarthy give to bob good's race". Not when the article names
    someone else of that surname ("Joe Flacco" beside Tom Flacco), nor for a lower-case word
    ("health center" is not WellSpace Health)."""
    return {
        first
        for first, last in question.forenames
        if any(_capitalized(w) and stem(w) == last for w in _words(text))
        and not _namesake(article.text, first, last)
    }


def _words(text: str) -> list[str]:
    """Words and punctuation marks: "Gaetz, Good" names two people, "Joe Flacco" one."""
    return re.findall(r"[\w'’-]+|[^\w\s]", text)


def _capitalized(word: str) -> bool:
    return word[:1].isupper()


@lru_cache(maxsize=1024)
def _namesake(text: str, first: str, last: str) -> bool:
    """Does the text name someone with this surname and another first name? A word that
    opens a sentence is no first name: "If Wilkerson is convicted" names Randon Wilkerson."""
    words = _words(text)
    return any(
        _capitalized(w)
        and stem(w) == last
        and _capitalized(b)
        and stem(b) != first
        and b.lower() not in stop_words()
        for b, w in zip(words, words[1:])
    )


def named_words(text: str) -> set[str]:
    """The text's content words and the short forms of its names (text.initials): a
    sentence about the "Congressional Budget Office" holds the "CBO" a question names."""
    return content_words(text) | initials(text)


def named_in(question: Question, hits: list[Hit]) -> Question:
    """The question with its names as the corpus writes them: "cuban" in "who's the cuban
    president" is a name when the retrieved text writes "Cuban" nearly always (NAMED of
    its uses inside a sentence), and "rig" in "how did eddie tipton rig the lottery" is
    not, though the tagger took it for one, when the text writes it in lower case. Case
    and accents aside, the corpus decides what a name is, not the typing."""
    typed = TYPED.findall(question.text)
    # Of every content word: "daily" in "what product did daily harvest recall", which the
    # tagger took for a time and left out of the terms, is a name where the text writes "Daily Harvest".
    # Not a verb's irregular form: "bought" is no "Buy" of "Buy Buy Baby".
    # Nor a lone letter: the "c" of "c.e. housel" is an initial, and would match any word
    # it begins (asked_share).
    lowered = {
        stem(w) for word in typed for w in word.split("-") if w not in irregular_verbs() and len(w) > 1
    }
    # Nor the verb of "does …", "did …", "will …": "make" of "how much does a doctor make"
    # is no "Make" of "CNBC Make It" (a name the tagger took for a verb has "is" before it:
    # "is sunak the first hindu prime minister").
    lowered -= {
        stem(t.text)
        for t in parse(question.text)
        if t.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lemma_.lower() not in ("be", "have") for c in t.children)
    }
    lowered &= content_words(question.text)
    if not lowered:
        return question
    upper: dict[str, int] = dict.fromkeys(lowered, 0)
    seen: dict[str, int] = dict.fromkeys(lowered, 0)
    chunks = {h.chunk.text for h in hits}
    for text in chunks:
        # Inside a sentence: after a word, or after an initial ("C.E. Housel", "Charles E.
        # Housel"), which ends in a point but starts no sentence.
        for m in re.finditer(r"(?:(?<=[\w,;:] )|(?<=\b[A-Z]\. ))\w+", text):
            w = stem(m.group())
            if w in seen:
                seen[w] += 1
                upper[w] += m.group()[0].isupper()
    named = {w for w in lowered if seen[w] and upper[w] >= NAMED * seen[w]}
    unnamed = {w for w in lowered if seen[w] and upper[w] < NAMED * seen[w]}
    if unnamed:
        # A name the tagger saw stays one beside the name it is typed with.
        unnamed -= _named_pairs(question, chunks)
    # The tagger reads lower-case names badly: "wilkerson" in "the names of the older couple
    # wilkerson attacked" is taken for the asked noun, "marry" in "who did naomi biden
    # marry" for a noun. The question is read again as the corpus writes it, when that
    # finds the asked noun a name or the verb a "did" wants; its names are capitalized
    # then, so they are no longer typed ones. (A noun asked for by kind is no name, however
    # the corpus writes it: "CEO".)
    cased_ones = named - ({stem(question.focus)} if question.focus in FOCUS_LABELS else set())
    cased = TYPED.sub(
        lambda m: (
            m.group().title() if all(stem(p) in cased_ones for p in m.group().split("-")) else m.group()
        ),
        question.text,
    )
    focus_named = bool(question.focus) and stem(question.focus) in cased_ones
    # A "did", "does", "will" … with no verb after it is a misread: "who did naomi biden marry".
    misread = not question.verbs and bool(DOING & set(tokens(question.text)))
    if cased != question.text and (focus_named or misread):
        again = analyse(cased)
        if focus_named or again.verbs:
            return named_in(again, hits)
    names = (question.names - unnamed) | named
    # A time the corpus writes as a name stays a time when it is a day or month: "thursday"
    # in "how many flights got canceled thursday" (not "daily" of "Daily Harvest").
    timeless = tuple(
        w for w in question.time_words if not content_words(w) <= named or set(tokens(w)) & CALENDAR_WORDS
    )
    return replace(
        question,
        names=names,
        terms=question.terms | named,
        time_words=timeless,
        spelled=spelled(question, names, hits),
    )


def _named_pairs(question: Question, chunks: set[str]) -> set[str]:
    """Stems of two words typed side by side that the retrieved `chunks` write as one name,
    capitalized wherever they write them together: "church" of "eric church", where the text
    writes "Eric Church" and, of another story, "church shooting"."""
    pairs = re.findall(r"(?=\b([a-z][\w-]*) ([a-z][\w-]*)\b)", question.text)
    found: set[str] = set()
    for a, b in pairs:
        if not content_words(f"{a} {b}") >= {stem(a), stem(b)}:
            continue
        uses = [m.group() for text in chunks for m in re.finditer(rf"\b{a} {b}\b", text, re.I)]
        if uses and sum(u[0].isupper() and u.split()[1][0].isupper() for u in uses) >= NAMED * len(uses):
            found |= {stem(a), stem(b)}
    return found


def spelled(question: Question, names: frozenset[str], hits: list[Hit]) -> str:
    """The question's text with each name it types as a short form the retrieved text never
    writes ("uf") replaced by the name the text most often writes with those initials
    ("University of Florida"); empty when there is none. The encoder cannot know "uf"."""
    text = question.text
    chunks = {h.chunk.text for h in hits}
    for short in {w for w in tokens(question.text) if 2 <= len(w) <= 5 and w.isalpha() and stem(w) in names}:
        # Written in capitals, not as a word: "us" of "the US" is not the pronoun.
        if any(m.group() != m.group().lower() for c in chunks for m in re.finditer(rf"\b{short}\b", c, re.I)):
            continue
        found = Counter(full for c in chunks for full in spelled_out(short, c))
        if found:
            text = re.sub(rf"\b{short}\b", found.most_common(1)[0][0], text, flags=re.I)
    return text if text != question.text else ""


def current(question: Question, s: Sentence, near: date | None) -> bool:
    """Is the sentence's article of the question's day's news (within CURRENT_DAYS)? A
    question that names no time asks about its day: "did the fed raise rates" on 2023-11-03
    is not answered "Yes" by a rise reported on 2022-11-03, and "What did Alaska's CEO say
    about the merger?" in December 2023 is not answered from the 2016 Virgin America deal."""
    if near is None or question.time_words or not s.article.published:
        return True
    return recent(s.article, near)


def recent(article: Article, near: date) -> bool:
    """Was the article published within CURRENT_DAYS of `near`? (No, when undated.)"""
    return (
        bool(article.published) and abs((date.fromisoformat(article.published) - near).days) <= CURRENT_DAYS
    )


def about(s: Sentence) -> bool:
    """Is this sentence about what the question asks? Replies other than factoids are
    refused when no retrieved sentence is."""
    return s.untold == 0 and (s.relevance >= ABOUT or (s.overlap == 1 and s.relevance >= ABOUT_WORDED))


def restates(question: Question, s: Sentence, led: bool = False, spare: frozenset[str] = frozenset()) -> bool:
    """Does this sentence say what the question asks about, so that it likely holds the
    answer even when no typed answer in it scores well? It (with the sentence it leans
    on) holds every word the question asks about (`asked_about`), and its names (or its
    article's title or dateline does). The noun asked for stays: a sentence about
    Díaz-Canel that names no wife does not say who his wife is. Near-topic questions lack
    a word: "What did Khamenei and Castro sign?" against "his meeting with the late Fidel
    Castro". A question of names alone is restated only by a sentence `led` by a date or
    number of the asked type: "1979" in "… before the 1979 Islamic Revolution" for "In
    which year did the Islamic Revolution take place?". One asked word in `spare` may be
    missing (replies.factoid.restating says which)."""
    if not readable(s.text):
        return False
    said = s.article.text[widened(s) : s.end]
    words = frozenset(named_words(said) | surnamed(question, said, s.article))
    told = asked_share(question.names, words | named_words(s.article.title) | dated_from(s.article)) == 1
    if (s.missing > 0 or s.untold > 0) and not told:
        return False
    asked = asked_about(question)
    if not asked:
        return led
    # Words the text holds only in other words (`kin_held`) do not restate the question alone.
    own = asked - kin_held(question, asked, words)
    lacking = {a for a in own if not asked_share({a}, words)}
    return bool(own) and (not lacking or (len(lacking) == 1 and lacking <= spare))


def kin_held(question: Question, asked: set[str], words: set[str]) -> set[str]:
    """The asked words that `words` hold as a word the text uses for them (`Question.kin`)."""
    return {a for a in asked if any((a, w) in question.kin for w in words)}


def deed_stems(question: Question) -> set[str]:
    """The stems of the question's verbs that are no name of it: the parser takes a
    lower-case name for a verb ("is sunak the first hindu prime minister")."""
    return {stem(v) for v in question.verbs} - question.names


def does_asked(question: Question, text: str) -> bool:
    """Does the text do what one of the question's verbs says, as written or in the text's
    word for it (`kin_words`): "has denied involvement" for "did murdaugh deny …", "no
    injuries" for "was anyone hurt"?"""
    verbs, words = {stem(v) for v in question.verbs}, named_words(text)
    # A verb's own stem counts as a noun too: "during the fighting" for "hurt in the fighting".
    return bool(question.verbs & {t.lemma_.lower() for t in parse(text)} or verbs & words) or bool(
        kin_held(question, verbs, words)
    )


def kin_words(question: Question, hits: list[Hit], encode: Callable[[list[str]], np.ndarray]) -> Question:
    """The question with the words the retrieved text uses for the words it asks about
    (KIN): "killed" for "died", "attorney" for "lawyer". Looked for only where a word
    asked about is missing as written from a sentence that names what the question names,
    among that sentence's own words."""
    asked = asked_about(question)
    vocabulary: dict[str, str] = {}
    wanted: set[str] = set()
    for hit in hits:
        # For a yes/no question, what bears on it may leave to its paragraph or title the
        # names it is about: "…,” he said, adding there have been no reported deaths."
        around = (
            named_words(hit.article.title) | named_words(hit.chunk.text)
            if question.kind == "yesno"
            else set()
        )
        for start, end in split_sentences(hit.article.text, hit.chunk.start, hit.chunk.end):
            words = {stem(w): w for w in tokens(hit.article.text[start:end]) if w not in STOPWORDS}
            named = frozenset(words) | referent_names(hit.article, start, end) | around
            if asked_share(question.names, named) == 1 and asked - words.keys():
                wanted |= asked - words.keys()
                vocabulary |= {k: w for k, w in words.items() if k not in question.terms and not w.isdigit()}
    surface = {stem(w): w for w in tokens(question.text)}
    wanted = {a for a in wanted if a in surface}
    if not wanted or not vocabulary:
        return question
    vectors = encode([*(surface[a] for a in wanted), *vocabulary.values()])
    near = vectors[: len(wanted)] @ vectors[len(wanted) :].T
    least = BEARING_KIN if question.kind == "yesno" else KIN
    kin = {(a, v) for a, row in zip(wanted, near) for v, cos in zip(vocabulary, row) if cos >= least}
    return replace(question, kin=question.kin | kin) if kin else question


def asked_about(question: Question) -> set[str]:
    """The question's words a sentence must hold to say what it asks about: its terms
    other than its names and the words that say how it is asked. A modal or light verb
    ("should", "call", "take") says how, not what about; "will" stays, as a report of what
    happened does not say what will. For "when" and "where", the time noun asked with
    ("which day of the week") and "happened", "occurred" or "took place": the event's own
    words say what ("the 1979 Islamic Revolution" dates the revolution). For "how much",
    the measure asked ("money", "worth"): a sentence gives the sum ("was awarded the
    50,000-pound ($63,000) literary prize" for "how much is the booker prize worth")."""
    asked = set(question.terms - question.names) - {stem(w) for w in stop_words() - {"will"}}
    if question.answer_type in ("date", "time"):
        asked -= {stem(w) for w in DATE_NOUNS | TIME_NOUNS | {"long", "ago"}}  # "how long ago" asks when
    if question.answer_type in ("date", "time") or question.labels == PLACES:
        asked -= {stem(w) for w in OCCURRED}
    if question.answer_type == "amount":
        asked -= {stem(w) for w in MEASURE_NOUNS}
    return asked


def said_by(question: Question, s: Sentence, back: int = LEAN_BACK) -> bool:
    """Does the sentence have the one a "what did X say" question asks about say, tell,
    find or call something: "“I love having you here …,” Trump said" for "What did Trump
    say to Voight?"; "he told delegates" or "the quarterback said" when the sentence before
    names him; or go on, as a quote with no one saying it, with what the sentence before
    has X say (up to `back` sentences back)."""
    if not question.speaker:
        return False
    previous = before(s)
    # Named in the sentence before, or before a quote going on: "“The fact remains …,” the
    # Democrat said." two sentences after "Kamlager said …".
    named_before = naming(question, previous, back) is not None

    def speaks(subject) -> bool:
        if subject.pos_ == "PRON":
            return named_before and subject.lower_ in ("he", "she", "they")
        words = content_words(" ".join(w.text for w in subject.subtree))
        # Not one the question names for another part: "The Trump campaign said" is not
        # what "the biden campaign" said about Trump's comment.
        if words & (question.names - question.speaker):
            return False
        # "the Kansas City Chiefs quarterback said", "the Democrat said" after a sentence
        # naming Mahomes or Kamlager: news names its speaker once, then calls them by
        # their role or party as they speak (not "the rival league announced …").
        if (
            subject.pos_ in ("NOUN", "PROPN")
            and subject.head.lemma_ in ("say", "tell", "write")
            and any(c.lower_ == "the" for c in subject.children)
            and named_before
        ):
            return True
        # Named in full, the speaker is called by surname: "Rachel Looker" is not Rachel Sweet.
        surnames = {last for _, last in question.forenames if last in question.speaker}
        return names_speaker(question, words) and (not surnames or bool(words & surnames))

    doc = parse(s.text)
    quoted = _quoted(doc)
    # A verb inside the quote is the speaker's own ("“I think folks have to stop …"), not
    # who says it.
    saying = [
        t
        for t in doc
        if (t.lemma_ in SAID or t.lemma_ in ("call", "ask"))
        and t.pos_ == "VERB"
        and t.i not in quoted
        and not _finds_someone(t)
    ]
    if any(c.dep_ == "nsubj" and speaks(c) for t in saying for c in t.children):
        return True
    if saying:
        return False
    # "I blame the lobbyists." inside a quote opened sentences before in its paragraph is
    # said by whoever says the sentence that opened it.
    opener = quote_opener(s)
    if opener is not None:
        return said_by(question, opener, back)
    # “I cannot describe …” after "“While we strive …,” he told delegates."
    goes_on = s.text.lstrip().startswith(QUOTES) and previous is not None and back > 0
    return goes_on and said_by(question, previous, back - 1)


def quote_opener(s: Sentence, reach: int = 6) -> Sentence | None:
    """The sentence of its paragraph whose opening quote mark the sentence is still inside
    (up to `reach` sentences back); None when no quote is open where it starts."""
    text = s.article.text
    before_it = text[text.rfind("\n", 0, s.start) + 1 : s.start]
    if before_it.count("“") <= before_it.count("”") and before_it.count('"') % 2 == 0:
        return None
    opener = s
    for _ in range(reach):
        opener = before(opener)
        if opener is None or "\n" in text[opener.end : s.start]:
            return None
        if opener.text.lstrip().startswith(QUOTES):
            return opener
    return None


def names_speaker(question: Question, words: set[str]) -> bool:
    """Do these stems name the speaker a "what did X say" question asks about, its head word
    included ("Buckingham Palace" is not "the palace aide")?"""
    head = not question.speaker_head or question.speaker_head in words
    return bool(words & question.speaker) and head


def naming(question: Question, previous: Sentence | None, back: int = LEAN_BACK) -> Sentence | None:
    """The sentence, this one or before it across a quote going on (up to `back` sentences),
    that names the speaker a "what did X say" question asks about; None if there is none."""
    while previous is not None:
        if content_words(previous.text) & question.speaker:
            return previous
        if back <= 0 or not previous.text.lstrip().startswith(QUOTES):
            return None
        previous, back = before(previous), back - 1
    return None


def _quoted(doc) -> set[int]:
    """The token positions inside quotation marks, a quote left open at the sentence's
    end included (news runs a quote over sentences, closing it once)."""
    inside, open_ = set(), False
    for t in doc:
        if t.text in ("“", "”", '"'):
            # A straight quote glued to the word before it closes a quote opened in an
            # earlier sentence: `… prison pipeline," said Carol Craig` (the saying is hers).
            glued = t.i > 0 and not doc[t.i - 1].whitespace_
            open_ = t.text == "“" or (t.text == '"' and not open_ and not glued)
            continue
        if open_:
            inside.add(t.i)
    return inside


def _finds_someone(verb) -> bool:
    """Is "find" said of someone found, not a finding? "Mahomes found receiver Rashee Rice
    for an 11-yard touchdown" says nothing; "the report found that …" and "researchers found
    high levels of lead" do."""
    return verb.lemma_ == "find" and any(
        c.dep_ == "dobj" and any(t.pos_ == "PROPN" for t in c.subtree) for c in verb.children
    )


def lacking_share(telling: frozenset[str], names: frozenset[str], places: frozenset[str]) -> float:
    """Share of the telling names a sentence (with its title and referents) lacks. Of three
    or more, one may be missing: a quiz question piles on names ("Which football conference
    will Delaware be joining … moving up to the Football Bowl Subdivision (FBS)?") that the
    sentence answering it spells out or leaves aside. Not a place: one placed elsewhere
    tells another event ("signed in Havana" is not what was signed in Tehran)."""
    lacking = {w for w in telling if not asked_share({w}, names)}
    if len(telling) >= PILED_NAMES and len(lacking) == 1 and not lacking & places:
        return 0.0
    return len(lacking) / len(telling) if telling else 0.0


def telling_names(names: frozenset[str], index: Index) -> frozenset[str]:
    """The question's names that tell this corpus's stories apart: all of them, unless the
    corpus is large and a name is common in it."""
    n = len(index.articles)
    if n < COMMON_MIN_ARTICLES:
        return names
    return frozenset(w for w in names if index.word_articles[w] <= COMMON_SHARE * n)


def asked_share(words: set[str], terms: frozenset[str]) -> float:
    """Share of `words` found among `terms`, a stem matching any stem it begins or ends
    ("cuban" is "cuba"): how much of a candidate the question already says, or how many
    of the question's names a sentence has."""
    said = [w for w in words if w in terms or any(_same_name(w, t) for t in terms if len(t) >= 4)]
    return len(said) / max(1, len(words))


def _same_name(a: str, b: str) -> bool:
    """Do two stems name one thing, one begun by the other ("cuba", "cuban") or by it less
    a last "a", as a people is named from its country ("canada", "canadi"; "china",
    "chines"), or one country's two words ("britai", "britis": text.countries)?"""
    if any(
        y.startswith(x) or len(x) >= 5 and x[-1] == "a" and y.startswith(x[:-1]) for x, y in ((a, b), (b, a))
    ):
        return True
    named = countries()
    return a in named and named.get(b) == named[a]


def stories(hits: list[Hit]) -> dict[str, int]:
    """Article id → story number; wire copies of one story share a number."""
    shingles = {}
    for h in hits:
        if h.article.id not in shingles:
            ws = tokens(h.article.text[:4000])
            shingles[h.article.id] = {" ".join(ws[i : i + SHINGLE]) for i in range(max(1, len(ws) - SHINGLE))}
    story: dict[str, int] = {}
    ids = list(shingles)
    for n, a in enumerate(ids):
        story[a] = n
        for b in ids[:n]:
            union = len(shingles[a] | shingles[b]) or 1
            if len(shingles[a] & shingles[b]) / union >= SAME_STORY:
                story[a] = story[b]
                break
    return story


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
    if any(p.start <= a < p.end for p in planted_spans(s.article)):
        return None
    return replace(s, start=a, end=b) if readable(text[a:b]) else None


def following(s: Sentence) -> Sentence | None:
    """The readable sentence just after it, there or in the next paragraph; else None."""
    text = s.article.text
    found = split_sentences(text, s.end, min(len(text), s.end + 1500))[:1]
    if not found:
        return None
    a, b = found[0]
    if text[s.end : a].count("\n\n") > 1 or not readable(text[a:b]):
        return None
    return replace(s, start=a, end=b)


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
    return n if renamed or REFERS.match(n.text) else None


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


def distinct(found: list[Sentence], limit: int) -> list[Sentence]:
    """The first `limit` sentences of `found` (best first) that are readable and say
    something another kept one does not: a wire copy's sentence, or one sharing most of
    its words with a kept one, is dropped."""
    kept: list[Sentence] = []
    words: list[set[str]] = []
    for s in found:
        if len(kept) >= limit:
            break
        w = content_words(s.text)
        if not readable(s.text) or not w:
            continue
        if any(len(w & o) / len(w | o) >= SAME_SAYING for o in words):
            continue
        kept.append(s)
        words.append(w)
    return kept
