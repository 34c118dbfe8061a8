"""What a sentence states the asked thing to be: "Merriam-Webster's word of the year is
"authentic."" answers "what is merriam webster's word of the year", and ""Sus," short for
suspicious, is the most used slang term by teenagers" answers "what's the most used slang
word", though neither answer is a name or a noun phrase the tagger would offer.

One side of a "be" clause, of an apposition beside the asked noun, of a role taken "as"
one ("Bass will make history as the first female mayor") or of a name given ("a group
called Caterva"), or a phrase before a colon restates what the question asks about: it
is headed by the asked noun, or by a noun two of the question's other words modify, with
no word before its head the question lacks. The other side (or what the colon announces)
is the answer when it names, numbers or quotes. Likewise a number that modifies the noun
whose measure "how long / big / much" asks ("the committee's 56-page report", "damage
estimated at $5.5 billion") states that measure (`measures`). Reads a parsed sentence
only; candidates.py shows such an answer ahead of the scorer's threshold, if the support
rules let it be shown.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .called import calls, goes_by, spelled_out
from .counts import named_number
from .question import QUANTITY_NOUNS, Question, objects_of, of_object
from .text import COMPLEMENTS, SUBJECTS, antecedent, apposed, is_year, parse, stem, tokens
from .titles import held_elsewhere

# Words that are not what a phrase says: "the", "'s", "of".
UNSAID = {"DET", "PUNCT", "PART", "ADP", "CCONJ", "PRON"}
# Verbs that give a thing its name.
CALLED = ("call", "name", "dub")
# Verbs that give one a role or a name "as" another: "identified the official as …".
NAMING = {"identify", "name", "appoint", "choose", "select", "elect", "tap", "pick", "announce", "confirm", "list"}  # fmt: skip
# Verbs that make a thing known; negated, the thing is not known yet.
UNTOLD = {"announce", "disclose", "release", "reveal", "know", "confirm", "determine", "specify", "say", "decide", "identify"}  # fmt: skip
# Nouns that stand for what a question asks: "The price has not yet been announced".
ASKED_THINGS = {"price", "cost", "amount", "number", "figure", "total", "date", "time", "name", "identity", "location"}  # fmt: skip
# "the last time", "the first time": which time of several a question asks.
ORDINAL_TIME = re.compile(r"\b(first|last|next)\s+time\b", re.I)
# Clauses that may hang on a phrase's head from before it.
CLAUSES = {"acl", "relcl", "advcl", "ccomp", "csubj"}
# What follows a phrase's head but is not the phrase's name: "Sus, short for suspicious,".
TRAILING = {"appos", "relcl", "acl", "prep", "punct", "cc", "conj", "advcl", "amod", "npadvmod"}


def stated(doc, question: Question, year: str = "") -> Iterator:
    """Spans of `doc` that a "be" clause, an apposition or a colon states to be what the
    question asks for ("its 2022 word of the year: "gaslighting""). `year` is the article's: a
    phrase dated to it is of the article's own time ("its 2022 word …" in a 2022 story)."""
    yield from calls(doc, question)
    yield from spelled_out(doc, question)
    yield from goes_by(doc, question)
    if not question.focus:
        return
    yield from _ordinal_one(doc, question)
    # An apposition states it only beside the asked noun itself ("The new variant, JN.1,"),
    # not beside any phrase of the question's words ("Equal Justice Initiative (EJI)").
    pairs = [
        (t.head, t) for t in doc if apposed(t) and (_is_focus(t, question) or _is_focus(t.head, question))
    ]
    for verb in doc:
        # A relative "which" or "who" stands for the noun its clause hangs on: "The US
        # Department of Energy’s Summit, which is the fastest supercomputer in the United States".
        subjects = [antecedent(c) for c in verb.children if c.dep_ in SUBJECTS] or _controller(verb)
        # (Not "become" completing another verb: whether "defeated Truono to become the
        # nominee" or "chose Anderson to become chairman", the parser hangs both alike.)
        if verb.lemma_ == "be" or (verb.lemma_ == "become" and verb.dep_ != "xcomp"):
            pairs += [(s, c) for s in subjects for c in _listed(verb, COMPLEMENTS)]
        # What the asked things are said to include is each of them: "The companies named in
        # the lawsuit include Meta Platforms Inc., Snap Inc. and Discord Inc."
        if verb.lemma_ == "include":
            pairs += [
                (s, c)
                for s in subjects
                if not _doing_else(s, verb, question)
                for c in _listed(verb, ("dobj",))
            ]
        # A role taken "as" one: "Bass will make history as the first female mayor of Los
        # Angeles" states who that mayor is.
        roles = objects_of(verb, "as")
        # Or one a verb of naming gives its object: "OpenAI named Mira Murati as its interim
        # CEO" states who the interim CEO is (not OpenAI).
        named = [o for o in verb.children if o.dep_ == "dobj"] if verb.lemma_ in NAMING else []
        pairs += [(s, r) for s in named or subjects for r in roles]
    sides = [side for pair in pairs for side in pair]
    if any(_asked(side, question, year) and _dated_elsewhen(side, question, year) for side in sides):
        return  # "'Gaslighting' is Merriam-Webster's 2022 word of the year" in a 2023 story
    for told in doc:
        # What the text says the one "what kind of X is Y" asks about is: "Commander, a
        # German Shepherd who was gifted to the Bidens …".
        if stem(told.text) in question.kind_of:
            kinds = [c for c in told.children if apposed(c)]
            if told.dep_ in SUBJECTS and told.head.lemma_ == "be":
                kinds += [c for c in told.head.children if c.dep_ in COMPLEMENTS]
            yield from (a for a in map(_phrase, kinds) if a is not None)
    for name in doc:
        # What a thing of the asked kind is called, however the text describes it: "a
        # local protest group called Caterva", "a cat named Willow".
        called = name.head
        if (
            name.dep_ == "oprd"
            and called.lemma_ in CALLED
            and called.dep_ == "acl"
            and called.head.lemma_.lower() == question.focus
            and (answer := _phrase(name)) is not None
        ):
            yield answer
    yield from _most(doc, question)
    if question.kind == "list":
        yield from _listed_after_colon(doc, question)
    for noun in doc:
        if noun.lemma_.lower() == question.focus and _restates(noun, question, year):
            answer = _after_colon(noun) or _named_after(noun, question)
            if answer is not None:
                yield answer
    for one, other in pairs:
        if _restates(one, question, year) and not _asked(other, question, year):
            answer = _phrase(other)
        elif _restates(other, question, year) and not _asked(one, question, year):
            answer = _phrase(one)
        else:
            continue
        if answer is not None:
            yield answer


def _ordinal_one(doc, question: Question) -> Iterator:
    """The one of the asked kind the text says "was the first" (or the last …) that "which
    X was the first …" asks for: "Chief Justice John Marshall, who was the court's
    longest-serving member at 34 years, was the first, in 1894." for "which justice was the
    first on a stamp". The text must title them with the asked noun."""
    asked = {t.lower_ for t in parse(question.text) if _ordinal_complement(t)}
    for t in doc:
        if t.lower_ not in asked or not _ordinal_complement(t):
            continue
        for one in t.head.children:
            titled = any(w.lemma_.lower() == question.focus for w in one.subtree if w.i < one.i)
            if (
                one.dep_ in SUBJECTS
                and one.pos_ == "PROPN"
                and titled
                and (answer := _phrase(one)) is not None
            ):
                yield answer


def _ordinal_complement(t) -> bool:
    """Is the token an ordinal that "be" says one is ("was the first")?"""
    return t.ent_type_ == "ORDINAL" and t.dep_ in COMPLEMENTS and t.head.lemma_ == "be"


def _most(doc, question: Question) -> Iterator:
    """Who the text says has (or does) the most of what "which X has the most Y" asks
    about: "Mexico has the most agreements with nine", "The Big Ten has the most with
    three" (the noun left unsaid), as the subject of the question's verb."""
    asked = next(
        (t for t in parse(question.text) if t.lower_ == "most" and t.dep_ in ("amod", "advmod")), None
    )
    if asked is None:
        return
    noun = asked.head if asked.head.pos_ == "NOUN" else asked.head.head
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return
    for t in doc:
        if t.lemma_ != verb.lemma_ or t.pos_ not in ("VERB", "AUX"):
            continue
        # Most of the asked noun, or "the most" with the noun left to the question.
        most = [
            o
            for o in t.children
            if o.dep_ == "dobj"
            and (
                o.lower_ == "most" or (o.lemma_ == noun.lemma_ and any(c.lower_ == "most" for c in o.subtree))
            )
        ]
        if most:
            yield from (a for c in t.children if c.dep_ == "nsubj" and (a := _phrase(c)) is not None)


def _controller(verb) -> list:
    """Who does what an infinitive without a subject of its own says: the object of the
    verb it completes, else that verb's subject. "They chose Reuben Anderson … to serve as
    chairman" has Anderson serve; "Rob Arlett, who defeated … Gene Truono … to become the
    Republican nominee" (an infinitive of result, not a complement) has Arlett become it."""
    head = verb.head
    subjects = [antecedent(c) for c in head.children if c.dep_ in SUBJECTS]
    if verb.dep_ == "xcomp":
        return [c for c in head.children if c.dep_ == "dobj"] or subjects
    if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return subjects
    return []


def _doing_else(noun, verb, question: Question) -> bool:
    """Does a clause on the noun say its things do another deed than the question's: "the
    firms administering it, which include … BrownGreer" are no firm that announced the
    settlement ("The companies named in the lawsuit include …" only names them)?"""
    return any(
        c.dep_ in ("acl", "relcl") and c is not verb and c.lemma_ not in NAMING | question.verbs
        for c in noun.children
    )


def _is_focus(token, question: Question) -> bool:
    """Is the token the asked noun, or the text's word for it ("attorneys" where the
    question asks for "lawyers": Question.kin)?"""
    return token.lemma_.lower() == question.focus or (stem(question.focus), stem(token.text)) in question.kin


def _listed(verb, deps) -> list:
    """The verb's children of these relations, each with those listed beside it ("A, B
    and C")."""
    told = [c for c in verb.children if c.dep_ in deps]
    return [*told, *(x for c in told for x in c.conjuncts)]


def _restates(side, question: Question, year: str) -> bool:
    """Is this side the asked thing, as the question words it: no word before its head
    that the question lacks ("the most hated slang words", "Merriam-Webster's 2021 word"
    in a 2022 story) or gives another noun ("the Tonga eruption" for "which eruption was
    the tonga blast as powerful as"), nor dated to another time ("Last year's word …")
    unless the question dates it so too?"""
    before = _modifiers(side, year)
    # The rest of a name the question gives by one word, the name only saying which one
    # the side is: "Buckingham" of "the Buckingham Palace official" for "who was the palace
    # official who quit" (not "O’Bryon’s Bar", which is a bar by its own name).
    before -= {
        stem(t.text)
        for t in side.subtree
        if t.i < side.i
        and t.pos_ == "PROPN"
        and t.head.pos_ == "PROPN"
        and t.head != side
        and stem(t.head.text) in question.terms
    }
    return (
        _asked(side, question, year)
        and not (question.identity and held_elsewhere(list(side.subtree), question))
        and not before - question.terms
        and not before & question.modifying_others
        and not _dated_elsewhen(side, question, year)
    )


def _dated_elsewhen(side, question: Question, year: str) -> bool:
    asked = question.text.lower()
    return any(_elsewhen(t, year) and t.lower_ not in asked for t in side.subtree if t.i < side.i)


def _asked(side, question: Question, year: str) -> bool:
    """Is the side a phrase for the kind of thing asked: headed by the asked noun ("word
    of the year"), or by a noun the question's words modify ("the most used slang term")?"""
    if _is_focus(side, question):
        return True
    before = _modifiers(side, year)
    # Names that only say whose it is ("Hall-Long's husband") do not make it the asked thing.
    return not before - question.terms and len(before - {stem(question.focus)} - question.names) >= 2


def _modifiers(side, year: str) -> set[str]:
    """The stems of the words before the phrase's head, articles, marks and the article's
    own year aside."""
    return {stem(t.text) for t in side.subtree if t.i < side.i and t.pos_ not in UNSAID and t.text != year}


def _elsewhen(token, year: str) -> bool:
    """Does the token date its phrase to another year than the article's: "last year's",
    "next", "2021" (the tagger calls a year a date or a number)?"""
    if token.shape_ == "dddd":
        return token.text != year and is_year(token)
    return token.ent_type_ == "DATE" and token.lower_ in ("last", "next", "previous")


def _listed_after_colon(doc, question: Question) -> Iterator:
    """Each item a colon announces after words that say everything the question asks but
    the asked noun: "… what some people have found in the usually lightweight packages:
    flashlights, Bluetooth speakers and computer vacuum cleaners" for "what items did
    people find in the packages". Items of up to six words, split at commas and "and"."""
    colon = next((t.i for t in doc if t.text == ":"), None)
    if colon is None or colon >= len(doc) - 1:
        return
    before = {stem(w) for t in doc[:colon] for w in (t.text, t.lemma_)}
    asked = question.terms - {stem(question.focus)} - question.names
    if len(asked) < 2 or not asked <= before or not question.names <= before:
        return
    start = colon + 1
    for end in range(colon + 1, len(doc) + 1):
        if end < len(doc) and not (doc[end].text == "," or doc[end].dep_ == "cc" or doc[end].is_sent_end):
            continue
        item = doc[start:end]
        while len(item) and item[0].pos_ in ("DET", "PUNCT"):
            item = item[1:]
        if 0 < len(item) <= 6 and any(t.pos_ in ("NOUN", "PROPN") for t in item):
            yield item
        start = end + 1
        if end < len(doc) and doc[end].is_sent_end:
            return


def _after_colon(noun):
    """What a colon after the phrase announces, up to six words: "its 2022 word of the year:
    "gaslighting."" (the parser makes it anything but an apposition)."""
    doc, colon = noun.doc, noun.right_edge.i + 1
    if colon >= len(doc) - 1 or doc[colon].text != ":":
        return None
    start = colon + 1 + doc[colon + 1].is_quote
    end = start
    while end < len(doc) and end - start < 6 and not (doc[end].is_quote or doc[end].is_punct):
        end += 1
    if end == start or (end < len(doc) and not (doc[end].is_quote or doc[end].is_punct)):
        return None
    span = doc[start:end]
    return span if _which(span) else None


def _named_after(noun, question: Question):
    """The name written right after the asked noun, as its kind: "the journal Addiction"
    (which the small parser may hang anywhere: here as the subject of "has suggested"). Not
    a name of another type than the asked one ("the state Department of Motor Vehicles" for
    "which state"), nor the subject of a clause on the noun ("the countries Blinken visited",
    where the tagger calls Blinken a place)."""
    doc = noun.doc
    after = noun.i + 1
    # Only a common noun in lower case: "President Joe Biden" is a title, read by titles.py.
    if after >= len(doc) or doc[after].pos_ != "PROPN" or not noun.is_lower:
        return None
    if question.labels and doc[after].ent_type_ and doc[after].ent_type_ not in question.labels:
        return None
    if doc[after].head.dep_ == "relcl" and doc[after].head.head == noun:
        return None  # the subject of a clause on the noun: "the countries Blinken visited"
    if doc[after].ent_type_:
        # The tagger may take the noun into the name ("the journal Addiction", an organization).
        return doc[after : next(e.end for e in doc.ents if e.start <= after < e.end)]
    # Or leave the name untagged: "Russian team UMMC Ekaterinburg".
    end = after
    while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
        end += 1
    return doc[after:end]


def _phrase(head):
    """The head with the words that name it, without what trails after it or the quotes
    and articles around it: "Sus" of ""Sus," short for suspicious,"."""
    doc = head.doc
    # A clause before the head is no part of its name either: the parser may hang "Ranking
    # close behind Lynch once again are …" on the name it introduces.
    cut = {
        t.i
        for c in head.children
        # (A name's own "of" stays: "Annals of Internal Medicine".)
        if (c.dep_ in TRAILING and c.i > head.i and not (c.dep_ == "prep" and c.ent_iob_ == "I"))
        or (c.dep_ in CLAUSES and c.i < head.i)
        for t in c.subtree
    }
    kept = [t.i for t in head.subtree if t.i not in cut]
    start, end = min(kept), max(kept) + 1
    while start < end and (doc[start].is_punct or doc[start].is_quote or doc[start].pos_ in ("DET", "PRON")):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_quote):
        end -= 1
    span = doc[start:end]
    if any(t.pos_ == "PRON" for t in span) or not _which(span):
        return None
    return span


def _which(span) -> bool:
    """Does the phrase say which one, by a name, a number or a quote (""authentic""), not
    only what kind or how ("The product under recall is the 3.5 ounce tub", "The record is
    subject to ratification")?"""
    doc = span.doc
    quoted = span.start and doc[span.start - 1].is_quote
    return bool(quoted) or any(t.pos_ == "PROPN" or t.like_num for t in span)


def unknown(doc, question: Question) -> bool:
    """Does the sentence say that what the question asks is not known yet: "The price has
    not yet been announced", "the company did not disclose how much it paid", "It's unclear
    how many oysters were sold"? Its numbers and names then answer something else (the
    "$9.99" of the current plan in "The price has not yet been announced (the most basic
    … plan costs $9.99 …)")."""
    asked = {stem(w) for w in (*ASKED_THINGS, question.unit, question.focus) if w}
    for t in doc:
        negated = any(c.dep_ == "neg" for c in t.children)
        if t.lemma_ in UNTOLD and negated:
            # "The price has not been announced"; "Facebook has not identified the attackers".
            told = [c for c in t.children if c.dep_ in (*SUBJECTS, "dobj")]
            if any(stem(c.text) in asked for c in told) or _asks_wh(t):
                return True
        if (t.lemma_ in ("unclear", "unknown") or t.lemma_ == "clear" and negated) and _asks_wh(t.head):
            return True
    return False


def _asks_wh(head) -> bool:
    """Does a clause under it (or under the adjective that says it is unclear) open with
    "how many", "how much", "when", "where", "who" or "whether"?"""
    return any(
        c.dep_ in ("ccomp", "xcomp", "dobj", "acomp")
        and any(w.lower_ in ("how", "when", "where", "who", "whether") for w in list(c.subtree)[:3])
        for c in head.children
    )


def time_stated(span, question: Question) -> bool:
    """Is the date what the question's "the last time …" (first, next) is said to be: "The
    last time any actors went on strike was in 2000" for "when was the last time actors
    went on strike"? Such a sentence tells that time, not the day's event it sets beside."""
    asked = {m.lower() for m in ORDINAL_TIME.findall(question.text)}
    verb = span.root.head.head if span.root.dep_ == "pobj" else span.root.head
    if not asked or verb.lemma_ != "be" or span.root.dep_ not in ("pobj", "attr"):
        return False
    return any(
        c.dep_ == "nsubj"
        and c.lemma_ == "time"
        and any(a.lower_ in asked for a in c.children if a.dep_ == "amod")
        for c in verb.children
    )


# Verbs that only put an event on the calendar: "what date was the rail strike set for"
# (as stems, the form the question's terms hold).
SCHEDULING = frozenset(stem(v) for v in ("set", "schedule", "slate", "plan", "due"))


def event_dated(span, question: Question, title: str = "") -> bool:
    """Is the date written as the asked event's own, on a noun of the question, with every
    other word the question asks in the sentence or its article's title: "a Dec. 9 strike"
    for "what date was the rail strike set for" (not for "when will the strike end")?"""
    event = span.root.head
    if (
        span.root.dep_ not in ("nmod", "compound", "npadvmod", "amod")
        or event.pos_ != "NOUN"
        or event.i < span.end
    ):
        return False
    noun = stem(event.text)
    if noun not in question.terms:
        return False
    rest = question.terms - {noun, stem(question.focus)} - SCHEDULING
    said = {stem(t.text) for t in span.doc} | {stem(w) for w in tokens(title)}
    return rest <= said


def deed_dated(span, question: Question, before: frozenset[str] = frozenset()) -> bool:
    """Is the date when the question's subject did its deed, as the sentence tells it,
    holding every other word of the question: "Atomic Monster, the company Wan founded in
    2014" for "when did wan found atomic monster"? Or when the deed was done to what the
    sentence calls by a description ("The school founded in 1882", "whose parents founded
    the establishment in 1999") after the sentences `before` it named the question's one?"""
    verb = span.root.head.head if span.root.dep_ == "pobj" else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in question.verbs:
        return False
    said = {stem(t.text) for t in span.doc}
    # Every word of the question but its verb, in whatever form the text writes that.
    worded = {stem(t.text) for t in parse(question.text) if t.lemma_.lower() in question.verbs}
    # The parser may hang the subject's name beside another noun: "the company Wan founded".
    # A passive names the subject after "by": "a joint resolution, signed by Roosevelt on …".
    if question.terms - worded <= said and any(
        c.dep_ in ("nsubj", "agent") and question.names & {stem(t.text) for t in c.subtree}
        for c in verb.children
    ):
        return True
    done_to = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + (
        [verb.head] if verb.dep_ == "acl" else []
    )
    # The one asked about, by its names, or by its words when typed in lower case.
    asked = question.names or question.terms - worded
    return (
        bool(asked)
        and asked <= before
        and question.terms - worded <= said | before
        and any(_described(n) for n in done_to)
    )


def _described(noun) -> bool:
    """Is the noun a description that refers back, "the" and common nouns ("the
    establishment", "The popular baby retailer"), no name of its own?"""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children) and not any(
        t.pos_ == "PROPN" for t in noun.subtree if t.i <= noun.i
    )


def measures(doc, question: Question) -> Iterator:
    """Numbers that give the measure of the noun "how long / big / much …" asks about
    (`Question.unit`), written as its modifier: "a 36-page report", "a $350,000 taxpayer
    grant", "damage estimated at $5.5 billion"; or counting its units ("390 mg of
    caffeine", `_measure_of`); or an amount "in" it ("$680 million in deferred money",
    `_amount_in`). Not a number of another noun in between ("a grant for 120 companies"),
    nor a year ("the 2022 report"), nor one of several (the storm "— one of the most
    severe … —" is not what the storm cost)."""
    noun = question.unit or (question.focus if question.focus in QUANTITY_NOUNS else "")
    if question.answer_type != "amount" or not noun:
        return
    seen = set()
    for t in doc:
        if not t.like_num or is_year(t) or (t.i + 1 < len(doc) and t.nbor().lower_ == "of"):
            continue
        if named_number(doc[t.i : t.i + 1]):
            continue  # "Amendment 1's passage": the number names the amendment, it measures nothing
        measure = _measure_of(t, noun) or _amount_in(t, noun)
        if t.ent_type_ and t.ent_type_ not in question.labels and not measure:
            continue
        span = _written(t)
        if measure:
            span = doc[span.start : max(span.end, t.head.i + 1)]  # "390 mg", which the tagger calls "390"
        if (span.start, span.end) not in seen and (measure or _modifies(t, span, noun)):
            seen.add((span.start, span.end))
            yield span


def _measure_of(number, noun: str) -> bool:
    """Does the number count the units of a measure of the noun: "390 mg of caffeine", or
    given per one of it: "25 micrograms each dose", "25 micrograms per dose"? (Not of a
    name: "40 bottles of The Macallan 1926" is no price of the whisky.)"""
    unit = number.head
    return (
        number.dep_ == "nummod"
        and unit.pos_ == "NOUN"
        and unit.i == number.i + 1
        and (measured := of_object(unit) or _of_described(unit) or _each(unit)) is not None
        and measured.pos_ == "NOUN"
        and measured.lemma_.lower() == noun
    )


def _of_described(unit):
    """The noun of the unit's "of" when the parser takes the words describing it for a
    clause: "caffeine" in "125 milligrams of "naturally occurring" caffeine" (None else)."""
    return next(
        (
            o
            for c in unit.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for v in c.children
            if v.dep_ == "pcomp"
            for o in v.children
            if o.dep_ == "dobj" and o.pos_ == "NOUN"
        ),
        None,
    )


def _each(unit):
    """The noun a measure is given for one of: "dose" in "micrograms each dose" and in
    "micrograms per dose" (None when there is none)."""
    for c in unit.children:
        if c.dep_ == "prep" and c.lower_ == "per":
            return next((o for o in c.children if o.dep_ == "pobj"), None)
        if c.pos_ == "NOUN" and any(d.lower_ == "each" for d in c.children):
            return c
    return None


def _amount_in(number, noun: str) -> bool:
    """Is the number an amount "in" the noun: "$2.3 billion in debts", "$5 million in
    damages"? (The number's own word or the word it is part of takes the "in".)"""
    heads = (number, number.head) if number.dep_ in ("compound", "quantmod") else (number,)
    return any(o.lemma_.lower() == noun for h in heads for o in objects_of(h, "in"))


def _modifies(number, run, noun: str) -> bool:
    """Does the number hang from the noun, through no other noun than its own written `run`
    ("36-page") and no more than a participle and its preposition ("estimated at")? A bare
    number on the noun counts them: "the other three fires" is no size of a fire (but "a
    113 point lead" measures the lead in points)."""
    counted = number.head
    if (
        number.dep_ == "nummod"
        and counted.lemma_.lower() == noun
        and counted.dep_ != "compound"
        and all(t.like_num for t in run)
    ):
        return False
    head = number
    for _ in range(4):
        if head.head == head:
            return False
        head = head.head
        if head.lemma_.lower() == noun:
            return True
        within = run.start <= head.i < run.end  # "billion" of "$5.5 billion", "page" of "36-page"
        # The things a number counts may be what the noun is "of" or "with": "its biggest
        # spike with 5,625 cases" (not "a grant for 120 companies"); the parser may hang the
        # "with" on the verb whose object the noun is ("has seen its biggest spike with …").
        counts = head == counted and number.dep_ == "nummod" and head.head.lower_ in ("of", "with")
        if counts and any(o.dep_ == "dobj" and o.lemma_.lower() == noun for o in head.head.head.children):
            return True
        if not (within or counts or head.pos_ == "ADP" or head.pos_ == "VERB" and head.dep_ == "acl"):
            return False
    return False


def _written(number):
    """The number as written, with its entity and its hyphened unit: "$350,000", "36-page",
    "10,000-square-foot"."""
    doc = number.doc
    ent = next((e for e in doc.ents if e.start <= number.i < e.end), None)
    start, end = (ent.start, ent.end) if ent is not None else (number.i, number.i + 1)
    if start and doc[start - 1].is_currency:
        start -= 1  # the tagger leaves "$" out of "$350,000"
    while (
        end < len(doc) and not doc[end - 1].whitespace_ and (doc[end].text == "-" or doc[end - 1].text == "-")
    ):
        end += 1
    return doc[start:end]
