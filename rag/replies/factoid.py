"""Factoid replies: one short answer, then the sentence that states it, cited.

`Seven — "Earlier today, … seven cooperation documents were signed …" [1]`. The answer is
the best typed candidate (candidates.py) that a sentence supports and the fitted scorer
clears its threshold for (shown.py); two when well-supported counts from different
stories disagree. Below the threshold, a sentence that restates the question, or the best
candidate's sentence shown as what the news says with no answer claimed (`nearby`).
Otherwise a refusal.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import date

import numpy as np

from ..bearing import asked_about, does_asked, restates
from ..candidates import Candidate, dated_before, extract, weigh_by_meaning
from ..furniture import set_alone
from ..names import asked_share, named_words
from ..question import Question
from ..scorer import rank
from ..sentences import Sentence, following, widened
from ..shown import given_only, settle, supported
from ..stated import unknown
from ..text import WEEKDAYS, content_words, nlp, parse, says, stem, tokens
from .base import NO_VERDICT, Context, Quote, Reply, quote

# The least score at which the best candidate's sentence vouches for it while wording one
# asked thing otherwise (`restating`); below it, near-topic traps ("30 days" for how long
# McGuiness was sentenced to prison, 0.004). Read from the chat set's tune parts (docs/EVAL.md).
NEARLY = 0.02
# Below the threshold, the best candidate's sentence is shown as what the news says, with
# no answer claimed, when it holds every name the question does and at least NEARBY_WORDS
# of its words: as often right as wrong when led by the candidate, and seldom a trap's
# (fitted on the chat set's parts before held20; lowered from 0.04 on the parts up to
# held75, where no refused trap clears 0.035 and two clear 0.03; docs/EVAL.md).
NEARBY = 0.035
NEARBY_WORDS = 0.5


def candidates(
    question: Question, found: list[Sentence], near: date | None, encode: Callable[[list[str]], np.ndarray]
) -> list[Candidate]:
    """The question's candidates from the sentences, with their evidence, not yet scored."""
    out = extract(question, found, near)
    weigh_by_meaning(question, out, found, encode)
    return out


def ranked(question: Question, found: list[Sentence], context: Context) -> list[Candidate]:
    """The question's candidates from the sentences, best first, scored."""
    return rank(candidates(question, found, context.near, context.encode), context.scorer)


def stated(c: Candidate) -> Quote:
    """The sentence that states a candidate, with the sentence before it when it leans on
    it ("He also had a meeting with …"). The lead is the candidate as the sentence has it."""
    # A sentence that states it to be the asked thing cites it best ("Mexico has the most
    # agreements with nine", not "They join countries …: the United Kingdom, Mexico and
    # Canada"), but one that gives the whole name ("McGuiness' attorney, Steve Wood, asked …")
    # states it better than one that folds it short ("Wood, McGuiness' attorney, …").
    # A subhead only heads the part that tells it: "Now Tiffany Haddish will take the reins
    # as host …", not "Tiffany Haddish takes on 'Kids Say the Darndest Things'".
    at = min(
        range(len(c.sentences)),
        key=lambda i: (
            c.text not in c.sentences[i].text,
            (c.sentences[i].article.id, c.sentences[i].start) not in c.stating,
            set_alone(c.sentences[i].article.text, c.sentences[i].start, c.sentences[i].end),
        ),
    )
    s = c.sentences[at]
    # A short name folded into the full one ("Raisi" for "Ebrahim Raisi") leads as written.
    # A mention with no words in the sentence (the article's date for "when") leads with
    # nothing: the sentence is shown, its date is in its citation.
    lead = c.text if c.text in s.text else s.article.text[slice(*c.spans[at])]
    return quote(s, lead, widened(s))


def of(chosen: list[Candidate], kind: str = "factoid") -> Reply:
    """The reply for candidates chosen by the scorer, the model or the options."""
    if not chosen:
        return Reply(kind)
    quotes = tuple(stated(c) for c in chosen if c.sentences)
    return Reply(kind, quotes, " or ".join(c.text for c in chosen), chosen[0].score)


def reply(question: Question, found: list[Sentence], context: Context) -> Reply:
    """The chosen short answer and its sentence; with none, the best sentence that
    restates the question (bearing.restates), which likely holds the answer: "He
    criticized the international organizations for turning a blind eye …" for "Who did
    Díaz-Canel criticize for turning a blind eye …?"; otherwise a refusal."""
    scored = ranked(question, found, context)
    shown = (
        headed(question, scored)
        or headlined(question, scored)
        or settle(question, scored, context.scorer.threshold)
    )
    # A sentence that names none of the question's names may be of another story ("at
    # least 59" killed in Las Vegas for the Christchurch mosque shooting): answer.py looks
    # again, with the leads of the articles found, for one that names them.
    chosen = replace(of(shown), astray=bool(shown) and all(c.evidence.missing >= 1 for c in shown))
    # Who holds a role, or how old one is, is answered by what the text gives them only
    # (shown.settle), never by a sentence.
    if not chosen.refused or given_only(question):
        return chosen
    return below(question, found, scored, "factoid", context)


def below(
    question: Question, found: list[Sentence], scored: list[Candidate], kind: str, context: Context
) -> Reply:
    """With no candidate shown as the answer: a sentence that restates the question
    (`restating`), else on the last look the best candidate's sentence as what the news
    says (`nearby`), else a refusal of `kind`."""
    restated = restating(question, found, scored, kind, context.near)
    return restated if not restated.refused or not context.last else nearby(question, scored, kind)


def nearby(question: Question, scored: list[Candidate], kind: str = "factoid") -> Reply:
    """The sentence of the best candidate below the threshold, as what the news says (no
    short answer), when it is of the asked type, names all the question names, holds
    NEARBY_WORDS of its words and something asked besides the names, gives a measure for
    an amount (a count of the asked thing, `counts_other`) and a date in figures for when;
    else a refusal of `kind`. Only on the last look (`Context.last`): the second look may
    still find the answer itself (a list has none, `listing`)."""
    best = next((c for c in scored if supported(question, c) and not c.historical), None)
    if best is None or best.score < NEARBY or not best.sentences:
        return Reply(kind)
    e, s = best.evidence, best.sentences[0]
    # A sentence that leans on the one before for what it is about holds every word of the
    # question with its referents and its title: "The show will air Sundays at 8 EDT/PDT
    # this fall." after "ABC is reviving "Kids Say the Darndest Things," …".
    if e.type_match < 1 or ((e.missing > 0 or e.overlap < NEARBY_WORDS) and s.titled_overlap < 1):
        return Reply(kind)
    # Not a sentence of the same names that holds nothing else asked ("the House is set to
    # vote on Rep. George Santos' expulsion" for when he will be sentenced); not a bare
    # number for an amount ("at least seven tornado watches" for how fast the winds were).
    asked = asked_about(question) - {"will"}  # it says when, not what (asked_about keeps it)
    if asked and not asked & named_words(f"{s.text} {s.article.title}") and not does_asked(question, s.text):
        return Reply(kind)
    if bare_amount(question, best) or counts_other(best):
        return Reply(kind)
    # A time the text tells only by its own day ("Earlier today") says no year or hour; a
    # sum without a number ("it's worth every penny") says no amount. A weekday is a day
    # of its own ("will air Sundays"), though no date ("on Monday" for "on what date …").
    written = s.article.text[slice(*best.spans[0])] if best.spans else best.text
    if (
        question.answer_type in ("date", "time")
        and not any(ch.isdigit() for ch in written)
        and not _weekday(question, written)
    ):
        return Reply(kind)
    if question.answer_type == "amount" and not any(t.like_num for t in parse(written)):
        return Reply(kind)
    return Reply(kind, (quote(s, "", widened(s)),), confidence=best.score, lead_in=NO_VERDICT)


def _weekday(question: Question, written: str) -> bool:
    """Is the answer as written a weekday ("Sundays"), where the question asks when, or
    which day or night, not a date?"""
    return question.focus in ("", "day", "night") and any(
        w.removesuffix("s") in WEEKDAYS for w in tokens(written)
    )


def headed(question: Question, scored: list[Candidate]) -> list[Candidate]:
    """The answer an article gives under its own subhead that asks the question
    (headings.py): of the asked type, supported, and written first under it. "Kansas City
    Chiefs" for "who is playing in the super bowl", from "Super Bowl 57 will be one packed
    with storylines as the Kansas City Chiefs take on the Philadelphia Eagles." under "Who is
    playing in Super Bowl 57?", though the scorer, blind to the subhead, ranks it low; in
    one sentence, the one written nearest the question's words. Who
    holds a role is still answered only by the title the text gives (`given_only`)."""
    if given_only(question):
        return []
    eligible = answering(question, scored)
    under = [s for c in eligible for s in c.sentences if s.answers]
    if not under:
        return []
    # One the text states the asked thing to be goes first, though written later under the
    # subhead: "In Arizona, the 13 Bed Bath and Beyond stores …" after "All 360 Bed Bath &
    # Beyond … stores" under "How many Bed Bath and Beyond stores are closing in Arizona?".
    told = [c for c in eligible if c.stated and any(s.answers for s in c.sentences)]
    if told:
        return told[:1]
    return [nearest_asked(question, min(under, key=lambda s: (-s.answers, s.start)), eligible)]


def answering(question: Question, scored: list[Candidate]) -> list[Candidate]:
    """The candidates that could answer: of the asked type, supported, told of the day."""
    return [c for c in scored if c.evidence.type_match and not c.historical and supported(question, c)]


def headlined(question: Question, scored: list[Candidate]) -> list[Candidate]:
    """The number or date a headline gives: the best supported candidate of the asked type that
    its sentence's article also writes in its title, when that title holds every name and
    word the question asks about. "July 16" for "when does the 988 hotline go live", from
    "All phone service providers will be required to connect callers who dial 988 to the
    lifeline starting July 16." under "988 hotline goes live July 16 for suicide, mental
    health, crisis calls". The body's sentence is quoted: a title is no sentence."""
    asked = asked_about(question)
    # Only a number or date: a headline names many people and things ("Wegmans lemon dill
    # butter recalled over Listeria"), but the one date it gives is when.
    if not question.measured or len(asked | question.names) < 2:
        return []
    typed = [c for c in scored if c.evidence.type_match]
    # How many candidates of the asked type each sentence holds. The body's sentence must
    # give no other of the kind, or the title may tell another part of it: "Ohtani's Dodgers
    # contract has $680 million deferred" over "… $20 million of his $700 million contract
    # …, with $680 million payable …".
    held = Counter(where for c in typed for where in {(t.article.id, t.start) for t in c.sentences})
    for c in typed:
        if c.historical or not supported(question, c):
            continue
        for s, span in zip(c.sentences, c.spans):
            if (
                held[(s.article.id, s.start)] == 1
                and says(s.article.title, s.article.text[slice(*span)])
                and asked_share(asked | question.names, frozenset(named_words(s.article.title))) == 1
            ):
                return [replace(c, sentences=[s], spans=[span])]
    return []


def names_one(question: Question, s: Sentence) -> bool:
    """Does the sentence (with the one it leans on) name a place for "where", or someone of
    the kind a "name of the person" or "which judge" question asks for, besides those the
    question names? "The person told authorities …" does not say who the person is. A bare
    "who did X criticize", asking whom a deed was done to (a list question), may be
    answered by a description ("the international organizations"); "who won the jackpot"
    is not answered by "the lucky ticket holder", nor by a sentence that names no one."""
    if question.answer_type != "entity" or not question.labels:
        return True
    if "PERSON" in question.labels and not question.focus and question.kind == "list":
        return True
    doc = nlp()(s.article.text[widened(s) : s.end])
    return any(
        e.label_ in question.labels
        and not asked_share(content_words(e.text), question.names | question.terms)
        for e in doc.ents
    )


def done(question: Question) -> set[str]:
    """Stems of what the question says was done: its verbs and the object of its main verb
    ("take effect"; the tagger reads "did sainz score" as the verb "sainz" doing a "score")."""
    return {
        stem(t.text)
        for t in parse(question.text)
        if t.pos_ == "VERB" or (t.dep_ == "dobj" and t.head.dep_ == "ROOT")
    }


def _led(question: Question, s: Sentence, shown: list[Candidate]) -> Candidate | None:
    """The candidate nearest the asked words that leads a restating sentence, unless the
    sentence holds an asked word only inside it (`asked_inside`)."""
    nearest = nearest_asked(question, s, shown)
    return None if asked_inside(question, s, nearest.spans[0]) else nearest


def asked_inside(question: Question, s: Sentence, at: tuple[int, int]) -> bool:
    """Does the sentence hold an asked word only inside the candidate written at `at`? "by
    the end of this decade" holds the "end" of "when does cop28 end" itself, and restates
    nothing of COP28's end."""
    text = s.article.text
    # Figures are the candidate's value, not words it shares: "2.5 ounces" for "ohio issue 2".
    inside = {stem(w) for w in tokens(text[at[0] : at[1]]) if not w.isdigit()}
    outside = {stem(w) for w in tokens(text[s.start : at[0]] + " " + text[at[1] : s.end])}
    return bool((inside - outside) & asked_about(question))


def nearest_asked(question: Question, s: Sentence, shown: list[Candidate]) -> Candidate:
    """Of the candidates this sentence holds, the one written nearest a word the question
    asks about, led by that sentence: "2025" in "After undergoing elbow surgery in
    September, Ohtani is not expected to pitch again until 2025." for "When can Ohtani
    pitch again?". Words of names do not count: "September, Ohtani" says nothing of pitching."""
    asked = asked_about(question)
    at = [m.start() for m in re.finditer(r"\w+", s.text) if stem(m.group()) in asked]
    held = [
        (c, span)
        for c in shown
        for t, span in zip(c.sentences, c.spans)
        if t.article.id == s.article.id and t.start == s.start
    ]

    def distance(span: tuple[int, int]) -> int:
        if span[0] == span[1]:
            return s.end - s.start  # the article's date line, written nowhere in the sentence
        return min((abs(s.start + a - span[0]) for a in at), default=0)

    c, span = min(held, key=lambda pair: distance(pair[1]))  # ties keep the scorer's order
    return replace(c, sentences=[s], spans=[span])


def counts_other(c: Candidate) -> bool:
    """Does the number count a noun of its own that is not the asked one: "over 7 million
    passengers" for how many planes Virgin flies (not "the crowd of 45,662", which counts
    no noun, for how many fans)?"""
    return bool(c.counts) and not c.evidence.unit_match


def restating(
    question: Question, found: list[Sentence], scored: list[Candidate], kind: str, near: date | None
) -> Reply:
    """A sentence that restates the question, cited: the best supported candidate of the
    asked type whose sentence does, leading it (below the threshold, the sentence vouches
    for it: "New Jersey" in "The company filed for Chapter 11 bankruptcy protection in New
    Jersey." for "Where did Rite Aid file for Chapter 11?"); else the best candidate, from
    NEARLY, when its sentence lacks one asked word that is not what was done (`done`); else,
    unless a number or date is asked for, the best such sentence alone; else a refusal. A phrase is not led by a
    candidate: any noun phrase of the sentence is one ("meeting" for "What did Khamenei
    praise Castro for?"), nor an amount by a bare number (`bare_amount`)."""
    shown = (
        [c for c in scored if supported(question, c) and not c.historical and not bare_amount(question, c)]
        if question.answer_type != "phrase"
        else []
    )
    for c in shown:
        for s in c.sentences:
            if restates(question, s, led=question.measured) and (led := _led(question, s, shown)):
                return of([led], kind)
    if shown and shown[0].evidence.type_match and shown[0].score >= NEARLY and not counts_other(shown[0]):
        # The best candidate's sentence may word one thing the question names otherwise:
        # "will acquire Hawaiian Airlines for $1.9 billion" is the deal, "the crowd of 45,662"
        # the fans. Not what was done: "151-point lead" is no score Sainz made.
        spare = frozenset(asked_about(question) - done(question))
        for s in shown[0].sentences:
            if restates(question, s, led=question.measured, spare=spare) and (
                led := _led(question, s, shown[:1])
            ):
                return of([led], kind)
    if question.measured:
        return Reply(kind)  # a sentence with no number or date in it does not say how many or when
    # "Facebook says it has not identified the attackers": who the attackers are is not said
    # (not "the planned release date … was not announced" for what a movie is of).
    if question.focus and any(
        stem(question.focus) in map(stem, tokens(s.text)) and unknown(parse(s.text), question) for s in found
    ):
        return Reply(kind)
    for s in found:
        # "… the G20 in Japan in 2019" does not say where this year's was held.
        if (
            restates(question, s)
            and (names_one(question, s) or lists_next(s))
            and not dated_before(question, parse(s.text), near)
        ):
            # "… free in-flight access to three popular messaging apps." names them next.
            # "… released a plan to mitigate the housing crisis." tells what is in it next.
            # "… kept a running list of panels and events canceled" is followed by "Among
            # them were …".
            named = (
                following(s) if counts_asked(question, s) or brings_in(question, s) or lists_next(s) else None
            )
            shown = (quote(s, "", widened(s)), *([quote(named, "")] if named else []))
            return Reply(kind, shown, confidence=s.relevance)
    return Reply(kind)


LISTED_BACK = re.compile(
    r"(?:Among (?:them|those|these)|(?:They|These|Those) (?:include|included|are|were))\b"
)
FINITE = ("VBD", "VBZ", "VBP", "MD")  # tags of a verb that has a tense: "are", "won", "will"


def counts_asked(question: Question, s: Sentence) -> bool:
    """Does the sentence give a number of the things a "which" question asks for ("three
    popular messaging apps" for "which messaging apps are free …")? It counts them, so
    the sentence after it likely names them."""
    words = parse(question.text)
    if not len(words) or words[0].lower_ not in ("which", "what"):
        return False
    # The words between "which" and its verb name them. Not by the parse's arcs: the small
    # model reads "which messaging apps are …" as a verb "messaging" with "apps" its object.
    verb = next((t.i for t in words[1:] if t.tag_ in FINITE), len(words))
    asked = {stem(t.text) for t in words[1:verb]}
    return any(stem(t.text) in asked and any(c.dep_ == "nummod" for c in t.children) for t in parse(s.text))


def lists_next(s: Sentence) -> bool:
    """Does the next sentence name what this one brings in, by pronoun: "Among them were a
    “Good Omens” autograph signing and …", "They include …"?"""
    n = following(s)
    return n is not None and LISTED_BACK.match(n.text) is not None


def bare_amount(question: Question, c: Candidate) -> bool:
    """Is it a bare number given, below the threshold, for an amount: "at least seven
    tornado watches" for how fast the winds were, "killed two people … at his former high
    school" for how high up the shooter was?"""
    return question.answer_type == "amount" and c.label == "CARDINAL"


def brings_in(question: Question, s: Sentence) -> bool:
    """Does the sentence bring in a thing the question asks about ("a plan") that the next
    one goes on about ("The plan includes encouraging local zoning changes …") for "what is
    in katie hobbs housing plan"?"""
    n = following(s)
    opener = re.match(r"The ([a-z]+)(?: ([a-z]+))?\b", n.text) if n else None
    if opener is None:
        return False
    brought = {stem(m.group(1)) for m in re.finditer(r"\b(?:a|an) ([a-z]+)\b", s.text)}
    return bool({stem(w) for w in opener.groups() if w} & brought & asked_about(question))
