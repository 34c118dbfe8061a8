"""Times in a parsed sentence, for candidates.py: a date expression resolved against its
article's date ("on Monday" → December 4, 2023), a stretch of time that is no point in
time ("22 years"), a time word that only says what kind a noun is ("Christmas trees"),
and a sentence that tells history, dated years before the question. Finds no candidates
and scores none.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from dateparser.date import DateDataParser

from .question import (
    Question,
)
from .text import CALENDAR_WORDS, WEEKDAYS, YEAR, is_year, normalize

MONTHS = "January February March April May June July August September October November December".split()
DAY_KEY = re.compile(r"\d{4}-\d{2}-\d{2}")  # a resolve_date key down to the day
# What a stretch of time is counted in ("22 years", "a decade"): dateparser reads such a
# stretch as that long before the article's date, which only "ago" says.
TIME_UNITS = {"second", "minute", "hour", "day", "week", "weekend", "month", "year", "decade", "century"}
HISTORY_YEARS = 2  # a sentence dated this many years before the question tells history
ALLEGING = {"allege", "claim", "accuse", "contend", "charge"}  # verbs of a claim (`_alleged`)
# A time of day: "11:10 p.m.", "6 a.m.".
CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\b\.?|\b\d{1,2}:\d\d\b", re.I)
# Words that name a day as a clock time does not.
DAY_WORDS = CALENDAR_WORDS | {"today", "tonight", "yesterday", "tomorrow", "night", "morning", "evening"}


# A year written against the article's own: "last year" in a 2013 article is 2012.
YEAR_AWAY = re.compile(r"\b(last|previous|this|next) year\b", re.I)
YEARS_AWAY = {"last": -1, "previous": -1, "this": 0, "next": 1}


def years_written(text: str, published: str | None) -> set[str]:
    """The years a text names: in figures, or by "last year", "this year", "next year"
    against the article's date."""
    said = set(YEAR.findall(text))
    if published:
        said |= {str(int(published[:4]) + YEARS_AWAY[m.lower()]) for m in YEAR_AWAY.findall(text)}
    return said


# Time words asking what comes round each year: "what day does thanksgiving fall on each year".
YEARLY = re.compile(r"\b(?:each|every) year\b|\bannually\b", re.I)
# A day a calendar rule names: "the fourth Thursday", "the last Monday" (of a month).
RULED_DAY = re.compile(r"\b(?:first|second|third|fourth|fifth|last)\s+(" + "|".join(WEEKDAYS) + r")\b", re.I)


def yearly_day(span, question: Question) -> str:
    """The day a calendar rule names, with the month after it, where the question asks what
    day comes round each year: "the fourth Thursday in November" (the tagger splits off
    "November each year"); "" otherwise."""
    if not YEARLY.search(question.text) or not RULED_DAY.search(span.text):
        return ""
    doc, end = span.doc, span.end
    if end + 1 < len(doc) and doc[end].lower_ in ("in", "of") and doc[end + 1].text in MONTHS:
        end += 2
    elif any(t.text in MONTHS for t in span):
        end = max(t.i for t in span if t.text in MONTHS) + 1
    return doc[span.start : end].text


def to_the_day(key: str) -> bool:
    """Is a `resolve_date` key a calendar day ("2023-12-04"), not a year or a month?"""
    return bool(DAY_KEY.fullmatch(key))


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
    if CLOCK.search(text) and not years and not set(re.findall(r"[a-z]+", text.lower())) & DAY_WORDS:
        # "11:10 p.m." says the hour, not the day: dateparser puts it on the article's day,
        # which "Sunday's 11:10 p.m. crash" in Tuesday's paper is not. Keyed by the hour
        # first: the fireworks "at 8:30 p.m." are not the pujas "at 5 p.m." of one day.
        return text, f"{normalize(text)} {key}"
    if normalize(text) not in normalize(shown):
        shown = f"{shown} ({text})"
    return shown, key


def coming(text: str, shown: str, key: str, published: str | None) -> tuple[str, str]:
    """`resolve_date`'s (shown, key) of `text` for a day to come: a weekday alone is the
    next one after the article's date ("by Wednesday" in Sunday's paper), not the one
    before."""
    if not published or not to_the_day(key) or text.strip().lower() not in WEEKDAYS or key > published:
        return shown, key
    when = datetime.fromisoformat(key) + timedelta(days=7)
    return f"{MONTHS[when.month - 1]} {when.day}, {when.year} ({text})", when.date().isoformat()


def dated_before(question: Question, doc, as_of: date | None) -> bool:
    """Does the sentence date what it tells HISTORY_YEARS or more before the question, by
    every year it names ("1986 — The New York Mets won the World Series …")? Only for a
    question that names no time and asks no date: then it asks about the news of its day."""
    if as_of is None or question.time_words or question.bygone or question.answer_type in ("date", "time"):
        return False
    # A year that numbers a name dates nothing: "The Macallan 1926 … sold … on Saturday".
    # Nor does one told in the present, which still holds: "Michael Schumacher still holds
    # the longest podium streak with 19 straight between 2001 and 2002" (but "without star
    # Chadwick Boseman, who passed away in 2020" dates him).
    # A count in the perfect is a total to date: "Delaware has won six national
    # championships — … in 1946, 1963 …" still holds.
    tally = question.answer_type == "count"
    # A count told in the present holds now, whatever an aside dates: "It has 189 members
    # … and was formed in 1997".
    if tally and any(t.dep_ == "ROOT" and _told_now(t) for t in doc):
        return False
    years = [
        int(t.text)
        for t in doc
        if is_year(t)
        and not _names_with(t)
        and not _present(t, tally)
        and not _alleged(t)
        and not held_since(t)
    ]
    # A sentence that names the weekday of what it tells reports its own week's news,
    # whatever background it dates: "More than 100 ISIS fighters launched the assault … on
    # Thursday, … many of whom were detained after the group’s 2019 defeat."
    weekday = any(t.ent_type_ == "DATE" and t.lower_ in WEEKDAYS for t in doc)
    return bool(years) and max(years) <= as_of.year - HISTORY_YEARS and not weekday


def held_since(t) -> bool:
    """Is the date the one something has held since, to now: "This family-owned restaurant
    has been in business since 1981"?"""
    return t.dep_ == "pobj" and t.head.lower_ == "since"


def _alleged(t) -> bool:
    """Is the year in what a claim of the day alleges: "He alleged that the company had …
    [collected] web-browsing data from around 4.4 million Apple iPhone users between 2011 and
    2012"? A lawsuit is news of its day about what it dates."""
    return any(v.lemma_.lower() in ALLEGING and v.dep_ == "ROOT" for v in t.ancestors)


def _present(t, tally: bool = False) -> bool:
    """Is the first finite verb the token hangs from in the simple present ("holds",
    "include")? A participle between says no tense of its own ("back pay dating to 2020");
    a perfect tells what was done ("… have held a formal meeting, after Malcolm Turnbull's
    sit-down with Xi at the G20 … in 2016"), unless it gives a `tally`, a total to date."""
    for verb in t.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        told, perfect = _tense(verb)
        if perfect:
            return tally and told.tag_ in ("VBZ", "VBP")
        if told.tag_ in ("VBZ", "VBP", "VBD", "MD"):
            return told.tag_ in ("VBZ", "VBP")
    return False


def to_come(span) -> bool:
    """Does the span hang from a verb of what will or may be, a modal's or one expected
    ("Syria is expected to be the 190th member … when it joins")?"""
    for verb in span.root.ancestors:
        if verb.pos_ in ("VERB", "AUX") and (
            verb.lemma_ == "expect" or any(c.tag_ == "MD" for c in verb.children)
        ):
            return True
    return False


def _told_now(verb) -> bool:
    """Is the verb told in the simple present ("has", "counts"), not the perfect?"""
    told, perfect = _tense(verb)
    return verb.pos_ in ("VERB", "AUX") and told.tag_ in ("VBZ", "VBP") and not perfect


def _tense(verb):
    """The word that carries the verb's tense (its first auxiliary, or itself), and whether
    that is the "have" of a perfect."""
    told = next((c for c in verb.children if c.dep_ in ("aux", "auxpass")), verb)
    return told, told.lemma_ == "have" and told.i != verb.i


def _names_with(t) -> bool:
    """Is the number part of a name ("Macallan 1926", "Paris 2024"), not of a date ("May
    1926")?"""
    return t.dep_ == "nummod" and t.head.pos_ == "PROPN" and t.head.ent_type_ != "DATE"


def stretch(span) -> bool:
    """ "22 years", "a decade", "two weeks later": a length of time, or one counted from an
    event the sentence tells, not a point in time that the article's date fixes, as
    "22 years ago" is. Not an answer to "when"."""
    counted = any(
        t.lemma_.lower() in TIME_UNITS
        and any(c.dep_ == "nummod" or c.lower_ in ("a", "an") for c in t.children)
        for t in span
    )
    return counted and not any(t.lower_ == "ago" for t in span)


def unit_only(span) -> bool:
    """Is the time only a unit, "Each year", "decades", "the year", with no number, name or
    word that fixes it against the article's date ("this year", "last week")? It says no when.
    (A month is no stop word, though the tagger's list holds "may".)"""
    return all(
        t.lemma_.lower() in TIME_UNITS
        or (t.is_stop and t.lower_ not in ("this", "last", "next") and t.text not in MONTHS)
        for t in span
    )


def kind_word(span) -> bool:
    """Is a time word only saying what kind of thing a noun is ("night-and-weekend
    sessions", "Christmas trees", "holiday travel"), or what kind of day one is ("recognized
    as the federal holiday")? No day is named without a number or a name."""
    root = span.root
    while root.dep_ == "conj" and root.head != root:
        root = root.head  # "night-and-weekend": "weekend" is joined to "night"
    if (root.dep_ == "attr" or (root.dep_ == "pobj" and root.head.lower_ == "as")) and not any(
        t.like_num or t.pos_ == "PROPN" or t.lower_ in CALENDAR_WORDS for t in span
    ):
        return True  # "recognized as the federal holiday", "is a federal holiday": a kind of day
    return (
        root.dep_ in ("compound", "amod", "nmod")
        and root.head.pos_ == "NOUN"
        and not root.head.ent_type_  # "Thursday afternoon" is a time
        and not span.start <= root.head.i < span.end
        and not any(t.like_num or CLOCK.search(t.text) for t in span)
    )


def season(t) -> bool:
    """Does the number end a season or fiscal year ("24" in "2023-24")?"""
    doc = t.doc
    return t.i >= 2 and doc[t.i - 1].text in ("-", "–") and is_year(doc[t.i - 2])
