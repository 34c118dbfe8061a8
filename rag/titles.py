"""The titles around a mention, for candidates.py: how well the words that title or
describe a name fit the role the question asks about ("Cuban President Miguel
Díaz-Canel", "Tomas Berg, the head librarian"), and titles of works set in quotes
("“If We Break”"), which the tagger seldom marks. Reads parsed sentences; finds no
candidates and scores none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .bearing import kin_held
from .names import asked_share
from .question import FOCUS_LABELS, PLACES, Question
from .text import apposed, labels_alone, stem, tokens
from .types import Article

# Words that make a title one held before: "former Speaker …", "the then president …".
PAST_HOLDER = {"former", "ex", "late", "then", "outgoing", "ousted", "deposed"}
# Words that say when or how long one holds a role, not which role it is: "Interim CEO".
HOLDING = {"new", "current", "incoming", "interim", "acting", "newly"}


def held_elsewhere(words, question: Question) -> bool:
    """Do the words of a title name the company it is held at, and it is another than the
    question's: each names what the other does not ("CEO of Altimeter Capital" for "who is
    the ceo of capital economics"; not "Alaska Airlines CEO" for "who is alaska's ceo")?"""
    # A place in the company's name says where it is, not which: "U.S." of "the Republican
    # nominee for U.S. Senate" for "who is the republican nominee for senate in delaware".
    company = {stem(t.text) for t in words if t.ent_type_ == "ORG" and "GPE" not in labels_alone(t.text)}
    own = {stem(t.text) for t in words}
    return bool(company - question.names - question.terms) and bool(question.names - own)


def titled(span, question: Question, names_given: bool = False, story: Article | None = None) -> float:
    """How well the title or description a mention carries fits the question: the words
    just before it ("Cuban President Miguel Díaz-Canel") and its apposition ("Tomas Berg,
    the head librarian"). 1 when it holds two of the question's words (one, for a
    one-word question); 0 when it names a nationality or place the question does not
    ("Iranian Parliament Speaker" for "the speaker of the Cuban parliament"), or names the
    asked role without the question's qualifier ("President" for "the vice president").
    `story` is the mention's article, whose headline may set the bare role in a place."""
    if not question.terms:
        return 0.0
    words = title_words(span)
    if any(t.lower_ in PAST_HOLDER for t in words) or _apposed_to_former(span.root):
        return 0.0  # "former Speaker Kevin McCarthy" does not hold the role now
    # What the title and its apposition call the person; not what a clause in them tells
    # aside ("whose father immigrated to the US from Mexico"), nor whose descent one is.
    told = [t for t in words if not _aside(t, span)]
    stems = {stem(t.text) for t in told}
    if any(c.dep_ == "poss" and _refers(c) for t in words for c in t.children):
        # "his father" is the father of whom the sentence names: of "Lasry" in "Lasry has
        # had the support … of his father, … Marc Lasry"; "the company's president" of the
        # company it names ("Thacker-Grigsby, which received …, the company’s president,
        # Bill Grigsby, told").
        stems |= {stem(t.text) for t in span.sent} & question.names
    # An apposition that is itself a group ("Jon Husted, a Republican,") tells the
    # person's party or people, not where the title is held.
    places = {
        stem(t.text)
        for t in told
        if t.ent_type_ in ("NORP", "GPE") and t.dep_ != "appos" and not _describes_asked(t, question)
    }
    if places and asked_share(places, question.terms | question.names) < 1:
        return 0.0
    if _of_another_kind(span, question):
        return 0.0  # "the National Labor Relations Act, the labor law that oversees …" is no agency
    if question.identity and held_elsewhere(words, question):
        return 0.0  # "Brad Gerstner, CEO of Altimeter Capital" for "the ceo of capital economics"
    if question.role and question.role[0] in stems and not _holds_role(words, stems, question, names_given):
        return 0.0  # "President Miguel Díaz-Canel" is not the vice president
    if question.identity and _another_role(words, question):
        return 0.0  # "New Labor Prime Minister Anthony Albanese" is not the foreign minister
    focus = {stem(question.focus)} if question.focus else set()
    if question.identity and names_given and focus and focus <= stems <= focus | question.terms:
        # The bare role in a sentence set in the question's place is the role there: "in
        # Springdale, … Mayor Doug Sprouse said" for "who is the mayor of springdale"; not
        # "President Raisi … upon an invitation by his Cuban counterpart" (a people, no place).
        stems |= {stem(t.text) for t in span.sent if t.ent_type_ in ("GPE", "LOC")} & question.names
        if story is not None and sole_holder(story, question):
            stems |= question.terms  # "President Kais Saied" in "Why has Tunisia's president sacked …"
    if question.identity and focus and not (focus & stems or kin_held(question, focus, stems)):
        return 0.0  # "the mission's principal investigator" is not the investigator's dog
    # What a clause set off after the name says the person does for whom fits the rest:
    # "Attorney Thomas S. Neuberger, who is representing McDole's family" for "who is the
    # lawyer for mcdole's family". Not the role itself, which the title must give (above);
    # and only for who holds a role: elsewhere the clause tells what one did ("Verstappen,
    # who finished second last year,"), no title.
    if question.identity:
        stems |= described(span)
    kin = kin_held(question, set(question.terms), stems)
    shared = len(kin) + asked_share(set(question.terms) - kin, frozenset(stems)) * len(question.terms - kin)
    return min(1.0, shared / min(2, len(question.terms)))


def _of_another_kind(span, question: Question) -> bool:
    """Does the mention's apposition call it a kind of thing that the asked kind is not:
    "the labor law that oversees worker-management relations" for "what agency oversees
    railroad labor relations"?"""
    asked = FOCUS_LABELS.get(question.focus)
    return asked is not None and any(
        apposed(c) and c.pos_ == "NOUN" and not set(FOCUS_LABELS.get(c.lemma_.lower(), asked)) & set(asked)
        for c in span.root.children
    )


def _apposed_to_former(root) -> bool:
    """Is the mention set beside one held before, through a chain of appositions: "his
    former boss, Australia’s first and only woman Prime Minister Julia Gillard"?"""
    while root.dep_ == "appos" and root.head.i != root.i:
        root = root.head
        if any(c.dep_ == "amod" and c.lower_ in PAST_HOLDER for c in root.children):
            return True
    return False


def _aside(t, span) -> bool:
    """Is the word told aside from what the title calls the person: a people "of" whose
    descent one is, or a word of a clause on the title or apposition ("Australian Foreign
    Minister Penny Wong, a seasoned Labor politician of Asian descent who has long been a
    vocal critic of China"; "Gluesenkamp Perez, an auto repair shop owner whose father
    immigrated to the US from Mexico")?"""
    if t.ent_type_ == "NORP" and t.head.dep_ == "pobj":
        return True
    return any(a.dep_ == "relcl" for a in t.ancestors if a.i != span.root.i and a not in span.root.ancestors)


def sole_holder(story: Article, question: Question) -> bool:
    """Does the story's headline set the asked role where the question does, and does the
    story give the bare title to one person only? A headline of the role in the question's
    place ("Why has Tunisia's president sacked the prime minister?" for "whos the president
    of tunisia": "President Kais Saied"), or one of the question's company, whose story
    titles its own officers bare ("Buybuy Baby is back: …" for "who is the ceo of buybuy
    baby": "CEO Pete Daleiden"). Two holders ("President Joe Biden" too) leave the title's
    place to each sentence."""
    if not question.focus:
        return False
    words = headline(story)
    role = stem(question.focus)
    whose = question.terms - {role}
    placed = role in words and bool(question.names) and question.names <= words
    # Not a place the headline names without the role: "Protests in Tunisia" is no story of
    # Tunisia's president.
    company = (
        bool(whose)
        and whose <= words
        and not whose & question.places
        and not any(labels_alone(w.capitalize()) & set(PLACES) for w in whose)
    )
    return (placed or company) and len(holders(story, question.focus)) == 1


def headline(story: Article) -> set[str]:
    """The stems of the words of the story's headline."""
    return {stem(w) for w in tokens(story.title)}


@lru_cache(maxsize=256)  # asked of every mention and every supported candidate of the story
def holders(story: Article, role: str) -> frozenset[str]:
    """The surnames the story writes after the role as a title: {"Saied"} for "president"
    in a story of "President Kais Saied"."""
    return frozenset(
        m.split()[-1]
        for m in re.findall(rf"\b(?:{role.title()}|{role.upper()})((?:\s+[A-Z][\w’'-]+)+)", story.text)
    )


def _refers(owner) -> bool:
    """Does the possessor refer back, a pronoun or "the" and a common noun ("the company's")?"""
    return owner.pos_ == "PRON" or (
        owner.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children)
    )


def _another_role(words, question: Question) -> bool:
    """Does the title write the asked noun after a word that makes it another role, one
    the question does not give: "Prime Minister" for "foreign minister", "Vice President"
    for "president"? Not a name ("Cuban President", "Wilmington Attorney"), which
    `titled` weighs as a place, nor a word of when one holds it ("Interim CEO")."""
    at = {t.i for t in words}
    focus = stem(question.focus) if question.focus else ""
    return any(
        stem(t.text) == focus
        and t.i - 1 in at
        and (before := t.doc[t.i - 1]).pos_ in ("PROPN", "NOUN", "ADJ")
        and not before.ent_type_
        and before.lower_ not in HOLDING
        and stem(before.text) not in question.terms | question.names
        for t in words
    )


def _holds_role(words, stems: set[str], question: Question, names_given: bool) -> bool:
    """Does the title hold the whole asked role? A place the question gives with it may be
    left to a sentence or story that names every name the question gives (`names_given`):
    "Police Chief Jason Fry" in a story from Moscow is Moscow's police chief; "Monroe
    County Executive" is not Erie's."""
    role = set(question.role)
    lacking = role - stems
    other = {stem(t.text) for t in words if t.pos_ == "PROPN"} - role
    return not lacking or (names_given and lacking <= question.names and not other)


def title_words(span) -> list:
    """The words that title or describe a mention: up to four nouns and adjectives just
    before it, and its apposition."""
    doc, root = span.doc, span.root
    words = []
    i = span.start - 1
    while i >= 0 and len(words) < 4 and (doc[i].pos_ in ("PROPN", "NOUN", "ADJ") or _of_title(doc, i, span)):
        words.append(doc[i])
        i -= 1
    for child in root.children:
        if apposed(child):
            words += list(child.subtree)
    if apposed(root) or _comma_conj(root):
        words += [root.head, *(c for c in root.head.children if c.dep_ in ("compound", "amod"))]
    return words


def described(span) -> set[str]:
    """Stems of the words of a relative clause set off by a comma after the mention
    ("Thomas S. Neuberger, who is representing McDole's family in a federal civil
    lawsuit,"), up to the clause's end."""
    root = span.root
    return {
        stem(t.text)
        for c in root.children
        if c.dep_ == "relcl" and c.left_edge.i > 0 and root.doc[c.left_edge.i - 1].text == ","
        for t in c.subtree
        if not t.is_punct
    }


def _comma_conj(root) -> bool:
    """Is the mention an apposition the parser took for a conjunct: "his father, New York
    billionaire hedge fund manager Marc Lasry, and his mother" (a comma, no "and", between,
    after a common noun)?"""
    between = root.doc[root.head.i + 1 : root.left_edge.i]
    # After a role ("father"), not after a name ("the 96th Academy Awards, … Bill Kramer").
    return (
        root.dep_ == "conj"
        and root.head.pos_ == "NOUN"
        and root.head.i < root.i
        and any(t.text == "," for t in between)
        and not any(t.dep_ == "cc" for t in between)
    )


def _of_title(doc, i: int, span) -> bool:
    """Is the token the "of" inside a title ("Ohio Secretary of State Jon Husted"), between
    the nouns of one capitalised title?"""
    return (
        doc[i].lower_ == "of"
        and 0 < i < span.start - 1
        and doc[i - 1].pos_ in ("PROPN", "NOUN")
        and doc[i - 1].text[:1].isupper()
        and doc[i + 1].text[:1].isupper()
    )


def _describes_asked(token, question: Question) -> bool:
    """Does the place word describe a name the question gives ("South American" in "the
    president of South American soccer body CONMEBOL"), rather than name a rival place?"""
    while token.dep_ in ("amod", "compound", "nmod") and token.head.i != token.i:
        token = token.head
        if token.ent_type_ == "ORG" and stem(token.text) in question.names:
            return True  # an organisation the question names, not the asked role or a party
        # Where a thing of the asked kind is, when the question places nothing and asks for
        # no person: "Las Vegas law firm Eglet Adams" is no firm of another place.
        if token.lemma_.lower() == question.focus and not question.places and "PERSON" not in question.labels:
            return True
    return False


def quoted_titles(doc):
    """Titles set in quotes, which the tagger seldom marks as works: “If We Break”,
    "Squid Game", "1917" (tagged a date). Up to eight words, every long one capitalised (or
    a figure), and not ending as speech does ("No comment,")."""
    for m in TITLE.finditer(doc.text):
        words = m.group(1).split()
        if len(words) > 8 or any(len(w) > 3 and not (w[0].isupper() or w[0].isdigit()) for w in words):
            continue
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")  # a quote may be glued to a word
        start, end = span.start, span.end
        while start < end and doc[start].is_punct:
            start += 1
        while end > start and doc[end - 1].is_punct:
            end -= 1
        if start < end and not any(
            e.label_ == "WORK_OF_ART" and (e.start, e.end) == (start, end) for e in doc.ents
        ):
            yield doc[start:end]


# A quoted stretch from a capital letter or a figure ("1917"), not ending as speech does
# ("No comment,"); the comma or stop American style sets inside the closing quote is not
# the title's (“Mood,”).
TITLE = re.compile(r"[“\"]([A-Z0-9][^”\"]{0,60}[^”\",.!?\s])[,.]?[”\"]")
