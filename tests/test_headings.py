"""An explainer's own question subheads point to the paragraphs that answer them: found
with the real encoder and spaCy parse, no language model."""

import pytest

from rag.evidence import gather
from rag.headings import answers, question_word, subheads
from rag.index import Index, Signature
from rag.names import named_in
from rag.question import analyse
from rag.replies import REPLIES, Context, render
from rag.scorer import Scorer
from rag.types import Article, Chunk, Hit

EXPLAINER = (
    "Super Bowl 57 is almost here, and fans have questions.\n\n"
    "Who is playing in Super Bowl 57?\n\n"
    "Super Bowl 57 will be one packed with storylines as the Kansas City Chiefs take on the "
    "Philadelphia Eagles. Chiefs head coach Andy Reid faces his former team.\n\n"
    "Where is the Super Bowl being played this year?\n\n"
    "Super Bowl 57 will be played at State Farm Stadium in Glendale, Arizona.\n\n"
    "Who is announcing Super Bowl 57?\n\n"
    "FOX's Kevin Burkhardt and Greg Olsen will be the broadcasters for Super Bowl 57.\n\n"
    "Who will sing the national anthem?\n\n"
    "Chris Stapleton will sing the national anthem before the game."
)
ARTICLE = Article(
    id="sb", title="Super Bowl 2023 guide: matchup, time, TV", text=EXPLAINER, published="2023-01-30"
)


def lead_hit() -> Hit:
    """The retrieved chunk: the article's opening line only."""
    end = EXPLAINER.index("\n")
    return Hit(Chunk("sb:0", "sb", 0, end, EXPLAINER), ARTICLE, 1.0)


def test_a_subhead_heads_the_paragraphs_up_to_the_next_one():
    heads = {head: EXPLAINER[start:end] for head, start, end in subheads(EXPLAINER)}
    assert list(heads)[:2] == [
        "Who is playing in Super Bowl 57?",
        "Where is the Super Bowl being played this year?",
    ]
    assert heads["Who is playing in Super Bowl 57?"].startswith("Super Bowl 57 will be one packed")
    assert heads["Who is playing in Super Bowl 57?"].endswith("faces his former team.")


@pytest.mark.parametrize(
    "text, word",
    [
        ("why was altman fired", "why"),
        ("Who is playing in Super Bowl 57?", "who"),
        ("Is Rihanna pregnant?", ""),
    ],
)
def test_the_question_word(text, word):
    assert question_word(text) == word


@pytest.mark.parametrize(
    "question, heading",
    [
        ("who is playing in the super bowl", "Who is playing in Super Bowl 57?"),
        # the year is the article's date's to say; "this year" heads it
        ("where is the 2023 super bowl", "Where is the Super Bowl being played this year?"),
        # asked with another question word, or for a deed no subhead asks about
        ("where is the super bowl being played", "Where is the Super Bowl being played this year?"),
        ("who is commentating the super bowl", None),
        ("when is the super bowl", None),
    ],
)
def test_a_subhead_that_asks_the_question_finds_its_answer(embedder, question, heading):
    asked = named_in(analyse(question), [lead_hit()])
    found = answers(asked, [lead_hit()], embedder.encode, 700)
    heads = {head: (start, end) for head, start, end in subheads(EXPLAINER)}
    if heading is None:
        assert found == []
    else:
        assert (found[0].chunk.start, found[0].chunk.end) == heads[heading]
        assert found[0].answers >= 0.74


def test_a_factoid_is_answered_from_under_the_subhead_that_asks_it(embedder):
    asked = named_in(analyse("who is playing in the super bowl"), [lead_hit()])
    hits = [lead_hit(), *answers(asked, [lead_hit()], embedder.encode, 700)]
    index = Index(Signature("m", 384, 700, 100), articles={"sb": ARTICLE})
    sentences = gather(asked, hits, embedder.encode, index, 24, 15)
    under = [s for s in sentences if s.answers]
    assert under and all(s.relevance >= s.answers for s in under)
    context = Context(hits, None, Scorer.load("open"), embedder.encode, index)
    reply = render(REPLIES["factoid"](asked, sentences, context))
    assert reply[0].startswith("Kansas City Chiefs")


SHAKEUP = (
    "For those who have yet to catch up on the shakeup at OpenAI, here's what we know so far:\n\n"
    "Why was Altman ousted?\n\n"
    "A blog post said the board found Altman \u201cwas not consistently candid in his communications.\u201d\n\n"
    "Who is Emmett Shear?\n\n"
    "Shear is the former chief executive of Twitch."
)


def test_why_is_answered_under_a_subhead_that_asks_it_in_other_words(embedder):
    # x08: "ousted" for "fired" is too far apart for the words a short answer needs, not for a reason.
    article = Article(id="oa", title="OpenAI shakeup: what we know", text=SHAKEUP, published="2023-11-20")
    hit = Hit(Chunk("oa:0", "oa", 0, SHAKEUP.index("\n"), SHAKEUP), article, 1.0)
    found = answers(named_in(analyse("why was altman fired"), [hit]), [hit], embedder.encode, 700)
    assert [SHAKEUP[h.chunk.start : h.chunk.end] for h in found] == [SHAKEUP.split("\n\n")[2]]
    assert answers(named_in(analyse("who fired altman"), [hit]), [hit], embedder.encode, 700) == []


GUIDE = (
    "After more than two decades on television, the 29th annual SAG Awards will stream "
    "exclusively online this weekend.\n\n"
    "Where can I watch SAG Awards 2023?\n\n"
    "The SAG Awards will be broadcast live Sunday on Netflix's official YouTube channel.\n\n"
    "Who are the presenters?\n\n"
    '"Aftersun" Oscar nominee Paul Mescal is confirmed to present during Sunday\'s ceremony, along with '
    "Emily Blunt, Jessica Chastain and Mark Wahlberg.\n\n"
    "Who is expected to win SAG Awards?\n\n"
    "Cate Blanchett is expected to pick up best actress, though Oscar voters may disagree."
)


def test_a_list_is_the_names_under_the_subhead_its_title_scopes(embedder):
    # sg06 (held77): "Who are the presenters?" asks who presents at the SAG Awards under
    # its title; "Oscar" of "Oscar nominee" names no one
    title = "SAG Awards 2023: How to watch tonight's show live"
    article = Article(id="sag", title=title, text=GUIDE, published="2023-02-23")
    hit = Hit(Chunk("sag:0", "sag", 0, GUIDE.index("\n"), GUIDE), article, 1.0)
    asked = named_in(analyse("who are the presenters at the sag awards"), [hit])
    hits = [hit, *answers(asked, [hit], embedder.encode, 700)]
    assert [GUIDE[h.chunk.start : h.chunk.end] for h in hits[1:]] == [GUIDE.split("\n\n")[4]]
    index = Index(Signature("m", 384, 700, 100), articles={"sag": article})
    sentences = gather(asked, hits, embedder.encode, index, 24, 15)
    context = Context(hits, None, Scorer.load("open"), embedder.encode, index)
    reply = render(REPLIES["list"](asked, sentences, context))[0]
    # one sentence names them all: one line
    assert reply.startswith('- Paul Mescal, Emily Blunt, Jessica Chastain, Mark Wahlberg — "'), reply
    assert len(reply.splitlines()) == 1 and reply.endswith("[1]")
    # under a title that does not scope it, the subhead asks too little
    bare = Article(id="sag", title="How to watch tonight's show", text=GUIDE, published="2023-02-23")
    hit = Hit(Chunk("sag:0", "sag", 0, GUIDE.index("\n"), GUIDE), bare, 1.0)
    assert (
        answers(
            named_in(analyse("who are the presenters at the sag awards"), [hit]), [hit], embedder.encode, 700
        )
        == []
    )


COP27 = (
    "An Egyptian resort town will begin hosting a massive annual United Nations climate meeting.\n\n"
    "What are the dates of COP27?\n\n"
    "The U.N. Climate Change Conference runs Sunday to Nov. 18.\n\n"
    "Where is COP27 being held?\n\n"
    "It's being held in the Red Sea resort town of Sharm el-Sheikh."
)


def test_a_subhead_asking_the_dates_answers_when(embedder):
    # eg03 (held80): "when" is asked as "What are the dates of …?"; "where" is not
    article = Article(
        id="cop",
        title="COP27 climate change summit starts Sunday in Egypt: What to know",
        text=COP27,
        published="2022-11-01",
    )
    hit = Hit(Chunk("cop:0", "cop", 0, COP27.index("\n"), COP27), article, 1.0)
    found = answers(named_in(analyse("when does cop27 start"), [hit]), [hit], embedder.encode, 700)
    assert [COP27[h.chunk.start : h.chunk.end] for h in found] == [
        "The U.N. Climate Change Conference runs Sunday to Nov. 18."
    ]
    assert answers(named_in(analyse("who is hosting cop27"), [hit]), [hit], embedder.encode, 700) == []
