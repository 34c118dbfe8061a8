"""What a sentence states the asked thing to be: "Merriam-Webster's word of the year is
"authentic."" answers "what is merriam webster's word of the year", and ""Sus," short for
suspicious, is the most used slang term by teenagers" answers "what's the most used slang
word", though neither answer is a name or a noun phrase the tagger would offer.

One side of a "be" clause restates what the question asks about: it is headed by the
asked noun, or holds two of the question's other words. The other side is the answer.
Reads a parsed sentence only; whether the answer is shown is for the scorer and the
support rules (candidates.py).
"""

from __future__ import annotations

from collections.abc import Iterator

from .question import Question
from .text import stem

SUBJECTS = ("nsubj", "nsubjpass")
COMPLEMENTS = ("attr", "acomp")
# What follows a phrase's head but is not the phrase's name: "Sus, short for suspicious,".
# Words that are not what a phrase says: "the", "'s", "of".
UNSAID = {"DET", "PUNCT", "PART", "ADP", "CCONJ", "PRON"}
TRAILING = {"appos", "relcl", "acl", "prep", "punct", "cc", "conj", "advcl", "amod", "npadvmod"}


def stated(doc, question: Question) -> Iterator:
    """Spans of `doc` that a "be" clause states to be what the question asks for."""
    if not question.focus:
        return
    for be in doc:
        if be.lemma_ != "be":
            continue
        subjects = [c for c in be.children if c.dep_ in SUBJECTS]
        complements = [c for c in be.children if c.dep_ in COMPLEMENTS]
        for subject in subjects:
            for complement in complements:
                if _restates(subject, question) and not _asked(complement, question):
                    answer = _phrase(complement)
                elif _restates(complement, question) and not _asked(subject, question):
                    answer = _phrase(subject)
                else:
                    continue
                if answer is not None:
                    yield answer


def _restates(side, question: Question) -> bool:
    """Is this side of the clause the asked thing, as the question words it: no word
    before its head that the question lacks ("the most hated slang words",
    "Merriam-Webster's 2022 word"), nor dated to another time ("Last year's word …")
    unless the question dates it so too?"""
    asked = question.text.lower()
    return (
        _asked(side, question)
        and not _modifiers(side) - question.terms
        and not any(_elsewhen(t) and t.lower_ not in asked for t in side.subtree if t.i < side.i)
    )


def _asked(side, question: Question) -> bool:
    """Is the side a phrase for the kind of thing asked: headed by the asked noun ("word
    of the year"), or by a noun the question's words modify ("the most used slang term")?"""
    if side.lemma_.lower() == question.focus:
        return True
    before = _modifiers(side)
    return not before - question.terms and len(before - {stem(question.focus)}) >= 2


def _modifiers(side) -> set[str]:
    """The stems of the words before the phrase's head, articles and marks aside."""
    return {stem(t.text) for t in side.subtree if t.i < side.i and t.pos_ not in UNSAID}


def _elsewhen(token) -> bool:
    """Does the token date its phrase to another year: "last", "next", "2022"?"""
    return token.ent_type_ == "DATE" and (
        token.lower_ in ("last", "next", "previous") or token.shape_ == "dddd"
    )


def _phrase(head):
    """The head with the words that name it, without what trails after it or the quotes
    and articles around it: "Sus" of ""Sus," short for suspicious,"."""
    doc = head.doc
    cut = {t.i for c in head.children if c.dep_ in TRAILING and c.i > head.i for t in c.subtree}
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
    """Does the phrase say which one, by a name, a number, a quote or a quality
    ("authentic"), not only what kind ("The product under recall is the 3.5 ounce tub")?"""
    doc = span.doc
    quoted = span.start and doc[span.start - 1].is_quote
    return bool(quoted) or any(t.pos_ in ("PROPN", "ADJ") or t.like_num for t in span)
