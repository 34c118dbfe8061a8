"""What a text calls a thing, for stated.py: the words the asked one calls the asked thing
("President Joe Biden called those deals “a win for tens of thousands of rail workers …”"
for "what did biden call the rail deals"), and what a short form stands for or a term
means, as the text spells it out beside it ("“U” (undisclosed)", "North Atlantic Treaty
Organization (NATO)") or defines it ("The definition of the X gender marker will be …"),
and the name a thing or one goes by ("a celebration known as Black Friday", a nickname
inside a name). Reads a parsed sentence and the question's words only; decides nothing
about support.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .question import Question
from .text import COMPLEMENTS, SUBJECTS, content_words, parse, stem, tokens

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
# How a question asks the name a thing goes by: "what is the day after thanksgiving called"
# (NAMED_THING, the thing in group 1), or who goes by one: "who is called the mother of
# thanksgiving" (NAMED_ONE, the name in group 1).
GOES_BY = r"(?:also |often |sometimes |commonly |usually |officially |fondly )?(?:called|known as|nicknamed|dubbed|referred to as)"
NAMED_THING = re.compile(rf"^what (?:is|was|are|were) (?:the |an? )?(.+?) {GOES_BY}\W*$", re.I)
NAMED_ONE = re.compile(
    rf"^(?:who|what|which \w+) (?:is|was|are|were|became|has been) {GOES_BY} (.+?)\W*$", re.I
)
# Or who the name is asked of outright: "who is the mother of thanksgiving".
WHO_IS = re.compile(r"^who (?:is|was) (the .+?)\W*$", re.I)
# The words after which a text gives the name a thing goes by: "a celebration known as
# Black Friday", "Thanksgiving Day, fondly referred to as Turkey Day", "dubbed Winter Storm
# Elliott".
GIVES_NAME = {"know": "as", "refer": "as", "call": "", "dub": "", "nickname": "", "name": ""}
# A nickname written inside a name: "Melvin “Mudge” Achenbach".
NICKNAMED = re.compile(r"\b([A-Z][\w.'’-]+) [“\"]([A-Z][\w.'’ -]{0,20}?)[”\"] ([A-Z][\w'’-]+)")
NICKNAME = "nickname"


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


def goes_by(doc, question: Question) -> Iterator:
    """The name the text gives the asked thing ("The day after Thanksgiving has also become
    its own celebration known as Black Friday" for "what is the day after thanksgiving
    called"), the one it gives the asked name ("… Sarah Josepha Hale became known as the
    Mother of Thanksgiving" for "who is called the mother of thanksgiving" or "who is the
    mother of thanksgiving"), or the nickname written inside the asked one's name ("her
    late husband Melvin “Mudge” Achenbach" for "what was helen's husband's nickname")."""
    if question.focus == NICKNAME:
        yield from _nicknames(doc, question)
    thing = NAMED_THING.match(question.text)
    one = NAMED_ONE.match(question.text) or WHO_IS.match(question.text)
    if thing is None and one is None:
        return
    for verb in doc:
        given = _name_given(verb)
        if given is None:
            continue
        before = doc[: verb.i]
        if thing is not None and _written_in(thing.group(1), before.text):
            yield given
        if one is not None and content_words(one.group(1)) <= content_words(given.text):
            named = [e for e in before.ents if e.label_ in ("PERSON", "ORG")]
            if named:
                yield named[-1]


def _written_in(phrase: str, text: str) -> bool:
    """Is the phrase written in the text, word for word but for endings and a leading "the"?
    "the day after thanksgiving" is in "The day after Thanksgiving has also become …", not
    in "Thanksgiving Day, fondly referred to …"."""
    words = [stem(w) for w in tokens(phrase)]
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    said = [stem(w) for w in tokens(text)]
    return bool(words) and any(said[i : i + len(words)] == words for i in range(len(said)))


def _name_given(verb):
    """The name a naming verb gives, from the word after its "as" or its object complement
    to the end of that phrase, when it is written as a name (capitalized or quoted)."""
    if verb.lemma_ not in GIVES_NAME:
        return None
    doc = verb.doc
    if GIVES_NAME[verb.lemma_]:
        # "known as X", "referred to as X": the parser hangs "as" on the verb or on "to".
        word = next(
            (
                t
                for t in doc[verb.i + 1 : verb.i + 3]
                if t.lower_ == "as" and t.head.i in (verb.i, verb.i + 1)
            ),
            None,
        )
        name = next((c for c in word.children if c.dep_ == "pobj"), None) if word is not None else None
    else:
        name = next((c for c in verb.children if c.dep_ == "oprd"), None)
    if name is None:
        return None
    start = name.left_edge.i
    while start < name.i and (doc[start].is_punct or doc[start].pos_ == "DET"):
        start += 1
    if not (doc[start].text[:1].isupper() or doc[start].is_quote):
        return None
    return doc[start : name.right_edge.i + 1]


def _nicknames(doc, question: Question) -> Iterator:
    """The nickname inside a name that holds the question's names, or that follows a word
    the question asks whose it is ("husband" for "helen's husband's nickname")."""
    owners = content_words(question.text) - {stem(NICKNAME)}
    for m in NICKNAMED.finditer(doc.text):
        full = {stem(m.group(1)), stem(m.group(3))}
        ahead = content_words(doc.text[max(0, m.start() - 20) : m.start()])
        if question.names and question.names <= full or owners & ahead - question.names:
            span = doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
            if span is not None:
                yield span


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
