"""How a sentence bears on what a question asks.

Whether it restates the question (`restates`), does the asked deed in its own words or
the text's word for it (`does_asked`, `kin_words`: "killed" for "died"), is said by the
person the question asks about (`said_by`, `naming`, `quote_opener`), is about the
question at all (`about`), and whether its article is the question's day's news
(`current`, `recent`). Plain functions over a parsed `Question` and `Sentence`s; finds
no sentences (evidence.py) and picks no answers (candidates.py, shown.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

import numpy as np

from .chunk import sentences as split_sentences
from .furniture import QUOTES, readable
from .names import asked_share, named_words, surnamed
from .question import (
    BYGONE,
    DATE_NOUNS,
    FOCUS_LABELS,
    MEASURE_NOUNS,
    PEOPLE,
    PLACES,
    SAID,
    TIME_NOUNS,
    Question,
)
from .sentences import LEAN_BACK, Sentence, before, dated_from, leans, referent_names, span_before, widened
from .text import STOPWORDS, SUBJECTS, content_words, parse, quote_open, stem, stop_words, tokens
from .types import Article, Hit
from .untrusted import planted_at

OCCURRED = {"happen", "happened", "occur", "occurred", "place"}  # "take" is a stop word
# Cosine between two words' embeddings above which the text's word stands for the
# question's: "killed" for "died" (0.79), "attorney" for "lawyer" (0.89), not "sold" for
# "bought" (0.76) or "lost" for "won" (0.46). Checked on word pairs, docs/EVAL.md.
KIN = 0.78
# A yes/no question is answered by what bears on its verb, in the text's words: "there
# have been no reported deaths" for "did anyone die" ("deaths" 0.66, "injuries" for "hurt"
# 0.70). Such a sentence is only shown as what the news says, never made a verdict
# (replies/yesno.py), so a looser kin may bring it forward.
BEARING_KIN = 0.65
# A sentence is about the question when it names the question's telling names and comes
# this close to it in meaning (cosine; calibrated on part of eval/gold/chat.jsonl, docs/EVAL.md).
ABOUT = 0.4
ABOUT_WORDED = 0.25  # likewise for a sentence that holds every word of the question
PRONOUN_BACK = 4  # sentences read back for whom a quote's "he said" is (`last_named`)
CURRENT_DAYS = 60  # how far from the question's day an article's news is that day's news


def current(question: Question, s: Sentence, near: date | None) -> bool:
    """Is the sentence's article of the question's day's news (within CURRENT_DAYS)? A
    question that names no time asks about its day: "did the fed raise rates" on 2023-11-03
    is not answered "Yes" by a rise reported on 2022-11-03, and "What did Alaska's CEO say
    about the merger?" in December 2023 is not answered from the 2016 Virgin America deal."""
    if near is None or question.time_words or not s.article.published:
        return True
    return recent(s.article, near)


def recent(article: Article, near: date) -> bool:
    """Was the article published within CURRENT_DAYS of `near`? (No, when undated.)"""
    return (
        bool(article.published) and abs((date.fromisoformat(article.published) - near).days) <= CURRENT_DAYS
    )


def about(s: Sentence) -> bool:
    """Is this sentence about what the question asks? Replies other than factoids are
    refused when no retrieved sentence is."""
    return s.untold == 0 and (s.relevance >= ABOUT or (s.overlap == 1 and s.relevance >= ABOUT_WORDED))


def restates(question: Question, s: Sentence, led: bool = False, spare: frozenset[str] = frozenset()) -> bool:
    """Does this sentence say what the question asks about, so that it likely holds the
    answer even when no typed answer in it scores well? It (with the sentence it leans
    on) holds every word the question asks about (`asked_about`), and its names (or its
    article's title or dateline does). The noun asked for stays: a sentence about
    Díaz-Canel that names no wife does not say who his wife is. Near-topic questions lack
    a word: "What did Khamenei and Castro sign?" against "his meeting with the late Fidel
    Castro". A question of names alone is restated only by a sentence `led` by a date or
    number of the asked type: "1979" in "… before the 1979 Islamic Revolution" for "In
    which year did the Islamic Revolution take place?". One asked word in `spare` may be
    missing (replies.factoid.restating says which)."""
    if not readable(s.text) or other_ordinal(question, s.text) or done_to_asked(question, s.text):
        return False
    said = s.article.text[widened(s) : s.end]
    words = frozenset(named_words(said) | surnamed(question, said, s.article, widened(s)))
    told = asked_share(question.names, words | named_words(s.article.title) | dated_from(s.article)) == 1
    if (s.missing > 0 or s.untold > 0) and not told:
        return False
    asked = asked_about(question)
    if not asked:
        return led
    # Words the text holds only in other words (`kin_held`) do not restate the question alone.
    own = asked - kin_held(question, asked, words)
    lacking = {a for a in own if not asked_share({a}, words)}
    return bool(own) and (not lacking or (len(lacking) == 1 and lacking <= spare))


def done_to_asked(question: Question, text: str) -> bool:
    """Does the text do the asked verb to the question's subject, and never have the subject
    do it? "Saied … had taken the decision to sack Mechichi" names whom Mechichi was sacked
    by, not whom "who did mechichi sack" asks for."""
    lemma, _, subject = question.object_of
    if not lemma:
        return False
    done = [t for t in parse(text) if t.lemma_.lower() == lemma]

    def holds(words) -> bool:
        return bool({stem(t.text) for w in words for t in w.subtree} & subject)

    return any(holds(c for c in t.children if c.dep_ == "dobj") for t in done) and not any(
        holds(c for c in t.children if c.dep_ in SUBJECTS) for t in done
    )


def other_ordinal(question: Question, text: str) -> bool:
    """Does the sentence number the thing the question numbers otherwise, and not as it
    does: "the second Republican presidential debate" for "who will moderate the first
    Republican debate"?"""
    asked = _ordinals(parse(question.text))
    if not asked:
        return False
    said = _ordinals(parse(text))
    return any(
        any(noun == n and word != w for w, n in said) and (word, noun) not in said for word, noun in asked
    )


def _ordinals(doc) -> set[tuple[str, str]]:
    """(ordinal, lemma of the noun it numbers): ("first", "debate") in "the first debate"."""
    return {(t.lower_, t.head.lemma_.lower()) for t in doc if t.ent_type_ == "ORDINAL" and t.dep_ == "amod"}


def kin_held(question: Question, asked: set[str], words: set[str]) -> set[str]:
    """The asked words that `words` hold as a word the text uses for them (`Question.kin`)."""
    return {a for a in asked if any((a, w) in question.kin for w in words)}


def doers_held(question: Question, words: set[str]) -> set[str]:
    """The stems of the question's verbs whose doer's noun `words` hold: "founder" for
    "found" ("Wan, founder of production company Atomic Monster" for "what company did
    james wan found"), "creator", "director", "owner", "winner"."""
    return {
        stem(v)
        for v in question.verbs
        if words
        & {stem(v + "er"), stem(v + "r"), stem(v + "or"), stem(v[:-1] + "or"), stem(v + v[-1:] + "er")}
    }


def deed_stems(question: Question) -> set[str]:
    """The stems of the question's verbs that are no name of it: the parser takes a
    lower-case name for a verb ("is sunak the first hindu prime minister")."""
    return {stem(v) for v in question.verbs} - question.names


def does_asked(question: Question, text: str) -> bool:
    """Does the text do what one of the question's verbs says, as written or in the text's
    word for it (`kin_words`): "has denied involvement" for "did murdaugh deny …", "no
    injuries" for "was anyone hurt"?"""
    verbs, words = {stem(v) for v in question.verbs}, named_words(text)
    # A verb's own stem counts as a noun too: "during the fighting" for "hurt in the fighting".
    return bool(question.verbs & {t.lemma_.lower() for t in parse(text)} or verbs & words) or bool(
        kin_held(question, verbs, words)
    )


def kin_words(question: Question, hits: list[Hit], encode: Callable[[list[str]], np.ndarray]) -> Question:
    """The question with the words the retrieved text uses for the words it asks about
    (KIN): "killed" for "died", "attorney" for "lawyer". Looked for only where a word
    asked about is missing as written from a sentence that names what the question names,
    among that sentence's own words."""
    asked = asked_about(question)
    vocabulary: dict[str, str] = {}
    wanted: set[str] = set()
    for hit in hits:
        # For a yes/no question, what bears on it may leave to its paragraph or title the
        # names it is about: "…,” he said, adding there have been no reported deaths."
        around = (
            named_words(hit.article.title) | named_words(hit.chunk.text)
            if question.kind == "yesno"
            else set()
        )
        for start, end in split_sentences(hit.article.text, hit.chunk.start, hit.chunk.end):
            words = {stem(w): w for w in tokens(hit.article.text[start:end]) if w not in STOPWORDS}
            named = frozenset(words) | referent_names(hit.article, start, end) | around
            if asked_share(question.names, named) == 1 and asked - words.keys():
                wanted |= asked - words.keys()
                vocabulary |= {k: w for k, w in words.items() if k not in question.terms and not w.isdigit()}
    surface = {stem(w): w for w in tokens(question.text)}
    wanted = {a for a in wanted if a in surface}
    if not wanted or not vocabulary:
        return question
    vectors = encode([*(surface[a] for a in wanted), *vocabulary.values()])
    near = vectors[: len(wanted)] @ vectors[len(wanted) :].T
    least = BEARING_KIN if question.kind == "yesno" else KIN
    kin = {(a, v) for a, row in zip(wanted, near) for v, cos in zip(vocabulary, row) if cos >= least}
    return replace(question, kin=question.kin | kin) if kin else question


def asked_about(question: Question) -> set[str]:
    """The question's words a sentence must hold to say what it asks about: its terms
    other than its names and the words that say how it is asked. A modal or light verb
    ("should", "call", "take") says how, not what about; "will" stays, as a report of what
    happened does not say what will. For "when" and "where", the time noun asked with
    ("which day of the week") and "happened", "occurred" or "took place": the event's own
    words say what ("the 1979 Islamic Revolution" dates the revolution). For "how much",
    the measure asked ("money", "worth"): a sentence gives the sum ("was awarded the
    50,000-pound ($63,000) literary prize" for "how much is the booker prize worth").
    "Original" says when, as "this year" does (`Question.bygone`)."""
    asked = set(question.terms - question.names) - {stem(w) for w in stop_words() - {"will"}}
    # "the original comic" places it in time as "this year" does: the text may say "first".
    asked -= {stem(w) for w in BYGONE}
    if question.answer_type in ("date", "time"):
        asked -= {stem(w) for w in DATE_NOUNS | TIME_NOUNS | {"long", "ago"}}  # "how long ago" asks when
    if question.answer_type in ("date", "time") or question.labels == PLACES:
        asked -= {stem(w) for w in OCCURRED}
    if question.answer_type == "amount":
        asked -= {stem(w) for w in MEASURE_NOUNS}
    return asked


# Verbs that say what one makes of a thing: "condemned by critics as cruel" is what the
# critics say of it.
JUDGED = frozenset(("condemn", "criticize", "denounce", "praise", "slam", "blast"))
SAYING = frozenset(SAID | {"call", "ask", "add"} | JUDGED)  # the verbs whose subject speaks


def said_by(question: Question, s: Sentence, back: int = LEAN_BACK) -> bool:
    """Does the sentence have the one a "what did X say" question asks about say, tell,
    find or call something: "“I love having you here …,” Trump said" for "What did Trump
    say to Voight?"; "he told delegates" or "the quarterback said" when the sentence before
    names him; or go on, as a quote with no one saying it, with what the sentence before
    has X say (up to `back` sentences back)."""
    if not question.speaker:
        return False
    previous = before(s)
    # Named in the sentence before, or before a quote going on: "“The fact remains …,” the
    # Democrat said." two sentences after "Kamlager said …".
    named_before = naming(question, previous, back) is not None

    def speaks(subject, verb) -> bool:
        if subject.pos_ == "PRON":
            return subject.lower_ in ("he", "she", "they") and (
                named_before or (subject.lower_ != "they" and last_named(question, previous))
            )
        words = content_words(" ".join(w.text for w in subject.subtree))
        # Not one the question names for another part: "The Trump campaign said" is not
        # what "the biden campaign" said about Trump's comment.
        if words & (question.names - question.speaker):
            return False
        # "the Kansas City Chiefs quarterback said", "the Democrat said" after a sentence
        # naming Mahomes or Kamlager: news names its speaker once, then calls them by
        # their role or party as they speak (not "the rival league announced …"), unless
        # the story gives that role to another ("The Cuban president, for his part, said").
        if (
            subject.pos_ in ("NOUN", "PROPN")
            and verb.lemma_ in ("say", "tell", "write")
            and any(c.lower_ == "the" for c in subject.children)
            and named_before
            and not _titles_another(subject, s.article.text, question)
        ):
            return True
        # Named in full, the speaker is called by surname: "Rachel Looker" is not Rachel Sweet;
        # by forename alone where the story tells two of one surname apart ("Travis agreed"
        # beside his brother Jason Kelce).
        surnames = {last for _, last in question.forenames if last in question.speaker}
        if surnames and words and words <= question.speaker - surnames:
            return True
        return names_speaker(question, words) and (not surnames or bool(words & surnames))

    saying = _saying(s.text)
    if any(speaks(c, t) for t in saying for c in _subjects(t)):
        return True
    if saying:
        return False
    # "I blame the lobbyists." inside a quote opened sentences before in its paragraph is
    # said by whoever says the sentence that opened it.
    opener = quote_opener(s)
    if opener is not None:
        return said_by(question, opener, back)
    # “I cannot describe …” after "“While we strive …,” he told delegates."
    goes_on = s.text.lstrip().startswith(QUOTES) and previous is not None and back > 0
    return goes_on and said_by(question, previous, back - 1)


def said_by_another(question: Question, s: Sentence) -> bool:
    """Does another, named, say what the sentence says: "Díaz-Canel said that he is making
    every effort …" for "what did khamenei say about the us", and "He stressed …" after it?
    A role ("The Supreme Leader noted …") may be the asked speaker's, so it is no other,
    unless the story gives it as the title of another ("The Cuban president, for his part,
    said …" where the story writes "Cuban President Miguel Díaz-Canel")."""
    # Only of a speaker asked by name: a person may say what "Harvard's report" says.
    if question.speaker_head not in question.names or said_by(question, s):
        return False
    leant = before(s) if leans(s.text) else None
    return any(
        not content_words(" ".join(w.text for w in c.subtree)) & question.speaker
        and (
            (c.pos_ == "PROPN" and not any(d.lower_ == "the" for d in c.children))
            or _titles_another(c, s.article.text, question)
        )
        for said in (s, leant)
        if said is not None
        for t in _saying(said.text)
        for c in _subjects(t)
    )


def _titles_another(subject, text: str, question: Question) -> bool:
    """Is the subject a role ("The Cuban president") the text writes as the title of a
    name that is not the asked speaker's ("Cuban President Miguel Díaz-Canel")?"""
    words = [w.text for w in subject.subtree if w.i <= subject.i and w.lower_ != "the" and w.dep_ != "punct"]
    if subject.pos_ not in ("NOUN", "PROPN") or len(words) < 2:
        return False
    role = r"\s+".join(map(re.escape, words))
    return any(
        not {stem(w) for w in tokens(m.group(1))} & question.speaker
        for m in re.finditer(rf"\b(?i:{role})\s+((?:[A-Z][\w’'-]+\s*){{1,3}})", text)
    )


def _saying(text: str) -> list:
    """The verbs of saying whose subject speaks in the text: not one inside a quote, which
    is the speaker's own ("“I think folks have to stop …"), nor one that finds someone."""
    doc = parse(text)
    quoted = _quoted(doc)
    return [
        t
        for t in doc
        if t.lemma_ in SAYING and t.pos_ == "VERB" and t.i not in quoted and not _finds_someone(t)
    ]


def _subjects(verb) -> list:
    """The verb's subjects; a participle or a second verb with none of its own has those of
    the verb it hangs on: "He also took aim at Republican critics …, calling their outrage
    “wrong”", "She stood and said …"."""
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    # Who a passive one is done by: "has been condemned by critics as cruel".
    own += [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if own or verb.dep_ not in ("advcl", "conj") or verb.head is verb:
        return own
    return [c for c in verb.head.children if c.dep_ == "nsubj"]


def quote_opener(s: Sentence, reach: int = 6) -> Sentence | None:
    """The sentence of its paragraph whose opening quote mark the sentence is still inside
    (up to `reach` sentences back); None when no quote is open where it starts."""
    text = s.article.text
    before_it = text[text.rfind("\n", 0, s.start) + 1 : s.start]
    if not quote_open(before_it):
        return None
    start = s.start
    for _ in range(reach):
        # Any sentence, however short ("Appreciate you."), may stand between.
        previous = span_before(text, start)
        if previous is None or "\n" in text[previous[1] : s.start]:
            return None
        start = previous[0]
        if planted_at(s.article, start):
            return None
        if text[start : previous[1]].lstrip().startswith(QUOTES):
            return replace(s, start=start, end=previous[1])
    return None


def names_speaker(question: Question, words: set[str]) -> bool:
    """Do these stems name the speaker a "what did X say" question asks about, its head word
    included ("Buckingham Palace" is not "the palace aide")?"""
    head = not question.speaker_head or question.speaker_head in words
    return bool(words & question.speaker) and head


def _someone_else(doc) -> bool:
    """Does the sentence name a person, or have a person's role do what it tells ("The Cuban
    president, for his part, said …"), or a name speak ("Díaz-Canel said …", which the
    tagger may not mark a person)? Then its "he" is that one."""
    return any(e.label_ == "PERSON" for e in doc.ents) or any(
        t.dep_ == "nsubj"
        and (FOCUS_LABELS.get(t.lemma_.lower()) == PEOPLE or (t.pos_ == "PROPN" and t.head.lemma_ in SAYING))
        for t in doc
    )


def last_named(question: Question, previous: Sentence | None, reach: int = PRONOUN_BACK) -> bool:
    """Is the asked speaker the person named last before a sentence (from `previous`, up
    to `reach` sentences back), whom its "he" or "she" is: "“It means everything,” he said"
    three sentences after "Larkin played a season at … Cheyney", with no one named between."""
    for _ in range(reach):
        if previous is None:
            return False
        if content_words(previous.text) & question.speaker:
            return True
        if _someone_else(parse(previous.text)):
            return False
        previous = before(previous)
    return False


def naming(question: Question, previous: Sentence | None, back: int = LEAN_BACK) -> Sentence | None:
    """The sentence, this one or before it across a quote going on (up to `back` sentences),
    that names the speaker a "what did X say" question asks about; None if there is none."""
    while previous is not None:
        if content_words(previous.text) & question.speaker:
            return previous
        if back <= 0 or not previous.text.lstrip().startswith(QUOTES):
            return None
        previous, back = before(previous), back - 1
    return None


def _quoted(doc) -> set[int]:
    """The token positions inside quotation marks, a quote left open at the sentence's
    end included (news runs a quote over sentences, closing it once)."""
    inside, open_ = set(), False
    for t in doc:
        if t.text in ("“", "”", '"'):
            # A straight quote glued to the word before it closes a quote opened in an
            # earlier sentence: `… prison pipeline," said Carol Craig` (the saying is hers).
            glued = t.i > 0 and not doc[t.i - 1].whitespace_
            open_ = t.text == "“" or (t.text == '"' and not open_ and not glued)
            continue
        if open_:
            inside.add(t.i)
    return inside


def _finds_someone(verb) -> bool:
    """Is "find" said of someone found, not a finding? "Mahomes found receiver Rashee Rice
    for an 11-yard touchdown" says nothing; "the report found that …" and "researchers found
    high levels of lead" do."""
    return verb.lemma_ == "find" and any(
        c.dep_ == "dobj" and any(t.pos_ == "PROPN" for t in c.subtree) for c in verb.children
    )
