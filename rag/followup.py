"""Turn a follow-up question into one that stands alone, so retrieval can find it.

"What did they sign?" after "Who did the Cuban president meet?" (answered "Ebrahim
Raisi") becomes "What did the Cuban president and Ebrahim Raisi sign?". Rule-based on
purpose: a 270M model rewrites questions less reliably than a pronoun swap, and a rule
never invents a name. A question without a pronoun pointing back is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import nlp, number
from .types import REFUSAL

AUXILIARIES = r"(?:did|does|do|was|is|were|are|has|have|had|will|would|can|could)"
PLURAL = {"they", "them", "their", "theirs"}
PERSON = {"he", "him", "his", "she", "her", "hers"}
THING = {"it", "its", "this", "that", "there"}
POSSESSIVE = {"their", "theirs", "his", "hers", "its"}


@dataclass(frozen=True)
class Turn:
    question: str
    answer: str  # the short answer; "" when the corpus did not say or the reply has none
    said: str = ""  # the reply's first quoted sentence

    @classmethod
    def of(cls, question: str, reply: str) -> Turn:
        """A turn from a reply as the page or an API client shows it:
        'Seven — "Earlier today, … were signed …" [1]' has the short answer "Seven"."""
        if reply.startswith(REFUSAL):
            return cls(question, "")
        first = re.sub(r"(?:\[\d+\])+", "", reply.strip().splitlines()[0] if reply.strip() else "").strip()
        short, dash, rest = first.removeprefix("- ").partition(" — ")
        if not dash:
            short, rest = "", first
        return cls(question, short.strip(), rest.strip().strip('"“”'))


TRAILING_TIME = re.compile(
    r"(\s+(earlier|later|today|yesterday|tomorrow|now|again|(this|last|next|on|in) \w+))+$", re.I
)


def subject(question: str) -> str:
    """'Who did the Cuban president meet earlier today?' -> 'the Cuban president'."""
    question = TRAILING_TIME.sub("", question.strip().rstrip("?"))
    match = re.search(rf"\b{AUXILIARIES}\s+(.+?)\s+\w+$", question, re.I)
    if match:
        return match.group(1)
    words = re.sub(r"[?.!]", "", question).split()
    return " ".join(words[1:]) if len(words) > 1 else ""


def short_answer(answer: str, question: str) -> str:
    """The answer, or for a long one the first name in it the question did not give."""
    answer = answer.strip()
    if len(answer.split()) <= 6:
        return answer
    names = re.findall(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)+", answer)
    return next((n for n in names if n.lower() not in question.lower()), "")


def person(said: str) -> str:
    """Who a sentence is about: its first named person, or the subject of its main verb
    ("the Cuban president" in "Earlier today, the Cuban president met …")."""
    if not said:
        return ""
    doc = nlp()(said)
    for chunk in doc.noun_chunks:
        if chunk.root.dep_ in ("nsubj", "nsubjpass") and chunk.root.head.dep_ == "ROOT":
            return chunk.text
    return next((e.text for e in doc.ents if e.label_ == "PERSON"), "")


def condense(history: list[Turn], question: str) -> str:
    """The question with its first backward-pointing pronoun replaced, or unchanged."""
    if not history:
        return question
    last = history[-1]
    topic = subject(last.question)
    answer = short_answer(last.answer, last.question)
    for match in re.finditer(r"\b\w+\b", question):
        word = match.group().lower()
        if word in PLURAL:
            who = " and ".join(p for p in (topic, answer) if p)
        elif word in PERSON:
            # A count or a date ("seven") is nobody: then the person the reply was about.
            nobody = not answer or number(answer) is not None or re.search(r"\d", answer)
            who = person(last.said) or topic if nobody else answer
        elif word in THING and match.start() > 0:
            who = topic
        else:
            continue
        if not who:
            return question
        if word in POSSESSIVE:
            who = f"{who}'s"
        return question[: match.start()] + who + question[match.end() :]
    return question
