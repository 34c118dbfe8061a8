"""List replies ("Who did X meet?", "Which companies …?"): every supported item of the
asked type across the retrieved articles, each with the sentence that names it, cited.

An item is a factoid candidate (candidates.py) that a sentence supports and that scores
at least LIST_SHARE of the factoid threshold: a list asks for every answer, so the bar
for the second and third is lower than for one answer alone, but the support rule (the
question's names and another of its words in the sentence) is the same.
"""

from __future__ import annotations

from ..candidates import supported
from ..evidence import Sentence
from ..question import Question
from . import factoid
from .base import Context, Reply

LIST_SHARE = 0.5
MOST = 8


def reply(question: Question, found: list[Sentence], context: Context) -> Reply:
    ranked = factoid.ranked(question, found, context)
    floor = LIST_SHARE * context.scorer.threshold
    # An item titled as the question names its subject ("Cuban President Miguel
    # Díaz-Canel" for "Who did the Cuban president meet?") is who asks, not who is asked for.
    items = [
        c
        for c in ranked
        if c.sentences and c.score >= floor and supported(question, c) and c.evidence.titled < 1
    ]
    if not items or items[0].score < context.scorer.threshold:
        # Not even the best item would be shown as an answer; a sentence may still say it.
        return factoid.restating(question, found, ranked, "list")
    items = items[:MOST]
    return Reply(
        "list", tuple(factoid.stated(c) for c in items), ", ".join(c.text for c in items), items[0].score
    )
