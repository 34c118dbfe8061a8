"""Does a sentence give a reason? For why-questions (replies/describe.py): a reason said
outright ("because", "due to", "…, citing safety concerns"), a "since" of cause, a word
of cause or pressure, what something is for ("is to protect users"), an "after" clause of
other events than the asked ones, or what the question's own deed was done for ("won for
'her fight against …'"). Plain functions over spaCy parses; orders nothing.
"""

from __future__ import annotations

from .bearing import asked_about
from .question import Question
from .text import parse, stem

# Words that give a reason (with question.CAUSED): what a why-question's reply leads with.
REASONS = {
    "because", "cause", "trigger", "prompt", "fuel", "blame", "accuse", "want", "demand",
    "pressure", "anger", "reason", "force", "unable", "fail", "struggle", "protest",
    "contribute", "result", "motivate", "spur", "culprit",
}  # fmt: skip

# A question about a death, which what one died of explains (`_died_of`).
DEATH = {stem("death"), stem("die"), stem("died")}


def explains(question: Question, text: str) -> bool:
    """Does the sentence give a reason: one said outright (`gives_reason`), a "since"
    clause of cause, a verb or noun of cause, motive or pressure ("pressured McCarthy not
    to work with Democrats", "after being unable to gain traction"), or an "after" clause
    of other events than the asked ones ("would step aside … after a growing number of her
    own party's lawmakers said they could not support her"; not "after announcing her
    intention to resign")?
    Why-questions prefer such sentences."""
    if gives_reason(text):
        return True
    doc = parse(text)
    # What one died of is the reason for a death, not for what came before it: "birds
    # dying from abrupt crashing" does not say why the birds crashed.
    deaths = bool(question.terms & DEATH)
    return any(
        _because_since(t)
        or t.lemma_.lower() in REASONS
        or _purpose(t)
        or _response(t)
        or (deaths and _died_of(t))
        for t in doc
    ) or any(_other_event(question, t.head if t.dep_ == "mark" else t) for t in doc if t.lower_ == "after")


def gives_reason(text: str) -> bool:
    """Does the sentence say outright that it gives a reason: "because", "due to", or the
    doers' own reason ("…, saying …", "…, citing …")? Such a reason goes before one only
    implied ("after resuming, … no reports of progress"), or a "since" that may tell time
    ("appeared doomed ever since the announcement …")."""
    if "due to" in text.lower():
        return True
    return any(t.lower_ == "because" or _giving_reason(t) for t in parse(text))


def causes_asked(question: Question, text: str) -> bool:
    """Does a word of cause in it govern what the question asks the reason for: "police
    fired tear gas, triggering a fan crush" for "why was there a crush at the stadium"
    (not "the riots … which resulted in more than one hundred deaths", the cause of
    something else)? Such a reason goes before one of another deed."""
    asked = asked_about(question)
    return any(
        t.lemma_.lower() in REASONS and any(stem(w.text) in asked for c in t.children for w in c.subtree)
        for t in parse(text)
    )


def names_reason(text: str) -> bool:
    """Does the sentence say outright what the reason is: a reason said as such (`gives_reason`),
    or a "reason" or "cause" its subject ("The reason for this, he explained, is people are
    less likely to travel …"; not "The cause of the fire hasn't been released")?"""
    return gives_reason(text) or any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.lemma_.lower() in ("reason", "cause", "culprit")
        and not any(c.dep_ == "neg" for c in t.head.children)
        for t in parse(text)
    )


def _purpose(token) -> bool:
    """Does the token tell what something is for: "the move … is to protect users from
    scammers" (a "to" infinitive a "be" takes), or "in order to"? ("As part of its efforts
    to tighten monetary policy, the bank is planning to sell …" tells what a plan belongs
    to, not why the bank bought: not a reason, held37's an04.)"""
    if token.dep_ == "xcomp" and token.head.lemma_ == "be":
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    return token.lower_ == "order" and token.head.lower_ == "in"


def _response(token) -> bool:
    """Is it a deed's answer to what came before: "a response to a litany of recent
    controversies", "in response to the attack"?"""
    return token.lemma_ == "response" and any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children)


def _died_of(token) -> bool:
    """What someone died of gives the cause of the death: "who died of a heart attack",
    "died from carbon monoxide poisoning"."""
    return token.lower_ in ("of", "from") and token.dep_ == "prep" and token.head.lemma_ == "die"


def _because_since(token) -> bool:
    """A "since" clause of cause, not of time: not "since the strike began July 14"."""
    return (
        token.dep_ == "mark"
        and token.lower_ == "since"
        and not any(t.ent_type_ in ("DATE", "TIME") for t in token.head.subtree)
    )


def _giving_reason(token) -> bool:
    """Is it a deed's reason as its doers gave it: "suspended contract negotiations, saying
    the gap between the two sides was too great", "… citing safety concerns"?"""
    return (
        token.lower_ in ("saying", "citing")
        and token.dep_ in ("advcl", "xcomp")
        and token.head.pos_ == "VERB"
    )


def _other_event(question: Question, clause) -> bool:
    """Is the clause a happening (it has a verb) told in none of the words the question asks
    about? Its names may be there: "The actor struck Rock … after Rock had made a joke about
    Smith’s wife" for "why did will smith slap chris rock"."""
    # Its names are the text's proper nouns, however the question typed them ("will smith").
    named = {stem(w.text) for w in clause.subtree if w.pos_ == "PROPN"}
    return any(w.pos_ == "VERB" for w in clause.subtree) and not _holds(asked_about(question) - named, clause)


def done_for(question: Question, text: str) -> bool:
    """Does the sentence say what the question's own deed was done for: "won for 'her fight
    against the oppression of women in Iran'" for "Why did Narges Mohammadi win the Nobel?"
    (a "for" hung from a verb the question asks about)? Such a sentence answers a
    why-question however few of its other words it shares. "Filed for bankruptcy" names
    the deed, not its reason: what the "for" governs holds no word of the question."""
    asked = asked_about(question)
    return any(
        t.lower_ == "for"
        and t.dep_ == "prep"
        and t.head.pos_ == "VERB"
        and stem(t.head.lemma_) in asked
        and any(_told(o) and not _holds(question.terms, o) for o in t.children if o.dep_ == "pobj")
        for t in parse(text)
    )


def _told(noun) -> bool:
    """Does the noun phrase say something of its own: not "the problem", which points back?"""
    return sum(w.pos_ not in ("DET", "PUNCT", "ADP") for w in noun.subtree) > 1


def _holds(words, phrase) -> bool:
    """Does the phrase (a token and what hangs from it) hold one of the stems `words`?"""
    return any(stem(w.text) in words for w in phrase.subtree)
