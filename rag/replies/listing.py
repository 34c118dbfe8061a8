"""List replies ("Who did X meet?", "Which companies …?"): every supported item of the
asked type across the retrieved articles, each with the sentence that names it, cited.

An item is a factoid candidate (candidates.py) that a sentence supports and that either
clears the factoid threshold or stands in a sentence that restates the question
(bearing.restates): a list asks for every answer, so the second and third need not
score like one answer alone, but their sentence must say what is asked. "He also had a
meeting with … Qalibaf" (read with the sentence before it) lists Qalibaf for "Who did the
Cuban president meet?"; "22 years after Fidel Castro … paid a visit to Tehran" does not
list Castro, nor does "The Supreme Leader also referred to his meeting with the late Fidel
Castro" (the Supreme Leader's meeting: mentions.deed_of_another). Whom the subject did it
to ("who did naomi biden marry") listed from no sentence that does it is astray ("a White
House wedding" names no husband): the second look, with the stories' leads, may find
"married Peter Neal". When no item clears the threshold: a sentence that restates the
question, else the best item's sentence as what the news says (`factoid.nearby`), else a
refusal.
A list an article sets out item by item under a lead-in about the question (listed.py)
goes before all of these, and after it the names written under an article's own subhead
that asks the question (headings.py), in the order written. After each item come the
names a sentence of it joins in one series with it ("A, B and C"), on its line.
"""

from __future__ import annotations

from dataclasses import replace

from ..bearing import does_asked, restates
from ..candidates import Candidate
from ..listed import listed
from ..mentions import deed_of_another, done_by_asked
from ..names import asked_share
from ..question import Question
from ..sentences import Sentence, span_at, widened
from ..shown import supported
from ..text import content_words
from . import factoid
from .base import Context, Quote, Reply, quote

MOST = 8


def reply(question: Question, found: list[Sentence], context: Context) -> Reply:
    # A list the article sets out under a lead-in about the question is the answer as the
    # article gives it: "Connecticut", "Delaware", … under "Where are the 11 Buybuy Baby
    # locations that will reopen?" (listed.py).
    articles = list({s.article.id: s.article for s in found}.values())
    items, closeness = listed(question, articles, context.encode)
    if items:
        quotes = tuple(Quote(i.article, i.start, i.end) for i in items)
        return Reply("list", quotes, ", ".join(i.name for i in items), closeness)
    ranked = factoid.ranked(question, found, context)
    headed, heading_closeness = _headed(question, ranked)
    # An item the question names, or titled as the question names its subject ("Cuban
    # President Miguel Díaz-Canel" for "Who did the Cuban president meet?"), is who asks,
    # not who is asked for; unless a sentence states it is whom the subject did it to
    # ("married Peter Neal", though "her husband Peter Neal" titles him a Biden's).
    items = [
        c
        for c in ranked
        if c.sentences
        and supported(question, c)
        and (c.evidence.titled < 1 or c.stated)
        and not asked_share(content_words(c.text), question.names)
        and (
            c.stated
            or c.score >= context.scorer.threshold
            or any(restates(question, s) and not deed_of_another(question, s.text) for s in c.sentences)
        )
    ]
    # What a sentence states is listed first, whatever it scores (`Candidate.stated`): "The
    # 76ers beat the Detroit Pistons" for "who did the 76ers beat" (mentions.object_of_asked).
    items.sort(key=lambda c: not c.stated)
    if question.object_of[0] and items and items[0].stated:
        # Beside whom the text says the subject did it to, an item of the same sentence is
        # not ("White House" beside "married Peter Neal"), nor one of a sentence that does
        # not do it ("a White House wedding"); one met in other words still is ("He also had
        # a meeting with … Qalibaf").
        told = {(s.article.id, s.start) for c in items if c.stated for s in c.sentences}
        items = [
            c
            for c in items
            if c.stated
            or any(
                (s.article.id, s.start) not in told
                and does_asked(question, s.text)
                and done_by_asked(question, s.text)
                for s in c.sentences
            )
        ]
    # Whom the subject did it to, from no sentence that does it ("a White House wedding" for
    # "who did naomi biden marry"), is astray: answer.py looks again with the stories' leads,
    # which may say it ("married Peter Neal").
    astray = bool(question.object_of[0]) and not any(
        c.stated or any(does_asked(question, s.text) for s in c.sentences) for c in items
    )
    if not items or items[0].score < context.scorer.threshold and not items[0].stated:
        if headed:
            return Reply("list", headed, ", ".join(q.lead for q in headed), heading_closeness)
        # Not even the best item would be shown as an answer; a sentence may still say it.
        return replace(factoid.below(question, found, ranked, "list", context), astray=astray)
    named = {q.lead for q in headed}
    quotes = list(headed)
    for c in items:
        if c.text not in named:
            named.add(c.text)
            quotes += [factoid.stated(c), *_series(question, c, ranked, named)]
    quotes = tuple(quotes[:MOST])
    return Reply("list", quotes, ", ".join(q.lead for q in quotes), items[0].score, astray=astray)


def _headed(question: Question, ranked: list[Candidate]) -> tuple[tuple[Quote, ...], float]:
    """The names written under an article's own subhead that asks the question (headings.py),
    in the order written, which the scorer, blind to the subhead, may rank low: "Paul Mescal
    is confirmed to present …, along with Emily Blunt, Jessica Chastain, …" under "Who are
    the presenters?"; they go first in the list. With how close the subhead comes."""
    under = {}
    # Support, which reply reads again of every item, is read here only under a subhead.
    for c in factoid.answering(question, [c for c in ranked if any(s.answers for s in c.sentences)]):
        if asked_share(content_words(c.text), question.names):
            continue
        held = [(s, span) for s, span in zip(c.sentences, c.spans) if s.answers and not _modifier(s, span)]
        if held:
            under[c.text] = min(held, key=lambda h: (h[0].article.id, h[1]))
    items = sorted(under.items(), key=lambda i: (i[1][0].article.id, i[1][1]))[:MOST]
    quotes = tuple(Quote(s.article, s.start, s.end, name) for name, (s, _) in items)
    return quotes, max((s.answers for _, (s, _) in items), default=0.0)


def _series(question: Question, c: Candidate, ranked: list[Candidate], named: set[str]) -> list[Quote]:
    """The names a sentence of the item joins in one series with it, of a story the
    sentence is about (`Sentence.untold`): what one of them is, the others are. "Ethan
    Chapin, 20; Kaylee Goncalves, 21; Xana Kernodle, 20; and Madison Mogen, 21, were found
    dead" lists all four victims once "victim Kaylee Goncalves" is listed, though that
    sentence holds no word of "who were the victims of the idaho killings". Not a series
    longer than a list shows, a catalogue ("… financial items in Azerbaijan, Panama, …" of
    22 countries is no list of where Trump banks), nor one the question names ("Xi" of
    "Biden and Xi met" is who asks "who did xi meet"). Each name joins `named`."""
    found = []
    for s, at in zip(c.sentences, c.spans):
        span = span_at(s, at)
        if s.untold or span is None or len(series := _joined(span.root)) > MOST:
            continue
        series.discard(span.root.i)
        joined = {}
        for other in ranked:
            if other.text in named or asked_share(content_words(other.text), question.names):
                continue
            for t, (a, b) in zip(other.sentences, other.spans):
                if (t.article.id, t.start) != (s.article.id, s.start):
                    continue
                words = span_at(s, (a, b))
                if words is not None and words.root.i in series:
                    joined.setdefault(other.text, a)
        named |= set(joined)
        # (Quoted as the item's own sentence is, so that they share its line.)
        found += [quote(s, name, widened(s)) for name in sorted(joined, key=joined.get)]
    return found


def _joined(token) -> set[int]:
    """The tokens of the series `token` stands in ("A, B and C"), by the parser's "conj"."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    series, todo = set(), [token]
    while todo:
        t = todo.pop()
        series.add(t.i)
        todo += [c for c in t.children if c.dep_ == "conj"]
    return series


def _modifier(s: Sentence, span: tuple[int, int]) -> bool:
    """Is the name only a word set before a noun, naming no one: "Oscar" of "Oscar nominee
    Paul Mescal"?"""
    words = span_at(s, span)
    return words is not None and words.root.dep_ in ("compound", "amod") and words.root.head.i >= words.end
