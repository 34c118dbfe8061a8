"""Yes/no replies: "Yes" or "No" only where a retrieved sentence states the asked fact or
its negation; otherwise no verdict, the sentence that bears on it introduced as what the
news says.

A sentence states the fact when it holds every word of the question that names or does
something (noun, name, verb, number, adjective; a stem matching one it begins or ends:
"Cuban" for "Cuba") and is about the question
(bearing.about). Its verdict is "No" when exactly one of the two is negated ("is not
confined" against "Is … confined"), "Yes" otherwise; and only from an article of the
question's day when the question names no time (`current`). The "not" must be the
asked deed's own, not another clause's (`negates`), and a question about the past gets
no verdict from a deed only hoped for or possible ("favorites to win", `unreal`). A
sentence whose verb turns the deed down ("A … Parole Board denied Wales' release" for
"did wales get parole?") holds the question's words and no "not": it bears on the
question, but no verdict is read from it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..bearing import about, current, deed_stems, does_asked
from ..evidence import distinct
from ..furniture import readable
from ..mentions import done_by_asked
from ..names import asked_share
from ..question import Question
from ..sentences import Sentence, following
from ..text import SUBJECTS, content_words, parse, stem
from .base import NO_VERDICT, Context, Reply, quote
from .describe import chosen, in_order

NEGATORS = frozenset("never no none nobody nothing neither".split())
# Auxiliaries of a question about what has happened: "did …", "has … ever".
PAST = frozenset("did has have had was were".split())
# Modals of what may be, not what is or was decided to be ("will", "would").
MAYBE = frozenset("can could may might must should".split())
# Verbs that put a deed ahead as meant, not done: "tried to sell", "wanted to win".
INTENT = frozenset(
    "try want plan hope seek aim expect intend attempt threaten vow promise propose suppose".split()
)
# Verbs that put what they govern as someone's claim, not as what is so: "an article …
# warns that cooking with aluminum allows it to … cause cancer" says nothing either way
# of whether it does. "Say" is left out: news tells what happened through who said so.
CLAIMING = frozenset("claim allege warn fear speculate rumor suggest argue contend theorize".split())


def _negator(token) -> bool:
    return token.dep_ == "neg" or token.lower_ in NEGATORS


def negated(text: str) -> bool:
    return any(map(_negator, parse(text)))


def deed_in(doc, question: Question):
    """The text's word for the question's verb ("admitted" for "did santos admit"), if the
    text writes it."""
    stems = {stem(v) for v in question.verbs}
    return next(
        (
            t
            for t in doc
            if t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() in question.verbs or stem(t.text) in stems)
        ),
        None,
    )


def negates(doc, deed) -> bool:
    """Is what the text says of the asked deed (`deed`, its word for the question's verb:
    `deed_in`) negated? Only a "not" or "never" of the
    deed's own clause (or of the verb it completes: "did not agree to sell"), or a "no"
    before its subject or object ("No pope has ever won"), negates it: "Santos admitted …
    to lying … but claimed that he hasn't committed any crimes" says yes to "did george
    santos admit to lying". A text without the question's verb is negated anywhere."""
    token = deed
    if token is None:
        return any(map(_negator, doc))
    while True:
        if any(map(_negator, token.children)):
            return True
        if _yet_to(token):
            return True
        told = [c for c in token.children if c.dep_ in (*SUBJECTS, "dobj")]
        if any(c.lower_ in NEGATORS or any(d.lower_ in NEGATORS for d in c.children) for c in told):
            return True
        if token.dep_ not in ("xcomp", "aux", "auxpass") or token.head == token:
            return False
        token = token.head


def _yet_to(token) -> bool:
    """Is it what one "has yet to" or "is yet to" do: "has yet to sell any connections" has
    sold none?"""
    return (
        token.dep_ == "xcomp"
        and token.head.lemma_ in ("have", "be")
        and any(c.lower_ == "yet" for c in token.head.children)
    )


def unreal(deed, question: Question) -> bool:
    """Does the text not say the asked deed was done? It does not write the question's verb
    as a verb at all ("the fact-check ban" for "will facebook fact-check trump"), or, for a
    question about the past, holds it only as a thing to come or hoped for: "favorites to
    win", "could win", "plans to sell" for "has a pope ever won" (not "voted to legalize",
    "ordered … to ban", nor what one "announced it would" do), nor under a verb of meaning
    to ("is supposed to … drive down the cost … by selling"). `deed` is the text's word
    for the question's verb (`deed_in`). Nor does one that holds it only as what someone
    claims or warns of (`CLAIMING`), whatever the question's tense."""
    if deed is None:
        return bool(question.verbs)
    if any(t.lemma_.lower() in CLAIMING for t in deed.ancestors):
        return True
    words = question.text.lower().split()
    if not words or words[0] not in PAST:
        return False
    if any(t.lemma_.lower() in INTENT for t in deed.ancestors):
        return True  # "is supposed to … drive down the cost … by selling connections": not sold
    if any(c.dep_ == "aux" and c.lemma_.lower() in MAYBE for c in deed.children):
        return True
    if _yet_to(deed) or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in deed.children):
        return False
    head = deed.head
    return head.tag_ not in ("VBD", "VBN") or head.lemma_.lower() in INTENT


# Verbs that turn down what the sentence's other words tell: its "not" in a word of its
# own. spaCy marks no such sense, so the few news uses them for are named here.
REFUSING = frozenset(
    "deny reject refuse decline veto block overturn dismiss stop cease halt abandon scrap cancel revoke rescind withdraw".split()
)


def refused(text: str, question: Question) -> bool:
    """Does a verb of the text, not the question's own ("did murdaugh deny …"), turn
    something down?"""
    return any(t.pos_ == "VERB" and t.lemma_ in REFUSING - set(question.verbs) for t in parse(text))


def asked(question: Question) -> set[str]:
    """What the question says happened: its nouns, names, verbs, numbers and adjectives,
    and a verb the small tagger took for a preposition or an interjection ("like" in "did
    helen achenbach like elvis")."""
    kept = " ".join(
        t.text
        for t in parse(question.text)
        if t.pos_ in ("NOUN", "PROPN", "VERB", "NUM", "ADJ", "ADP", "INTJ")
    )
    return content_words(kept)


def deeds(question: Question, text: str) -> int:
    """How many of the question's verbs the text does (bearing.does_asked)."""
    stems = deed_stems(question)
    return sum(
        does_asked(replace(question, verbs=frozenset({v})), text) for v in question.verbs if stem(v) in stems
    )


# A question put to someone, reported: "Monahan was asked if he would lift the suspension …".
PUT_TO = re.compile(r"\b(?:was|were) asked (?:if|whether)\b|\basked (?:him|her|them) (?:if|whether)\b")


def answered_below(words: set[str], denied: bool, s: Sentence, names: frozenset[str]) -> Reply | None:
    """The article's own question, answered by the sentence below it: explainers ask what
    readers ask ("Is McCarthy being impeached?") and answer it in the next line ("No,
    Kevin McCarthy is facing … a motion to vacate …"); and interviews report what was put
    to someone ("Monahan was asked if he would lift the suspension …") above the reply
    ("“No,” he said flatly."). The question must hold all the asked `words` (a reported
    one, in the reporter's words, all but one that is none of the asked `names`); the
    answer starts with "Yes" or "No", flipped when one of the two questions is negated and
    the other not; the article's question must be a yes/no question itself, opened by its
    verb. Shown: the answer, or after a bare "Yes." the sentence that goes on from it; a
    reported question with its reply. None when the sentence is no such question."""
    reported = PUT_TO.search(s.text) is not None
    if not reported and (not s.text.rstrip().endswith("?") or parse(s.text)[0].pos_ != "AUX"):
        return None  # "Why is Donald Trump not debating? No, …" answers another question
    # The article's title scopes its subheads: "Do candidates need to sign a pledge?" under
    # "… what to know about the first GOP debate".
    held = frozenset(content_words(f"{s.text} {s.article.title}"))
    lacking = {w for w in words if not asked_share({w}, held)}
    if lacking and not (reported and len(lacking) == 1 and len(words) >= 4 and not lacking & names):
        return None
    answer = following(s, readable_only=False)
    said = re.match(r"[“\"]?(Yes|No)\b[,.;:!]?[”\"]?", answer.text) if answer is not None else None
    if said is None:
        return None
    shown = following(answer) if not answer.text[said.end() :].strip() else answer
    if shown is None or not readable(shown.text):
        return None
    yes = (said.group(1) == "Yes") != (negated(s.text) != denied)
    lead = "Yes" if yes else "No"
    return Reply("yesno", (quote(shown, lead, s.start if reported else None),), lead.lower(), s.relevance)


def outright(s: Sentence, question: Question) -> bool:
    """Is the asked deed what the sentence says, its main verb (or one joined to it), when
    the question asks one?"""
    deed = deed_in(parse(s.text), question)
    return not question.verbs or (
        deed is not None and (deed.dep_ == "ROOT" or deed.head.dep_ == "ROOT" and deed.dep_ == "conj")
    )


def holds(words: set[str], s: Sentence, question: Question) -> bool:
    """Does the sentence hold every asked word, but those its title says (`titled_modifiers`)?"""
    said = frozenset(content_words(s.text))
    lacking = {w for w in words if not asked_share({w}, said)}
    return not lacking or not lacking - titled_modifiers(question, s.text, s.article.title)


def titled_modifiers(question: Question, text: str, title: str) -> set[str]:
    """The nouns of the question that only say which of a noun the sentence holds is meant,
    when the article's title holds them and the text writes that noun as "the X" alone:
    "the commission" of a story titled "MS flag: Commission to move quickly …" is the flag
    commission. Not an adjective: "the same time" is not the "time" of "it is time to get
    your flu shot"."""
    held = content_words(title)
    # Only "the X" refers back to the story's X: "Columbus Day" or "this day" is not the
    # "indigenous peoples day" of a story titled "What is Indigenous Peoples' Day?".
    bare = {
        stem(t.text)
        for t in parse(text)
        if any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
        and not any(c.dep_ in ("compound", "amod", "poss") for c in t.children)
    }
    return {
        stem(t.text)
        for t in parse(question.text)
        if t.dep_ == "compound" and stem(t.head.text) in bare and stem(t.text) in held
    }


def verdict(words: set[str], denied: bool, s: Sentence, question: Question) -> str:
    """ "Yes", "No", or "" when the sentence does not state the fact either way: it must
    hold the question's `words` and turn nothing down (`refused`); `denied` is whether the
    question itself is negated."""
    if not holds(words, s, question) or refused(s.text, question):
        return ""
    if not done_by_asked(question, s.text):
        return ""
    doc = parse(s.text)
    deed = deed_in(doc, question)  # read once: whether it was done, and whether it was not
    if unreal(deed, question):
        return ""
    return "No" if denied != negates(doc, deed) else "Yes"


def reply(question: Question, found: list[Sentence], context: Context) -> Reply:
    words, denied = asked(question), negated(question.text)  # the question is parsed once, not per sentence
    bearing = [s for s in found if about(s) and readable(s.text)]
    # Past the three nearest, one that holds every asked word may still state it, as what
    # it says outright: "Even if Reeves delays the appointments further, however, the
    # commission has a quorum …"; not "… while he has not made a formal decision about
    # running for reelection in 2024, it is his “intention” to do so."
    further = [s for s in bearing[3:] if holds(words, s, question) and outright(s, question)]
    for s in [*distinct(bearing, 3), *further]:
        said = verdict(words, denied, s, question) if current(question, s, context.near) else ""
        if said:
            return Reply("yesno", (quote(s, said),), said.lower(), s.relevance)
    for s in found:
        answered = (
            answered_below(words, denied, s, question.names) if current(question, s, context.near) else None
        )
        if answered is not None:
            return answered
    picked = chosen(found, 3, question)
    if not picked:
        return Reply("yesno")
    # The story's sentence that tells of the deed itself bears on it most, however little
    # else of the question it holds: "No people were reported injured." for "did anyone get
    # hurt in the la freeway fire", after the sentences that tell of the fire.
    told = [s for s in found if s.article.id == picked[0].article.id and s.untold == 0 and readable(s.text)]
    most, deed = max(
        ((deeds(question, s.text), s) for s in told), key=lambda pair: pair[0], default=(0, None)
    )
    if deed is not None and most > max(deeds(question, s.text) for s in picked):
        picked.append(deed)
    # What a sentence tells of may be turned down in the next, going on about it: "The NCAA
    # Division I Council denied it." after the request for a lower minimum.
    picked += [
        n
        for n in found
        if refused(n.text, question)
        and any(p.article.id == n.article.id and 0 <= n.start - p.end <= 2 for p in picked)
        and n not in picked
    ]
    return Reply("yesno", tuple(in_order(picked)), confidence=picked[0].relevance, lead_in=NO_VERDICT)
