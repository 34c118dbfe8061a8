"""Which scored candidates a factoid reply may show, and which it shows.

`supported`: a candidate may be shown only from a sentence that names what the question
names and holds more of it than its names, counting the asked thing for "how many", and
not being the one the question itself names. `settle`: of the supported ones that clear
the fitted threshold, the best, reordered where the text says more than the scorer sees
(a title the text gives for "who is the X", a sentence that restates the question, one
that names the asked day, one that writes the question's "last year"), or two when
stories disagree on a count. Does not find or score candidates (candidates.py, scorer.py).
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import replace
from datetime import date

from .bearing import asked_about, does_asked, done_to_asked, other_ordinal, restates
from .candidates import DATE_SCALE_DAYS, Candidate
from .furniture import labels_only, readable
from .mentions import clause_subject, deed, doer, done_by_another, owned_by_another, phrase_head
from .question import AGE, DURATION, FOCUS_LABELS, PEOPLE, PERCENTS, Question, rate
from .sentences import Sentence, another_of_kind, span_at
from .text import CALENDAR_WORDS, DOTTED, WEEKDAYS, initials, parse, spelled_out, stem, tokens
from .titles import headline, holders
from .when import TIME_UNITS, years_written

# The auxiliaries a question's subject follows: "how many points did donovan mitchell score".
AUXILIARIES = {"did", "does", "do", "has", "have", "had", "will", "was", "is"}
# The words of a question a sum of money says by being one: "cost", "price", "worth".
MONEY_SAYS = frozenset(stem(w) for w in ("cost", "price", "worth", "value"))
# Verbs that carry no deed of their own: "who got the win" is told by "… retired two
# batters for his first career win", and "did" may be taken for the deed.
LIGHT_VERBS = {"be", "do", "have", "get"}
# Endings of nouns made from verbs ("acquisition", "appointment", "refusal"): one's deed.
DEED_ENDINGS = ("tion", "sion", "ment", "al", "ance", "ence", "ure")
PLACED_AT = {"at", "inside"}  # a thing "at" or "inside" a name is there: the name is a place
TIME_STEMS = frozenset(stem(u) for u in TIME_UNITS)  # what "a three-hour …" counts
# A rival count or amount from another story is shown beside the best one when it scores
# at least this share of the best one's probability.
RIVAL_SHARE = 0.9
# Of the candidates that clear the threshold, the best this many are reordered so one
# whose sentence restates the question leads (`settle`).
RESTATED_AMONG = 3


# A sentence holding none of the question's words besides its names still supports an
# answer when it comes this close to the question in meaning: "In Alaska Airlines, we are
# joining an airline that …", said by Hawaiian Airlines' chief, answers "Which carrier is
# merging with Alaska Airlines?" (best cosine 0.63); "a meeting in Tehran with Díaz-Canel"
# does not say where he was born (0.23).
RELATED_COSINE = 0.5
# A candidate whose sentence names the asked day goes first if it is among this many best
# and scores at least this share of the best.
DAY_AMONG = 5
DAY_SHARE = 0.5
# A candidate whose sentence places its deed in the question's own relative time ("last
# year") goes first if it is among this many best supported ones and its article is of the
# question's time: within this many days of the question's date for the time's last word,
# read from Evidence.date_near. An article three weeks old has its own "last week".
TIMED_AMONG = 8
# A story this much farther from the question's date (in Evidence.date_near, whose fall-off
# is two weeks: about two months) than the nearest supported answer's does not answer by
# stating it: it tells of another time's event.
STATED_FAR_SHARE = 0.01
TIMED_DAYS = {"yesterday": 1, "night": 1, "week": 3, "weekend": 3, "month": 10, "season": 28, "year": 28}
# A weekday the question names is one of its own week: an article this many days from the
# question's date tells of another "Tuesday".
WEEKDAY_DAYS = 10


def days_asked(question: Question) -> set[str]:
    """The days, months and years the question names: "monday", "2022"."""
    return {
        w
        for t in question.time_words
        for w in tokens(t)
        if w in CALENDAR_WORDS or (w.isdigit() and len(w) == 4)
    }


def _words(c: Candidate) -> set[str]:
    """The words of its sentences, with the weekday that "today" or "yesterday" is by
    the article's date."""
    words = set()
    for s in c.sentences:
        said = set(tokens(s.text))
        published = s.hit.article.published
        for word, back in (("today", 0), ("tonight", 0), ("yesterday", 1)):
            if word in said and published:
                said.add(calendar.day_name[(date.fromisoformat(published[:10]).weekday() - back) % 7].lower())
        words |= said
    return words


def supported(question: Question, c: Candidate) -> bool:
    """May this candidate be shown at all? A sentence of it must name every proper noun of
    the question (or its article's title must), so "signed in Havana" is not answered from
    a sentence about Tehran; a name common across a large corpus ("US" in American news)
    need not be there (`Sentence.untold`). Besides the names, it must hold another word of
    the question or come close to it in meaning (`Sentence.related`, RELATED_COSINE). With
    the title it must share two of the question's words (one for a one-word question). A
    count must count the asked thing, and one of a series ("game 2") must be the one the
    sentence or its title says. A name the question gives is who asks, not who is
    asked for: "Kathy McGuiness" does not answer "Which judge ruled on McGuiness's
    convictions?" (but "Hawaiian Airlines" may answer what merges with Alaska Airlines)."""
    need = min(2, len(question.terms))
    if asks(question, c):
        return False
    if question.serials and not any(
        question.serials <= _serials(s, at) for s, at in zip(c.sentences, c.spans)
    ):
        return False  # "4-1" from the opener does not answer "the score of game 2"
    if question.focus == AGE and c.evidence.titled >= 1:
        return told_all(c)  # "Mohammadi, 51," is about her age without the word "old"
    if c.sentences and all(labels_only(s.text) for s in c.sentences):
        return False  # "Jets' Zach Wilson vs. Chiefs' Patrick Mahomes stats" says who played, not who won
    if (
        question.doing
        and c.sentences
        and all(
            _other_deed(question, s, at) or _aside(question, s, at) or _beside(question, c, s, at)
            for s, at in zip(c.sentences, c.spans)
        )
    ):
        return False  # "The Norwegian Nobel Committee will announce the winner" is not who won
    if (
        question.doing
        and c.label in PEOPLE + ("ORG",)
        and any(_located(s, at) for s, at in zip(c.sentences, c.spans))
    ):
        return False  # "The Super Bowl Experience at Margaret T. Hance Park" is where, not who performs
    if question.object_of[0] and c.sentences and not any(_deed_told(question, s.text) for s in c.sentences):
        return False  # "Currently SpaceX controls where … terminals can be used" is not whom Ukraine asked
    if question.object_of[0] and c.sentences and all(done_to_asked(question, s.text) for s in c.sentences):
        return False  # "Saied … decision to sack Mechichi" is not whom Mechichi sacked
    if question.object_of[0] and titled_subject(question, c):
        return False  # "Saied" ("President Kais Saied") is not whom Tunisia's president sacked
    if (
        question.undergone
        and c.sentences
        and all(_does_instead(question, s, at) for s, at in zip(c.sentences, c.spans))
    ):
        return False  # "Sheriff Ronnie Fields said …": he speaks, and no one is arrested
    if c.sentences and all(_other_year(question, s) for s in c.sentences):
        return False  # "a Farm Bureau survey in 2022 found … $64.05" is no 2024 price
    if days_asked(question) & WEEKDAYS and c.evidence.date_near < math.exp(-WEEKDAY_DAYS / DATE_SCALE_DAYS):
        return False  # "The state on Tuesday reported … 11 more deaths" a year before is not this Tuesday's
    if c.sentences and all(other_ordinal(question, s.text) for s in c.sentences):
        return False  # "… will co-moderate the second Republican … debate" is not the first
    if c.sentences and all(done_by_another(question, s) for s in c.sentences):
        return False  # "Carper spent close to $3 million" is not what Harris spent
    if c.sentences and all(
        another_of_kind(s.article, s.start, s.end, question.names, question.kinds_named) for s in c.sentences
    ):
        return False  # "… the size of the fire at 105 acres" after "The Highland Fire …" is no Rabbit Fire's
    if c.sentences and all(owned_by_another(question, s) for s in c.sentences):
        return False  # "… $5 million of his signing bonus" (Betts's) is not Ohtani's
    if FOCUS_LABELS.get(question.focus) == PEOPLE and any(
        _whose(question, s, at) for s, at in zip(c.sentences, c.spans)
    ):
        return False  # "the four Wilmington police officers": Wilmington is none of them
    if question.answer_type == "count" and not c.evidence.unit_match and not _counted_otherwise(question, c):
        return False  # "How many documents" is not answered by "two countries"
    if (
        question.answer_type == "count"
        and question.names
        and c.sentences
        and all(_tallied_by_another(question, s, at) for s, at in zip(c.sentences, c.spans))
    ):
        return False  # "Jarrett Allen led the way … with 19 points" are not Mitchell's points
    if (
        question.answer_type == "count"
        and c.sentences
        and all(_doing_counted(question, s, at) for s, at in zip(c.sentences, c.spans))
    ):
        return False  # "32 residents testing positive" are not all the residents Newtok had
    if question.per and not any(rate(s.text) == question.per for s in c.sentences):
        return False  # "spent more than $1 million in improvements" is no monthly rent
    if (
        c.label == "MONEY"
        and _amount_of_thing(question)
        and all(_unit_price(s, at) for s, at in zip(c.sentences, c.spans))
    ):
        return False  # "The soup, $5.95 a bowl" is not how much soup the recipe makes
    if question.focus == DURATION and not c.evidence.type_match:
        return False  # "How long is the report" is not answered by "Thursday"
    if question.focus in PERCENTS and c.label != "PERCENT":
        return False  # "50" lawmakers is no share of Mississippi's people
    shared = max([c.evidence.overlap, *(s.titled_overlap for s in c.sentences)])
    if (
        c.label == "MONEY"
        and question.terms & MONEY_SAYS
        and any(_priced(question, s, at) for s, at in zip(c.sentences, c.spans))
    ):
        # A sum set on the asked thing says what it costs or is worth: "KentuckyWired, a $1.5
        # billion project" for "how much does kentuckywired cost" (the sentence may write
        # "cost" too: at most all).
        shared = min(1.0, shared + len(question.terms & MONEY_SAYS) / len(question.terms))
    told = told_all(c)
    # For "who is the X", a mention titled X is what relates the sentence to the question.
    related = (
        any(s.related or s.relevance >= RELATED_COSINE for s in c.sentences)
        or not c.sentences
        or (question.identity and c.evidence.titled >= 1)
    )
    return told and related and shared * len(question.terms) >= need - 1e-9


def _counted_otherwise(question: Question, c: Candidate) -> bool:
    """Does a sentence of it say all the question asks about but the counted noun, so its
    number counts the asked thing in other words: "Eleven former PGA Tour members … have
    sued the PGA Tour" for "how many players sued the pga tour" ("Boys Soccer Player of
    the Year" names an award, not players). The scorer still weighs the unit: "two
    countries" stays behind "seven cooperation documents"."""
    unit = stem(question.unit)
    rest = replace(question, terms=question.terms - {unit})
    if c.counts & rest.terms:
        return False  # "a two-thirds vote" counts votes, not the republicans who voted
    if c.counts & TIME_STEMS:
        return False  # "a three-hour conversation" counts hours, not the republicans who voted
    if c.spans and all(
        end and s.article.text[end : end + 1] == "-" for s, (_, end) in zip(c.sentences, c.spans)
    ):
        return False  # "zero-Covid policies": a number joined to a word describes it, counts no one
    # A sentence that writes the counted noun itself counts it where it does: "7,000"
    # beside "sent additional troops and fighter jets" counts troops.
    return bool(asked_about(rest)) and any(
        restates(rest, s) and unit not in {stem(w) for w in re.findall(r"\w+", s.text) if w.islower()}
        for s in c.sentences
    )


# A sum written per one of a thing ("$5.95 a bowl", "$30 per person"); per a time is a rate (`rate`).
PER_UNIT = re.compile(r"\s+(?:a|an|per|each)\s+([a-z]+)\b")


def _amount_of_thing(question: Question) -> bool:
    """Does "how much X" ask how much of a thing there is or was done with ("how much soup
    does the recipe make", "how much cheese was stolen"), not what it costs: "how much is
    gas", or a word of price, which asks a sum alone ("how much did the hot pot cost";
    question._answer_type)?"""
    root = next((t for t in parse(question.text) if t.dep_ == "ROOT"), None)
    return (
        question.answer_type == "amount"
        and bool(question.unit)
        and question.labels != ("MONEY",)
        and root is not None
        and root.lemma_ != "be"
    )


def _unit_price(s: Sentence, at: tuple[int, int]) -> bool:
    """Is the sum at the article offsets `at` written as the price of one of a thing: "$5.95 a bowl"?"""
    per = PER_UNIT.match(s.text, at[1] - s.start)
    return per is not None and per.group(1) not in TIME_UNITS


def _doing_counted(question: Question, s: Sentence, at: tuple[int, int]) -> bool:
    """Does the number count only those of the asked noun that do something, where the
    question asks how many there are or one has: "with 32 residents testing positive for
    the coronavirus" for "how many residents did newtok have"?"""
    if question.verbs - LIGHT_VERBS:
        return False
    mention = span_at(s, at)
    if not mention:
        return False
    root = mention.root
    noun = root.head if root.dep_ == "nummod" else root
    # (Not a clause on the noun that only describes it: "189 members that …".)
    return noun.dep_ == "nsubj" and noun.head.dep_ in ("pcomp", "acl")


def _other_deed(question: Question, s: Sentence, at: tuple[int, int]) -> bool:
    """Does the sentence have the mention at `at` do something else than what a "who"
    question asks the doer of, and nobody do that, or have the deed done to it? "The
    Norwegian Nobel Committee will announce the winner" has no one win; "Esi Edugyan, who
    chaired the judging panel, said …" and "Weah celebrates after scoring" do the asked
    deed as well."""
    # Not a light verb: the tagger may take "did" for the deed ("who did diaz-canel meet").
    # Other verbs on the stop list are deeds: "own" in "who owns the train".
    doing = {stem(d) for d in question.doing if d not in LIGHT_VERBS}
    if not doing:
        return False
    mention = span_at(s, at)
    if not mention:
        return False  # the article's date line
    doc = mention.doc
    root = phrase_head(mention.root)
    # A participle that only describes ("a painted portrait") is no deed anyone does, nor
    # is a passive that names no doer: "the boycott is designed to put pressure on Gunn"
    # has nobody design the flag.
    done = any(
        t.pos_ == "VERB"
        and t.dep_ != "amod"
        and (stem(t.lemma_) in doing or any((d, stem(t.text)) in question.kin for d in doing))
        and not _undone(t)
        for t in doc
    )
    # The deed's own noun for the part one takes is the deed done: "Now Tiffany Haddish
    # will take the reins as host" for "who's hosting kids say the darndest things".
    if not done and any(_as_doer(t, doing) for t in doc):
        return False
    # The passive subject of the asked deed is whom it was done to: "Trump has been
    # nominated for the 2019 prize by U.S. Republican congressional members" does not say
    # who nominated Mukwege. Nor does one that undergoes another deed, where nobody does the
    # asked one: "Newark Police Department has not been contacted …" does not own the train.
    if root.dep_ == "nsubjpass":
        return stem(root.head.lemma_) in doing or not done
    # Nor does the object of the asked deed: "Monster sued City Attorney Dennis Herrera"
    # does not say who sued Monster.
    if root.dep_ == "dobj" and stem(root.head.lemma_) in doing:
        return True
    # Nor does one named as the owner of a thing, where nobody does the deed: "Fans will
    # have to wait for Donovan Mitchell's first magical shot barrage" says nobody coached.
    # One's work or deed is theirs by doing it: "Brenda Lee’s “Rockin’ Around the Christmas
    # Tree”", "Alaska Airlines’ acquisition of Virgin America".
    if root.dep_ == "poss" and not done:
        return not (_quoted_after(root) or root.head.lower_.endswith(DEED_ENDINGS))
    verb = deed(root)
    return verb is not None and verb.lemma_ != "be" and not done


def _as_doer(t, doing: set[str]) -> bool:
    """Is the word the asked deed's noun, told as the part one takes ("as host", "as host
    and executive producer", which the parser may hang from the last noun)?"""
    return (
        t.pos_ == "NOUN"
        and stem(t.lemma_) in doing
        and any(a.lower_ == "as" and a.pos_ in ("ADP", "SCONJ") for a in t.ancestors)
    )


def _quoted_after(token) -> bool:
    """Does a quote mark open right after the token's phrase (a work's title follows)?"""
    doc = token.doc
    after = [t for t in doc[token.i + 1 : token.i + 3] if t.tag_ != "POS"]
    return bool(after) and after[0].is_quote


def _deed_told(question: Question, text: str) -> bool:
    """Does the text tell the deed whose object "who did X meet" asks for, or anything else
    the question asks about? The deed may be written as the verb, inside a word ("a meeting
    with …", "Israeli airstrikes pounded …") or in the text's word for it (`Question.kin`);
    a text that holds another asked word or name than the doer's may word the deed
    otherwise still ("his role as Chandler Bing on "Friends"" for "who did matthew perry
    play on friends")."""
    verb = question.object_of[0]
    if does_asked(replace(question, verbs=frozenset({verb})), text):
        return True
    written = set(tokens(text))
    if len(verb) >= 4 and any(verb in w for w in written):
        return True
    doer = question.object_of[2]
    rest = (asked_about(question) | question.names) - doer - {stem(verb)}
    return bool(rest & {stem(w) for w in written})


def _does_instead(question: Question, s: Sentence, at: tuple[int, int]) -> bool:
    """Is the mention at `at` not what anything is done to, in a sentence that does not tell
    the deed a "who was arrested" question asks whom it was done to? Who speaks there is
    not whom it was done to ("… Sheriff Ronnie Fields said"); one the sentence does
    something to may be, told in other words ("The man accused of attacking Cpl. Keith
    Heacook …" for "who was killed in delmar", "identified as Audrey Hale")."""
    if does_asked(replace(question, verbs=question.undergone), s.text):
        return False
    mention = span_at(s, at)
    if mention is None:
        return False
    root = phrase_head(mention.root)
    return root.dep_ not in ("dobj", "nsubjpass") and not (root.dep_ == "pobj" and root.head.lower_ == "as")


def _undone(verb) -> bool:
    """Is the verb a passive that names no one doing it?"""
    deps = {c.dep_ for c in verb.children}
    return "nsubjpass" in deps and "agent" not in deps


def _beside(question: Question, c: Candidate, s: Sentence, at: tuple[int, int]) -> bool:
    """Is the organisation at `at` only named beside the story, in a sentence that tells
    nobody doing what a "who" question asks the doer of, as neither its subject nor what
    its subject is? An organisation is named for many reasons (an outlet, a partner, a
    maker): "Ghost Robotics has partnered with the US Defense Department" does not say
    who founded it; "the Kansas City Chiefs take on the Philadelphia Eagles" says who plays."""
    mention = span_at(s, at) if c.label == "ORG" else None
    if not mention:
        return False
    # A name just before a verb is its subject, whatever the parser hung it from ("as
    # the Kansas City Chiefs take on …", parsed as the object of "as").
    verb_next = mention.end < len(mention.doc) and mention.doc[mention.end].pos_ == "VERB"
    if verb_next or phrase_head(mention.root).dep_ in ("nsubj", "nsubjpass", "attr"):
        return False
    # Last, as it parses the sentence with its title: the mention's own parse is cached.
    return not does_asked(question, f"{s.text} {s.article.title}")


def _timed(question: Question, c: Candidate) -> bool:
    """Does its best sentence write the question's relative time ("last year", "yesterday")
    in an article of the question's time, and is it of the asked type?"""
    said = [t for t in question.time_words if t.split()[0] in ("last", "yesterday")]
    return c.evidence.type_match >= 1 and any(
        c.evidence.date_near >= math.exp(-TIMED_DAYS.get(t.split()[-1], 0) / DATE_SCALE_DAYS)
        and re.search(rf"\b{re.escape(t)}\b", c.sentences[0].text, re.I)
        for t in said
    )


def _other_year(question: Question, s: Sentence) -> bool:
    """Does the sentence name years, none of them the one the question asks about? Its
    "last year" is the year before its article's."""
    asked = {d for d in days_asked(question) if d.isdigit()}
    said = years_written(s.text, s.article.published)
    return bool(asked) and bool(said) and not asked & said


def _whose(question: Question, s: Sentence, at: tuple[int, int]) -> bool:
    """Does the mention at `at` only say whose the asked people are, a word before the
    asked noun ("Wilmington" in "the four Wilmington police officers" for "which officer
    fired first")?"""
    mention = span_at(s, at)
    if not mention:
        return False
    head = mention.root
    while head.dep_ in ("compound", "poss", "amod") and head.head.i != head.i:
        head = head.head
    return head.i != mention.root.i and head.lemma_.lower() == question.focus


def _aside(question: Question, s: Sentence, at: tuple[int, int]) -> bool:
    """Is the mention at `at` told of in a clause that describes someone else, doing
    something else than what a "who" question asks the doer of? "… a Yazidi Kurdish
    activist who was held captive and raped by members of the Islamic State group are the
    winners …" does not have the Islamic State win."""
    mention = span_at(s, at)
    if not mention:
        return False
    # The clause of the verb nearest above it: "raped", of "who was held captive and raped
    # by …", describes the activist; "take" in "… packed with storylines as the Kansas City
    # Chiefs take on the Philadelphia Eagles" tells what the Chiefs do.
    clause = next((t for t in mention.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    while clause is not None and clause.dep_ == "conj":
        clause = clause.head
    if clause is None or clause.dep_ != "relcl":
        return False
    deeds = {clause, *(c for c in clause.children if c.dep_ == "conj")}
    return not any(d.lemma_.lower() in question.doing for d in deeds)


def _located(s: Sentence, at: tuple[int, int]) -> bool:
    """Is the mention at `at` where a thing is, not who does anything: "The Super Bowl
    Experience at Margaret T. Hance Park runs …" (a park the tagger takes for a person)?"""
    mention = span_at(s, at)
    if not mention:
        return False
    head = phrase_head(mention.root)
    return head.dep_ == "pobj" and head.head.lower_ in PLACED_AT and head.head.head.pos_ in ("NOUN", "PROPN")


def _tallied_by_another(question: Question, s: Sentence, at: tuple[int, int]) -> bool:
    """Is the count at `at` told of a person the question does not name, as the subject of
    its clause: "Center Jarrett Allen led the way for the Cavs with 19 points" for "how many
    points did donovan mitchell score" (not "He finished with 11 points")?"""
    asked = _asked_subject(question)
    if not asked or not asked <= question.names or question.unit in TIME_UNITS:
        # "how many states are in the conference" asks no one's count; "how many days after
        # trump launched" counts the days between two deeds, whoever did the first
        return False
    mention = span_at(s, at)
    subject = clause_subject(mention.root) if mention is not None else None
    if subject is None or subject.ent_type_ != "PERSON":
        return False
    named = {stem(t.text) for t in doer(subject) if t.pos_ == "PROPN"}
    return bool(named) and not named & asked


def _priced(question: Question, s: Sentence, at: tuple[int, int]) -> bool:
    """Is the sum at `at` set on a noun standing beside a word of the question, as the asked
    thing's own: "KentuckyWired, a $1.5 billion project" (not "Swift tickets selling
    for around $150" for what tickets to the AMAs cost)?"""
    mention = span_at(s, at)
    if mention is None:
        return False
    noun = mention.root.head
    return (
        mention.root.dep_ in ("nummod", "compound", "amod")
        and noun.dep_ == "appos"
        and stem(noun.head.text) in question.terms
    )


def _asked_subject(question: Question) -> set[str]:
    """The stems of the names right after the question's auxiliary, its subject: {"donovan",
    "mitchell"} of "how many points did donovan mitchell score" (read from the words: the
    small parser takes a lower-case "score" there for a noun)."""
    words = tokens(question.text)
    at = next((i for i, w in enumerate(words) if w in AUXILIARIES), None)
    subject = set()
    for w in words[at + 1 :] if at is not None else []:
        if stem(w) not in question.names:
            break
        subject.add(stem(w))
    return subject


def _serials(s: Sentence, at: tuple[int, int]) -> set[str]:
    """The numbers the sentence and its article's title write beside the mention at `at`:
    the "2" of a "2-0" score is no "game 2"."""
    text = s.article.text
    return {
        w for w in tokens(f"{text[s.start : at[0]]} {text[at[1] : s.end]} {s.article.title}") if w.isdigit()
    }


def first_readable(c: Candidate) -> Sentence:
    """The candidate's best sentence that is not a headline fragment, credit or byline
    ("Patrick Dempsey named People's Sexiest Man Alive for 2023" is a headline)."""
    return next((s for s in c.sentences if readable(s.text)), c.sentences[0])


def told_all(c: Candidate) -> bool:
    """Does a sentence of it name every name of the question a sentence must?"""
    return min((s.untold for s in c.sentences), default=c.evidence.missing) == 0


def asks(question: Question, c: Candidate) -> bool:
    """Is the candidate one the question itself names: a person by the surname the question
    gives, anything else by all its words or by the short form it goes by ("United States
    Men's National Team" for "usmnt")?"""
    # (A possessive's "s" is no word of the name: "Helen's" is the Helen's a question names.)
    words = [stem(w) for w in tokens(c.text) if w != "s"]
    # A mark glued to a name makes it another: "Disney+" is not the Disney it streams for.
    if c.label == "OPTION" or not words or re.search(r"\w[+#]", c.text):
        return False
    return (
        (c.label == "PERSON" and words[-1] in question.names and not _kin(question, words, c))
        or set(words) <= question.names
        or _goes_by(c.text, question.names)
        or _part_of_short(c, question.names)
        or _dotted(c.text) in question.names
    )


def _dotted(name: str) -> str:
    """A short form written with points, as typed without them: "us" for "U.S."."""
    return name.replace(".", "").lower() if DOTTED.fullmatch(name) else ""


def _kin(question: Question, words: list[str], c: Candidate) -> bool:
    """Is the person another of the family the question names in full: "Marc Lasry" for
    "who is alex lasry's father", where the article writes "Alex Lasry"?"""
    given = question.names - set(words)
    if not given:
        return False
    # Each article once: a candidate's best sentences are often of one article.
    for article in {s.article.id: s.article for s in c.sentences[:3]}.values():
        said = [stem(w) for w in tokens(article.text)]
        if any(a in given and b == words[-1] for a, b in zip(said, said[1:])):
            return True
    return False


def _goes_by(name: str, names: frozenset[str]) -> bool:
    """Is one of `names` the short form of the whole name (three letters or more)?"""
    short = max(initials(name), key=len, default="")
    return len(short) >= 3 and short in names


def _part_of_short(c: Candidate, names: frozenset[str]) -> bool:
    """Is the candidate written as part of a name one of `names` is the short form of:
    "Jewish Coalition" of "Republican Jewish Coalition" for "rjc"? The tagger often splits
    a leading "Republican" off."""
    shorts = [n for n in names if len(n) >= 3 and n.isalpha()]
    return any(c.text in full for s in c.sentences for short in shorts for full in spelled_out(short, s.text))


def given_only(question: Question) -> bool:
    """Is the question answered only by what the text gives the one asked about, a title
    ("Cuban President Miguel Díaz-Canel") or an age ("Mohammadi, 51,"), never by how a
    sentence scores?"""
    return question.identity or question.focus == AGE


def settle(question: Question, ranked: list[Candidate], threshold: float) -> list[Candidate]:
    """What to show: nothing (a refusal) when no supported candidate reaches the threshold;
    two candidates when sources disagree on a count or amount; otherwise the best."""
    ranked = [c for c in ranked if supported(question, c)]
    if given_only(question):
        # "Cuban President Miguel Díaz-Canel" states who the Cuban president is, whatever
        # the scorer makes of the rest of its sentence; "President Raisi … his Cuban
        # counterpart" does not, and nobody titled "ambassador" answers who the
        # ambassador is (`Evidence.titled`). Likewise "Lynch, 46," states Lynch's age.
        # So does a sentence that states it: "The Bidens also have a cat named Willow."
        return [c for c in ranked if c.evidence.titled >= 1 or (c.stated and not c.historical)][:1]
    # A question that names no time asks about its day's news, not what a sentence dates
    # years before: not "Casey Stengel" for "who won the world series" in November 2023.
    pool = [c for c in ranked if not c.historical]
    # A sentence that writes the question's "last year", in an article of the question's
    # time, places its deed in the asked year, whatever the scorer or the stating rule
    # below make of the rest: "Last year, the five-person Norwegian committee awarded the
    # coveted prize to Denis Mukwege …" for "who won the nobel peace prize last year", not
    # "Last month, Thunberg won the Right Livelihood award …".
    timed = [c for c in pool[:TIMED_AMONG] if _timed(question, c)]
    if timed and timed[0] is not pool[0]:
        return [timed[0]]
    # What a sentence states the asked thing to be answers it, as a title answers who holds
    # a role, however the scorer weighs the rest of the sentence.
    # What kind of thing one is does not date ("Commander, a German Shepherd who was gifted
    # to the Bidens in December 2021").
    # Not from a story of another time, when the question's own time has an answer: "… by
    # late Wednesday" of a 2022 outage is no answer to "when will duke energy restore power"
    # asked in April 2020, beside "… from late Tuesday to 11:59 p.m. Thursday" of then.
    nearest = max((c.evidence.date_near for c in ranked), default=0.0)
    told = [
        c
        for c in ranked
        if c.stated
        and (not c.historical or question.kind_of)
        and c.evidence.date_near >= STATED_FAR_SHARE * nearest
    ]
    if told:
        return told[:1]
    ranked = [c for c in pool if c.score >= threshold]
    if not ranked:
        return []
    if question.answer_type == "entity" and question.focus:
        ranked.sort(key=lambda c: c.evidence.titled < 1)  # the text's own title first
    elif question.focus:
        # A phrase headed by the asked noun is an instance of it: "Jabaliya refugee camp",
        # not the headline's "Israeli airstrikes", for "which refugee camp did israel strike".
        ranked[:RESTATED_AMONG] = sorted(ranked[:RESTATED_AMONG], key=lambda c: -c.evidence.type_match)
    # A candidate whose sentence says what the question asks about goes before one whose
    # sentence only names its subject: "Kigali" in "Prince Charles' opening speech at the
    # Commonwealth Heads of Government Meeting in Kigali" before "Rwanda" in "Prince
    # Charles arrived in Rwanda" for "where did prince charles give his commonwealth speech".
    # Only a rival as much of the asked type as the best one moves: not "Trump" (in "Trump
    # has awarded the National Medal of Arts") before "National Medal of Arts" for "What
    # award did Jon Voight get …?".
    first = ranked[0].evidence

    def order(c: Candidate) -> tuple[int, bool]:
        if c.evidence.type_match < first.type_match or c.evidence.kind_of < first.kind_of:
            return 2, True  # stays behind, as ranked
        restated = c.sentences and restates(question, first_readable(c), led=question.measured)
        # Then a count of what had the asked deed done: "liquidated 115 locations" before
        # "11 buybuy Baby locations are set to reopen" for "how many locations did buybuy
        # baby liquidate".
        return (0 if restated else 1), not _deed_counted(question, c)

    ranked[:RESTATED_AMONG] = sorted(ranked[:RESTATED_AMONG], key=order)
    # A question that names its day asks about that day's news: "Eleven more hostages were
    # released by Hamas on Monday" before "Hamas is expected to release another 10 hostages
    # today" for "how many hostages were released monday".
    days = days_asked(question)
    if days and not days & _words(ranked[0]):
        dated = [c for c in ranked[:DAY_AMONG] if c.score >= DAY_SHARE * ranked[0].score and days & _words(c)]
        if dated:
            ranked.remove(dated[0])
            ranked.insert(0, dated[0])
    best = within(ranked[0], pool)
    if question.answer_type in ("count", "amount"):
        for rival in ranked[1:4]:
            if (
                rival.score >= max(threshold, RIVAL_SHARE * best.score)
                and not rival.stories & best.stories
                and rival.evidence.unit_match >= best.evidence.unit_match
            ):
                return [best, rival]
    return [best]


def _deed_counted(question: Question, c: Candidate) -> bool:
    """Does the candidate's number count the object or subject of a verb the question
    writes ("liquidated 115 locations")? The verb is read from the question's words: the
    small parser takes many a lower-case verb for a noun."""
    asked = question.terms - {stem(question.unit)}
    if question.answer_type != "count" or not asked:
        return False
    for s, (start, end) in zip(c.sentences, c.spans):
        span = span_at(s, (start, end))
        if span is None or span.root.dep_ != "nummod":
            continue
        noun = span.root.head
        verb = noun.head
        if noun.dep_ in ("dobj", "nsubj", "nsubjpass") and verb.pos_ == "VERB" and stem(verb.lemma_) in asked:
            return True
    return False


def within(best: Candidate, pool: list[Candidate]) -> Candidate:
    """The day a sentence gives inside the month (or year) the best date names, when one
    does: "May 6, 2023 (6 May)" rather than "May 2023 (next month)" for "when is the king's
    coronation", "Nov. 7" rather than "November" for when Ohio votes. The best date vouches
    for the month, the other sentence says which day of it; the best-scored such day."""
    if best.label != "DATE":
        return best
    inside = [c for c in pool if c.label == "DATE" and c.key.startswith(best.key + "-")]
    return inside[0] if inside else best


def titled_subject(question: Question, c: Candidate) -> bool:
    """Is the candidate the one whose deed the question asks about, the one its story gives
    the subject's title to, in a story headlined with the subject's names: "Saied" of
    "President Kais Saied" in "Why has Tunisia's president sacked …" for "who did tunisia's
    president sack"? Not one of two so titled: "Who did the Cuban president meet?" is
    answered by "Iranian President Ebrahim Raisi"."""
    subject = question.object_of[2] - question.names  # "president", not "alaska air"
    named = question.object_of[2] & question.names
    roles = {w for w in tokens(question.text) if stem(w) in subject}
    surname = c.text.split()[-1]
    return any(
        holders(s.article, role) == {surname} and named <= headline(s.article)
        for s in c.sentences
        for role in roles
    )
