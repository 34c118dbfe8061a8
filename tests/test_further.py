"""Sentences read from the rest of the retrieved articles (further.py): a speaker's own
words, and what a refused factoid asks about."""

from datetime import date

import pytest

from rag.furniture import readable
from rag.further import aged, asking, spoken
from rag.question import analyse
from rag.types import Article, Chunk, Hit

FOSSE = (
    "The Swedish Academy announced Thursday that the Norwegian author Jon Fosse has been awarded the 2023 "
    "Nobel Prize for Literature.\n\n"
    "Fosse has written more than three dozen plays as well as novels, short stories, children’s books, "
    "poetry and essays.\n\n"
    "“I am overwhelmed and grateful. I see this as an award to the literature that first and foremost aims "
    "to be literature, without other considerations,” Fosse, 64, said via a statement released by the "
    "publishing house Samlaget.\n\n"
    "Fosse joins other laureates who have won the literature prize."
)
PALACE = (
    "Fulani said that the person persistently asked about her heritage.\n\n"
    "Buckingham Palace, which has not named the household member involved in the incident, said earlier "
    "today that the individual concerned had apologized."
)


def _hits(
    text: str, published: str = "2023-10-05", title: str = "Jon Fosse wins Nobel", end: int = 120
) -> list[Hit]:
    """The article as retrieved: one chunk of its first `end` characters matched."""
    article = Article(id="a", title=title, text=text, published=published)
    return [Hit(Chunk("a:0", "a", 0, end, text), article, 1.0)]


def _said(question: str, text: str) -> list[str]:
    return [h.article.text[h.chunk.start : h.chunk.end] for h in spoken(analyse(question), _hits(text))]


def test_the_speakers_words_are_read_from_the_whole_article():
    said = _said("what did fosse say about winning the nobel", FOSSE)
    # The quote's opening sentence names no one; the reply shows it before this one
    # (sentences.widened), as it does any sentence that closes a quote it never opened.
    # Whether Fosse is who says each (not "The Swedish Academy announced") is
    # bearing.said_by's to judge; one naming him with no verb of saying is not read.
    assert (
        "I see this as an award to the literature that first and foremost aims to be literature, without "
        "other considerations,” Fosse, 64, said via a statement released by the publishing house Samlaget."
    ) in said
    assert "Fosse joins other laureates who have won the literature prize." not in said
    assert all(h.spoken for h in spoken(analyse("what did fosse say about winning the nobel"), _hits(FOSSE)))


@pytest.mark.parametrize(
    "question, text, wanted",
    [
        # Not a question about anyone's words.
        ("who won the nobel prize for literature", FOSSE, []),
        # "Buckingham Palace" speaks, but is not "the palace aide".
        ("what did the palace aide ask fulani", PALACE, []),
        # Fulani is named but says nothing in the question's sense here: "said that the person asked".
        (
            "what did fulani say about the palace",
            PALACE,
            ["Fulani said that the person persistently asked about her heritage."],
        ),
    ],
)
def test_only_the_asked_speaker_is_read(question, text, wanted):
    assert _said(question, text) == wanted


SMITH = (
    "The meeting was expedited after Smith announced his resignation from the Academy last week.\n\n"
    "Smith issued a quick, concise statement on his ban from the Oscars for the next decade.\n\n"
    "“I accept and respect the Academy’s decision,” the actor said in a statement to CNN.\n\n"
    "CNN has reached out to Rock’s representatives for comment.\n\n"
    "“We are sorry,” the letter said."
)


def test_a_quote_said_by_a_role_after_the_sentence_naming_the_speaker_is_read():
    said = _said("what did will smith say about the ban", SMITH)
    assert "“I accept and respect the Academy’s decision,” the actor said in a statement to CNN." in said
    # The letter speaks after a sentence that names no Smith and says nothing.
    assert "“We are sorry,” the letter said." not in said


def test_an_article_far_from_the_questions_week_is_not_read():
    asked = analyse("what did fosse say about winning the nobel")
    assert spoken(asked, _hits(FOSSE, published="2021-01-01"), date(2023, 10, 5)) == []
    assert spoken(asked, _hits(FOSSE), date(2023, 10, 5))


def test_a_quote_left_open_is_speech_however_short():
    assert readable("“I am overwhelmed and grateful.")
    assert not readable("“Thank you so much.”")  # a whole short quote stays out, as before
    assert not readable("Photos of the week.")


@pytest.mark.parametrize(
    "question, head",
    [
        ("what did the palace aide ask fulani", "aid"),
        ("what did chip carter say about his mother", "carter"),
        ("how did trump react to walker losing", "trump"),
        ("What did Harvard's report say about slavery in the North?", "report"),
    ],
)
def test_the_speakers_head_word(question, head):
    assert analyse(question).speaker_head == head


def test_a_refused_factoid_reads_the_sentences_that_hold_what_it_asks():
    # u16: the retrieved chunk told of prices; the count sits in another paragraph.
    text = (
        "Turkey prices are falling this year, the American Farm Bureau said.\n\n"
        "Shoppers will pay less for the holiday staple.\n\n"
        "The outbreak that began in January 2022 infected 7 million turkeys and wiped out commercial livestock."
    )
    hits = _hits(text, "2023-11-20", "Turkey prices drop", 67)
    read = asking(analyse("how many turkeys did the bird flu infect"), hits, date(2023, 11, 20))
    assert [text[h.chunk.start : h.chunk.end] for h in read] == [text.split("\n\n")[2]]
    # Nothing asked beyond names, nothing read.
    assert asking(analyse("who is Jon Fosse"), hits) == []


def test_an_age_is_read_from_the_whole_article_of_the_one_asked():
    # oh05 (held63): the matched chunk told of Ohtani's deal; "the 29-year-old" sits further down
    text = (
        "Shohei Ohtani will be introduced at Dodger Stadium on Thursday.\n\n"
        "Ohtani had Tommy John surgery on Oct. 1, 2018.\n\n"
        "A unique two-way star as both a hitter and pitcher, the 29-year-old left the Los Angeles Angels."
    )
    hits = _hits(text, "2023-12-13", "Shohei Ohtani to be introduced", 60)
    read = [
        h.article.text[h.chunk.start : h.chunk.end] for h in aged(analyse("How old is Shohei Ohtani?"), hits)
    ]
    assert read == [
        "A unique two-way star as both a hitter and pitcher, the 29-year-old left the Los Angeles Angels."
    ]
    assert not aged(analyse("Where did Shohei Ohtani sign?"), hits)
    assert not aged(analyse("How old is Mookie Betts?"), hits)
