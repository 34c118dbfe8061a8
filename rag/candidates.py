"""Typed answer candidates from retrieved sentences and the evidence for each. Which of
them may be shown, and which is, is shown.py's.

A candidate is a short span of a retrieved sentence of the type the question asks for
(question.py): a number that counts the asked thing, a date resolved to the calendar, a
named entity of the right label, a noun phrase. Mentions of the same answer are merged,
and its evidence is measured: how relevant its sentences are, how near it stands to the
question's words, whether its type and unit match, how many distinct stories (wire
copies collapsed) carry it, how close their dates are to the question's date. A logistic
regression fitted on the RealTimeQA dev slice (eval/fit.py, weights in weights.json)
(scorer.py) turns the evidence into a probability. Does not retrieve and does not run
the LLM.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime

import numpy as np
from dateparser.date import DateDataParser

from .evidence import (
    Sentence,
    asked_share,
    kin_held,
    labels_only,
    lead_clause,
    linked,
    named_words,
    no_comment,
    readable,
    restates,
    stories,
)
from .question import (
    AGE,
    CHANGES,
    DEADLINE,
    DURATION,
    FOCUS_LABELS,
    JOURNALS,
    NAMES,
    PEOPLE,
    PERCENT_NOUNS,
    PLACES,
    SAID,
    Question,
)
from .retrieve import date_nearness
from .scorer import Evidence
from .stated import measures, stated, unknown
from .text import WEEKDAYS, content_words, is_year, nlp, normalize, number, numbers, stem, tokens, with_names

DATE_SCALE_DAYS = 14.0  # the date_near feature's fall-off
CLAIMS = 96  # candidates, most likely first, that get the evidence needing the encoder
MONTHS = "January February March April May June July August September October November December".split()
# What a stretch of time is counted in ("22 years", "a decade"): dateparser reads such a
# stretch as that long before the article's date, which only "ago" says.
# Words that make a title one held before: "former Speaker …", "the then president …".
PAST_HOLDER = {"former", "ex", "late", "then", "outgoing", "ousted", "deposed"}
HISTORY_YEARS = 2  # a sentence dated this many years before the question tells history
# Who said, reported or counted something is answered by a source ("according to OCHA").
REPORTING = frozenset(stem(w) for w in SAID | {"report", "estimate", "count", "accord", "source"})
TIME_UNITS = {"second", "minute", "hour", "day", "week", "weekend", "month", "year", "decade", "century"}
MAYBE = {"can", "could", "might", "may"}  # a count under these only could be (`_supposed`)
MODALS = MAYBE | {"will", "would", "should"}  # a question asking what can or will be


@dataclass
class Candidate:
    text: str  # what the answer shows: "seven", "Ana Ruiz", "December 4, 2023"
    key: str  # normalised form; mentions with the same key are one candidate
    label: str  # spaCy entity label, NOUN for a noun phrase, OPTION for a given choice
    sentences: list[Sentence] = field(default_factory=list)  # best first
    spans: list[tuple[int, int]] = field(default_factory=list)  # the mention's offsets, per sentence
    evidence: Evidence = Evidence()
    score: float = 0.0
    stories: frozenset[int] = frozenset()
    # Every sentence holding it dates what it tells years before the question
    # (`dated_before`): "Casey Stengel won seven World Series … between 1949 and 1958".
    historical: bool = False
    # A sentence states it to be the asked thing: "… word of the year is "authentic."" (stated.py).
    stated: bool = False
    counts: frozenset[str] = frozenset()  # a number's: stems of the nouns it counts ("vote")


def extract(question: Question, sentences: list[Sentence], as_of: date | None) -> list[Candidate]:
    """Candidates of the asked type from the sentences, merged by answer, with evidence."""
    if question.answer_type == "yesno":
        return []
    found: dict[str, Candidate] = {}
    features: dict[str, list[Evidence]] = {}
    docs = (with_names(d) for d in nlp().pipe([s.text for s in sentences]))
    dateline: set[str] = set()
    history: set[tuple[str, int]] = set()  # (article, start) of sentences that tell history
    surnames: set[tuple[str, str]] = set()  # (article, surname) of people named in full
    sources_do_nothing = question.answer_type == "entity" and not _asks_source(question)
    for s, doc in zip(sentences, docs):
        surnames |= {
            (s.hit.article.id, normalize(e[-1].text)) for e in doc.ents if e.label_ == "PERSON" and len(e) > 1
        }
        # A question states no answer ("Once spacecraft arrives at asteroid, then what?"), nor
        # does a sentence saying the asked thing is not known yet (stated.unknown), nor a
        # subhead with no verb ("NFL International Series 2024", "Max Verstappen win streak"),
        # nor a link to another story ("More:Hyundai, Kia recall more than 550K vehicles …"),
        # nor one that says someone did not comment ("… did not respond to CNN’s request").
        if (
            s.text.rstrip().endswith("?")
            or unknown(doc, question)
            or labels_only(s.text, doc)
            or linked(s.text)
            or no_comment(s.text)
        ):
            continue
        near = [t.i for t in doc if stem(t.text) in question.terms and not t.is_stop]
        if dated_before(question, doc, as_of):
            history.add((s.hit.article.id, s.start))
        dated = False
        told_from = lead_clause(s.article, s.start, s.end)[0] - s.start
        for span, label, text, key, extra in _spans(question, doc, s):
            if (sources_do_nothing and _credited(span)) or _ticker(span):
                continue
            if span.start_char < told_from:
                continue  # "MANCHESTER, England (AP) —": the dateline is no part of the report
            if question.measured and not question.negated and _supposed(span, question):
                continue
            if question.measured and not question.time_words and _superseded(span):
                continue  # "from about 185,000 members to 340,000": the union has 340,000 now
            if question.acted_on and question.acted_on & {t.lemma_.lower() for t in _title(span)}:
                continue  # "referee Halil Umut Meler" is who was attacked, not who attacked him
            if (
                question.ahead
                and (label in ("DATE", "TIME") or question.labels == PLACES)
                and _told_done(span)
            ):
                # "the union announced Monday" is no answer to when Congress will vote, nor
                # "made the remarks in a meeting in Tehran" to where the next one will be held
                continue
            if question.labels in (PLACES, JOURNALS) and _placed_elsewhere(span, question):
                continue  # "arriving back in Tehran after competing": not where she competed
            if question.labels == PLACES and (_owns_one(span) or _not_there(span, question)):
                continue  # "by Florida’s governor": whose governor, not where
            said = extra.pop("stated", False)
            counts = extra.pop("counts", frozenset())
            dated = dated or label == "DATE"
            distance = min((abs(i - j) for i in near for j in range(span.start, span.end)), default=50)
            at = (s.start + span.start_char, s.start + span.end_char)
            _mention(
                found,
                features,
                Candidate(text, key, label),
                s,
                at,
                as_of,
                nearness=1.0 / (1.0 + distance),
                **({"titled": _titled(span, question, names_given=s.missing == 0)} | extra),
            )
            found[key].stated |= (
                said
                or (_does(span, question) and _done_to(question, s, doc))
                or _object_of_asked(span, question)
            )
            found[key].counts |= counts
        if (
            question.answer_type == "date"
            and not question.ahead  # an article's date says when what it reports happened, not what will
            and not dated
            and s.hit.article.published
            and s.hit.article.id not in dateline
            and _reports_deed(question, doc)
        ):
            dateline.add(s.hit.article.id)  # once per article: undated sentences are no extra support
            _add_publication_date(found, features, s, as_of)
    merged = _merge(question, found, features, sentences)
    for c in merged:
        c.historical = bool(c.sentences) and all((t.hit.article.id, t.start) in history for t in c.sentences)
    # The small tagger takes a surname alone for a place ("For Fowle, …" after "Sotheby’s
    # Global Head of Spirits, Jonny Fowle"): where its article names the person in full,
    # it is no answer to "where".
    return [c for c in merged if not (c.label in PLACES and _surname(c, surnames))]


def _reports_deed(question: Question, doc) -> bool:
    """Does an undated sentence report the asked deed itself, so that its article's date
    says when? "… reached the No. 1 spot … 25 years after its release" names the release
    only as a noun: its article's date is no release date. (A verb of a name the question
    gives is no deed: "want" of "All I Want for Christmas Is You".)"""
    verbs = {v for v in question.verbs - {"be", "have", "do"} if stem(v) not in question.names}
    return not verbs or any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in verbs for t in doc)


def _does(span, question: Question) -> bool:
    """Is the mention who does what a "who" question asks the doer of: the subject of its
    verb ("McLaren's Lando Norris finished second" for "who finished second in singapore"),
    or its passive agent ("The lifeline is administered by the nonprofit Vibrant Emotional
    Health")? With a sentence that says all the question asks about, that states the
    answer as a "be" clause would."""
    if not question.doing:
        return False  # asked of every mention: most questions ask no doer
    root = span.root
    # One of those who do it: "Two House Democrats, Robert Garcia of California and Dan
    # Goldman of New York, filed a privileged resolution".
    while root.dep_ in ("appos", "conj") and root.head.i != root.i:
        root = root.head
    if root.dep_ in ("nsubj", "nsubjpass"):
        # Or the asked deed its verb sets its subject to do: "agreed to coach", "Deas … was
        # commissioned to paint the Ginsburg portrait". A passive subject does nothing else.
        set_to = next(
            (c for c in root.head.children if _to_do(c) and c.lemma_.lower() in question.doing), None
        )
        verb = set_to or (root.head if root.dep_ == "nsubj" else None)
    elif root.dep_ == "pobj" and root.head.dep_ == "agent":
        verb = root.head.head
    else:
        verb = None
    if verb is None:
        return False
    # Done for or against another than the question's: "Gareth Bale scored a late penalty
    # for Wales" is not who scored for the US against Wales (the parser may hang "for
    # Wales" on the penalty).
    asked_with = dict(question.doing_with)
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    other = any(
        p.lower_ in asked_with and (p.lower_, stem(o.text)) not in question.doing_with
        for h in heads
        for p in h.children
        if p.dep_ == "prep"
        for o in p.children
        if o.dep_ == "pobj"
    )
    return verb.lemma_.lower() in question.doing and not other


def _object_of_asked(span, question: Question) -> bool:
    """Is the mention what the question's subject does the asked verb to: "the Dodgers" of
    "Ohtani left the Los Angeles Angels … to sign with the Dodgers" for "which team did
    ohtani sign with"? The verb's subject (or, for a "to" infinitive, its head's) shares a
    word with the question's: "Gareth Bale beat the keeper" is not whom the US beat."""
    lemma, preposition, subject = question.object_of
    if not lemma:
        return False
    root = span.root
    while root.dep_ in ("appos", "conj") and root.head.i != root.i:
        root = root.head
    if preposition and root.dep_ == "pobj" and root.head.lower_ == preposition:
        verb = root.head.head
    elif not preposition and root.dep_ == "dobj":
        verb = root.head
    else:
        return False
    # Or the text's word for it (Question.kin): "defeated Iran" for "who did the us men beat".
    if (
        verb.lemma_.lower() != lemma
        and not {(stem(lemma), stem(verb.text)), (stem(lemma), stem(verb.lemma_))} & question.kin
    ):
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not doers and _to_do(verb):
        doers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return bool({stem(t.text) for d in doers for t in d.subtree} & subject)


def _to_do(token) -> bool:
    """Is the token a "to" infinitive with no subject of its own, which its head's subject
    does ("agreed to coach", "was commissioned to paint")?"""
    children = list(token.children)
    return (
        token.dep_ in ("xcomp", "advcl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
    )


def _done_to(question: Question, s: Sentence, doc) -> bool:
    """Does the sentence (or its title) give every name the question gives, even one common
    in the corpus ("the us" of "who scored for the us against wales"), and name what the
    deed is done to ("the video" of "who kicks off mariah carey's new christmas video") or,
    for a deed done to nothing ("who finished second"), say all the question asks about?"""
    if s.missing > 0:
        return False
    # A name the sentence leaves to its title, where it names another people or place,
    # is not what it tells of: "Iranian players celebrate after Roozbeh Cheshmi scored …
    # against Wales" in a story titled for the US.
    said = frozenset(named_words(s.text))
    places = {w for e in doc.ents if e.label_ in ("NORP", "GPE") for w in named_words(e.text)}
    if asked_share(question.names, said) < 1 and places - question.names - question.terms:
        return False
    if not question.acted_on:
        return restates(question, s)
    # In the text's word for it too: "The film … will be directed by Wes Ball" for "who
    # will direct the zelda movie" (`Question.kin`).
    acted = {stem(w) for w in question.acted_on}
    return all(asked_share({a}, said) == 1 for a in acted - kin_held(question, acted, set(said)))


def _credited(span) -> bool:
    """Is the mention the sentence's source, "according to the FDA" or "Per the Multi-State
    Lottery Association, …"? A source vouches for the sentence and does nothing in it: it
    did not win the jackpot it reports, nor make the butter it recalls."""
    head = span.root.head
    return span.root.dep_ == "pobj" and (
        head.lower_ == "per" or head.lower_ == "to" and head.head.lower_ == "according"
    )


def _ordinal(t) -> bool:
    """Is the number word one that says which, not how many: "Fifth" in "Fifth Amendment",
    "21st"?"""
    return bool(re.fullmatch(r"\d+(?:st|nd|rd|th)|[a-z-]*(?:first|second|third|th)", t.lower_))


def phrase_head(token):
    """The word a mention's phrase hangs from its sentence by: past the compounds,
    appositions and conjuncts around it ("Tehran" in "arriving back in Tehran and Qom")."""
    while token.dep_ in ("compound", "appos", "conj") and token.head.i != token.i:
        token = token.head
    return token


def _owns_one(span) -> bool:
    """Is the place whose someone is ("Florida’s governor", "Tonga’s King"), which says
    nothing of where? Where "Dubai’s COP28 conference" is, is Dubai."""
    root = span.root
    return root.dep_ == "poss" and FOCUS_LABELS.get(root.head.lemma_.lower()) == PEOPLE


def _not_there(span, question: Question) -> bool:
    """Does the sentence place it away from where the question asks: "nowhere near
    Massachusetts", or "flown from Texas" when the question asks where to, not where from?"""
    place = phrase_head(span.root)
    if place.dep_ != "pobj":
        return False
    prep = place.head
    if prep.head.lower_ in ("nowhere", "far") or any(c.dep_ == "neg" for c in prep.head.children):
        return True
    return prep.lower_ == "from" and "from" not in tokens(question.text)


def _placed_elsewhere(span, question: Question) -> bool:
    """Does the place say where another deed was done than the one the question asks where
    of, which its sentence also tells? "Rekabi arriving back in Tehran after competing
    without a hijab" places her arrival, not where she competed."""
    place = phrase_head(span.root)
    verb = place.head.head if place.dep_ == "pobj" else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() in question.verbs:
        return False
    return any(t.pos_ == "VERB" and t.lemma_.lower() in question.verbs for t in span.doc)


def _of_unit(span, question: Question) -> bool:
    """Does the number modify the noun "how many" asks about ("wins" of "how many wins")?
    Not "first": "its first-ever World Cup" says which one, not that there was one."""
    unit = _asked_unit(question)
    first = span.root.lower_.startswith(("first", "1st"))
    return bool(unit) and not first and stem(_one_unit(span.root.head.lemma_.lower())) == unit


def _asked_unit(question: Question) -> str:
    """The stem of the noun "how many" asks about, in the singular ("" when none)."""
    return stem(_one_unit(question.unit)) if question.unit else ""


def _one_of(span) -> bool:
    """Is it "one of" several, which counts none of them: "One of many in a rash of retail
    bankruptcy filings, Buy Buy Baby's parent company … filed" closes no number of stores?"""
    return span.text.lower() == "one" and span.end < len(span.doc) and span.doc[span.end].lower_ == "of"


def _ticker(span) -> bool:
    """Is the mention a stock symbol in brackets after its company, "Twitter (TWTR)"? It
    names the company again, never anything else."""
    doc = span.doc
    return (
        span.text.isupper()
        and len(span.text) <= 5
        and span.start > 0
        and span.end < len(doc)
        and doc[span.start - 1].text == "("
        and doc[span.end].text == ")"
    )


def _supposed(span, question: Question) -> bool:
    """Is the number or date inside a clause that supposes it, "if he doesn't get 218
    votes", that denies it, "neither McCarthy nor Biggs can get 218 votes", or that only
    says it could be, "a moderate Republican who can get the 218 votes" (unless the question
    asks what can or will be: "how much snow could the sierras get")? None states a count
    that happened."""
    chain = [span.root, *span.root.ancestors]
    at = next((i for i, t in enumerate(chain) if t.pos_ in ("VERB", "AUX")), None)
    # A number in an apposition describes its noun aside from the clause: "Moscow, a city of
    # about 26,000 residents, hasn’t recorded a murder" denies no residents.
    verb = chain[at] if at is not None and not any(t.dep_ == "appos" for t in chain[:at]) else None
    if verb is not None and any(
        c.dep_ == "neg"
        or c.dep_ == "nsubj"
        and any(d.dep_ == "det" and d.lower_ in ("neither", "no") for d in c.children)
        or c.dep_ == "aux"
        and c.lower_ in MAYBE
        and verb.lemma_ != "be"  # "Store brands can be 10% to 50% cheaper" states a range
        and not question.ahead
        and not MODALS & set(tokens(question.text))
        for c in verb.children
    ):
        return True
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for t in chain for c in t.children)


def _asks_source(question: Question) -> bool:
    """Does the question ask who said, reported or found something, so a source answers it?"""
    return bool(question.terms & REPORTING)


def _surname(c: Candidate, surnames: set[tuple[str, str]]) -> bool:
    """Is the one-word candidate the surname of a person its every article names in full?"""
    return (
        " " not in c.key
        and bool(c.sentences)
        and all((t.hit.article.id, c.key) in surnames for t in c.sentences)
    )


def _spans(question: Question, doc, s: Sentence):
    """(span, label, shown text, key, extra features) for each mention of the asked type."""
    published = s.hit.article.published
    # A crawl's fragment ("Relive the magic:Welcome to …") states nothing.
    stating = question.answer_type in ("phrase", "entity") and readable(s.text)
    said = list(stated(doc, question, (published or "")[:4])) if stating else []
    if question.answer_type == "phrase":
        seen = set()
        for span in said:
            seen.add((span.start, span.end))
            span.label_ = "NOUN"
            yield span, "NOUN", span.text, normalize(span.text), {"type_match": 1.0, "stated": True}
        # Nationality adjectives ("Cuban") are not what a "what" question asks for, nor
        # are dates: a question asking for a time has kind "date" ("which word" is not "Saturday").
        names = [e for e in doc.ents if e.label_ != "NORP"]
        # A noun phrase inside a longer name is a piece of it: "Interstate" of "Interstate 90".
        chunks = [c for c in doc.noun_chunks if not any(_inside(c, e) for e in names)]
        for span in [*names, *chunks]:
            if span.root.ent_type_ in ("DATE", "TIME"):
                continue
            span = _trim(span, question)
            if span is None or (span.start, span.end) in seen:
                continue
            seen.add((span.start, span.end))
            label = span.label_ if span.label_ else "NOUN"
            text = span.text
            focus = float(bool(question.focus) and _of_kind(span, question.focus) and _named(span))
            yield span, label, text, normalize(text), {"type_match": focus}
        return
    if question.answer_type == "date":
        # A year inside another entity ("the Islamic Revolution of 1979") is a date too.
        for ent in doc.ents:
            if ent.label_ not in ("DATE", "TIME"):
                for t in ent:
                    if t.shape_ == "dddd" and 1800 <= int(t.text) <= 2100:
                        yield doc[t.i : t.i + 1], "DATE", t.text, t.text, {"type_match": 1.0}
    if "WORK_OF_ART" in question.labels:
        for span in _titles(doc):
            yield span, "WORK_OF_ART", span.text, normalize(span.text), {"type_match": 1.0}
    if "SCORE" in question.labels:
        for m in SCORE.finditer(doc.text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and _during_play(span):
                continue  # "Washington led 20-3 in the second quarter" is not how it ended
            yield span, "SCORE", m.group(), m.group(), {"type_match": 1.0}
    if question.answer_type == "entity":
        # "The host country is Saudi Arabia" states which country, as it would which thing;
        # what it states a group to be is one, whatever the tagger calls it ("a local
        # protest group called Caterva", tagged a place).
        for span in said:
            label = span.root.ent_type_
            if label in question.labels or label in NAMES:
                yield span, label, span.text, normalize(span.text), {"type_match": 1.0, "stated": True}
    numbered: set[int] = set()
    for span in measures(doc, question):
        # "a 36-page report" states how long the report is, whatever the scorer makes of
        # the rest of its sentence.
        numbered.update(range(span.start, span.end))
        label = span.root.ent_type_ or "CARDINAL"
        span.label_ = label
        yield span, label, span.text, _number_key(span), {"type_match": 1.0, "stated": True}
    if question.answer_type == "count":
        # A number the tagger left untagged, as it does at a sentence's start ("Eleven more
        # hostages were released …"), or took for part of a date ("Ninety-eight Christmas
        # trees"), still counts the noun it numbers; a stretch of time ("22 years ago") is
        # read whole from its entity below.
        for t in doc:
            untagged = t.ent_type_ not in question.labels and t.head.lemma_.lower() not in TIME_UNITS
            if (
                t.like_num
                and t.dep_ == "nummod"
                and untagged
                and not is_year(t)
                and not _season(t)
                and not _named_number(doc[t.i : t.i + 1])
            ):
                span = doc[t.left_edge.i : t.i + 1]
                numbered.update(range(span.start, span.end))
                span.label_ = "CARDINAL"
                yield (
                    span,
                    "CARDINAL",
                    span.text,
                    _number_key(span),
                    {"type_match": 1.0} | _count_features(span, question),
                )
    for ent in doc.ents:
        # A count may be written as any entity with a number in it: "22 years ago".
        # (Not an ordinal: "first" says which one, not how many; but one of the counted
        # noun itself numbers them so far: "his 14th win of the season".)
        running = question.answer_type == "count" and ent.label_ == "ORDINAL" and _of_unit(ent, question)
        counted = (
            question.answer_type == "count"
            and ent.label_ != "ORDINAL"
            and any(t.like_num and not _ordinal(t) for t in ent)
        ) or running
        placed = question.labels == PLACES and _at_place(ent, question)
        # What the asked subject does the asked deed to, whatever the tagger calls it:
        # "sign with the Dodgers" (tagged a person) for "which team did ohtani sign with".
        done_to = question.answer_type == "entity" and ent.label_ in NAMES and _object_of_asked(ent, question)
        if (
            ent.label_ not in question.labels
            and not counted
            and not placed
            and not done_to
            or any(t.i in numbered for t in ent)
        ):
            continue
        if question.answer_type == "count" and _one_of(ent):
            continue
        span = _trim(ent, question)
        if span is None:
            continue
        typed = {"type_match": float(ent.label_ in question.labels or running or placed or done_to)}
        if question.answer_type in ("date", "time") and ent.label_ in ("DATE", "TIME"):
            if _stretch(span) or _kind_word(span):
                continue
            shown, key = resolve_date(span.text, published)
            if question.focus == "year" and not key[:4].isdigit():
                continue  # "earlier this year" names no year
            if question.focus == DEADLINE and span.root.head.lower_ in ("until", "by"):
                typed = typed | {"stated": True}  # "Borrowers have until December 31, 2023, to submit"
            yield span, ent.label_, shown, key, typed
        elif question.answer_type in ("count", "amount") and _years_only(span, question):
            continue  # "its 2022-2023 Outlander", "the 2024 campaign": a year, not how many or how old
        elif question.answer_type == "count" and _named_number(span):
            continue  # "this week's Top 10": a number of a name counts nothing
        elif question.answer_type == "count":
            yield span, ent.label_, span.text, _number_key(span), typed | _count_features(span, question)
        elif question.focus == AGE:
            if _age(span):
                # Only the age the text gives the one asked about answers "how old" (settle).
                yield (
                    span,
                    ent.label_,
                    span.text,
                    _number_key(span),
                    typed | {"titled": _aged(span, question)},
                )
        elif question.answer_type == "amount":
            if question.focus in PERCENT_NOUNS and _by_how_much(span):
                continue  # "10% to 50% cheaper", "rose 5%": by how much, not what share
            if question.focus == DURATION:
                # "six weeks" or "500 feet", not "September 6", "16 experts" or a bare "one"
                typed = {"type_match": float(_stretch(span) or ent.label_ == "QUANTITY")}
            yield span, ent.label_, span.text, _number_key(span), typed
        else:
            yield span, ent.label_, span.text, normalize(span.text), typed


def _inside(span, name) -> bool:
    """Is the span a strict part of the name's words?"""
    return name.start <= span.start and span.end <= name.end and len(span) < len(name)


def _age(span) -> bool:
    """Is the span written as an age: "46-year-old", "76 years old", "aged 51", or a
    number set beside a name ("Lynch, 46,", "Tom Flacco, now 23,", "Biden, who is 80,")?"""
    if any(t.lower_ in ("old", "age") or t.lower_.endswith("-old") for t in span):
        return True  # "76 years old", "at the age of 54"
    if span.start and span.doc[span.start - 1].lower_ in ("aged", "age"):
        return True
    root = span.root
    # News writes an age in figures; "Perry, one of Ottawa's proudest sons" gives none.
    return (
        len(span) == 1
        and root.is_digit
        and not any(c.dep_ == "prep" for c in root.children)
        and (root.dep_ == "appos" or (root.dep_ == "attr" and root.head.dep_ == "relcl"))
    )


def _aged(span, question: Question) -> float:
    """1 when the age is given to a name the question asks about: the name it stands
    beside ("Lynch, 46,"), modifies ("46-year-old Dennis Brown") or is said of ("Trump is
    76 years old"); 0 for another's ("jet fighters that were 48 years old", "Travis Kelce,
    33," for Jason Kelce)."""
    near, head = [], span.root
    for _ in range(3):
        head = head.head
        near += [head, *(c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "compound", "appos"))]
    names = {stem(t.text) for n in near for t in (n, *(c for c in n.children if c.dep_ == "compound"))}
    # "Travis Kelce, 33," is not Jason Kelce's age: the surname asked, another first name.
    lasts = {last for _, last in question.forenames}
    other = any(
        stem(c.text) not in question.names
        for n in near
        if stem(n.text) in lasts
        for c in n.children
        if c.dep_ == "compound"
    )
    return float((bool(names & question.names) or _described(span, question)) and not other)


def _described(span, question: Question) -> bool:
    """Is the age given to "the" someone the sentence names only as whose something is, and
    names no one else: "Matthew Perry's family has spoken out on the death of the
    54-year-old "Friends" actor" (not "Trump attacked the 80-year-old president")?"""
    noun = span.root.head
    if noun.pos_ != "NOUN" or not any(c.lower_ == "the" for c in noun.children):
        return False
    people = [e for e in span.doc.ents if e.label_ == "PERSON"]
    return bool(people) and all(
        {stem(t.text) for t in e} & question.names and e.root.dep_ == "poss" for e in people
    )


def _titles(doc):
    """Titles set in quotes, which the tagger seldom marks as works: “If We Break”,
    "Squid Game". Up to eight words, every long one capitalised, and not ending as
    speech does ("No comment,")."""
    for m in TITLE.finditer(doc.text):
        words = m.group(1).split()
        if len(words) > 8 or any(len(w) > 3 and not w[0].isupper() for w in words):
            continue
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")  # a quote may be glued to a word
        start, end = span.start, span.end
        while start < end and doc[start].is_punct:
            start += 1
        while end > start and doc[end - 1].is_punct:
            end -= 1
        if start < end and not any(
            e.label_ == "WORK_OF_ART" and (e.start, e.end) == (start, end) for e in doc.ents
        ):
            yield doc[start:end]


def dated_before(question: Question, doc, as_of: date | None) -> bool:
    """Does the sentence date what it tells HISTORY_YEARS or more before the question, by
    every year it names ("1986 — The New York Mets won the World Series …")? Only for a
    question that names no time and asks no date: then it asks about the news of its day."""
    if as_of is None or question.time_words or question.answer_type in ("date", "time"):
        return False
    # A year that numbers a name dates nothing: "The Macallan 1926 … sold … on Saturday".
    # Nor does one told in the present, which still holds: "Michael Schumacher still holds
    # the longest podium streak with 19 straight between 2001 and 2002" (but "without star
    # Chadwick Boseman, who passed away in 2020" dates him).
    years = [int(t.text) for t in doc if is_year(t) and not _names_with(t) and not _present(t)]
    # A sentence that names the weekday of what it tells reports its own week's news,
    # whatever background it dates: "More than 100 ISIS fighters launched the assault … on
    # Thursday, … many of whom were detained after the group’s 2019 defeat."
    weekday = any(t.ent_type_ == "DATE" and t.lower_ in WEEKDAYS for t in doc)
    return bool(years) and max(years) <= as_of.year - HISTORY_YEARS and not weekday


def _superseded(span) -> bool:
    """Is the number the old value of a change told "from X to Y"?"""
    t = span.root.head if span.root.dep_ == "nummod" else span.root
    if t.dep_ != "pobj" or t.head.lower_ != "from":
        return False
    return any(c.lower_ == "to" and c.dep_ == "prep" for c in t.head.children)


def _present(t) -> bool:
    """Is the first finite verb the token hangs from in the simple present ("holds",
    "include")? A participle between says no tense of its own ("back pay dating to 2020");
    a perfect tells what was done ("… have held a formal meeting, after Malcolm Turnbull's
    sit-down with Xi at the G20 … in 2016")."""
    for verb in t.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        told = next((c for c in verb.children if c.dep_ in ("aux", "auxpass")), verb)
        if told.lemma_ == "have" and told.i != verb.i:
            return False
        if told.tag_ in ("VBZ", "VBP", "VBD", "MD"):
            return told.tag_ in ("VBZ", "VBP")
    return False


def _told_done(span) -> bool:
    """Does the date (or place) go with a verb in the simple past ("the union announced
    Monday"): what was done then, not what will be? "was set for Jan. 23" and "will vote
    Tuesday" are no simple past."""
    verb = _verb_above(span.root.head)
    return verb is not None and verb.tag_ == "VBD"


def _verb_above(token):
    """The first verb among the token and the words it hangs from, or None."""
    return next((t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")), None)


def _by_how_much(span) -> bool:
    """Is the number the measure of a difference or a change: "10% to 50% cheaper", "rose
    5%" (not "two-thirds of whom …", which the parser may hang on any verb)?"""
    head = span.root.head
    return span.root.dep_ == "npadvmod" and (head.tag_ in ("JJR", "RBR") or head.lemma_.lower() in CHANGES)


def _during_play(span) -> bool:
    """Is the score one a side led, trailed or was tied by before the end: the first verb
    above it is "lead", "trail" or "tie"?"""
    verb = _verb_above(span[0].head)
    return verb is not None and verb.lemma_ in DURING_PLAY


def _names_with(t) -> bool:
    """Is the number part of a name ("Macallan 1926", "Paris 2024"), not of a date ("May
    1926")?"""
    return t.dep_ == "nummod" and t.head.pos_ == "PROPN" and t.head.ent_type_ != "DATE"


def _years_only(span, question: Question) -> bool:
    """Are the span's numbers all years (a count's span must hold a number at all)?"""
    numbers = [t for t in span if t.like_num]
    return (bool(numbers) or question.answer_type == "count") and all(
        is_year(t) or _season(t) for t in numbers
    )


def _at_place(ent, question: Question) -> bool:
    """Is a name the tagger calls a group, person or work the place something is at or in,
    or was taken to or from as the question asks: "at the Smithsonian National Portrait
    Gallery", "in the Blue Room", "taken to Joint Base Cape Cod" for "where were they
    taken"? A venue's name is no city's, and the tagger labels venues every way; what one
    "agreed to" is no place ("the U.N. Framework Convention on Climate Change")."""
    root = ent.root
    prep = root.head
    moved = prep.lower_ in ("to", "from") and prep.head.lemma_.lower() in question.verbs
    return (
        ent.label_ in NAMES
        and ent.label_ != "LAW"
        and root.dep_ == "pobj"
        and (prep.lower_ in ("at", "in", "inside") or moved)
        and not any(t.lemma_.lower() in GATHERINGS for t in ent)
    )


# What something may be "at" that is no place: "a speech at the State Banquet", "at the
# Commonwealth Heads of Government Meeting". spaCy marks no sense of a gathering.
GATHERINGS = frozenset("meeting banquet summit conference ceremony session dinner gala rally hearing".split())


def _named_number(span) -> bool:
    """Is the number part of a name, set after a capitalized word of it: "Top 10", "Route
    91", "Apollo 11", "No. 7"? A count stands before what it counts, and a capital
    within a sentence starts a name."""
    doc, at = span.doc, span.start
    if at >= 2 and doc[at - 1].text == "." and doc[at - 2].text == "No":
        return True  # "No. 7", which the tokenizer may split
    before = doc[at - 1] if at > span.sent.start else None
    return (
        len(span) == 1
        and before is not None
        and before.i > span.sent.start
        and ((before.is_alpha and before.text[:1].isupper()) or before.text == "No.")
        and before.ent_type_ not in ("DATE", "TIME")
    )


def _kind_word(span) -> bool:
    """Is a time word only saying what kind of thing a noun is: "night-and-weekend
    sessions", "Christmas trees", "holiday travel"? No day is named without a number."""
    root = span.root
    while root.dep_ == "conj" and root.head != root:
        root = root.head  # "night-and-weekend": "weekend" is joined to "night"
    return (
        root.dep_ in ("compound", "amod", "nmod")
        and root.head.pos_ == "NOUN"
        and not root.head.ent_type_  # "Thursday afternoon" is a time
        and not span.start <= root.head.i < span.end
        and not any(t.like_num for t in span)
    )


def _season(t) -> bool:
    """Does the number end a season or fiscal year ("24" in "2023-24")?"""
    doc = t.doc
    return t.i >= 2 and doc[t.i - 1].text in ("-", "–") and is_year(doc[t.i - 2])


def _stretch(span) -> bool:
    """ "22 years", "a decade", "two weeks later": a length of time, or one counted from an
    event the sentence tells, not a point in time that the article's date fixes, as
    "22 years ago" is. Not an answer to "when"."""
    counted = any(
        t.lemma_.lower() in TIME_UNITS
        and any(c.dep_ == "nummod" or c.lower_ in ("a", "an") for c in t.children)
        for t in span
    )
    return counted and not any(t.lower_ == "ago" for t in span)


def _number_key(span) -> str:
    """One key for one value however it is written, so that copies of a story agree and
    only real disagreements show: "Seven" and "7", "$2.5 million" and "$2,500,000".
    A percentage is not a count; a quantity or a duration keeps its unit ("22 years")."""
    values = numbers(span.text)
    if len(values) != 1 or span.label_ not in ("CARDINAL", "MONEY", "PERCENT"):
        return normalize(span.text)
    value = int(values[0]) if values[0].is_integer() else values[0]
    return f"{value}{'%' if span.label_ == 'PERCENT' else ''}"


def _trim(span, question: Question):
    """The span without leading determiners and possessives, with its currency and per
    cent signs ("$8", "10% to 50%"); None when nothing is left or every word of it is a
    word of the question."""
    start, end = span.start, span.end
    doc = span.doc
    # "the", "Google 's", and a dash the tagger took for a name ("− Harvard"); a possessor
    # is trimmed only when what it possesses is in the span: "Cuba" in "Cuba's mission" stays.
    while start < end and (
        doc[start].pos_ in ("DET", "PRON", "PUNCT")
        or doc[start].dep_ == "case"
        or (doc[start].dep_ == "poss" and start < doc[start].head.i < end)
        or (_mark(doc[start]) and not doc[start].is_currency)
    ):
        start += 1
    if start and doc[start - 1].is_currency:
        start -= 1  # "$8": the tagger leaves the sign out of some sums
    # "the Court of Common Pleas of" + "Philadelphia County": a name the tagger cut at "of"
    if doc[end - 1].lower_ == "of" and end < len(doc) and doc[end].ent_iob_ == "B":
        end = next((e.end for e in doc.ents if e.start == end), end)
    # and the possessive ending of "Brenda Lee’s “Rockin’ Around the Christmas Tree”" (not
    # of a name that ends so: "at Sotheby’s in London")
    while (
        end > start
        and (doc[end - 1].pos_ == "PUNCT" or _mark(doc[end - 1]) or _possessive(doc, end - 1))
        and doc[end - 1].text != "%"
    ):
        end -= 1
    # "Smith is Family Pharmacy's", tagged as one organisation: a name holds no finite verb.
    verb = next(
        (t.i for t in doc[start + 1 : end] if t.pos_ == "AUX" and t.tag_ in ("VBZ", "VBD", "VBP")), None
    )
    if verb is not None and span.label_ in NAMES:
        end = verb
    comma = next((t.i for t in doc[start:end] if t.text == ","), None)
    if comma is not None and asked_share(content_words(doc[comma + 1 : end].text), question.names) == 1:
        end = comma  # "Wood, McGuiness' attorney" tagged as one group "Wood, McGuiness": Wood
    if start >= end:
        return None
    out = doc[start:end]
    out.label_ = span.label_
    words = content_words(out.text)
    if not words or asked_share(words, question.terms) == 1:
        return None
    return out


def _possessive(doc, i: int) -> bool:
    """Is token i the "’s" of a possessor, not the end of a name like "Sotheby’s"?"""
    return doc[i].tag_ == "POS" and i > 0 and doc[i - 1].dep_ == "poss"


def _of_kind(span, focus: str) -> bool:
    """Is the phrase a thing of the asked kind: headed by the asked noun, or by the noun
    it modifies in the text ("Jabaliya refugee camp" for "which refugee camp", whose
    focus is its first noun, "refugee")?"""
    root = span.root
    return root.lemma_.lower() == focus or any(
        t.lemma_.lower() == focus and t.dep_ == "compound" and t.head == root for t in span
    )


def _named(span) -> bool:
    """Does the phrase say which one it is, by a name or measure before its noun ("Jabaliya
    refugee camp", "French Lentil + Leek Crumbles product", "3.5 ounce tub"), not only what
    kind ("new nickname", "wages to $15") or whose ("White House's 2023 theme")?"""
    root = span.root
    for t in span[: root.i - span.start]:
        chain = [t]
        while chain[-1] != root and span.start <= chain[-1].head.i < span.end and chain[-1].head != chain[-1]:
            chain.append(chain[-1].head)
        which = t.pos_ == "PROPN" or t.like_num and not is_year(t)  # "3.5 ounce tub", not "2023 theme"
        if which and not any(a.dep_ == "poss" for a in chain if a != root):
            return True
    return False


def _mark(token) -> bool:
    return not any(ch.isalnum() for ch in token.text)


def _titled(span, question: Question, names_given: bool = False) -> float:
    """How well the title or description a mention carries fits the question: the words
    just before it ("Cuban President Miguel Díaz-Canel") and its apposition ("Tomas Berg,
    the head librarian"). 1 when it holds two of the question's words (one, for a
    one-word question); 0 when it names a nationality or place the question does not
    ("Iranian Parliament Speaker" for "the speaker of the Cuban parliament"), or names the
    asked role without the question's qualifier ("President" for "the vice president")."""
    if not question.terms:
        return 0.0
    words = _title(span)
    if any(t.lower_ in PAST_HOLDER for t in words):
        return 0.0  # "former Speaker Kevin McCarthy" does not hold the role now
    stems = {stem(t.text) for t in words}
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for t in words for c in t.children):
        # "his father" is the father of whom the sentence names: of "Lasry" in "Lasry has
        # had the support … of his father, … Marc Lasry".
        stems |= {stem(t.text) for t in span.sent} & question.names
    # An apposition that is itself a group ("Jon Husted, a Republican,") tells the
    # person's party or people, not where the title is held.
    places = {
        stem(t.text)
        for t in words
        if t.ent_type_ in ("NORP", "GPE") and t.dep_ != "appos" and not _describes_asked(t, question)
    }
    if places and asked_share(places, question.terms | question.names) < 1:
        return 0.0
    if question.role and question.role[0] in stems and not _holds_role(words, stems, question, names_given):
        return 0.0  # "President Miguel Díaz-Canel" is not the vice president
    focus = {stem(question.focus)} if question.focus else set()
    if question.identity and names_given and focus and focus <= stems <= focus | question.terms:
        # The bare role in a sentence set in the question's place is the role there: "in
        # Springdale, … Mayor Doug Sprouse said" for "who is the mayor of springdale"; not
        # "President Raisi … upon an invitation by his Cuban counterpart" (a people, no place).
        stems |= {stem(t.text) for t in span.sent if t.ent_type_ in ("GPE", "LOC")} & question.names
    if question.identity and focus and not (focus & stems or kin_held(question, focus, stems)):
        return 0.0  # "the mission's principal investigator" is not the investigator's dog
    kin = kin_held(question, set(question.terms), stems)
    shared = len(kin) + asked_share(set(question.terms) - kin, frozenset(stems)) * len(question.terms - kin)
    return min(1.0, shared / min(2, len(question.terms)))


def _holds_role(words, stems: set[str], question: Question, names_given: bool) -> bool:
    """Does the title hold the whole asked role? A place the question gives with it may be
    left to a sentence or story that names every name the question gives (`names_given`):
    "Police Chief Jason Fry" in a story from Moscow is Moscow's police chief; "Monroe
    County Executive" is not Erie's."""
    role = set(question.role)
    lacking = role - stems
    other = {stem(t.text) for t in words if t.pos_ == "PROPN"} - role
    return not lacking or (names_given and lacking <= question.names and not other)


def _title(span) -> list:
    """The words that title or describe a mention: up to four nouns and adjectives just
    before it, and its apposition."""
    doc, root = span.doc, span.root
    words = []
    i = span.start - 1
    while i >= 0 and len(words) < 4 and (doc[i].pos_ in ("PROPN", "NOUN", "ADJ") or _of_title(doc, i, span)):
        words.append(doc[i])
        i -= 1
    for child in root.children:
        if child.dep_ == "appos":
            words += list(child.subtree)
    if root.dep_ == "appos" or _comma_conj(root):
        words += [root.head, *(c for c in root.head.children if c.dep_ in ("compound", "amod"))]
    return words


def _comma_conj(root) -> bool:
    """Is the mention an apposition the parser took for a conjunct: "his father, New York
    billionaire hedge fund manager Marc Lasry, and his mother" (a comma, no "and", between,
    after a common noun)?"""
    between = root.doc[root.head.i + 1 : root.left_edge.i]
    # After a role ("father"), not after a name ("the 96th Academy Awards, … Bill Kramer").
    return (
        root.dep_ == "conj"
        and root.head.pos_ == "NOUN"
        and root.head.i < root.i
        and any(t.text == "," for t in between)
        and not any(t.dep_ == "cc" for t in between)
    )


def _of_title(doc, i: int, span) -> bool:
    """Is the token the "of" inside a title ("Ohio Secretary of State Jon Husted"), between
    the nouns of one capitalised title?"""
    return (
        doc[i].lower_ == "of"
        and 0 < i < span.start - 1
        and doc[i - 1].pos_ in ("PROPN", "NOUN")
        and doc[i - 1].text[:1].isupper()
        and doc[i + 1].text[:1].isupper()
    )


def _describes_asked(token, question: Question) -> bool:
    """Does the place word describe a name the question gives ("South American" in "the
    president of South American soccer body CONMEBOL"), rather than name a rival place?"""
    while token.dep_ in ("amod", "compound", "nmod") and token.head.i != token.i:
        token = token.head
        if token.ent_type_ == "ORG" and stem(token.text) in question.names:
            return True  # an organisation the question names, not the asked role or a party
    return False


def _counts_unit(t, unit: str) -> bool:
    """Does the counted word name the asked unit: the same stem, one stem the start of the
    other ("Britons" for "brits"), or a people's name for "people" ("2.3 million Britons",
    "8 million Americans")?"""
    own = stem(_one_unit(t.lemma_.lower()))
    if unit in (own, stem(t.text)):
        return True
    if min(len(own), len(unit)) >= 4 and (own.startswith(unit) or unit.startswith(own)):
        return True
    return unit == stem("person") and t.ent_type_ == "NORP"


def _one_unit(lemma: str) -> str:
    # spaCy lemmatizes "people" as "people": "one person killed" counts the people asked for.
    return "person" if lemma in ("people", "persons") else lemma


def _count_features(span, question: Question) -> dict:
    """Does the number count the asked thing, and is it the total of a partitive?"""
    root = span.root
    counted = []
    head = root.head
    # "75 years", "22 years ago"; not the "thirds" of "two-thirds", part of the number itself
    own = [t for t in span if t.pos_ == "NOUN" and t.ent_type_ != "CARDINAL"]
    if own:
        # A number with its own unit counts that unit: "an 18.5-foot-tall Fraser fir" is
        # no count of firs.
        counted = own
    elif root.dep_ in ("nummod", "quantmod", "compound", "amod") or head.pos_ in ("NOUN", "PROPN"):
        counted.append(head)
        # "39 holiday songs": the parser may hang the number on the compound before the noun.
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
            counted.append(head)
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"):
        counted += [o for o in prep.children if o.dep_ == "pobj"]
    unit = _asked_unit(question)
    if not counted and head.pos_ == "VERB" and root.dep_ in ("dobj", "npadvmod") and _counts_unit(head, unit):
        counted.append(head)  # "lawmakers … vote 119 to one" counts votes
    counts = frozenset(stem(_one_unit(t.lemma_.lower())) for t in counted)
    # The counted noun's modifiers name what is counted as well: "520,000 Ford Escape and
    # Bronco Sport compacts" counts Escapes, "59 of its 2023 Golf R A8 … vehicles" Golfs.
    counted += [
        t for n in list(counted) for c in n.children if c.dep_ in ("compound", "nmod") for t in c.subtree
    ]
    match = any(_counts_unit(t, unit) for t in counted)
    # "How many times" counts occurrences, whatever the text calls them: "10 biting
    # incident attacks", but not "10 years".
    match = match or (unit == stem("time") and any(t.pos_ == "NOUN" and not t.ent_type_ for t in counted))
    partitive = (
        root.dep_ == "nummod"
        and head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and any(t.like_num for t in head.head.head.subtree if t.i < root.i)
    )
    return {"unit_match": float(match), "partitive": float(partitive), "counts": counts}


def _add_publication_date(found, features, s: Sentence, as_of) -> None:
    shown, key = resolve_date(s.hit.article.published, None)
    shown = shown.split(" (")[0]  # "December 5, 2023", without the ISO date it came from
    _mention(
        found,
        features,
        Candidate(shown, key, "DATE"),
        s,
        (s.start, s.start),
        as_of,
        type_match=1.0,
        published=1.0,
    )


def _mention(
    found, features, candidate: Candidate, s: Sentence, span: tuple[int, int], as_of, **extra
) -> None:
    """Record one mention of a candidate (merged with earlier ones of the same key), with
    its sentence's evidence and the mention's own (`extra`)."""
    cand = found.setdefault(candidate.key, candidate)
    cand.sentences.append(s)
    cand.spans.append(span)
    features.setdefault(candidate.key, []).append(
        Evidence(
            relevance=s.relevance,
            overlap=s.overlap,
            missing=s.missing,
            rank=1.0 / s.rank,
            date_near=date_nearness(s.hit.article.published, as_of, DATE_SCALE_DAYS),
            **extra,
        )
    )


def resolve_date(text: str, published: str | None) -> tuple[str, str]:
    """A DATE expression as a calendar date against the article's date: (shown, key).
    "on Monday" in an article of Tuesday 2023-12-05 → ("December 4, 2023 (on Monday)", "2023-12-04")."""
    base = datetime.fromisoformat(published) if published else None
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base:
        settings["RELATIVE_BASE"] = base
    # A range of days is dated by its first (dateparser reads the "26" of "Oct. 22-26" as
    # 1926) and stays a range: it is no mention of its first day alone.
    span = re.search(r"(?<![\d-])\b(\d{1,2})\s*[-–]\s*(\d{1,2})\b(?![-–]?\d)", text)
    day = text[: span.start()] + span.group(1) + text[span.end() :] if span else text
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(day)
    when, period = data.date_obj, data.period
    years = re.findall(r"\b(?:1[89]|20)\d\d", text)
    if when is None or years and str(when.year) not in years:
        return text, normalize(text)  # "the 1990s" is no day of the article's year
    if base and (base - when).days == 7 and when.strftime("%A").lower() in text.lower():
        when = base  # "on Tuesday" in a Tuesday's article is that day, not a week before
    if base and not years and period in ("day", "month") and (when.month, when.day) != (2, 29):
        # "publishes on June 14" in an article of June 1 is the coming June 14, not last
        # year's: a calendar day or month without a year is the one nearest the article's date.
        coming = when.replace(year=when.year + 1)
        if any(m[:3].lower() in text.lower() for m in MONTHS) and (coming - base) < (base - when):
            when = coming
    if period == "year":
        shown, key = str(when.year), str(when.year)
    elif period == "month":
        shown, key = f"{MONTHS[when.month - 1]} {when.year}", f"{when.year}-{when.month:02d}"
    else:
        shown, key = f"{MONTHS[when.month - 1]} {when.day}, {when.year}", when.date().isoformat()
        if span:
            key = f"{key}..{span.group(2)}"
    if normalize(text) not in normalize(shown):
        shown = f"{shown} ({text})"
    return shown, key


def _fold_short_names(found: dict[str, Candidate], features: dict[str, list[Evidence]]) -> None:
    """ "McCarthy" is "Kevin McCarthy" when the sentences name one such person: its
    mentions count for the full name. A short name the tagger read as a place or a group
    ("Washington" after "Ron Washington") is folded only where its article names the person.
    So is a first name, as news calls the young by theirs ("Heman spent the past four
    months competing …" after "Heman Bekele, a ninth grader …"): many people share one."""
    for key in sorted(found, key=lambda k: len(k.split())):
        short = found[key]
        n = len(key.split())
        first = [
            k
            for k, c in found.items()
            if c.label == "PERSON" == short.label and n == 1 and len(k.split()) > 1 and k.split()[0] == key
        ]
        by_surname = [
            k
            for k, c in found.items()
            if c.label == "PERSON" and len(k.split()) > n and k.split()[-n:] == key.split()
        ]
        longer = by_surname or first
        if len(longer) != 1 or short.label not in ("PERSON", "GPE", "ORG", "NOUN"):
            continue
        full = found[longer[0]]
        mentions = list(zip(short.sentences, short.spans, features[key]))
        short.sentences, short.spans, features[key] = [], [], []
        for s, span, evidence in mentions:
            person = (short.label == "PERSON" and bool(by_surname)) or full.text in s.hit.article.text
            to, rows = (full, features[longer[0]]) if person else (short, features[key])
            to.sentences.append(s)
            to.spans.append(span)
            rows.append(evidence)
            to.stated |= short.stated
        if not short.sentences:
            del found[key], features[key]


def _merge(question, found, features, sentences) -> list[Candidate]:
    """One Evidence per candidate: the best of each feature over its mentions, plus support."""
    _fold_short_names(found, features)
    story = stories([s.hit for s in sentences])
    out = []
    for key, cand in found.items():
        rows = features[key]
        if not rows:
            cand.evidence = Evidence(in_question=asked_share(content_words(cand.text), question.terms))
            out.append(cand)
            continue
        best = max(range(len(rows)), key=lambda i: rows[i].relevance + rows[i].overlap + rows[i].nearness)
        order = [best, *[i for i in range(len(rows)) if i != best]]
        cand.sentences = [cand.sentences[i] for i in order]
        cand.spans = [cand.spans[i] for i in order]
        cand.stories = frozenset(story[s.hit.article.id] for s in cand.sentences)
        words = content_words(cand.text)
        cand.evidence = replace(
            Evidence(**{n: max(getattr(r, n) for r in rows) for n in Evidence.names()}),
            support=math.log1p(len(cand.stories)),
            mentions=math.log1p(len(rows)),
            in_question=asked_share(words, question.terms),
            partitive=min(r.partitive for r in rows),
            published=min(r.published for r in rows),
            missing=min(r.missing for r in rows),
        )
        out.append(cand)
    return out


def weigh_by_meaning(
    question: Question, candidates: list[Candidate], sentences: list[Sentence], encode
) -> None:
    """Set the evidence that needs the encoder: `claim`, how close "question + candidate",
    read as a statement, comes to a sentence that holds it (to any sentence, for an option
    the text does not name); and `kind_of`, how close the candidate comes to the noun the
    question asks for an instance of. `encode` maps texts to unit vectors."""
    if not candidates or not sentences or sentences[0].vector is None:
        return
    e = [c.evidence for c in candidates]
    likely = sorted(range(len(candidates)), key=lambda i: -(e[i].type_match + e[i].relevance + e[i].nearness))
    candidates = [candidates[i] for i in likely[:CLAIMS]]
    texts = [f"{question.text} {c.text}" for c in candidates]
    if question.focus:
        texts += [c.text for c in candidates] + [f"a {question.focus}"]
    vectors = encode(texts)
    every = np.stack([s.vector for s in sentences])
    for i, c in enumerate(candidates):
        v = vectors[i]
        own = [float(s.vector @ v) for s in c.sentences if s.vector is not None]
        kind_of = float(vectors[len(candidates) + i] @ vectors[-1]) if question.focus else 0.0
        c.evidence = replace(c.evidence, claim=max(own) if own else float((every @ v).max()), kind_of=kind_of)


def options(question: Question, choices: list[str], sentences: list[Sentence], as_of) -> list[Candidate]:
    """Each multiple-choice option as a candidate, with the evidence of the sentences
    that name it (all its content words, the option as written, or its number)."""
    found: dict[str, Candidate] = {}
    features: dict[str, list[Evidence]] = {}
    values = [number(option) for option in choices]
    counted = any(v is not None for v in values)  # sentences' numbers are read only if asked for
    # Each sentence read once, for every option: normalised, its content words and numbers, its stems.
    read = []
    for s in sentences:
        stems = [stem(w) for w in tokens(s.text)]
        near = [i for i, w in enumerate(stems) if w in question.terms]
        said_numbers = numbers(s.text) if counted else []
        read.append((s, f" {normalize(s.text)} ", content_words(s.text), said_numbers, stems, near))
    worded: dict[str, float] = {}
    for option, value in zip(choices, values):
        key = normalize(option) or option
        cand = found.setdefault(key, Candidate(option, key, "OPTION"))
        features.setdefault(key, [])
        words = content_words(option)
        # Words the question also has ("The Bobbie" in every option of "What is Capriotti's
        # adding to The Bobbie?") tell the options apart no more than they tell sentences apart.
        own = words - question.terms
        for s, said, said_words, said_numbers, ws, near in read:
            if own:
                worded[key] = max(worded.get(key, 0.0), len(own & said_words) / len(own))
            # "5" is said by "five years"; a number is matched by its value.
            exact = bool(key) and f" {key} " in said or value is not None and value in said_numbers
            if not exact and not (words and words <= said_words):
                continue
            mine = [i for i, w in enumerate(ws) if w in words] or [0]
            distance = min((abs(i - j) for i in near for j in mine), default=50)
            at = s.text.lower().find(option.lower())
            span = (s.start + max(at, 0), s.start + max(at, 0) + (len(option) if at >= 0 else 0))
            _mention(
                found,
                features,
                cand,
                s,
                span,
                as_of,
                nearness=1.0 / (1.0 + distance),
                type_match=float(exact),
            )
    merged = _merge(question, found, features, sentences)
    for c in merged:
        c.evidence = replace(c.evidence, worded=worded.get(c.key, 0.0))
    return merged


# A game's score as news writes it: "ended 1-1", "won 38-35".
DURING_PLAY = {"lead", "trail", "tie"}  # verbs of a score before the end
SCORE = re.compile(r"(?<![\w-])\d{1,3}[-–]\d{1,3}(?![\w-])")
# A quoted stretch from a capital letter, not ending as speech does ("No comment,"); the
# comma or stop American style sets inside the closing quote is not the title's
# (“Mood,”).
TITLE = re.compile(r"[“\"]([A-Z][^”\"]{0,60}[^”\",.!?\s])[,.]?[”\"]")
