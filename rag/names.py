"""The names a question and a sentence give, matched as the corpus writes them.

Which words of a question are names (`named_in`: the corpus decides, so "diaz-canel" and
"cuban president" typed in lower case still name), how the corpus spells them
(`spelled`), which of them tell its stories apart (`telling_names`: not "US" in American
news), the surname a sentence calls someone by (`surnamed`), and what share of the
question's words or names a sentence holds (`asked_share`, `lacking_share`). Reads text
and the index's articles; knows nothing of a sentence's place in its article
(sentences.py) and does not judge what a sentence says of the question (bearing.py).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from .furniture import section
from .index import Index
from .question import DOING, KIND_NOUNS, Question, analyse
from .text import (
    CALENDAR_WORDS,
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

NAMED = 0.8  # share of its uses inside sentences a word is capitalized in, to be a name
TYPED = re.compile(r"\b[a-z][\w-]*")  # a word of the question typed in lower case (`named_in`)
HOW = re.compile(r"\bhow (\w+)")  # the word a question asks a measure by: "how big", "how long"
# A name found in more than COMMON_SHARE of a corpus's articles ("US" in American news)
# says little about which story a sentence tells, so a sentence that lacks it may still
# support an answer. Judged only in a corpus of at least COMMON_MIN_ARTICLES.
COMMON_SHARE = 0.1
COMMON_MIN_ARTICLES = 200
PLACE_COMMON_SHARE = 0.25
PILED_NAMES = 3  # telling names from which a sentence may lack one (`lacking_share`)


def surnamed(question: Question, text: str, article: Article, start: int) -> set[str]:
    """The first names of people the question names in full that the text gives by surname
    alone: "bob" when "McCarthy replied that he directed $2 million to Good for his race" for
    "how much money did mccarthy give to bob good's race". Not when the article names
    someone else of that surname ("Joe Flacco" beside Tom Flacco) in the part of it under
    the same subhead as `start` (a roundup names Scott Wilson in another state's news), nor
    for a lower-case word ("health center" is not WellSpace Health)."""
    return by_surname(question, {stem(w) for w in _words(text) if _capitalized(w)}, article, start)


def by_surname(
    question: Question, written: set[str] | frozenset[str], article: Article, start: int
) -> set[str]:
    """The first names of people the question names in full whose surnames are among the
    `written` stems of capitalized words (`surnamed`)."""
    return {
        first
        for first, last in question.forenames
        if last in written and not _namesake(section(article.text, start), first, last)
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
    # Not a lone letter: the "c" of "c.e. housel" is an initial, and would match any word
    # it begins (asked_share). A verb's irregular form counts only as written: "sung" of
    # "wen-ti sung" is the "Sung" of "Wen-Ti Sung", and "bought" no "Buy" of "Buy Buy Baby".
    irregular = {stem(w): w for word in typed for w in word.split("-") if w in irregular_verbs()}
    lowered = {stem(w) for word in typed for w in word.split("-") if len(w) > 1}
    # Nor the verb of "does …", "did …", "will …": "make" of "how much does a doctor make"
    # is no "Make" of "CNBC Make It" (a name the tagger took for a verb has "is" before it:
    # "is sunak the first hindu prime minister").
    # Unless the text writes it as one name with the word after it: "duke" of "when will
    # duke energy restore power" is the "Duke" of "Duke Energy".
    chunks = {h.chunk.text for h in hits}
    auxed = {
        t
        for t in parse(question.text)
        if t.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lemma_.lower() not in ("be", "have") for c in t.children)
    }
    lowered -= {stem(t.text) for t in auxed} - (_named_pairs(question, chunks) if auxed else set())
    # Nor the word "how" asks a measure by: "big" of "how big is the gavilan fire", though
    # the text writes "Big Bear" and "Big Ten".
    lowered -= {stem(w) for w in HOW.findall(question.text.lower())}
    lowered &= content_words(question.text)
    if not lowered:
        return question
    upper: dict[str, int] = dict.fromkeys(lowered, 0)
    seen: dict[str, int] = dict.fromkeys(lowered, 0)
    # The kind asked for by "which" is no name where the text capitalizes it only as the
    # last word of another: "roads" of "which roads were shut down" where the text writes
    # "Marsh Road" and "Holland Glade Road". (Not by "what": the tagger takes a lower-case
    # name for the noun "what" asks, "cabestan" of "what did jean-pierre cabestan say".)
    kind = next(
        (
            stem(t.lemma_)
            for t in parse(question.text)
            if t.lemma_.lower() == question.focus and any(c.lower_ == "which" for c in t.children)
        ),
        "",
    )
    for text in chunks:
        # Inside a sentence: after a word, or after an initial ("C.E. Housel", "Charles E.
        # Housel"), which ends in a point but starts no sentence, or after a hyphen ("Wen-Ti").
        for m in re.finditer(r"(?:(?<=[\w,;:] )|(?<=\b[A-Z]\. )|(?<=\w-))\w+", text):
            w = stem(m.group())
            if w in seen and irregular.get(w, m.group().lower()) == m.group().lower():
                seen[w] += 1
                upper[w] += m.group()[0].isupper() and not (w == kind and _name_tail(text, m.start()))
    named = {w for w in lowered if seen[w] and upper[w] >= NAMED * seen[w]}
    unnamed = {w for w in lowered if seen[w] and upper[w] < NAMED * seen[w]}
    unseen = {w for w in lowered if not seen[w]}
    if unnamed or unseen:
        # A name the tagger saw stays one beside the name it is typed with; a forename the
        # text writes only where a sentence starts ("Anatoliy Trubin should be enjoying …")
        # is a name where it writes it with the name typed beside it, as is the kind asked
        # for where the question types the whole name ("which dancing grannies", "Dancing
        # Grannies").
        pairs = _named_pairs(question, chunks)
        unnamed -= pairs
        named |= pairs & (unseen | {kind})
    # The tagger reads lower-case names badly: "wilkerson" in "the names of the older couple
    # wilkerson attacked" is taken for the asked noun, "marry" in "who did naomi biden
    # marry" for a noun. The question is read again as the corpus writes it, when that
    # finds the asked noun a name or the verb a "did" wants; its names are capitalized
    # then, so they are no longer typed ones. (A noun asked for by kind is no name, however
    # the corpus writes it: "CEO", the "time" of "what time is the game" where the text
    # writes "Game Time Sports Bar & Grill".)
    cased_ones = named - ({stem(question.focus)} if question.focus in KIND_NOUNS else set())
    cased = TYPED.sub(
        lambda m: (
            m.group().title() if all(stem(p) in cased_ones for p in m.group().split("-")) else m.group()
        ),
        question.text,
    )
    focus_named = bool(question.focus) and stem(question.focus) in cased_ones
    # A "did", "does", "will" … with no verb after it is a misread: "who did naomi biden marry".
    # So is one whose only verb is a name the text writes: "duke" of "when will duke energy …".
    misread = not question.verbs - {t.lemma_.lower() for t in auxed if stem(t.text) in named} and bool(
        DOING & set(tokens(question.text))
    )
    if cased != question.text and (focus_named or misread):
        again = analyse(cased)
        # Read as the corpus writes it, the question may have a speaker: "what did
        # Diaz-Canel say about gaza", where "say" was read as a noun.
        if focus_named or again.verbs or len(again.speaker) > len(question.speaker):
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


def _name_tail(text: str, at: int) -> bool:
    """Does the word at `at` end a name begun by the capitalized word before it ("Road" of
    "Marsh Road")?"""
    before = re.search(r"(\w+)[ -]$", text[:at])
    return before is not None and before.group(1)[0].isupper()


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
        # A short form the text writes too is kept beside its name ("SCDOT" of "about 2,500
        # trees fell on roads …, according to SCDOT"), unless it is a word: "us" of "the US"
        # is not the pronoun.
        written = any(
            m.group() != m.group().lower() for c in chunks for m in re.finditer(rf"\b{short}\b", c, re.I)
        )
        if written and short in stop_words():
            continue
        found = Counter(full for c in chunks for full in spelled_out(short, c))
        if found:
            full = found.most_common(1)[0][0]
            text = re.sub(rf"\b{short}\b", f"{full} ({short.upper()})" if written else full, text, flags=re.I)
    return text if text != question.text else ""


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


def telling_names(
    names: frozenset[str], index: Index, places: frozenset[str] = frozenset()
) -> frozenset[str]:
    """The question's names that tell this corpus's stories apart: all of them, unless the
    corpus is large and a name is common in it. A place that says which (`places`,
    question.whose_places) tells unless it is as common as the corpus's own country ("us"):
    a state in a paper of its states is in many stories, yet "delaware's minimum wage" is
    not told by "The federal minimum wage of $7.25"."""
    n = len(index.articles)
    if n < COMMON_MIN_ARTICLES:
        return names
    return frozenset(
        w
        for w in names
        if index.word_articles[w] <= (PLACE_COMMON_SHARE if w in places else COMMON_SHARE) * n
    )


def asked_share(words: set[str], terms: frozenset[str]) -> float:
    """Share of `words` found among `terms`, a stem matching any stem it begins or ends
    ("cuban" is "cuba"): how much of a candidate the question already says, or how many
    of the question's names a sentence has."""
    said = [w for w in words if w in terms or any(_same_name(w, t) for t in terms if len(t) >= 4)]
    return len(said) / max(1, len(words))


def worded_share(words: frozenset[str], held: frozenset[str]) -> float:
    """Share of `words` among `held`, a stem also held in another form when one of the two
    begins the other and both have four letters or more: "killin" (of "killings") in "kill"
    (of "killed"); not "fin" (of "fined") in "final", nor "win" in "winning" ("won" is no
    winning ticket's)."""
    said = [
        w
        for w in words
        if w in held
        or len(w) >= 4
        and any(len(h) >= 4 and (h.startswith(w) or w.startswith(h)) for h in held)
    ]
    return len(said) / max(1, len(words))


def _same_name(a: str, b: str) -> bool:
    """Do two stems name one thing, one begun by the other ("cuba", "cuban") or by it less
    a last "a", as a people is named from its country ("canada", "canadi"; "china",
    "chines"), or one country's two words ("britai", "britis": text.countries)?"""
    # Not a short form begun by a long word: "uk" names no Ukraine, nor "p" (of "A&P")
    # pensions; the "u" of "U.S." is "us".
    if any(
        ((len(x) >= 3 or len(y) <= 3) and y.startswith(x))
        or (len(x) >= 5 and x[-1] == "a" and y.startswith(x[:-1]))
        for x, y in ((a, b), (b, a))
    ):
        return True
    named = countries()
    return a in named and named.get(b) == named[a]
