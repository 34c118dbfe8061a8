"""The paragraphs an article says answer the question: explainers ask their own questions
as subheads ("Why was McCarthy ousted as speaker?") and answer them in the paragraphs
below. When a retrieved article has a subhead that asks what the person asks, those
paragraphs are found too, and each of their sentences is as close to the question as the
subhead that introduces it (`Hit.answers`; evidence.gather).

A subhead restates the question when it asks with the same question word ("why" for
"why"; "who nominated …" is not asked by "Who is … Narges Mohammadi?"), names what the
question names, and comes close in meaning: very close (RESTATES), or close (CLOSE) and
holding every word the question asks about (or a word the text uses for one). Does not
score sentences or pick answers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import numpy as np

from .bearing import asked_about, kin_held
from .chunk import sentences as split_sentences
from .furniture import PARAGRAPH
from .names import asked_share, named_words
from .question import Question, analyse
from .retrieve import first_articles
from .text import content_words, parse
from .types import Chunk, Hit

# Cosine of question and subhead, calibrated on the chat set's articles (docs/EVAL.md):
# "why was altman fired" / "Why was Altman ousted?" 0.80, "where is the 2023 super bowl" /
# "Where is the Super Bowl being played this year?" 0.75; the near miss "who nominated
# narges mohammadi for the nobel peace prize" / "Who is Nobel Peace Prize winner Narges
# Mohammadi?" is 0.85 but lacks "nominated".
RESTATES = 0.9
CLOSE = 0.74
SUBHEAD_CHARS = 150  # a paragraph of one question this short is a subhead
ARTICLES = 8  # retrieved articles whose subheads are read
WEEK_BEFORE, WEEK_AFTER = 14, 3  # days an article's date may be from the question's (`timely`)
WHEN = ("date", "time")  # the answer types a time is asked by (`asks_alike`)


def subheads(text: str) -> list[tuple[str, int, int]]:
    """Each question-shaped subhead of the text with the span of the paragraphs it heads
    (up to the next subhead)."""
    paragraphs = [
        (m.group().strip(), m.start(), m.end()) for m in PARAGRAPH.finditer(text) if m.group().strip()
    ]
    heads = [i for i, (p, _, _) in enumerate(paragraphs) if p.endswith("?") and len(p) <= SUBHEAD_CHARS]
    out = []
    for n, i in enumerate(heads):
        last = (heads[n + 1] if n + 1 < len(heads) else len(paragraphs)) - 1
        if last > i:
            out.append((paragraphs[i][0], paragraphs[i + 1][1], paragraphs[last][2]))
    return out


def question_word(text: str) -> str:
    """The question's wh-word ("why", "who"), or "" for one asked without ("is …", "tell me …")."""
    return next((t.lower_ for t in parse(text) if t.tag_ in ("WDT", "WP", "WP$", "WRB")), "")


def asks_alike(head: str, asking: str, question: Question) -> bool:
    """Does the subhead ask what the question asks in the same way: with its question word,
    or for a time in other words ("What are the dates of COP27?" asks "when does cop27
    start")?"""
    if question_word(head) == asking:
        return True
    return question.answer_type in WHEN and analyse(head).answer_type in WHEN


def timely(published: str | None, near: date | None) -> bool:
    """Is an article of this date the question's week's news? An explainer's "Where will
    the next Republican debate take place?", published three weeks after a question asked
    on 2023-10-19, is about a later debate; "When does daylight saving time end?" of
    August answered with the spring's dates first."""
    if near is None or not published:
        return True
    return -WEEK_BEFORE <= (date.fromisoformat(published) - near).days <= WEEK_AFTER


def timely_articles(hits: list[Hit], near: date | None, most: int) -> list[Hit]:
    """The first hit of each of the first `most` retrieved articles of the question's week."""
    return first_articles([h for h in hits if timely(h.article.published, near)], most)


def answers(
    question: Question,
    hits: list[Hit],
    encode: Callable[[list[str]], np.ndarray],
    chars: int,
    near: date | None = None,
) -> list[Hit]:
    """Hits for the paragraphs (up to `chars`) under a subhead that restates the question,
    in a retrieved article of the question's week (`timely`), carrying the subhead's
    cosine in `answers`."""
    asking = question_word(question.text)
    # When it happens is the article's date's to say: "this year" heads what "where is the
    # 2023 super bowl" asks.
    asked = asked_about(question) - content_words(" ".join(question.time_words))
    found = []
    for hit in timely_articles(hits, near, ARTICLES):
        title = named_words(hit.article.title)
        for head, start, end in subheads(hit.article.text):
            words = named_words(head)
            named = not question.names or asked_share(question.names, frozenset(words | title)) == 1
            if not named or not asks_alike(head, asking, question):
                continue
            # The title scopes its subheads: "Who are the presenters?" under "SAG Awards
            # 2023: How to watch …" asks who presents at the SAG Awards.
            scope = words | title
            missing = {a for a in asked if asked_share({a}, frozenset(scope)) < 1}
            held = not missing - kin_held(question, missing, scope)
            spans = split_sentences(hit.article.text, start, end)
            end = max((b for _, b in spans if b <= start + chars), default=spans[0][1])
            found.append((hit, head, start, end, held))
    if not found:
        return []
    # A short subhead is read with its title too: "Who are the presenters?" is far from
    # "who are the presenters at the sag awards" alone (0.61), close under "SAG Awards
    # 2023: How to watch …" (0.76); a subhead that says it all alone reads closer so
    # ("Why was Altman ousted?" 0.80 alone, 0.69 under its title). Only one that holds
    # every asked word is read under its title: no other is taken for that.
    heads = [head for _, head, *_ in found]
    titled = [f"{hit.article.title} {head}" for hit, head, *_, held in found if held]
    vectors = encode([question.spelled or question.text, *heads, *titled])
    cosines = vectors[1:] @ vectors[0]
    under = iter(cosines[len(found) :])
    out = []
    for (hit, _, start, end, held), cos in zip(found, cosines[: len(found)]):
        closest = max(cos, next(under)) if held else cos
        # Why or how something happened is told in the deed's own words under a subhead that
        # asks it close enough in meaning ("Why was Altman ousted?" for "why was altman
        # fired"); a short answer needs every word, or "Who is Narges Mohammadi?" would say
        # who nominated her.
        if cos >= RESTATES or (cos >= CLOSE and question.kind == "describe") or (held and closest >= CLOSE):
            chunk = Chunk(f"{hit.article.id}:answer:{start}", hit.article.id, start, end, hit.article.text)
            out.append(replace(hit, chunk=chunk, answers=float(closest)))
    return out
