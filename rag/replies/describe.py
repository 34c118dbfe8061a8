"""Descriptive replies (why, how, what happened, what did X say about Y): the 1–4 most
relevant sentences about the question, each cited.

Only readable sentences (furniture.readable: no headline fragment, question-shaped subhead,
credit or byline), no two saying the same thing (wire copies once), a sentence that leans
on the one before it shown with that sentence, and the whole ordered as the articles tell
it: the best article's sentences first, in their order, then the next article's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..bearing import about, current, does_asked, naming, quote_opener, restates, said_by, said_by_another
from ..evidence import distinct
from ..furniture import captioned, readable, set_alone
from ..names import asked_share, named_words
from ..question import CAUSE_NOUNS, FOCUS_LABELS, PEOPLE, Question
from ..reasons import causes_asked, done_for, explains, gives_reason, names_reason
from ..sentences import Sentence, after, lead_clause, quote_goes_on, widened
from ..text import parse, stem
from .base import Context, Quote, Reply

MOST = 4  # sentences shown at most (a leaning one is quoted with the one before it)
SCENE = 3  # fewer chosen than this go on to the sentences after them
CLOSE = 0.2  # a sentence is kept only within this much of the best one's score
BONUS = 0.3  # the reason before the scene for a why-question; what X said for "what did X say"
REASON_CLOSE = 0.45  # a further reason is kept within this much of the best one's score
# A why-question's deed is told by a sentence holding this share of its words (with the
# text's own word for its subject: "the law" for "the railway labor act").
SCENE_WORDS = 0.4
QUOTED = re.compile(r"[“”\"]")  # a sentence that quotes someone's own words
SAY = re.compile(r"\b(?:say|said|tell|told)\b", re.I)  # a question that asks for the words


def chosen(found: list[Sentence], most: int = MOST, question: Question | None = None) -> list[Sentence]:
    """The best readable, distinct sentences about the question, close to the best one;
    for a why-question, a sentence that gives a reason counts BONUS more, and for "what did
    X say", one where X says something (bearing.said_by) does, and is about the question
    however far its words are from the question's."""
    # Unreadable ones first out: a subhead that repeats the question ("Why was McCarthy
    # ousted as speaker?") scores best of all and would set the bar out of reach.
    shown = [
        s
        for s in found
        if readable(s.text)
        and not captioned(s.article.text, s.end)
        and not set_alone(s.article.text, s.start, s.end)
    ]
    why = question is not None and question.why
    said = {id(s) for s in shown if question and _told(question, s) and said_by(question, s)}
    # What the asked deed was done for is the reason itself: kept, and put first.
    done = {id(s) for s in shown if why and s.untold == 0 and done_for(question, s.text)}
    # For a yes/no question, one that holds every word the question asks about bears on it
    # most directly: "The new record time is subject to verification by World Athletics …
    # before it becomes official" for "is kiptum's record official yet". (A why-question's
    # deed restated is not its reason: "… McCarthy being ousted as speaker is "sad".")
    restated = {id(s) for s in shown if question and question.kind == "yesno" and restates(question, s)}
    # One that does what the question's verb says bears on it, whatever else it holds:
    # "Murdaugh … has denied involvement in the deaths" for "did murdaugh deny killing …"
    # (not for why: "It's very rare for birds to crash" is the deed again, not its cause).
    # So does one in the text's word for it: "no injuries" for "was anyone hurt" (kin_words).
    acting = {
        id(s) for s in shown if question and question.verbs and not why and does_asked(question, s.text)
    }
    # A question that only names someone is about every sentence naming them in full,
    # however little else of it the question's meaning holds: "… said union spokesman
    # Casey Hoag" for "who is casey hoag".
    named = {id(s) for s in shown if question and question.names_alone and s.untold == 0 and s.overlap == 1}
    given = said | done | named
    pool = [s for s in shown if about(s) or id(s) in given]
    if question is not None and SAY.search(question.text):
        # What another says is no answer to what X said: not Díaz-Canel's words on the
        # United States for "what did khamenei say about the us".
        pool = [s for s in pool if id(s) in said or not said_by_another(question, s)]
    if not pool:
        return []
    because = {id(s) for s in pool if why and explains(question, s.text)}
    if why and not because and question.focus in CAUSE_NOUNS:
        # "What was Perry's cause of death" asks for a cause: sentences on his death that
        # give none do not answer it, however near they are.
        return []
    boosted = because | said | restated | acting
    worth = {id(s): s.score + BONUS * (id(s) in boosted) for s in pool}
    # The best reason, or the best of what X says, is kept however far the scene outscores
    # it: the question asks for it.
    # A reason the text says outright goes before one it implies.
    outright = [s for s in pool if id(s) in because and gives_reason(s.text)]
    aimed = [s for s in pool if id(s) in because and causes_asked(question, s.text)]
    # X's own words, quoted, are what "what did X say" asks for before what the story
    # reports X did: "“I accept and respect the Academy’s decision,” the actor said …"
    # before "Smith also reached out the next morning to the show’s producer …".
    # Only for "say" or "tell" itself: "what did gov lee propose" asks what, not his words.
    words_asked = question is not None and SAY.search(question.text) is not None
    quoted = {id(s) for s in pool if words_asked and id(s) in said and QUOTED.search(s.text)}
    wanted = (
        outright
        or aimed
        or [s for s in pool if id(s) in quoted]
        or [s for s in pool if id(s) in because or id(s) in said]
    )
    asked_for = id(max(wanted, key=lambda s: s.score)) if wanted else None
    pool.sort(
        key=lambda s: (
            id(s) not in done,
            id(s) != asked_for,
            id(s) not in said,
            id(s) not in quoted,
            -worth[id(s)],
        )
    )
    best, best_score = max(worth.values()), max(s.score for s in pool)
    # Close to the best by worth or by score alone: a reason leads, and does not push out
    # what is as near the question as it is. All X says is what "what did X say" asks for:
    # "“Everyone is being removed by the same standard statewide,” Husted said" after
    # "Husted … insists counties are removing voters … in a uniform manner".
    close = [
        s
        for s in pool
        if id(s) in done
        or id(s) == asked_for
        or id(s) in said
        or worth[id(s)] >= best - CLOSE
        or s.score >= best_score - CLOSE
        # A why-question may have more than one reason, and the one told second may be
        # the one asked for: "… after Rock had made a joke about Smith’s wife" behind
        # "… as a result of his slapping comedian Chris Rock".
        or (id(s) in because and s.score >= best_score - REASON_CLOSE)
    ]
    kept = distinct(close, most)
    # What comes nearest the question is kept however many boosted ones go first: "… was
    # the promise to enshrine the voice of Indigenous people in Parliament" for "what did
    # albanese promise indigenous australians", behind three sentences where he promises
    # something else.
    top = max(pool, key=lambda s: s.score)
    if kept and all(s is not top for s in kept) and readable(top.text):
        kept = distinct([*kept[: most - 1], top, *kept[most - 1 :]], most)
    return kept


def _told(question: Question, s: Sentence) -> bool:
    """Does the sentence (or its title) name what the question names? The speaker of "what
    did X say" may be named only before it (said_by): "“I think folks have to stop giving
    lip service to Black women …" after "Kamlager said …"; where it was said need not be
    named ("Biden on Thursday said the US will not allow Iran …" for "… in jerusalem")."""
    if s.untold == 0:
        return True
    rest = question.names - question.speaker - question.setting
    return not rest or asked_share(rest, frozenset(named_words(s.text) | named_words(s.article.title))) == 1


def _speaker_named(question: Question, found: list[Sentence]) -> bool:
    """Does a sentence (or its title) name the one a "what did X say" question asks about,
    when X is called by a role ("the quebec health minister")? The letter's own words are
    not what a minister said of it; the role's stem is no test ("Ministry of Health")."""
    role = next(
        (
            t.lemma_.lower()
            for t in parse(question.text)
            if stem(t.text) == question.speaker_head and FOCUS_LABELS.get(t.lemma_.lower()) == PEOPLE
        ),
        None,
    )
    if role is None:
        return True
    word = re.compile(rf"\b{re.escape(role)}s?\b", re.I)
    return any(word.search(s.text) or word.search(s.article.title) for s in found)


def in_order(picked: list[Sentence], shown: tuple[Quote, ...] = ()) -> list[Quote]:
    """Quotes in reading order after those already `shown`: articles in the order of their
    best sentence, each article's sentences as the article has them; a leaning sentence
    widened back, or, when it leans back into a shown quote, that quote carried on to it."""
    articles = list(dict.fromkeys(s.article.id for s in picked))
    quotes: list[Quote] = list(shown)
    for s in sorted(picked, key=lambda s: (articles.index(s.article.id), s.start)):
        start, end = lead_clause(s.article, s.start, s.end)
        back = widened(s)
        into = next(
            (
                i
                for i, q in enumerate(quotes[: len(shown)])
                if q.article.id == s.article.id and q.start <= back < q.end
            ),
            None,
        )
        if into is not None:
            quotes[into] = replace(quotes[into], end=max(end, quotes[into].end))
            continue
        if back < s.start and not any(q.article.id == s.article.id and q.end >= back for q in quotes[-1:]):
            start = back
        quotes.append(Quote(s.article, start, end))
    return quotes


def _going_on(picked: list[Sentence], most: int, wanted=lambda n: True) -> list[Sentence]:
    """The sentences right after the picked ones that are not picked yet and are `wanted`,
    as many as bring the picked up to `most`."""
    following = [n for n in map(after, picked) if n and all(n.start != p.start for p in picked)]
    return [n for n in following if wanted(n)][: most - len(picked)]


def _deed_and_reason(question: Question, found: list[Sentence], picked: list[Sentence]) -> list[Sentence]:
    """Where no picked sentence tells the asked deed or a reason outright, the best one
    that tells the deed and the one going on from it lead: "As much as management likes
    the law …, the unions hate it." and "They say it would be far easier to reach a deal
    …" for "why do unions hate the railway labor act"."""
    if any(does_asked(question, s.text) or gives_reason(s.text) for s in picked):
        return picked
    scene = next(
        (s for s in found if readable(s.text) and s.overlap >= SCENE_WORDS and does_asked(question, s.text)),
        None,
    )
    reason = after(scene) if scene is not None else None
    if reason is None:
        return picked
    rest = [
        p for p in picked if p.start not in (scene.start, reason.start) or p.article.id != scene.article.id
    ]
    return [scene, reason, *rest][:MOST]


def reply(question: Question, found: list[Sentence], context: Context) -> Reply:
    if not _speaker_named(question, found):
        return Reply("describe")
    # Of the day's news when there is some about it: older stories of the same names are
    # another story (an earlier merger, last year's strike).
    today = [s for s in found if current(question, s, context.near)]
    picked = chosen(today, question=question) or chosen(found, question=question)
    if 0 < len(picked) < SCENE:
        # One sentence about it may only set the scene; the next one, going on about it,
        # tells, and a quote it opens goes on in its paragraph: "“We've done a good job for
        # the farmers." after "“I wouldn't think I'd have to really be too aggressive,” he
        # told reporters …".
        more = _going_on(picked, SCENE)
        picked += more
        picked += [
            n
            for s in more
            if (n := after(s)) and quote_goes_on(s, n) and all(n.start != p.start for p in picked)
        ]
    if question.why:
        # The reason may follow the sentence that tells the deed, going on about it: "The
        # reason for this, he explained, is people are less likely to travel …" after "…
        # good weather in winter months actually results in more fatalities," he said.".
        picked += _going_on(picked, MOST, lambda n: names_reason(n.text))
        picked = _deed_and_reason(question, today or found, picked)
    if question.speaker and picked and len(picked) < MOST:
        # A quote that names no one is shown after the sentence naming who says it: "“I think
        # folks have to stop …" after "Kamlager said … there is still a long way to go."
        first = min((s for s in picked if s.article.id == picked[0].article.id), key=lambda s: s.start)
        named = naming(question, first)
        if named is None and (opened := quote_opener(first)) is not None:
            # From where the quote opens: "I blame the lobbyists." is shown after "Church is
            # an adamant supporter …", three sentences before it.
            named = naming(question, opened)
        if named is not None and all(named.start != p.start for p in picked):
            picked.append(named)
    return Reply("describe", tuple(in_order(picked)), confidence=picked[0].relevance if picked else 0.0)
