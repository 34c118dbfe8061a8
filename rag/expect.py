"""What kind of answer a question asks for, and which words of a text can begin one.

A small model reading "How many documents were signed?" may still answer "22". Knowing
that the answer must be a number followed soon by "documents" lets the system offer the
model only such spans, and refuse outright when the text has none. Question kinds:

    count   "how many X"         a number with X within the next few words
    money   "how much money/cost/value"  a number next to a currency or magnitude word
    amount  "how much/long/old, what share"  a number
    time    "at what time"       a clock time or part of the day
    date    "when, what year/day/date"  a date, weekday, month, year or relative time
    any     everything else      no restriction
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBER_WORDS = set(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
    "hundreds thousand thousands million millions billion billions trillion dozen dozens tens half "
    "third thirds quarter quarters several".split()
)
MONEY_WORDS = {"$", "€", "£", "dollar", "dollars", "euro", "euros", "pound", "pounds", "rial", "rials",
               "yuan", "yen", "rupees", "million", "billion", "trillion", "usd", "eur"}  # fmt: skip
MONTHS = "january february march april may june july august september october november december".split()
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
RELATIVE = set(
    "today yesterday tomorrow tonight earlier later last this next ago recently morning afternoon "
    "evening night noon midnight week weekend month year decade century".split()
)
CLOCK = re.compile(r"^(\d{1,2}[:.]\d{2}|\d{1,2}(am|pm)|noon|midnight|morning|afternoon|evening|night|dawn)$")
MERIDIEM = re.compile(r"^(a\.?m|p\.?m|o'clock)\.?$")


@dataclass(frozen=True)
class Expect:
    kind: str = "any"
    unit: str = ""  # for "count": the thing counted
    # Word stems of the question: an answer does not start by repeating the question.
    asked: frozenset[str] = frozenset()


def expect(question: str) -> Expect:
    kind, unit = _kind(question.lower())
    return Expect(kind, unit, frozenset(content_words(question)))


def _kind(q: str) -> tuple[str, str]:
    count = re.search(r"\bhow many (\w+)", q)
    if count:
        return "count", count.group(1)
    if re.search(
        r"\bhow much (money|did|does|do|will|was|is)\b.*\b(cost|pay|paid|spend|spent|lend|lent|raise|worth|money|fund)",
        q,
    ) or re.search(
        r"\bhow much money\b|\bwhat (was|is|were|are) the (total )?(value|cost|price|budget|amount)\b", q
    ):
        return "money", ""
    if re.search(
        r"\b(how much|how long|how old|how far|what share|what percentage|what proportion|what fraction|what portion|what number)\b",
        q,
    ):
        return "amount", ""
    if re.search(r"\b(what|which) time\b", q):
        return "time", ""
    if re.search(
        r"\b(when|what date|which date|what day|which day|what year|which year|what month|which month)\b", q
    ):
        return "date", ""
    return "any", ""


STOPWORDS = set(
    "a an the of in on at to for from by with and or but is are was were be been being it its this that "
    "these those as who whom whose what which when where why how did do does done has have had not no "
    "he she they them his her their there than then so such into about over after before during s "
    "many much name kind according said say says".split()
)


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def content_words(text: str) -> set[str]:
    """Stems of the words that carry meaning (stopwords dropped)."""
    return {stem(w) for w in tokens(text) if w not in STOPWORDS}


def stem(word: str) -> str:
    """A crude stem, enough to match 'signed' with 'signing' and 'Cuba' with 'Cuban'."""
    word = word.lower()
    root = re.sub(r"(ing|ies|ed|es|s|e)$", "", word)
    return (root if len(root) >= 3 else word)[:6]


def is_number(word: str) -> bool:
    w = word.lower()
    return any(ch.isdigit() for ch in w) or all(part in NUMBER_WORDS for part in w.split("-"))


def is_date(word: str) -> bool:
    w = word.lower().rstrip(".")
    return (
        any(ch.isdigit() for ch in w)
        or w in RELATIVE
        or any(w.startswith(m[:3]) and m.startswith(w) for m in MONTHS + WEEKDAYS if len(w) >= 3)
    )


def can_start(e: Expect, words: list[str], j: int) -> bool:
    """May an answer of kind `e` begin at words[j]?"""
    word = words[j]
    if e.kind == "any":
        return stem(word) not in e.asked
    if e.kind == "date":
        return is_date(word)
    if e.kind == "time":
        after = words[j + 1].lower() if j + 1 < len(words) else ""
        return bool(CLOCK.match(word.lower()) or (word.isdigit() and MERIDIEM.match(after)))
    if not is_number(word) and not (e.kind == "money" and word[:1] in "$€£"):
        return False
    if e.kind == "count":
        unit = stem(e.unit)
        nearby = [stem(part) for w in words[j : j + 4] for part in w.split("-")]
        return any(len(w) >= 3 and (w.startswith(unit) or unit.startswith(w)) for w in nearby)
    if e.kind == "money":
        return any(w.lower() in MONEY_WORDS or w[:1] in "$€£" for w in words[j : j + 3])
    return True
