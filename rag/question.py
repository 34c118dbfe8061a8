"""What a question asks for, read from a spaCy parse: the kind of answer, the entity
labels an answer may carry, the thing counted, the focus noun, a role's qualifier ("vice"
president), the key terms and the time words.

    kind     asked as                                  answers carry
    count    how many X                                a number that counts X (unit = X's lemma)
    amount   how much / long / old / far, what share   MONEY PERCENT QUANTITY (or a number)
    date     when, what year / day / month / date      DATE (resolved to a calendar date)
    time     at what time                              TIME
    entity   who, where, which country / company / …   the matching named-entity labels
    phrase   other what / which X                      noun phrases, best when headed by X
    yesno    is / did / does / can …                   nothing a span of text can hold

Does not look at articles; candidates.py matches these expectations against sentences.
"""

from __future__ import annotations

from dataclasses import dataclass

from .text import content_words, nlp, stem

PEOPLE = ("PERSON",)
PLACES = ("GPE", "LOC", "FAC")
GROUPS = ("ORG",)
# The head noun of "which X" / "what X" / "the name of the X", by the entity labels
# spaCy's English NER gives such things. Nouns not listed make a "phrase" question.
FOCUS_LABELS = {
    **dict.fromkeys(
        "person man woman actor actress singer rapper player athlete footballer president leader "
        "minister premier chancellor ceo executive founder chief official politician lawmaker senator "
        "governor mayor judge king queen prince princess billionaire journalist author writer director "
        "musician artist comedian host star celebrity candidate coach manager speaker spokesperson "
        "pope chairman chair head".split(),
        PEOPLE,
    ),
    **dict.fromkeys(
        "country nation state city town capital province county village territory".split(),
        ("GPE", "LOC"),
    ),
    **dict.fromkeys("continent river mountain sea ocean lake island region area".split(), ("LOC", "GPE")),
    **dict.fromkeys("airport building bridge stadium venue museum".split(), ("FAC", "ORG")),
    **dict.fromkeys(
        "company firm brand organization organisation group team club party agency university "
        "college bank airline retailer network newspaper magazine school union league band "
        "carmaker automaker broadcaster network charity institution".split(),
        GROUPS,
    ),
    **dict.fromkeys("nationality religion".split(), ("NORP",)),
    **dict.fromkeys("storm hurricane tournament war event".split(), ("EVENT", "PERSON")),
    **dict.fromkeys("film movie book song album show series play novel painting".split(), ("WORK_OF_ART",)),
    **dict.fromkeys("product car vehicle device app drug vaccine phone".split(), ("PRODUCT", "ORG")),
    **dict.fromkeys("law bill act".split(), ("LAW",)),
    "language": ("LANGUAGE", "NORP"),
}
DATE_NOUNS = {"year", "day", "date", "month", "decade", "century", "week"}
TIME_NOUNS = {"time", "hour"}
PERCENT_NOUNS = {"percentage", "percent", "share", "proportion", "fraction", "rate"}
AMOUNT_ADVERBS = {"much", "long", "old", "far", "big", "tall", "high", "large", "deep", "fast", "often"}
# Nouns that stand for "the thing asked about" rather than naming its type.
EMPTY_NOUNS = {"name", "one", "kind", "type", "sort", "which", "what", "following", "title"}


@dataclass(frozen=True)
class Question:
    text: str
    kind: str = "phrase"
    labels: tuple[str, ...] = ()  # named-entity labels an answer may carry
    unit: str = ""  # count: lemma of the thing counted
    focus: str = ""  # phrase / entity: lemma of the noun the answer is an instance of
    role: tuple[str, ...] = ()  # a qualified role asked for, as stems: ("presid", "vic") for "vice president"
    terms: frozenset[str] = frozenset()  # content-word stems (text.content_words)
    names: frozenset[str] = frozenset()  # stems of its proper nouns: what the answer must be about
    time_words: tuple[str, ...] = ()  # DATE / TIME expressions in the question itself
    negated: bool = False  # "Which of the following is NOT …"


def analyse(text: str) -> Question:
    doc = nlp()(text)
    kind, labels, unit, focus = _kind(doc)
    negated = any(t.dep_ == "neg" for t in doc)
    times = tuple(e.text for e in doc.ents if e.label_ in ("DATE", "TIME"))
    # Proper nouns by tag, or by a capital letter inside the sentence: the small tagger
    # takes some names ("Raisi") for verbs.
    names = frozenset(
        stem(t.text) for t in doc if t.pos_ == "PROPN" or (t.i > 0 and t.text[:1].isupper())
    ) & content_words(text)
    terms = frozenset(content_words(text))
    role = _role(doc, focus)
    return Question(text, kind, labels, unit, focus, role, terms, names, times, negated)


def _role(doc, focus: str) -> tuple[str, ...]:
    """The asked noun and its compounds, when it has any: "vice president" in "Who is the
    vice president of Cuba?", "health secretary" in "Which health secretary …"."""
    nouns = [t for t in doc if focus and t.lemma_.lower() == focus] or [
        t
        for t in doc
        if t.dep_ in ("attr", "nsubj") and t.head.lemma_ in ("be", "become") and t.pos_ in ("NOUN", "PROPN")
    ]
    for noun in nouns[:1]:
        compounds = [stem(c.text) for c in noun.children if c.dep_ == "compound"]
        if compounds:
            return (stem(noun.text), *compounds)
    return ()


def _kind(doc) -> tuple[str, tuple[str, ...], str, str]:
    # Quiz questions often set the scene first: "Cranberry sauce is a staple. How many …?"
    doc = list(doc.sents)[-1]
    # "who", "when", "where" ask only when they open the question ("Where did …", "To
    # whom …"); inside it they start a clause ("… this week when she became …").
    opening = {doc[0].lower_} | ({doc[1].lower_} if len(doc) > 1 and doc[0].pos_ == "ADP" else set())
    for i, t in enumerate(doc):
        if t.lower_ != "how" or i + 1 >= len(doc):
            continue
        nxt = doc[i + 1]
        if nxt.lower_ == "many":
            counted = nxt.head if nxt.head.pos_ in ("NOUN", "PROPN") else _next_noun(doc, i + 2)
            return "count", ("CARDINAL", "QUANTITY", "MONEY"), counted.lemma_.lower() if counted else "", ""
        if nxt.lower_ == "much":
            return "amount", ("MONEY", "PERCENT", "QUANTITY"), "", ""
        if nxt.lower_ in ("long", "old"):
            return "amount", ("DATE", "TIME", "QUANTITY", "CARDINAL"), "", ""
        if nxt.lower_ in AMOUNT_ADVERBS:
            return "amount", ("QUANTITY", "PERCENT", "CARDINAL", "MONEY"), "", ""
    if "when" in opening:
        return "date", ("DATE", "TIME"), "", ""
    if "where" in opening:
        return "entity", PLACES, "", ""
    focus = _focus(doc)
    if focus in DATE_NOUNS:
        return "date", ("DATE",), "", focus
    if focus in TIME_NOUNS:
        return "time", ("TIME",), "", focus
    if focus in PERCENT_NOUNS:
        return "amount", ("PERCENT", "CARDINAL"), "", focus
    if focus in FOCUS_LABELS:
        return "entity", FOCUS_LABELS[focus], "", focus
    if opening & {"who", "whom", "whose"}:
        return "entity", ("PERSON", "ORG"), "", focus
    if focus:
        return "phrase", (), "", focus
    if doc[0].pos_ == "AUX" and not any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in doc):
        return "yesno", (), "", ""
    return "phrase", (), "", ""


def _focus(doc) -> str:
    """Lemma of the noun a which/what question asks for an instance of."""
    for t in doc:
        if t.lower_ not in ("which", "what", "whose"):
            continue
        noun = t.head if t.dep_ == "det" and t.head.pos_ in ("NOUN", "PROPN") else None
        if noun is None and t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("NOUN", "ADJ"):
            noun = _next_noun(doc, t.i + 1)
        if noun is not None and noun.i - t.i > 1 and noun.lemma_.lower() in DATE_NOUNS | TIME_NOUNS:
            noun = None  # "use what more than 20 times a day" does not ask for a time
        if noun is None:
            # "What is the name of the company …" / "Which of the following countries …"
            noun = _subject_noun(t)
        while noun is not None and noun.lemma_.lower() in EMPTY_NOUNS:
            noun = _of_object(noun)
        if noun is not None:
            return noun.lemma_.lower()
    return ""


def _next_noun(doc, start: int):
    for t in doc[start : start + 4]:
        if t.pos_ in ("NOUN", "PROPN"):
            return t
    return None


def _subject_noun(wh):
    if wh.dep_ in ("attr", "nsubj", "dobj") or wh.lower_ == "which":
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in wh.children):
            return _of_object(wh)
        if wh.head.lemma_ == "be":  # "What is the name of …", not "What did people put …"
            for c in wh.head.children:
                if c is not wh and c.dep_ in ("nsubj", "nsubjpass", "attr") and c.pos_ == "NOUN":
                    return c
    return None


def _of_object(token):
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for o in c.children:
                if o.dep_ == "pobj":
                    return o
    return None
