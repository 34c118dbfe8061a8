"""Reply kinds from real sentences: question kinds, casual typing, which sentences may be
shown, pronoun-led sentences, yes/no verdicts and the unsupported-sentence check. The
spaCy parse is real; no encoder, no language model."""

import zlib
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from rag.answer import READ_WITH_LEADS
from rag.bearing import about, doers_held, kin_words, other_ordinal, restates, said_by, said_by_another
from rag.candidates import Candidate
from rag.evaluate import unsupported
from rag.evidence import gather
from rag.furniture import readable, set_alone
from rag.index import Index, Signature
from rag.mentions import done_by_asked
from rag.names import asked_share, named_in, spelled, surnamed, worded_share
from rag.question import analyse, defined, tidy
from rag.reasons import causes_asked, done_for, explains
from rag.replies import REPLIES, Context, Quote, Reply, factoid, listing, render
from rag.replies.factoid import (
    NEARLY,
    asked_inside,
    brings_in,
    counts_asked,
    done,
    headlined,
    lists_next,
    names_one,
    nearby,
    nearest_asked,
    restating,
)
from rag.replies.yesno import asked as yesno_asked
from rag.replies.yesno import deeds
from rag.retrieve import leads
from rag.scorer import Evidence, Scorer
from rag.sentences import (
    Sentence,
    after,
    dated_from,
    lead_clause,
    leans,
    referent_names,
    section_places,
    widened,
)
from rag.shown import settle
from rag.text import content_words, initials, stem
from rag.types import Answer, Article, Chunk, Citation, Hit

SEED = Path("corpus/000_1463bcc52e466ebb.txt").read_text().split("---\n", 2)[2]
ARTICLE = Article(
    id="seed",
    title="Ayatollah Khamenei meets Cuban President Díaz-Canel in Tehran",
    text=SEED,
    published="2023-12-05",
)


def found(*texts, relevance=0.7):
    """The seed article's sentences, as evidence scored `relevance`, best first."""
    hit = Hit(Chunk("seed:0", "seed", 0, len(SEED), SEED), ARTICLE, 1.0)
    out = []
    for i, text in enumerate(texts):
        start = SEED.index(text)
        out.append(Sentence(hit, start, start + len(text), relevance - 0.01 * i, 1.0, 1))
    return out


def whole(text, id="a", title="T", published=None):
    """A hit on all of one article."""
    article = Article(id=id, title=title, text=text, published=published)
    return Hit(Chunk(f"{id}:0", id, 0, len(text), text), article, 1.0)


def alone(text, published, relevance=0.8):
    """The one sentence of a one-article text, as evidence holding every word of the question."""
    return Sentence(whole(text, published=published), 0, len(text), relevance, 1.0, 1)


def scored(hit, pairs, overlap=1.0):
    """The hit's sentences, given as (text, relevance), as evidence holding `overlap` of the
    question's words."""
    body = hit.article.text
    return [Sentence(hit, body.index(t), body.index(t) + len(t), r, overlap, 1) for t, r in pairs]


def story(said, relevance, title, published):
    """The sentences of one article written as `said`, each with its relevance, as evidence
    holding half of the question's words."""
    hit = whole(" ".join(said), title=title, published=published)
    return scored(hit, zip(said, relevance), overlap=0.5)


def context():
    return Context([], None, None, None, None)


@pytest.mark.parametrize(
    "question, kind",
    [
        ("How many documents were signed?", "factoid"),
        ("who's the cuban president", "factoid"),
        ("Who did the Cuban president meet?", "list"),
        ("who did the cuban president meet", "list"),
        ("Which companies were sued by the states?", "list"),
        ("Did Iran and Cuba sign a trade deal?", "yesno"),
        ("Why did Raisi go to Havana?", "describe"),
        ("What did Khamenei say about the Palestinian issue?", "describe"),
        ("How did the moon lander fail?", "describe"),
        ("What caused the outage?", "describe"),
        ("what is prophet song about", "describe"),
        ("What did the report find?", "describe"),
        ("what did the summit agree on", "describe"),
        ("what did the suspect tell police", "describe"),
        ("what does khamenei think the coalition should do", "describe"),
        ("What did Biden say Russia would do?", "describe"),
        # the tagger takes the lower-case name for a verb
        ("what did husted say about removing voters from the rolls", "describe"),
        # or for the verb, with "say" hung beneath it (vs05, held65)
        ("what did mark davis say about the super bowl coming to vegas", "describe"),
        ("did bankman-fried admit to fraud??", "yesno"),
        # a relative clause's "who" asks nothing (pg08, held65)
        ("will monahan lift the suspension on liv players who want to come back", "yesno"),
        ("whats the change to the rooney rule", "describe"),  # vs11 (held65)
        ("what counts as insufficient internet service", "describe"),  # kw14 (held66): a definition
        ("what qualifies as a heat wave", "describe"),
        ("What unusual fear does Jason Kelce admit to?", "factoid"),
        ("A sample from the asteroid has been found to contain an abundance of what?", "factoid"),
        ("what is the name of the novel", "factoid"),
        # what is done or comes next is told, not named (tg21, tg11 of held30; re04)
        ("what does a queen consort do", "describe"),
        ("what will dealers do to fix the recalled hyundais", "describe"),
        ("what will hospitals have to do under the florida law", "describe"),  # fd10 (held59)
        ("whats next now that the hollywood strikes are over", "describe"),
        ("whats the next race after mexico", "factoid"),
        ("what did camilla's coronation dress cost", "factoid"),  # "did" tagged as the main verb
        ("whats trubin doing during the war", "describe"),  # gk14 (held77): "doing" hung on the name
        ("Summarize the article about the Cuban president's visit to Iran", "summary"),
        ("tell me about the tunnel rescue", "summary"),
        ("whats going on with iran and cuba", "summary"),
        ("what's the latest on the strike??", "summary"),
        ("which states will the reopened buybuy baby stores be in", "list"),  # "states" read as a verb (bu12)
        ("hi", "overview"),
        ("what can you do?", "overview"),
        ("top stories", "overview"),
        ("whats new", "overview"),
    ],
)
def test_reply_kinds(question, kind):
    assert analyse(question).kind == kind


@pytest.mark.parametrize(
    "typed, meant",
    [
        ("whats going on w/ iran", "what is going on with iran"),
        ("how many docs were signed??", "how many documents were signed?"),
        ("who won the superbowl this yr", "who won the superbowl this year"),
        ("who's the cuban president", "who is the cuban president"),
        ("how many td passes did the qb throw", "how many touchdown passes did the quarterback throw"),
        ("what did chip carter say about his mom", "what did chip carter say about his mother"),
    ],
)
def test_casual_typing_is_read_as_meant(typed, meant):
    assert tidy(typed) == meant


@pytest.mark.parametrize(
    "text, shown",
    [
        ("What caused the outage?", False),  # a subhead phrased as a question
        (
            "In the history of Major League Baseball, only four managers have won a World Series with multiple teams:",
            False,
        ),
        ("Kevin McCarthy ousted as speaker in historic house vote", False),  # a headline fragment
        ("By Jane Smith, CNN", False),
        ("By Jane Smith and John Doe, USA TODAY Network reporters.", False),
        # xa22: "By" opens a byline only before a name
        ("By 2025, the company wants every customer to be able to borrow a reusable mug.", True),
        ("By the end of the week, the storm will have moved on to the east coast.", True),
        ("(AP Photo/Evan Vucci)", False),
        ("Photo: Getty Images", False),
        ("California law became known as the 'Skittles ban'", False),  # a quote closes no headline
        ('He said the plan is "dead on arrival."', True),
        ("“One thousand percent,” Travis agreed.", True),  # iv15: a short quote and who said it
        # Notes and calls to the reader, from the RealTimeQA articles.
        (
            "Editor's note: This page reflects the news from the Israel-Hamas war from Thursday, Oct. 12.",
            False,
        ),
        ("Keep up with developments from Gaza:Sign up for USA TODAY's Israel-Hamas War newsletter.", False),
        (
            "For the latest news and updates on the conflict in Israel, read USA TODAY's live coverage for Friday, Oct. 13.",
            False,
        ),
        ("Read Lorenzo Reyes' full analysis of Super Bowl 57's winners and losers here.", False),
        (
            "Why it matters: I’ve written about why the strong dollar has been extremely painful for other countries here.",
            False,
        ),
        ("She has written about the strike for the paper since it began here in March.", True),
        # a sentence a crawl cut from its start; a name written in lower case stays
        ("have been the subject of ethics revelations which spurred Democrats in Congress to act.", False),
        ("de Blasio said the city would reopen its schools on Monday.", True),
        (
            "For the latest news and updates on the Maui fire, check out our live updates file for Saturday, Aug. 12.",
            False,
        ),
        (
            "Ned Lamont is urging residents to sign up for their shots when they become eligible.",
            True,
        ),
        ("The Lions overcame a three-game losing streak early in the season to get here.", True),
        # a short sentence with a subject, a verb and a stop is reporting; a caption is not
        ("No people were reported injured.", True),
        # a caption after its photographer's credit (yb15)
        ("David Cliff/AP King Charles III welcomes Sunak during an audience at Buckingham Palace.", False),
        ("The AP/NORC poll found that most adults support the plan this year.", True),
        ("Getty Images.", False),
        # a note on the story itself (bo27)
        (
            "This story was adapted from the December 22 edition of CNN’s Meanwhile in America, the daily email about US politics for global readers.",
            False,
        ),
        ("This story has been updated with additional developments.", False),
        ("This story was originally published in 2012.", False),
        ("This story has drawn criticism from the mayor, who said it was updated too late.", True),
        (
            "Earlier today, the Cuban president met Iranian President Ebrahim Raisi where seven cooperation documents were signed between the two countries.",
            True,
        ),
    ],
)
def test_only_reporting_is_shown(text, shown):
    assert readable(text) is shown


def test_a_pronoun_led_sentence_comes_with_the_one_before_it():
    led = "He criticized the international organizations for turning a blind eye on the massacre of tens of thousands of people in Gaza two-thirds of whom he said are women and children."
    assert (
        leans(led)
        and leans("The company said it would appeal.")
        and not leans(
            "The visit of a Cuban president to Tehran took place 22 years after Fidel Castro, the then president of the country, paid a visit to Tehran."
        )
    )
    question = analyse("What did the Cuban president say about international organizations?")
    text, citations, _ = render(REPLIES["describe"](question, found(led), context()))
    assert text.startswith("The Cuban president also touched upon the grave situation in Gaza")
    assert "He criticized the international organizations" in text and len(citations) == 1
    assert citations[0].quote == SEED[citations[0].start : citations[0].end]


@pytest.mark.parametrize(
    ("text", "last", "opens"),
    [
        (
            "Two Democrats filed a resolution on Tuesday to force a vote on the floor. "
            "“He has clearly committed massive crimes. He has lied to his constituents. His whole life is a "
            "fabrication, and he is prepared to be expelled,” Garcia said Tuesday after filing the resolution.",
            "His whole",
            "“He has clearly",
        ),
        # bo15: closed by a straight mark glued to its last word; Carol Craig's quote was
        # shown from its second sentence, "You send them …"
        (
            "Craig spoke at the meeting on Monday night.\n\n"
            '"When you put them out of school, you send them on a track to drop out of school. '
            'You send them on a track for the school-to-prison pipeline," said Carol Craig, education spokesperson.',
            "You send them on a track for",
            '"When you put',
        ),
        # mv08: a quote opening on a question, which alone reads as a subhead
        (
            "It was confirmed again.\n\n"
            "“Have I or have I not? I am hearing different things,” Verstappen said, after he was crowned.",
            "I am hearing",
            "“Have I",
        ),
    ],
)
def test_a_quote_told_over_sentences_is_shown_from_where_it_opens(text, last, opens):
    hit = whole(text, "g", "t")
    at = text.index(last)
    assert leans(text[at:])
    assert widened(Sentence(hit, at, len(text), 0.7, 0.5, 1)) == text.index(opens)


def test_what_leans_on_the_sentence_before():
    assert leans("be expelled,” Garcia said.") and leans("Even if that means a recession.")
    # a straight mark that opens a quote leans on nothing
    assert not leans('Officials said "suspensions work" and left the room early on Monday.')


def test_yes_no_gives_a_verdict_only_from_an_article_of_the_questions_day():
    text = (
        "The Fed announced yesterday it would raise its benchmark interest rate by another 75 basis "
        "points, the sixth rate increase this year."
    )
    s = alone(text, "2022-11-03", relevance=0.7)
    question = analyse("did the fed raise rates")

    def on(day):
        return REPLIES["yesno"](question, [s], Context([], day, None, None, None))

    assert on(date(2022, 11, 4)).short == "yes"
    later = on(date(2023, 11, 3))  # a year on: what the news said then, no verdict
    assert later.short == "" and not later.refused and render(later)[0].startswith("What the news says")


def test_yes_no_without_a_verdict_shows_the_sentence_that_holds_the_question():
    # From the Chicago Marathon report: only the last sentence says whether the record is
    # official, and it scores far below the other two.
    said = [
        "Kiptum set the record for a runner in his marathon debut with a 2:01:53 in the Valencia Marathon in "
        "Spain last December.",
        "In his next race, the World Marathon Major at London in April, Kiptum fell just short of the previous "
        "world record with a time of 2:01:25.",
        "The new record time is subject to verification by World Athletics (formerly International Association "
        "of Athletics Federations, or IAAF) before it becomes official.",
    ]
    sentences = story(
        said,
        (0.69, 0.66, 0.42),
        "2023 Chicago Marathon: Kenyan Kelvin Kiptum sets world record",
        "2023-10-08",
    )
    question = named_in(
        analyse("is kiptum's record official yet"), [sentences[0].hit]
    )  # "Kiptum" as the text writes it
    text = render(REPLIES["yesno"](question, sentences, context()))[0]
    assert text.startswith("What the news says: ") and "before it becomes official" in text


def test_the_verb_of_does_is_no_name():
    # wj25 (held33, read): "CNBC Make It" made "make" a name the sentences must hold
    text = "On average, a family physician is paid $211,717 for clinical services, CNBC Make It reports. Read CNBC Make It for more."
    question = named_in(analyse("how much does a family doctor in canada make"), [whole(text)])
    assert "mak" not in question.names


def test_the_noun_asked_by_kind_is_no_name_however_the_text_writes_it():
    # bb09 (held70, read): "Game Time Sports Bar & Grill" made "time" a name, and "what
    # time is the bengals steelers game" was read again as a phrase asked of the game
    text = (
        "Game Time Sports Bar & Grill: Whether it's the Reds, Bengals or your favorite college team, "
        "Game Time Sports Bar & Grill is a great place to gather. Fans will fill the stadium at 1 p.m."
    )
    question = named_in(analyse("what time is the bengals steelers game"), [whole(text)])
    assert (question.answer_type, question.focus) == ("time", "time")


def test_a_verb_typed_in_its_irregular_form_is_no_name():
    # e15: "bought" is no "Buy" of "Buy Buy Baby", however often the text writes that
    text = (
        "The stores of Buy Buy Baby will close. The Buy Buy Baby brand was sold for $15.5 million. "
        "Overstock.com bought the Bed Bath & Beyond name."
    )
    question = named_in(analyse("who bought bed bath & beyond's name"), [whole(text)])
    assert "buy" not in question.names and {"bed", "bath"} <= question.names


def test_yes_no_without_a_verdict_shows_the_sentence_that_does_the_asked_verb():
    # held15 g19: the denial scored below two sentences about the charges.
    said = [
        "Disgraced South Carolina attorney Alex Murdaugh has been indicted for the 2021 murders of his wife and son.",
        "Murdaugh last June called 911 to report that his wife and son had been shot.",
        "Murdaugh, a pillar of the South Carolina legal community, has denied involvement in the deaths.",
    ]
    sentences = story(
        said, (0.7, 0.65, 0.55), "Alex Murdaugh indicted for murders of wife and son", "2022-07-14"
    )
    question = analyse("did murdaugh deny killing his wife and son")
    assert question.verbs == {"deny", "kill"}
    text = render(REPLIES["yesno"](question, sentences, context()))[0]
    assert text.startswith("What the news says: ") and "has denied involvement" in text


def test_yes_no_without_a_verdict_shows_the_sentence_in_the_texts_word_for_its_verb():
    # held28 re06: "no injuries" is the text's word for "hurt" (kin_words); it scored below
    # two sentences about the recall.
    said = [
        "Hyundai and Kia are telling the owners of nearly 485,000 vehicles in the U.S. to park them outdoors.",
        "The recalls from the two Korean automakers are another in a long string of fire problems.",
        "Owners will be notified by letter starting April 5 about the engine fires recall.",
        "The automakers say they have 11 reports of fires in the U.S. but no injuries.",
    ]
    sentences = story(
        said, (0.6, 0.55, 0.52, 0.5), "Hyundai, Kia recall 485,000 vehicles over engine fires", "2022-02-08"
    )
    question = analyse("was anyone hurt in the hyundai kia engine fires")
    assert "hurt" in question.verbs
    text = render(
        REPLIES["yesno"](replace(question, kin=frozenset({("hurt", "injury")})), sentences, context())
    )[0]
    assert "but no injuries" in text
    assert "but no injuries" not in render(REPLIES["yesno"](question, sentences, context()))[0]


def test_yes_no_without_a_verdict_adds_the_short_sentence_that_tells_of_the_deed():
    # tune6 x17: the story's one word on injuries is five words long, far down the story and
    # far below the sentences about the fire; it is added to them, not put in their place.
    said = [
        "A large fire broke out under Interstate 10 Saturday after midnight, fully engulfing multiple pallets.",
        "The mayor said the fire's long-term impact could be reminiscent of the Northridge earthquake.",
        "No people were reported injured.",
    ]
    sentences = story(
        said,
        (0.52, 0.59, 0.32),
        "Los Angeles 10 Freeway fire: Highway closed until repairs are made",
        "2023-11-12",
    )
    question = analyse("did anyone get hurt in the la freeway fire")
    text = render(
        REPLIES["yesno"](replace(question, kin=frozenset({("hurt", "injur")})), sentences, context())
    )[0]
    assert text.startswith("What the news says: ") and "No people were reported injured. [" in text
    assert "A large fire broke out" in text
    # a name the parser takes for a verb ("is sunak …") is no deed to look for
    told = "Rishi Sunak becomes the first Hindu to lead Britain."
    sunak = named_in(analyse("is sunak the first hindu prime minister"), [whole(told)])
    assert "sunak" in sunak.verbs and deeds(sunak, told) == 0


def test_yes_no_without_a_verdict_adds_the_next_sentence_that_turns_it_down():
    # uh27 (held31): the request is the best sentence; the refusal follows it, short and
    # far below it
    said = [
        "Commissioners from that collection of leagues recently requested a reduction in the NCAA requirement that they field a minimum of 16 teams.",
        "The NCAA Division I Council denied it.",
        "Delaware, which fields 21 athletic teams, had $44.32 million in athletic funding.",
    ]
    sentences = story(said, (0.6, 0.3, 0.5), "Delaware athletics spending", "2022-12-22")
    text = render(REPLIES["yesno"](analyse("did the ncaa lower the 16 team minimum?"), sentences, context()))[
        0
    ]
    assert text.startswith("What the news says: ") and "The NCAA Division I Council denied it. [" in text


def test_yes_no_reads_no_verdict_from_another_one_doing_the_asked_verb():
    # xk24 (held34, read after its unseen run): the sentence holds "Wilmington mayor" and
    # "running", but it is the governor who may run
    said = "Following the announcement by Purzycki, who easily won his last two elections as Wilmington mayor, Delaware Gov. John Carney expressed an interest in running."
    reply = REPLIES["yesno"](analyse("is the wilmington mayor running again"), [alone(said, None)], context())
    assert reply.short == "" and render(reply)[0].startswith("What the news says: ")
    # a passive names what was done to, not another doer (s16)
    signed = "Earlier today, the Cuban president met Iranian President Ebrahim Raisi where seven cooperation documents were signed between the two countries."
    assert (
        REPLIES["yesno"](
            analyse("Did Iran and Cuba sign any documents?"), [alone(signed, None)], context()
        ).short
        == "yes"
    )


def test_yes_no_states_the_negation():
    said = "Reiterating that the Palestinian issue is not confined to the recent events in Gaza, Ayatollah Khamenei said that the Palestinian people have been suffering from different types of torture and massacre over the past 75 years."
    reply = REPLIES["yesno"](
        analyse("Is the Palestinian issue confined to the recent events in Gaza?"), found(said), context()
    )
    assert reply.short == "no" and render(reply)[0].startswith("No — ")
    reply = REPLIES["yesno"](
        analyse("Did Raisi visit Havana this year?"),
        found(
            "President Raisi visited Havana earlier this year upon an invitation by his Cuban counterpart."
        ),
        context(),
    )
    assert reply.short == "yes"
    # a sentence that bears on it but does not state it: no verdict
    reply = REPLIES["yesno"](
        analyse("Did Raisi visit Tehran?"),
        found(
            "President Raisi visited Havana earlier this year upon an invitation by his Cuban counterpart."
        ),
        context(),
    )
    assert not reply.short and render(reply)[0].startswith("What the news says: ")


def test_yes_no_reads_a_verdict_past_the_nearest_from_a_sentence_its_title_completes():
    """fc16 (held61): "the commission" of a story titled "MS flag: Commission …" is the flag
    commission, and the sentence that says it has a quorum scores below three others."""
    said = [
        "Led by Gunn, lawmakers last month removed the former flag after a flurry of debate.",
        "The deadline for the commission to report its flag design recommendation is Sept. 14.",
        "Six commission members met Wednesday at the Mississippi Civil Rights Museum.",
        "Even if Reeves delays the appointments further, however, the commission has a quorum and appears ready to continue conducting work.",
    ]
    question = analyse("does the flag commission have a quorum")
    for title, verdict in (
        ("MS flag: Commission to move quickly", "yes"),
        ("Commission to move quickly", ""),
    ):
        sentences = story(said, [0.7, 0.65, 0.6, 0.45], title, None)
        assert REPLIES["yesno"](question, sentences, context()).short == verdict
    # gt20 (held43): past the three nearest, only a sentence that says the deed outright
    said = [
        "Biden said it was much too early to make the decision on 2024.",
        "Biden spoke at the Detroit auto show on Wednesday.",
        "The president praised electric cars at the show.",
        "President Joe Biden said Friday that while he has not made a formal decision about running for reelection in 2024, it is his intention to do so.",
    ]
    sentences = story(said, [0.7, 0.65, 0.6, 0.45], "Biden on 2024", None)
    assert REPLIES["yesno"](analyse("is biden running again in 2024"), sentences, context()).short == ""
    # er16 (held41): only "the X" refers back to the title's X; "Columbus Day" is another day
    said = [
        "Biden also issued a proclamation Oct. 8, 2021, marking Columbus Day saying, "
        '"Today, let this day be one of reflection."'
    ]
    sentences = story(said, [0.7], "What is Indigenous Peoples' Day?", None)
    question = analyse("did biden issue a proclamation for indigenous peoples day")
    assert REPLIES["yesno"](question, sentences, context()).short == ""


def test_yes_no_reads_no_verdict_from_a_verb_that_turns_the_deed_down():
    # From the Cheri Lindsey story: every word of "did wales get parole?" is in it ("get out
    # of prison"), and no "not"; "denied" is its no.
    said = (
        "A New York State Parole Board denied Wales' release on April 12, 2017 — his first opportunity "
        "to get out of prison since being locked away in 1984."
    )
    on_the_day = Context([], date(2018, 3, 21), None, None, None)

    def reply(question):
        return REPLIES["yesno"](analyse(question), [alone(said, "2018-03-21")], on_the_day)

    assert not reply("did wales get parole?").short
    assert render(reply("did wales get parole?"))[0].startswith("What the news says: ")
    # The question's own verb is no turning down: what it asks is stated.
    assert reply("did the parole board deny wales' release?").short == "yes"


@pytest.mark.parametrize(
    "question, said, verdict",
    [
        # The "not" of another clause ("but claimed that he hasn't committed any crimes") is
        # no "no" to the asked deed (the Santos story).
        (
            "did george santos admit to lying",
            "GOP Rep.-elect George Santos of New York admitted in two separate interviews on Monday to lying "
            "about parts of his resume but claimed that he hasn’t committed any crimes and intends to serve "
            "in Congress.",
            "yes",
        ),
        # "No" before the subject is the deed's no.
        ("has a pope ever won the prize?", "No pope has ever won the prize, the committee said.", "no"),
        # Favorites "to win" have not won: no verdict (the 2015 Nobel story).
        (
            "has a pope ever won the nobel peace prize?",
            "German Chancellor Angela Merkel, Pope Francis and a champion of rape victims are among "
            "oddsmakers' favorites to win this year's Nobel Peace Prize, which will be announced in Oslo "
            "at 5 a.m. ET on Friday.",
            "",
        ),
        ("did the team win the title?", "The team could win the title on Sunday.", ""),
        # What one voted to do is done.
        (
            "did ohio legalize weed",
            "Ohio voters on Tuesday voted to legalize weed for adults over 21.",
            "yes",
        ),
        # "stop fact-checking" turns the deed down; "the fact-check ban" does no checking.
        (
            "will facebook fact-check trump",
            "Facebook’s fact-checkers will need to stop fact-checking former President Donald Trump "
            "following the announcement that he is running for president, according to a company memo.",
            "",
        ),
        # pc21 (held52): what an article warns of is its claim, not what is so.
        (
            "does cooking with aluminum cause cancer",
            'An undated article from a website called "Natural Beauty Secrets" that has been circulating '
            "on social media warns that cooking with aluminum allows it to leach into food and cause cancer "
            "and different neurological conditions.",
            "",
        ),
        (
            "does cooking with aluminum cause cancer",
            "Cooking with aluminum causes cancer, the study found.",
            "yes",
        ),
        # kw11 (held66): what a network "is supposed to" do by selling has sold nothing,
        # and what it "has yet to" do it has not done.
        (
            "has kentuckywired sold any connections to third-party providers",
            "The new KentuckyWired network, which is two years behind schedule, is supposed to provide "
            "internet service to state agencies and, in theory, drive down the cost of rural internet by "
            "selling affordable connections to third-party providers such as Wednesday’s recipients of USDA "
            "money.",
            "",
        ),
        (
            "has kentuckywired sold any third-party connections",
            "So far, KentuckyWired has only just begun serving two state offices and has yet to sell any "
            "third-party connections.",
            "no",
        ),
        (
            "will facebook fact-check trump",
            "While Trump is currently banned from Facebook, the fact-check ban applies to anything Trump "
            "says and false statements made by Trump can be posted to the platform by others.",
            "",
        ),
    ],
)
def test_yes_no_verdict_is_what_the_sentence_says_of_the_asked_deed(question, said, verdict):
    reply = REPLIES["yesno"](analyse(question), [alone(said, None)], context())
    assert reply.short == verdict
    assert render(reply)[0].startswith(f"{verdict.capitalize()} — " if verdict else "What the news says: ")


PRAISED = "The Supreme Leader also referred to his meeting with the late Fidel Castro 22 years ago, praising his honesty in expressing his revolutionary stances."
COALITION = "The Supreme Leader noted that this coalition, which he believed has to focus on economic cooperation, can influence significant world issues such as the Palestinian issue."
GENOCIDE = "The Cuban president also touched upon the grave situation in Gaza and said that what is going on in the Gaza Strip today is an unacceptable genocide."
VISITED = "President Raisi visited Havana earlier this year upon an invitation by his Cuban counterpart."
REVOLUTION = "Ayatollah Khamenei added that the Cuban Revolution and the character of Mr. Castro had been attractive to the Iranian revolutionary people even before the 1979 Islamic Revolution."
MET = "Ayatollah Khamenei made the remarks in a meeting in Tehran on Monday with Cuban President Miguel Díaz-Canel."
CRITICIZED = "He criticized the international organizations for turning a blind eye on the massacre of tens of thousands of people in Gaza two-thirds of whom he said are women and children."
RELATIONS = "Noting that the relations between Iran and Cuba have been on the right track after the Islamic Revolution, Díaz-Canel said that he is making every effort to further deepen the relations between the two countries in different areas, particularly in the areas of trade and economy."


@pytest.mark.parametrize(
    "question, sentence, said",
    [
        ("What quality of Fidel Castro did Khamenei praise?", PRAISED, False),  # no "quality" in it
        ("Whose honesty did Khamenei praise?", PRAISED, True),
        ("When did Khamenei meet Fidel Castro?", PRAISED, True),
        (
            "On which day of the week did Khamenei meet Díaz-Canel?",
            "Ayatollah Khamenei made the remarks in a meeting in Tehran on Monday with Cuban President Miguel Díaz-Canel.",
            True,
        ),
        ("What did Khamenei and Fidel Castro sign 22 years ago?", PRAISED, False),  # nothing signed
        ("Who is Cuba's ambassador to Iran?", RELATIONS, False),  # the role asked is not there
        ("What is the name of Díaz-Canel's wife?", RELATIONS, False),
        ("How much money did Iran lend Cuba?", RELATIONS, False),
        # a modal or light verb says how it is asked, not what about ("has to" for "should")
        ("What should the coalition focus on, according to Khamenei?", COALITION, True),
        ("What did Díaz-Canel call what is going on in the Gaza Strip?", GENOCIDE, True),
        # "will" stays: a report of what happened does not say what will
        ("When will Raisi visit Havana?", VISITED, False),
    ],
)
def test_a_sentence_that_restates_the_question(question, sentence, said):
    assert restates(analyse(question), found(sentence)[0]) is said


def test_a_sentence_doing_the_asked_verb_to_the_asked_subject_restates_nothing():
    """tn15 (held68): "Saied … had taken the decision to sack Mechichi" tells who sacked
    Mechichi, not whom Mechichi sacked."""
    question = analyse("who did mechichi sack last week")
    reversed_roles = "In a televised address, Saied said that he had taken the decision to sack Mechichi in order to save the state."
    assert not restates(question, alone(reversed_roles, "2021-07-26"))
    assert restates(
        question, alone("Last week, Mechichi also sacked the country’s health minister.", "2021-07-26")
    )


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("The report, released Monday by the nonpartisan Congressional Budget Office, concluded …", "cbo"),
        ("The event at the University of Florida erupted in chaos.", "uf"),
        ("Officials in the United States said so.", "us"),
        # a name that ends in its number keeps the number
        ("Formula 1 title won by Max Verstappen for third year in a row", "f1"),
        # kx09: a short form written with points, as typed without them
        ("A similar study ranked cities, with Washington, D.C. as the most gentrified city.", "dc"),
        # nb11: "for the" inside the name
        ("The Organization for the Prohibition of Chemical Weapons, or OPCW, is the winner.", "opcw"),
        # e01: a short form inside the run stays whole
        ("The US Women’s National Team will get its largest collective payday.", "uswnt"),
    ],
)
def test_a_name_holds_its_initials(text, short):
    assert short in initials(text)


def gathered(question, hit):
    """The hit's sentences scored against the question by a stand-in encoder that finds
    every sentence as close: what the names and words do, not the embedding model."""
    index = Index(Signature("m", 2, 1000, 100), articles={hit.article.id: hit.article})
    return gather(question, [hit], lambda texts: np.ones((len(texts), 2)) / np.sqrt(2), index, 24, 15)


def test_a_sentence_naming_the_body_in_full_holds_the_initials_the_question_gives():
    """Scored by a stand-in encoder: the names a sentence holds, not the embedding model."""
    text = (
        "The report, released Monday by the nonpartisan Congressional Budget Office, concluded that "
        "boosting the minimum wage to $15 per hour would lift 900,000 people out of poverty. "
        "Sen. Bernie Sanders challenged the findings."
    )
    hit = whole(text, "cbo", "Minimum wage report", "2021-02-08")
    question = analyse("What did the CBO report say about a $15 minimum wage?")
    assert "cbo" in question.names
    sentences = gathered(question, hit)
    report = next(s for s in sentences if s.text.startswith("The report"))
    sanders = next(s for s in sentences if s.text.startswith("Sen. Bernie"))
    assert report.untold == 0 and sanders.untold == 1


def test_a_roundups_state_is_named_by_the_news_under_it():
    """st12 (held71): "Cristina Garcia has been pushing for the legislation" under a
    roundup's "California" lacks no name of "who has been pushing the stealthing bill in
    california"; the news under "Delaware" does lack it."""
    text = (
        "Cast of Blues: News from around our 50 states\n\nCalifornia\n\n"
        "Sacramento: Lawmakers have moved to make the state the first to outlaw stealthing. "
        "Democratic Assemblywoman Cristina Garcia has been pushing for the legislation since 2017.\n\n"
        "Delaware\n\nDover: Democratic Senator Sarah McBride has been pushing for the legislation since 2019."
    )
    question = analyse("who has been pushing the stealthing bill in California")
    missing = {
        ("Garcia" if "Garcia" in s.text else "McBride"): s.missing
        for s in gathered(question, whole(text, "st", "News from around our 50 states", "2021-09-09"))
        if "pushing" in s.text
    }
    assert missing == {"Garcia": 0.0, "McBride": 1.0}


def test_an_age_given_beside_the_asked_name_is_kept_among_many_sentences_on_them():
    """tg22 (held30): a story on Camilla tells her age once, in a sentence on heirs. Scored
    by a stand-in encoder that finds every sentence as close, it is kept past the 15 best."""
    others = [f"Queen Camilla attended event number {n} of the week." for n in range(20)]
    aged = "Job No. 1 is to birth heirs, but that isn't an issue for Charles, 74, and Camilla, 75, who each have children."
    text = " ".join([*others, aged])
    hit = whole(text, "camilla", "What is a queen consort?", "2022-09-08")
    question = replace(analyse("how old is camilla"), names=frozenset({"camill"}))
    sentences = gathered(question, hit)
    assert any("Camilla, 75," in s.text for s in sentences)
    # Without an age asked, the 15 best are all that is kept.
    asked = replace(analyse("what did camilla do"), names=frozenset({"camill"}))
    kept = gathered(asked, hit)
    assert len(kept) == 15


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # the measure "how much" asks is no word the sentence must hold; the thing measured is
        ("How much is the bridge worth?", True),
        ("How much money did the bridge take?", True),
        ("How much is the tunnel worth?", False),
    ],
)
def test_the_measure_a_how_much_question_asks_is_not_a_word_to_hold(question, said):
    text = "The bridge cost $40 million and took three years to build."
    hit = whole(text, "b", "Lakeside bridge opens", "2024-03-01")
    assert restates(analyse(question), Sentence(hit, 0, len(text), 0.6, 0.5, 1), led=True) is said


@pytest.mark.parametrize(
    ("before", "said"),
    [
        ("Burgum reported raising $11.7 million for his campaign last week.", True),
        # the sentence leaned on names someone else: the question's name is not told
        ("Pence reported raising $11.7 million for his campaign last week.", False),
    ],
)
def test_a_leaning_sentence_holds_the_names_of_the_one_it_leans_on(before, said):
    offer = "His campaign is offering a $20 gift card to donors who give at least one dollar."
    text = f"{before} {offer}"
    hit = whole(text, "g", "Campaign cash", "2023-07-20")
    start = text.index(offer)
    # as gather scores it: the sentence alone lacks the question's one name
    s = Sentence(hit, start, len(text), 0.6, 0.5, 1, missing=1.0, untold=1.0)
    assert restates(analyse("What did Burgum offer donors?"), s) is said


def test_a_question_of_names_alone_is_restated_only_with_a_date_or_number_leading():
    """ "take place" asks nothing a sentence must hold; "1979" leads the sentence."""
    question = analyse("In which year did the Islamic Revolution take place?")
    assert question.answer_type == "date"
    assert restates(question, found(REVOLUTION)[0], led=True)
    assert not restates(question, found(REVOLUTION)[0])


@pytest.mark.parametrize(
    "question, sentence, names",
    [
        # "the name of the person" is not answered by a sentence that names nobody
        ("What is the name of the person who praised Castro's honesty?", PRAISED, False),
        ("Where did Khamenei meet Díaz-Canel?", MET, True),  # Tehran
        ("Where did Khamenei praise Castro?", PRAISED, False),  # no place in it
        ("Who did Díaz-Canel criticize?", CRITICIZED, True),  # a description may answer "who"
        ("who criticized the international organizations", CRITICIZED, False),  # who did it: no one named
    ],
)
def test_a_sentence_alone_names_what_a_who_or_where_asks(question, sentence, names):
    assert names_one(analyse(question), found(sentence)[0]) is names


def test_who_did_it_is_not_told_by_a_sentence_that_names_no_one():
    # f21: the winner is never named; "the lucky ticket holder" is no answer to who won.
    sold = (
        "A lone winning ticket for the record $2.04 billion Powerball lottery jackpot was sold in Altadena, "
        "California, lottery officials said Tuesday, making the lucky ticket holder the winner of the largest "
        "lottery prize ever."
    )
    question = analyse("who won the 2.04 billion powerball jackpot")
    assert not names_one(question, alone(sold, "2022-11-08"))
    assert names_one(question, alone(sold.replace("the lucky ticket holder", "Edwin Castro"), "2022-11-08"))


def test_a_factoid_without_a_short_answer_shows_the_sentence_that_restates_it():
    question = analyse("What did Khamenei praise Fidel Castro for?")
    scored = Context([], None, Scorer.load("open"), None, None)  # no encoder: no short answer clears it
    reply = REPLIES["factoid"](question, found(PRAISED), scored)
    assert not reply.refused and render(reply)[0] == PRAISED + " [1]"


def test_the_candidate_nearest_the_asked_words_leads_a_restating_sentence():
    # r31: "September" scored above "2025", but only "2025" says when he pitches again.
    text = "After undergoing elbow surgery in September, Ohtani is not expected to pitch again until 2025."
    s = Sentence(whole(text, "o", "Ohtani", "2023-12-15"), 0, len(text), 0.8, 0.5, 1)
    september, later = (
        Candidate(word, word, "DATE", [s], [(text.index(word), text.index(word) + len(word))])
        for word in ("September", "2025")
    )
    question = analyse("When can Ohtani pitch again?")  # the corpus makes "ohtani" a name (named_in)
    assert nearest_asked(question, s, [september, later]).text == "2025"


def test_a_sentence_holding_an_asked_word_only_in_the_candidate_does_not_lead_it():
    """wp02 (held68): "by the end of this decade" holds the "end" of "when does cop28 end"
    itself; "until 2025" leads "When can Ohtani pitch again?" with "pitch" outside it."""
    text = "The U.N. body said earlier this month that emissions need to fall by the end of this decade."
    s = Sentence(whole(text, "c", "COP28", "2023-11-30"), 0, len(text), 0.8, 0.5, 1)
    at = (text.index("the end"), text.index("decade") + len("decade"))
    assert asked_inside(analyse("when does COP28 end"), s, at)
    pitch = "Ohtani is not expected to pitch again until 2025."
    s = Sentence(whole(pitch, "o", "Ohtani", "2023-12-15"), 0, len(pitch), 0.8, 0.5, 1)
    assert not asked_inside(analyse("When can Ohtani pitch again?"), s, (pitch.index("2025"), len(pitch) - 1))
    # d12 (held12): a figure inside the candidate is its value, not the "2" of "issue 2"
    weed = "The proposal would allow Ohioans age 21 and older to buy and possess 2.5 ounces of cannabis."
    s = Sentence(whole(weed, "w", "Ohio Issue 2", "2023-08-24"), 0, len(weed), 0.8, 0.5, 1)
    at = (weed.index("2.5"), weed.index(" of cannabis"))
    assert not asked_inside(analyse("how much weed could you buy under ohio issue 2"), s, at)


def untold_after_the_fbi(said: str, question: str) -> dict[str, float]:
    """`Sentence.untold` of each sentence of "<a sentence naming the FBI> <said>", by its
    words before " says"; scored by a stand-in encoder: the names a sentence holds, not the
    embedding model."""
    text = f"Investigators have seen an explosion in complaints, leading the FBI to warn parents.\n\n{said}"
    hit = whole(text, "fbi", "A boy died hours after being scammed", "2023-05-01")
    index = Index(Signature("m", 2, 1000, 100), articles={"fbi": hit.article})
    sentences = gather(
        analyse(question), [hit], lambda texts: np.ones((len(texts), 2)) / np.sqrt(2), index, 24, 15
    )
    return {s.text.split(" says")[0]: s.untold for s in sentences if " says" in s.text}


def test_a_sentence_that_names_no_one_new_is_about_what_the_sentences_before_named():
    untold = untold_after_the_fbi(
        "The bureau says there were over 18,000 sextortion-related complaints in 2021. "
        "Aaron Judge's agency says there were 900 complaints in 2021. "
        "The agency says 12,000 complaints were filed in Canada.",
        "how many sextortion complaints did the FBI get in 2021",
    )
    # one naming someone or somewhere new is not about the FBI of the sentences before
    assert untold == {"The bureau": 0.0, "Aaron Judge's agency": 1.0, "The agency": 1.0}


def test_one_the_sentences_before_name_by_surname_is_named_in_full():
    """tx12 (held73): "Erin" is a name now that the text writes "Erin Reed" (names.named_in),
    and her quote two sentences after "Reed" is hers. Scored by a stand-in encoder: the
    names a sentence holds, not the embedding model."""
    text = (
        "Erin Reed is a transgender activist. She lives in Maryland. Reed flies often for work.\n\n"
        "\u201cIt also means I won't have to take an extra 15 minutes at the airport.\u201d"
    )
    hit = whole(text, "tx", "A new passport policy", "2022-03-31")
    index = Index(Signature("m", 2, 1000, 100), articles={"tx": hit.article})
    question = named_in(analyse("how much extra time did erin reed have to take at the airport"), [hit])
    assert question.names == {"erin", "reed"}
    sentences = gather(question, [hit], lambda texts: np.ones((len(texts), 2)) / np.sqrt(2), index, 24, 15)
    assert {s.text[:12]: s.untold for s in sentences}["\u201cIt also mea"] == 0.0


def test_a_sentence_that_names_no_other_place_is_of_the_place_its_story_lead_names():
    """fc01, fc06 (held61): "MS flag: …" writes Mississippi only in its lead; a sentence
    three paragraphs on that names no other place is of Mississippi. Scored by a stand-in
    encoder: the names a sentence holds, not the embedding model."""
    text = (
        "Mississippi's flag commission agreed on a process for selecting a new state banner Wednesday.\n\n"
        "Flag retired after pressure from outside groups\n\n"
        "Lawmakers removed the former flag last month. Their legislation created the commission.\n\n"
        "Officials said they have already received about 600 design proposals from the public. "
        "Alabama officials said they received 90 design proposals for their own flag."
    )
    hit = whole(text, "ms", "MS flag: Commission to move quickly", "2020-07-22")
    index = Index(Signature("m", 2, 1000, 100), articles={"ms": hit.article})
    question = analyse("how many design proposals has the mississippi flag commission received")
    sentences = gather(question, [hit], lambda texts: np.ones((len(texts), 2)) / np.sqrt(2), index, 24, 15)
    untold = {s.text.split(" said")[0]: s.untold for s in sentences if " said" in s.text}
    assert untold == {"Officials": 0.0, "Alabama officials": 1.0}


def test_a_sentence_that_names_no_other_place_holds_the_asked_place_its_story_lead_names():
    """sc02 (held74): "… produced at least seven tornadoes" below a lead of storms tearing
    through South Carolina holds "south carolina" of "how many tornadoes hit south
    carolina", though the place is common enough that no sentence must name it. Scored by
    a stand-in encoder: the names a sentence holds, not the embedding model."""
    text = (
        "A day after devastating storms tore through South Carolina, at least 19,000 customers were without power.\n\n"
        "It's still too early to understand the damage done by the storm system that produced at least seven tornadoes.\n\n"
        "In Georgia, the storms produced at least three tornadoes."
    )
    hit = whole(text, "sc", "SC tornadoes: Hundreds sheltered in hotels", "2020-04-14")
    sentences = gathered(analyse("how many tornadoes hit south carolina"), hit)
    shared = {s.text.split(" ")[1]: s.titled_overlap for s in sentences if "tornadoes" in s.text}
    assert shared == {"still": 0.75, "Georgia,": 0.25}


def test_a_title_holds_the_question_words_it_writes_in_another_form():
    """yl16: "killed" of the title "… who killed 4 college students in Moscow" holds the
    "killings" of "who were the victims of the idaho killings" (the stems "kill" and
    "killin" differ): the sentence on "victim Kaylee Goncalves" is about the question."""
    text = (
        "Moscow, Idaho CNN —\n\nPolice have not arrested any suspect.\n\n"
        "Investigators looked into information about victim Kaylee Goncalves having a stalker."
    )
    hit = whole(
        text, "id", "Inside the investigation into who killed 4 college students in Moscow", "2022-11-23"
    )
    victim = next(
        s for s in gathered(analyse("who were the victims of the idaho killings"), hit) if "victim" in s.text
    )
    assert victim.titled_overlap == 1.0 and victim.related


@pytest.mark.parametrize(
    ("words", "held", "share"),
    [
        ({"killin"}, {"kill", "moscow"}, 1.0),  # "killings" of the question, "killed" of the title
        ({"fin"}, {"final"}, 0.0),  # zc04: "fined" is no "final"
        ({"win"}, {"winnin"}, 0.0),  # f21: who "won" is not said by "a single winning ticket"
        ({"jackpo", "powerb"}, {"jackpo"}, 0.5),
    ],
)
def test_a_word_is_held_in_another_form_only_by_stems_of_four_letters(words, held, share):
    assert worded_share(frozenset(words), frozenset(held)) == share


def test_a_sentence_that_opens_on_a_name_of_its_own_is_not_about_the_names_before_it():
    # vi28 (held32): "Greyhound bus service expects 650,000 riders" after two sentences on
    # Amtrak answered how many Amtrak riders were expected.
    untold = untold_after_the_fbi(
        "Greyhound says there were over 700 complaints in 2021. Riders of a Greyhound bus were warned too.",
        "how many complaints did the FBI get in 2021",
    )
    assert untold == {"Greyhound": 1.0}
    # a word capitalized only where a sentence begins is no name (pg07, held65: "Today’s
    # announcement makes his reported price — $100 million — …" after a sentence on Smith)
    untold = untold_after_the_fbi(
        "Agents were busy. Today’s tally says there were 900 complaints in 2021.",
        "how many complaints did the FBI get in 2021",
    )
    assert untold == {"Today’s tally": 0.0}


@pytest.mark.parametrize(
    "question, text, answer",
    [
        # r26, f11, z05: the deal, the storm, the fans are worded otherwise or left unsaid
        (
            "how much is the alaska hawaiian deal worth",
            "Alaska Airlines announced Sunday it will acquire Hawaiian Airlines for $1.9 billion, expanding the "
            "fifth-largest airline in the U.S.",
            "$1.9 billion",
        ),
        (
            "how much snow could the sierras get from the storm",
            "Snow could top out at 1 to 2 feet in the Rockies, and 3 to 5 feet in the Sierras by the end of "
            "the weekend.",
            "3 to 5 feet",
        ),
        # t22, a trap: what was done is not worded otherwise ("score" is the tagger's object of "sainz")
        (
            "how many points did sainz score in singapore",
            "Sainz still trails by a 151-point margin in the Drivers' Championship.",
            None,
        ),
        # n14: "take effect" is what is done; a signing date is not when the ban takes effect
        (
            "when does the skittles ban take effect",
            'Newsom signed the "Skittles ban" on October 9, 2023.',
            None,
        ),
    ],
)
def test_the_best_candidate_answers_when_its_sentence_words_one_asked_thing_otherwise(question, text, answer):
    asked = analyse(question)
    s = Sentence(whole(text, "a", "T", "2023-12-04"), 0, len(text), 0.7, 0.6, 1)
    short = answer or next(w for w in ("151", "October 9, 2023") if w in text)
    at = (text.index(short), text.index(short) + len(short))
    label = (
        "DATE" if asked.answer_type == "date" else ("CARDINAL" if asked.answer_type == "count" else "MONEY")
    )
    evidence = Evidence(type_match=1.0, unit_match=1.0, overlap=0.6)
    best = Candidate(short, short.lower(), label, [s], [at], evidence=evidence, score=0.05)
    reply = restating(asked, [s], [best], "factoid", None)
    assert (reply.short if not reply.refused else None) == answer
    # below NEARLY the sentence does not vouch for it
    assert restating(asked, [s], [replace(best, score=NEARLY / 2)], "factoid", None).refused


@pytest.mark.parametrize(
    "question, word, is_done",
    [
        ("when does the skittles ban take effect", "effect", True),
        ("how many points did sainz score in singapore", "score", True),
        ("where is sam altman going after openai", "going", True),
        ("how much is the alaska hawaiian deal worth", "deal", False),
        ("how many fans were at citizens bank park for the phillies game", "fans", False),
    ],
)
def test_what_a_question_says_was_done(question, word, is_done):
    assert (stem(word) in done(analyse(question))) is is_done


def test_a_sentence_dated_years_before_a_question_that_names_no_time_does_not_restate_it():
    text = (
        "It has been six years since leaders from the two sides have held a formal meeting, after "
        "Malcolm Turnbull's sit-down with Xi at the G20 in the Chinese city of Hangzhou in 2016."
    )
    s = alone(text, "2023-09-08")
    question = analyse("where was the g20 held")
    assert not restating(question, [s], [], "factoid", None).refused
    assert restating(question, [s], [], "factoid", date(2023, 9, 10)).refused


def test_below_the_threshold_a_sentence_that_holds_the_question_is_shown_with_no_answer_claimed():
    # c14 (held11): "$450 million" scored 0.063, under the threshold; its sentence names
    # Mahomes and most of what is asked.
    text = "Kansas City Chiefs QB Patrick Mahomes signed a contract worth $450 million."
    s = alone(text, "2023-12-09")
    question = analyse("how much is patrick mahomes contract")

    def best(score, overlap=0.67, missing=0.0, type_match=1.0):
        evidence = Evidence(overlap=overlap, missing=missing, type_match=type_match, support=0.7)
        at = text.index("$450")
        c = Candidate("$450 million", "450000000", "MONEY", [s], [(at, at + 12)], evidence, score)
        return [c]

    reply = nearby(question, best(0.063))
    assert not reply.refused and not reply.short
    assert render(reply)[0] == f"What the news says: {text} [1]"
    assert nearby(question, best(0.03)).refused  # too far below
    assert not nearby(question, best(0.037)).refused  # as sl05's and rl03's (0.035 to 0.04)
    assert nearby(question, best(0.063, missing=0.5)).refused  # lacks a name the question gives
    assert nearby(question, best(0.063, overlap=0.25)).refused  # holds too few of its words
    assert nearby(question, best(0.063, type_match=0.0)).refused  # not of the asked type
    # h25 (held3): a sentence of the same names that holds nothing else asked is another deed.
    vote = "The House is set to vote on Rep. George Santos' expulsion on Nov. 29."
    sentence = alone(vote, "2023-11-28")
    at = vote.index("Nov. 29")
    c = Candidate(
        "Nov. 29",
        "2023-11-29",
        "DATE",
        [sentence],
        [(at, at + 7)],
        Evidence(overlap=0.75, type_match=1.0),
        0.075,
    )
    assert nearby(analyse("When will George Santos be sentenced?"), [c]).refused
    assert not nearby(analyse("When will the House vote on George Santos' expulsion?"), [c]).refused
    # u09 (seed): a time the text tells only by its own day says no hour.
    today = replace(c, text="Earlier today", spans=[(0, 0)])
    assert nearby(analyse("When will the House vote on George Santos' expulsion?"), [today]).refused
    # dq33 (held40, a trap): "every penny" is money without a sum; it says no amount paid.
    said = "I'm making sure the Sun Bowl Parade tradition continues by sponsoring it, it's worth every penny."
    penny = alone(said, "2020-08-28")
    at = said.index("every penny")
    c = Candidate(
        "penny", "penny", "MONEY", [penny], [(at, at + 11)], Evidence(overlap=0.86, type_match=1.0), 0.058
    )
    assert nearby(analyse("how much did oscar leeser pay to sponsor the sun bowl parade"), [c]).refused


def test_below_the_threshold_a_sentence_leaning_on_the_one_before_may_give_a_weekday():
    # ac05 (held75): "The show will air Sundays …" names no show, but the sentence before
    # it does (titled_overlap 1: every word of the question with its referents); a weekday
    # is a day the show airs, though written in no figures.
    text = "The show will air Sundays at 8 EDT/PDT this fall."
    s = replace(alone(text, "2019-05-14"), titled_overlap=1.0)
    question = analyse("when will kids say the darndest things air")

    def best(sentence, written="Sundays"):
        where = (text.index(written), text.index(written) + len(written))
        return [
            Candidate(
                written,
                written,
                "DATE",
                [sentence],
                [where],
                Evidence(overlap=0.4, missing=1.0, type_match=1.0),
                0.066,
            )
        ]

    assert render(nearby(question, best(s)))[0] == f"What the news says: {text} [1]"
    assert nearby(question, best(replace(s, titled_overlap=0.8))).refused  # lacks what it is about
    assert nearby(question, best(s, "this fall")).refused  # no day
    # q20 (seed): a weekday is no date, for "on what date …"
    dated = analyse("on what date will kids say the darndest things air")
    assert nearby(dated, best(s)).refused


def written_alone(text, published, short, key, label, evidence, score):
    """The one sentence of a one-article text, and the candidate `short` as it writes it."""
    s = alone(text, published)
    at = text.index(short)
    return s, Candidate(short, key, label, [s], [(at, at + len(short))], evidence, score)


def ranked_only(monkeypatch, kind, question, s, candidate, last=True):
    """The `kind` reply to the question when its one sentence `s` yields only `candidate`."""
    monkeypatch.setattr(factoid, "ranked", lambda question, found, context: [candidate])
    return REPLIES[kind](
        analyse(question), [s], Context([], None, Scorer.load("open"), None, None, last=last)
    )


def test_a_factoid_from_a_sentence_that_names_none_of_the_questions_names_is_astray(monkeypatch):
    # u05 (held20): "at least 59" killed, from a Las Vegas story, answered how many were
    # killed in the Christchurch mosque shooting; the leads of the articles found hold "50".
    text = (
        "A gunman killed at least 59 people and injured more than 500 Sunday night in a mass "
        "shooting during a country music festival in Las Vegas, police said."
    )
    evidence = Evidence(overlap=0.6, type_match=1.0, unit_match=1.0, missing=1.0)
    s, vegas = written_alone(text, "2017-10-02", "at least 59", "59", "CARDINAL", evidence, 0.14)
    question = "how many people were killed in the christchurch mosque shooting"
    reply = ranked_only(monkeypatch, "factoid", question, s, vegas, last=False)
    assert reply.short == "at least 59" and reply.astray
    # Its sentence naming the shooting's city, it answers as it is.
    named = replace(vegas, evidence=replace(evidence, missing=0.0))
    reply = ranked_only(monkeypatch, "factoid", question, s, named, last=False)
    assert reply.short == "at least 59" and not reply.astray


def test_a_list_below_the_threshold_shows_its_best_items_sentence_as_what_the_news_says(monkeypatch):
    # uh16 (held31): "Snap" scored 0.089, under the threshold, and its sentence says
    # "lawsuit … targets", not "suing": the list was refused.
    text = (
        "The Dawleys’ lawsuit, which was filed last week, targets Snap, the parent company of "
        "Snapchat, and Meta, the parent company of Facebook and Instagram."
    )
    evidence = Evidence(overlap=0.67, type_match=1.0, support=0.7)
    s, snap = written_alone(text, "2022-04-19", "Snap", "snap", "ORG", evidence, 0.089)
    question = "which companies are the dawleys suing"
    reply = ranked_only(monkeypatch, "list", question, s, snap)
    assert reply.kind == "list" and not reply.refused and not reply.short
    assert render(reply)[0] == f"What the news says: {text} [1]"
    assert ranked_only(monkeypatch, "list", question, s, replace(snap, score=0.02)).refused


def test_a_story_reply_reads_the_lead_of_each_retrieved_article():
    text = (
        "More than 75,000 Kaiser Permanente workers demanding better pay plan a strike. "
        "Union officials said so on Monday.\n\nShould workers strike, hospitals will remain open."
    )
    article = Article(id="k", title="Kaiser strike", text=text, published="2023-10-02")
    later = text.index("Should")
    hit = Hit(Chunk("k:1", "k", later, len(text), text), article, 1.0)
    (lead,) = leads([hit], chars=100)
    assert lead.chunk.start == 0 and lead.chunk.text == text[: text.index(" Union")]  # whole sentences only
    assert leads([hit, lead], chars=100) == []
    assert analyse("why are kaiser workers striking").kind in READ_WITH_LEADS
    assert analyse("how many kaiser workers are striking").kind not in READ_WITH_LEADS


def test_who_is_the_role_is_whom_the_text_titles_so():
    """ "who's the cuban president" was answered "Ebrahim Raisi" from "President Raisi
    visited Havana … upon an invitation by his Cuban counterpart": the scorer liked that
    sentence better than the one that titles Díaz-Canel."""
    question = analyse("who's the cuban president")
    assert question.identity and question.focus == "president"
    assert not analyse("Who did the Cuban president meet?").identity
    raisi = Candidate(
        "Ebrahim Raisi", "ebrahim raisi", "PERSON", evidence=Evidence(overlap=1.0, titled=0.5), score=0.21
    )
    diaz = Candidate(
        "Miguel Díaz-Canel",
        "miguel diaz canel",
        "PERSON",
        evidence=Evidence(overlap=1.0, titled=1.0),
        score=0.05,
    )
    assert settle(question, [raisi, diaz], 0.09) == [diaz]
    assert settle(analyse("who is cuba's ambassador to iran"), [raisi], 0.09) == []
    # "who is <family pharmacy> selling …" is the parser's reading; nobody's role is asked.
    assert not analyse("who is family pharmacy selling its assets to").identity
    # u29 (seed, a trap): a capitalised role the tagger reads as a name is still a role;
    # "Iranian Parliament Speaker Mohammad Baqer Qalibaf" is no Cuban speaker.
    speaker = analyse("Who is the Speaker of the Cuban parliament?")
    assert speaker.identity and speaker.focus == "speaker"
    assert not analyse("Who is Taylor Swift?").identity


@pytest.mark.parametrize(
    "asked, written, same",
    [
        ("canadian", "Canada", True),
        ("chinese", "China", True),
        ("cuban", "Cuba", True),
        ("soccer", "socket", False),
        # Words that share no beginning, from the table of countries (text.countries):
        # tg25 (held30), "six reigning queens in British history" for "britain".
        ("britain", "British", True),
        ("dutch", "the Netherlands", True),
        ("french", "France", True),
        ("christmas", "island", False),  # a territory's words name other things first
        ("britain", "French", False),
        ("american", "Florida State", False),  # "United States" ends in a common word
        # sl08 (held58): the short form people write, not an ISO code or the start of a word
        ("uk", "A British official said", True),
        ("uae", "Emirati officials", True),
        ("uk", "Ukraine’s military", False),
        ("de", "German officials", False),
    ],
)
def test_a_people_is_named_from_its_country(asked, written, same):
    # g15 (held15): "the canadian women's soccer team" against "Canada Soccer" in the title.
    assert (asked_share(content_words(asked), frozenset(content_words(written))) == 1) == same


@pytest.mark.parametrize(
    ("asked", "written", "same"),
    [
        ("win", "the possible winning numbers", True),
        ("p", "the pension obligations", False),  # one letter begins too many words
        ("us", "the USMNT", False),
    ],
)
def test_a_short_stem_names_what_it_begins_from_three_letters(asked, written, same):
    # iv25 (held45): "a&p" had every word that begins with an "a" or a "p" name it
    assert (asked_share({asked}, frozenset(content_words(written))) == 1) == same


def test_a_headline_that_restates_the_question_gives_its_date():
    """g01 (held15): "July 16" scored below the threshold from the body, but the title
    says the hotline goes live July 16; the body's sentence is quoted."""
    text = (
        "Next week, states will roll out 988 as the new National Suicide Prevention Lifeline number. "
        "All phone service providers will be required to connect callers who dial 988 to the lifeline "
        "starting July 16."
    )
    start = text.index("All phone")
    title = "988 hotline goes live July 16 for suicide, mental health, crisis calls"
    s = Sentence(whole(text, "h", title, "2022-07-08"), start, len(text), 0.6, 0.5, 1)
    at = (text.index("July 16"), text.index("July 16") + len("July 16"))
    july = Candidate(
        "July 16, 2022", "2022-07-16", "DATE", [s], [at], evidence=Evidence(type_match=1.0, overlap=0.5)
    )
    assert headlined(analyse("when does the 988 hotline go live"), [july])[0].sentences == [s]
    # A title that lacks a word the question asks about vouches for nothing.
    assert headlined(analyse("when does the 988 hotline shut down"), [july]) == []
    # Nor does it for a name: a headline names many.
    assert headlined(analyse("who runs the 988 hotline"), [july]) == []
    # Nor when the body's sentence gives another date: the title may tell another part of it.
    other = Candidate("July 8, 2022", "2022-07-08", "DATE", [s], [at], evidence=Evidence(type_match=1.0))
    assert headlined(analyse("when does the 988 hotline go live"), [july, other]) == []


@pytest.mark.parametrize(
    "text, gives",
    [
        (
            "Gaetz had pressured McCarthy not to work with Democrats to avert a shutdown, but the former speaker did anyway.",
            True,
        ),
        (
            "Pence ended his longshot bid after being unable to gain traction in a party transformed by Trump.",
            True,
        ),
        ("The flight was cancelled due to a storm.", True),
        (
            "Rep. Ryan Zinke told reporters that he thinks McCarthy being ousted as speaker is sad and tragic.",
            False,
        ),
        (
            "President Raisi visited Havana earlier this year upon an invitation by his Cuban counterpart.",
            False,
        ),
    ],
)
def test_a_sentence_that_gives_a_reason(text, gives):
    assert explains(analyse("why did it happen"), text) is gives


@pytest.mark.parametrize(
    "text, gives",
    [
        (
            "Truss said Thursday that she would step aside for a new leader to be chosen within the next week, "
            "after a growing number of her own Conservative Party’s lawmakers said they could not support her any longer.",
            True,
        ),
        (
            "Liz Truss will become the shortest-serving prime minister in British history, after announcing her "
            "intention to resign just six weeks into a disastrous term.",
            False,
        ),
    ],
)
def test_an_after_clause_gives_a_reason_when_it_tells_another_event(text, gives):
    assert explains(analyse("why did liz truss resign"), text) is gives


@pytest.mark.parametrize(
    ("text", "gives"),
    [
        # y04 (held7): what a deed answers is its reason
        (
            "The code comes as a response to a litany of recent controversies involving private jet travel.",
            True,
        ),
        ("The response from the justices was swift.", False),
    ],
)
def test_a_response_to_something_gives_a_reason(text, gives):
    assert explains(analyse("why did the supreme court adopt an ethics code"), text) is gives


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # a01: the clause names the White House, the question's name, and tells another event
        (
            "why was biden's dog commander moved out of the white house",
            "Commander was relocated after biting White House staff and U.S. Secret Service officers "
            "nearly a dozen times in the past year.",
        ),
        # ws05 (held56): "will smith" typed in lower case is no name the question knows, but
        # the clause writes "Smith" as one; the joke is another event than the slap
        (
            "why did will smith slap chris rock",
            "The actor struck Rock as the comedian was on stage presenting at the Academy Awards on March 27 "
            "after Rock had made a joke about Smith’s wife, Jada Pinkett Smith’s, close-cropped hair.",
        ),
    ],
)
def test_an_after_clause_may_name_who_the_question_names(question, text):
    assert explains(analyse(question), text)


@pytest.mark.parametrize(
    ("text", "gives"),
    [
        # the doers' own reason
        ("The studios announced that they had suspended contract negotiations, saying the gap between the two sides was too great.", True),
        ("The airline cancelled 300 flights, citing safety concerns.", True),
        # a "since" of time is no reason
        ("On Oct. 2, for the first time since the strike began July 14, the union had resumed negotiations.", False),
    ],
)  # fmt: skip
def test_a_reason_its_doers_give_and_a_since_of_time(text, gives):
    assert explains(analyse("why did the actors strike talks break off"), text) is gives


def test_a_reason_said_outright_goes_before_one_implied():
    text = (
        "Talks broke off between Hollywood actors and studios late Wednesday.\n\n"
        "Actors and studios had taken several days off after resuming, and there were no reports of progress.\n\n"
        "The studios announced that they had suspended contract negotiations, saying the gap between the two sides was too great."
    )
    hit = whole(text, "talks", "Actors strike talks break off", "2023-10-12")
    parts = text.split("\n\n")
    sentences = [
        Sentence(hit, text.index(t), text.index(t) + len(t), r, 1.0, 1)
        for t, r in zip(parts, (0.73, 0.57, 0.52))
    ]
    reply = render(
        REPLIES["describe"](analyse("why did the actors strike talks break off"), sentences, context())
    )[0]
    assert "saying the gap" in reply, reply


def test_a_why_reply_leads_with_the_deed_and_what_goes_on_from_it_when_the_picks_tell_neither():
    # rw12 (held75): the closest sentences tell the law, none that the unions hate it; the
    # one that does, and the next going on from it, give the reason. Where a pick gives a
    # reason outright, the picks stand.
    law = [
        "“The goal of the Railway Labor Act was to reduce the likelihood of a work stoppage,” said Ian Jefferies.",
        "The Railway Labor Act was passed in 1926 as one of the very first labor laws in the nation.",
        "Under the Railway Labor Act, the National Mediation Board tries to bring the two sides together.",
    ]
    deed = "As much as management likes the law and its limits on strikes, the unions hate it."
    reason = "They say it would be far easier to reach a deal if they had the leverage of a possible strike."
    question = analyse("why do unions hate the railway labor act")
    hit = whole(
        " ".join([*law, deed, reason]), "rail", "How an arcane law stopped the rail strike", "2022-12-02"
    )
    sentences = scored(hit, zip([*law, deed], (0.95, 0.93, 0.9, 0.6)), overlap=0.5)
    reply = render(REPLIES["describe"](question, sentences, context()))[0]
    assert reply.index(deed) < reply.index(reason), reply
    because = "The Railway Labor Act was passed in 1926 because Congress wanted fewer strikes."
    hit = whole(" ".join([because, *law[:1], deed, reason]), "rail", "The rail law", "2022-12-02")
    sentences = scored(hit, zip([because, *law[:1], deed], (0.95, 0.93, 0.6)), overlap=0.5)
    assert reason not in render(REPLIES["describe"](question, sentences, context()))[0]


def test_a_why_reply_adds_the_reason_that_follows_the_deed():
    # dq31 (held40, the holiday traffic story): three sentences are chosen, the one telling
    # the deed among them; the reason is the next one ("The reason for this …"), which holds
    # none of the question's words. A next sentence that gives no reason is not added.
    before = [
        "As might be expected, poor weather is regularly a factor in the accidents and deaths on the road.",
        "However, according to Kolosh, the actual effects of a severe blizzard on a major holiday are not what you might expect.",
    ]
    deed = (
        "\"It's a little bit counterintuitive, but good weather in winter months actually results in "
        'more fatalities," he said.'
    )
    reason = (
        "The reason for this, he explained, is people are less likely to travel more than absolutely "
        "necessary in bad weather."
    )
    question = analyse("why does good weather in winter cause more deaths")
    for following, shown in ((reason, True), ("The reason for this has not been given.", False)):
        text = " ".join([*before, deed, following])
        hit = whole(text, "holidays", "The most dangerous holidays", "2013-12-23")
        sentences = scored(hit, zip([*before, deed], (0.72, 0.7, 0.68)))
        reply = render(REPLIES["describe"](question, sentences, context()))[0]
        assert deed in reply and (following in reply) is shown, reply


@pytest.mark.parametrize(
    ("question", "text", "said"),
    [
        ("What did Trump say to Voight?", "“I love having you here, especially since you are someone I really like,” Trump said, cheering the actor's performance.", True),
        ("What did Trump say to Voight?", "Trump grinned and clapped, giving a positive shake of the fist as Voight reclaimed his seat.", False),
        ("what did the person behind the synagogue threat tell authorities", "The person told authorities he does not like Jewish people and was very angry.", True),
        ("What did Alaska's CEO say about the merger?", "“We couldn't be more excited,” Alaska Air CEO Brad Tilden said in a statement.", True),
        # someone else speaking is not the one asked about, nor one of the same first name
        ("What did Trump say to Voight?", "Voight said the honor meant a great deal to him.", False),
        ("What did Rachel Sweet say about the vote?", "Rachel Looker said the vote was close.", False),
        ("What did Rachel Sweet say about the vote?", "Sweet said the vote was a historic win.", True),
        # a question that asks no one's words has no speaker
        ("Why did Raisi go to Havana?", "Raisi said he went to Havana upon an invitation.", False),
        # "he" is the one asked about when the sentence before names him, and only then
        ("What did Charles say about slavery?", "“I cannot describe the depths of my personal sorrow,” he told delegates.", True),
        ("What did Biggs say about the vote?", "“I cannot describe the depths of my personal sorrow,” he told delegates.", False),
        # finding someone is no finding
        ("What did Mahomes say about Germany?", "Mahomes found receiver Rashee Rice for an 11-yard touchdown on a wide receiver screen.", False),
        ("What did Mahomes say about Germany?", "Mahomes found that the crowd in Germany was loud.", True),
        # o14: the other side's campaign is not the one asked about; its spokesperson is
        ("What did the Biden campaign say about Trump's vermin comment?", "The Trump campaign said the criticism is coming from people who fear they will lose the election.", False),
        ("What did the Biden campaign say about Trump's vermin comment?", "“Donald Trump parroted the autocratic language of Adolf Hitler and Benito Mussolini,” said Aamer Moussa, spokesperson for the Biden reelection campaign.", True),
        # e10: accusing and declaring are saying
        ("what did biden say about putin at the un", "Biden accused Putin of making “irresponsible nuclear threats” in his speech.", True),
        # bo15: a straight quote glued to its last word closes one opened a sentence before
        ("what did carol craig say about suspensions", 'You send them on a track for the school-to-prison pipeline," said Carol Craig, education spokesperson for the Greater Indianapolis NAACP Branch.', True),
        ("what did carol craig say about suspensions", 'The board said "Carol Craig is wrong about suspensions" on Monday.', False),
        # sf11: a participle of saying is said by the subject of the verb it hangs on
        ("what did biden say about the critics", "Biden also took aim at Republican critics of his plan, calling their outrage “wrong” and “hypocritical.”", True),
        ("what did biden say about the critics", "Biden met the critics, with Harris calling their outrage “wrong.”", False),
        # iv15: by forename alone, where the story tells two brothers of one surname apart
        ("What did Travis Kelce say about the Swifties?", "“One thousand percent,” Travis agreed.", True),
        ("What did Travis Kelce say about the Swifties?", "“One thousand percent,” Travis Scott agreed.", False),
        # fd06 (held59): what a passive verb of judging is done by is who says it
        ("what do critics say about the florida law", "The measure has been condemned by critics as cruel.", True),
        ("what do critics say about the florida law", "The measure was approved by critics of the old one.", False),
        # oh13 (held63): what one posts is said
        ("What did the Angels say about Ohtani leaving?", "“Shohei Ohtani is a generational player,” the Angels posted on X.", True),
    ],
)  # fmt: skip
def test_a_sentence_where_the_one_asked_about_speaks(question, text, said):
    body = (
        f"Prince Charles made it clear in his opening remarks that he wants to change the status quo. {text}"
    )
    hit = whole(body, "a", "T", "2022-06-24")
    assert said_by(analyse(question), Sentence(hit, body.index(text), len(body), 0.6, 0.5, 1)) is said


SEED_SPEAKERS = (
    "Ayatollah Khamenei added that the Cuban Revolution had been attractive to the Iranian people.\n\n"
    "The Cuban president, for his part, said that the stances of the Supreme Leader are in the same line.\n\n"
    "Noting that the relations between Iran and Cuba have been on the right track, Díaz-Canel said that he is "
    "making every effort to further deepen the relations.\n\n"
    "He stressed that Tehran and Havana can complement each other in dealing with sanctions by the United States."
)


@pytest.mark.parametrize(
    ("question", "opening", "said", "another"),
    [
        # Díaz-Canel's words, and his "He stressed …" after them, are no answer to what Khamenei said
        ("what did khamenei say about the us", "He stressed", False, True),
        ("what did khamenei say about the us", "Noting that", False, True),
        ("what did diaz-canel say about the us", "He stressed", True, False),
        # "added" is saying
        ("what did khamenei say about the revolution", "Ayatollah Khamenei added", True, False),
        # a role may be the asked speaker's: no other
        ("what did khamenei say about cuba", "The Cuban president", None, False),
        # n52: a person may say what a thing asked about says ("what did harvard's report say")
        ("what did the tehran report say about the us", "Noting that", False, False),
    ],
)  # fmt: skip
def test_what_another_named_says_is_not_what_the_asked_speaker_said(question, opening, said, another):
    hit = whole(
        SEED_SPEAKERS, "seed", "Ayatollah Khamenei meets Cuban President Díaz-Canel in Tehran", "2023-12-05"
    )
    asked = named_in(analyse(question), [hit])
    at = SEED_SPEAKERS.index(opening)
    s = Sentence(hit, at, SEED_SPEAKERS.find("\n", at) % (len(SEED_SPEAKERS) + 1), 0.6, 0.5, 1)
    assert asked.speaker and said_by_another(asked, s) is another
    assert said is None or said_by(asked, s) is said


def test_a_role_the_story_gives_another_is_not_the_asked_speaker():
    # The seed article writes "Cuban President Miguel Díaz-Canel": "The Cuban president,
    # for his part, said …" is his, no answer to what Khamenei said about Castro.
    body = (
        "Ayatollah Khamenei made the remarks in a meeting in Tehran on Monday with Cuban President Miguel Díaz-Canel.\n\n"
        + SEED_SPEAKERS
    )
    hit = whole(body, "seed", "Ayatollah Khamenei meets Cuban President Díaz-Canel in Tehran", "2023-12-05")
    at = body.index("The Cuban president")
    s = Sentence(hit, at, body.index("\n", at), 0.6, 0.5, 1)
    khamenei = named_in(analyse("what did khamenei say about castro"), [hit])
    assert not said_by(khamenei, s) and said_by_another(khamenei, s)
    diaz = named_in(analyse("what did diaz-canel say about the supreme leader"), [hit])
    assert not said_by_another(diaz, s)


def test_the_other_sides_role_is_not_the_speaker():
    # o14: "the Trump campaign said" after a sentence naming the Biden campaign
    before = "Aamer Moussa, spokesperson for the Biden reelection campaign, spoke first."
    text = "“Those who try to make that assertion are snowflakes,” the Trump campaign said in a statement."
    body = f"{before} {text}"
    hit = whole(body, "a", "T", "2023-11-13")
    asked = analyse("What did the Biden campaign say about Trump's vermin comment?")
    assert not said_by(asked, Sentence(hit, body.index(text), len(body), 0.6, 0.5, 1))


@pytest.mark.parametrize(
    ("question", "said"), [("What did Charles say about slavery?", True), ("What did Biggs say?", False)]
)
def test_a_quote_that_goes_on_is_said_by_who_said_the_one_before(question, said):
    goes_on = "“I cannot describe the depths of my personal sorrow at the suffering of so many.”"
    body = f"Prince Charles spoke first at the opening of the summit. “While we strive for peace,” he told delegates. {goes_on}"
    hit = whole(body, "a", "T", "2022-06-24")
    assert said_by(analyse(question), Sentence(hit, body.index(goes_on), len(body), 0.6, 0.5, 1)) is said


@pytest.mark.parametrize(
    ("question", "said"),
    [("what did eric church say about the nra", True), ("what did tim mcgraw say about the nra", False)],
)
def test_a_sentence_inside_a_quote_opened_before_is_said_by_who_opened_it(question, said):
    # na03 (held50): the NRA sentence is the fourth of a quote whose first sentence "he said"
    body = (
        "Church is an adamant supporter of the Second Amendment but told Rolling Stone the shooting changed his "
        "feelings about guns “a little.” “Nobody should have 21 AKs and 10,000 rounds of ammunition and we don’t "
        "know who they are,” he said. “Something’s gotta be done so that a person can’t have an armory. I blame "
        "the lobbyists. And the biggest in the gun world is the NRA.”\n\nMcGraw and Hill were devastated by the shooting."
    )
    hit = whole(body, "a", "T", "2018-09-30")
    text = "And the biggest in the gun world is the NRA.”"
    asked = named_in(analyse(question), [hit])
    assert said_by(asked, Sentence(hit, body.index(text), body.index(text) + len(text), 0.6, 0.5, 1)) is said


def test_a_quote_run_over_sentences_is_shown_after_who_opened_it():
    # na03 (held50): the NRA sentence alone would leave the reader to guess who says it
    named = (
        "Church is an adamant supporter of the Second Amendment but told Rolling Stone the shooting changed "
        "his feelings about guns “a little.”"
    )
    text = "And the biggest in the gun world is the NRA.”"
    body = (
        f"{named} “Nobody should have 21 AKs and 10,000 rounds of ammunition,” he said. “Something’s gotta be "
        f"done so that a person can’t have an armory. I blame the lobbyists. {text}"
    )
    hit = whole(body, "a", "How the Las Vegas shooting changed country music", "2018-09-30")
    asked = named_in(analyse("what did eric church say about the nra"), [hit])
    reply = render(REPLIES["describe"](asked, scored(hit, [(text, 0.6)]), context()))[0]
    assert reply.startswith("Church is an adamant supporter") and "the NRA" in reply, reply


def test_a_name_typed_with_a_word_the_text_also_writes_in_lower_case():
    # na02 (held50): "church" is a name beside "eric", though a "church shooting" is not
    text = (
        "Eric Church played the festival two nights before the shooting. Church took the stage to share a song. "
        "She wrote it after the Charleston church shooting."
    )
    question = named_in(analyse("what song did eric church write after the shooting"), [whole(text)])
    assert {"eric", "church"} <= question.names
    lone = named_in(analyse("what song did they sing at the church"), [whole(text)])
    assert "church" not in lone.names


def test_a_forename_the_text_writes_only_opening_a_sentence_is_a_name():
    # gk01 (held77): "Anatoliy" never stands inside a sentence, so its case told nothing;
    # beside "Trubin" it is his name, and the question only names him
    text = "Anatoliy Trubin should be enjoying life as a professional footballer. Trubin spoke to CNN."
    question = defined(named_in(analyse("who is anatoliy trubin"), [whole(text)]))
    assert question.names >= {"anatol", "trubin"} and question.kind == "describe"
    lone = named_in(analyse("what did the mayor say about anatoliy"), [whole(text)])
    assert "anatol" not in lone.names


def test_the_kind_asked_for_is_no_name_the_text_writes_only_ending_names():
    # dr06 (held80): "Marsh Road", "Kirkwood Highway (Del. 2) … Farrand Drive" made "roads" a name
    text = (
        "A store off Marsh Road will close, as will one on Prangs Road and one near Holland Glade "
        "Road and Farrand Road. Emergency responders shut down roads for the fire."
    )
    assert "road" not in named_in(analyse("which roads were shut down for the fire"), [whole(text)]).names
    # written alone capitalized, it is one: "Which Democrats …"
    party = "Democrats voted with eight Republicans. Most Democrats said nothing."
    assert (
        stem("democrats") in named_in(analyse("which democrats voted to oust mccarthy"), [whole(party)]).names
    )
    # ly10: as is one typed with the name it ends
    grannies = "The Milwaukee Dancing Grannies will march again. Three Dancing Grannies died."
    asked = named_in(analyse("which dancing grannies died in the parade attack"), [whole(grannies)])
    assert stem("grannies") in asked.names
    # xj13: the noun "what" seems to ask may be a lower-case name
    said = "“All the leaders were lining up,” said Jean-Pierre Cabestan, a professor. Jean-Pierre Cabestan spoke."
    asked = named_in(analyse("what did jean-pierre cabestan say about the leaders meeting xi"), [whole(said)])
    assert stem("cabestan") in asked.names


# t03: Kamlager's quote is a paragraph of its own, "I think" inside it and "the Democrat
# said" at its end.
KAMLAGER = "Kamlager said there is still a long way to go."
OPENED = "“I think folks have to stop giving lip service to Black women and brown women.”"
CLOSED = "“The fact remains that Black and brown women face higher barriers of entry,” the Democrat said."


def test_a_quote_run_over_sentences_is_said_by_who_said_where_it_opened():
    # a league that announces is no role of hers
    opened, closed = OPENED, CLOSED
    league = "At the same time, the rival league announced Koepka changed his mind."
    body = f"{KAMLAGER}\n\n{opened} {closed} {league}"
    hit = whole(body, "a", "T", "2022-11-23")
    asked = analyse("what did kamlager say about black women in politics")
    said = [
        said_by(asked, Sentence(hit, body.index(t), body.index(t) + len(t), 0.6, 0.5, 1))
        for t in (opened, closed)
    ]
    assert said == [True, True]
    assert not said_by(asked, Sentence(hit, body.index(league), len(body), 0.6, 0.5, 1))


def test_a_quote_that_names_no_one_is_shown_after_who_says_it():
    # the quote alone would leave "the Democrat" to the reader
    body = f"{KAMLAGER}\n\n{OPENED} {CLOSED}"
    hit = whole(body, "a", "T", "2022-11-23")
    sentences = scored(hit, ((OPENED, 0.7), (CLOSED, 0.75)))
    asked = analyse("what did kamlager say about black women in politics")
    reply = render(REPLIES["describe"](asked, sentences, context()))[0]
    assert reply.startswith(KAMLAGER), reply
    assert "lip service" in reply and "the Democrat said" in reply


def test_what_a_role_said_is_not_what_others_say():
    # wj30 (held33, read): no sentence names a minister; the letter's words are not his
    said = [
        "“We, Quebec doctors who believe in a strong public system, oppose the recent salary increases,” the letter says.",
        "The group say they are offended that they would receive raises when nurses and patients are struggling.",
        "The cuts came from the Ministry of Health, the letter says.",
    ]
    sentences = story(said, (0.7, 0.65, 0.6), "Canadian doctors protest their own pay raises", "2018-03-07")
    asked = analyse("what did the quebec health minister say about the doctors letter")
    assert REPLIES["describe"](asked, sentences, context()).refused
    # a role the story names speaks
    said[2] = "“This is not about money,” Quebec's health minister said of the letter."
    sentences = story(said, (0.7, 0.65, 0.6), "Canadian doctors protest their own pay raises", "2018-03-07")
    assert not REPLIES["describe"](asked, sentences, context()).refused


def test_where_it_was_said_need_not_be_named():
    # q07: "in jerusalem" sets the scene; the sentence that reports what Biden said of Iran
    # leaves it out, and outranks a quote that names Jerusalem but not Iran
    asked = analyse("what did biden say about iran in jerusalem")
    assert asked.setting == {"jerusa"}
    assert analyse("what did biden say about iran").setting == frozenset()
    assert analyse("why did biden go to jerusalem").setting == frozenset()  # no one's words asked
    iran = "President Joe Biden on Thursday said the US will not allow Iran to acquire a nuclear weapon."
    scene = "“This is a vital security interest to both Israel and the United States,” Biden said at a news conference in Jerusalem."
    body = f"{iran}\n\n{scene}"
    hit = whole(body, "a", "Biden in Israel", "2022-07-14")
    sentences = [
        Sentence(hit, body.index(t), body.index(t) + len(t), r, o, 1, untold=u)
        for t, r, o, u in ((scene, 0.54, 0.75, 0.0), (iran, 0.61, 0.5, 0.5))
    ]
    reply = render(REPLIES["describe"](asked, sentences, context()))[0]
    assert reply.startswith(iran), reply


def test_all_the_speaker_says_goes_before_what_others_do():
    # m15: a paraphrase of Husted and his quote, both his, ahead of a closer sentence of no one's
    said = "Ohio Secretary of State Jon Husted said counties are removing voters from the rolls in a uniform manner."
    quoted = "“Everyone is being removed by the same standard statewide,” Husted said."
    other = "Counties removed voters from the rolls after the mistakes in Paulding County were corrected."
    body = f"{said}\n\n{other}\n\n{quoted}"
    hit = whole(body, "a", "Ohio voter rolls", "2016-09-22")
    sentences = scored(hit, ((said, 0.75), (other, 0.7), (quoted, 0.45)))
    reply = render(
        REPLIES["describe"](
            analyse("what did husted say about removing voters from the rolls"), sentences, context()
        )
    )[0]
    assert "same standard statewide" in reply, reply


def test_the_speakers_own_quoted_words_go_before_what_the_story_reports_of_them():
    # ws04 (held56): four sentences on what Smith did pushed his one quote out
    did = [
        "Smith also reached out the next morning to the show’s producer, Will Packer, and apologized, the producer said.",
        "Smith announced his resignation from the Academy last week, the board said.",
        "Smith told friends he was ready to move on, the magazine reported.",
        "Smith said he had spoken to Rock's family, a spokesman said.",
    ]
    quoted = "“I accept and respect the Academy’s decision,” Smith said in a statement to CNN."
    body = "\n\n".join([*did, quoted])
    hit = whole(body, "a", "Will Smith barred from Academy events for 10 years", "2022-04-08")
    sentences = scored(hit, [*((t, 0.6 - i / 20) for i, t in enumerate(did)), (quoted, 0.15)])
    reply = render(
        REPLIES["describe"](analyse("what did Will Smith say about the ban"), sentences, context())
    )[0]
    assert "I accept and respect" in reply, reply


def test_a_sentence_nearly_as_close_as_the_best_is_shown_before_what_follows_the_best():
    # g07: what the show is about scores a little under the review's opening
    opening = "Like the playfully bonkers Boys, Gen V drenches its audience in ultraviolence."
    follows = "In that sense, the show has some homework to do."
    about = "A coming-of-age spinoff of Amazon's dark action comedy series, Gen V centers on a bunch of powerful kids."
    body = f"{opening} {follows}\n\n{about}"
    hit = whole(body, "a", "Gen V review", "2023-09-29")
    sentences = scored(hit, ((opening, 0.75), (about, 0.6), (follows, 0.3)))
    reply = render(REPLIES["describe"](analyse("what is gen v about"), sentences, context()))[0]
    assert "centers on a bunch of powerful kids" in reply, reply


def test_how_long_ago_is_asked_as_when():
    # s26: "long" and "ago" say how the time is asked, not what the answer's sentence must hold
    text = "The Supreme Leader also referred to his meeting with the late Fidel Castro 22 years ago, praising his honesty."
    hit = whole(text, "a", "Khamenei meets Díaz-Canel", "2023-12-05")
    asked = analyse("how long ago did khamenei meet castro")
    assert asked.answer_type == "date"
    assert restates(asked, Sentence(hit, 0, len(text), 0.6, 0.6, 1))


def test_a_why_question_gets_the_reason():
    # Paragraphs apart: a sentence that goes on right after would be shown anyway.
    text = (
        "The mayor of Lakeside resigned on Friday.\n\nCouncil members met on Monday.\n\n"
        "She resigned because of an inquiry into the city's contracts."
    )
    hit = whole(text, "lake", "Lakeside mayor resigns", "2024-03-01")
    scene, reason = (text.index(t) for t in ("The mayor", "She resigned"))
    sentences = [
        Sentence(hit, scene, text.index("\n"), 0.8, 1.0, 1),
        Sentence(hit, reason, len(text), 0.65, 0.8, 1),
    ]
    why = render(REPLIES["describe"](analyse("Why did the mayor of Lakeside resign?"), sentences, context()))[
        0
    ]
    assert "because of an inquiry" in why and why.startswith("The mayor of Lakeside resigned")
    what = render(REPLIES["describe"](analyse("What did the mayor of Lakeside do?"), sentences, context()))[0]
    assert "because" not in what


def test_a_why_reply_keeps_a_second_reason_further_below_the_first():
    # ws05 (held56): the slap's consequence, told "as a result of" it, scores best; the
    # joke it came after is the reason asked for
    text = (
        "Smith will not be allowed to attend the Academy Awards for ten years, as a result of his slapping Chris Rock.\n\n"
        "The ceremony was held in Los Angeles.\n\n"
        "The actor struck Rock on stage after Rock had made a joke about Smith’s wife."
    )
    hit = whole(text, "smith", "Smith banned from the Oscars", "2022-04-08")
    first, _, second = text.split("\n\n")
    sentences = [
        Sentence(hit, 0, len(first), 0.9, 1.0, 1),
        Sentence(hit, text.index(second), len(text), 0.55, 1.0, 1),
    ]
    reply = render(REPLIES["describe"](analyse("why did will smith slap chris rock"), sentences, context()))[
        0
    ]
    assert "made a joke" in reply, reply


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("why is ford recalling the escape", "Potential cracks in the fuel line could cause fires"),
        ("what did bob freeman say about the recall", "Freeman asked his colleagues"),
    ],
)
def test_the_best_reason_or_saying_is_shown_however_far_the_scene_outscores_it(question, wanted):
    text = (
        "Ford has announced another recall of 520,000 Ford Escape compacts, Rep. Bob Freeman noted.\n\n"
        "The Escape shares much of its engineering with the Bronco Sport.\n\n"
        "Potential cracks in the fuel line could cause fires under the hood.\n\n"
        "“Who pays for this?” Freeman asked his colleagues."
    )
    hit = whole(text, "ford", "Ford recalls Escape", "2022-11-25")
    spans = [
        (0, text.index("\n")),
        *((text.index(t), text.index(t) + len(t)) for t in text.split("\n\n")[1:]),
    ]
    sentences = [Sentence(hit, a, b, r, 1.0, 1) for (a, b), r in zip(spans, (0.9, 0.8, 0.35, 0.4))]
    reply = render(REPLIES["describe"](analyse(question), sentences, context()))[0]
    assert wanted in reply and reply.startswith("Ford has announced"), reply


@pytest.mark.parametrize(
    ("question", "text", "done"),
    [
        ("why did narges mohammadi win the nobel", 'The committee said Mohammadi, 51, won for "her fight against the oppression of women in Iran."', True),
        # "for" governs the deed itself, not its reason
        ("why did rite aid file for bankruptcy", "Rite Aid filed for bankruptcy Sunday.", False),
        ("why did rite aid file for bankruptcy", "The company filed for Chapter 11 bankruptcy protection in New Jersey.", False),
        # a "for" hung from a verb the question does not ask about
        ("why did narges mohammadi win the nobel", "Mohammadi has campaigned for women's rights for decades.", False),
        # "the problem" points back to a reason told elsewhere
        ("why is ford recalling the escape", "A total of 634,000 of the SUVs are being recalled for the problem worldwide, the company said.", False),
    ],
)  # fmt: skip
def test_what_the_asked_deed_was_done_for(question, text, done):
    assert done_for(analyse(question), text) is done


def test_a_why_question_keeps_what_the_deed_was_done_for_and_the_scene_near_the_best():
    text = (
        "Imprisoned Iranian human rights activist Narges Mohammadi won the 2023 Nobel Peace Prize. "
        "The committee said Mohammadi, 51, won for her fight against the oppression of women in Iran. "
        "Iranian state news dismissed the prize as a political move. "
        "Mohammadi has been imprisoned almost continuously since 2010."
    )
    hit = whole(text, "nobel", "Nobel Peace Prize", "2023-10-06")
    starts = [text.index(t) for t in ("Imprisoned", "The committee", "Iranian state", "Mohammadi has")]
    ends = [*(s - 1 for s in starts[1:]), len(text)]
    # the reason scores far below the scene, and under what `about` asks of a sentence
    scores = [(0.8, 1.0), (0.35, 0.25), (0.5, 0.25), (0.3, 0.25)]
    sentences = [Sentence(hit, a, b, rel, ov, 1) for (a, b), (rel, ov) in zip(zip(starts, ends), scores)]
    reply = render(
        REPLIES["describe"](analyse("why did narges mohammadi win the nobel"), sentences, context())
    )[0]
    assert "won for her fight against the oppression of women" in reply
    assert reply.startswith("Imprisoned Iranian")  # told in the article's order
    assert "imprisoned almost continuously" not in reply  # not about the question


def test_nothing_about_the_question_is_a_refusal():
    reply = REPLIES["describe"](
        analyse("Why did the stock market fall?"),
        found("He also had a meeting with Iranian Parliament Speaker Mohammad Baqer Qalibaf.", relevance=0.1),
        context(),
    )
    assert reply.refused and render(reply)[0] == "The news corpus does not say."


@pytest.mark.parametrize(
    ("relevance", "overlap", "is_about"),
    [
        (0.45, 0.5, True),  # near in meaning
        (0.3, 0.5, False),  # far in meaning, and only some of the question's words
        # "Negotiators … at the COP27 UN climate summit … took the historic step of agreeing
        # to set up a 'loss and damage' fund …" for "what did cop27 agree on": every word of
        # the question, at cosine 0.30
        (0.3, 1.0, True),
        (0.2, 1.0, False),
    ],
)
def test_a_sentence_with_every_word_of_the_question_is_about_it_a_little_further_in_meaning(
    relevance, overlap, is_about
):
    s = replace(found(PRAISED)[0], relevance=relevance, overlap=overlap)
    assert about(s) is is_about


def test_unsupported_sentences_are_counted():
    quote = "Earlier today, the Cuban president met Iranian President Ebrahim Raisi where seven cooperation documents were signed between the two countries."
    start = SEED.index(quote)
    cite = Citation(1, "seed", ARTICLE.title, ARTICLE.published, "", "", quote, start, start + len(quote))
    articles = {"seed": ARTICLE}

    def check(reply):
        return unsupported(Answer("q", "", False, citations=[cite], kind="factoid", reply=reply), articles)

    assert check(f'Seven — "{quote}" [1]') == []
    assert check(f'Eight — "{quote}" [1]') != []  # a lead the sentence does not hold
    assert check("Iran acquired Cuba. [1]") != []  # not the article's words
    assert check(f"{quote} [1] The two countries merged.") != []  # a sentence citing nothing


def test_the_corpus_decides_which_typed_words_are_names():
    """ "cuban" typed in lower case is a name where the text writes "Cuban"; "rig", which
    the tagger took for part of a name in "how did eddie tipton rig the lottery", is not
    where the text writes "to rig the drawings"."""
    text = "Raisi met the Cuban President in Tehran. For a decade, it allowed Tipton to rig the drawings."
    hit = whole(text, "c", "t")
    question = analyse("how did eddie tipton rig the lottery")
    assert "rig" in question.names  # the tagger's reading
    assert "rig" not in named_in(question, [hit]).names and "tipton" in named_in(question, [hit]).names
    assert "cuban" in named_in(analyse("who's the cuban president"), [hit]).names


def test_a_word_the_tagger_took_for_a_time_is_a_name_where_the_text_writes_it_so():
    text = "The recall by Daily Harvest covers its French Lentil + Leek Crumbles, Daily Harvest said."
    question = analyse("what product did daily harvest recall")
    assert question.time_words == ("daily",)  # the tagger's reading
    named = named_in(question, [whole(text, "d", "t")])
    assert "daily" in named.names and "daily" in named.terms and named.time_words == ()


def test_a_day_typed_in_lower_case_stays_a_time_though_the_text_writes_it_as_a_name():
    # uh02 (held31), xa19: with "thursday" no time, the day rule (shown.settle) never ran and
    # the flights cancelled for Friday led.
    text = (
        "About 2,400 flights have been canceled across the US Thursday, according to FlightAware. "
        "And airlines have canceled more than 2,200 US flights scheduled for Friday."
    )
    named = named_in(analyse("how many flights got canceled thursday"), [whole(text, "f", "t")])
    assert named.time_words == ("thursday",)


def table_encoder(close: dict[str, list[float]]):
    """An encoder that is a table of word vectors; other words get random ones, far apart."""

    def encode(words):
        far = [np.random.default_rng(zlib.crc32(w.encode())).normal(size=64) for w in words]
        rows = [
            np.r_[close[w], [0.0] * 64] if w in close else np.r_[0.0, 0.0, v / np.linalg.norm(v)]
            for w, v in zip(words, far)
        ]
        return np.array(rows)

    return encode


def test_a_word_the_text_uses_for_the_asked_one_counts_as_the_asked_one():
    """ "killed" stands for "died" where the encoder puts them close (bearing.KIN); "sold"
    does not stand for "bought". The encoder here is a table of word vectors; other words
    get random ones, far apart."""
    encode = table_encoder(
        {"died": [1.0, 0.0], "killed": [0.8, 0.6], "bought": [0.0, 1.0], "sold": [0.7, 0.714]}
    )
    text = "A tornado killed one person in Pensacola on Thursday. Acme sold the plant in Pensacola to Zenith."
    hit = whole(text, "p", "t")
    asked = analyse("How many died in the Pensacola tornado?")
    died = kin_words(asked, [hit], encode)
    assert died.kin == {("die", "kill")}  # "died" is "die" (text.stem)
    sentence = Sentence(hit, 0, text.index(" Acme"), 0.7, 0.5, 1)
    assert restates(died, sentence) and not restates(asked, sentence)
    assert not kin_words(analyse("Who bought the plant in Pensacola?"), [hit], encode).kin


def test_a_yes_no_question_takes_the_texts_looser_word_for_its_verb():
    """re06: "no injuries" bears on "was anyone hurt" (cosine 0.70 with the bundled
    encoder), in a sentence that leaves the names to its paragraph; a factoid asks a
    closer word (bearing.KIN) of the sentence itself."""
    encode = table_encoder({"hurt": [1.0, 0.0], "injuries": [0.7, 0.714]})
    text = (
        "Hyundai and Kia are recalling nearly 485,000 vehicles because of engine fires. "
        "The automakers say they have 11 reports of fires in the U.S. but no injuries."
    )
    hit = whole(text, "h", "t")
    assert kin_words(analyse("was anyone hurt in the hyundai kia engine fires"), [hit], encode).kin == {
        ("hurt", "injury")
    }
    assert not kin_words(
        analyse("how many people were hurt in the hyundai kia engine fires"), [hit], encode
    ).kin


def test_a_surname_stands_for_the_person_the_question_names_in_full():
    """News gives a person's full name once, then the surname: "Good" is the Bob Good asked
    about, unless the article names another Good, and a lower-case word is no name."""
    question = replace(
        analyse("how much money did mccarthy give to bob good's race"),
        names=frozenset({"bob", "good", "mccart"}),
    )
    race = (
        "Freedom Caucus members, including Reps. Matt Gaetz, Good and Andy Biggs, objected. "
        "Rep. Bob Good asked McCarthy about it. McCarthy replied that he directed $2 million to Good for his race."
    )
    said = race[race.index("McCarthy replied") :]
    assert surnamed(question, said, Article(id="g", title="T", text=race), race.index(said)) == {"bob"}
    flacco = analyse("Where is Tom Flacco from?")
    brothers = (
        "Joe Flacco was the University of Delaware quarterback. Tom Flacco, now 23, is Towson's quarterback."
    )
    assert (
        surnamed(flacco, "“My brother,” said Flacco.", Article(id="f", title="T", text=brothers), 0) == set()
    )
    alone = Article(id="t", title="T", text="Tom Flacco is Towson's quarterback.")
    assert surnamed(
        flacco, "The 6-1, 208-pound Flacco, from Voorhees, New Jersey, was recruited.", alone, 0
    ) == {"tom"}
    wellspace = replace(
        analyse("How many calls does WellSpace Health get?"), names=frozenset({"wellsp", "health"})
    )
    center = "Jonathan Porteus' health center in California receives about 70,000 calls a year."
    assert surnamed(wellspace, center, Article(id="w", title="T", text=center), 0) == set()
    # hu02 (held44): a sentence that opens on the surname ("If Wilkerson …") names no other Wilkerson.
    wilkerson = analyse("how old is randon wilkerson")
    charged = "Randon Wilkerson was indicted. If Wilkerson is convicted, he could face life in prison."
    said = "The caller reported that a man, later identified as 30-year-old Wilkerson, was disorderly."
    assert surnamed(wilkerson, said, Article(id="d", title="T", text=charged), 0) == {"randon"}
    # pm06 (held66): the sentence before, which "She" refers back to, gives the surname.
    laymon = replace(analyse("how much was wendy laymon fined in 2009"), names=frozenset({"wendy", "laymon"}))
    levied = "Wendy Laymon breeds dogs. In 2009 action was levied against Laymon. She was fined $7,125."
    before = "In 2009 action was levied against Laymon."
    assert surnamed(laymon, before, Article(id="l", title="T", text=levied), levied.index("She")) == {"wendy"}
    # rs04 (held67): a roundup's other Wilson is in another state's news, under its own subhead.
    wilson = replace(analyse("why was vanessa wilson fired"), names=frozenset({"vaness", "wilson"}))
    roundup = (
        "Colorado\n\nAurora: Earlier this month Twombly fired Police Chief Vanessa Wilson. Twombly "
        "praised Wilson’s community outreach but said he fired her because of concerns about her "
        "leadership.\n\nConnecticut\n\nHartford: State Rep. Scott Wilson was arrested."
    )
    praised = roundup[roundup.index("Twombly praised") : roundup.index("\n\nConnecticut")]
    article = Article(id="r", title="T", text=roundup)
    assert surnamed(wilson, praised, article, roundup.index(praised)) == {"vaness"}
    assert (
        surnamed(wilson, praised, replace(article, text=roundup.replace("\n\nConnecticut\n\n", " ")), 0)
        == set()
    )


XINJIANG = (
    "The protests were triggered by a deadly fire last Thursday in Urumqi, the capital of the far western "
    "region of Xinjiang. The blaze killed at least 10 people and injured nine in an apartment building."
)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (XINJIANG, True),
        (
            "Protests spread to Beijing on Sunday.\n\n" + XINJIANG.replace("Xinjiang. ", "Xinjiang.\n\n"),
            False,
        ),
    ],
)
def test_a_sentence_that_refers_back_takes_the_names_before_it_in_its_paragraph(text, named):
    article = whole(text).article
    start = text.index("The blaze")
    assert ("xinjia" in referent_names(article, start, len(text))) is named
    assert "xinjia" not in referent_names(article, 0, text.index("The protests"))  # the first sentence


STARLINK = (
    "Washington CNN —\n\nUkraine’s fears that its troops may lose access to Elon Musk’s crucial "
    "Starlink internet service deepened after 1,300 of the military’s satellite units went offline.\n\n"
    "Neither Musk nor SpaceX responded to a request for comment.\n\n"
    "The recent outage started on October 24 and was described as a “huge problem” for Ukraine’s military. "
    "The terminals had been disconnected, this person said, due to a lack of funding. "
    "The Pentagon has said talks are ongoing."
)


@pytest.mark.parametrize(
    ("opening", "named"),
    [
        ("The recent outage", True),
        ("The terminals had", True),
        ("The Pentagon has", False),  # it names a name of its own
        ("Neither Musk", False),  # no definite description
    ],
)
def test_a_definite_description_that_names_no_one_takes_the_names_of_the_story_lead(opening, named):
    # sl05, sl02 (held58): the outage the lead told of is Starlink's, three paragraphs on
    article = whole(STARLINK).article
    start = STARLINK.index(opening)
    end = STARLINK.index(".", start + 20) + 1
    assert ("starli" in referent_names(article, start, end)) is named


@pytest.mark.parametrize(
    ("opening", "named"),
    [
        ("Associated Press\n\nLOSAIL, Qatar — Max Verstappen secured the Formula One title.", True),
        ("Doha, Qatar CNN — Max Verstappen secured the Formula One title.", True),
        ("Max Verstappen secured the Formula One title — in Qatar, his third.", False),
    ],
)
def test_every_sentence_of_a_story_tells_of_the_place_it_was_filed_from(opening, named):
    text = f"{opening}\n\nRookie Oscar Piastri won the sprint for McLaren."
    article = whole(text).article
    assert ("qatar" in dated_from(article)) is named


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("WASHINGTON - A chaotic and historic two days in the House ended.", "A chaotic"),
        ("ACAPULCO, Mexico (AP) — The death toll in massive flooding rose.", "The death"),
        ("LOSAIL, Qatar — Rookie Oscar Piastri won the sprint for McLaren.", "Rookie"),
        ("date 2023-12-05 Ayatollah Khamenei made the remarks in a meeting.", "Ayatollah"),
        # a name the sentence goes on about is no dateline
        ("Feliciano — who has family in Southwest Florida — said he would stay.", "Feliciano"),
        ("Joint Base Cape Cod – already an emergency shelter – took in the migrants.", "Joint"),
    ],
)
def test_the_reporting_starts_after_a_dateline(sentence, reported):
    # The pattern lead_clause reads had been shadowed by a second one of the same name
    # (the place a story was filed from), which took "Feliciano — who …" for a dateline.
    article = whole(sentence).article
    start, _ = lead_clause(article, 0, len(sentence))
    assert sentence[start:].startswith(reported)


def test_a_sentence_restates_a_question_of_the_place_its_story_was_filed_from():
    lead = (
        "CLEVELAND — Fans will have to wait for Donovan Mitchell's first magical shot barrage as a Cavalier."
    )
    later = "Arriving Sept. 1 in a stunning trade from the Utah Jazz, Mitchell was plagued by bad luck."
    question = replace(
        analyse("when did mitchell arrive in cleveland"), names=frozenset({"mitche", "clevel"})
    )
    for opening, said in ((lead, True), (lead.replace("CLEVELAND — ", ""), False)):
        text = f"{opening}\n\n{later}"
        start = text.index(later)
        s = Sentence(
            whole(text, title="Donovan Mitchell lacks rhythm in Cavs' debut"),
            start,
            len(text),
            0.6,
            0.6,
            1,
            missing=0.5,
        )
        assert restates(question, s, led=True) is said


@pytest.mark.parametrize(
    ("second", "named"),
    [
        ("Israel Defense Forces said they targeted the ambulance because it carried militants.", True),
        # "the state" was never introduced as "a state": another story may begin
        ("But Republicans won the state's governor race in Mississippi.", False),
    ],
)
def test_a_thing_introduced_before_and_named_again_carries_its_names_across_a_paragraph(second, named):
    first = "Israel fired an airstrike on an ambulance outside of Al-Shifa Hospital in the state."
    text = f"{first}\n\n{second}"
    article = whole(text).article
    assert ("shifa" in referent_names(article, text.index(second), len(text))) is named


def test_a_short_form_the_text_never_writes_is_spelled_out_for_the_encoder():
    hit = whole("Students were on edge before a Jewish-led candlelight vigil at the University of Florida.")
    asked = named_in(analyse("what happened at the uf vigil"), [hit])
    assert spelled(asked, asked.names, [hit]) == "what happened at the University of Florida vigil"
    written = whole("The UF vigil drew hundreds.")
    assert spelled(asked, asked.names, [written]) == ""


def test_a_short_form_the_text_writes_too_is_kept_beside_the_name_it_spells():
    # sc16 (held74): the encoder knows no "scdot", and the sentence of what the department
    # did writes its name in full.
    text = (
        "On Twitter, the South Carolina Department of Transportation said workers were out Tuesday "
        "clearing downed trees from roadways across the state. About 2,500 trees fell on roads as a "
        "result of the storms, according to SCDOT."
    )
    hit = whole(text)
    asked = named_in(analyse("whats scdot doing after the storms"), [hit])
    assert spelled(asked, asked.names, [hit]) == (
        "what is South Carolina Department of Transportation (SCDOT) doing after the storms"
    )
    assert "scdot" in initials("the South Carolina Department of Transportation said")
    assert "uf" in initials("the University of Florida") and "o" not in initials(
        "Department of Transportation"
    )


def test_a_word_typed_as_a_verb_is_a_name_where_the_text_writes_it_with_the_next_as_one():
    # sc11 (held74): "duke" read as the verb after "will" left "Duke Energy" half a name.
    text = "The estimated time of restoration for Duke customers is anywhere from late Tuesday. Duke Energy said."
    named = named_in(analyse("when will duke energy restore power"), [whole(text, "d", "t")])
    assert {"duk", "energy"} <= named.names and "restore" in named.verbs
    # Not where the text writes the two in lower case.
    lowered = "Officials said the duke energy plan will restore power."
    assert (
        "duk"
        not in named_in(analyse("when will duke energy restore power"), [whole(lowered, "d", "t")]).names
    )


@pytest.mark.parametrize(
    ("first", "next_one", "goes_on"),
    [
        # held74 sc08: the subject is the noun the sentence before wrote
        (
            "Red Cross volunteers, who usually travel door-to-door in groups of two to assess storm damage, have had to adjust those routines in light of the coronavirus pandemic.",
            "Now volunteers stay in their cars and meet virtually with families, chatting over the phone or video to maintain personal space.",
            True,
        ),
        # held74 ti16: a quote said by "he" quotes the one told of
        (
            "Still, Trump suggested he may not need to aggressively campaign in Iowa in order to do well.",
            "“I wouldn't think I'd have to really be too aggressive,” he told reporters ahead of his Monday speech.",
            True,
        ),
        (
            "Red Cross volunteers have had to adjust those routines in light of the coronavirus pandemic.",
            "Hospitals are seeing increased hospitalizations because of long-postponed surgeries.",
            False,
        ),
    ],
)  # fmt: skip
def test_the_next_sentence_goes_on_by_its_subject_or_by_quoting_the_one_told_of(first, next_one, goes_on):
    text = f"{first}\n\n{next_one}"
    s = Sentence(whole(text), 0, len(first), 0.6, 1.0, 1)
    assert (after(s) is not None) is goes_on


def test_a_why_reply_goes_on_with_the_quote_that_gives_the_reason():
    # ti16 (held74): the subhead was shown as reporting, and the reason, a quote two sentences
    # on, was not.
    text = (
        "Trump suggests he may not need to be ‘too aggressive’ to do well in Iowa\n\n"
        "Still, Trump suggested he may not need to aggressively campaign in Iowa in order to do well.\n\n"
        "“I wouldn't think I'd have to really be too aggressive,” he told reporters ahead of his Monday speech. "
        "“We've done a good job for the farmers. No president has ever done more for the farmers than I have.”"
    )
    hit = whole(text, published="2023-03-13")
    found = scored(
        hit,
        [
            ("Trump suggests he may not need to be ‘too aggressive’ to do well in Iowa", 0.9),
            (
                "Still, Trump suggested he may not need to aggressively campaign in Iowa in order to do well.",
                0.8,
            ),
        ],
    )
    question = analyse("why does trump say he doesnt need to be aggressive in iowa")
    reply = render(REPLIES["describe"](question, found, context()))[0]
    assert reply.startswith("Still, Trump suggested") and "done a good job for the farmers" in reply
    assert set_alone(text, 0, text.index("\n")) and not set_alone(
        text, text.index("Still"), text.index("do well.") + 8
    )
    # bf06: a quote closed after its stop, with a space between, is a sentence
    said = "Phoenix slammed it, saying it sent \"a very clear message that 'You're not welcome here.' \""
    assert not set_alone(said, 0, len(said))


def test_a_lone_sentence_about_it_is_shown_with_the_one_that_goes_on():
    text = (
        "Students said they were on edge before a candlelight vigil at the University of Florida. "
        "The event on Monday night erupted in chaos as dozens were trampled and injured in a stampede.\n\n"
        "The next paragraph is another matter."
    )
    hit = whole(text, published="2023-10-10")
    first = Sentence(hit, 0, text.index(" The event"), 0.6, 1.0, 1)
    assert after(first).text.startswith("The event on Monday night")
    reply = render(REPLIES["describe"](analyse("what happened at the vigil"), [first], context()))[0]
    assert "trampled" in reply and "another matter" not in reply


def test_a_describe_reply_keeps_to_the_days_news():
    old = whole(
        "Alaska Air CEO Brad Tilden said he was excited about the merger with Virgin America.",
        "old",
        published="2016-12-06",
    )
    new = whole(
        "Ben Minicucci, Alaska Airlines CEO, said the merger is an exciting next step.",
        "new",
        published="2023-12-03",
    )
    found = [
        Sentence(old, 0, len(old.article.text), 0.7, 1.0, 1),
        Sentence(new, 0, len(new.article.text), 0.6, 1.0, 2),
    ]
    asked = analyse("What did Alaska's CEO say about the merger?")
    on_the_day = Context([old, new], date(2023, 12, 8), None, None, None)
    reply = render(REPLIES["describe"](asked, found, on_the_day))[0]
    assert "Minicucci" in reply and "Tilden" not in reply
    # Asked with no date, or only older news about it: the older story is what there is.
    assert "Tilden" in render(REPLIES["describe"](asked, found, context()))[0]
    assert "Tilden" in render(REPLIES["describe"](asked, found[:1], on_the_day))[0]


@pytest.mark.parametrize(
    "question, sentence",
    [
        (
            "How much did the Macallan 1926 sell for?",
            "A bottle of The Macallan 1926 sold for more than $2.7 million at an auction at Sotheby’s in London.",
        ),
        ("When did the Kansas bridge fall?", "The Kansas bridge fell into the river on Tuesday."),
    ],
)
def test_a_question_in_a_verbs_base_form_is_restated_by_its_irregular_past(question, sentence):
    assert restates(analyse(question), alone(sentence, "2023-11-20"), led=True)


def test_a_quote_said_by_a_role_takes_the_names_of_the_paragraph_before():
    text = (
        "FRANKFURT, Germany (AP) — Patrick Mahomes circled the Frankfurt game on his calendar.\n\n"
        "“It’s really cool just to be on this stage, the world stage, in Germany,” the Kansas City "
        "Chiefs quarterback said Friday.\n\nThe Chiefs have won two of the past four Super Bowls."
    )
    article = whole(text).article
    quote = text.index("“It’s")
    assert "mahom" in referent_names(article, quote, text.index("\n\nThe Chiefs"))
    assert "mahom" not in referent_names(article, text.index("The Chiefs"), len(text))
    # so does one said by "he" (the pattern wanted "hesaid" before)
    text = text.replace("the Kansas City Chiefs quarterback said", "he said")
    assert "mahom" in referent_names(whole(text).article, text.index("“It’s"), text.index("\n\nThe Chiefs"))


LARKIN = (
    "Larkin played a season at Division II Cheyney (Pa.) before landing at Delaware State. But Delaware"
    " was where the Sussex Tech graduate always wanted to play. The Blue Hens didn’t share that interest."
)


@pytest.mark.parametrize(
    "between, said",
    [
        # cp07 (held39): "he" three sentences after the one naming him, no one named between
        ("", True),
        # another person named between is whom "he" is
        (" Coach Eric Skeeters smiled.", False),
    ],
)
def test_a_quote_said_by_he_is_said_by_the_person_named_last(between, said):
    quote = "“It means everything, everything,” he said of getting the winning bucket."
    body = f"{LARKIN}{between}\n\n{quote}"
    hit = whole(body, "a", "T", "2018-12-19")
    start = body.index(quote)
    asked = analyse("what did larkin say about the win")
    assert said_by(asked, Sentence(hit, start, start + len(quote), 0.3, 0.0, 1)) is said


@pytest.mark.parametrize(
    ("gap", "following", "goes_on"),
    [
        ("\n\n", "Commander was relocated after biting White House staff nearly a dozen times.", True),
        (" ", "Commander was relocated after biting White House staff nearly a dozen times.", True),
        # news gives most sentences a paragraph of their own (na22)
        ("\n\n", "It was relocated after biting White House staff nearly a dozen times.", True),
        (
            "\n\nHe was seen on Monday.\n\n",
            "It was relocated after biting White House staff nearly a dozen times.",
            False,
        ),
        (" ", "It was relocated after biting White House staff nearly a dozen times.", True),
        (
            "\n\n",
            "Secret Service officers were bitten nearly a dozen times.",
            False,
        ),  # a name the first did not give
    ],
)
def test_the_next_sentence_goes_on_by_a_name_the_sentence_gave(gap, following, goes_on):
    first = "President Joe Biden's dog Commander has moved from the White House to the doghouse."
    text = first + gap + following
    s = Sentence(whole(text), 0, len(first), 0.7, 1.0, 1)
    went = after(s)
    assert (went is not None and text[went.start : went.end] == following) is goes_on


def test_a_story_that_says_the_asked_one_is_not_identified_restates_nothing():
    # yl11: "who were the facebook attackers" is not answered by a sentence about what the
    # attackers did when the story says they are not identified.
    did = alone(
        "Facebook says attackers took over the accounts of Facebook CEO Mark Zuckerberg and his second-in-command, Sheryl Sandberg.",
        "2018-09-28",
    )
    untold = alone(
        "Facebook says it has not identified the attackers nor does it know the origin of the attack.",
        "2018-09-28",
    )
    question = analyse("who were the facebook attackers")
    assert not restating(question, [did], [], "list", None).refused
    assert restating(question, [did, untold], [], "list", None).refused


@pytest.mark.parametrize(
    "text",
    [
        # what a move is for, told by "be" and a "to" infinitive (a10), or "in order to"
        "Google said the move, which was announced in a Google blog post in May, is to protect users from scammers.",
        "The city closed the bridge in order to repair its deck.",
        # the culprit of a rise (u15)
        "The price increase was spurred in part by overall inflation, but experts say the main culprit was highly pathogenic avian influenza.",
    ],
)
def test_a_purpose_or_a_culprit_is_a_reason(text):
    assert explains(analyse("why did it happen"), text)
    # what a plan is part of is no reason (an04)
    assert not explains(
        analyse("why did it happen"),
        "As part of its efforts to tighten monetary policy and get a grip on inflation, which now stands near 10%, the bank is planning to sell £80 billion of UK government bonds each year.",
    )


def test_a_question_run_into_the_next_headline_is_not_reporting():
    assert not readable(
        "Why is Thanksgiving so expensive?As turkey prices drop, cost of some Thanksgiving side dishes go up"
    )
    assert readable('He asked, "Why?" and left the room after the vote on Monday.')


def test_a_story_is_told_from_its_lead_after_a_byline_and_subheads():
    # Its lead comes after a byline, the paper's name and three subheads (t17).
    text = (
        "Kim Hjelmgaard\n\nUSA TODAY\n\n%27St. Jude%27 storm brings high winds\n\nCommuters face long travel delays\n\n"
        "Thousands without power\n\n"
        "Brighton, ENGLAND — Southern Britain was battered Monday by a powerful storm with hurricane-force winds.\n\n"
        "Local media have dubbed the storm one of the most severe to hit the British Isles in decades."
    )
    hit = whole(text, "t", "Storm batters Britain", "2013-10-28")
    best = text.split("\n\n")[-1]
    question = analyse("tell me about the storm that hit britain")
    shown = render(
        REPLIES["summary"](question, scored(hit, [(best, 0.7)]), Context([hit], None, None, None, None))
    )[0]
    assert shown.startswith("Southern Britain was battered") and "Local media" in shown, shown
    # with no readable lead at all, two of the story's own sentences tell it
    bare = whole(
        "Storm brings high winds\n\n" + best + " Trains ran hours late on Monday morning.",
        "u",
        "Storm",
        "2013-10-28",
    )
    pair = scored(bare, [(best, 0.7), ("Trains ran hours late on Monday morning.", 0.6)])
    shown = render(REPLIES["summary"](question, pair, Context([bare], None, None, None, None)))[0]
    assert "Local media" in shown and "Trains ran hours late" in shown, shown


def test_a_kicker_that_names_nothing_is_no_lead():
    # be13 (held69): "Now this is getting serious." led the summary of the beer study
    lead = (
        "Worldwide, over the next few decades, beer could become more scarce and thus more expensive "
        "because of human-caused global warming, a study reported Monday."
    )
    best = "In the USA, beer shortages could reduce the amount Americans consume each year by as much as 900 million gallons."
    text = f"Now this is getting serious.\n\n{lead}\n\n{best}"
    hit = whole(text, "b", "Beer shortage? World's beer supply threatened by global warming", "2018-10-15")
    question = analyse("tell me about the beer shortage study")
    shown = render(
        REPLIES["summary"](question, scored(hit, [(best, 0.7)]), Context([hit], None, None, None, None))
    )[0]
    assert shown.startswith("Worldwide, over the next few decades") and "serious" not in shown, shown


@pytest.mark.parametrize(("gap", "shown"), [("\n\n", True), ("\n\nA reporter met him later.\n\n", False)])
def test_a_sentence_going_on_in_the_next_paragraph_is_shown(gap, shown):
    # na22 (held50): news gives the reason a paragraph of its own, after the arrest
    scene = (
        "Nineteen-year-old Isiah Barnett was standing at a Wilmington bus stop on a November afternoon "
        "when a police officer told him he was under arrest."
    )
    text = f"{scene}{gap}The crime, according to police, was his presence in downtown Wilmington."
    hit = whole(text, "e", "Loitering, panhandling can get you banned from Wilmington", "2018-12-05")
    question = analyse("why was isiah barnett arrested at the bus stop")
    reply = render(REPLIES["describe"](question, scored(hit, [(scene, 0.8)]), context()))[0]
    assert ("his presence in downtown Wilmington" in reply) is shown, reply


def test_a_sentence_that_leans_back_on_the_lead_carries_the_lead_on():
    # na29 (held50): "But now it …" leaned back to the lead, and the lead was shown twice
    lead = "Shahid Alikhani square is a nondescript part of the historic Iranian city of Isfahan."
    then = "Its sole claim to prominence is the grand entrance to one of the city’s main metro stations."
    best = "But now it has become a place of pilgrimage for supporters of the footballer Amir Nasr-Azadani."
    text = f"CNN —\n\n{lead} {then}\n\n{best}"
    hit = whole(
        text, "f", "Iranian footballer Amir Nasr-Azadani is among dozens facing execution", "2022-12-23"
    )
    question = analyse("tell me about the iranian footballer facing execution")
    reply = REPLIES["summary"](question, scored(hit, [(best, 0.7)]), Context([hit], None, None, None, None))
    shown = render(reply)[0]
    assert shown.count("Shahid Alikhani") == 1 and "pilgrimage" in shown and len(reply.quotes) == 1, shown


@pytest.mark.parametrize("start", [0, 40])
def test_the_articles_date_leads_with_nothing_wherever_its_sentence_stands(start):
    # bo02: "April 24, 2023", the date of an article whose first sentence says Bed Bath &
    # Beyond "has filed for bankruptcy", is in no sentence; it had led that one (offset 0)
    # and was counted an unsupported sentence
    text = "Bed Bath & Beyond has filed for bankruptcy protection after failed turnarounds."
    body = "x" * start + text
    s = Sentence(whole(body, published="2023-04-24"), start, len(body), 0.8, 1.0, 1)
    c = Candidate("April 24, 2023", "2023-04-24", "DATE", [s], [(start, start)])
    assert factoid.stated(c).lead == ""
    named = Candidate("Bed Bath & Beyond", "bed bath beyond", "ORG", [s], [(start, start + 17)])
    assert factoid.stated(named).lead == "Bed Bath & Beyond"


def test_a_cause_asked_for_is_not_answered_by_sentences_that_give_none():
    # gt26: three sentences on Perry's death, none on what caused it.
    said = [
        'Matthew Perry\'s family has spoken out on the death of the 54-year-old "Friends" actor over the weekend.',
        "Perry's death shouldn't overshadow his life.",
    ]
    asked = analyse("what was matthew perry's cause of death")
    assert REPLIES["describe"](
        asked, story(said, [0.9, 0.8], "Matthew Perry dies", "2023-10-30"), context()
    ).refused
    said.append("Perry died of a heart attack, the coroner said.")
    reply = render(
        REPLIES["describe"](
            asked, story(said, [0.9, 0.8, 0.7], "Matthew Perry dies", "2023-10-30"), context()
        )
    )
    assert "died of a heart attack" in reply[0]


def test_a_lower_case_name_taken_for_the_asked_noun_is_read_again_as_a_name():
    # hu25: "wilkerson" parsed as what the question asks the names of
    text = (
        "Randon Wilkerson, 30, attacked an older couple in their home. "
        "Police said Wilkerson was taken into custody after Wilkerson fought with officers."
    )
    question = named_in(analyse("what are the names of the older couple wilkerson attacked"), [whole(text)])
    assert question.focus == "couple" and "wilker" in question.names and question.answer_type == "entity"


def test_the_us_typed_in_lower_case_is_the_country():
    assert tidy("what did khamenei say about the us") == "what did khamenei say about the US"
    assert tidy("tell us about the strike") == "tell us about the strike"


@pytest.mark.parametrize(
    ("question", "text", "gives"),
    [
        ("what was matthew perry's cause of death", "Capano died of a heart attack on Sept. 5.", True),
        ("why did the birds die", "Two residents died from carbon monoxide poisoning.", True),
        # v10: what the birds died of does not say why they crashed
        ("why did the birds crash", "There are other occurrences of birds dying from abrupt crashing, Farnsworth said.", False),
    ],
)  # fmt: skip
def test_what_one_died_of_explains_a_death_only(question, text, gives):
    assert explains(analyse(question), text) == gives


@pytest.mark.parametrize(
    ("text", "aimed"),
    [
        # kx19: the cause of the crush itself, before the cause of the deaths
        ("Supporters from the losing team then “invaded” the pitch and police fired tear gas, triggering a fan crush that led to cases of suffocation, East Java police chief Nico Afinta said.", True),
        ("“As the President of Arema FC, I apologize to all residents of Malang who were affected by this incident, I am very concerned and strongly condemn the riots at the Kanjuruhan stadium which resulted in more than one hundred deaths,” the statement said.", False),
    ],
)  # fmt: skip
def test_a_reason_of_the_asked_deed_itself(text, aimed):
    question = analyse("why was there a crush at the stadium in malang")
    assert explains(question, text)
    assert causes_asked(question, text) is aimed


def test_a_story_whose_lead_names_none_of_the_asked_names_is_told_by_its_sentences_on_them():
    # pc11 (held52): Housel's fraud is told in a column on roadside markers
    lead = "Roadside historical markers are making a comeback in New York state."
    best = "In Bergen, a sign locates the house of C.E. Housel, who was convicted of fraud in 1929."
    text = f"Jim Memmott\n\n{lead}\n\n{best}"
    hit = whole(text, "p", "Pomeroy Foundation markers chronicle history across New York", "2017-10-10")
    question = replace(analyse("what happened to c.e. housel"), names=frozenset({"housel"}))
    reply = REPLIES["summary"](question, scored(hit, [(best, 0.7)]), Context([hit], None, None, None, None))
    assert render(reply)[0] == best + " [1]"
    told = replace(analyse("tell me about the roadside markers in new york"), names=frozenset({"york"}))
    shown = render(
        REPLIES["summary"](told, scored(hit, [(best, 0.7)]), Context([hit], None, None, None, None))
    )
    assert shown[0].startswith(lead), shown


def test_a_lead_that_tells_the_topic_without_its_name_leads_the_story_of_the_questions_day():
    # lv14 (held58): the lead names no MGM but tells of the settlement; the judges' split of
    # it two months later is another day's story
    lead = "Attorneys for victims of the deadliest mass shooting say they’ve reached a settlement to resolve lawsuits."
    best = "A statement Thursday from law firm Eglet Adams says the amount of the settlement with MGM Resorts International depends on the number of plaintiffs."
    hit = whole(
        f"The Tennessean\n\n{lead}\n\n{best}", "o", "Victims to receive up to $800 million", "2019-10-03"
    )
    later = "MGM Chairman Jim Murren said in a statement announcing the settlement that it was a major step."
    split = whole(later, "d", "Judges decide how victims split the MGM settlement", "2019-12-06")
    question = analyse("tell me about the mgm settlement")
    found = [*scored(split, [(later, 0.8)]), *scored(hit, [(best, 0.7)])]
    context = Context([split, hit], date(2019, 10, 3), None, None, None)
    shown = render(REPLIES["summary"](question, found, context))[0]
    # the lead goes on in its next paragraph: one quote (summary._carried_on)
    assert shown.startswith(f"{lead} {best} [1]"), shown
    assert shown.endswith(f"{later} [2]")


def test_a_hyphened_name_and_an_irregular_form_are_names_as_the_corpus_writes_them():
    # xj07 (held72): "Ti" follows a hyphen, "sung" is the irregular form of "sing"; the
    # question named only "wen" and was read as a factoid, answered with Xi Jinping
    text = "“It has been successful on Xi’s part,” said Wen-Ti Sung, a political scientist."
    asked = named_in(analyse("who is wen-ti sung"), [whole(text)])
    assert asked.names == {"wen", "ti", stem("sung")} and defined(asked).kind == "describe"
    # a verb's irregular form written in lower case is no name ("bought" is no "Buy")
    sold = "Shoppers bought gifts at Buy Buy Baby, which Dream On Me bought in July."
    assert stem("bought") not in named_in(analyse("who bought buy buy baby"), [whole(sold)]).names


def test_a_photos_caption_is_no_part_of_a_summary_and_the_lead_goes_on_to_its_next_sentence():
    # xj16 (held72): the caption under the lead, not the lead's second sentence, was shown
    lead = "Xi Jinping may have rejected US President Joe Biden’s description, but as the G20 and APEC summits showed, the Chinese leader remains intent."
    then = "Still basking in the afterglow, the strongman leader emerged with a flurry of in-person meetings in Bali and Bangkok last week."
    caption = "Chinese leader Xi Jinping attends the G20 summit in Bali, Indonesia on Wednesday."
    text = f"Bali, Indonesia CNN —\n\n{lead}\n\n{then}\n\n{caption} Willy Kurniawan/AFP/Getty Images/File\n\nMore."
    hit = whole(text, "x", "China's Xi attempts to claim diplomatic victory", "2022-11-21")
    question = analyse("tell me about xi's diplomacy at the g20 and apec summits")
    found = scored(hit, [(caption, 0.8), (lead, 0.7)])
    shown = render(REPLIES["summary"](question, found, Context([hit], None, None, None, None)))[0]
    assert shown == f"{lead} {then} [1]", shown


def test_initials_before_a_name_leave_it_a_name_and_are_none_themselves():
    # pc11 (held52): "Housel" follows "C.E." and "Charles E.", never a word
    text = (
        "A sign locates the house of C.E. Housel, who was convicted of fraud. "
        "It ended when Charles E. Housel pleaded guilty to receiving deposits."
    )
    assert named_in(analyse("what happened to c.e. housel"), [whole(text)]).names == {"housel"}


def test_a_sentence_that_counts_the_things_asked_for_is_shown_with_the_next_that_names_them():
    # pc29 (held52)
    counted = "Alaska Airlines announced free in-flight access to three popular messaging apps."
    then = "Facebook Messenger, WhatsApp, and Apple’s iMessage will now work on planes without charge."
    hit = whole(f"{counted} {then}", "k", "Alaska Airlines to offer free in-flight chat access", "2017-01-13")
    question = replace(
        analyse("which messaging apps are free on alaska airlines flights"), names=frozenset({"alaska"})
    )
    (s,) = scored(hit, [(counted, 0.8)])
    assert render(restating(question, [s], [], "factoid", None))[0] == f"{counted} [1]\n{then} [2]"
    # three flights are no apps: the sentence after it names no apps
    flights = "Alaska Airlines announced free messaging apps on three flights."
    (other,) = scored(whole(flights), [(flights, 0.8)])
    assert counts_asked(question, s) and not counts_asked(question, other)


def test_a_sentence_that_brings_in_the_asked_thing_is_shown_with_the_next_that_tells_it():
    # hz08 (held58)
    brought = "In November, Gov. Katie Hobbs released a plan to mitigate the housing crisis."
    then = "The plan includes encouraging local zoning changes and providing legal aid to families facing eviction."
    hit = whole(
        f"{brought}\n\n{then}", "h", "Why Arizona's homelessness crisis is among the worst", "2023-01-05"
    )
    question = analyse("what is in katie hobbs housing plan")
    (s,) = scored(hit, [(brought, 0.8)])
    assert brings_in(question, s)
    assert render(restating(question, [s], [], "factoid", None))[0] == f"{brought} [1]\n{then} [2]"
    # the next sentence goes on about something else
    other = whole(f"{brought}\n\nThe governor also met mayors.", "g")
    (t,) = scored(other, [(brought, 0.8)])
    assert not brings_in(question, t)


def test_a_sentence_that_brings_in_a_group_is_shown_with_the_next_that_names_its_members():
    # ak16 (held59): "Among them were …" names the events the sentence before brings in
    brought = (
        "Planned panels were already cut back by the writers strike in May, and on Thursday the Comic-Con "
        "website kept a running list of panels and events canceled after the SAG news."
    )
    then = 'Among them were a "Good Omens" autograph signing and a "That \'70s Show" 25th anniversary panel.'
    hit = whole(f"{brought} {then}", "c", "SAG-AFTRA strike: Hollywood actors hit picket lines", "2023-07-13")
    question = analyse("which comic-con events were canceled")
    (s,) = scored(hit, [(brought, 0.8)])
    assert render(restating(question, [s], [], "list", None))[0] == f"{brought} [1]\n{then} [2]"
    # the next sentence goes on about something else
    other = whole(f"{brought} The convention opens July 20.", "d")
    (t,) = scored(other, [(brought, 0.8)])
    assert not lists_next(t)


def test_below_the_threshold_a_bare_number_is_no_amount():
    # lv10 (held58): "two people … at his former high school" is no height
    text = "The 19-year-old gunman who killed two people at his former high school left a note saying he was a mass shooter, police said."
    s = alone(text, "2022-10-25")
    at = (text.index("two"), text.index("two") + 3)
    evidence = Evidence(type_match=1.0, unit_match=1.0, overlap=1.0, support=0.7)
    two = Candidate("two", "2", "CARDINAL", [s], [at], evidence=evidence, score=0.05)
    assert restating(analyse("how high up was the shooter"), [s], [two], "factoid", None).refused
    # it still counts the people it numbers
    assert (
        restating(analyse("how many people did the gunman kill"), [s], [two], "factoid", None).short == "two"
    )


def test_a_lower_case_question_is_read_again_with_the_names_the_text_writes():
    # se26 (held54): the tagger takes "marry" of "who did naomi biden marry" for a noun
    text = "The president’s oldest granddaughter, Naomi Biden, married Peter Neal on the South Lawn."
    asked = named_in(analyse("who did naomi biden marry"), [whole(text)])
    assert asked.names == {"naomi", "biden"} and asked.verbs == {"marry"}
    assert asked.object_of[0] == "marry"


def test_a_list_of_whom_the_subject_did_it_to_is_what_a_sentence_states(monkeypatch):
    # se26 (held54): "White House" beside "married Peter Neal" is no husband; a list from
    # no sentence that says so is astray, and answer.py looks again with the stories' leads
    lead = "The president’s oldest granddaughter, Naomi Biden, married Peter Neal on the South Lawn."
    aside = "In a way, Naomi Biden experienced a White House wedding thanks to her own gumption."
    evidence = Evidence(overlap=0.67, type_match=1.0)
    s, house = written_alone(aside, "2022-11-18", "White House", "white house", "ORG", evidence, 0.15)
    t, neal = written_alone(lead, "2022-11-18", "Peter Neal", "peter neal", "PERSON", evidence, 0.7)
    neal.stating = frozenset({(t.article.id, t.start)})
    _, near = written_alone(lead, "2022-11-18", "South Lawn", "south lawn", "ORG", evidence, 0.2)
    asked = named_in(analyse("who did naomi biden marry"), [t.hit])
    context = Context([], None, Scorer.load("open"), None, None)
    monkeypatch.setattr(factoid, "ranked", lambda question, found, context: [neal, near, house])
    both = REPLIES["list"](asked, [t, s], context)
    assert [q.lead for q in both.quotes] == ["Peter Neal"] and not both.astray
    monkeypatch.setattr(factoid, "ranked", lambda question, found, context: [house])
    assert REPLIES["list"](asked, [s], context).astray


@pytest.mark.parametrize(
    "said, done",
    [
        ("Naomi Biden, Biden’s oldest granddaughter, married Peter Neal on the South Lawn.", True),
        ("She married Peter Neal on the White House South Lawn on Saturday.", True),
        ("Naomi Biden, who married Peter Neal on Saturday, is the president's oldest granddaughter.", True),
        # "who" is the noun its clause hangs on, not a pronoun for anyone (the Naomi
        # Biden list named Charles Robb and Patrick Nugent from this sentence)
        (
            "But the scope and scale of the Biden wedding most correlates with that of Luci Johnson,"
            " who held her reception in the East Room after marrying Patrick Nugent, and Lynda"
            " Johnson, who in 1967 married Charles Robb in the East Room of the White House.",
            False,
        ),
    ],
)
def test_a_relative_pronoun_does_the_deed_as_the_noun_it_hangs_on(said, done):
    assert done_by_asked(analyse("Who did Naomi Biden marry?"), said) is done


EXPLAINER = (
    "Is McCarthy being impeached?\n\nNo, Kevin McCarthy is facing what's known as a motion to vacate, "
    "which could remove him from his role as speaker of the House.\n\n"
    "Can Trump become speaker of the House?\n\nYes. The speaker does not have to be a member of the House, "
    "though every speaker so far has been one.\n\n"
    "Why is Donald Trump not debating?\n\nNo, Donald Trump won't go head-to-head with his rivals on Wednesday.\n\n"
    "Monahan was asked if he would lift the suspension on a LIV player who wanted to saddle up again.\n\n"
    "“No,” he said flatly. “Every player has a choice.”"
)


@pytest.mark.parametrize(
    "question, subhead, verdict, shown",
    [
        # the explainer's own question, answered in the line below it
        ("is mccarthy being impeached", "Is McCarthy being impeached?", "No", "motion to vacate"),
        ("can trump become speaker", "Can Trump become speaker of the House?", "Yes", "does not have to be"),
        # asked the other way round, the answer turns
        ("isn't mccarthy being impeached", "Is McCarthy being impeached?", "Yes", "motion to vacate"),
        # a why-question's "No" answers another question
        ("is trump debating", "Why is Donald Trump not debating?", "", ""),
        # the subhead lacks an asked word
        ("is mccarthy being impeached by democrats", "Is McCarthy being impeached?", "", ""),
        # a question put to someone, reported, in the reporter's words (pg08, held65)
        (
            "will monahan lift the suspension on liv players who want to come back",
            "Monahan was asked if he would lift the suspension on a LIV player who wanted to saddle up again.",
            "No",
            "he said flatly",
        ),
        # not one whose lacking word is a name the question asks about
        (
            "Will Monahan lift the suspension on Mickelson?",
            "Monahan was asked if he would lift the suspension on a LIV player who wanted to saddle up again.",
            "",
            "",
        ),
    ],
)
def test_yes_no_reads_an_explainers_own_question_answered_below_it(question, subhead, verdict, shown):
    hit = whole(EXPLAINER, title="What to know about the House", published="2023-10-03")
    start = EXPLAINER.index(subhead)
    s = Sentence(hit, start, start + len(subhead), 0.8, 1.0, 1)
    reply = REPLIES["yesno"](analyse(question), [s], context())
    assert reply.short == verdict.lower()
    if verdict:
        text = render(reply)[0]
        assert text.startswith(f"{verdict} — ") and shown in text and "?" not in text, text


def test_what_one_named_alone_said_is_their_quote_after_the_sentence_naming_them():
    # gc16 (held59): the question names no one but the speaker, so the quote that names
    # no one is about it
    named = "Retiree Ozzie Arthurs has been shopping at the Superfresh for decades."
    quote = "“I feel bad for some of the older people around here who don’t drive,” Arthurs said."
    hit = whole(
        f"{named} {quote}", title="3 more NCCo supermarkets slated to close soon", published="2015-10-28"
    )
    asked = named_in(analyse("what did ozzie arthurs say about the closing"), [hit])
    sentences = scored(hit, [(named, 0.44), (quote, 0.11)], overlap=0.5)
    sentences[1] = replace(sentences[1], untold=1.0)
    reply = render(REPLIES["describe"](asked, sentences, context()))[0]
    assert "I feel bad" in reply, reply


def test_who_one_named_alone_is_comes_from_a_sentence_naming_them_in_full():
    # gc09 (held59): the title before the name, in a long sentence on something else
    text = (
        "Altogether, the two New Castle County grocery stores already shuttered and the three stores now "
        "slated to close will leave more 300 people unemployed, said union spokesman Casey Hoag."
    )
    hit = whole(text, published="2015-10-28")
    asked = defined(named_in(analyse("who is casey hoag"), [hit]))
    reply = render(REPLIES["describe"](asked, scored(hit, [(text, 0.15)]), context()))[0]
    assert "union spokesman Casey Hoag" in reply, reply


def test_a_quote_run_over_short_sentences_is_said_by_who_opened_it():
    # iv15: "Appreciate you." between the opener and the Swifties is no readable sentence
    said = "“One thousand percent,” Travis agreed. “Thanks, Taylor. Appreciate you. And thank you to the Swifties.”"
    body = f"Jason Kelce spoke first on the podcast.\n\n{said}"
    hit = whole(body, "k", "Kelce brothers thank Swifties", "2023-11-28")
    asked = analyse("What did Travis Kelce say about the Swifties?")
    last = "And thank you to the Swifties.”"
    assert said_by(asked, Sentence(hit, body.index(last), len(body), 0.6, 0.5, 1))


def test_a_description_keeps_the_nearest_sentence_behind_boosted_ones():
    """aa08 (held62): four sentences where Albanese promises something else go first; the
    one nearest the question still shows."""
    said = [
        "Among the first words Albanese uttered when he walked onto the stage to claim victory Saturday was the promise to enshrine the voice of Indigenous people in Parliament.",
        "Labor Party leader Anthony Albanese promised to end the climate wars.",
        "Albanese read the room and promised to improve gender equality.",
        "Albanese promised to create stronger ties with Asia.",
        "Albanese promised to modernize the energy grid.",
    ]
    sentences = story(said, [0.62, 0.45, 0.45, 0.44, 0.43], "Albanese's new government", "2022-05-22")
    question = analyse("what did albanese promise indigenous australians")
    reply = REPLIES["describe"](question, sentences, context())
    assert any("Indigenous people" in q.article.text[q.start : q.end] for q in reply.quotes)


def test_a_story_no_other_adds_to_is_told_in_more_of_its_own_sentences():
    # kw13 (held66): one story only; its "fumbled its plan" sentence was left out, and a
    # lead under a dateline ("COLUMBIA —") was shown twice
    lead = (
        "As Kentucky struggles to follow through on its $1.5 billion plan to improve internet access for rural "
        "residents, four local internet providers are getting an infusion of federal cash to expand their service."
    )
    gave = (
        "The U.S. Department of Agriculture announced it is giving $55 million in grants to four providers."
    )
    fumbled = (
        "All this comes as Kentucky has fumbled its plan to stimulate the expansion of broadband service."
    )
    hit = whole(
        f"COLUMBIA — {lead}\n\n{gave}\n\n{fumbled}",
        "k",
        "KentuckyWired: USDA gives $55 million",
        "2020-01-29",
    )
    found = scored(hit, [(f"COLUMBIA — {lead}", 0.8), (gave, 0.7), (fumbled, 0.6)])
    question = analyse("whats going on with rural broadband in kentucky")
    shown = render(REPLIES["summary"](question, found, Context([hit], None, None, None, None)))[0]
    assert (
        shown.count("As Kentucky struggles") == 1 and "$55 million" in shown and "fumbled its plan" in shown
    ), shown


def test_a_roundup_subhead_places_the_news_under_it():
    """rs15 (held67): "District of Columbia" heads "Washington: Mayor Muriel Bowser …", which
    is then DC's news though it never writes "DC"; a subhead that is a phrase, not a name,
    places nothing, and the subhead of another state ends it."""
    text = (
        "Lion Man, Garden State bud: News from around our 50 states\n\nDistrict of Columbia\n\n"
        "Washington: Mayor Muriel Bowser announced Thursday that the city’s annual census of individuals "
        "experiencing homelessness showed a decline for the sixth straight year.\n\nDelaware\n\n"
        "Dover: The state Senate passed a bill.\n\nPresidential audits continue\n\nThe IRS opened one audit."
    )
    article = Article(id="r", title="T", text=text)
    assert "dc" in section_places(article, text.index("Washington:"))
    assert section_places(article, text.index("Dover:")) == {"delawa"}
    assert section_places(article, text.index("The IRS")) == frozenset()
    assert section_places(article, 0) == frozenset()
    # wj13 (held33): a story's part headed "Japan Impact" is no roundup's Japan.
    story = "Japan Impact\n\nJapan’s Meteorological Agency issued a tsunami advisory. Elsewhere, a wave of 1.2 meters hit Tonga."
    assert section_places(Article(id="j", title="T", text=story), story.index("Elsewhere")) == frozenset()


def test_a_sentence_numbering_the_asked_thing_otherwise_tells_of_another():
    """h30: the second debate's moderators are not the first's; "for the first time" numbers
    no debate."""
    question = analyse("Who will moderate the first Republican debate?")
    second = "Fox News Media's Stuart Varney and Dana Perino will co-moderate the second Republican presidential primary debate."
    assert other_ordinal(question, second)
    assert not other_ordinal(question, second.replace("second", "first"))
    assert not other_ordinal(question, "Bret Baier will moderate a debate for the first time.")
    assert not other_ordinal(analyse("Who will moderate the Republican debate?"), second)


@pytest.mark.parametrize(
    "typed, meant",
    [
        # bu… tx09 (held73): a letter named after an article is no chat "you"
        ("what does the u gender option stand for", "what does the u gender option stand for"),
        ("can u tell me what n.a.t.o. is", "can you tell me what n.a.t.o. is"),
    ],
)
def test_a_named_letter_or_dotted_short_form_is_not_chat_typing(typed, meant):
    assert tidy(typed) == meant


def test_a_web_address_or_a_brand_in_its_own_case_leads_as_written():
    """bu15 (held73): "buybuybaby.com" is not "Buybuybaby.com"; a plain word still opens
    the line capitalized."""
    text = "The website will launch on a similar timeline at buybuybaby.com, alongside a registry."
    article = Article(id="b", title="Buybuy Baby is back", text=text, published="2023-11-01")
    quoted = Quote(article, 0, len(text), "buybuybaby.com")
    assert render(Reply("factoid", (quoted,), "buybuybaby.com"))[0].startswith("buybuybaby.com — ")
    assert render(Reply("factoid", (replace(quoted, lead="eleven"),), "eleven"))[0].startswith("Eleven — ")


def test_a_verb_the_tagger_took_for_a_preposition_is_still_asked():
    # hs15 (held76): "like" tagged ADP; without it a sentence naming Helen and Elvis said "Yes"
    assert stem("like") in yesno_asked(analyse("did helen achenbach like elvis"))


@pytest.mark.parametrize(
    ("question", "text", "held"),
    [
        # gg07 (held62): the founder of a company founded it
        ("what company did james wan found", "Wan, founder of production company Atomic Monster, announced the news.", True),
        ("who won the race", "The winner of the race was Kipchoge.", True),
        ("what company did james wan found", "Wan, a fan of production company Atomic Monster, announced the news.", False),
    ],
)  # fmt: skip
def test_the_noun_of_who_does_a_deed_holds_the_deed(question, text, held):
    assert bool(doers_held(analyse(question), content_words(text))) is held


def test_list_items_one_sentence_names_share_its_line():
    # sg06 (held77): eight presenters from one sentence were eight copies of it
    said = "The winning numbers were 16, 34 and 67. The jackpot rolled over."
    article = Article(id="pb", title="Powerball", text=said, published="2023-10-10")
    first, second = (0, said.index(" The jackpot")), (said.index("The jackpot"), len(said))
    reply = Reply(
        "list",
        (Quote(article, *first, "16"), Quote(article, *first, "67"), Quote(article, *second, "jackpot")),
        "16, 67, jackpot",
    )
    text, citations, claims = render(reply)
    assert text.splitlines() == [
        '- 16, 67 — "The winning numbers were 16, 34 and 67." [1]',
        '- Jackpot — "The jackpot rolled over." [2]',
    ]
    assert [c.text for c in claims] == ["16", "67", "jackpot"] and len(citations) == 2


def test_a_list_names_who_a_sentence_joins_in_one_series_with_a_listed_item(monkeypatch):
    # yl16: "victim Kaylee Goncalves" is listed; the sentence that names her with three
    # others ("A, 20; B, 21; …") names the other victims, though it holds no word of the question
    said = (
        "Investigators looked into information about victim Kaylee Goncalves having a stalker. "
        "Ethan Chapin, 20; Kaylee Goncalves, 21; Xana Kernodle, 20; and Madison Mogen, 21, were found "
        "dead November 13, police said."
    )
    hit = whole(said, published="2022-11-23")
    victim, series = scored(hit, [(said[: said.index(" Ethan")], 0.4), (said[said.index("Ethan") :], 0.4)])
    series = replace(series, overlap=0.0)

    def named(name, sentences, score, stating=()):
        spans = [(s.start + s.text.index(name), s.start + s.text.index(name) + len(name)) for s in sentences]
        c = Candidate(name, name.lower(), "PERSON", sentences, spans, Evidence(type_match=1.0), score)
        c.stating = frozenset(stating)
        return c

    kaylee = named("Kaylee Goncalves", [victim, series], 0.19, {(hit.article.id, victim.start)})
    others = [named(n, [series], 0.02) for n in ("Madison Mogen", "Ethan Chapin", "Xana Kernodle")]
    monkeypatch.setattr(factoid, "ranked", lambda question, found, context: [kaylee, *others])
    monkeypatch.setattr(listing, "supported", lambda question, c: c is kaylee)
    context = Context([], None, Scorer.load("open"), None, None)
    reply = REPLIES["list"](analyse("who were the victims of the idaho killings"), [victim, series], context)
    assert [q.lead for q in reply.quotes] == [
        "Kaylee Goncalves",
        "Ethan Chapin",
        "Xana Kernodle",
        "Madison Mogen",
    ]
    assert reply.quotes[1].start == series.start
