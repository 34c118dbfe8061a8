"""What a question asks for, read from a spaCy parse: the kind of reply it wants, the type
of answer, the entity labels an answer may carry, the thing counted, the focus noun, a
role's qualifier ("vice" president), the key terms and the time words.

The reply kind (`Question.kind`, `reply_kind`):

    factoid      who / what / which / when / where / how many / how much: one short answer
    list         who did X meet, which companies …: every supported item of the asked type
    yesno        did / is / has …: a verdict only where a sentence states it or its negation
    describe     why, how, what happened, what did X say about Y, what does X think, and
                 who / what is X when X is a name as the corpus writes it (`defined`)
    summary      summarize …, tell me about …, what's the latest on …, a bare topic
    overview     hi, what can you do, what's new, top stories: what the corpus holds

The answer type (`Question.answer_type`), for factoids and lists:

    type     asked as                                  answers carry
    count    how many X                                a number that counts X (unit = X's lemma)
    amount   how much / long / old / far, what share   MONEY PERCENT QUANTITY (or a number);
                                                       for how old (focus "age"), an age given X;
                                                       unit = the noun measured ("report")
    date     when, what year / day / month / date      DATE (resolved to a calendar date)
    time     at what time                              TIME
    entity   who, where, which country / company / …   the matching named-entity labels
    phrase   other what / which X                      noun phrases, best when headed by X;
             the phone number for X, a number to call  a phone number only (focus PHONE)
    yesno    is / did / does / can …                   nothing a span of text can hold

Casual typing is read as meant before the parse (`tidy`): "whats", "who's", "yr", "docs",
"w/", doubled "??". Does not look at articles; candidates.py and replies/ match these
expectations against sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from .text import STOPWORDS, SUBJECTS, content_words, labels_alone, nlp, parse, stem, stop_words, tokens

PEOPLE = ("PERSON",)
PLACES = ("GPE", "LOC", "FAC")
JOURNALS = ("ORG", "WORK_OF_ART")  # where a study was published
RANKED = {"finish", "rank"}  # where one finished is a place in an order
# Who is beaten, played or hosts may be a country. Not who wins: "California" sold the
# winning ticket, "Oslo" is where the prize is announced.
CONTESTS = {"beat", "play", "face", "defeat", "host"}
GROUPS = ("ORG",)
NAMES = ("PERSON", "ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW")  # what has a name
# The head noun of "which X" / "what X" / "the name of the X", by the entity labels
# spaCy's English NER gives such things. Nouns not listed make a "phrase" question.
FOCUS_LABELS = {
    **dict.fromkeys(
        "person man woman actor actress singer rapper player athlete footballer president leader "
        "minister premier chancellor ceo executive founder chief official politician lawmaker senator "
        "governor mayor judge king queen prince princess billionaire journalist author writer director "
        "musician artist comedian host star celebrity candidate coach manager speaker spokesperson "
        "pope chairman chair head officer soldier doctor nurse teacher student victim "
        "suspect gunman shooter pilot reporter detective prosecutor scientist researcher economist "
        "activist survivor witness passenger ambassador congressman congresswoman justice quarterback "
        "pitcher moderator nominee challenger couple".split(),
        PEOPLE,
    ),
    **dict.fromkeys(
        "country nation state city town capital province county village territory".split(),
        ("GPE", "LOC"),
    ),
    **dict.fromkeys("continent river mountain sea ocean lake island region area".split(), ("LOC", "GPE")),
    **dict.fromkeys("airport building bridge stadium venue museum".split(), ("FAC", "ORG")),
    **dict.fromkeys(
        "company firm brand organization organisation group team club party agency university "
        "college bank airline retailer network newspaper magazine school union league band "
        "carmaker automaker broadcaster network charity institution".split(),
        GROUPS,
    ),
    **dict.fromkeys("nationality religion".split(), ("NORP",)),
    **dict.fromkeys("storm hurricane tournament war event".split(), ("EVENT", "PERSON")),
    **dict.fromkeys("film movie book song album show series play novel painting".split(), ("WORK_OF_ART",)),
    # "1-1", which the tagger reads as "1" (spans.SCORE); a vote's tally is one too ("the
    # 80-15 vote").
    **dict.fromkeys(("score", "vote"), ("SCORE",)),
    **dict.fromkeys("product car vehicle device app drug vaccine phone".split(), ("PRODUCT", "ORG")),
    **dict.fromkeys("law bill act".split(), ("LAW",)),
    "language": ("LANGUAGE", "NORP"),
}
# What news titles the one at the top of a body by, each for the others: "Indonesian soccer
# leader Erick Thohir" is the head of Indonesian soccer (the encoder finds the words far apart).
HEADS = {"head", "leader", "chief", "boss"}
# The focus of "how old is X": an age the text gives X (counts.aged).
AGE = "age"
# Verbs a name is given by: "who is called …", "who is known as …".
NAMING_VERBS = {"call", "know", "dub", "nickname"}
DURATION = "duration"  # "how long": a length of time, not a point in it
DEADLINE = "deadline"  # a date asked as the day something must be done by (spans.py)
# "What night" asks for a day of the week: "'The Rookie' will move to Sundays".
DATE_NOUNS = {"year", "day", "night", "date", "month", "decade", "century", "week", DEADLINE}
TIME_NOUNS = {"time", "hour"}
PERCENT_NOUNS = {"percentage", "percent", "share", "proportion", "fraction", "rate", "favorability", "approval"}  # fmt: skip
PERCENTS = {"percentage", "percent"}  # asked for in those words: nothing but a percentage answers
# Verbs of a change in amount (spaCy marks no such sense).
CHANGES = {"rise", "fall", "drop", "increase", "decrease", "jump", "climb", "grow", "decline", "surge", "soar", "plunge", "go"}  # fmt: skip
# A change asked by "what" ("the biggest spike", "a pay hike"): CHANGES and the nouns of a
# change that are no verbs of it.
CHANGE_WORDS = CHANGES | {"spike", "hike", "cut"}
# Nouns whose value is a tally: "what is the death toll" asks for a number, not a thing.
TALLY_NOUNS = {"toll", "tally", "total", "number", "count", "population", "turnout", "attendance"}
# Words that make "number" one to call, not a tally: "the phone number for chef tan", "the
# suicide lifeline number", "what number should i call". Such a question's focus is PHONE.
PHONE_WORDS = {"phone", "telephone", "hotline", "helpline", "lifeline", "fax", "call", "dial"}
PHONE = "phone"
AMOUNT_ADVERBS = {"much", "long", "old", "far", "big", "tall", "high", "large", "deep", "fast", "often"}
DISTANCES = {"far", "tall", "deep"}  # "how high" may ask a rate, "how fast" a growth: not these
# What "how much" asks the measure of: a sentence gives the sum, not the word ("acquire
# Hawaiian Airlines for $1.9 billion" for "how much is the deal worth").
MEASURE_NOUNS = {"money", "worth", "value"}
# Nouns whose value is a measure with its unit: "what was the temperature" asks for "39
# degrees", not a thing.
QUANTITY_NOUNS = {"temperature", "speed", "height", "weight", "distance", "length", "depth", "altitude", "dose", "dosage"}  # fmt: skip
# Nouns that say what kind of answer is asked ("what time", "which president"): never a
# name, however the retrieved text writes them ("Game Time Sports Bar & Grill").
KIND_NOUNS = frozenset(FOCUS_LABELS) | DATE_NOUNS | TIME_NOUNS | PERCENT_NOUNS | QUANTITY_NOUNS | TALLY_NOUNS
# Words of price and money: "how much did the bridge cost" asks for a sum, not
# "18.5-foot-tall"; "how much athletic funding came from the university" not "86.25%".
PRICE_WORDS = {"cost", "pay", "spend", "price", "worth", "charge", "earn", "fine", "fee", "salary", "budget", "prize", "fund", "funding", "money", "revenue", "profit", "income", "wage", "donation", "grant", "loan", "debt"}  # fmt: skip
# Nouns that stand for "the thing asked about" rather than naming its type.
EMPTY_NOUNS = {"name", "one", "kind", "type", "sort", "which", "what", "following", "title"}


# Short forms people type into a chat box, read as the words they stand for. The
# `contractions` package expands "who's" and "whats"; these are the news chat's own.
SHORT_FORMS = {
    "yr": "year", "yrs": "years", "docs": "documents", "doc": "document", "w/": "with",
    "w/o": "without", "n": "and", "u": "you", "ur": "your", "abt": "about", "govt": "government",
    "gov't": "government", "pres": "president", "prez": "president", "ppl": "people", "b/c": "because",
    "bc": "because", "cuz": "because", "rn": "right now", "tmrw": "tomorrow", "td": "touchdown",
    "tds": "touchdowns", "qb": "quarterback", "qbs": "quarterbacks", "mom": "mother", "moms": "mothers",
    "dad": "father", "dads": "fathers",
}  # fmt: skip
SHORT = re.compile(
    r"(?<![\w/'])(?:"
    + "|".join(map(re.escape, sorted(SHORT_FORMS, key=len, reverse=True)))
    + r")(?![\w/']|\.\w)",
    re.I,
)
# Words that ask about the corpus itself, not a story: a question made only of these (and
# stopwords) wants the overview ("hi", "what's new?", "top stories", "what can you do?").
ABOUT_THE_CORPUS = set(
    "hi hello hey hiya yo help thanks thank you can could do does new news latest top story stories "
    "headline headlines today happening going on corpus cover covers know there any show me tell give "
    "what whats is are it up good morning evening afternoon please your you articles article".split()
)
# How people ask for a summary of a story: the topic follows.
SUMMARY = re.compile(
    r"^(?:please\s+)?(?:summari[sz]e|sum up|summary of|give me (?:a |the )?(?:summary|rundown|overview|recap)"
    r"|tell me (?:more )?about|what is the latest|the latest on|latest on|what is (?:going on|happening|new)"
    r"|what happened (?:with|to)|any news|news (?:on|about)|update (?:me )?on|catch me up|brief me"
    r"|fill me in|what do you know about|what about|recap)\b",
    re.I,
)
# "who did …", "who has …": with a subject after them, "who" is the object asked for (the
# small parser takes a lower-case "who" for the subject).
DOING = {"did", "does", "do", "has", "have", "had", "will", "would", "can", "could"}
# Verbs whose object a "what" question asks for is what someone said, thinks or found:
# "What did the report find?", "What did the summit agree on?"
SAID = {
    "say", "think", "tell", "claim", "argue", "warn", "announce", "mean", "believe", "feel",
    "want", "write", "find", "conclude", "rule", "decide", "agree", "promise", "propose",
    "demand", "reveal", "show", "suggest", "admit", "accuse", "declare", "note", "urge",
    "insist", "explain", "stress", "acknowledge", "post", "tweet",
}  # fmt: skip
# Who says what "what" asks for: the subject of the verb of saying, or the clausal subject
# the small parser makes of a lower-case name it takes for a verb ("what did husted say").
SPEAKERS = ("nsubj", "csubj")
# "how did X react to …": X's reaction is what X said or wrote.
REACTING = re.compile(r"\bhow (?:did|does|do|has|have|will|would) (.+?) (?:react|respond)", re.IGNORECASE)
# Nouns a "what is X's …" question asks to have described, not named.
DESCRIBED = {
    "stance", "position", "view", "reaction", "response", "plan", "reason", "cause", "impact",
    "effect", "significance", "role", "purpose", "goal", "message", "opinion", "concern", "problem",
    "change", "difference",
}  # fmt: skip
# A rate asked for: "each month", "a year", "per day", "monthly", "daily". The group that
# matched is the unit ("daily" is a day's).
RATE = re.compile(
    r"\b(?:a|an|per|each|every)\s+(year|month|week|day|hour)\b|\b(year|month|week|hour)ly\b|\b(daily)\b"
)
ANNUAL = re.compile(r"\bannual(?:ly)?\b")  # per year, when no other rate is written
# Words that ask about now without a date entity spaCy would find.
RECENT = {"latest", "recent", "recently", "now", "currently", "current", "newest"}
BYGONE = {"during", "original", "originally"}
# A peak is gone by too, so a sentence dated years back may tell it ("how many stores did
# buybuy baby have at its peak"); unlike "original", the text writes the word the question does.
PEAKS = {"peak"}
# Nouns that ask for what brought something about: "the reason for …", "the cause of death".
CAUSE_NOUNS = ("reason", "cause")
# Verbs that ask what brought something about: "What caused the outage?"
CAUSED = {"cause", "trigger", "prompt", "spark", "lead", "happen", "drive", "fuel"}


def tidy(text: str) -> str:
    """The question as meant: contractions and chat short forms written out, repeated
    question marks folded. Names and everything else are left as typed."""
    import contractions

    text = re.sub(r"([?!.])\1+", r"\1", text.strip())
    text = re.sub(r"\b(wh(?:at|o|ere|en|y))s\b", r"\1's", text, flags=re.I)  # "whats" is "what's"
    text = re.sub(r"\b(the) us\b", r"\1 US", text, flags=re.I)  # "about the us" names no "us"
    # The tagger reads a lower-case "may" as the modal even after "in"; there it is the month.
    text = re.sub(r"\b(in|since|by|until|through|during|early|late|mid-?) may\b", r"\1 May", text, flags=re.I)
    # Not the package's slang: it reads "cause" as "because" ("what did the fire cause").
    text = contractions.fix(text, slang=False)
    return SHORT.sub(
        lambda m: m.group() if _lettered(text, m.start()) else SHORT_FORMS[m.group().lower()], text
    )


def _lettered(text: str, at: int) -> bool:
    """Is the word at `at` a letter named after an article ("the u gender option"), not
    chat typing for "you"?"""
    return len(text[at:].split(maxsplit=1)[0]) == 1 and bool(re.search(r"\b(?:the|an?)\s+$", text[:at], re.I))


def reply_kind(doc, answer_type: str, focus: str) -> str:
    """The reply a question wants (the table in the module's docstring), from its parse."""
    words = tokens(doc.text)
    if not set(words) - ABOUT_THE_CORPUS:
        return "overview"
    if SUMMARY.match(doc.text) or not any(
        t.tag_ in ("WDT", "WP", "WP$", "WRB") or t.pos_ in ("VERB", "AUX") for t in doc
    ):
        return "summary"
    last = list(doc.sents)[-1]
    first = last[0].lower_
    if first == "why" or first in ("explain", "describe"):
        return "describe"
    if first == "how" and len(last) > 1 and last[1].lower_ not in AMOUNT_ADVERBS | {"many", "soon"}:
        return "describe"
    if answer_type == "yesno":
        return "yesno"
    if _a_kind_of_thing(last):
        return "describe"  # "What is an atmospheric river?" asks what one is, not for a river
    if first in ("list", "name") and len(last) > 1 and last[1].pos_ in ("DET", "ADJ", "NOUN", "NUM"):
        return "list"
    for t in last:
        if t.lower_ not in ("what", "who", "whom", "which"):
            continue
        verb = _asked_verb(t)
        if t.lower_ == "what" and _saying_verb(t) is not None:
            return "describe"  # "What did X say about Y?", "What does X think Y should do?"
        if t.lower_ == "what" and verb.lemma_ == "be" and last[-1].lower_ == "about":
            return "describe"  # "What is the new law about?"
        if t.lower_ == "what" and verb.lemma_ in CAUSED and t.dep_ == "nsubj":
            return "describe"  # "What caused the outage?", "What happened at the summit?"
        if (
            t.lower_ == "what"
            and verb.lemma_ in ("count", "qualify")
            and any(c.lower_ == "as" for c in verb.children)
        ):
            return "describe"  # "What counts as insufficient internet service?" asks for a definition
        if t.lower_ == "what" and _asks_deed(t, verb):
            return "describe"  # "What does a queen consort do?", "What's next for Twitter?"
        subjects = [w for w in last if w.dep_ in ("nsubj", "nsubjpass") and w.i != t.i]
        after = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
        # "who did X meet" asks for the object whatever the parse makes of a lower-case X;
        # "who will X meet" does only when X is parsed as the subject ("who will moderate").
        asked_object = t.dep_ == "dobj" or after in ("did", "does", "do") or (after in DOING and subjects)
        if (
            t.lower_ in ("who", "whom")
            and asked_object
            and verb.lemma_ not in ("be", "become", "call", "name")
        ):
            return "list"  # "Who did the Cuban president meet?"
        break
    if focus in DESCRIBED:
        return "describe"
    if (
        focus
        and any(
            t.lemma_.lower() == focus and (t.tag_ in ("NNS", "NNPS") or _plural_read_as_verb(t)) for t in last
        )
        and focus != "following"
    ):
        return "list"  # "Which companies …?"
    return "factoid"


# `Question.object_of` of a question that asks for no object of its subject's deed.
NO_OBJECT: tuple[str, str, frozenset[str]] = ("", "", frozenset())


@dataclass(frozen=True)
class Question:
    text: str
    answer_type: str = "phrase"
    labels: tuple[str, ...] = ()  # named-entity labels an answer may carry
    unit: str = ""  # count: lemma of the thing counted; amount: of the thing measured
    focus: str = ""  # phrase / entity: lemma of the noun the answer is an instance of
    role: tuple[str, ...] = ()  # a qualified role asked for, as stems: ("presid", "vic") for "vice president"
    terms: frozenset[str] = frozenset()  # content-word stems (text.content_words)
    names: frozenset[str] = frozenset()  # stems of its proper nouns: what the answer must be about
    time_words: tuple[str, ...] = ()  # DATE / TIME expressions in the question itself
    negated: bool = False  # "Which of the following is NOT …"
    kind: str = "factoid"  # the reply it wants: factoid, list, yesno, describe, summary, overview
    identity: bool = False  # "Who is the Cuban president?": whom does the text title so
    why: bool = False  # asks for a reason or cause: "Why …", "What prompted …", "the reason for …"
    relative: bool = False  # its time words count from now: "this year", "last week", "latest"
    ahead: bool = False  # asks what will happen: "When will Santos be sentenced?"
    # Names a time gone by what happened in it, not by a date: "during Trump's term", "the
    # original Lion Man comic". Sentences dating their news years back are then no history.
    bygone: bool = False
    # stems of who a "what did X say" question asks about: {"alaska", "ceo"} for "What did
    # Alaska's CEO say about the merger?"
    speaker: frozenset[str] = frozenset()
    speaker_head: str = ""  # the stem of its head word: "ceo"; a subject without it is another
    # Stems of the names after "in" or "at" in such a question: where it was said
    # ("jerusalem" in "what did biden say about iran in jerusalem", "un" in "… at the un"). A
    # sentence reporting what X said there need not repeat them.
    setting: frozenset[str] = frozenset()
    # "Who is X?", "What's X?" with nothing else: described when X is a name (`defined`)
    only_names: bool = False
    # Numbers that say which one of a series is asked about: "2" in "game 2 of the series".
    serials: frozenset[str] = frozenset()
    # The time unit a rate is asked per: "month" in "how much did iron hill pay for its
    # lease each month". "" when it asks no rate.
    per: str = ""
    # Stems of the places it names: "havana" in "what did raisi and diaz-canel sign in havana".
    places: frozenset[str] = frozenset()
    # Stems of what "what kind of X is Y" asks the kind of: "commander" in "what kind of dog
    # is commander".
    kind_of: frozenset[str] = frozenset()
    # (question stem, text stem) pairs of words the retrieved text uses for the question's:
    # ("died", "kill") where "died" is asked and "killed" written (bearing.kin_words), and
    # the titles of the one at the top of a body for each other (HEADS).
    kin: frozenset[tuple[str, str]] = frozenset()
    # The text with each short form it types spelled out as the retrieved text writes it
    # ("what happened at the University of Florida vigil" for "… the uf vigil"): what its
    # meaning is encoded from (names.named_in). Empty when it types none.
    spelled: str = ""
    # Lemmas of the question's own verbs, light ones aside: "deny" in "did murdaugh deny
    # killing his wife": a sentence that does it bears on the question (replies.describe).
    verbs: frozenset[str] = frozenset()
    # Lemmas of the nouns a "who" question's verb acts on: "referee" in "who attacked the
    # turkish referee". One the text titles so is who it was done to, not who did it (by
    # lemma: a "columnist" wrote the "column" of "who wrote the column").
    acted_on: frozenset[str] = frozenset()
    # Lemmas of the verb a "who" question asks the doer of ("finish" in "who finished second
    # in singapore"), and the (preposition, stem of its object) pairs it takes ("for", "us"
    # in "who scored for the us against wales").
    doing: frozenset[str] = frozenset()
    doing_with: frozenset[tuple[str, str]] = frozenset()
    # Lemmas of the verb a "who" question asks whom it was done to ("arrest" in "who was
    # arrested for shooting at the substations").
    undergone: frozenset[str] = frozenset()
    # What a question asks its subject did something to: the verb's lemma, the preposition
    # it leaves at the end, and the subject's stems: ("sign", "with", {"ohtani"}) for "which
    # team did ohtani sign with", ("beat", "", {"us", "men"}) for "who did the us men beat".
    object_of: tuple[str, str, frozenset[str]] = NO_OBJECT

    @cached_property
    def names_alone(self) -> bool:
        """Does it only name something to have it described ("who is andy biggs")?"""
        return self.only_names and bool(self.terms) and self.terms <= self.names

    @cached_property
    def forenames(self) -> set[tuple[str, str]]:
        """(word, last word) stems of each name of two or more words the question gives:
        ("bob", "good") for "Bob Good". News names a person by surname after the first
        mention, so the last word stands for the whole name."""
        run: list[str] = []
        out: set[tuple[str, str]] = set()
        for word in [*tokens(self.text), ""]:
            if word and stem(word) in self.names:
                run.append(stem(word))
                continue
            out |= {(w, run[-1]) for w in run[:-1] if w != run[-1]}
            run = []
        return out

    @cached_property
    def kinds_named(self) -> frozenset[str]:
        """Stems of the words it writes right after a name that are no name: "fire" of "the
        rabbit fire" (the corpus writes "fire" in lower case), the kind of thing the name is
        of. Not the last word of a name: "Carter" of "Rosalynn Carter" is no kind."""
        words = [stem(w) for w in tokens(self.text)]
        return frozenset(
            b for a, b in zip(words, words[1:]) if a in self.names and b not in self.names and b in self.terms
        )

    @cached_property
    def modifying_others(self) -> set[str]:
        """Stems of its words that modify a noun outside the asked one's phrase and its
        heads: "tonga" of "the tonga blast" when "which eruption" is asked (stated.py)."""
        doc = parse(self.text)
        asked = [t for t in doc if t.lemma_.lower() == self.focus]
        if not asked:
            return set()
        own = {a.i for t in asked for a in (*t.subtree, *t.ancestors)}
        return {
            stem(t.text)
            for t in doc
            if t.dep_ in ("amod", "compound", "poss", "nmod")
            and t.head.pos_ in ("NOUN", "PROPN")
            and t.i not in own
        }

    @property
    def measured(self) -> bool:
        """Is the answer a number or date? A sentence states such an answer only with one,
        and one of the asked type may lead a sentence that holds nothing of the question
        but its names."""
        return self.answer_type in ("count", "amount", "date", "time")


@lru_cache(maxsize=256)
def analyse(text: str) -> Question:
    text = tidy(text)
    doc = nlp()(text)
    answer_type, labels, unit, focus = _answer_type(doc)
    negated = any(t.dep_ == "neg" for t in doc)
    # A noun naming which week it is makes it an event, not a time: "teacher appreciation
    # week" (typed in lower case, the tagger's DATE) is what the question is about; "the
    # winter storm" still names a season.
    timed = [
        e
        for e in doc.ents
        if e.label_ in ("DATE", "TIME")
        and not any(t.dep_ == "compound" and t.pos_ == "NOUN" and not _a_time(t.text) for t in e)
    ]
    times = tuple(e.text for e in timed)
    names = _names(doc, focus) & content_words(text)
    # "this year", "last week" place the question in time (retrieval reads them against
    # its date); they are not words an answer's sentence must hold.
    relative_words = content_words(
        " ".join(e.text for e in timed if not any(t.like_num or t.pos_ == "PROPN" for t in e))
    )
    # "called" in "what is the day after thanksgiving called" frames the question as "what
    # is" does; the text may say "known as".
    naming = {stem(t.text) for t in doc if t.pos_ == "VERB" and _gives_name(t) and _asks_by_name(t)}
    terms = frozenset(content_words(text) - relative_words - naming)
    role = _role(doc, focus)
    kind = reply_kind(doc, answer_type, focus)
    # "the name of Díaz-Canel's wife" asks who she is, as "who is Díaz-Canel's wife" does.
    # What a book or film is called is its title, which the text quotes, not gives it as
    # it titles a person: "The book, “If We Break” publishes on June 14."
    identity = answer_type == "entity" and (
        any(t.lower_ == "who" and _subject_noun(t) is not None and not _doing(_subject_noun(t)) for t in doc)
        or (_asks_name(doc) and "PERSON" in labels)
    )
    why = (
        doc[0].lower_ == "why"
        or focus in CAUSE_NOUNS
        or any(t.lemma_ in CAUSED and t.pos_ == "VERB" for t in doc)
    )
    relative = bool(times) or any(t.lower_ in RECENT for t in doc)
    # The verb of a question opened by "who" as its subject; not of a relative "who" ("the
    # Cuban president who visited Tehran").
    who = doc[0]
    asks_doer = (
        answer_type == "entity" and who.lower_ == "who" and who.dep_ == "nsubj" and who.head.pos_ == "VERB"
    )
    doer_verbs = [who.head] if asks_doer else []
    speaker, speaker_head = _speaker(doc) if kind == "describe" else (frozenset(), "")
    # Where the speaker's words were said: the names after "in" or "at".
    placed = {
        stem(w.text) for t in doc if t.dep_ == "pobj" and t.head.lower_ in ("in", "at") for w in t.subtree
    }
    setting = names & placed if speaker else frozenset()
    return Question(
        text,
        answer_type,
        labels,
        unit,
        focus,
        role,
        terms,
        names,
        times,
        negated,
        kind,
        identity,
        why,
        relative,
        ahead=any(t.tag_ == "MD" and t.lower_ in ("will", "shall", "'ll") for t in doc),
        bygone=any(t.lower_ in BYGONE or t.lemma_ in PEAKS for t in doc),
        speaker=speaker,
        speaker_head=speaker_head,
        setting=setting,
        only_names=_only_names(doc),
        serials=frozenset(t.text for t in doc if _serial(t)),
        places=frozenset(stem(t.text) for e in doc.ents if e.label_ in PLACES for t in e) & names,
        kind_of=_kind_of(doc),
        # "the biggest daily spike" is a change over one day, no amount paid per day.
        per=rate(text) if answer_type in ("count", "amount") and unit not in CHANGE_WORDS else "",
        kin=frozenset((stem(focus), stem(w)) for w in HEADS - {focus}) if focus in HEADS else frozenset(),
        verbs=frozenset(t.lemma_.lower() for t in doc if t.pos_ == "VERB" and t.lower_ not in stop_words()),
        acted_on=frozenset(
            o.lemma_.lower()
            for t in doc
            if t.lower_ == "who" and t.dep_ == "nsubj" and t.head.pos_ == "VERB"
            for o in t.head.children
            if o.dep_ == "dobj" and o.pos_ == "NOUN"
        ),
        doing=frozenset(v.lemma_.lower() for v in doer_verbs),
        undergone=frozenset(
            [who.head.lemma_.lower()]
            if who.lower_ == "who"
            and who.dep_ == "nsubjpass"
            and who.head.pos_ == "VERB"
            and not _gives_name(who.head)
            else []
        ),
        doing_with=frozenset(
            (p.lower_, stem(o.text))
            for v in doer_verbs
            for p in v.children
            if p.dep_ == "prep"
            for o in p.children
            if o.dep_ == "pobj"
        ),
        object_of=_object_of(doc) if answer_type in ("entity", "phrase") else NO_OBJECT,
    )


def _object_of(doc) -> tuple[str, str, frozenset[str]]:
    """(verb lemma, stranded preposition, subject stems) of "who/which X did <subject>
    <verb> [<preposition>]", read by position: lower-case typing misleads the small parser
    ("sign" of "which team did ohtani sign with" tagged a noun)."""
    words = [t for t in doc if not t.is_punct]
    aux = next(
        (i for i, t in enumerate(words[:4]) if t.lower_ in ("did", "does", "do", "will", "has", "have")), None
    )
    # "What did ohio voters decide" asks for a description; "what feature did …" for a thing.
    asks = words[0].lower_ in ("who", "whom") or words[0].lower_ in ("which", "what") and (aux or 0) > 1
    if aux is None or not asks:
        return NO_OBJECT
    rest = words[aux + 1 :]
    # The verb: the first one after its subject, or the word a stranded preposition ends on.
    at = next((i for i, t in enumerate(rest) if i and t.pos_ == "VERB"), None)
    if at is None and len(rest) > 2 and rest[-1].pos_ == "ADP":
        at = len(rest) - 2
    if at is None:
        at = _verb_read_as_object(rest)
    if at is None:
        return NO_OBJECT
    verb = rest[at]
    if verb.lemma_.lower() in ("be", "have", "do", "say"):
        return NO_OBJECT
    after = rest[at + 1 : at + 2]
    stranded = after[0].lower_ if after and after[0].pos_ == "ADP" and at + 2 == len(rest) else ""
    subject = frozenset(stem(t.text) for t in rest[:at] if t.pos_ not in ("DET", "PRON", "PART"))
    return (verb.lemma_.lower(), stranded, subject) if subject else NO_OBJECT


def _verb_read_as_object(rest) -> int | None:
    """Where the verb is that the small parser took for the object of "did" ("who did
    mechichi sack last week", "who did tunisia's president sack"): a noun with no determiner
    right after a name or a possessed noun, its subject. Not "who did the halftime show"."""
    for i, t in enumerate(rest):
        if i and t.dep_ == "dobj" and t.head.lower_ == "did" and not any(c.dep_ == "det" for c in t.children):
            before = rest[i - 1]
            # A lower-case name the tagger calls a noun hangs on the verb it took for one.
            compound = before.dep_ == "compound" and before.head.i == t.i
            if before.pos_ == "PROPN" or compound or any(c.dep_ == "poss" for c in before.children):
                return i
    return None


def _serial(token) -> bool:
    """Is the number the one of a series, written after its noun ("game 2", "Super Bowl
    57", "Artemis 1"), not a year ("in 2023") or a count ("top 10")?"""
    before = token.doc[token.i - 1] if token.i else None
    return (
        token.is_digit
        and len(token.text) < 4
        and before is not None
        and before.pos_ in ("NOUN", "PROPN")
        and token.head.i == before.i
    )


def defined(question: Question) -> Question:
    """The question read as asking to have something described when all it does is name
    it, as the corpus writes names (names.named_in): "who is andy biggs", "whats
    nextfab". "Who is the Cuban president?" names a role, and asks who holds it."""
    if question.names_alone:
        return replace(question, kind="describe", answer_type="phrase", labels=(), identity=False)
    return question


def _only_names(doc) -> bool:
    """Is the question "who/what is X" with X a bare noun phrase (no "of", no possessive)
    that ends in no role or kind of thing ("the Erie County executive", "the capital")?"""
    words = [t for t in doc if not t.is_punct]
    if len(words) < 3 or words[0].lower_ not in ("who", "what") or words[1].lemma_ != "be":
        return False
    rest = [t for t in words[2:] if t.pos_ != "DET"]
    return (
        bool(rest)
        and rest[-1].lemma_.lower() not in FOCUS_LABELS
        and all(t.pos_ in ("PROPN", "NOUN", "ADJ", "X", "NUM") and t.dep_ != "poss" for t in rest)
    )


def _a_kind_of_thing(sent) -> bool:
    """Is the sentence "what is a/an X", "what are Xs" or "what is X", X a bare noun phrase
    ("rolling bypass"): a kind of thing to be defined? "What is the capital of Peru?" names
    one thing and asks for it."""
    words = [t for t in sent if not t.is_punct]
    if len(words) < 3 or words[0].lower_ != "what" or words[1].lemma_ != "be":
        return False
    rest = words[3:] if words[2].lower_ in ("a", "an") else words[2:]
    return bool(rest) and all(
        (t.pos_ in ("NOUN", "ADJ", "PROPN") or (t.tag_ == "VBG" and t.i != rest[-1].i)) and t.dep_ != "poss"
        for t in rest
    )


def _asked_verb(wh):
    """The verb a wh-word hangs from, through a stranded preposition ("what did they agree on")."""
    return wh.head.head if wh.head.dep_ == "prep" else wh.head


def _asks_deed(what, verb) -> bool:
    """Does "what" ask what is done or comes next, not for a thing: the object of "do"
    ("What will dealers do to fix …?", "What do hospitals have to do?", and "What did Trump
    do?" however the parser hangs its "what"), or what "is next"?"""
    root = next(t for t in what.doc if t.dep_ == "ROOT")
    # Nor a "did" the tagger took for the main verb: "what did camilla's dress cost". The
    # parser hangs the "doing" of "whats trubin doing" on a lower-case name, as no root.
    doing = [root, *(t for t in what.doc if t.lower_ == "doing")]
    if any(
        verb.lower_ in ("do", "doing")
        and verb.pos_ == "VERB"
        and not any(c.dep_ == "dobj" and c != what for c in verb.children)
        for verb in doing
    ):
        return True
    if what.dep_ == "dobj" and what.head.lemma_ == "do" and what.head.pos_ == "VERB":
        return True  # "What will hospitals have to do under the law?"
    return verb.lemma_ == "be" and any(
        c.lower_ == "next" and c.dep_ in ("acomp", "attr") for c in verb.children
    )


def _saying_verb(wh):
    """The verb of saying or thinking whose content "what" asks for, or None: "say" in
    "What did X say (about Y)?" and "What did X say Russia would do?", "think" in "What
    does X think the coalition should do?", where the small parser makes "what" the
    subject of "think" beside X."""
    if wh.dep_ == "det":
        return None  # "What unusual fear does Kelce admit to?" asks for a fear
    asked = _asked_verb(wh)
    # The parser may misread a lower-case name as the verb and hang "say" beneath it as a
    # clause: "what did mark davis say about …" ("mark" the verb).
    clauses = [c for c in asked.children if c.dep_ == "ccomp" and c.i > asked.i]
    for verb in (asked, *asked.ancestors, *clauses):
        # "What did the aide ask Fulani?" asks for the aide's words too.
        if (verb.lemma_ in SAID or verb.lemma_ == "ask") and verb.pos_ in ("VERB", "AUX"):
            told = verb.i == asked.i and wh.dep_ in ("dobj", "ccomp", "pobj", "dative")
            # Someone else says it; "has been found to contain what" is not said by anyone.
            other = any(c.dep_ in SPEAKERS and c.i != wh.i for c in verb.children)
            return verb if told or other else None
    return None


def rate(text: str) -> str:
    """The time unit the text writes a rate per ("month" for "$8 per month", "monthly
    fee", "day" for "daily", "year" for "annually"), or ""."""
    text = text.lower()
    found = RATE.search(text)
    if found:
        unit = next(g for g in found.groups() if g)
        return "day" if unit == "daily" else unit
    return "year" if ANNUAL.search(text) else ""


def _speaker(doc) -> tuple[frozenset[str], str]:
    """The content stems of the subject of the verb of saying whose content "what" asks
    for, or of the one "how did X react (respond)" asks about: a reaction is what X said
    or wrote (“OUR COUNTRY IS IN BIG TROUBLE …” Trump wrote); and the stem of that
    subject's head word ("aide" of "the palace aide")."""
    # Read from the words: the small tagger takes a lower-case "trump" for the verb.
    reacting = REACTING.search(doc.text)
    if reacting:
        words = [stem(w) for w in tokens(reacting.group(1)) if w not in STOPWORDS]
        return frozenset(words), words[-1] if words else ""
    for t in doc:
        if t.lower_ == "what" and (verb := _saying_verb(t)) is not None:
            # Not "did" the small parser makes a clausal subject of "say" before "will smith".
            subject = [c for c in verb.children if c.dep_ in SPEAKERS and c.i != t.i and c.pos_ != "AUX"]
            words = [w for c in subject for w in c.subtree]
            aux = [c.i for c in verb.children if c.dep_ == "aux" and t.i < c.i < verb.i]
            if not subject and aux:
                # A lower-case name the small tagger takes for an adverb or an auxiliary
                # ("what did verstappen say", "what did trump say") stands where the
                # subject would, between "did" and the verb.
                words = list(doc[aux[0] + 1 : verb.i])
                subject = words[-1:]
            said = frozenset(content_words(" ".join(w.text for w in words)))
            return said, stem(subject[0].text) if subject else ""
    return frozenset(), ""


def _names(doc, focus: str) -> frozenset[str]:
    """Stems of the question's names: proper nouns by tag, or by a capital letter inside a
    sentence (the small tagger takes some names, "Raisi", for verbs). A scene set before the
    question ("Fans and Hollywood stars are paying tribute to Matthew Perry. Which sitcom
    did Perry star in?") names what the answer's sentence need not; the asking sentence's
    own names count, when it has any. A nationality said of the noun asked for ("Which
    African country") is what the answer is, not a name its sentence must repeat: "Kenya"."""

    def named(t) -> bool:
        if t.ent_type_ == "NORP" and t.head.lemma_.lower() == focus and t.dep_ in ("amod", "compound"):
            return False
        return t.pos_ == "PROPN" or (t.i > t.sent.start and t.text[:1].isupper())

    sents = list(doc.sents)
    for sent in (sents[-1:], sents):
        names = frozenset(stem(t.text) for s in sent for t in s if named(t))
        if names:
            return names
    return frozenset()


def _role(doc, focus: str) -> tuple[str, ...]:
    """The asked noun and its compounds, when it has any, with theirs: "vice president" in
    "Who is the vice president of Cuba?", "health secretary" in "Which health secretary …",
    "erie county executive" (the Monroe County Executive is not Erie's)."""
    nouns = [t for t in doc if focus and t.lemma_.lower() == focus] or [
        t
        for t in doc
        if t.dep_ in ("attr", "nsubj") and t.head.lemma_ in ("be", "become") and t.pos_ in ("NOUN", "PROPN")
    ]
    for noun in nouns[:1]:
        compounds = [stem(c.text) for c in _compounds(noun)]
        if compounds:
            return (stem(noun.text), *compounds)
    return ()


def _compounds(noun) -> list:
    """The nouns compounded onto a noun, and onto those, nearest first."""
    found = [c for c in noun.children if c.dep_ == "compound"]
    return [t for c in found for t in (c, *_compounds(c))]


def _to_call(doc) -> bool:
    """Is the asked "number" one to call (PHONE_WORDS), not "the number of" something?"""
    tally = any(t.lower_ == "number" and any(c.lower_ == "of" for c in t.children) for t in doc)
    return not tally and any(t.lemma_.lower() in PHONE_WORDS for t in doc)


def _answer_type(doc) -> tuple[str, tuple[str, ...], str, str]:
    # Quiz questions often set the scene first: "Cranberry sauce is a staple. How many …?"
    doc = list(doc.sents)[-1]
    # "who", "when", "where" ask only when they open the question ("Where did …", "To
    # whom …"); inside it they start a clause ("… this week when she became …").
    opening = {doc[0].lower_} | (
        {doc[1].lower_} if len(doc) > 1 and doc[0].pos_ in ("ADP", "SCONJ") else set()
    )
    for i, t in enumerate(doc):
        if t.lower_ != "how" or i + 1 >= len(doc):
            continue
        nxt = doc[i + 1]
        if nxt.lower_ == "many":
            # "how many of the vaughn prison recommendations" counts recommendations
            start = i + 2
            while start < len(doc) and (doc[start].lower_ == "of" or doc[start].pos_ == "DET"):
                start += 1
            counted = _last_noun(doc, start) or (
                nxt.head if nxt.head.pos_ in ("NOUN", "PROPN") else _next_noun(doc, i + 2)
            )
            return "count", ("CARDINAL", "QUANTITY", "MONEY"), counted.lemma_.lower() if counted else "", ""
        measured = _measured(doc, i)
        if nxt.lower_ == "much" and any(w.lower_ == "time" for w in doc[i + 2 : i + 4]):
            # "how much extra time" asks how long: "an extra 15 minutes".
            return "amount", ("DATE", "TIME", "QUANTITY", "CARDINAL"), "time", DURATION
        if nxt.lower_ == "much" and i + 2 < len(doc) and doc[i + 2].lower_ == "of":
            # "how much of pakistan is underwater" asks a share: "More than one third".
            return "amount", ("PERCENT", "CARDINAL", "MONEY", "QUANTITY"), measured, ""
        if nxt.lower_ == "much":
            # Not a word of price that only describes ("a large charged lemonade"), nor a
            # price that rises or falls, which may change by a share ("how much will data
            # prices drop": "between 16% and 21%").
            if any(
                w.lemma_.lower() in PRICE_WORDS
                and w.dep_ != "amod"
                and not (w.dep_ == "nsubj" and w.head.lemma_.lower() in CHANGES)
                for w in doc[i + 2 :]
            ):
                return "amount", ("MONEY",), measured, ""
            return "amount", ("MONEY", "PERCENT", "QUANTITY"), measured, ""
        if nxt.lower_ == "old":
            return "amount", ("DATE", "QUANTITY", "CARDINAL"), "", AGE
        if nxt.lower_ == "long":
            if i + 2 < len(doc) and doc[i + 2].lower_ == "ago":
                return "date", ("DATE", "TIME"), "", ""  # "how long ago": a point in time, as "when"
            return "amount", ("DATE", "TIME", "QUANTITY", "CARDINAL"), measured, DURATION
        if nxt.lower_ in DISTANCES:
            # A distance carries its unit: "about 4,600 kilometers", not "Four previous
            # missile launches".
            return "amount", ("QUANTITY",), measured, ""
        if nxt.lower_ in AMOUNT_ADVERBS:
            return "amount", ("QUANTITY", "PERCENT", "CARDINAL", "MONEY"), measured, ""
    if "when" in opening:
        return "date", ("DATE", "TIME"), "", ""
    if "where" in opening:
        # "Where was the study published" asks for a journal, which the tagger calls an
        # organization, not for a place.
        if any(t.lemma_ == "publish" for t in doc):
            return "entity", JOURNALS, "", ""
        # "Where did Verstappen finish" asks his place in the order: "finishing the race in
        # fifth" (the small parser may take "finish" for a noun there; "the finish line" is one).
        if any(t.lemma_ in RANKED and t.nbor(1).pos_ not in ("NOUN", "PROPN") for t in doc[:-1]):
            return "entity", ("ORDINAL",), "", ""
        return "entity", PLACES, "", ""
    focus = _focus(doc)
    # "what is the day after thanksgiving called" asks a name, not a date.
    if focus in DATE_NOUNS and _called(doc) is None:
        return "date", ("DATE",), "", focus
    if focus in TIME_NOUNS:
        return "time", ("TIME",), "", focus
    if focus in PERCENT_NOUNS:
        return "amount", ("PERCENT", "CARDINAL"), "", focus
    if focus in QUANTITY_NOUNS:
        return "amount", ("QUANTITY",), "", focus
    if focus == "number" and _to_call(doc):
        return "phrase", (), "", PHONE
    if focus in TALLY_NOUNS and not opening & {"who", "whom"}:
        return "amount", ("CARDINAL", "QUANTITY"), "", focus  # not "who is number one"
    if focus in CHANGE_WORDS and not opening & {"who", "whom"}:
        # "What was the biggest daily spike in covid cases" asks how big: "5,625 cases".
        return "amount", ("PERCENT", "QUANTITY", "CARDINAL", "MONEY"), focus, focus
    if focus in FOCUS_LABELS:
        return "entity", FOCUS_LABELS[focus], "", focus
    if any(
        t.lemma_.lower() == focus and t.ent_type_ == "NORP" and t.dep_ in (*SUBJECTS, "dobj") for t in doc
    ):
        return "entity", PEOPLE, "", focus  # "Which Republican was elected …" asks for one, not the GOP
    if opening & {"who", "whom", "whose"}:
        if any(t.lemma_ in CONTESTS for t in doc):
            # Teams and hosts go by their country's name: "the US men's team defeated Iran".
            return "entity", ("PERSON", "ORG", "GPE"), "", focus
        return "entity", ("PERSON", "ORG"), "", focus
    if focus and _asks_name(doc):
        # "the name of her grandmother" is a name, not "her 85-year-old grandmother"
        return "entity", NAMES, "", focus
    if focus:
        return "phrase", (), "", focus
    # The tagger takes "did" for the main verb when it misreads what follows ("did
    # bankman-fried admit to fraud"); opening the question, it still asks yes or no.
    opens = doc[0].pos_ == "AUX" or doc[0].pos_ == "VERB" and doc[0].lemma_ in ("do", "be", "have")
    # A wh-word of a relative clause asks nothing: "will monahan lift the suspension on liv
    # players who want to come back".
    if opens and not any(t.tag_ in ("WDT", "WP", "WP$", "WRB") and t.head.dep_ != "relcl" for t in doc):
        return "yesno", (), "", ""
    return "phrase", (), "", ""


def _gives_name(verb) -> bool:
    """Does the verb give a name, not a deed done: "who is called the mother of
    thanksgiving" (but "who was called to testify")?"""
    return verb.lemma_.lower() in NAMING_VERBS and not any(c.dep_ == "xcomp" for c in verb.children)


def _asks_by_name(verb) -> bool:
    """Is the naming verb the question's frame: its last word ("what is X also called"), or
    the verb "who" is the subject of ("who is called the mother of thanksgiving")?"""
    words = [t for t in verb.doc if not t.is_punct]
    return verb.i == words[-1].i or any(
        c.lower_ == "who" and c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    )


def _asks_name(doc) -> bool:
    """Does the question ask for "the name of" something, or what something is called?"""
    return _called(doc) is not None or any(
        t.lemma_.lower() == "name" and t.nbor().lower_ == "of" for t in doc[:-1]
    )


def _called(doc):
    """The noun a "what is X called?" question asks the name of ("book"), or None."""
    words = [t for t in doc if not t.is_punct]
    if len(words) < 3 or words[0].lower_ != "what" or words[-1].lower_ not in ("called", "named"):
        return None
    return next((t for t in reversed(words[:-1]) if t.pos_ == "NOUN"), None)


def _focus(doc) -> str:
    """Lemma of the noun a which/what question asks for an instance of, or that a "who
    is the …" question names ("Who is the Cuban president?" asks for a president), or
    whose name a "what is X called" question asks for."""
    if (named := _called(doc)) is not None:
        return named.lemma_.lower()
    for t in doc:
        if t.lower_ == "who" and (noun := _subject_noun(t)) is not None:
            return _hyphened(noun).lemma_.lower()
        if t.lower_ not in ("which", "what", "whose"):
            continue
        noun = t.head if t.dep_ == "det" and t.head.pos_ in ("NOUN", "PROPN") else None
        if noun is None and t.dep_ == "det" and t.head.i == t.i + 1 and _plural_read_as_verb(t.head):
            noun = t.head  # "which states will the stores be in": "states" read as a verb
        if noun is None and t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("NOUN", "ADJ"):
            noun = _next_noun(doc, t.i + 1)
        if (
            noun is None
            and t.i + 2 < len(doc)
            and doc[t.i + 1].pos_ == "VERB"
            and doc[t.i + 1].tag_ == "VBZ"
            and doc[t.i + 2].pos_ == "NOUN"
        ):
            noun = doc[t.i + 2]  # "which pistons player got ejected": a team's name read as a verb
        if noun is not None and noun.i - t.i > 1 and noun.lemma_.lower() in DATE_NOUNS | TIME_NOUNS:
            noun = None  # "use what more than 20 times a day" does not ask for a time
        if noun is None:
            # "What is the name of the company …" / "Which of the following countries …"
            noun = _subject_noun(t)
        while noun is not None and noun.lemma_.lower() in EMPTY_NOUNS:
            noun = of_object(noun)
        if noun is not None:
            return _hyphened(noun).lemma_.lower()
    return ""


def whose_places(question: Question) -> frozenset[str]:
    """The question's places that say which thing it asks about, written before it
    ("delaware's minimum wage", "the virginia store"), not where it happened ("… in
    delaware", which a story's dateline or lead often tells instead)."""
    return frozenset(
        stem(t.text)
        for t in parse(question.text)
        if t.dep_ in ("poss", "compound", "amod") and stem(t.text) in question.places
    )


def _plural_read_as_verb(t) -> bool:
    """Is the word a plural noun the small parser reads as a verb ("states" after "which")?"""
    return t.tag_ == "VBZ" and t.dep_ in ("nsubj", "dobj", "nsubjpass", "csubj")


def _hyphened(noun):
    """The last noun of a hyphened one the tokenizer split: "chairs" of "co-chairs", which
    the parser reads as three nouns and "co" the one asked for."""
    doc = noun.doc
    while noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-" and doc[noun.i + 2].pos_ == "NOUN":
        noun = doc[noun.i + 2]
    return noun


def _a_time(word: str) -> bool:
    """Does the tagger read the word, alone, as a date or time ("winter", not "teacher")?"""
    return bool(labels_alone(word) & {"DATE", "TIME"})


def _last_noun(doc, start: int):
    """The noun that ends the phrase from `start`: "stores" in "how many bed bath & beyond
    stores are still open", where the parser hangs "many" from "Bath"."""
    last, before = None, ""
    for t in doc[start:]:
        if t.pos_ in ("NOUN", "PROPN"):
            last = t
        elif t.pos_ not in ("ADJ", "NUM", "PART") and t.text != "&" and before != "&":
            break  # "&" and the word after it belong to the name, whatever the tagger makes of them
        before = t.text
    return last


def _measured(doc, i: int) -> str:
    """The lemma of the common noun "how much / long / big …" asks the measure of: "damage"
    in "how much damage did the fire cause", "report" in "how long is the ethics committee
    report", "grant" in "how big was the grant NextFab got"; "" when it asks of a name or a
    deed ("how far did osiris-rex travel")."""
    after = doc[i + 2] if i + 2 < len(doc) else None
    if after is not None and after.pos_ == "NOUN":
        return after.lemma_.lower()
    # The small parser hangs the subject from "did" or "last" as often as from the verb.
    # A subject that does something to an object is the doer, not what is measured: "how
    # much more do people use cannabis" asks how much more they use it, not of people (but
    # what costs someone something is what is priced: "the proposal" of "… cost the studios").
    subjects = [
        t
        for t in doc[i + 2 :]
        if t.dep_ in ("nsubj", "nsubjpass")
        and t.pos_ == "NOUN"
        and (t.head.lemma_ == "cost" or not any(c.dep_ == "dobj" and c.i > i + 1 for c in t.head.children))
    ]
    return subjects[0].lemma_.lower() if subjects else ""


def _next_noun(doc, start: int):
    for t in doc[start : start + 4]:
        if t.pos_ in ("NOUN", "PROPN"):
            return t
    return None


def _subject_noun(wh):
    if wh.dep_ in ("attr", "nsubj", "dobj") or wh.lower_ == "which":
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in wh.children):
            return of_object(wh)
        if wh.head.lemma_ == "be":  # "What is the name of …", not "What did people put …"
            for c in wh.head.children:
                # A role is a noun, or a capitalised one the tagger reads as a name, which
                # "the" tells apart: "Who is the Speaker of …", not "Who is Taylor Swift".
                role = c.pos_ == "NOUN" or (c.pos_ == "PROPN" and any(d.dep_ == "det" for d in c.children))
                if c is not wh and c.dep_ in ("nsubj", "nsubjpass", "attr") and role:
                    return c
    return None


def _kind_of(doc) -> frozenset[str]:
    """The stems of Y in "what kind (type, sort) of X is Y": the other side of its "be"."""
    for t in doc:
        if t.lemma_.lower() in ("kind", "type", "sort") and t.head.lemma_ == "be":
            asked = {x.i for x in t.subtree}  # "kind of dog"
            sides = [c for c in t.head.children if c.i not in asked and c.dep_ in ("attr", "nsubj")]
            return frozenset(w for c in sides for w in content_words(" ".join(x.text for x in c.subtree)))
    return frozenset()


def _doing(noun) -> bool:
    """Is the noun the subject of a verb in progress, not a role: "who is family pharmacy
    selling its assets to", which the small parser reads as "who is <family pharmacy>"?"""
    return any(c.dep_ == "acl" and c.tag_ == "VBG" for c in noun.children)


def objects_of(token, preposition: str = "of") -> list:
    """The objects of the token's `preposition` ("fires" of "reports of fires", "the first
    female mayor" of "make history as the first female mayor")."""
    return [
        o
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == preposition
        for o in c.children
        if o.dep_ == "pobj"
    ]


def of_object(token):
    """The object of the token's "of" ("caffeine" of "mg of caffeine"), or None."""
    return next(iter(objects_of(token)), None)
