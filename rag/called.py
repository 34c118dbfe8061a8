"""What a text calls a thing, for stated.py: the words the asked one calls the asked thing
("President Joe Biden called those deals “a win for tens of thousands of rail workers …”"
for "what did biden call the rail deals"), and what a short form stands for or a term
means, as the text spells it out beside it ("“U” (undisclosed)", "North Atlantic Treaty
Organization (NATO)") or defines it ("The definition of the X gender marker will be …").
Reads a parsed sentence and the question's words only; decides nothing about support.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .question import Question
from .text import COMPLEMENTS, SUBJECTS, parse, stem

# "what did biden call the rail deals": who called (group 1) what (group 2).
CALLING = re.compile(r"^what (?:did|does|do|has|have) (.+?) call (.+?)\W*$", re.I)
# "what does the u gender option stand for", "what does the x gender marker mean": the
# term asked to be spelled out or defined (group 1) and its first word, the short form
# (group 2).
STANDS_FOR = re.compile(r"^what (?:does|do|did) (?:the |an? )?((\w+)\b.*?) (?:stand for|mean)\W*$", re.I)
# Nouns whose "be" clause says what a term means: "The definition of the X gender marker will be …".
DEFINING = {"definition", "meaning"}
# Verbs that call a thing something: "calling her a “renegade prosecutor”", "described the
# blizzard as …", "dubbed it …".
CALLING_VERBS = {"call", "describe", "dub", "label", "brand"}


def calls(doc, question: Question) -> Iterator:
    """What the text says the asked one called the asked thing: "President Joe Biden called
    those deals “a win for tens of thousands of rail workers …”" for "what did biden call
    the rail deals", and as it may say so otherwise: "Xi could be heard … describing
    Trudeau as “very naive.”" Read from the question's words (the small parser takes a
    lower-case name for anything): the caller's words in the subject (a participle's is
    its clause's), the called thing's head word in the object."""
    asked = CALLING.match(question.text)
    if asked is None:
        return
    caller = {stem(w) for w in asked.group(1).split()}
    # the head of the called thing: "event" of "the event in her honor"
    thing = stem(next(t.text for t in parse(asked.group(2)) if t.dep_ == "ROOT"))
    for verb in doc:
        if verb.lemma_ not in CALLING_VERBS:
            continue
        doers = [c for c in verb.children if c.dep_ in SUBJECTS]
        if not doers and verb.dep_ in ("advcl", "xcomp", "conj"):
            doers = [c for c in verb.head.children if c.dep_ in (*SUBJECTS, "nsubjpass")]
        said_by = {stem(t.text) for c in doers for t in c.subtree}
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        said_of = {stem(t.text) for c in objects for t in c.subtree}
        if not (caller & said_by and thing in said_of):
            continue
        span = _called_as(verb, objects[0])
        if span is None:
            continue
        # "a “war criminal”": the quoted words, without the article before the quote
        while len(span) > 1 and (span[0].is_quote or span[0].is_punct or span[1].is_quote):
            span = span[1:]
        # up to the first "and" or mark (a closing quote too): the name given, not all
        # the praise after it
        cut = next((t.i for t in span[1:] if t.dep_ == "cc" or t.is_punct), span.end)
        yield doc[span.start : cut]


def spelled_out(doc, question: Question) -> Iterator:
    """What the text writes beside a short form to spell it out, in brackets after it
    ("“U” (undisclosed)") or before its bracketed letters ("North Atlantic Treaty
    Organization (NATO)"), for "what does u stand for"; or what it says the asked term's
    definition is ("The definition of the X gender marker will be “unspecified or another
    gender identity,”") for "what does the x gender marker mean"."""
    asked = STANDS_FOR.match(question.text)
    if asked is None:
        return
    short = asked.group(2).lower()
    yield from _defined(doc, {w.lower() for w in asked.group(1).split()})
    for t in doc:
        if t.text.strip("'\"“”‘’").lower() != short:
            continue
        after = t.i + 1 + (t.i + 1 < len(doc) and doc[t.i + 1].is_quote)
        if after < len(doc) and doc[after].text == "(" and doc[after - 1].text != "(":
            closed = next((u.i for u in doc[after + 1 :] if u.text == ")"), None)
            if closed and closed > after + 1:
                yield doc[after + 1 : closed]
        if t.i >= 1 and doc[t.i - 1].text == "(" and t.i + 1 < len(doc) and doc[t.i + 1].text == ")":
            # the words before the bracket whose initials spell the short form
            words = [u for u in doc[: t.i - 1] if not u.is_punct][-len(short) * 2 :]
            for start in range(len(words)):
                spelled = "".join(u.text[0] for u in words[start:] if u.text[:1].isupper())
                if words[start].text[:1].isupper() and spelled.lower() == short:
                    yield doc[words[start].i : t.i - 1]
                    break


def _defined(doc, term: set[str]) -> Iterator:
    """The complement of a "be" clause whose subject is the definition of the term, the
    quoted words when it quotes them."""
    for verb in doc:
        if verb.lemma_ != "be":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in DEFINING), None)
        if subject is None or not term <= {t.lower_ for t in subject.subtree}:
            continue
        told = [c for c in verb.children if c.dep_ in COMPLEMENTS]
        if not told:
            continue
        start, end = min(c.left_edge.i for c in told), max(c.right_edge.i for c in told) + 1
        while start < end and (doc[start].is_quote or doc[start].is_punct):
            start += 1
        if start < end:
            yield doc[start:end]


def _called_as(verb, thing):
    """The words the verb gives the thing: its object complement ("called those deals “a
    win …”"), what follows its "as" ("described the blizzard as “the worst storm …”"), or
    else the first quote after the thing, which the parser often hangs elsewhere ("called
    the upcoming event, during which she’ll receive the apology in person, “a dream come
    true.”")."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ == "oprd":
            return doc[c.left_edge.i : c.right_edge.i + 1]
        if c.lower_ == "as" and c.dep_ == "prep" and c.i > thing.i and c.right_edge.i > c.i:
            return doc[c.i + 1 : c.right_edge.i + 1]
    opened = next((t.i for t in doc[thing.right_edge.i + 1 :] if t.is_quote), None)
    if opened is None:
        return None
    closed = next((t.i for t in doc[opened + 1 :] if t.is_quote), len(doc))
    return doc[opened:closed] if closed > opened + 1 else None
