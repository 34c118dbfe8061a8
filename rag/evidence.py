"""Retrieved chunks → the sentences a reply may quote, scored against the question.

Every reply kind starts here (`gather`): the chunks' sentences (planted instructions set
aside), scored by closeness in meaning to the question and by the question's words they
hold (or a word the text uses for one: "killed" for "died", bearing.kin_words), with what
each lacks of the question's names (which the corpus decides, names.named_in). Then which
of them a person may be shown as a sentence of a reply (furniture.readable: no headline
fragment, no subhead phrased as a question, no photo credit or byline), which say the
same thing as another (`distinct`; wire copies count once), and which articles are copies
of one story (`stories`). A sentence and its neighbours are sentences.py's; whether it
restates the question or does the asked deed, bearing.py's. Does not pick answers
(candidates.py, shown.py), judge reasons (reasons.py) or write replies (replies/).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from .bearing import asked_about, deed_stems, doers_held, kin_held
from .chunk import sentences as split_sentences
from .counts import AGED
from .furniture import readable
from .index import Index
from .names import asked_share, by_surname, lacking_share, named_words, surnamed, telling_names, worded_share
from .question import AGE, Question, whose_places
from .sentences import (
    CAPITALIZED,
    Sentence,
    dated_from,
    lead_places,
    names_before,
    places_in,
    referent_names,
    section_places,
    span_before,
)
from .text import content_words, stem, stop_words, tokens
from .types import Hit
from .untrusted import planted_spans

SHINGLE = 5  # words per shingle when telling wire copies of one story apart
SAME_STORY = 0.5  # Jaccard overlap of shingles above which two articles are one story
SAME_SAYING = 0.6  # content-word Jaccard above which two sentences say the same thing
NAMING_KEPT = 2  # sentences naming all the question's names kept past the best, where none of the best do


def gather(
    question: Question,
    hits: list[Hit],
    encode: Callable[[list[str]], np.ndarray],
    index: Index,
    encoded: int,
    keep: int,
    choices: list[str] | None = None,
) -> list[Sentence]:
    """The retrieved chunks' sentences, scored by meaning and shared words, best first.

    Only the `encoded` sentences sharing most words with the question (or naming an
    option) are embedded: encoding is the costly step on a CPU. `keep` best are returned."""
    spans = []
    seen = set()
    # A sentence under a subhead that asks the question is as close to it as the subhead.
    answering: dict[tuple[str, int], float] = {}
    # A sentence where the asked speaker speaks shares few words with the question.
    speaking: set[tuple[str, int]] = set()
    for rank, hit in enumerate(hits, 1):
        # Text that tells the system what to answer is never evidence.
        set_aside = planted_spans(hit.article)
        for start, end in split_sentences(hit.article.text, hit.chunk.start, hit.chunk.end):
            key = (hit.article.id, start)
            if hit.answers is not None:
                answering[key] = max(answering.get(key, 0.0), hit.answers)
            if hit.spoken:
                speaking.add(key)
            if key not in seen and not any(p.start <= start < p.end for p in set_aside):
                seen.add(key)
                spans.append((hit, start, end, rank))
    named = content_words(" ".join(choices or []))
    telling = telling_names(question.names, index, whose_places(question))
    relation = asked_about(question) - {stem(question.focus)}
    words = [named_words(h.article.text[a:b]) for h, a, b, _ in spans]
    # A name the sentence writes in another form is held: "Britons" for "brits".
    overlap = [
        min(
            1.0,
            (
                len(question.terms & w)
                + len(kin_held(question, question.terms - w, w))
                + sum(asked_share({n}, frozenset(w)) == 1 for n in question.names - w)
            )
            / max(1, len(question.terms)),
        )
        for w in words
    ]
    # What bears on a yes/no question most may be a short sentence far down its story that
    # holds little of it but the deed, in its own word: "No people were reported injured."
    deeds = deed_stems(question) if question.kind == "yesno" else set()
    deed = [bool(deeds & w or kin_held(question, deeds, w)) for w in words]
    # So may an age, given beside a name in a sentence on another matter: "… that isn't an
    # issue for Charles, 74, and Camilla, 75, who each have children …" for "how old is camilla";
    # or to "the 29-year-old" in a story titled with the name (whom it is of, candidates.py).
    if question.focus == AGE and question.names:
        deed = [
            d
            or bool(question.names & (w | named_words(h.article.title)) and AGED.search(h.article.text[a:b]))
            for d, w, (h, a, b, _) in zip(deed, words, spans)
        ]
    lexical = [
        o + bool(named & w) + 0.1 / r + ((h.article.id, a) in answering) + ((h.article.id, a) in speaking) + d
        for o, w, (h, a, _, r), d in zip(overlap, words, spans, deed)
    ]
    chosen = sorted(np.argsort(-np.array(lexical), kind="stable")[:encoded])
    if not chosen:
        return []
    vectors = encode(
        [
            question.spelled or question.text,
            *(spans[i][0].article.text[spans[i][1] : spans[i][2]] for i in chosen),
        ]
    )
    relevance = vectors[1:] @ vectors[0]
    found = []
    for j, i in enumerate(chosen):
        hit, start, end, rank = spans[i]
        own = (
            words[i]
            | named_words(hit.article.title)
            | surnamed(question, hit.article.text[start:end], hit.article, start)
            # A roundup's state heads its news as a title heads a story's: "Democratic
            # Assemblywoman Cristina Garcia has been pushing for the legislation" under
            # "California" names California.
            | section_places(hit.article, start)
        )
        # The scorer's `missing` was fitted on what a sentence (or its title) names itself.
        # What the sentences before named is what a sentence that names no one new is about
        # (not a place: one placed elsewhere tells another event). "Aaron Judge's nine-year
        # contract" after a sentence on Trout's is Judge's. Nor is one that opens on a name
        # of its own: "Greyhound bus service expects 650,000 riders" after two sentences on
        # Amtrak counts no Amtrak riders.
        nearby = names_before(hit.article, start) - question.places
        said = hit.article.text[start:end]
        if nearby and (
            not _capitalized_words(said) <= nearby | own
            or _opens_on_a_new_name(said, hit.article.text, nearby | question.names)
        ):
            nearby = frozenset()
        referred = referent_names(hit.article, start, end)
        # Who the sentences before named by surname is named in full: "Reed" before a quote
        # of hers names "erin reed".
        nearby |= by_surname(question, nearby, hit.article, start)
        names = own | referred | dated_from(hit.article) | nearby
        if referred and (previous := span_before(hit.article.text, start)):
            # The person a pronoun takes from the sentence before by surname: "She was fined
            # $7,125" after "In 2009 action was levied against Laymon".
            names |= surnamed(question, hit.article.text[slice(*previous)], hit.article, start)
        untold = lacking_share(telling, names, question.places)
        # Where the lead places the story, a sentence that names no other place is: a
        # story's place is seldom written again, as its dateline's is not ("… produced at
        # least seven tornadoes" below "… storms tore through South Carolina").
        unplaced = question.places - names
        if (
            (untold or unplaced)
            and (local := lead_places(hit.article))
            and (untold or unplaced & local)
            and not places_in(said) - local
        ):
            names |= local
            untold = lacking_share(telling, names, question.places)
        headed = answering.get((hit.article.id, start), 0.0)
        found.append(
            Sentence(
                hit,
                start,
                end,
                max(float(relevance[j]), headed),
                overlap[i],
                rank,
                missing=1 - asked_share(question.names, own) if question.names else 0.0,
                titled_overlap=worded_share(question.terms, names),
                vector=vectors[j + 1],
                untold=untold,
                related=not relation
                or bool(
                    worded_share(relation, names)
                    or kin_held(question, relation, names)
                    or relation & doers_held(question, names)
                ),
                answers=headed,
            )
        )
    # Where the asked speaker speaks is kept however little its words share with the
    # question: "“I accept and respect the Academy’s decision,” the actor said …".
    kept = [deed[i] or (spans[i][0].article.id, spans[i][1]) in speaking for i in chosen]
    ranked = sorted(zip(found, kept), key=lambda p: -p[0].score)
    # Where none of the best names all the question's names, the one that does is kept:
    # "… garnered 26 spots on the list — compared to just 17 in Iowa, …" for "how many
    # puppy mills did iowa have on the list", among sentences that all say "puppy mills".
    if question.names and not any(s.missing == 0 for s, _ in ranked[:keep]):
        naming = [n for n, (s, _) in enumerate(ranked) if s.missing == 0][:NAMING_KEPT]
        ranked = [(s, held or n in naming) for n, (s, held) in enumerate(ranked)]
    return [s for n, (s, held) in enumerate(ranked) if n < keep or held]


def _capitalized_words(text: str) -> set[str]:
    """Stems of the words it writes capitalized, but its first."""
    return {stem(m.group()) for m in CAPITALIZED.finditer(text) if m.start() and text[m.start() - 1] == " "}


def _opens_on_a_new_name(text: str, article: str, known: frozenset[str]) -> bool:
    """Is the sentence's first word a name (one the article also writes capitalized inside a
    sentence: "Greyhound bus service expects …", "… take a Greyhound bus") whose stem is not
    among `known`?"""
    first = CAPITALIZED.match(text)
    if first is None or first.group().lower() in stop_words() or stem(first.group()) in known:
        return False
    # Inside a sentence: after a word or a comma, not after the full stop that ends one.
    return re.search(rf"[\w,;] {re.escape(first.group())}\b", article) is not None


def stories(hits: list[Hit]) -> dict[str, int]:
    """Article id → story number; wire copies of one story share a number."""
    shingles = {}
    for h in hits:
        if h.article.id not in shingles:
            ws = tokens(h.article.text[:4000])
            shingles[h.article.id] = {" ".join(ws[i : i + SHINGLE]) for i in range(max(1, len(ws) - SHINGLE))}
    story: dict[str, int] = {}
    ids = list(shingles)
    for n, a in enumerate(ids):
        story[a] = n
        for b in ids[:n]:
            union = len(shingles[a] | shingles[b]) or 1
            if len(shingles[a] & shingles[b]) / union >= SAME_STORY:
                story[a] = story[b]
                break
    return story


def distinct(found: list[Sentence], limit: int) -> list[Sentence]:
    """The first `limit` sentences of `found` (best first) that are readable and say
    something another kept one does not: a wire copy's sentence, or one sharing most of
    its words with a kept one, is dropped."""
    kept: list[Sentence] = []
    words: list[set[str]] = []
    for s in found:
        if len(kept) >= limit:
            break
        w = content_words(s.text)
        if not readable(s.text) or not w:
            continue
        if any(len(w & o) / len(w | o) >= SAME_SAYING for o in words):
            continue
        kept.append(s)
        words.append(w)
    return kept
