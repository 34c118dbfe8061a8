"""Typed answer candidates from retrieved sentences and the evidence for each. Which of
them may be shown, and which is, is shown.py's.

A candidate is a short span of a retrieved sentence of the type the question asks for
(question.py): a number that counts the asked thing, a date resolved to the calendar, a
named entity of the right label, a noun phrase. Mentions of the same answer are merged,
and its evidence is measured: how relevant its sentences are, how near it stands to the
question's words, whether its type and unit match, how many distinct stories (wire
copies collapsed) carry it, how close their dates are to the question's date. A logistic
regression fitted on the RealTimeQA dev slice (eval/fit.py, weights in weights.json)
(scorer.py) turns the evidence into a probability. The rules on one mention live
beside it: what it does in its sentence (mentions.py), its title (titles.py), what a
number counts (counts.py), what a date is (when.py). Does not retrieve and does not run
the LLM.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from datetime import date

import numpy as np

from .chunk import sentences as split_sentences
from .counts import (
    aged,
    by_how_much,
    count_features,
    counted_in_asked,
    counted_in_part,
    described_alone,
    fraction,
    named_number,
    number_key,
    of_unit,
    one_of,
    ordinal,
    placed_count,
    the_whole,
    written_as_age,
    years_only,
)
from .evidence import stories
from .furniture import labels_only, linked, no_comment, readable
from .mentions import (
    at_place,
    credited,
    does,
    done_to,
    during_play,
    headlined_doer,
    listed_with_people,
    not_there,
    object_of_asked,
    only_planned,
    owns_one,
    placed_elsewhere,
    quoted_question,
    superseded,
    supposed,
    ticker,
    told_done,
    where_held,
)
from .names import asked_share
from .question import (
    AGE,
    DEADLINE,
    DURATION,
    JOURNALS,
    NAMES,
    PERCENT_NOUNS,
    PLACES,
    SAID,
    Question,
)
from .retrieve import date_nearness
from .scorer import Evidence
from .sentences import Sentence, before, lead_clause
from .stated import deed_dated, measures, stated, time_stated, unknown
from .text import (
    SUBJECTS,
    content_words,
    is_year,
    nlp,
    normalize,
    number,
    numbers,
    parse,
    stem,
    tokens,
    with_amounts,
    with_names,
)
from .titles import quoted_titles, title_words, titled
from .when import (
    TIME_UNITS,
    coming,
    dated_before,
    held_since,
    kind_word,
    resolve_date,
    season,
    stretch,
    to_come,
    to_the_day,
    unit_only,
)

DATE_SCALE_DAYS = 14.0  # the date_near feature's fall-off
NAMED_IN_FULL = 4  # an article's sentences writing a one-word "place" read for the person it names
BACK = 5  # sentences read back for whom "the 76-year-old …" is (`_refers_back`)
CLAIMS = 96  # candidates, most likely first, that get the evidence needing the encoder
# Who said, reported or counted something is answered by a source ("according to OCHA").
REPORTING = frozenset(stem(w) for w in SAID | {"report", "estimate", "count", "accord", "source"})


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
    # (article, start) of the sentences that state it to be the asked thing: "… word of the
    # year is "authentic."" (stated.py).
    stating: frozenset[tuple[str, int]] = frozenset()
    counts: frozenset[str] = frozenset()  # a number's: stems of the nouns it counts ("vote")

    @property
    def stated(self) -> bool:
        """Does a sentence state it to be the asked thing?"""
        return bool(self.stating)


def extract(question: Question, sentences: list[Sentence], as_of: date | None) -> list[Candidate]:
    """Candidates of the asked type from the sentences, merged by answer, with evidence."""
    if question.answer_type == "yesno":
        return []
    found: dict[str, Candidate] = {}
    features: dict[str, list[Evidence]] = {}
    docs = (with_amounts(with_names(d)) for d in nlp().pipe([s.text for s in sentences]))
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
            if (sources_do_nothing and credited(span)) or ticker(span):
                continue
            if span.start_char < told_from:
                continue  # "MANCHESTER, England (AP) —": the dateline is no part of the report
            if question.answer_type == "count" and counted_in_part(span, question, s.hit.article.title):
                continue
            if only_planned(span, question) or quoted_question(span):
                continue
            if question.measured and not question.negated and supposed(span, question):
                continue
            if question.measured and not question.time_words and superseded(span):
                continue  # "from about 185,000 members to 340,000": the union has 340,000 now
            if question.acted_on and question.acted_on & {t.lemma_.lower() for t in title_words(span)}:
                continue  # "referee Halil Umut Meler" is who was attacked, not who attacked him
            if (
                question.ahead
                and (label in ("DATE", "TIME") or question.labels == PLACES)
                and told_done(span)
            ):
                # "the union announced Monday" is no answer to when Congress will vote, nor
                # "made the remarks in a meeting in Tehran" to where the next one will be held
                continue
            if question.labels in (PLACES, JOURNALS) and placed_elsewhere(span, question):
                continue  # "arriving back in Tehran after competing": not where she competed
            if question.labels == PLACES and (
                owns_one(span) or not_there(span, question) or listed_with_people(span)
            ):
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
                **({"titled": titled(span, question, names_given=s.missing == 0, story=s.article)} | extra),
            )
            if (
                said
                or (does(span, question) and done_to(question, s, doc))
                or object_of_asked(span, question)
                or headlined_doer(text, s.hit.article.title, question)
                or (
                    question.answer_type == "count"
                    and (placed_count(span, question) or counted_in_asked(span, question))
                )
                or (question.labels == PLACES and where_held(span, question))
            ):
                found[key].stating |= {(s.hit.article.id, s.start)}
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
    return [
        c
        for c in merged
        if not (
            c.label in PLACES and (_surname(c, surnames) or question.labels == PLACES and _named_in_full(c))
        )
    ]


def _refers_back(span, s: Sentence, question: Question) -> float:
    """1 when the age is given to "the" someone (`described_alone`) right after sentences
    whose nearest named subject is the one asked about: "When the 76-year-old former
    property tycoon … promised" after "The new Trump … is the same as the old Trump."; "The
    38-year-old Dover community activist" after "Harris appeared energized …"; or whose one
    person named is."""
    if not described_alone(span):
        return 0.0
    told = s
    for _ in range(BACK):
        told = before(told)
        if told is None:
            return 0.0
        # The subject a reader takes "the 76-year-old" for, a name (the tagger may call
        # "Trump" a group); a pronoun's, or a quote's, is further back.
        doc = parse(told.text)
        subject = next((t for t in doc if t.dep_ in SUBJECTS and t.pos_ == "PROPN"), None)
        if subject is not None:
            named = {stem(t.text) for t in (subject, *subject.children) if t.pos_ == "PROPN"}
            return float(asked_share(named, question.names) == 1)
        # Or the one person it names in another part, when that is the one asked about:
        # "Shootings barely register with Jack Buckley anymore." before "…, the 67-year-old
        # has long since grown accustomed …". (Another one named so, the reader looks further.)
        people = {e.text for e in doc.ents if e.label_ == "PERSON"}
        if (
            len(people) == 1
            and asked_share({stem(w) for p in people for w in p.split()}, question.names) == 1
        ):
            return 1.0
    return 0.0


def _reports_deed(question: Question, doc) -> bool:
    """Does an undated sentence report the asked deed itself, so that its article's date
    says when? "… reached the No. 1 spot … 25 years after its release" names the release
    only as a noun: its article's date is no release date. (A verb of a name the question
    gives is no deed: "want" of "All I Want for Christmas Is You".)"""
    verbs = {v for v in question.verbs - {"be", "have", "do"} if stem(v) not in question.names}
    return not verbs or any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in verbs for t in doc)


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


def _named_in_full(c: Candidate) -> bool:
    """Is the one-word "place" a person's surname, its article naming the person in full in
    a sentence the question's words did not find? "Chittenden" ("However, Chittenden called
    this … a true breakthrough moment") where the story quotes "Jeremy Chittenden,
    co-director of the Centre …" is no answer to where the breakthrough happened. Reads at
    most NAMED_IN_FULL sentences of each article that write the word."""
    if " " in c.text or not c.sentences:
        return False
    word = re.compile(rf"\b{re.escape(c.text)}\b")
    for article in {s.hit.article.id: s.hit.article for s in c.sentences}.values():
        text = article.text
        written = [(a, b) for a, b in split_sentences(text) if word.search(text, a, b)][:NAMED_IN_FULL]
        if not any(
            e.label_ == "PERSON" and len(e) > 1 and e[-1].text == c.text
            for a, b in written
            for e in parse(text[a:b]).ents
        ):
            return False
    return True


def _kind_named(ent, question: Question) -> bool:
    """Is the asked noun written before the name as its kind ("law firm Eglet Adams")?"""
    return bool(question.focus) and any(
        c.dep_ == "compound" and c.lemma_.lower() == question.focus and c.i < ent.start
        for c in ent.root.children
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
        for span in quoted_titles(doc):
            yield span, "WORK_OF_ART", span.text, normalize(span.text), {"type_match": 1.0}
    if "SCORE" in question.labels:
        for m in SCORE.finditer(doc.text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and during_play(span):
                continue  # "Washington led 20-3 in the second quarter" is not how it ended
            yield span, "SCORE", m.group(), m.group(), {"type_match": 1.0}
    if question.answer_type == "entity":
        # "The host country is Saudi Arabia" states which country, as it would which thing;
        # what it states a group to be is one, whatever the tagger calls it ("a local
        # protest group called Caterva", tagged a place).
        for span in said:
            # A name the small tagger leaves unlabelled is still of the asked type when a
            # sentence states it to be the asked one: "But Parikh, Ghost Robotics’ CEO, says".
            label = span.root.ent_type_ or (question.labels[0] if span.root.pos_ == "PROPN" else "")
            if label in question.labels or label in NAMES:
                yield span, label, span.text, normalize(span.text), {"type_match": 1.0, "stated": True}
    numbered: set[int] = set()
    for span in measures(doc, question):
        # "a 36-page report" states how long the report is, whatever the scorer makes of
        # the rest of its sentence.
        numbered.update(range(span.start, span.end))
        label = span.root.ent_type_ or "CARDINAL"
        span.label_ = label
        yield span, label, span.text, number_key(span), {"type_match": 1.0, "stated": True}
    if question.answer_type == "count":
        # A number the tagger left untagged, as it does at a sentence's start ("Eleven more
        # hostages were released …"), or took for part of a date ("Ninety-eight Christmas
        # trees"), still counts the noun it numbers; a stretch of time ("22 years ago") is
        # read whole from its entity below.
        for t in doc:
            # (Not one of a share the tagger read right: "use it 20% more frequently".)
            untagged = (
                t.ent_type_ not in (*question.labels, "PERCENT") and t.head.lemma_.lower() not in TIME_UNITS
            )
            if (
                t.like_num
                and t.dep_ == "nummod"
                and untagged
                and not is_year(t)
                and not season(t)
                and not named_number(doc[t.i : t.i + 1])
            ):
                # from its modifiers ("more than 75,000"), not its determiner ("All 360")
                left = next(i for i in range(t.left_edge.i, t.i + 1) if doc[i].pos_ != "DET" or i == t.i)
                span = doc[left : t.i + 1]
                numbered.update(range(span.start, span.end))
                span.label_ = "CARDINAL"
                yield (
                    span,
                    "CARDINAL",
                    span.text,
                    number_key(span),
                    {"type_match": 1.0} | count_features(span, question),
                )
    # A name set in quotes alone is a work's title ("\"Joker\" won three prizes", tagged a
    # person): no answer to who did something.
    works = {(t.start, t.end) for t in quoted_titles(doc)} if "PERSON" in question.labels else set()
    for ent in doc.ents:
        if (ent.start, ent.end) in works:
            continue
        # A count may be written as any entity with a number in it: "22 years ago".
        # (Not an ordinal: "first" says which one, not how many; but one of the counted
        # noun itself numbers them so far: "his 14th win of the season".)
        # A number still to be reached counts nothing yet.
        running = (
            question.answer_type == "count"
            and ent.label_ == "ORDINAL"
            and of_unit(ent, question)
            and not to_come(ent)
        )
        counted = (
            question.answer_type == "count"
            and ent.label_ not in ("ORDINAL", "PERCENT")  # "20%" is a share, not how many
            and any(t.like_num and not ordinal(t) for t in ent)
        ) or running
        # "how many days after …": "three days" is a count of the asked unit, tagged a date.
        timed = (
            counted
            and ent.label_ in ("DATE", "TIME")
            and question.unit in TIME_UNITS
            and ent.root.lemma_.lower() == question.unit
        )
        placed = question.labels == PLACES and at_place(ent, question)
        # What the asked subject does the asked deed to, whatever the tagger calls it:
        # "sign with the Dodgers" (tagged a person) for "which team did ohtani sign with".
        done_to = question.answer_type == "entity" and ent.label_ in NAMES and object_of_asked(ent, question)
        # A name the asked noun heads as a kind is one of that kind: "law firm Eglet Adams"
        # (tagged a product) for "which law firm announced the settlement".
        kinded = question.answer_type == "entity" and ent.label_ in NAMES and _kind_named(ent, question)
        if (
            ent.label_ not in question.labels
            and not counted
            and not placed
            and not done_to
            and not kinded
            or any(t.i in numbered for t in ent)
        ):
            continue
        if question.answer_type == "count" and one_of(ent):
            continue
        span = _trim(ent, question)
        if span is None:
            continue
        typed = {
            "type_match": float(
                ent.label_ in question.labels or running or timed or placed or done_to or kinded
            )
        }
        if question.answer_type in ("date", "time") and ent.label_ in ("DATE", "TIME"):
            if stretch(span) or kind_word(span) or unit_only(span) or SCORE.fullmatch(span.text):
                continue  # "lost at FBS Maryland 14-7 in 2008": a score, which the tagger dates
            shown, key = resolve_date(span.text, published)
            if question.focus == "year" and not key[:4].isdigit():
                continue  # "earlier this year" names no year
            if question.focus in ("day", "date") and not to_the_day(key):
                continue  # "the 2024 election cycle" names no day
            if (
                len(span) == 1
                and is_year(span.root)
                and span.root.dep_ in NAMING_DEPS
                and span.root.head.pos_ == "NOUN"
            ):
                continue  # "the first GOP debate of the 2024 election cycle": which cycle, not when
            if _asked_done(question) and _after(key, published):
                continue  # "international games beginning in 2025" is not when the first was played
            until = span.root.head.lower_
            if until in ("until", "by") and to_come(span):
                shown, key = coming(span.text, shown, key, published)
            if (
                question.focus == DEADLINE
                and until in ("until", "by")
                or _asks_end(question)
                and until in ("until", "through", "thru", "till")
                or _by_asked(question, span)
            ):
                # "Borrowers have until December 31, 2023, to submit"; "keep the submission
                # process open until Aug. 1" for when it closes, "to run from Nov. 30 through
                # Dec. 12" for when it ends; "expected to fully contain it
                # by Wednesday" for when they expect to contain it; "available in the
                # United States since 2005" for since when
                typed = typed | {"stated": True}
            if time_stated(span, question) or deed_dated(span, question):
                typed = typed | {"stated": True}
            yield span, ent.label_, shown, key, typed
        elif question.focus == DURATION and held_since(span.root) and span.root.head.i == span.start - 1:
            # "has been in business since 1981" tells how long as since when
            since = doc[span.root.head.i : span.end]
            yield since, ent.label_, since.text, normalize(since.text), {"type_match": 1.0}
        elif question.answer_type in ("count", "amount") and years_only(span, question):
            continue  # "its 2022-2023 Outlander", "the 2024 campaign": a year, not how many or how old
        elif question.answer_type in ("count", "amount") and named_number(span):
            continue  # "this week's Top 10", "Amendment 1's passage": a number of a name counts nothing
        elif question.answer_type == "amount" and the_whole(span, question):
            continue  # "$700 million contract" is the whole, not how much of it is deferred
        elif question.answer_type == "count" and fraction(span):
            continue  # ".676 winning percentage": a rate, not how many
        elif question.answer_type == "count":
            yield span, ent.label_, span.text, number_key(span), typed | count_features(span, question)
        elif question.focus == AGE:
            if written_as_age(span):
                # Only the age the text gives the one asked about answers "how old" (settle).
                yield (
                    span,
                    ent.label_,
                    span.text,
                    number_key(span),
                    typed | {"titled": aged(span, question) or _refers_back(span, s, question)},
                )
        elif question.answer_type == "amount":
            if question.focus in PERCENT_NOUNS and by_how_much(span):
                continue  # "10% to 50% cheaper", "rose 5%": by how much, not what share
            if question.focus == DURATION:
                # "six weeks" or "500 feet", not "September 6", "16 experts" or a bare "one"
                typed = {"type_match": float(stretch(span) or ent.label_ == "QUANTITY")}
            yield span, ent.label_, span.text, number_key(span), typed
        else:
            yield span, ent.label_, span.text, normalize(span.text), typed


def _asked_done(question: Question) -> bool:
    """Does the question ask when something was done ("when did …", "when was …")?"""
    return question.text.lower().split()[:2] in (["when", "did"], ["when", "was"], ["when", "were"])


# Verbs a "when" question asks the end of with: what is open "until" a day closes then.
ENDING = frozenset(stem(v) for v in ("close", "end", "expire", "finish", "stop", "conclude"))


def _asks_end(question: Question) -> bool:
    """Does the question ask when something ends ("when does the submission close"; the
    tagger may not take "close" for a verb)?"""
    return bool(ENDING & {stem(w) for w in tokens(question.text)})


def _by_asked(question: Question, span) -> bool:
    """Is the date the one the question's deed is done by or until, or since when for
    "since when": "expected to fully contain it by Wednesday" for "when do officials
    expect to contain the rabbit fire", "available … since 2005" for "since when has guru
    been sold"?"""
    if span.root.dep_ != "pobj":
        return False
    prep = span.root.head
    if prep.lower_ == "since":
        return "since" in tokens(question.text)
    return prep.lower_ in ("by", "until") and prep.head.lemma_.lower() in question.verbs - {
        "be",
        "do",
        "have",
    }


def _after(key: str, published: str | None) -> bool:
    """Is the date key ("2025", "2023-06", "2023-06-02") later than the article's own date:
    what the article says is to come?"""
    return bool(published) and key[:4].isdigit() and key > published[: len(key)]


def _inside(span, name) -> bool:
    """Is the span a strict part of the name's words?"""
    return name.start <= span.start and span.end <= name.end and len(span) < len(name)


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
    # "remapped from 250 to 338 acres", tagged one quantity: the change's new value is
    # what is so now (as `mentions.superseded` drops an old value tagged apart). Only a
    # verb changes a value: "anywhere from 10% to 50%", like "ranged from", is a range.
    to = next((t.i for t in doc[start:end] if t.lower_ == "to"), None)
    if (
        to is not None
        and start
        and doc[start - 1].lower_ == "from"
        and doc[start - 1].head.pos_ == "VERB"
        and doc[start - 1].head.lemma_ not in ("range", "vary")
        and any(t.like_num for t in doc[to + 1 : end])
    ):
        start = to + 1
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
            to.stating |= short.stating
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
        # A count's mentions are one candidate by value, but "13 rebounds" and "13 points
        # from Matt Veretto" tell different things: only the mentions that count the asked
        # thing best lend it evidence, so that no count is made of one sentence's relevance
        # and another's unit ("13" had led "how many points did larkin score", his 22).
        counting = max(r.unit_match for r in rows) if question.answer_type == "count" else None
        lending = [i for i, r in enumerate(rows) if counting is None or r.unit_match == counting]
        best = max(lending, key=lambda i: rows[i].relevance + rows[i].overlap + rows[i].nearness)
        lent = frozenset(story[cand.sentences[i].hit.article.id] for i in lending)
        order = [best, *[i for i in range(len(rows)) if i != best]]
        cand.sentences = [cand.sentences[i] for i in order]
        cand.spans = [cand.spans[i] for i in order]
        cand.stories = frozenset(story[s.hit.article.id] for s in cand.sentences)
        words = content_words(cand.text)
        cand.evidence = replace(
            Evidence(**{n: max(getattr(rows[i], n) for i in lending) for n in Evidence.names()}),
            support=math.log1p(len(lent)),
            mentions=math.log1p(len(lending)),
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
SCORE = re.compile(r"(?<![\w-])\d{1,3}[-–]\d{1,3}(?![\w-])")
NAMING_DEPS = ("compound", "nummod", "amod", "nmod")  # a year hung on a noun names which one it is
