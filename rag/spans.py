"""The spans of one sentence that are of the type a question asks for, each with its
label, the text shown, the key its mentions merge by, and the features only it can tell
(a date resolved, a count's unit, a title that states a role). candidates.py merges
them into candidates and weighs the evidence; which of them may be shown is shown.py's.
Reads one parsed sentence at a time; does not score, retrieve or run the LLM.
"""

from __future__ import annotations

import re

from phonenumbers import PhoneNumberMatcher
from phonenumbers import parse as parse_number
from phonenumbers.shortnumberinfo import is_valid_short_number_for_region

from .counts import (
    aged,
    by_how_much,
    count_features,
    described_alone,
    fraction,
    hyphened,
    kind_of_thing,
    named_number,
    number_key,
    of_unit,
    one_of,
    ordinal,
    the_whole,
    written_as_age,
    years_only,
)
from .furniture import readable
from .mentions import (
    at_place,
    during_play,
    object_of_asked,
)
from .names import asked_share
from .question import (
    AGE,
    CHANGES,
    DEADLINE,
    DURATION,
    NAMES,
    PERCENT_NOUNS,
    PHONE,
    PLACES,
    Question,
)
from .sentences import Sentence, before, names_before
from .stated import deed_dated, event_dated, measures, stated, time_stated
from .text import (
    SUBJECTS,
    content_words,
    is_year,
    normalize,
    parse,
    stem,
    tokens,
)
from .titles import quoted_titles
from .when import (
    TIME_UNITS,
    coming,
    held_since,
    kind_word,
    resolve_date,
    season,
    stretch,
    to_come,
    to_the_day,
    unit_only,
    yearly_day,
)

BACK = 5  # sentences read back for whom "the 76-year-old …" is (`_refers_back`)
# A game's score as news writes it: "ended 1-1", "won 38-35".
SCORE = re.compile(r"(?<![\w-])\d{1,3}[-–]\d{1,3}(?![\w-])")
NAMING_DEPS = ("compound", "nummod", "amod", "nmod")  # a year hung on a noun names which one it is


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
            # Of the one asked whether the story writes more of the name or less of it:
            # "Helen Mary Murphy Achenbach" for "how old was helen achenbach".
            return float(
                asked_share(named, question.names) == 1 or asked_share(question.names, frozenset(named)) == 1
            )
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


def _kind_named(ent, question: Question) -> bool:
    """Is the asked noun written before the name as its kind ("law firm Eglet Adams")?"""
    return bool(question.focus) and any(
        c.dep_ == "compound" and c.lemma_.lower() == question.focus and c.i < ent.start
        for c in ent.root.children
    )


# The words of a change, as the question's terms hold them (a tagger may read a last
# "drop" as a noun).
CHANGE_STEMS = frozenset(stem(w) for w in CHANGES)
# Nouns that ask for a web address: "what's the website for buybuy baby".
WEB_NOUNS = {"website", "site", "url", "link", "webpage"}
REGION = "US"  # phone numbers written without a country code are read as American
DIGITS = re.compile(r"\b(\d+)[- ]digit")  # how long a phone number the question asks for


def spans(question: Question, doc, s: Sentence):
    """(span, label, shown text, key, extra features) for each mention of the asked type."""
    if question.focus == PHONE:
        yield from _phones(doc, question, s)  # nothing else answers: not "Fire" of a story with none
        return
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
        # The tagger names no web address and parses none into a phrase: "at buybuybaby.com".
        webbed = [doc[t.i : t.i + 1] for t in doc if t.like_url] if question.focus in WEB_NOUNS else []
        for span in webbed:
            seen.add((span.start, span.end))
            yield span, "URL", span.text, normalize(span.text), {"type_match": 1.0}
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
            yield span, "SCORE", m.group(), m.group(), {"type_match": 1.0, "stated": _tallies(span, question)}
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
        if _based_in(ent) and not set(question.labels) & set(PLACES):
            continue  # "Paramus-based Dream On Me": where the company is, no company
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
            if ruled := yearly_day(span, question):
                # "what day does thanksgiving fall on each year" asks the rule, not this year's day
                yield span, ent.label_, ruled, normalize(ruled), typed | {"stated": True}
                continue
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
            if (
                time_stated(span, question)
                or deed_dated(span, question, names_before(s.article, s.start))
                or event_dated(span, question, s.article.title)
            ):
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
        elif question.answer_type == "count" and (fraction(span) or kind_of_thing(span)):
            continue  # ".676 winning percentage": a rate, not how many; a "3-pointer" is one shot
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
            if CHANGE_STEMS & question.terms and by_how_much(span):
                typed = typed | {"stated": True}  # "down 15%" for "how much did the audience drop"
            if question.focus == DURATION:
                # "six weeks" or "500 feet", not "September 6", "16 experts" or a bare "one"
                typed = {"type_match": float(stretch(span) or ent.label_ == "QUANTITY")}
            yield span, ent.label_, span.text, number_key(span), typed
        else:
            yield span, ent.label_, span.text, normalize(span.text), typed


def _phones(doc, question: Question, s: Sentence):
    """The phone numbers the text writes (phonenumbers' matcher; the tagger splits "call
    (302) 366-0900" into a number and a date), and the three-digit ones it dials alone
    ("roll out 988 as the new National Suicide Prevention Lifeline number"; no "2022"),
    read as American where no country code is written, as the corpus's news is. One
    written in a sentence that itself names whom the question asks to call is theirs ("For
    more information about Chef Tan, … call (302) 366-0900"), stated; not one of a sentence
    that names no one asked: a story ends with its reporter's number."""
    given = bool(question.names) and asked_share(question.names, frozenset(content_words(s.text))) == 1
    found = [
        (doc.char_span(m.start, m.end, alignment_mode="expand"), len(str(m.number.national_number)))
        for m in PhoneNumberMatcher(doc.text, REGION)
    ]
    found = [(span, n) for span, n in found if span is not None]
    taken = {t.i for span, _ in found for t in span}
    found += [(doc[t.i : t.i + 1], 3) for t in doc if t.i not in taken and _short_number(t)]
    # "the old 10 digit suicide lifeline number" is 1-800-273-8255, not 988.
    asked = DIGITS.search(question.text)
    for span, n in found:
        if asked is None or int(asked.group(1)) == n:
            yield span, "PHONE", span.text, normalize(span.text), {"type_match": 1.0, "stated": given}


def _short_number(token) -> bool:
    """Is the token a three-digit number one dials (988, 911, 311), not an amount or a date?"""
    return (
        len(token.text) == 3
        and token.is_digit
        and token.ent_type_ not in ("MONEY", "PERCENT", "QUANTITY", "DATE", "TIME")
        and is_valid_short_number_for_region(parse_number(token.text, REGION), REGION)
    )


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


def _tallies(span, question: Question) -> bool:
    """Is the score written as the asked noun's own: "the 80-15 vote", "a vote of 311-114"?"""
    doc = span.doc
    near = [doc[span.end]] if span.end < len(doc) else []
    if span.start >= 2 and doc[span.start - 1].lower_ == "of":
        near.append(doc[span.start - 2])
    return any(t.lemma_.lower() == question.focus for t in near)


def _based_in(ent) -> bool:
    """Is the name joined to "based" ("Paramus-based"), where what follows is?"""
    word = hyphened(ent)
    return word is not None and word.lower_ == "based"
