"""Numbers in a parsed sentence, for candidates.py: what a number counts ("119" of
"vote 119 to one"), whether it is a total of a partitive ("27" of "22 of the 27
states"), part of a name ("Top 10"), only years, an age and whose, a change rather than
a share ("rose 5%"), and one key for a value however it is written ("Seven" and "7").
Finds no candidates and scores none.
"""

from __future__ import annotations

import re

from .names import asked_share, named_words
from .question import (
    CHANGES,
    Question,
    objects_of,
)
from .text import is_year, normalize, numbers, parse, stem, verb_above
from .when import TIME_UNITS, season

PLACE_LABELS = ("GPE", "LOC")
TALLIES = {"report", "case", "incident", "instance"}  # nouns that count what they are "of"

# How news gives one's age: "Camilla, 75,", "the 76-year-old", "at the age of 42", or an
# obituary's sentence of its own, "The Wilmington native was 92.".
AGED = re.compile(
    r", \d{1,3},|\b\d{1,3}-year-old\b|\bage of \d{1,3}\b|\b\d{1,3} years old\b|\b(?:was|is) \d{1,3}\.\s*$"
)
# Who an age said of a sentence's subject is of: "He was 87.", "The native was 92.".
SUBJECT_PRONOUNS = {"he", "she"}


def of_unit(span, question: Question) -> bool:
    """Does the number modify the noun "how many" asks about ("wins" of "how many wins")?
    Not "first": "its first-ever World Cup" says which one, not that there was one."""
    unit = _asked_unit(question)
    first = span.root.lower_.startswith(("first", "1st"))
    return bool(unit) and not first and stem(_one_unit(span.root.head.lemma_.lower())) == unit


def _asked_unit(question: Question) -> str:
    """The stem of the noun "how many" asks about, in the singular ("" when none)."""
    return stem(_one_unit(question.unit)) if question.unit else ""


def one_of(span) -> bool:
    """Is it "one of" several, which counts none of them: "One of many in a rash of retail
    bankruptcy filings, Buy Buy Baby's parent company … filed" closes no number of stores?"""
    return span.text.lower() == "one" and span.end < len(span.doc) and span.doc[span.end].lower_ == "of"


def ordinal(t) -> bool:
    """Is the number word one that says which, not how many: "Fifth" in "Fifth Amendment",
    "21st"?"""
    return bool(re.fullmatch(r"\d+(?:st|nd|rd|th)|[a-z-]*(?:first|second|third|th)", t.lower_))


def named_number(span) -> bool:
    """Is the number part of a name, set after a capitalized word of it: "Top 10", "Route
    91", "Apollo 11", "No. 7"? A count stands before what it counts, and a capital
    within a sentence starts a name."""
    doc, at = span.doc, span.start
    if at >= 2 and doc[at - 1].text == "." and doc[at - 2].text == "No":
        return True  # "No. 7", which the tokenizer may split
    before = doc[at - 1] if at > span.sent.start else None
    return (
        len(span) == 1
        and before is not None
        and before.i > span.sent.start
        and ((before.is_alpha and before.text[:1].isupper()) or before.text == "No.")
        and before.ent_type_ not in ("DATE", "TIME")
    )


def the_whole(span, question: Question) -> bool:
    """Is the amount the size of the whole that "how much of the X" asks a part of: the
    "$700 million contract" for "how much of ohtani's contract is deferred"?"""
    much = next(
        (t for t in parse(question.text) if t.lower_ == "much" and t.i and t.nbor(-1).lower_ == "how"), None
    )
    wholes = {o.lemma_.lower() for o in objects_of(much, "of")} if much is not None else set()
    root = span.root
    return bool(wholes) and root.dep_ in ("nummod", "compound", "amod") and root.head.lemma_.lower() in wholes


def fraction(span) -> bool:
    """Is it a decimal below one (".676", "0.5"), a rate or a share that counts nothing:
    ".676 winning percentage" is no number of fans?"""
    numbers = [t for t in span if t.like_num]
    return bool(numbers) and all(re.fullmatch(r"0?\.\d+", t.text) for t in numbers)


def hyphened(span):
    """The word a hyphen right after the span joins it to ("based" of "Paramus-based",
    "pointer" of "3-pointer"), or None."""
    doc, end = span.doc, span.end
    return doc[end + 1] if end + 1 < len(doc) and doc[end].text == "-" else None


def kind_of_thing(span) -> bool:
    """Is the number glued by a hyphen to an agent noun it makes a kind of: "a seemingly
    effortless 3-pointer" is one shot, not three points ("a 10-point lead" still counts)?"""
    word = hyphened(span)
    return (
        word is not None
        and not span.doc[span.end].whitespace_
        and word.lower_.endswith("er")
        and word.pos_ == "NOUN"
    )


def years_only(span, question: Question) -> bool:
    """Are the span's numbers all years (a count's span must hold a number at all)?"""
    numbers = [t for t in span if t.like_num]
    return (bool(numbers) or question.answer_type == "count") and all(
        is_year(t) or season(t) for t in numbers
    )


def number_key(span) -> str:
    """One key for one value however it is written, so that copies of a story agree and
    only real disagreements show: "Seven" and "7", "$2.5 million" and "$2,500,000".
    A percentage is not a count; a quantity or a duration keeps its unit ("22 years")."""
    values = numbers(span.text)
    unit = span[-1].lemma_.lower()
    if len(values) == 1 and span.label_ in ("DATE", "TIME", "QUANTITY") and unit in TIME_UNITS:
        # "a period of 10 years" and "the next 10 years" are one length of time.
        return f"{_value(values[0])} {unit}"
    if len(values) != 1 or span.label_ not in ("CARDINAL", "MONEY", "PERCENT"):
        return normalize(span.text)
    return f"{_value(values[0])}{'%' if span.label_ == 'PERCENT' else ''}"


def _value(value: float) -> int | float:
    return int(value) if value.is_integer() else value


def _counts_unit(t, unit: str) -> bool:
    """Does the counted word name the asked unit: the same stem, one stem the start of the
    other ("Britons" for "brits"), or a people's name for "people" ("2.3 million Britons",
    "8 million Americans")?"""
    own = stem(_one_unit(t.lemma_.lower()))
    if unit in (own, stem(t.text)):
        return True
    if min(len(own), len(unit)) >= 4 and (own.startswith(unit) or unit.startswith(own)):
        return True
    return unit == stem("person") and t.ent_type_ == "NORP"


def _one_unit(lemma: str) -> str:
    # spaCy lemmatizes "people" as "people": "one person killed" counts the people asked for.
    return "person" if lemma in ("people", "persons") else lemma


def count_features(span, question: Question) -> dict:
    """Does the number count the asked thing, and is it the total of a partitive?"""
    root = span.root
    counted = []
    head = root.head
    # "75 years", "22 years ago"; not the "thirds" of "two-thirds", part of the number itself
    own = [t for t in span if t.pos_ == "NOUN" and t.ent_type_ != "CARDINAL"]
    if span.label_ == "MONEY":
        # A sum counts money, not what it is the sum of: "the $7.25 states" are no 7.25 states.
        counted = own
    elif own:
        # A number with its own unit counts that unit: "an 18.5-foot-tall Fraser fir" is
        # no count of firs. Unless that unit, not hyphened to the number as a measure is
        # ("a 5-mile route"), only says which kind the word after it is: "50,000 day passes"
        # (tagged a date "50,000 day", "passes" a verb) counts passes.
        counted = own + [
            t.head
            for t in own
            if t.dep_ in ("compound", "npadvmod") and t.head.i >= span.end and t.doc[t.i - 1].text != "-"
        ]
    elif root.dep_ in ("nummod", "quantmod", "compound", "amod") or head.pos_ in ("NOUN", "PROPN"):
        counted.append(head)
        # "39 holiday songs": the parser may hang the number on the compound before the noun.
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
            counted.append(head)
    counted += objects_of(root)
    unit = _asked_unit(question)
    if not counted and head.pos_ == "VERB" and root.dep_ in ("dobj", "npadvmod") and _counts_unit(head, unit):
        counted.append(head)  # "lawmakers … vote 119 to one" counts votes
    if not counted and root.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ == "VERB":
        # A number after "with" leaves out the noun its verb has just named: "… lead the
        # nominations with five apiece" counts nominations.
        counted = [t for t in head.head.children if t.dep_ == "dobj"]
    if not counted and root.dep_ == "attr" and any(t.dep_ == "expl" for t in head.children):
        # "there have only been four" counts the noun written last before it: "the mantra
        # of every commissioner — admittedly there have only been four — …".
        counted = [t for t in span.sent if t.i < root.i and t.pos_ == "NOUN"][-1:]
    # A tally of something counts it: "11 reports of fires", "20 cases of measles".
    counted += [o for n in list(counted) if n.lemma_.lower() in TALLIES for o in objects_of(n)]
    # What is counted is the noun, not a word joined before it to say which: "11 buybuy Baby
    # locations" counts locations, not the brand a question names ("how many stores will
    # buybuy baby reopen").
    counts = frozenset(
        stem(_one_unit(t.lemma_.lower())) for t in counted if not (t.dep_ == "compound" and t.head in counted)
    )
    # The counted noun's modifiers name what is counted as well: "520,000 Ford Escape and
    # Bronco Sport compacts" counts Escapes, "59 of its 2023 Golf R A8 … vehicles" Golfs.
    counted += [
        t for n in list(counted) for c in n.children if c.dep_ in ("compound", "nmod") for t in c.subtree
    ]
    match = any(_counts_unit(t, unit) for t in counted)
    # A bare number a list gives the asked place stands for the asked thing: "17 in Iowa".
    match = match or (not counted and placed_count(span, question))
    # "How many times" counts occurrences, whatever the text calls them: "10 biting
    # incident attacks", but not "10 years".
    match = match or (unit == stem("time") and any(t.pos_ == "NOUN" and not t.ent_type_ for t in counted))
    partitive = (
        root.dep_ == "nummod"
        and head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and any(t.like_num for t in head.head.head.subtree if t.i < root.i)
    )
    return {"unit_match": float(match), "partitive": float(partitive), "counts": counts}


def placed_count(span, question: Question) -> bool:
    """Is it a bare number a list gives the asked place: "17" of "garnered 26 spots on the
    list — compared to just 17 in Iowa, 12 in New York" for "how many puppy mills did iowa
    have on the list"? The number stands for the counted noun and takes "in" the place."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(o.ent_type_ in PLACE_LABELS and stem(o.text) in question.names for o in c.children)
        for c in span.root.children
    )


def _scope(span) -> list:
    """The place a count is set off as one place's share by, ahead of the clause that gives
    it: "Kentucky" of "In Kentucky, three people died …" or "And in Ohio, four people have
    died", and of a roundup's "• Missouri: One person died …"; [] when none."""
    doc = span.doc  # one sentence, which the parser may split at the label's colon
    colon = next((t.i for t in doc[:6] if t.text == ":"), None)
    if colon is not None and colon < span.start:
        label = [t for t in doc[:colon] if not t.is_punct and t.text != "•"]
        if label and all(t.ent_type_ in PLACE_LABELS for t in label):
            return label
    verb = verb_above(span.root.head if span.root.dep_ == "nummod" else span.root)
    if verb is None:
        return []
    fronted = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < verb.i]
    return [t for c in fronted for t in c.subtree if t.ent_type_ in PLACE_LABELS]


def counted_in_part(span, question: Question, title: str) -> bool:
    """Is the count one place's share when neither the question nor the story's `title`
    names that place: "In Kentucky, three people died due to the storm" counts no storm's
    dead, but "In Canada, more than 500 doctors … have signed" under "Canadian doctors
    protest their own pay raises" counts the story's?"""
    scope = _scope(span)
    if not scope:
        return False
    known = question.names | question.places | named_words(title)
    return not any(asked_share({stem(t.text)}, known) == 1 for t in scope)


def counted_in_asked(span, question: Question) -> bool:
    """Is the count the share of the place the question asks about: "In Arizona, the 13 Bed
    Bath and Beyond stores …" for "how many bed bath and beyond stores are in arizona"?"""
    return bool(question.places) and any(stem(t.text) in question.places for t in _scope(span))


def written_as_age(span) -> bool:
    """Is the span written as an age: "46-year-old", "76 years old", "aged 51", or a
    number set beside a name ("Lynch, 46,", "Tom Flacco, now 23,", "Biden, who is 80,")?"""
    if any(t.lower_ in ("old", "age") or t.lower_.endswith("-old") for t in span):
        return True  # "76 years old", "at the age of 54"
    if span.start and span.doc[span.start - 1].lower_ in ("aged", "age"):
        return True
    root = span.root
    # News writes an age in figures; "Perry, one of Ottawa's proudest sons" gives none.
    return (
        len(span) == 1
        and root.is_digit
        and not any(c.dep_ == "prep" for c in root.children)
        and (
            root.dep_ == "appos" or (root.dep_ == "attr" and root.head.dep_ == "relcl") or _said_of_one(span)
        )
    )


def _said_of_one(span) -> bool:
    """Is the number all a sentence says of its subject, one written as a person is: "He
    was 87.", "The Wilmington native was 92." (not "The score was 92 to 80")?"""
    root, doc = span.root, span.doc
    if root.dep_ != "attr" or root.head.lemma_ != "be" or root.head.dep_ != "ROOT":
        return False
    if any(t.is_alpha for t in doc[span.end :]):
        return False
    subject = next((c for c in root.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and (
        subject.lower_ in SUBJECT_PRONOUNS
        or (subject.pos_ == "NOUN" and any(c.lower_ == "the" for c in subject.children))
    )


def aged(span, question: Question) -> float:
    """1 when the age is given to a name the question asks about: the name it stands
    beside ("Lynch, 46,"), modifies ("46-year-old Dennis Brown") or is said of ("Trump is
    76 years old"); 0 for another's ("jet fighters that were 48 years old", "Travis Kelce,
    33," for Jason Kelce)."""
    near, head = [], span.root
    for _ in range(3):
        head = head.head
        near += [head, *(c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "compound", "appos"))]
    names = {stem(t.text) for n in near for t in (n, *(c for c in n.children if c.dep_ == "compound"))}
    # "Travis Kelce, 33," is not Jason Kelce's age: the surname asked, another first name.
    lasts = {last for _, last in question.forenames}
    other = any(
        stem(c.text) not in question.names
        for n in near
        if stem(n.text) in lasts
        for c in n.children
        if c.dep_ == "compound"
    )
    return float((bool(names & question.names) or _described(span, question)) and not other)


def described_alone(span) -> bool:
    """Is the age given to "the" someone in a sentence that names no person, so that it
    refers back: "When the 76-year-old former property tycoon … promised" ("Bernie
    Sanders-style promises" names no one)?"""
    return _of_the_one(span) and not any(
        e.label_ == "PERSON" and e.root.dep_ != "compound" for e in span.doc.ents
    )


def _described(span, question: Question) -> bool:
    """Is the age given to "the" someone the sentence names only as whose something is, and
    names no one else: "Matthew Perry's family has spoken out on the death of the
    54-year-old "Friends" actor" (not "Trump attacked the 80-year-old president")?"""
    if not _of_the_one(span):
        return False
    people = [e for e in span.doc.ents if e.label_ == "PERSON"]
    return bool(people) and all(
        {stem(t.text) for t in e} & question.names and e.root.dep_ == "poss" for e in people
    )


def _of_the_one(span) -> bool:
    """Is the age given to "the" someone, a common noun ("the 54-year-old actor"), or does
    it stand for them ("the 29-year-old left the Los Angeles Angels")?"""
    noun, doc = span.root.head, span.doc
    if noun.pos_ == "NOUN" and any(c.lower_ == "the" for c in noun.children):
        return True
    if _said_of_one(span):
        return True
    # The parser hangs an age standing alone anywhere; the words around it say it stands.
    return (
        span.start > 0
        and doc[span.start - 1].lower_ == "the"
        and (span.end == len(doc) or doc[span.end].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"))
    )


def by_how_much(span) -> bool:
    """Is the number the measure of a difference or a change: "10% to 50% cheaper", "rose
    5%", "down 15%" (not "two-thirds of whom …", which the parser may hang on any verb)?"""
    head = span.root.head
    return span.root.dep_ == "npadvmod" and (
        head.tag_ in ("JJR", "RBR") or head.lemma_.lower() in CHANGES or head.lower_ in ("down", "up")
    )
