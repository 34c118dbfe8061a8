"""Check one sentence a language model wrote against the article sentences it cites.

A sentence passes only when it is a sentence, built on a verb (a bare "Paul Lynch."
claims whatever the question asked, which no word check reaches), speaks as "I" or "we"
only inside quotation marks (a quote stripped of them puts its words in the reply's
mouth), and what it states is in what it cites:
- every word that carries meaning (noun, name, verb, adjective, adverb, number) is a word
  of the cited sentences, matched by lemma or crude stem ("signed" = "signing",
  "Cuban" = "Cuba"); a number also matches its value ("seven" = "7");
- every number, amount and date it states has its value in the cited sentences,
  "a document" is not said of what the cited sentence counts as seven, and a number
  counts what it counts there ("35 people" fails against "35 brushes");
- a name carries only the titles a cited sentence gives it ("first lady Michelle Obama"
  fails against "first lady Jill Biden … Michelle Obama");
- its names, numbers and verbs stand together in one cited sentence, so a name from one
  article is not pinned to a deed of another, and its words appear in that sentence in
  the same form and order, small words aside: the model may leave words out, not
  recombine or inflect them (a sentence that turns a verb's voice is left to the role
  check below);
- negation agrees: a "not", "no" or "never" it adds, or one it drops from a verb the
  cited sentence negates, fails it;
- who did what to whom agrees: for each verb it shares with a cited sentence, the doer
  and the done-to (read from spaCy's parse, passive voice turned active) are not swapped,
  and are named with the cited doer's and done-to's words ("Joe Biden said" fails
  against "…, the White House said"), and nothing is done to something the cited verb
  is not done to ("who quit Microsoft" fails against "who quit in solidarity");
- what it leaves out does not change the rest: the year of what it reports, or one side
  of an "or";
- what a cited sentence reports someone said stays theirs: "Tehran and Havana can
  complement each other" fails against "He stressed that Tehran and Havana can …" (and
  against "…, officials said Tuesday", which the parse may miss), and a cited quote, or
  words it quotes (the end of a quote begun in the sentence before included), are
  restated only inside quotation marks;
- a name is not cut inside ("Man Booker Prize" from "Man Booker International Prize"),
  and a clause keeps the verb it hangs from ("the prison had electricity, in part
  because …" fails against "residents called it a country club, in part because …"), as
  a place or time keeps the deed it places ("touched down in Pensacola" fails against
  "touched down in the Florida Panhandle …, resulting in the death of one person in
  Pensacola").

It judges words and structure, not meaning: it can keep a sentence whose left-out words
changed what the rest says in a way the rules do not see, and it drops faithful
paraphrase, a changed tense included. Knows nothing about prompts or models.
"""

from __future__ import annotations

import re

from .. import text
from ..text import YEAR, fold, nlp, numbers, stem

MEANING = {"NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM"}
NEGATIONS = {"not", "n't", "no", "never", "none", "nothing", "neither", "nor", "without", "nobody"}
FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
QUOTED = re.compile(r'"[^"]*"|“[^”]*”')
QUOTE_TAIL = re.compile(r'^[^"“”]*[”"]\s*$')  # the end of a quote opened in a sentence before
WHERE_WHEN = {"GPE", "LOC", "FAC", "DATE", "TIME"}  # what a prepositional phrase places a fact at
THINGS = {"ORG", "WORK_OF_ART", "EVENT", "FAC", "LAW", "PRODUCT", "GPE", "LOC"}  # names that are not people
# A sentence given to a speaker in a clause of its own (", officials said Tuesday"), or "according to" one.
ATTRIBUTED = re.compile(
    r"\baccording to\b|,[^,]{0,60}\b(?:said|says|told|reported|announced)\b[^,]{0,30}(?:,|[.\"”’']*\s*$)"
)
SAYING = {"say", "tell", "report", "announce", "according", "accord"}
NAME_PARTS = {"compound", "flat", "amod", "poss", "nmod"}  # what makes "Alaska Airlines" one name


def check(sentence: str, cited: list[str]) -> str:
    """'' when `sentence` states only what the `cited` sentences state; else why not."""
    if not cited:
        return "cites nothing"
    said = nlp()(sentence)
    sources = list(nlp().pipe(cited))
    for rule in (
        shape,
        words,
        counted,
        together,
        negation,
        reported,
        quoted,
        titled,
        named_whole,
        governed,
        placed,
        who_did_what,
        done_as_told,
        in_order,
        whole,
    ):
        why = rule(said, sources)
        if why:
            return why
    return ""


def meaning(doc) -> list:
    """Its words that carry meaning: a verb ("see" is a stop word, and "could see a
    million" is not "could lead to 1 million deaths") but "be", "have" and "do" ("has
    plans to close" is "plans to close"); other stop words never."""
    return [t for t in doc if t.pos_ in MEANING and (not t.is_stop or t.like_num or acts(t))]


def acts(t) -> bool:
    """A verb that does something: not "be", "have" or "do"."""
    return t.pos_ == "VERB" and t.lemma_ not in ("be", "have", "do")


def shape(said, sources) -> str:
    """A statement, in the reply's own voice, built on a verb."""
    if not meaning(said) or said.text.rstrip().endswith("?"):
        return "states nothing"
    quoted = [m.span() for m in QUOTED.finditer(said.text)]
    if any(t.lower_ in FIRST_PERSON and not any(a <= t.idx < b for a, b in quoted) for t in said):
        return "speaks as 'I' or 'we': a quote without its quotation marks"
    if root(said).pos_ not in ("VERB", "AUX"):
        # A bare answer ("Paul Lynch.", "Joseph Rotblat, 87, a physicist who won in 1995")
        # claims what the question asks, which no word check reaches.
        return "not a sentence: a bare answer"
    return ""


def words(said, sources) -> str:
    """Every meaning word and every number is in what it cites."""
    known = vocabulary(sources)
    missing = [t.text for t in meaning(said) if not forms(t) & known]
    if missing:
        return f"not in what it cites: {', '.join(dict.fromkeys(missing))}"
    stated = set(numbers(said.text, small=True)) - set(numbers(" ".join(s.text for s in sources), small=True))
    if stated:
        return f"number not in what it cites: {', '.join(f'{v:g}' for v in sorted(stated))}"
    return ""


def counted(said, sources) -> str:
    """Never "a document" of what a cited sentence counts as seven."""
    counts_of = {t.lemma_: counts(t) for s in sources for t in s if counts(t)}
    for t in said:
        one = t.pos_ == "NOUN" and any(c.lower_ in ("a", "an") for c in t.children)
        if one and counts_of.get(t.lemma_, {"1"}) != {"1"}:
            return f"one {t.text}, where what it cites counts {', '.join(sorted(counts_of[t.lemma_]))}"
    # Nor "35 people" where it counts "35 brushes": a number counts what it counts there.
    counting: dict[str, set[str]] = {}
    for t in (t for s in sources for t in s):
        for v in counts(t):
            counting.setdefault(v, set()).add(t.lemma_)
    for t in said:
        for v in counts(t):
            if t.lemma_ not in counting.get(v, {t.lemma_}):
                return f"{v} {t.text}, where what it cites counts {', '.join(sorted(counting[v]))}"
    return ""


def together(said, sources) -> str:
    """Its names, numbers and verbs stand together in one cited sentence."""
    facts = [t for t in meaning(said) if t.pos_ in ("PROPN", "NUM", "VERB")]
    if (
        len(sources) > 1
        and facts
        and not any(all(forms(t) & vocabulary([s]) for t in facts) for s in sources)
    ):
        return "its names, numbers and verbs are not all in one cited sentence"
    return ""


def in_order(said, sources) -> str:
    """Its words come as one cited sentence has them: each word that is not a small word
    (a, the, of, with …; pronouns count) appears in that sentence in the same form and
    order, so the model may leave words out but not recombine or inflect them ("the
    incident occurred" from "incidents … occurring"; "first lady Michelle Obama" from
    "first lady Jill Biden … Michelle Obama"). A sentence that turns a cited verb's voice
    (passive ↔ active) is left to who_did_what, which checks its roles."""
    if any(passive(verb) != passive(v) for verb, same in shared_verbs(said, sources) for v in same):
        return ""
    # "He said: …" may stand before or after what was said: the verb of saying and its
    # subject are left out of the order (words and reported check them).
    frame = {
        w.i
        for t in said
        if any(c.dep_ == "ccomp" for c in t.children)
        for w in [t, *(x for c in t.children if c.dep_ == "nsubj" for x in c.subtree)]
    }
    written = [
        exact(t)
        for t in said
        if t.i not in frame
        and not t.is_punct
        and (not t.is_stop or t.pos_ == "PRON" or acts(t) or t.like_num)
    ]
    best = max(common_order(written, [exact(t) for t in s if not t.is_punct]) for s in sources)
    return "" if best == len(written) else "rewords or reorders what it cites"


def words_of(doc, start: int = 0, end: int | None = None) -> str:
    """The words of a parsed text between two character offsets, as `exact` reads them,
    one space apart and around."""
    end = len(doc.text) if end is None else end
    return " " + " ".join(exact(t) for t in doc if start <= t.idx < end and not t.is_punct) + " "


def exact(t) -> str:
    """A word as written (case and accents aside), a number by its value."""
    return value_of(t) or fold(t.lower_)


def value_of(t) -> str:
    """A number word's value as the checks match it ("seven" and "7" are "#7"); "" for others."""
    value = text.number(t.text) if t.like_num else None
    return "" if value is None else f"#{value:g}"


def common_order(written: list[str], source: list[str]) -> int:
    """How many of the written words appear in the source in the same order (longest
    common subsequence)."""
    row = [0] * (len(source) + 1)
    for word in written:
        previous = row[:]
        for j, theirs in enumerate(source):
            row[j + 1] = max(row[j], previous[j + 1], previous[j] + (word == theirs))
    return row[-1]


def forms(t) -> set[str]:
    """A word as the checks match it: as written, its lemma, its crude stem, and the value
    of a number ("seven" and "7" are "#7")."""
    return {fold(t.lower_), fold(t.lemma_.lower()), "~" + stem(t.text)} | ({value_of(t)} - {""})


def passive(verb) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def quoted(said, sources) -> str:
    """A cited sentence that is a quote (it opens with a quotation mark, or closes one it
    never opened: the end of a quote begun before it) is restated only inside quotation
    marks: "The shooting occurred at 1:30 p.m." is the police's word."""
    opens = [s for s in sources if s.text.lstrip()[:1] in ('"', "“") or QUOTE_TAIL.search(s.text)]
    if opens and len(opens) == len(sources) and not QUOTED.search(said.text):
        return "restates a quote without its quotation marks"
    # Words a cited sentence quotes inside its own reporting ("has declined "consistently
    # and significantly"") are the speaker's and stay quoted.
    written = words_of(said)
    kept = [words_of(said, a, b) for a, b in quotations(said.text)]
    for s in sources:
        for a, b in quotations(s.text):
            run = words_of(s, a, b)
            if run.strip().count(" ") >= 1 and run in written and not any(run in k for k in kept):
                return f'quotes "{s.text[a:b]}" without its quotation marks'
    return ""


def quotations(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the words inside each quotation of a sentence, the end
    of a quote begun in a sentence before it included ("His whole life is a fabrication,”
    Garcia said")."""
    spans, rest = [], 0
    tail = re.match(r'[^"“”]*[”"]', text)
    if tail and (tail.group().endswith("”") or text.count('"') % 2):
        spans.append((0, tail.end() - 1))
        rest = tail.end()
    return spans + [(rest + m.start() + 1, rest + m.end() - 1) for m in QUOTED.finditer(text[rest:])]


def whole(said, sources) -> str:
    """What it leaves out does not change what the rest says: the year of what it reports
    ("In 2018, Maui suffered a fire" is not "Maui suffered a fire"), or one side of an "or"
    ("restrict abortion or enshrine abortion rights")."""
    kept = {form for t in said for form in forms(t)}
    for v in (v for _, same in shared_verbs(said, sources) for v in same):
        for ent in v.doc.ents:
            dated = (
                ent.label_ == "DATE" and YEAR.search(ent.text) and v in (ent.root.head, ent.root.head.head)
            )
            if dated and not any(forms(t) & kept for t in ent if t.like_num):
                return f"leaves out when: {ent.text}"
    for s in sources:
        for t in s:
            between = t.doc[min(t.i, t.head.i) : max(t.i, t.head.i)]
            if t.dep_ == "conj" and any(w.lower_ == "or" and w.dep_ == "cc" for w in between):
                sides = [bool(forms(t.head) & kept), bool(forms(t) & kept)]
                if sides.count(True) == 1:
                    return f"keeps one side of '{t.head.text} … or {t.text}'"
    return ""


def titled(said, sources) -> str:
    """A name carries only the titles and qualifiers a cited sentence gives it: not "first
    lady Michelle Obama" from "first lady Jill Biden … Michelle Obama"."""
    for t in said:
        if t.pos_ != "PROPN" or t.dep_ in NAME_PARTS:
            continue
        cited = [c for s in sources for c in s if c.lower_ == t.lower_ and c.dep_ not in NAME_PARTS]
        if cited and not any(name(t) <= name(c) for c in cited):
            return f"names {' '.join(w.text for w in t.subtree if w.dep_ in NAME_PARTS or w.i == t.i)} as no cited sentence does"
    return ""


def named_whole(said, sources) -> str:
    """A name is not cut inside: "the Man Booker Prize" is another prize than "the Man
    Booker International Prize". A person may lose a first name ("President Díaz-Canel")."""
    written = [exact(t) for t in said if not t.is_punct and not t.is_stop]
    for s in sources:
        for ent in s.ents:
            parts = [exact(t) for t in ent if not t.is_punct and not t.is_stop]
            if ent.label_ not in THINGS or len(parts) < 3:
                continue
            for i in (i for i, w in enumerate(written) if w == parts[0]):
                ends = [
                    j for j in range(i + 1, min(len(written), i + len(parts) + 2)) if written[j] == parts[-1]
                ]
                if ends and written[i : ends[0] + 1] != parts:
                    return f"cuts the name {ent.text}"
    return ""


def governed(said, sources) -> str:
    """A clause hangs from the verb it hangs from in what it cites: "the prison eventually
    had electricity" is not said where it hangs from "Yuma residents called it a country
    club, in part because …", nor "as Hurricane Ian dropped" where Ian dropped the
    rainfall a river "drains". A relative clause states its fact on its own ("… met Raisi,
    where seven documents were signed"), and so does each side of an "and"."""
    for verb, same in shared_verbs(said, sources):
        if verb.pos_ != "VERB":
            continue  # an auxiliary hangs from its own verb
        mine, _ = governor(verb)
        if not any(hangs_alike(mine, *governor(v)) for v in same):
            return f"'{verb.text}' hangs from another verb than in what it cites"
    return ""


def placed(said, sources) -> str:
    """A place or time keeps the deed it places: "touched down in Pensacola" is not said
    where the tornado "touched down in the Florida Panhandle …, resulting in the death of
    one person in Pensacola". Where the written sentence hangs it from a verb and the cited
    one puts it in a prepositional phrase, the nearest verb it hangs from there is the
    same one ("laid to rest … in Plains" and "laid to rest … in her longtime home of
    Plains"); a place that only says which thing ("the cafe on Bay Street") is not checked."""
    for ent in (e for e in said.ents if e.label_ in WHERE_WHEN):
        mine = anchor(ent.root)
        if mine is None or mine.i != verb_of(ent.root.head).i:
            continue  # it places a thing, not a deed: "the cafe on Bay Street served …"
        theirs = [anchor(t) for s in sources for t in s if forms(t) & forms(ent.root)]
        theirs = [t for t in theirs if t is not None]
        if theirs and not any(same_deed(mine, t) for t in theirs):
            return f"'{ent.text}' placed with '{mine.text}', which what it cites does not place there"
    return ""


def same_deed(mine, theirs) -> bool:
    """Are two verbs the same deed? The same verb; for "be" or "have", which say little
    themselves, also with the same subject: "the elections are not until January" is not
    "the elections are next week, but the floor vote … is not until January"."""
    if not forms(mine) & forms(theirs):
        return False
    if mine.lemma_ not in ("be", "have"):
        return True
    subjects = [[c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")] for v in (mine, theirs)]
    if not all(subjects):
        return True
    return any(forms(a) & forms(b) for a in subjects[0] for b in subjects[1])


def verb_of(prep):
    """The word a preposition hangs from, past a particle or adverb ("touched down in")."""
    head = prep.head
    return head.head if head.dep_ in ("prt", "advmod") else head


def anchor(token):
    """The nearest verb a prepositional phrase's object hangs from, through nouns and
    other phrases ("elected" for "Port Allen" in "elected mayor of Port Allen"); None
    when the token is not in such a phrase or hangs from no verb."""
    if token.dep_ != "pobj":
        return None
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def governor(verb):
    """The verb a verb's clause hangs from (a conjunct's is its first conjunct's), or None,
    and whether the way up passes a relative clause."""
    token, through = verb, False
    while token.head.i != token.i:
        through = through or token.dep_ == "relcl"
        if token.dep_ != "conj" and token.head.pos_ in ("VERB", "AUX"):
            return token.head, through
        token = token.head
    return None, through


def hangs_alike(mine, theirs, through: bool) -> bool:
    """Whether a written clause hangs as the cited one does: from the same verb, or from
    none where the cited one is a relative clause or hangs from none."""
    if theirs is None or (mine is None and through):
        return True
    return mine is not None and bool(forms(mine) & forms(theirs))


def negation(said, sources) -> str:
    """No negation the cited sentences lack; none dropped from a verb they negate."""
    if negated_words(said) and not any(negated_words(s) for s in sources):
        return "adds a negation"
    for verb, same in shared_verbs(said, sources):
        if all(negated(verb) != negated(v) for v in same):
            return f"negation of '{verb.text}' differs from what it cites"
    return ""


def reported(said, sources) -> str:
    """What a cited sentence gives to a speaker keeps its speaker: by the parse, and by the
    news convention the parse may miss ("…, lottery officials said Tuesday.", "according
    to …")."""
    if all(ATTRIBUTED.search(s.text) for s in sources) and not any(t.lemma_ in SAYING for t in said):
        return "drops who said it"
    head = root(said)
    lemmas = {t.lemma_ for t in said}
    cited = [v for s in sources for v in s if v.lemma_ == head.lemma_ and v.pos_ == head.pos_]
    if cited and all(speaker(v) and speaker(v).lemma_ not in lemmas for v in cited):
        return f"drops who said it ('{speaker(cited[0]).text}' in what it cites)"
    return ""


def who_did_what(said, sources) -> str:
    """For each verb it shares with a cited sentence, doer and done-to agree."""
    for verb, same in shared_verbs(said, sources):
        if all(swapped(roles(verb), roles(v)) for v in same):
            return f"who did what is swapped around '{verb.text}'"
        if not any(within(verb, v) for v in same):
            return f"who did '{verb.text}', or to whom, differs from what it cites"
    return ""


def done_as_told(said, sources) -> str:
    """A deed it gives a doer is a deed the cited sentences tell as one: not "The actors
    struck" from "the three-month strike by performers", where no one strikes."""
    told = {verb.i for verb, _ in shared_verbs(said, sources)}
    for verb in (t for t in said if acts(t) and t.i not in told):
        if any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in verb.children):
            return f"'{verb.text}' is told as a deed in none of what it cites"
    return ""


def root(doc):
    return next(t for t in doc if t.dep_ == "ROOT")


def shared_verbs(said, sources):
    """Each verb of the written sentence with its occurrences in the cited ones."""
    for verb in (t for t in said if t.pos_ in ("VERB", "AUX")):
        same = [v for s in sources for v in s if v.lemma_ == verb.lemma_ and v.pos_ in ("VERB", "AUX")]
        if same:
            yield verb, same


def counts(noun) -> set[str]:
    """The numbers a noun is counted by ("seven cooperation documents" → {"7"})."""
    return {f"{v:g}" for c in noun.children if c.dep_ == "nummod" for v in numbers(c.text, small=True)}


def speaker(verb):
    """What a verb's clause is reported under: the verb of saying ("he stressed that Tehran
    and Havana can complement …" → stressed) or "according" ("…, according to Consumer
    Reports"); None when the clause is the article's own statement."""
    for token in [verb, *verb.ancestors]:
        according = [c for c in token.children if c.lower_ == "according"]
        if according:
            return according[0]
        if token.dep_ == "ccomp":
            return token.head
    return None


def vocabulary(docs) -> set[str]:
    """The cited sentences' words, lemmas and stems, accents folded, and the values of their numbers."""
    words: set[str] = set()
    for doc in docs:
        for t in doc:
            words |= forms(t)
        words |= {f"#{v:g}" for v in numbers(doc.text, small=True)}
    return words


def negated(verb) -> bool:
    """Whether the verb is negated: "did not sign", "never signed", "no documents were signed"."""
    for child in verb.children:
        if child.lower_ in NEGATIONS:
            return True
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
            c.lower_ in NEGATIONS for c in child.children
        ):
            return True
    return False


def negated_words(doc) -> bool:
    return any(t.lower_ in NEGATIONS for t in doc)


def roles(verb) -> tuple[set[str], set[str]]:
    """The words naming who does the verb and to whom, as if it were in the active voice."""
    doer: set[str] = set()
    done_to: set[str] = set()
    for child in verb.children:
        if child.dep_ == "nsubj":
            doer |= name(child)
        elif child.dep_ in ("nsubjpass", "dobj"):
            done_to |= name(child)
        elif child.dep_ == "agent":
            for pobj in child.children:
                doer |= name(pobj)
    if not doer and verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        head_doer, head_done_to = roles(verb.head)
        doer = head_doer  # "Alaska agreed to buy Hawaiian": Alaska buys
        if not doer and verb.dep_ == "xcomp" and passive(verb.head):
            doer = head_done_to  # "Israel is set to release …": Israel releases
    return doer, done_to


def name(token) -> set[str]:
    """The words of the noun phrase a token heads, without its clauses: "Alaska Airlines"."""
    if token.pos_ == "PRON":
        return set()
    words = {stem(token.text)}  # not the lemma: spaCy lemmatizes a lower-cased "narges" to "narge"
    for child in token.children:
        if child.dep_ in NAME_PARTS and child.pos_ in MEANING:
            words |= name(child)
    return words


def within(written_verb, cited_verb) -> bool:
    """Whether the written verb's doer and done-to are named with the cited verb's words (a
    role either side names only by a pronoun is not compared), and it is done to something
    only if the cited verb is ("who quit in solidarity" is not "who quit Microsoft")."""
    written, cited = roles(written_verb), roles(cited_verb)
    if written[1] and not any(c.dep_ in ("dobj", "nsubjpass") for c in cited_verb.children):
        return False
    return all(not w or not c or w <= c for w, c in zip(written, cited))


def swapped(written: tuple[set[str], set[str]], cited: tuple[set[str], set[str]]) -> bool:
    """Whether the written doer is the cited one's done-to, or the other way round."""
    (doer, done_to), (cited_doer, cited_done_to) = written, cited
    return len(doer & cited_done_to) > len(doer & cited_doer) or len(done_to & cited_doer) > len(
        done_to & cited_done_to
    )
