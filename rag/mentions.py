"""What one mention does in its parsed sentence, for candidates.py: is it the doer of
the asked deed or what the deed is done to, a source that only vouches ("according to
the FDA"), a place the text sets elsewhere or owns a role, a count the sentence only
supposes or replaces ("from 185,000 to 340,000"), a date of something already done when
the question asks what will be, a score before the end of play; and who in a sentence does
the asked deed, the question's subject or only another (`done_by_asked`,
`done_by_another`, read by the list, yes/no and factoid replies). Plain functions over
spaCy tokens; finds no candidates and scores none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .bearing import kin_held, restates
from .names import asked_share, named_words
from .question import (
    FOCUS_LABELS,
    NAMES,
    PEOPLE,
    SAID,
    Question,
)
from .sentences import Sentence
from .text import SUBJECTS, antecedent, content_words, parse, quote_open, stem, tokens, verb_above

MAYBE = {"can", "could", "might", "may"}  # a count under these only could be (`supposed`)
MODALS = MAYBE | {"will", "would", "should"}  # a question asking what can or will be
DURING_PLAY = {"lead", "trail", "tie"}  # verbs of a score before the end
WON = frozenset({"win", "get", "receive", "earn", "take"})  # deeds of a prize's winner (`_won`)
PRIZE_VERBS = frozenset({"take", "claim", "collect", "scoop"})  # "took best actress"


def deed(token):
    """The verb the token does: as its subject, or as the agent of a passive ("Health" in
    "… is administered by the nonprofit Vibrant Emotional Health"); None when it does none."""
    if token.dep_ == "nsubj":
        return token.head
    return token.head.head if token.dep_ == "pobj" and token.head.dep_ == "agent" else None


def does(span, question: Question) -> bool:
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
    if _won(root, question):
        return True
    # Or the asked deed its verb sets its subject to do: "agreed to coach", "Deas … was
    # commissioned to paint the Ginsburg portrait". A passive subject does nothing else.
    subject = root.dep_ in ("nsubj", "nsubjpass")
    set_to = subject and next(
        (c for c in root.head.children if _to_do(c) and c.lemma_.lower() in question.doing), None
    )
    # Or the asked deed of a relative clause on it: "CSX, which owns the train involved in
    # Sunday's crash".
    relative = next(
        (
            c
            for c in root.children
            if c.dep_ == "relcl"
            and c.lemma_.lower() in question.doing
            and any(w.dep_ == "nsubj" and w.tag_ in ("WDT", "WP") for w in c.children)
        ),
        None,
    )
    verb = set_to or relative or deed(root)
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


def _won(root, question: Question) -> bool:
    """Is the mention who won the asked prize, in the words news uses for it: "The rising
    star award … went to … Micheal Ward", "Renee Zellweger took best actress", "Joaquin
    Phoenix was named best actor" for "who won best actress"?"""
    if not question.doing & WON:
        return False
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_ == "go":
        prizes = [c for c in head.head.children if c.dep_ == "nsubj"]
    elif root.dep_ == "nsubj" and head.lemma_ in PRIZE_VERBS:
        prizes = [c for c in head.children if c.dep_ == "dobj"]
    elif root.dep_ == "nsubjpass" and head.lemma_ == "name":
        prizes = [c for c in head.children if c.dep_ == "oprd"]
    else:
        return False
    # The prize asked, not another of its kind: "best supporting actress" is not best
    # actress, nor "best actor" best supporting actor.
    asked = {
        stem(m.text)
        for t in parse(question.text)
        if t.lemma_.lower() in question.acted_on
        for m in _modifiers(t)
    }
    return any(
        c.lemma_.lower() in question.acted_on
        and {stem(m.text) for m in _modifiers(c)} >= asked
        and all(stem(m.text) in question.terms for m in _modifiers(c))
        for c in prizes
    )


def _modifiers(noun) -> list:
    return [m for m in noun.children if m.dep_ in ("amod", "compound")]


def headlined_doer(text: str, title: str, question: Question) -> bool:
    """Does the article's title have the mention do what a "who" question asks the doer
    of, naming all the question names: "Nobel Peace Prize: Denis Mukwege, Nadia Murad win
    2018 accolade" for "who won the nobel peace prize" (its body says "were jointly awarded
    the accolade")? A headline says first what the story is about."""
    if not question.doing:
        return False
    words = {w.lower() for w in tokens(text)}
    return bool(words) and any(
        words <= doer for doer in _headline_doers(title, question.doing, question.names)
    )


@lru_cache(maxsize=1024)
def _headline_doers(title: str, doing: frozenset[str], names: frozenset[str]) -> tuple[frozenset[str], ...]:
    """The words of each subject the title gives the asked deed, when it names all the
    question's names; read once per title, not once per mention of every sentence under it."""
    if asked_share(names, frozenset(named_words(title))) < 1:
        return ()
    # What goes before a colon labels the story, and does nothing: "BAFTA Awards: '1917'
    # wins best picture …".
    return tuple(
        frozenset(w.lower_ for w in t.subtree)
        for t in parse(title.split(": ", 1)[-1])
        if t.dep_ in ("nsubj", "nsubjpass")
        and t.head.lemma_.lower() in doing
        # "Greta Thunberg among favorites to win" has no one win yet.
        and not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.head.children)
    )


def object_of_asked(span, question: Question) -> bool:
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


def done_to(question: Question, s: Sentence, doc) -> bool:
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
    if question.names and asked_share(question.names, said) < 1 and places - question.names - question.terms:
        return False
    if not question.acted_on:
        return restates(question, s)
    # In the text's word for it too: "The film … will be directed by Wes Ball" for "who
    # will direct the zelda movie" (`Question.kin`).
    acted = {stem(w) for w in question.acted_on}
    return all(asked_share({a}, said) == 1 for a in acted - kin_held(question, acted, set(said)))


def credited(span) -> bool:
    """Is the mention the sentence's source, "according to the FDA", "Per the Multi-State
    Lottery Association, …", the outlet told ("a witness … told CNN") or a body saying so
    after what it says? A source vouches
    for the sentence and does nothing in it: it did not win the jackpot it reports, nor make
    the butter it recalls, nor is it the club a footballer plays for."""
    root, head = span.root, span.root.head
    if root.dep_ in ("dobj", "dative") and head.lemma_ == "tell" and root.ent_type_ == "ORG":
        return True
    # The body that tells it after the telling: "The man accused of … has been charged with
    # first-degree murder, the Delaware Department of Justice announced Tuesday."
    if (
        root.dep_ == "nsubj"
        and root.ent_type_ == "ORG"
        and head.lemma_.lower() in SAID
        and any(c.dep_ == "ccomp" and c.i < head.i for c in head.children)
    ):
        return True
    return root.dep_ == "pobj" and (
        head.lower_ == "per" or head.lower_ == "to" and head.head.lower_ == "according"
    )


def clause_subject(token):
    """The subject of the token's clause: its own, or the nearest one above it. Of two the
    parser gives one verb, the one nearest before it: "griner" of "which russian team did
    griner play for", not the asked "team"."""
    for t in (token, *token.ancestors):
        found = [c for c in t.children if c.dep_ in SUBJECTS]
        if found:
            return max((c for c in found if c.i < t.i), key=lambda c: c.i, default=found[0])
    return None


def _deed_doers(question: Question, text: str) -> tuple:
    """The subject of the question's first verb that does something (`Question.verbs`),
    and the subjects the text gives that verb wherever it writes it; (None, []) when the
    question gives that verb no subject. A verb with a subject of its own comes first:
    "after trump launched", parsed without one, only dates what "did garland appoint" asks."""
    verbs = [
        t for t in parse(question.text) if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in question.verbs
    ]
    verb = next((t for t in verbs if any(c.dep_ in SUBJECTS for c in t.children)), next(iter(verbs), None))
    asked = clause_subject(verb) if verb is not None else None
    if asked is None:
        return None, []
    return asked, [
        _agent(t) or clause_subject(t) for t in parse(text) if t.lemma_.lower() == verb.lemma_.lower()
    ]


def _agent(verb):
    """Who a passive's "by" names as doing it: "Roosevelt" of "a joint resolution, signed by
    Roosevelt on Dec. 26, 1941", whose clause's subject (Congress) did another deed."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def done_by_asked(question: Question, text: str) -> bool:
    """Does the text have the question's subject (or a pronoun for it) do the asked verb,
    where the text writes that verb at all? "Carney expressed an interest in running"
    holds "wilmington mayor" and "running" but says nothing of whether the mayor runs."""
    asked, doers = _deed_doers(question, text)
    if asked is None:
        return True
    wanted = content_words(" ".join(t.text for t in asked.subtree))
    if not doers or not wanted:
        return True
    # A passive names what was done to, not who did it: "documents were signed" for "did
    # iran and cuba sign any documents".
    return any(
        d is None
        or d.dep_ == "nsubjpass"
        or (named := doer(d)).root.pos_ == "PRON"
        or wanted & content_words(named.text)
        for d in doers
    )


def deed_of_another(question: Question, text: str) -> bool:
    """Does the text write the asked deed as a noun that another owns: "The Supreme Leader
    also referred to his meeting with the late Fidel Castro" is the Supreme Leader's
    meeting, not one Díaz-Canel had ("who did diaz-canel meet")? "His" stands for the
    sentence's subject; a subject that is itself a pronoun says nothing either way. Only
    for whom one did it (`Question.object_of`)."""
    verb, _, wanted = question.object_of
    if not verb or not wanted:
        return False
    deed = stem(verb)
    doc = parse(text)
    for noun in doc:
        if noun.pos_ != "NOUN" or not stem(noun.text).startswith(deed):
            continue
        for owner in (c for c in noun.children if c.dep_ == "poss"):
            if owner.pos_ == "PRON":
                owner = next(
                    (c for t in doc if t.dep_ == "ROOT" for c in t.children if c.dep_ in SUBJECTS), owner
                )
            if owner.pos_ != "PRON" and not wanted & {stem(w) for w in tokens(doer(owner).text)}:
                return True
    return False


def doer(subject):
    """The words naming a subject: its phrase, or for a relative pronoun the noun its
    clause hangs on, read up to that noun ("Lynda Johnson, who in 1967 married Charles
    Robb" has Lynda Johnson marry, not whoever the sentence is about)."""
    noun = antecedent(subject)
    if noun is not subject:
        # An apposition is the name it stands beside: "Tom Davis, a Virginia Republican who
        # retired in 2008" has Davis retire.
        while noun.dep_ == "appos" and noun.head.i != noun.i:
            noun = noun.head
        return noun.doc[noun.left_edge.i : noun.i + 1]
    return subject.doc[subject.left_edge.i : subject.right_edge.i + 1]


def done_by_another(question: Question, s: Sentence) -> bool:
    """Does the sentence have only someone the question does not name do the deed of the
    name it asks about? "Carper spent close to $3 million on this race" says nothing of
    what Harris spent ("how much did harris spend on the race"). A surname the article
    gives the asked name ("LeBron James … James scored 30") is the same one."""
    asked, doers = _deed_doers(question, s.text)
    if asked is None or asked.dep_ != "nsubj":
        return False
    wanted = [t.text for t in asked.subtree if stem(t.text) in question.names]
    if not wanted or not doers:
        return False
    named = {stem(w) for w in wanted}
    for d in doers:
        if d is None or d.dep_ != "nsubj":
            return False
        who = doer(d)
        if who.root.pos_ != "PROPN" or named & {stem(t.text) for t in who}:
            return False
        last = re.escape(who.root.text)
        if any(
            re.search(rf"\b{re.escape(w)}\s+(?:\w+\.?\s+)?{last}\b", s.article.text, re.I) for w in wanted
        ):
            return False
    return True


def owned_by_another(question: Question, s: Sentence) -> bool:
    """Does the sentence give what the question asks a name's own ("ohtani's signing bonus")
    only as another's: "Betts has … the final $5 million of his signing bonus", whose "his"
    is the clause's subject, Betts? A thing of nobody's in the sentence may be the asked
    one's (the story's subject); one of the asked name's is."""
    owned = {
        stem(t.head.lemma_)
        for t in parse(question.text)
        if t.dep_ == "poss" and stem(t.text) in question.names
    }
    if not owned:
        return False
    told = [t for t in parse(s.text) if stem(t.lemma_) in owned]
    whose = [_owner(c) for t in told for c in t.children if c.dep_ == "poss"]
    if not told or len(whose) < len(told) or any(w is None for w in whose):
        return False
    return not any({stem(t.text) for t in w} & question.names for w in whose)


def _owner(poss):
    """The name a possessor stands for: itself ("Betts's bonus"), or for "his", "her" or
    "their" the nearest named subject before it in the sentence; None when none is."""
    if poss.pos_ != "PROPN":
        if poss.lower_ not in ("his", "her", "their"):
            return None
        # Not by the clause's arcs: the parser may hang "his" under a relative clause ("a
        # deal … that includes … and has the final $5 million of his signing bonus").
        poss = next(
            (t for t in reversed(poss.doc[: poss.i]) if t.dep_ in SUBJECTS and t.pos_ == "PROPN"), None
        )
        if poss is None:
            return None
    return [poss, *(c for c in poss.children if c.dep_ == "compound")]


def phrase_head(token):
    """The word a mention's phrase hangs from its sentence by: past the compounds,
    appositions and conjuncts around it ("Tehran" in "arriving back in Tehran and Qom")."""
    while token.dep_ in ("compound", "appos", "conj") and token.head.i != token.i:
        token = token.head
    return token


def owns_one(span) -> bool:
    """Is the place whose someone is ("Florida’s governor", "Tonga’s King", "US
    scientists at the National Ignition Facility"), which says nothing of where? Where
    "Dubai’s COP28 conference" is, is Dubai."""
    root = span.root
    return root.dep_ in ("poss", "compound") and FOCUS_LABELS.get(root.head.lemma_.lower()) == PEOPLE


def listed_with_people(span) -> bool:
    """Is the "place" listed beside people, and so one of them: "Villazana and Mora did not
    know …", where the tagger calls Villazana a place and Mora a person?"""
    return any(c.ent_type_ == "PERSON" for c in span.root.conjuncts)


def not_there(span, question: Question) -> bool:
    """Does the sentence place it away from where the question asks: "nowhere near
    Massachusetts", or "flown from Texas" when the question asks where to, not where from?"""
    place = phrase_head(span.root)
    if place.dep_ != "pobj":
        return False
    prep = place.head
    if prep.head.lower_ in ("nowhere", "far") or any(c.dep_ == "neg" for c in prep.head.children):
        return True
    return prep.lower_ == "from" and "from" not in tokens(question.text)


def placed_elsewhere(span, question: Question) -> bool:
    """Does the place say where another deed was done than the one the question asks where
    of, which its sentence also tells? "Rekabi arriving back in Tehran after competing
    without a hijab" places her arrival, not where she competed; "… before signing a new
    state law imposing … restrictions on undocumented immigrants in Florida" places the
    immigrants, not the signing."""
    place = phrase_head(span.root)
    if place.dep_ != "pobj":
        return False
    # The verb the place hangs on, through the nouns between: "imposing … restrictions on
    # undocumented immigrants in Florida" places no signing.
    verb = place.head.head
    while verb.pos_ in ("NOUN", "PROPN", "ADP") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() in question.verbs:
        return False
    return any(t.pos_ == "VERB" and t.lemma_.lower() in question.verbs for t in span.doc)


def ticker(span) -> bool:
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


# Any quote mark, the closing one of a quoted question among them (furniture.QUOTES
# holds only those that open one).
QUOTE_MARKS = {'"', "“", "”"}


def quoted_question(span) -> bool:
    """Is the mention inside a quoted question: "“Is it a big problem that needs 17 new red
    light cameras?” he said."? A question asks; it states no number."""
    doc = span.doc
    if not quote_open(doc[: span.start].text):
        return False
    close = next((t for t in doc[span.end :] if t.text in QUOTE_MARKS), None)
    return close is not None and close.i > 0 and doc[close.i - 1].text == "?"


def only_planned(span, question: Question) -> bool:
    """Is the mention what was "supposed to" be, which did not come about: "The 2024 Super
    Bowl was supposed to be in New Orleans, but a later date … created a conflict" (unless
    the question asks what was supposed to be)?"""
    if "supposed" in tokens(question.text):
        return False
    return any(t.lower_ == "supposed" and t.tag_ == "VBN" for t in span.root.ancestors)


def supposed(span, question: Question) -> bool:
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
        # "can be given … at 25 micrograms each dose" states what is allowed
        and not (c.lower_ == "can" and verb.tag_ == "VBN")
        and not question.ahead
        and not MODALS & set(tokens(question.text))
        for c in verb.children
    ):
        return True
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for t in chain for c in t.children)


def at_place(ent, question: Question) -> bool:
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


def where_held(span, question: Question) -> bool:
    """Is the place the one the asked event noun is set in: "Columbia" of "At a ceremony
    Wednesday in rural Columbia, Kentucky, the U.S. Department of Agriculture announced …"
    for "where was the usda ceremony held"?"""
    root = span.root
    prep, event = root.head, root.head.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ in ("in", "at")
        and event.pos_ == "NOUN"
        and event.lemma_.lower() in GATHERINGS
        and stem(event.text) in question.terms
    )


# What something may be "at" that is no place: "a speech at the State Banquet", "at the
# Commonwealth Heads of Government Meeting". spaCy marks no sense of a gathering.
GATHERINGS = frozenset("meeting banquet summit conference ceremony session dinner gala rally hearing".split())


def superseded(span) -> bool:
    """Is the number the old value of a change told "from X to Y", or "down from X" ("80% of
    Iowa Republicans — but that's down from 91% in September 2021")? Not when the span holds
    both ends: "range from 3 percent to 17 percent" is the whole range."""
    t = span.root.head if span.root.dep_ == "nummod" else span.root
    if t.dep_ != "pobj" or t.head.lower_ != "from":
        return False
    if t.head.head.lower_ in ("down", "up"):
        return True
    return any(c.lower_ == "to" and c.dep_ == "prep" and c.i >= span.end for c in t.head.children)


def told_done(span) -> bool:
    """Does the date (or place) go with a verb in the simple past ("the union announced
    Monday"): what was done then, not what will be? "was set for Jan. 23" and "will vote
    Tuesday" are no simple past."""
    verb = verb_above(span.root.head)
    return verb is not None and verb.tag_ == "VBD"


def during_play(span) -> bool:
    """Is the score one a side led, trailed or was tied by before the end: the first verb
    above it is "lead", "trail" or "tie"?"""
    verb = verb_above(span[0].head)
    return verb is not None and verb.lemma_ in DURING_PLAY
