"""What in an article's text is not reporting: subheads phrased as questions, headline
fragments, bylines, credits, captions, calls to subscribe, links to other stories ("More:
…"), and sentences that only say someone gave no comment. `readable` decides whether a
sentence may stand in a reply. Plain functions of the text; scores nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .text import SUBJECTS, parse

QUOTES = ("“", '"')  # what opens a quote
PARAGRAPH = re.compile(r"[^\n]+")
SUBHEAD_CHARS = 60  # a paragraph this short with no closing stop is a subhead
# A link to another story set in the text, its headline after "More:" or "Related:" ("More:
# Hyundai, Kia recall more than 550K vehicles because turn signal can flash …" in a story
# of another recall): 701 such lines in the RealTimeQA articles, 576 of them "More:".
LINKED = re.compile(r"^\s*(?:more|related|read more|see also|also read)\s*:", re.I)
# Or after any label glued to it ("Iowa Poll:Trump’s Republican support erodes …", "2024 Iowa
# caucuses:Mike Pence PAC launches Iowa ad …"): 995 of the 1,143 such lines in the
# RealTimeQA articles are one headline; the rest open a roundup's news under its city
# ("Salisbury:Red White and Boom … has been canceled for this year."), written as sentences.
# A label may ask: "Who won the third Republican debate?:Winners and losers …".
GLUED = re.compile(r"^\s*[\w‘“\"'][^:\n]{0,60}[\w)’'\"?]:(?=[A-Z‘“\"'])")
ENDED = (".", "!", "?", '."', ".”", "?”", '?"')  # what a sentence, not a headline, ends on
QUOTE_CLOSE = re.compile(r'.["”]')  # a quote mark after the first character closes one
# What is not reporting: credits, bylines, editor's notes, calls to subscribe (to a newsletter), share,
# read on or "read the full story here" (or "I’ve written about … here", a link). "Residents sign up
# for their shots" is reporting.
FURNITURE = re.compile(
    r"^(?:(?-i:[Bb][Yy]\s+[A-Z][\w.'’-]*\s+[A-Z]\w*)|photo|photos|image|credit|file photo|watch|read more|related|advertisement|sign up|subscribe"
    r"|click|follow us|copyright|share this|listen)\b|\((?:AP|Reuters|Getty)[^)]*\)$|Getty Images|AP Photo"
    r"|All rights reserved|^date \d{4}-\d\d-\d\d$|^editor[’']?s note\b"
    # a note on the story itself: "This story has been updated …", "This story was adapted
    # from the December 22 edition of CNN’s Meanwhile in America …"
    r"|^this (?:headline and )?(?:story|article)\b(?: and headline)? (?:has|have|was|will|may|originally)\b[^.,]{0,40}"
    r"\b(?:updated|adapted|written|published|appeared)\b"
    # a caption after its photographer's credit: "David Cliff/AP King Charles III welcomes Sunak …"
    r"|^(?-i:[A-Z][\w.'’ -]{1,40})/(?:AP|Reuters|AFP|EPA|Bloomberg|Pool|Shutterstock)\b"
    r"|\b(?:sign up|subscribe)\b.*\bnewsletters?\b|\bnewsletters?\b.*\b(?:sign up|subscribe|inbox)\b"
    r"|\b(?:read|see|watch|follow|check out|written about|wrote about)\b[^.“”\"]{0,80}"
    r"(?:\blive (?:coverage|updates)\b|\bhere\b[^\w“”\"]*$)",
    re.I,
)


# A photo's credit closing its caption's paragraph: "Willy Kurniawan/AFP/Getty Images/File",
# "Barry Sweet/AP".
CREDIT = re.compile(r"^(?:[A-Z][\w.'’ -]{1,40}/[\w .&'’/-]{2,80}|.{0,60}\bGetty Images\b.{0,40})$")


def captioned(text: str, end: int) -> bool:
    """Is what follows `end` in its paragraph a photo's credit, the sentence before it the
    photo's caption ("Chinese leader Xi Jinping attends the G20 summit in Bali, Indonesia on
    Wednesday.")? A caption says what a picture shows, not what the story reports."""
    stop = text.find("\n", end)
    rest = text[end : len(text) if stop < 0 else stop].strip()
    return bool(rest) and CREDIT.match(rest) is not None


def set_alone(text: str, start: int, end: int) -> bool:
    """Is the sentence a paragraph of its own with no closing stop: a subhead however long
    ("Trump suggests he may not need to be ‘too aggressive’ to do well in Iowa"), which
    tells what the story's part is about, not what happened?"""
    line = text[text.rfind("\n", 0, start) + 1 : (text.find("\n", end) + 1 or len(text) + 1) - 1].strip()
    return line == text[start:end].strip() and line.rstrip("\"”’') ")[-1:] not in (".", "!", "?")


# A sentence that only says someone gave no comment: "The FBI and the Justice Department
# did not immediately respond to CNN’s request for comment", "CNN has reached out to …
# for further comment". It names the outlet or the silent party, never an answer.
NO_COMMENT = re.compile(
    r"(?:\b(?:respond(?:ed)?|repl(?:y|ied)|return(?:ed)?)\b[^.;]{0,60}\brequests? for comment"
    r"|\b(?:reached out to|could not be reached)\b[^.;]{0,80}\bcomment|\bdeclined to comment)"
    # to the sentence's end: "… declined to comment, but his aide said …" still reports
    r"\b[^,;]{0,80}$",
    re.I,
)


@lru_cache(maxsize=64)
def subheads(text: str) -> tuple[tuple[str, int], ...]:
    """Each short paragraph with no closing stop, and where it starts: "Arizona", "Presidential
    audits", "What happened?" is a question, kept out."""
    out = []
    for m in PARAGRAPH.finditer(text):
        line = m.group().strip()
        if line and len(line) <= SUBHEAD_CHARS and line[-1] not in '.?!"”:':
            out.append((line, m.start()))
    return tuple(out)


def section(text: str, start: int) -> str:
    """The text from the subhead before `start` to the next one: a roundup's one state, a
    long story's one part."""
    starts = [at for _, at in subheads(text)]
    lo = max((at for at in starts if at <= start), default=0)
    hi = min((at for at in starts if at > start), default=len(text))
    return text[lo:hi]


def readable(text: str) -> bool:
    """May this sentence stand in a reply as reporting? Not a subhead phrased as a question
    ("What caused the outage?"), not a headline fragment (a few words without a closing
    stop) or a sentence missing its start, not a credit, byline or call to subscribe."""
    text = text.strip()
    if not text or text.endswith(("?", ":")) or FURNITURE.search(text) or linked(text):
        return False  # a question, or the lead-in to what follows it
    if re.search(r"\?[A-Z]", text):
        return False  # a question run into the next headline: "Why is Thanksgiving so expensive?As turkey prices drop, …"
    words = text.split()
    if all(w.isalpha() and w.islower() for w in words[:2]):
        return False  # cut from its start, as a crawl can leave it: "have been the subject of …"
    # A quote opened and left open goes on in the next sentence: "“I am overwhelmed and
    # grateful." before "I see this as an award …,” Fosse … said" is speech, however short.
    opens = text.startswith(QUOTES) and not QUOTE_CLOSE.search(text)
    return (len(words) >= 6 or opens or _short_sentence(text)) and not headline(text)


def _short_sentence(text: str) -> bool:
    """A few words that still make a sentence: a stop, a subject and its verb ("No people
    were reported injured.", "“One thousand percent,” Travis agreed.")."""
    if not text.endswith(".") or not text.lstrip("".join(QUOTES))[:1].isupper():
        return False  # a quote opens it: "“One thousand percent,” Travis agreed."
    doc = parse(text)
    return any(t.dep_ in SUBJECTS for t in doc) and any(
        t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in doc
    )


def linked(text: str) -> bool:
    """Is it a link to another story, which states nothing of this one (`LINKED`, or a
    headline after a glued label: `GLUED`)?"""
    return bool(LINKED.match(text)) or (GLUED.match(text) is not None and not text.rstrip().endswith(ENDED))


def no_comment(text: str) -> bool:
    """Does the sentence only say that someone did not or would not comment (`NO_COMMENT`)?"""
    return bool(NO_COMMENT.search(text))


def headline(text: str) -> bool:
    """Is it a headline or subhead set in the text ("MLB wild card series Game 1 scores"):
    a few words with no closing stop? A closing quote or bracket closes a sentence only
    after a stop: "… known as the 'Skittles ban'" is a headline."""
    text = text.strip()
    return text.rstrip("\"”’')")[-1:] not in (".", "!") and len(text.split()) < 15


def labels_only(text: str, doc=None) -> bool:
    """Is it a headline that only labels what follows, with no verb to state anything
    ("MLB wild card series Game 1 scores", "NFL International Series 2024")? "Israeli-Hamas
    truce extended 2 days" states. `doc` is the text parsed, when the caller has it."""
    return (
        headline(text)
        and not text.rstrip().endswith(":")
        and not any(t.pos_ in ("VERB", "AUX") for t in (doc if doc is not None else parse(text)))
    )
