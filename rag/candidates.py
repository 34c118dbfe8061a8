"""Typed answer candidates from retrieved sentences and the evidence for each. Which of
them may be shown, and which is, is shown.py's.

A candidate is a short span of a retrieved sentence of the type the question asks for
(question.py; the spans of one sentence are spans.py's): a number that counts the asked
thing, a date resolved to the calendar, a named entity of the right label, a noun
phrase. Mentions of the same answer are merged,
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

from .bearing import does_asked
from .chunk import sentences as split_sentences
from .counts import (
    counted_in_asked,
    counted_in_part,
    placed_count,
)
from .evidence import stories
from .furniture import labels_only, linked, no_comment
from .mentions import (
    credited,
    does,
    done_by_asked,
    done_to,
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
    JOURNALS,
    PLACES,
    SAID,
    Question,
)
from .retrieve import date_nearness
from .scorer import Evidence
from .sentences import Sentence, lead_clause
from .spans import spans
from .stated import unknown
from .text import (
    content_words,
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
from .titles import title_words, titled
from .when import (
    dated_before,
    resolve_date,
)

DATE_SCALE_DAYS = 14.0  # the date_near feature's fall-off
PAST_AUXILIARIES = {"did", "was", "were", "had"}  # a question asking about the past
NAMED_IN_FULL = 4  # an article's sentences writing a one-word "place" read for the person it names
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
        for span, label, text, key, extra in spans(question, doc, s):
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
    # Where no sentence of the day does the asked deed, one told years back that has the
    # question's subject do it is the news there is: "in 1939, … Fred Lazarus Jr. …
    # persuaded President Franklin D. Roosevelt to move Thanksgiving back a week" for "who
    # persuaded roosevelt to move thanksgiving". Whether one of the day does it is read
    # once, and only where a candidate told years back would answer a question about the past.
    past = _asks_past_deed(question)
    done_now = None
    for c in merged:
        c.historical = bool(c.sentences) and all((t.hit.article.id, t.start) in history for t in c.sentences)
        if c.historical and past and any(_does_the_deed(question, t.text) for t in c.sentences):
            if done_now is None:
                done_now = any(
                    (s.hit.article.id, s.start) not in history and does_asked(question, s.text)
                    for s in sentences
                )
            c.historical = done_now
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


def _asks_past_deed(question: Question) -> bool:
    """Does the question ask about a deed done ("who persuaded …"), not what holds now ("who
    stars in …")?"""
    return bool(question.verbs) and any(
        t.tag_ in ("VBD", "VBN") or t.lower_ in PAST_AUXILIARIES for t in parse(question.text)
    )


def _does_the_deed(question: Question, text: str) -> bool:
    """Does the text have the question's subject do the question's deed, in so many words?"""
    return does_asked(question, text) and done_by_asked(question, text)


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
