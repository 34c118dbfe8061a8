"""Replies: the question and its scored sentences in, a reply made of the articles' own
sentences out. One module per kind of question (question.reply_kind), one interface:

    reply(question: Question, found: list[Sentence], context: Context) -> Reply

`REPLIES` is the one table that picks the module for a kind. Nothing here runs the
language model.
"""

from . import describe, factoid, listing, overview, summary, yesno
from .base import REFUSAL, Context, Quote, Reply, render

REPLIES = {
    "factoid": factoid.reply,
    "list": listing.reply,
    "yesno": yesno.reply,
    "describe": describe.reply,
    "summary": summary.reply,
    "overview": overview.reply,
}

__all__ = ["REFUSAL", "REPLIES", "Context", "Quote", "Reply", "render"]
