"""Typed candidates, their evidence and the rules that decide what is shown, on real news
sentences, without the embedder or the language model."""

import math
import signal
from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from rag.bearing import asked_about
from rag.candidates import (
    DATE_SCALE_DAYS,
    Candidate,
    Sentence,
    extract,
    options,
    resolve_date,
    weigh_by_meaning,
)
from rag.furniture import linked
from rag.mentions import (
    deed_of_another,
    does,
    done_by_another,
    done_to,
    headlined_doer,
    owned_by_another,
    placed_elsewhere,
)
from rag.names import lacking_share
from rag.question import analyse
from rag.replies.factoid import counts_other
from rag.replies.factoid import stated as factoid_quote
from rag.scorer import Evidence, Fit, Scorer, feature_names, features
from rag.sentences import another_of_kind
from rag.shown import asks, settle, supported, titled_subject, within
from rag.stated import deed_dated
from rag.text import number, numbers, parse, stem
from rag.titles import sole_holder, titled
from rag.types import Article, Chunk, Hit
from rag.when import years_written

SEED = (
    "Earlier today, the Cuban president met Iranian President Ebrahim Raisi where seven "
    "cooperation documents were signed between the two countries."
)


def sentence(text, article="a", published="2023-12-05", relevance=0.6, overlap=0.5, rank=1, body=None):
    body = body or text
    art = Article(id=article, title="T", text=body, published=published)
    start = body.index(text)
    hit = Hit(Chunk(f"{article}:0", article, 0, len(body), body), art, 1.0)
    return Sentence(hit, start, start + len(text), relevance, overlap, rank)


def candidates(question, *texts, published="2023-12-05"):
    found = extract(analyse(question), [sentence(t, f"a{i}", published) for i, t in enumerate(texts)], None)
    return {c.key: c for c in found}


# (question, sentence, keys that must be candidates, keys that must not)
CASES = [
    # A "which X" question does not ask for a date, and a dash or a possessive is not
    # part of the answer.
    (
        "Which word did Donald Trump use to refer to his enemies?",
        "Trump used the word vermin on Saturday to describe them.",
        {"word vermin"},
        {"saturday"},
    ),
    (
        "Which Ivy League school named a new president?",
        "WASHINGTON − Harvard named a new president.",
        {"harvard"},
        {"− harvard"},
    ),
    (
        "Which term was the most-searched news trend?",
        "Google's top trend was the war in Israel and Gaza.",
        {"top trend"},
        {"s top trend"},
    ),
    # a possessor that is the whole name stays: "Cuba" in "Cuba's mission"
    (
        "Former US diplomat Manuel Rocha is accused of being an agent for which country?",
        'Rocha is accused of "serving as a covert agent" to support Cuba\'s "clandestine intelligence gathering mission".',
        {"cuba"},
        set(),
    ),
    ("How many documents were signed?", SEED, {"7"}, {"cuban", "today"}),
    ("How many people died?", "The death toll rose to 2,300 on Sunday, officials said.", {"2300"}, set()),
    (
        "How many parks were approved?",
        "The council approved three new parks on Tuesday after a long debate.",
        {"3"},
        {"tuesday"},
    ),
    (
        "How much money did the city spend on the bridge?",
        "The city spent $3.5 million on the bridge, 20 percent more than planned.",
        {"3500000"},
        set(),
    ),
    (
        "When did Khamenei meet Díaz-Canel?",
        "Ayatollah Khamenei met Díaz-Canel on Monday in Tehran.",
        {"2023-12-04"},
        {"2023-12-05"},
    ),
    ("When did Khamenei meet Fidel Castro?", "Khamenei met Fidel Castro 22 years ago.", {"2001"}, set()),
    # Asked for a year, a date that names none is no answer.
    (
        "In what year was Díaz-Canel elected president?",
        "President Raisi visited Havana earlier this year, and Castro came 22 years ago.",
        {"2001"},
        {"earlier this year"},
    ),
    # A stretch of time is no date: "22 years after" counts from another event.
    (
        "In which year did Fidel Castro visit Tehran?",
        "The visit came 22 years after Fidel Castro's trip to Tehran, and a decade after the war.",
        set(),
        {"2001", "2013", "22 years", "decade"},
    ),
    (
        "When did the Islamic Revolution take place?",
        "Even before the Islamic Revolution of 1979, the Cuban Revolution was attractive.",
        {"1979"},
        {"2023-12-05"},
    ),
    # The verb "may" and a word with a digit are not dates; with no date in the sentence
    # the article's own date is the only candidate, unless the question asks what will be.
    (
        "When was the new vaccine made available?",
        "It may arrive as COVID-19 cases rise, officials said.",
        {"2023-12-05"},
        {"may", "covid19"},
    ),
    (
        "When will the new vaccine be available?",
        "It may arrive as COVID-19 cases rise.",
        set(),
        {"2023-12-05"},
    ),
    (
        "How old is Trump?",
        "The new Trump – for the 2024 campaign – is the 76-year-old Trump.",
        {"76 year old"},
        {"2024"},
    ),
    (
        "Which country did President Raisi visit?",
        "Raisi visited Havana, the capital of Cuba, in June.",
        {"cuba", "havana"},
        {"june", "raisi"},
    ),
    # Asked for a person, a country is never offered.
    (
        "What is the name of the Iranian foreign minister?",
        "The minister visited Cuba and Venezuela last week.",
        set(),
        {"cuba", "venezuela"},
    ),
    (
        "Who is the Iranian Parliament Speaker?",
        "Raisi met Parliament Speaker Mohammad Baqer Qalibaf and Foreign Minister Hossein Amir-Abdollahian.",
        {"mohammad baqer qalibaf"},
        {"raisi"},
    ),
    (
        "Infestations of which unwanted pest are causing panic across Paris?",
        "Paris is battling a surge of bedbugs before the Olympics.",
        {"bedbugs"},
        {"paris"},
    ),
    (
        "What quality of Fidel Castro did Khamenei praise?",
        "Khamenei praised the honesty of Fidel Castro.",
        {"honesty"},
        {"fidel castro"},
    ),
    ("Did Iran and Cuba sign a trade deal?", SEED, set(), {"7"}),
    (
        "Which company agreed to buy U.S. Steel?",
        "Nippon Steel agreed to buy U.S. Steel for $14.1 billion on Monday.",
        {"nippon steel"},
        {"141 billion", "monday"},
    ),
    (
        "How many hostages were released on Friday?",
        "Hamas released 24 hostages on Friday, including 13 Israelis.",
        {"24"},
        {"friday"},
    ),
    (
        "Where did the earthquake strike?",
        "A magnitude 6.3 earthquake struck western Afghanistan near Herat on Saturday.",
        {"herat", "afghanistan"},
        {"saturday", "63"},
    ),
    (
        "Which storm made landfall near Acapulco?",
        "Hurricane Otis made landfall near Acapulco as a Category 5 storm.",
        {"hurricane otis"},
        {"acapulco"},
    ),
    # uh06 (held31): a noun phrase inside a longer name is a piece of it.
    (
        "which highway was closed in south dakota",
        "In South Dakota, a 340-mile stretch of Interstate 90 was closed in both directions Thursday "
        "morning, from Rapid City to Sioux Falls, because of blizzard-like conditions, officials said.",
        {"interstate 90"},
        {"interstate"},
    ),
    # wj18 (held33, read): "Top 10" is the name of a chart's first places, no count of songs
    (
        "how many holiday songs are on the hot 100",
        "The only non-holiday song in this week’s Top 10 is 24kGoldn and Iann Dior’s “Mood,” which topped the Hot 100 chart for six weeks this year and is currently No. 7.",
        set(),
        {"10", "7"},
    ),
    # z05 (read): a decimal below one is a rate; it counts no fans
    (
        "how many fans were at citizens bank park for the phillies game",
        "The Phillies are now 23-11 in postseason games at Citizens Bank Park, a .676 winning percentage "
        "that edged them ahead of the Mets’ home-field advantage.",
        set(),
        {"676"},
    ),
    # gt04 (held43): "Amendment 1" names the amendment; its number raised nothing
    (
        "how much did the amendment 1 campaigns raise",
        "With Amendment 1's passage, Tennessee becomes the fourth state to explicitly amend its constitution on the issue of abortion.",
        set(),
        {"1"},
    ),
    (
        "how much did the amendment 1 campaigns raise",
        'The "Yes on 1" and the "Vote No on 1" campaigns raised more than $5 million combined.',
        {"5000000"},
        set(),
    ),
    # wj21 (held33, read): the possessive ending is no part of the name; a name's own is
    (
        "who sings rockin around the christmas tree",
        "Brenda Lee’s “Rockin’ Around the Christmas Tree” is No. 2 on the Hot 100 chart this week.",
        {"brenda lee"},
        {"brenda lee’s"},
    ),
    (
        "who sold the macallan bottle",
        "A bottle of The Macallan 1926 sold for more than $2.7 million at an auction at Sotheby’s in London on Saturday.",
        {"sotheby s"},
        set(),
    ),
    # wj01 (held33, read): the state whose governor sent them is not where they went
    (
        "where were the migrants taken",
        "The migrants who were sent to Martha’s Vineyard in Massachusetts by Florida’s governor were taken to a military base Friday.",
        set(),
        {"florida"},
    ),
    # j13, z08, zc08, wj01: the tagger calls a venue a group, a person or a work; what is
    # at, in or taken to it is there. A gathering one is "at" is no place.
    (
        "where is the tribute service for rosalynn carter",
        "Services continue Tuesday with a tribute service at Glenn Memorial United Methodist Church on the Emory University campus.",
        {"glenn memorial united methodist church"},
        set(),
    ),
    (
        "where is the official white house christmas tree",
        "The official White House Christmas tree takes its usual place in the Blue Room.",
        {"blue room"},
        set(),
    ),
    (
        "where did prince charles give his commonwealth speech",
        "That was the general reaction to Prince Charles’ opening speech at the Commonwealth Heads of Government Meeting in Kigali on Friday.",
        {"kigali"},
        {"commonwealth heads of government meeting"},
    ),
    # 20231201_18 (quiz): where a place's own event is, is the place; what is agreed to is
    # no place
    (
        "Where is the global COP28 climate summit being held?",
        "Dubai's COP28 conference is the annual meeting of the parties that have agreed to the U.N. Framework Convention on Climate Change.",
        {"dubai"},
        {"u n framework convention on climate change", "un framework convention on climate change"},
    ),
    # wj20 (held33): an undated sentence that names the asked deed only as a noun does not
    # date it by its article's day
    (
        "when was the song released",
        "The song reached the No. 1 spot on Billboard’s Hot 100 for the first time, 25 years after its release.",
        set(),
        {"2023-12-05"},
    ),
    (
        "when was the song released",
        "The label released the song to radio stations across the country.",
        {"2023-12-05"},
        set(),
    ),
    # vi18: a name the tagger cut at "of" runs on to the name after it
    (
        "where was the lawsuit against panera filed",
        "Katz's family is blaming Panera's Charged Lemonade for her death in a lawsuit filed against the chain restaurant in the Court of Common Pleas of Philadelphia County last week.",
        {"court of common pleas of philadelphia county"},
        {"court of common pleas of"},
    ),
    # wj01 (held33, read): nowhere near a place is not there; where they were flown from
    # is not where they were taken
    (
        "where were the migrants taken",
        "Some of these migrants were sent to Martha’s Vineyard even though they have immigration hearings scheduled nowhere near Massachusetts.",
        set(),
        {"massachusetts"},
    ),
    (
        "where were the migrants taken",
        "The migrants had been flown from Texas to Martha’s Vineyard on Wednesday.",
        set(),
        {"texas"},
    ),
    (
        "where did the flights come from",
        "The migrants had been flown from Texas to Martha’s Vineyard on Wednesday.",
        {"texas"},
        set(),
    ),
    # wj03 (held33): a "place" listed beside a person is one of the people (the tagger
    # calls Villazana a place); a place listed beside a place stays one
    (
        "where did the flights to martha's vineyard come from",
        "Villazana and Mora did not know the flights were headed to Martha’s Vineyard, they said.",
        set(),
        {"villazana"},
    ),
    (
        "where did the flights come from",
        "The migrants had been flown from Texas and Florida on Wednesday.",
        {"texas", "florida"},
        set(),
    ),
    # uh15 (held31): the columnist wrote the column; the referee of "who attacked the
    # referee" was attacked (z18, below), but "columnist" is no "column".
    (
        "who wrote the column about paying for x",
        "Follow USA TODAY columnist Rex Huppke on X, formerly Twitter, @RexHuppke (for now) and Facebook.",
        {"rex huppke"},
        set(),
    ),
    # a time told against the story's own ("earlier this year") answers when (q21)
    (
        "When did President Raisi visit Havana?",
        "President Raisi visited Havana earlier this year upon an invitation by his Cuban counterpart.",
        {"earlier this year"},
        set(),
    ),
]


def test_a_count_starts_at_its_number_not_its_determiner():
    # bo01: "All 360" led "how many … stores"; "more than 75,000" keeps its modifiers
    found = candidates(
        "how many bed bath and beyond stores are there",
        "All 360 Bed Bath & Beyond and 120 Buy Buy Baby stores will continue operations for now.",
    )
    assert found["360"].text == "360"
    found = candidates("how many workers will strike", "More than 75,000 Kaiser workers will strike.")
    assert found["75000"].text == "More than 75,000"


def test_when_it_was_done_is_no_date_the_article_says_is_to_come():
    # zc13: "beginning in 2025", in a 2023 story, is not when the first game was played
    said = "The NFL also announced Wednesday owners approved an increase in international games beginning in 2025."
    assert "2025" not in candidates("when was the first nfl international game", said, published="2023-05-23")
    assert "2025" in candidates(
        "when will the nfl play more international games", said, published="2023-05-23"
    )
    assert "2025" in candidates("when was the first nfl international game", said, published="2026-01-02")


@pytest.mark.parametrize("question, text, present, absent", CASES)
def test_candidates_of_the_asked_type(question, text, present, absent):
    found = candidates(question, text)
    assert present <= set(found), sorted(found)
    assert not absent & set(found), sorted(found)


def test_a_question_in_the_text_offers_no_candidate():
    assert not candidates(
        "Which asteroid did the spacecraft reach?", "Once the spacecraft reaches Bennu, then what?"
    )
    assert "bennu" in candidates(
        "Which asteroid did the spacecraft reach?", "The spacecraft reached Bennu in 2018."
    )


def test_a_name_the_tagger_ran_into_the_asked_ones_is_cut_at_the_comma():
    found = candidates(
        "Who is McGuiness's lawyer?",  # the corpus makes a typed "mcguiness" a name too
        "In a written statement, Wood, McGuiness' attorney, reiterated his argument.",
    )
    assert "wood" in found and not any("mcguiness" in key for key in found), sorted(found)


def test_a_name_holds_no_finite_verb():
    # The small tagger read "Smith is Family Pharmacy's" as one organisation.
    found = candidates(
        "who owns family pharmacy", "Smith is Family Pharmacy's primary wholesale pharmaceutical supplier."
    )
    assert "smith" in found and not any(" is " in key for key in found), sorted(found)


def test_a_supposed_count_is_no_count():
    # k13: "218" is the count Biggs needs, not one he got.
    question = "how many votes did biggs get"
    supposed = "Asked if he would drop out of the race if he doesn’t get 218 votes on the first ballot, Biggs refused to say."
    assert "218" not in candidates(question, supposed)
    assert "20" in candidates(question, "Biggs got 20 votes on the first ballot.")
    # nor is one a clause denies
    denied = "In a doomsday scenario – where neither McCarthy nor Biggs can get 218 votes on January 3 – Republicans signal support."
    assert "218" not in candidates(question, denied)
    assert "218" not in candidates(question, "Biggs did not get 218 votes.")
    assert "218" in candidates("how many votes did biggs not get", "Biggs did not get 218 votes.")
    # nor one that only could be, unless the question asks what could be
    could = "Some want a moderate Republican who can get the 218 votes to clinch the gavel."
    assert "218" not in candidates(question, could)
    assert "218" in candidates("how many votes could a moderate republican get", could)
    # a number in an apposition is told aside from the clause that denies (yl22)
    aside = "Moscow, a city of about 26,000 residents, hasn’t recorded a murder in years."
    assert "26000" in candidates("how many residents does moscow have", aside)


def test_who_a_deed_was_done_to_did_not_do_it_nor_did_the_wire():
    # z18: the referee the question names was answered as his own attacker, and "AP" after him.
    text = (
        "MANCHESTER, England (AP) — Attacked on the field by the president of a top Turkish soccer team, "
        "referee Halil Umut Meler desperately tried to cover his head."
    )
    found = candidates("who attacked the turkish referee", text)
    assert "halil umut meler" not in found and "ap" not in found, sorted(found)
    assert "halil umut meler" in candidates("who tried to cover his head", text)


def test_a_count_must_count_the_asked_thing():
    found = candidates(
        "How many times has a speaker been removed?", "McCarthy is the first speaker removed in history."
    )
    assert "first" not in found  # an ordinal says which one, not how many
    found = candidates(
        "how many players are on the watch list",
        "It announced its watch list for the 2023-24 Player of the Year.",
    )
    assert not found  # a season is a year, not a count of players
    found = candidates("How many member states backed the plan?", "22 of the 27 EU member states backed it.")
    assert found["22"].evidence.unit_match == 1 and found["22"].evidence.partitive == 0
    assert found["27"].evidence.partitive == 1
    seven = candidates("How many documents were signed?", SEED)["7"]
    assert seven.evidence.unit_match == 1
    # "how many times" counts occurrences, whatever the text calls them, but not years (t11)
    bites = "The president's pup was involved in 10 biting incident attacks, according to records."
    assert (
        candidates("how many times did biden's dog commander bite people", bites)["10"].evidence.unit_match
        == 1
    )
    years = candidates(
        "how many times did biden's dog commander bite people", "The dog has lived there for 10 years."
    )
    assert not any(c.evidence.unit_match for c in years.values())


@pytest.mark.parametrize(
    ("question", "text", "titles"),
    [
        ("What is Kathleen Buhle's book called?", "The book, “If We Break” publishes on June 14.", {"if we break"}),
        ("Which series is getting a spinoff?", 'Netflix said "Squid Game: The Challenge" will air in November.', {"squid game challenge"}),
        # speech is no title: too long, not capitalised, or ending as speech does
        ("Which series is getting a spinoff?", "“We couldn’t be more excited about it”, he said of the series.", set()),
        ("Which series is getting a spinoff?", "“No comment,” Greene said of the series.", set()),
        # a comma set inside the closing quote, American style (wj19, held33)
        ("whats the only non-holiday song in the top 10", "The only non-holiday song in the Top 10 is 24kGoldn and Iann Dior’s “Mood,” which topped the chart.", {"mood"}),
    ],
)  # fmt: skip
def test_a_quoted_title_answers_which_work(question, text, titles):
    found = candidates(question, text)
    assert {k for k, c in found.items() if c.label == "WORK_OF_ART"} == titles


@pytest.mark.parametrize(
    ("question", "text", "key"),
    [
        ("how many ford escapes are being recalled", "Ford has announced another SUV recall, this time impacting about 520,000 Ford Escape and Bronco Sport compacts in the United States.", "520000"),
        ("how many golfs did volkswagen recall", "Volkswagen is recalling 59 of its 2023 Golf R A8 and Golf GTI vehicles because an issue may have caused a deformation.", "59"),
        # a number word the tagger leaves untagged at a sentence's start
        ("how many hostages were released", "Eleven more hostages were released by Hamas on Monday, according to the Israeli military.", "11"),
        # or takes for part of a date
        ("how many christmas trees are at the white house", "WASHINGTON — Ninety-eight Christmas trees, more than 142,000 twinkling lights and nearly 34,000 ornaments deck the halls of the White House.", "98"),
        # a people's name counts people (sf10), and one word begins the other (g06)
        ("how many people used the loan forgiveness website", "Biden said over 8 million Americans used the website over the weekend to fill out their applications.", "8000000"),
        # the parser may hang the number on the compound before the counted noun (wj18)
        ("how many holiday songs are on the hot 100", "NEW YORK (AP) — Tis the season to be jolly: A record 39 holiday songs have dominated this week’s Billboard Hot 100 chart.", "39"),
        ("how many brits go to mallorca each year", "Each year more than 2.3 million Britons head to Mallorca, accounting for more than a quarter of the total tourist traffic.", "2300000"),
        # a tally counts what it is of (re03)
        ("how many fires have been reported in the kia hyundai recall?", "The automakers say they have 11 reports of fires in the U.S. but no injuries.", "11"),
        # "there have been four" counts what the sentence named before it (pg09, held65)
        ("how many commissioners has the pga tour had", "It’s been the mantra of every commissioner — admittedly there have only been four — that the PGA Tour is a member-led organization.", "4"),
        # a bare number a list gives the asked place stands for the asked thing (pm09, held66)
        ("how many puppy mills did Iowa have on the list", "In 2022 the Show-Me state garnered 26 spots on the list — compared to just 17 in Iowa, 12 in New York and seven each in Kansas and Wisconsin.", "17"),
    ],
)  # fmt: skip
def test_a_count_counts_what_its_noun_is_modified_by(question, text, key):
    assert candidates(question, text)[key].evidence.unit_match == 1


def test_a_bare_number_given_the_asked_place_is_stated_for_it():
    listed = "In 2022 the Show-Me state garnered 26 spots on the list — compared to just 17 in Iowa, 12 in New York and seven each in Kansas and Wisconsin."
    found = candidates("how many puppy mills did Iowa have on the list", listed)
    assert found["17"].stated and not found["12"].stated and not found["26"].stated
    assert candidates("how many puppy mills did New York have on the list", listed)["12"].stated


def test_a_number_of_units_of_the_asked_noun_is_its_amount():
    # vi15 (held32): the tagger calls "390" of "390 mg of caffeine" a bare number
    found = candidates(
        "how much caffeine is in a large charged lemonade",
        "According to the lawsuit, a large Charged Lemonade has 390 mg of caffeine in it.",
    )
    assert found["390"].text == "390 mg"
    assert not candidates("how much caffeine is in it", "She drank 3 cups before noon.")
    # cv10 (held69): or given per one of the asked measure's noun, and what "can be" given
    # under an authorization is stated, not supposed ("Vaccine" was the reply)
    given = (
        "Under the FDA’s authorization, the Moderna vaccine can be given as a two-dose primary series, "
        "at 25 micrograms each dose, to infants and children 6 months through 5 years of age."
    )
    found = candidates("whats the moderna dose for young kids", given)
    assert found["25"].text == "25 micrograms" and found["25"].stated
    assert candidates("what is the dose", "Kids get 10 micrograms per dose.")["10"].stated
    # ed08 (held63): the parser takes the words describing the noun of "of" for a clause
    guru = 'Guru says one 8.4-ounce can has 125 milligrams of "naturally occurring" caffeine.'
    found = candidates("how much caffeine is in a can of guru", guru)
    assert found["125"].text == "125 milligrams" and found["125"].stated
    # d06: not of a name ("how much did the macallan 1926 sell for")
    made = "Only 40 bottles of The Macallan 1926 were produced in 1986, said Sotheby's."
    assert "40" not in candidates("how much did the macallan 1926 sell for", made)


@pytest.mark.parametrize(
    ("question", "text", "counted"),
    [
        # se14 (held54): the tagger dates "50,000 day"; the number counts the passes
        ("how many septa day passes were there", "There were 50,000 day passes available for the 11 lines.", True),
        # a unit hyphened to its number measures the noun after it: one route, five miles long
        ("how many routes are there", "The parade follows a 5-mile route.", False),
        # "there have been four" after another noun counts that noun
        ("how many commissioners has the pga tour had", "Every commissioner has held summits, and there have been four.", False),
    ],
)  # fmt: skip
def test_a_unit_that_only_says_which_kind_leaves_the_count_to_its_noun(question, text, counted):
    assert any(c.evidence.unit_match == 1.0 for c in candidates(question, text).values()) is counted


def test_a_number_with_its_own_unit_counts_that_unit():
    question = "how many christmas trees are at the white house"
    text = "The official White House Christmas tree, an 18.5-foot-tall (5.6-meter-tall) Fraser fir, takes its usual place in the Blue Room."
    found = candidates(question, text)
    assert found and not any(supported(analyse(question), c) for c in found.values()), sorted(found)


def test_the_end_of_a_season_counts_nothing():
    question = "how many golfers are on the boys golfer of the year watch list"
    text = "The USA TODAY High School Sports Awards is pleased to announce its watch list for 2023-24 USA TODAY HSSA Boys Golfer of the Year."
    assert not any("24" in key for key in candidates(question, text)), sorted(candidates(question, text))


def test_how_much_does_it_cost_asks_for_a_sum():
    question = "how much did the white house christmas tree cost"
    assert analyse(question).labels == ("MONEY",)
    text = "The official White House Christmas tree, an 18.5-foot-tall (5.6-meter-tall) Fraser fir, takes its usual place in the Blue Room."
    assert not candidates(question, text)


def test_one_of_several_is_no_measure():
    # t23: "one of the most severe" numbers the storms, not what this one cost
    question = "how much did the st jude storm cost in damages"
    text = 'Local media have dubbed the storm — one of the most severe to hit the British Isles in decades — "St. Jude".'
    assert not candidates(question, text), sorted(candidates(question, text))


@pytest.mark.parametrize(
    ("question", "text", "offered"),
    [
        # i21: the price is not announced; "$9.99" is the current plan's
        ("how much will netflix's ad tier cost", "The price has not yet been announced (the most basic current ad-free monthly subscription costs $9.99, but the standard tier is $16.49).", False),
        ("how much will netflix's ad tier cost", "The ad tier will cost $6.99 a month, Netflix said.", True),
        ("how many oysters were sold", "It's unclear how many of the 3,000 contaminated oysters were sold.", False),
        ("how much did overstock pay for the brand", "Overstock did not disclose how much it paid for the brand, valued at $21.5 million.", False),
        ("how much did overstock pay for the brand", "Overstock did not say why it paid $21.5 million for the brand.", True),
        ("how much did overstock pay for the brand", "Overstock did not say it would keep the brand, which it bought for $21.5 million.", True),
        # yl11: the attackers are not identified; Zuckerberg is no attacker
        ("who were the facebook attackers", "Facebook has not identified the attackers who took over the accounts of Mark Zuckerberg.", False),
        ("who were the facebook attackers", "Facebook has identified the attackers who took over the accounts of Mark Zuckerberg.", True),
    ],
)  # fmt: skip
def test_a_sentence_that_says_the_asked_thing_is_unknown_answers_nothing(question, text, offered):
    assert bool(candidates(question, text)) is offered, sorted(candidates(question, text))


def test_an_ordinal_counts_nothing():
    # i24: "Fifth Amendment" is no count of how many times Trump pleaded the fifth
    question = "how many times did trump plead the fifth"
    text = "Eric Trump asserted his Fifth Amendment rights more than 500 times when deposed in 2020."
    assert sorted(candidates(question, text)) == ["500"], sorted(candidates(question, text))


def test_one_of_several_counts_nothing():
    # e14: "One of many" closings is no count of the stores closing
    question = "how many buy buy baby stores are closing"
    text = (
        "One of many in a rash of retail bankruptcy filings, Buy Buy Baby's parent company filed for "
        "bankruptcy and will close 120 Buy Buy Baby stores."
    )
    assert sorted(candidates(question, text)) == ["120"], sorted(candidates(question, text))


def test_a_subhead_with_no_verb_states_nothing():
    # zc13: the subhead names the 2024 series; it says nothing of when the first game was
    question = "when was the first nfl international game"
    assert not candidates(question, "NFL International Series 2024")
    assert "2005" in candidates(
        question, "The series began when the 49ers played the Cardinals in Mexico City in 2005."
    )


def test_an_ordinal_of_the_counted_noun_counts_them_so_far():
    # zc02: his 14th win of the season is his 14 wins
    question = "how many wins does verstappen have this season"
    text = "Max Verstappen finished first at the Mexican Grand Prix to claim his record-setting 14th win of the season."
    found = candidates(question, text)
    assert found["14th"].evidence.type_match == 1.0, sorted(found)
    # "first place" says where he finished, not how many wins
    assert "first" not in found


def test_an_ordinal_still_to_be_reached_counts_nothing_yet():
    # nb05: Syria joining would make 190; the OPCW has 189
    found = candidates(
        "how many members does the opcw have",
        "Syria is expected to be the 190th member of the OPCW when it joins, possibly as early as Monday.",
    )
    assert "190th" not in found or found["190th"].evidence.type_match == 0.0, sorted(found)


@pytest.mark.parametrize(("verb", "historical"), [("has", False), ("had", True)])
def test_a_count_told_in_the_present_holds_whatever_an_aside_dates(verb, historical):
    # nb05: "was formed in 1997" dates the founding, not the members it has
    asked = analyse("how many members does the opcw have")
    text = f"It {verb} 189 members — who fund the group — and was formed in 1997 to enforce the convention."
    found = {c.key: c for c in extract(asked, [sentence(text)], date(2013, 10, 11))}
    assert found["189"].historical is historical


@pytest.mark.parametrize(("verb", "historical"), [("alleged", False), ("found", True)])
def test_a_year_in_what_a_claim_of_the_day_alleges_is_no_history(verb, historical):
    # xk03: the lawsuit is the day's news about what it dates
    asked = analyse("how many iphone users had data collected by google")
    text = (
        f"He {verb} that the company had collected web-browsing data from around 4.4 million "
        "Apple iPhone users between 2011 and 2012."
    )
    found = {c.key: c for c in extract(asked, [sentence(text)], date(2021, 11, 10))}
    assert found["4400000"].historical is historical, sorted(found)


@pytest.mark.parametrize(
    ("question", "text", "number", "other"),
    [
        # an28 (a trap): passengers are no planes
        ("how many planes does virgin america fly", "Last year, Virgin flew over 7 million passengers to 24 locations.", "7000000", True),
        # the crowd counts no noun of its own: it may word the fans otherwise
        ("how many fans attended the game", "The Eagles won before the crowd of 45,662 at Lincoln Financial Field.", "45662", False),
        ("how many planes does virgin america fly", "Virgin America flies 60 planes to 24 locations.", "60", False),
    ],
)  # fmt: skip
def test_a_number_that_counts_a_noun_of_its_own_counts_another_thing(question, text, number, other):
    found = {c.key: c for c in extract(analyse(question), [sentence(text)], None)}
    assert counts_other(found[number]) is other, sorted(found)


def test_a_place_of_another_deed_is_not_where_the_asked_one_was_done():
    # xa08: she arrived in Tehran; she competed in Seoul
    question = "where did elnaz rekabi compete without a hijab"
    arrived = "A video shows Elnaz Rekabi arriving back in Tehran after competing without a hijab."
    assert "tehran" not in candidates(question, arrived)
    assert "tehran" in candidates("where did elnaz rekabi arrive", arrived)
    competed = "Elnaz Rekabi competed without a hijab at the Asian Championships in Seoul on Sunday."
    assert "seoul" in candidates(question, competed)
    # fd13 (held59): the immigrants are in Florida, through the nouns between; the signing
    # at a press conference is in Jacksonville
    question = "where did desantis sign the immigration bill"
    imposing = (
        "DeSantis signed a new law Wednesday imposing new restrictions on undocumented immigrants in Florida."
    )
    assert "florida" not in candidates(question, imposing)
    at = "DeSantis signed the immigration bill at a press conference in Jacksonville."
    assert "jacksonville" in candidates(question, at)


def test_where_a_study_was_published_is_the_journal_it_appeared_in():
    # qd10: the CDC funds the study; the journal published it
    text = (
        "The new study, published this month in the American Diabetes Association journal Diabetes Care, "
        "used data from the SEARCH for Diabetes in Youth study, which is funded by the CDC."
    )
    found = candidates("where was the diabetes study published", text)
    assert "cdc" not in found and any("diabetes care" in k for k in found), sorted(found)


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        # cn02 (held70, read): the name right after the asked noun, which the parser made a
        # subject of "has suggested"
        (
            "People in US states that legalized recreational cannabis use it 20% more frequently, "
            "a study published Thursday in the journal Addiction has suggested.",
            {"addiction"},
        ),
        # the whole name, not "Annals" cut before its "of"
        (
            "People saw mild pain relief, according to a study published in June in the journal "
            "Annals of Internal Medicine.",
            {"annals of internal medicine"},
        ),
    ],
)
def test_the_journal_named_after_the_word_journal_is_stated(text, stated):
    question = analyse("what journal published the cannabis study")
    found = extract(question, [sentence(text, overlap=1.0)], None)
    assert {c.key for c in found if c.stated} == stated


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # the open quiz (20231201_19, 20231222_5): a name of another type, or the subject of
        # a clause on the asked noun, is not named by it
        (
            "Which state is revising its planned 2024 license plate design following hundreds of complaints?",
            "The state Department of Motor Vehicles worked with UVA to offer a license plate featuring the logo.",
        ),
        (
            "Which country has acted as a mediator in the Israel-Hamas conflict that began this year?",
            "State-run media in Egypt, one of the countries Blinken visited, reported that the talks had stalled.",
        ),
    ],
)
def test_a_name_after_the_asked_noun_of_another_kind_is_not_stated(question, text):
    found = extract(analyse(question), [sentence(text, overlap=1.0)], None)
    assert not any(c.stated for c in found), [c.text for c in found if c.stated]


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        # zc24 (held50): "was the first", of one titled with the asked noun
        (
            "Chief Justice John Marshall, who was the court's longest-serving member at 34 years, was the first, in 1894.",
            {"chief justice john marshall"},
        ),
        # not of one the text titles otherwise, nor of a later one
        ("Senator John Marshall was the first, in 1894.", set()),
        ("Chief Justice John Marshall was the second, in 1894.", set()),
    ],
)
def test_the_one_of_the_asked_kind_said_to_be_the_first_is_stated(text, stated):
    question = analyse("which justice was the first on a stamp")
    found = extract(question, [sentence(text, overlap=1.0)], None)
    assert {c.key for c in found if c.stated} == stated


def test_an_untagged_name_after_the_asked_noun_is_stated_and_the_subject_nearest_the_verb_does():
    # zm18 (held30): "UMMC Ekaterinburg" is no entity to the tagger; the question's parse
    # gives "play" two subjects, "team" and "griner", and Griner is who plays
    question = analyse("which russian team did griner play for")
    text = "Griner, who had played for Russian team UMMC Ekaterinburg since 2014, was arrested Feb. 17."
    found = {c.key: c for c in extract(question, [sentence(text, overlap=1.0)], None)}
    assert found["ummc ekaterinburg"].stated
    assert not done_by_another(replace(question, names=question.names | {"griner", "russia"}), sentence(text))


def test_a_sum_counts_no_states_and_a_quoted_question_states_no_number():
    # ob14 (held44): "the $7.25 states" are no count of states; rl05 (held46): a number
    # in a quoted question is asked about, not stated
    money = candidates(
        "how many states are raising the minimum wage in 2023",
        "“Even in the $7.25 states, many workers are already getting paid above the minimum wage.”",
    )
    assert all(not c.evidence.unit_match for c in money.values()), sorted(money)
    asked = candidates(
        "how many red light cameras does wilmington have now",
        '"Is it a big problem that needs 17 new red light cameras?" he said.',
        "There are 34 red light cameras in Wilmington, and 17 more were proposed.",
    )
    assert {s.text[:5] for s in asked["17"].sentences} == {"There"}, asked["17"].sentences


def test_a_share_counts_no_one():
    # cn04 (held70, read): "20%" answered how many people were in the study
    found = candidates(
        "how many people were in the cannabis study",
        "People in US states that legalized recreational cannabis use it 20% more frequently.",
    )
    assert "20" not in found and "20%" not in found, sorted(found)


def test_a_stock_symbol_names_no_one():
    # ww03: "(TWTR)" is Twitter again
    text = "Musk's takeover could upend Twitter (TWTR) if he restores the account of Donald Trump."
    assert sorted(candidates("whose twitter account might musk restore", text)) == ["donald trump"]


@pytest.mark.parametrize(
    ("question", "text", "offered"),
    [
        # l24: what the union announced Monday is done, not when Congress will vote
        ("when will congress vote on the rail deal", "The largest rail union rejected the deal, the union announced Monday.", False),
        ("when will congress vote on the rail deal", "Congress will vote on the rail deal on Thursday.", True),
        ("when will the murdaugh trial start", "The murdaugh trial was set for Jan. 23.", True),
        ("when did the rail union reject the deal", "The largest rail union rejected the deal, the union announced Monday.", True),
    ],
)  # fmt: skip
def test_what_will_happen_is_not_dated_by_what_was_done(question, text, offered):
    assert bool(candidates(question, text)) is offered, sorted(candidates(question, text))


@pytest.mark.parametrize(
    ("question", "per", "text", "shown"),
    [
        # j22: money spent once is no monthly rent
        ("how much did iron hill pay for its rehoboth lease each month", "month", "Iron Hill says it has spent more than $1 million on the Rehoboth lease.", False),
        ("how much did iron hill pay for its rehoboth lease each month", "month", "Iron Hill paid $12,000 a month for its Rehoboth lease.", True),
        ("how much did iron hill pay for its rehoboth lease monthly", "month", "Iron Hill paid $12,000 per month for its Rehoboth lease.", True),
        ("how much did iron hill pay for its rehoboth lease annually", "year", "Iron Hill paid $12,000 a month for its Rehoboth lease.", False),
        ("how much did iron hill pay for its rehoboth lease", "", "Iron Hill says it has spent more than $1 million on the Rehoboth lease.", True),
        # sf20: "daily" is a day's rate
        ("how many packages does ups deliver a day", "day", "UPS delivers nearly 25 million packages daily.", True),
    ],
)  # fmt: skip
def test_a_rate_asked_for_is_answered_by_a_rate(question, per, text, shown):
    asked = analyse(question)
    assert asked.per == per
    found = candidates(question, text)
    assert any(supported(asked, c) for c in found.values()) is shown, sorted(found)


@pytest.mark.parametrize(
    ("question", "text", "shown"),
    [
        # ih08 (held79): a price per bowl is not how much soup a recipe makes
        ("how much soup does the recipe make", "The soup, $5.95 a bowl at the Iron Hill restaurants, is made with cream.", False),
        ("how much soup does the recipe make", "The recipe makes 1 gallon of soup, worth $40.", True),
        # what a thing costs is asked by "is" or a word of price
        ("how much is gas in delaware", "Gas in Delaware is $3.15 a gallon.", True),
        ("how much does the hot pot cost", "The hot pot is $30 per person.", True),
        # a sum per a time is a rate, read by the rate rule
        ("how much cheese was stolen", "Thieves stole $46,000 a year of cheese.", True),
    ],
)  # fmt: skip
def test_a_price_per_one_is_not_how_much_of_a_thing(question, text, shown):
    found = [
        replace(c, evidence=replace(c.evidence, overlap=1.0))
        for c in candidates(question, text).values()
        if c.label == "MONEY"
    ]
    assert found and any(supported(analyse(question), c) for c in found) is shown, [c.text for c in found]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # st04 (held71): those of the residents who tested positive are not all of them
        ("Newtok had its biggest outbreak, with 32 residents testing positive for the coronavirus.", False),
        ("Newtok had an estimated 220 residents last year.", True),
        # a clause that only describes the counted noun leaves it counted
        ("Newtok had 220 residents who lived on the riverbank.", True),
    ],
)
def test_a_count_of_those_doing_something_is_not_how_many_there_are(text, shown):
    question = "how many residents did newtok have"
    found = [
        replace(c, evidence=replace(c.evidence, overlap=1.0)) for c in candidates(question, text).values()
    ]
    assert any(supported(analyse(question), c) for c in found) is shown, [c.text for c in found]


@pytest.mark.parametrize(
    ("question", "text", "who", "shown"),
    [
        # u21: announcing the winner is not winning
        ("who will win the nobel peace prize", "The Norwegian Nobel Committee will announce the winner of this year's Nobel Peace Prize on Friday.", "norwegian nobel committee", False),
        ("who will win the nobel peace prize", "The Norwegian Nobel Committee said Ales Bialiatski will win this year's Nobel Peace Prize.", "ales bialiatski", True),
        # "did", which the tagger takes for the deed here, asks no doer
        ("who did diaz-canel meet in tehran", "Ayatollah Khamenei made the remarks in a meeting in Tehran on Monday with Cuban President Miguel Díaz-Canel.", "ayatollah khamenei", True),
        # r24, v04: the asked deed done in a clause of the sentence
        ("who chaired the booker judges", "Canadian writer Esi Edugyan, who chaired the Booker judges, said the book is a triumph.", "esi edugyan", True),
        ("who scored for the us against wales", "US forward Timothy Weah celebrates after scoring against Wales.", "timothy weah", True),
        # zc23: "a painted portrait" describes the portrait; nobody paints in this sentence
        ("who painted the ginsburg portrait for the stamp", "After finding Bermingham's photo, \"we believed that a painted portrait based on the photo would add gravitas to the stamp,\" Kessler told the Postal Service.", "kessler", False),
        # kx07: the passive subject of the asked deed is whom it was done to
        ("who nominated mukwege for the nobel prize", "However, Trump has been nominated for the 2019 prize by U.S. Republican congressional members.", "trump", False),
        # kx05: told of in a clause that describes someone else
        ("who won the nobel peace prize", "A Yazidi Kurdish activist who was held captive and raped by members of the Islamic State group is among the winners of this year's Nobel Peace Prize.", "islamic state", False),
        # ly01: a name before the asked people says whose they are, not which one
        ("which officer fired first at mcdole", "The four Wilmington police officers fired at McDole on Sept. 23.", "wilmington", False),
        ("which officer fired first at mcdole", "Officer Joseph Dellose fired at McDole first on Sept. 23.", "joseph dellose", True),
        # w17: a clause of its own deed, under a participle that describes the game
        ("who is playing in the super bowl", "Super Bowl 57 will be one packed with storylines as the Kansas City Chiefs take on the Philadelphia Eagles.", "kansas city chiefs", True),
        # jw25, pc20: an organisation named beside the story, in a sentence that tells no
        # founding or running, did not do it; one the sentence says did it, did
        ("who founded ghost robotics", "Ghost Robotics has partnered with the US Defense Department in the past.", "us defense department", False),
        ("who founded ghost robotics", "Ghost Robotics was founded by the University of Pennsylvania in 2015.", "university of pennsylvania", True),
        ("who runs the vanilla gift card company", "The online information for viewing transactions on the Vanilla brand Visa card showed that one purchase was made at an supply store.", "visa", False),
        # xk09: who co-produces the film does not direct it
        ("who will direct the zelda movie", "It’s being co-produced by Nintendo and Arad Productions Inc., which is behind the live-action Spider-Man films.", "nintendo", False),
        # xk07: the agent of a passive is its doer, of another deed here; of the asked one there
        ("who funded lloyd's lawsuit", "But the judgment said that Lloyd’s case hadn’t proven what wrongful use was made by Google of the personal data.", "google", False),
        ("who funded lloyd's lawsuit", "Lloyd’s lawsuit was funded by Therium, a litigation funder.", "therium", True),
        # iv19: whom the deed was done to is told in a sentence that tells the deed
        ("who was arrested for shooting at the moore county substations", "“The person, or persons, who did this knew exactly what they were doing,” Moore County Sheriff Ronnie Fields said.", "ronnie fields", False),
        ("who was arrested for shooting at the moore county substations", "Police arrested Jim Smith on Monday for shooting at the Moore County substations.", "jim smith", True),
        # one the sentence does something to may be whom it was done to, in other words
        ("who was killed in delmar", "The man accused of brutally attacking Delmar Police Cpl. Keith Heacook has been charged with first-degree murder.", "keith heacook", True),
        # mf10: a passive that names no doer has nobody do the asked deed
        ("who designed the new mississippi flag proposal", "The Mississippi Legislative Black Caucus chairwoman, Democratic Rep. Sonya Williams-Barnes of Gulfport, said Tuesday that the boycott is designed to put pressure on Gunn.", "mississippi legislative black caucus", False),
        # u24: a price of another year is no price of the asked one; a sentence naming no
        # year leaves the year to its article
        ("how much will a turkey dinner cost in 2024", "As a result, a Farm Bureau survey in 2022 found that a Thanksgiving feast for 10 cost $64.05.", "64.05", False),
        ("how much will a turkey dinner cost in 2024", "A Farm Bureau survey in 2024 found that a Thanksgiving feast for 10 costs $61.17.", "61.17", True),
        ("how much will a turkey dinner cost in 2024", "A Farm Bureau survey found that a Thanksgiving feast for 10 costs $61.17.", "61.17", True),
        ("who did the cuban president meet", "Ayatollah Khamenei made the remarks in a meeting in Tehran on Monday with Cuban President Miguel Díaz-Canel.", "ayatollah khamenei", True),
        # nt06 (held61): "own" is a deed, though a stop word; finding records or being
        # contacted is not owning
        ("who owns the train in the newark crash", "Newark Police Department found records of six crashes at the crossing in the last five years alone, Lt. William Hargrove said.", "newark police department", False),
        ("who owns the train in the newark crash", "Newark Police Department has not been contacted for any direct involvement in that safety campaign, Hargrove said.", "newark police department", False),
        ("who owns the train in the newark crash", "Rob Doolittle, a spokesman for CSX, which owns the train involved in Sunday's crash, said the driver lost his way.", "csx", True),
        # c22 (held11), a trap: one named as the owner of a thing does no deed
        ("who coached the 76ers in the preseason game against the cavs", "Fans will have to wait for Donovan Mitchell's first magical shot barrage against the 76ers in the preseason game.", "donovan mitchell", False),
        # one's work and one's deed are theirs (wj21, an20)
        ("who sings rockin around the christmas tree", "Brenda Lee’s “Rockin’ Around the Christmas Tree” is No. 2 on the chart.", "brenda lee", True),
        ("who investigated the crash", "The National Transportation Safety Board’s investigation of the crash ended on Monday.", "national transportation safety board", True),
        # ac04 (held75): the deed's own noun for the part one takes is the deed done
        ("who's hosting kids say the darndest things", "Now Tiffany Haddish will take the reins as host and executive producer for in-studio and remote segments.", "tiffany haddish", True),
        ("who's hosting kids say the darndest things", "Now Tiffany Haddish will take the reins as executive producer for in-studio and remote segments.", "tiffany haddish", False),
    ],
)  # fmt: skip
def test_an_answer_is_not_shown_from_another_deed_or_another_year(question, text, who, shown):
    found = candidates(question, text)
    c = found[who]  # as evidence holding every word of the question: only the deed or year is in question
    assert supported(analyse(question), replace(c, evidence=replace(c.evidence, overlap=1.0))) is shown


def test_a_weekday_asked_is_of_the_questions_week():
    # st08 (held71): "The state on Tuesday reported … 11 more deaths" in a roundup a year
    # before the question is another Tuesday's count; a week's is this one's.
    question = analyse("how many new covid deaths did arkansas report tuesday")
    text = "Little Rock: The state on Tuesday reported 383 new confirmed cases and 11 more deaths from COVID-19 in Arkansas."
    c = candidates(question.text, text)["11"]
    assert not supported(question, replace(c, evidence=replace(c.evidence, overlap=1.0, date_near=0.0)))
    assert supported(question, replace(c, evidence=replace(c.evidence, overlap=1.0, date_near=0.9)))


def test_a_sentence_of_the_asked_last_year_goes_before_this_years():
    # u02: "last year" in an article of the question's time is the asked year
    question = "who won the nobel peace prize last year"
    found = candidates(
        question,
        "The OPCW is the surprise winner of this year's Nobel Peace Prize.",
        "Last year, the committee awarded the prize to Denis Mukwege for his work.",
    )
    ranked = [
        replace(found[k], score=p, evidence=replace(found[k].evidence, date_near=1.0, overlap=1.0))
        for k, p in (("opcw", 0.5), ("denis mukwege", 0.03))
    ]
    assert [c.text for c in settle(analyse(question), ranked, 0.09)] == ["Denis Mukwege"]
    # in an article of another year, its "last year" is another year
    far = [replace(c, evidence=replace(c.evidence, date_near=0.01)) for c in ranked]
    assert [c.text for c in settle(analyse(question), far, 0.09)] == ["OPCW"]
    # a question that places itself in no time is answered as scored
    assert [c.text for c in settle(analyse("who won the nobel peace prize"), ranked, 0.09)] == ["OPCW"]


@pytest.mark.parametrize(("days", "shown"), [(2, "Alex Palou"), (10, "Scott Dixon")])
def test_last_week_is_the_questions_only_in_an_article_of_its_week(days, shown):
    question = "who won the race last week"
    found = candidates(question, "Scott Dixon won the race on Sunday.", "Last week, Alex Palou won the race.")
    ranked = [
        replace(
            found[k],
            score=p,
            evidence=replace(found[k].evidence, date_near=math.exp(-days / DATE_SCALE_DAYS), overlap=1.0),
        )
        for k, p in (("scott dixon", 0.5), ("alex palou", 0.03))
    ]
    assert [c.text for c in settle(analyse(question), ranked, 0.09)] == [shown]


@pytest.mark.parametrize(
    ("question", "matched"),
    [
        ("how long was truss prime minister", {"6 week": 1.0, "september 6": 0.0}),
        ("how long ago did truss become prime minister", {"2023-09-06": 1.0}),  # asks when
    ],
)
def test_how_long_asks_for_a_length_of_time(question, matched):
    text = "Truss, appointed on September 6, resigned just six weeks into her term."
    found = candidates(question, text)
    assert {k: found[k].evidence.type_match for k in matched} == matched


@pytest.mark.parametrize(
    ("question", "key", "shown"),
    [
        # mf08: "what percent" asked in those words; a count of lawmakers is no share
        ("what percent of mississippi's lawmakers are black", "50", False),
        ("what percent of mississippi's lawmakers are black", "38%", True),
        ("what share of mississippi's lawmakers are black", "50", True),  # a share may be a count of a whole
    ],
)
def test_a_percentage_asked_is_answered_by_a_percentage(question, key, shown):
    text = "Mississippi has 38 percent black lawmakers, and 50 of them are in the Black Caucus."
    c = candidates(question, text)[key]
    assert supported(analyse(question), replace(c, evidence=replace(c.evidence, overlap=1.0))) is shown


def test_how_long_is_answered_by_since_when():
    # bb12 (held70, read): "since 1981" tells how long the restaurant has been open, and
    # dates no deed of years ago (when.dated_before)
    asked = analyse("how long has riverfront pizza been open")
    text = "Riverfront Pizza & Sports Bar: This family-owned restaurant has been in business since 1981."
    found = {c.key: c for c in extract(asked, [sentence(text)], date(2022, 9, 9))}
    assert found["since 1981"].evidence.type_match == 1.0 and not found["since 1981"].historical
    assert "1981" not in found


def test_one_length_of_time_written_twice_is_one_candidate():
    # ws01: three spellings of the ban's length had split its evidence three ways.
    texts = (
        "Will Smith will not be allowed to attend the Academy Awards for the next 10 years.",
        "The Board has decided, for a period of 10 years from April 8, 2022, Mr. Smith shall not attend.",
    )
    found = candidates("how long is will smith banned from the oscars", *texts)
    assert {s.text for s in found["10 year"].sentences} == set(texts)


def test_how_long_is_not_answered_by_a_day_or_a_count_of_something_else():
    question = "how long is the nasa report on ufos"
    found = candidates(question, "On Thursday the NASA panel of 16 experts released its report on UFOs.")
    assert not any(supported(analyse(question), c) for c in found.values()), sorted(found)


def test_a_score_is_read_whole():
    found = candidates(
        "what was the score of the usa wales game", "The USMNT was dominant, but the Group B game ended 1-1."
    )
    assert set(found) == {"1-1"} and found["1-1"].evidence.type_match == 1


def test_one_person_counts_the_people_asked_for():
    found = candidates(
        "How many people died in the Pensacola tornado?",
        "One of the tornadoes, which touched down in West Pensacola, killed one person.",
    )
    assert found["one"].evidence.unit_match == 1


@pytest.mark.parametrize(
    ("question", "text", "ages"),
    [
        # Real sentences: the age the text gives the one asked about, and only that.
        ("How old is Mohammadi?", "The committee said Mohammadi, 51, who has been in and out of prison for the last decade.", {"51": 1.0}),
        ("How old is Tom Flacco?", "Tom Flacco, now 23, happens to be Towson’s quarterback.", {"23": 1.0}),
        ("how old was dennis brown", "The lawsuit alleged that 46-year-old Dennis Brown of Fleming Island suffered a cardiac arrest.", {"46-year-old": 1.0}),
        # the surname asked, but another first name: a brother's age
        ("how old is jason kelce", "Travis Kelce, 33, was a two-star recruit out of Cleveland Heights as a quarterback.", {"33": 0.0}),
        ("how old is travis kelce", "Travis Kelce, 33, was a two-star recruit out of Cleveland Heights as a quarterback.", {"33": 1.0}),
        # an age, but of the jets; "a decade" is no age at all
        ("how old is trump", "Trump said, “When I got there, we had jet fighters that were 48 years old.”", {"48 years old": 0.0}),
        ("How old is Mohammadi?", "Mohammadi has been in and out of prison for the last decade.", {}),
        # "the 54-year-old actor" in a sentence that names Perry only as whose family it is
        ("how old was matthew perry", "Matthew Perry's family has spoken out on the death of the 54-year-old \"Friends\" actor over the weekend.", {"54-year-old": 1.0}),
        ("how old is trump", "Trump attacked the 80-year-old president in his speech.", {"80-year-old": 0.0}),
        # "one of …" beside a name is no age: news writes ages in figures
        ("how old was matthew perry", "The Ottawa Senators posted: “Saddened to learn about the passing of Matthew Perry, one of Ottawa’s proudest sons.”", {}),
    ],
)  # fmt: skip
def test_how_old_is_answered_by_an_age_given_to_the_one_asked_about(question, text, ages):
    found = candidates(question, text)
    assert {c.text: c.evidence.titled for c in found.values()} == ages
    shown = settle(analyse(question), [replace(c, score=0.01) for c in found.values()], 0.4)
    assert [c.text for c in shown] == [a for a, titled in ages.items() if titled]


@pytest.mark.parametrize(
    ("question", "titled"),
    [("how old is kerri harris", 1.0), ("how old is tom carper", 0.0)],
)
def test_an_age_given_to_the_someone_refers_to_the_subject_named_before(question, titled):
    # zm25: a quote of three sentences lies between "Harris appeared energized …" and "The
    # 38-year-old Dover community activist …", which names no one ("Sanders-style" aside)
    body = (
        "Despite the loss, Harris appeared energized as she promised to back Carper in the general election.\n\n"
        '"They know we have awoken," she said. "They have to start working for us ... We need change and we need it now."\n\n'
        "The 38-year-old Dover community activist had campaigned on Bernie Sanders-style promises."
    )
    text = body[body.index("The 38-year-old") :]
    found = extract(analyse(question), [sentence(text, body=body)], None)
    assert {c.text: c.evidence.titled for c in found} == {"38-year-old": titled}


@pytest.mark.parametrize(
    ("question", "body", "age"),
    [
        # ms03: Buckley is no subject of the sentence before, but the one person it names
        (
            "how old is jack buckley",
            "Shootings barely register with Jack Buckley anymore.\n\n"
            "After 40 years of owning an independent bookstore in Wilmington’s Market Street business "
            "corridor, the 67-year-old has long since grown accustomed to the hallmarks of violence.",
            "67-year-old",
        ),
        # xk25: one other person named in passing leaves the reader looking further back
        (
            "how old is mike purzycki",
            "Purzycki announced Wednesday that he will not seek a third term.\n\n"
            "The decision surprised council member Shane Darby.\n\n"
            "The 78-year-old cited the demands of the job.",
            "78-year-old",
        ),
    ],
)
def test_an_age_given_to_the_someone_refers_to_the_one_person_named_before(question, body, age):
    text = body[body.rindex("\n\n") + 2 :]
    found = extract(analyse(question), [sentence(text, body=body)], None)
    assert {c.text: c.evidence.titled for c in found} == {age: 1.0}


@pytest.mark.parametrize(
    ("question", "text", "who", "won"),
    [
        # bf08, bf04, bf03: the words news uses for a prize's winner
        ("who won the rising star award", "The rising star award -- the one trophy decided by the public -- went to black British actor Micheal Ward.", "Ward", True),
        ("who won best actress at the baftas", "Renee Zellweger took best actress for the Judy Garland biopic \"Judy.\"", "Zellweger", True),
        ("who won best actor at the baftas", "Joaquin Phoenix was named best actor for his supervillain story \"Joker.\"", "Phoenix", True),
        # another prize of the kind is not the asked one
        ("who won best actress at the baftas", "Laura Dern was named best supporting actress for playing a divorce lawyer.", "Dern", False),
        # bf10: nor the plain prize the asked one's kind: best actor is not best supporting actor
        ("who won best supporting actor at the baftas", "Joaquin Phoenix was named best actor for his supervillain story \"Joker.\"", "Phoenix", False),
        ("who won best supporting actor at the baftas", "Brad Pitt was named best supporting actor for \"Once Upon a Time in Hollywood.\"", "Pitt", True),
        # the prize went to another than the asked
        ("who won the rising star award", "The rising star award went to Micheal Ward, beating Kaitlyn Dever.", "Dever", False),
    ],
)  # fmt: skip
def test_who_won_a_prize_is_said_in_the_words_news_uses(question, text, who, won):
    doc = parse(text)
    at = next(t.i for t in doc if t.text == who)
    asked = analyse(question)
    assert (does(doc[at : at + 1], asked) and done_to(asked, sentence(text), doc)) is won


def test_a_name_set_in_quotes_alone_is_a_work_not_who_won():
    """bf03: "Joker" (tagged a person) won prizes as a film; "1917" (tagged a date) is a film."""
    text = '"Joker" won three prizes – best actor, casting and score – from 11 nominations.'
    assert "Joker" not in {
        c.text for c in extract(analyse("who won best actor at the baftas"), [sentence(text)], None)
    }
    text = '"1917" was also named best British film and won the cinematography prize.'
    assert "1917" in {
        c.text for c in extract(analyse("which film won best picture at the baftas"), [sentence(text)], None)
    }


def test_the_candidate_next_to_the_asked_role_is_nearest():
    found = candidates(
        "Who is the Iranian Parliament Speaker?",
        "Raisi met Parliament Speaker Mohammad Baqer Qalibaf and Foreign Minister Hossein Amir-Abdollahian.",
    )
    assert (
        found["mohammad baqer qalibaf"].evidence.nearness
        > found["hossein amir abdollahian"].evidence.nearness
    )


def test_the_publication_date_is_offered_only_without_another_date():
    found = candidates("When did they meet?", "They met on Monday.")
    assert "2023-12-05" not in found and found["2023-12-04"].evidence.published == 0
    found = candidates("When did they meet?", "They met to discuss trade.")
    assert found["2023-12-05"].evidence.published == 1


def test_wire_copies_are_one_story():
    body = "Officials said 40 people were hurt in the blast. " * 3
    copy = [sentence("Officials said 40 people were hurt in the blast.", a, body=body) for a in ("x", "y")]
    other = sentence("A hospital said 40 people were hurt.", "z", body="A hospital said 40 people were hurt.")
    q = analyse("How many people were hurt?")
    assert len(extract(q, copy, None)[0].stories) == 1
    assert len(extract(q, [*copy, other], None)[0].stories) == 2


@pytest.mark.parametrize(
    "text, published, shown, key",
    [
        ("on Monday", "2023-12-05", "December 4, 2023 (on Monday)", "2023-12-04"),
        ("Tuesday", "2023-12-05", "December 5, 2023 (Tuesday)", "2023-12-05"),
        ("1979", "2023-12-05", "1979", "1979"),
        ("22 years ago", "2023-12-05", "2001 (22 years ago)", "2001"),
        # a range of days is dated by its first, not read as 1926
        ("Oct. 22-26", "2023-10-30", "October 22, 2023 (Oct. 22-26)", "2023-10-22..26"),
        ("October 7", "2023-12-05", "October 7, 2023", "2023-10-07"),
        # a day or month without a year is the one nearest the article's date
        ("June 14", "2022-06-01", "June 14, 2022", "2022-06-14"),
        ("Jan. 3", "2023-12-20", "January 3, 2024 (Jan. 3)", "2024-01-03"),
        ("July", "2023-06-01", "July 2023", "2023-07"),
        ("March", "2023-06-01", "March 2023", "2023-03"),
        ("last month", "2023-12-05", "November 2023 (last month)", "2023-11"),
        ("the past decade", "2023-12-05", "the past decade", "past decade"),
        ("the 1990s", "2023-12-05", "the 1990s", "1990s"),
        # a clock time says the hour, not the day (nt04, held61: Sunday's crash in Tuesday's paper)
        ("11:10 p.m.", "2015-06-23", "11:10 p.m.", "11 10 p m 2015-06-22"),
        ("Sunday at 11 p.m.", "2015-06-23", "June 21, 2015 (Sunday at 11 p.m.)", "2015-06-21"),
    ],
)
def test_dates_resolve_against_the_article_date(text, published, shown, key):
    assert resolve_date(text, published) == (shown, key)


def test_options_are_candidates_with_the_evidence_of_their_sentences():
    q = analyse("Which city hosted the summit?")
    s = [sentence("The summit was held in Granada, Spain, on Thursday.")]
    found = {c.text: c for c in options(q, ["Madrid", "Granada", "Seville", "Bilbao"], s, None)}
    assert found["Granada"].sentences and found["Granada"].evidence.type_match == 1
    assert not found["Madrid"].sentences and found["Madrid"].evidence.relevance == 0


def test_an_option_the_text_words_otherwise_counts_for_the_words_it_shares():
    q = analyse("What was the main reason behind Incyte's decision not to expand its headquarters?")
    s = [
        sentence(
            "The Board of Adjustment denied the variances Incyte needed, so the company dropped its plan."
        )
    ]
    choices = [
        "Denial of critical variances by the New Castle County Board of Adjustment",
        "Lack of financial resources",
    ]
    found = {c.text: c for c in options(q, choices, s, None)}
    denial, money = found[choices[0]].evidence, found[choices[1]].evidence
    assert not found[choices[0]].sentences  # not all its words: no sentence names it
    assert 0.3 < denial.worded < 1 and money.worded == 0


def candidate(text, score, stories, unit=1.0, overlap=1.0, missing=0.0):
    evidence = Evidence(unit_match=unit, overlap=overlap, missing=missing)
    c = Candidate(text, text, "CARDINAL", evidence=evidence, stories=frozenset(stories))
    c.score = score
    return c


@pytest.mark.parametrize(
    "question, ranked, shown",
    [
        ("How many bridges closed?", [], []),
        ("How many bridges closed?", [candidate("3", 0.2, {0})], []),
        ("How many bridges closed?", [candidate("3", 0.7, {0}), candidate("5", 0.3, {1})], ["3"]),
        # Two well-supported counts from different stories: show both.
        ("How many bridges closed?", [candidate("12", 0.8, {0}), candidate("14", 0.75, {1})], ["12", "14"]),
        # The same story saying two numbers is not a disagreement.
        ("How many bridges closed?", [candidate("12", 0.8, {0}), candidate("14", 0.75, {0, 1})], ["12"]),
        # A rival that does not count the asked thing is not one either.
        ("How many bridges closed?", [candidate("12", 0.8, {0}), candidate("14", 0.75, {1}, 0.0)], ["12"]),
        ("Who closed the bridges?", [candidate("Ana", 0.8, {0}), candidate("Bo", 0.78, {1})], ["Ana"]),
        # A sentence that lacks a name of the question, or shares too few of its words,
        # cannot support an answer however well it scores.
        ("How many bridges closed in Westbrook?", [candidate("3", 0.9, {0}, missing=0.5)], []),
        (
            "How many bridges closed?",
            [candidate("3", 0.9, {0}, overlap=0.0), candidate("5", 0.5, {1})],
            ["5"],
        ),
    ],
)
def test_what_is_shown(question, ranked, shown):
    # overlap 1.0 stands for "shares every question word"; settle needs two of them.
    assert [c.text for c in settle(analyse(question), ranked, 0.4)] == shown


@pytest.mark.parametrize(
    ("question", "text", "key", "titled"),
    [
        ("Which Cuban president did Khamenei meet?", "Khamenei met Cuban President Miguel Díaz-Canel.", "miguel díaz canel", 1.0),
        ("Who is Riverton's head librarian?", "Head librarian Tomas Berg said the library stays open.", "tomas berg", 1.0),
        ("Who is the head librarian?", "The library is run by Tomas Berg, the head librarian.", "tomas berg", 1.0),
        # another nation's title does not fit the question
        ("Who is the Speaker of the Cuban parliament?", "He met Iranian Parliament Speaker Mohammad Baqer Qalibaf.", "mohammad baqer qalibaf", 0.0),
        ("Who cut the ribbon?", "Mayor Lena Ortiz cut the ribbon.", "lena ortiz", 0.0),
        # the asked role without its qualifier is another role
        ("Who is the vice president of Cuba?", "Khamenei met Cuban President Miguel Díaz-Canel.", "miguel díaz canel", 0.0),
        ("Who became the sixth health secretary?", "Health Secretary Victoria Atkins spoke.", "victoria atkins", 1.0),
        # aa10 (held62): a word that makes the asked noun another role, which the question lacks
        ("who is australia's new foreign minister", "New Labor Prime Minister Anthony Albanese was sworn in on Monday before his departure to Japan.", "anthony albanese", 0.0),
        ("who is australia's new foreign minister", "Beside him will be Australian Foreign Minister Penny Wong, who has long been a respected voice in the Senate.", "penny wong", 1.0),
        # zc03 (held26): nor is a place in a clause on the apposition, for or against the question
        ("who finished second in mexico", "Gluesenkamp Perez, an auto repair shop owner whose father immigrated to the US from Mexico, will defeat Republican Joe Kent.", "gluesenkamp perez", 0.0),
        # a people of one's descent, or a place in what one does, is no place of the title
        ("who is australia's new foreign minister", "Beside him will be Australian Foreign Minister Penny Wong, a seasoned Labor politician of Asian descent who has long been a vocal critic of China.", "penny wong", 1.0),
        # another county's executive: the qualifier's own qualifier counts too
        ("who is the erie county executive", "Monroe County Executive Adam Bello has rescinded the advisory.", "adam bello", 0.0),
        ("who is the erie county executive", "I spoke with Erie County Executive Mark Polancarz this morning.", "mark polancarz", 1.0),
        # a place describing a party member: "Republican" is no organisation the title is of
        ("According to early polling, which candidate appears to be the most likely Republican nominee?", "Poll respondent Alex Barry, a 31-year-old Cedar Rapids Republican, said he views Trump very favorably.", "alex barry", 0.0),
        # a nationality describing the organisation asked about is no rival place
        ("Who is the president of CONMEBOL?", "“The centennial World Cup could not be far from South America, where everything began,” said Alejandro Dominguez, the president of South American soccer body CONMEBOL.", "alejandro dominguez", 1.0),
        # the one at the top of a body is its head, leader, chief or boss
        ("who is the head of indonesian soccer", "Indonesian soccer leader Erick Thohir said his federation is now with Saudi Arabia.", "erick thohir", 1.0),
        # a title with "of" in it, and a party in apposition that is no rival place
        ("whos the ohio secretary of state", "Ohio Secretary of State Jon Husted, a Republican, insists counties are removing voters.", "jon husted", 1.0),
        ("whos the ohio secretary of state", "Ohio Jon Husted, a Republican, insists counties are removing voters.", "jon husted", 0.0),
        # "his father" is the father of the one the sentence names; the parser took the
        # apposition for a conjunct
        # a comma conjunct after a name is no apposition of it
        ("Which celebrity will host the 2024 Academy Awards?", "The late-night TV host and comedian has been tapped to host the 96th Academy Awards, Academy CEO Bill Kramer and Academy President Janet Yang announced in a press release.", "bill kramer", 0.5),
        ("who is alex lasry's father", "Indeed, at almost every step in his short career, Lasry has had the support — financial and otherwise — of his father, New York billionaire hedge fund manager Marc Lasry, and his mother, Cathy Lasry.", "marc lasry", 1.0),
        ("who is alex lasry's father", "Indeed, at almost every step in his short career, Lasry has had the support — financial and otherwise — of his father, New York billionaire hedge fund manager Marc Lasry, and his mother, Cathy Lasry.", "cathy lasry", 0.0),
        # kw07 (held66): "the company's president" is the president of the company the sentence names
        ("who is the president of Thacker-Grigsby", "One of the grant winners, Thacker-Grigsby, which received a $2.3 million ReConnect grant, is unlikely to ever use KentuckyWired, the company’s president, Bill Grigsby, told The Courier Journal.", "bill grigsby", 1.0),
        ("who is the president of Duo County Broadband", "One of the grant winners, Thacker-Grigsby, which received a $2.3 million ReConnect grant, is unlikely to ever use KentuckyWired, the company’s president, Bill Grigsby, told The Courier Journal.", "bill grigsby", 0.5),
        # ly03 (asked "lawyer", the text's word "attorney" is kin): a clause set off after
        # the name says for whom the attorney works; the role must still be in the title
        ("who is the attorney for mcdole's family", "Wilmington Attorney Thomas S. Neuberger, who is representing McDole's family in a federal civil lawsuit, called the report historic.", "thomas s neuberger", 1.0),
        ("who is the attorney for mcdole's family", "Thomas S. Neuberger, who is representing McDole's family in a federal civil lawsuit, called the report historic.", "thomas s neuberger", 0.0),
        # rd13 (held53): the title held at another company, each naming what the other does not
        ("Who is the CEO of Capital Economics?", "“You would simply do R&D quietly,” Brad Gerstner, CEO of Altimeter Capital, a shareholder in Meta, wrote.", "brad gerstner", 0.0),
        ("Who is the CEO of Alaska?", "“We are excited,” said Alaska Airlines CEO Ben Minicucci.", "ben minicucci", 1.0),
    ],
)  # fmt: skip
def test_titled_is_the_fit_of_the_title_a_name_carries(question, text, key, titled):
    assert candidates(question, text)[key].evidence.titled == titled


def test_an_apposition_states_no_title_held_at_another_company():
    """rd13 (held53, a trap): "Brad Gerstner, CEO of Altimeter Capital" does not state who the
    CEO of Capital Economics is; "Ben Minicucci, the CEO of Alaska Airlines" states Alaska's."""
    gerstner = "“You would simply do R&D quietly,” Brad Gerstner, CEO of Altimeter Capital, wrote."
    assert not candidates("Who is the CEO of Capital Economics?", gerstner)["brad gerstner"].stated
    minicucci = "“We are excited,” said Ben Minicucci, the CEO of Alaska Airlines."
    assert candidates("Who is the CEO of Alaska?", minicucci)["ben minicucci"].stated
    # zm24: "U.S." of "U.S. Senate" says where the Senate is, not which company
    arlett = (
        "He first must face Sussex County Councilman Rob Arlett, who defeated former PayPal executive Gene "
        "Truono by 67-28 percent on Thursday to become the Republican nominee for U.S. Senate."
    )
    found = candidates("who is the republican nominee for senate in delaware", arlett)
    assert found["sussex county councilman rob arlett"].stated


def test_a_surname_read_as_a_place_is_the_person_only_where_its_article_names_him():
    body = "The Angels hired Ron Washington as manager. Washington, 71, coached in Atlanta."
    named = sentence("Washington, 71, coached in Atlanta.", "a", body=body)
    full = sentence("The Angels hired Ron Washington as manager.", "a", body=body)
    city = sentence("Washington is a city on the Potomac.", "b")
    found = {
        c.key: c
        for c in extract(analyse("Which baseball veteran did the Angels hire?"), [full, named, city], None)
    }
    assert len(found["ron washington"].sentences) == 2
    assert [s.hit.article.id for s in found["washington"].sentences] == ["b"]  # the city stays a city


@pytest.mark.parametrize(
    "question, text, name, offered",
    [
        # the source of a sentence did not win the jackpot it reports, nor make the butter
        ("who won the powerball jackpot", "Per the Multi-State Lottery Association, 22 tickets won $1 million prizes and the jackpot was $2 billion.", "Multi-State Lottery Association", False),
        ("who makes the wegmans lemon dill butter", "The butter may be contaminated with listeria, according to the FDA.", "FDA", False),
        # but it answers who reported it
        ("who reported the listeria in the wegmans butter", "The butter may be contaminated with listeria, according to the FDA.", "FDA", True),
        ("who won the powerball jackpot", "The Multi-State Lottery Association said nobody has won the jackpot yet.", "Multi-State Lottery Association", True),
        # na30 (held50): the outlet a witness told is not the footballer's club
        ("which club does amir nasr-azadani play for", "Supporters of the Iranian footballer Amir Nasr-Azadani fear he could be executed, a witness close to Nasr-Azadani told CNN.", "CNN", False),
        ("which channel did the witness talk to", "A witness close to Nasr-Azadani spoke on CNN.", "CNN", True),
        # hu01: the body that announces it after what it says is not who was charged
        ("who is charged with killing delmar officer keith heacook", "The man accused of attacking Delmar Police Cpl. Keith Heacook has been charged with first-degree murder, the Delaware Department of Justice announced Tuesday.", "Delaware Department of Justice", False),
        ("who charged the man with killing keith heacook", "The Delaware Department of Justice charged the man accused of attacking Keith Heacook with first-degree murder.", "Delaware Department of Justice", True),
    ],
)  # fmt: skip
def test_a_sentences_source_is_no_doer(question, text, name, offered):
    assert any(c.text == name for c in candidates(question, text).values()) == offered


def test_kind_of_is_the_candidates_closeness_to_the_noun_asked_for():
    # A stand-in encoder with fixed 2-d vectors: the rule, not the embedding model.
    vectors = {"a crop": [1.0, 0.0], "Coffee beans": [0.8, 0.6]}

    def encode(texts):
        return np.array([vectors.get(t, [0.0, 1.0]) for t in texts])

    s = replace(
        sentence("Coffee beans and the farmers who grow them in Brazil face drought."),
        vector=np.array([0.0, 1.0]),
    )
    q = analyse("Climate change threatens the supply of which crop?")
    found = extract(q, [s], None)
    weigh_by_meaning(q, found, [s], encode)
    kind_of = {c.key: c.evidence.kind_of for c in found}
    assert kind_of["coffee beans"] == pytest.approx(0.8) and kind_of["farmers"] == 0.0


@pytest.mark.parametrize(
    ("text", "stated", "alone"),
    [
        ("Seven people died", [7.0], None),
        ("five", [5.0], 5.0),
        ("$2,500,000", [2500000.0], 2500000.0),
        ("2.5 million dollars", [2500000.0], None),
        ("2.5 million", [2500000.0], 2500000.0),
        ("22 of the 27 EU member states", [22.0, 27.0], None),
        ("15%", [15.0], 15.0),
        ("Apple iPhone 15", [15.0], None),
    ],
)
def test_numbers_are_read_in_digits_or_words(text, stated, alone):
    assert numbers(text) == stated
    assert number(text) == alone


def test_one_count_written_two_ways_is_one_candidate_and_no_disagreement():
    found = candidates(
        "How many people died in the quake?",
        "Seven people died in the quake on Monday, officials said.",
        "The quake killed 7 people, officials said.",
        "At least 12 people died in the quake, the mayor said.",
    )
    assert found["7"].text == "Seven" and len(found["7"].stories) == 2
    assert "12" in found and "seven" not in found
    # "$2.5 million" and "$2,500,000" are one amount
    paid = candidates(
        "How much did the company pay?", "The company paid $2.5 million.", "It paid $2,500,000."
    )
    assert list(paid) == ["2500000"] and len(paid["2500000"].stories) == 2


def test_a_number_option_is_named_by_its_value():
    q = analyse("Sharon White is to step down as chair of John Lewis after how many years in the role?")
    s = [sentence("Dame Sharon White will step down as chair of John Lewis after five years in the role.")]
    found = {c.text: c for c in options(q, ["14", "11", "8", "5"], s, None)}
    assert found["5"].sentences and found["5"].evidence.type_match == 1
    assert not found["14"].sentences


def test_a_sentence_need_not_repeat_a_name_common_in_the_corpus():
    q = analyse("Which US state became the 24th to legalise recreational marijuana?")
    text = "Ohio voters approved a measure to legalise recreational marijuana, the 24th state to do so."
    # it lacks "US" (missing 0.5), a name in half the corpus's articles (untold 0)
    common = replace(sentence(text, overlap=0.8), missing=0.5, untold=0.0)
    rare = replace(common, untold=0.5)  # a name that tells stories apart is lacking
    for s, shown in ((common, ["Ohio"]), (rare, [])):
        found = extract(q, [s], None)
        for c in found:
            c.score = 0.9 if c.text == "Ohio" else 0.1
        ranked = sorted(found, key=lambda c: -c.score)
        assert [c.text for c in settle(q, ranked, 0.4)] == shown
        assert next(c for c in found if c.text == "Ohio").evidence.missing == 0.5  # still evidence


def test_a_sentence_must_hold_more_of_the_question_than_its_names():
    q = analyse("In which city was Díaz-Canel born?")
    text = "Khamenei met Cuban President Miguel Díaz-Canel in Tehran on Monday."
    # "born" is the only word of the question besides its names and the noun asked for;
    # without it, only a sentence close to the question in meaning may answer.
    for related, relevance, shown in ((True, 0.23, ["Tehran"]), (False, 0.6, ["Tehran"]), (False, 0.23, [])):
        s = replace(sentence(text, overlap=0.5, relevance=relevance), related=related)
        found = extract(q, [s], None)
        for c in found:
            c.score = 0.9 if c.text == "Tehran" else 0.1
        ranked = sorted(found, key=lambda c: -c.score)
        assert [c.text for c in settle(q, ranked, 0.4)] == shown


def test_a_title_held_before_does_not_name_who_holds_it_now():
    found = candidates(
        "Who is the speaker of the House?",
        "The ouster of former Speaker Kevin McCarthy left the chamber without a leader.",
        "House Speaker Mike Johnson took the gavel on Wednesday.",
    )
    assert found["kevin mccarthy"].evidence.titled == 0.0
    assert found["mike johnson"].evidence.titled == 1.0


@pytest.mark.parametrize(
    "question, text, label, named",
    [
        ("Which judge ruled on McGuiness's convictions?", "Kathy McGuiness", "PERSON", True),
        ("Which judge ruled on McGuiness's convictions?", "William C. Carpenter", "PERSON", False),
        ("Which carrier is merging with Alaska Airlines?", "Hawaiian Airlines", "ORG", False),
        ("Which carrier is merging with Alaska Airlines?", "Alaska Airlines", "ORG", True),
        (
            "Which song topped the Billboard chart for Christmas?",
            "Rockin' Around the Christmas Tree",
            "WORK_OF_ART",
            False,
        ),
        # the question's short form is the name it goes by
        ("Who scored for Wales against the USMNT?", "United States Men’s National Team (USMNT", "ORG", True),
        ("Who scored for Wales against the USMNT?", "Gareth Bale", "PERSON", False),
        # mz12: a mark glued to the name makes another one
        ("What is Disney's streaming service called?", "Disney+", "ORG", False),
        ("What is Disney's streaming service called?", "Disney", "ORG", True),
        # a short form written with points is the one typed without them
        ("Former US diplomat Manuel Rocha was an agent for which country?", "U.S.", "GPE", True),
        ("Former US diplomat Manuel Rocha was an agent for which country?", "Cuba", "GPE", False),
        # hs07 (held76): a possessive's "s" is no other word
        ("Which magazine named Helen's one of its favorite places?", "Helen's", "PERSON", True),
    ],
)
def test_a_name_the_question_gives_is_who_asks(question, text, label, named):
    assert asks(analyse(question), Candidate(text, text.lower(), label)) is named


def test_a_sentence_dated_years_before_the_question_tells_history():
    question = analyse("who won the world series")
    found = extract(
        question,
        [
            sentence(
                "Casey Stengel won seven World Series as the manager for the New York Yankees between 1949 and 1958.",
                "a0",
            ),
            sentence(
                "Bochy has now won a World Series with the Texas Rangers and beaten them in a World Series.",
                "a1",
            ),
        ],
        date(2023, 11, 3),
    )
    historical = {c.text: c.historical for c in found}
    assert historical["Casey Stengel"] and not historical["Texas Rangers"]
    stengel = next(c for c in found if c.text == "Casey Stengel")
    stengel.score = 0.9
    assert settle(question, [stengel], 0.1) == []
    # A question that names a time, or asks for a date, may be answered from history.
    dated = extract(
        analyse("who won the world series in 1958"),
        [sentence("Casey Stengel won seven World Series between 1949 and 1958.")],
        date(2023, 11, 3),
    )
    assert not any(c.historical for c in dated)
    # Nor is one that names its time by what happened in it (tt11, held67; rs07).
    for asked, told in (
        (
            "how many mandatory audits did the irs open during trump's term",
            "The committee found that the IRS opened only one “mandatory” audit during Trump’s term – for his 2016 tax return.",
        ),
        (
            "who wrote the original lion man comic",
            "Lion Man, the first Black superhero comic, was written in 1947 by journalist Orrin Cromwell Evans.",
        ),
    ):
        assert analyse(asked).bygone
        assert not any(c.historical for c in extract(analyse(asked), [sentence(told)], date(2022, 12, 30)))
    assert not analyse("how many audits did the irs open").bygone
    # "original" says when, as "this year" does: the text that says "first" states the writer.
    lion = analyse("who wrote the original lion man comic")
    told = (
        "Lion Man, the first Black superhero comic, was written in 1947 by journalist Orrin Cromwell Evans."
    )
    assert "origin" not in asked_about(lion)
    assert [c.text for c in extract(lion, [sentence(told)], date(2022, 4, 22)) if c.stated] == [
        "Orrin Cromwell Evans"
    ]


def test_what_a_story_of_another_time_states_does_not_answer_beside_one_of_the_questions_time():
    # sc11 (held74): "… power restored by late Wednesday", of a 2022 outage, stated the answer
    # to "when will duke energy restore power" asked in April 2020.
    question = "when will duke energy restore power"
    moore = (
        "Duke Energy, which has about 47,000 customers in Moore County, said it expects most "
        "customers to have power restored by late Wednesday."
    )
    found = candidates(
        question, moore, "The estimated time of restoration for Duke customers is anywhere from late Tuesday."
    )
    near = {"late wednesday": 0.0, "late tuesday": 1.0}
    ranked = [
        replace(
            c,
            score=0.05,
            evidence=replace(c.evidence, date_near=near[k], overlap=1.0),
            # as stated.py finds it of the question read as the corpus writes it (names.named_in)
            stating=frozenset({("a0", 0)}) if k == "late wednesday" else frozenset(),
        )
        for k, c in found.items()
        if k in near
    ]
    assert settle(analyse(question), ranked, 0.09) == []
    # of the question's own time, what it states answers
    now = [replace(c, evidence=replace(c.evidence, date_near=1.0)) for c in ranked]
    assert [c.text for c in settle(analyse(question), now, 0.09)] == ["late Wednesday"]


def test_a_value_a_figure_is_down_from_is_not_the_value_now():
    # ti11 (held74): "He is viewed favorably by 80% of Iowa Republicans — but that’s down from
    # 91% in September 2021."; a favorability is a share.
    question = "whats trump's favorability among iowa republicans"
    assert analyse(question).labels[0] == "PERCENT"
    found = candidates(
        question,
        "He is viewed favorably by 80% of Iowa Republicans — but that’s down from 91% in September 2021.",
    )
    assert [c.text for c in found.values()] == ["80%"]


def test_a_value_changed_from_is_not_the_value_now():
    # sf23: the Teamsters have 340,000 members now.
    found = candidates(
        "how many members does the teamsters union have",
        "The Teamsters Union has also grown since its last work stoppage, from about 185,000 members to 340,000.",
    )
    assert [c.text for c in found.values()] == ["340,000"]
    # Asked of the time before, the old value is the answer.
    found = candidates(
        "how many members did the teamsters union have in 1997",
        "The Teamsters Union has grown since 1997, from about 185,000 members to 340,000.",
    )
    assert "about 185,000" in [c.text for c in found.values()]
    # be15: a span holding both ends is a range, not the value changed from.
    found = candidates(
        "how much could barley yields drop",
        '"Average yield losses (of barley) range from 3 percent to 17 percent, depending on the '
        'severity of the conditions," the study says.',
    )
    assert [c.text for c in found.values()] == ["3 percent to 17 percent"]


def test_a_year_told_in_the_present_does_not_make_history():
    """t08: a record still held is today's news, whatever years it names; a year a past
    verb dates is history (ww07: Boseman is no star of the 2022 film)."""
    found = extract(
        analyse("who holds the longest podium streak in f1"),
        [
            sentence(
                "Formula One legend Michael Schumacher still holds the longest podium streak with "
                "19 straight between 2001 and 2002.",
                "a0",
            )
        ],
        date(2023, 9, 18),
    )
    assert not next(c for c in found if c.text == "Michael Schumacher").historical
    found = extract(
        analyse("who stars in wakanda forever"),
        [
            sentence(
                "The Marvel film not only has to follow 2018’s “Black Panther,” one of the biggest "
                "blockbusters ever, but has the challenge of doing so without star Chadwick Boseman, "
                "who passed away in 2020.",
                "a0",
            )
        ],
        date(2022, 11, 10),
    )
    assert next(c for c in found if c.text == "Chadwick Boseman").historical


def test_a_rival_whose_sentence_says_what_is_asked_goes_first():
    question = analyse("where did prince charles give his commonwealth speech")
    found = extract(
        question,
        [
            sentence(
                "Prince Charles arrived in Rwanda on Tuesday night – the first member of the royal family to visit the country.",
                "a0",
            ),
            sentence(
                "That was the general reaction to Prince Charles’ opening speech at the Commonwealth Heads of "
                "Government Meeting in Kigali on Friday.",
                "a1",
            ),
        ],
        date(2022, 6, 24),
    )
    by_text = {c.text: c for c in found}
    rwanda, kigali = by_text["Rwanda"], by_text["Kigali"]
    rwanda.score, kigali.score = 0.16, 0.13
    assert settle(question, [rwanda, kigali], 0.1) == [kigali]
    # Below the threshold it is not shown, however well its sentence reads.
    assert settle(question, [rwanda, kigali], 0.14) == [rwanda]
    # A rival less of the asked type stays behind: "Trump" in "Trump has awarded the National
    # Medal of Arts" does not answer "What award …?".
    award = analyse("What award did Jon Voight get at the White House?")
    found = extract(
        award,
        [
            sentence(
                "Jon Voight danced for President Donald Trump at the White House Thursday, before being honored "
                "with the National Medal of Arts.",
                "a0",
            ),
            sentence(
                "Thursday's ceremony marked the first time that Trump has awarded the National Medal of Arts at the "
                "White House to Jon Voight.",
                "a1",
            ),
        ],
        date(2019, 11, 21),
    )
    medal = next(c for c in found if c.text == "National Medal of Arts")
    trump = next(c for c in found if c.text == "Trump")
    medal.score, trump.score = 0.15, 0.14
    medal.evidence = replace(medal.evidence, kind_of=0.51)
    trump.evidence = replace(trump.evidence, kind_of=0.35)
    assert settle(award, [medal, trump], 0.1) == [medal]


@pytest.mark.parametrize(
    ("question", "text", "shown", "label"),
    [
        # The tagger leaves the sign out of "$8"; the answer keeps it.
        ("How much will verification cost?", "Musk said he plans to launch an $8 per month subscription plan.", "$8", "MONEY"),
        ("how much cheaper are store brands", "Store brands can be anywhere from 10% to 50% cheaper.", "10% to 50%", "PERCENT"),
        # The tagger misses a name in a long sentence that it knows alone.
        (
            "Whose world record did Kelvin Kiptum break?",
            "Kiptum's time shattered the previous world record set by fellow Kenyan Eliud Kipchoge at 2:01:09 in the Berlin Marathon last September.",
            "Eliud Kipchoge",
            "PERSON",
        ),
    ],
)  # fmt: skip
def test_a_candidate_as_the_text_writes_it(question, text, shown, label):
    found = extract(analyse(question), [sentence(text)], None)
    assert any(c.text == shown and c.label == label for c in found), [(c.text, c.label) for c in found]


@pytest.mark.parametrize(
    ("question", "text", "matched"),
    [
        (
            "which refugee camp did israel strike",
            "Israeli airstrikes pounded the Jabaliya refugee camp and killed a key Hamas figure.",
            {"jabaliya refugee camp": 1.0, "israeli airstrikes": 0.0},
        ),
        (
            "what size tub was recalled",
            "The product under recall is the 3.5 ounce tub of Wegmans Lemon Dill Finishing Butter.",
            {"3 5 ounce tub": 1.0},
        ),
        # what kind, or whose, is not which one
        (
            "what nickname did trump give desantis",
            "Trump christened a new nickname for the governor.",
            {"new nickname": 0.0},
        ),
        (
            "what is the theme for the white house holiday decor",
            "Jill Biden will unveil the decorations for the White House's 2023 theme.",
            {"white house s 2023 theme": 0.0},
        ),
    ],
)
def test_a_phrase_is_of_the_asked_kind_when_it_names_which_one(question, text, matched):
    found = candidates(question, text)
    assert {k: found[k].evidence.type_match for k in matched} == matched


def test_a_phrase_of_the_asked_kind_goes_before_the_better_scored_rest():
    question = analyse("which refugee camp did israel strike")
    found = extract(
        question,
        [
            sentence("Israeli airstrikes target refugee camp for second day", "a0"),
            sentence(
                "Israeli airstrikes pounded the Jabaliya refugee camp and killed a key Hamas figure.", "a1"
            ),
        ],
        None,
    )
    by_text = {c.text: c for c in found}
    strikes, camp = by_text["Israeli airstrikes"], by_text["Jabaliya refugee camp"]
    strikes.score, camp.score = 0.6, 0.5
    assert settle(question, [strikes, camp], 0.1) == [camp]


@pytest.mark.parametrize(
    ("question", "text", "stated"),
    [
        # real sentences: the side of "be" that restates the asked thing gives the answer
        ("whats merriam webster's word of the year", "In a year where AI became a center of conversation, it's only fitting that Merriam-Webster's word of the year is \"authentic.\"", {"authentic"}),
        ("whats the most used slang word by teens this yr", "\"Sus,\" short for suspicious, is the most used slang term by teenagers in 2023, according to parents in the survey.", {"sus"}),
        # another year's word, another superlative, and a kind without a name are not it
        ("whats merriam webster's word of the year", "Last year's word of the year was \"gaslighting,\" which saw a 1,740% increase in search.", set()),
        ("whats merriam webster's word of the year", "Merriam-Webster word of the year: 'Gaslighting' is Merriam-Webster's 2022 word of the year.", set()),
        ("whats the most used slang word by teens this yr", "Bussin, finna and cap are the most hated slang words.", set()),
        ("what size tub was recalled", "The product under recall is the 3.5 ounce tub of Wegmans Lemon Dill Finishing Butter.", set()),
        # an apposition states it as "be" does
        ("whats the most used slang word by teens this yr", "The most used slang word, \"sus,\" was popularized by a video game.", {"sus"}),
        # as does a "which is" clause, for the noun it hangs on (se18, held54)
        ("which is the fastest supercomputer in the us", "The US Department of Energy’s Summit, which is the fastest supercomputer in the United States and the second fastest in the world, has been used to aid investigations.", {"us department of energy s summit"}),
        # ly03: a phrase the parser hangs beside a name is no apposition when it is the
        # subject of the verb after it
        ("who is the lawyer for mcdole's family", "While not happy the four Wilmington police officers who fatally shot Jeremy \"Bam\" McDole will not be criminally charged by Delaware, a lawyer for the victim's family said the report issued Thursday will help them.", set()),
        # but not beside any phrase of the question's words
        ("What is the main focus of Bryan Stevenson's work at the Equal Justice Initiative?", "Bryan Stevenson is the founder of the Equal Justice Initiative (EJI), a non-profit organization.", set()),
        # a role taken "as" one states who holds it, as "be" does; so does naming it, for
        # a question that asks who holds a role (t04, t14)
        ("who will be the first female mayor of los angeles", "Bass will make history as the first female mayor of Los Angeles, also making her the first woman of color to hold the job.", {"bass"}),
        ("what is the name of the bidens cat", "The first family adopted a cat, Willow, last year.", {"willow"}),
        # what the one "what kind of X is Y" asks about is, said beside it or by "be" (a02, t12)
        ("what kind of dog is commander", "He was bitten by Commander, a German Shepherd who was gifted to the Bidens in December 2021.", {"german shepherd"}),
        ("what kind of dog is commander", "Commander is a 2-year-old German shepherd.", {"2 year old german shepherd"}),
        ("what kind of dog is commander", "The Bidens had another German shepherd, Major.", set()),
        # so does the name a thing of the asked kind is called, whatever the tagger makes of it (g05)
        ("which group put up the fake signs on mallorca", "The signs, the work of a local protest group called Caterva, have appeared across the island of Mallorca.", {"caterva"}),
        # who does the question's deed, in a sentence that names what it is done to (t10, j04)
        ("who kicks off mariah carey's new christmas video", "Tyler Perry kicks off the video, sitting at a piano and jokingly butchering Carey's name before the video shows clips of Ryan Reynolds.", {"tyler perry"}),
        ("who finished second in singapore", "McLaren's Lando Norris finished second in Singapore, matching the best finish of his career.", {"lando norris"}),
        ("who finished second in singapore", "His Red Bull teammate, Sergio Pérez, finished eighth in Singapore.", set()),
        # the subject of a "to" infinitive does its deed (zc23)
        ("who painted the Ginsburg portrait for the stamp", "Michael J. Deas of New Orleans, a renown artist and illustrator whose work graces two dozen postage stamps, including James Dean and Marilyn Monroe, was commissioned to paint the Ginsburg portrait.", {"michael j deas"}),
        # the one chosen "to serve as" a role holds it; the chooser does not (fc03, held61)
        ("who is the chairman of the mississippi flag commission", "They unanimously chose Reuben Anderson, the first Black justice of the Mississippi Supreme Court from 1985 to 1991, to serve as chairman.", {"reuben anderson"}),
        ("who is the chairman of the mississippi flag commission", "Reuben Anderson agreed to serve as chairman.", {"reuben anderson"}),
        # so does a relative clause on it (nt06, held61)
        ("who owns the train in the newark crash", "Rob Doolittle, a spokesman for CSX, which owns the train involved in Sunday's crash, said that incident appeared to be a case of the driver losing his way.", {"csx"}),
        # the passive subject is who it was done to, not who did it
        ("who commissioned the Ginsburg portrait", "Michael J. Deas of New Orleans was commissioned to paint the Ginsburg portrait.", set()),
        # nor one who does it for another side, or of another people (v04)
        ("who scored for the us against wales", "There was frustration for the United States Men’s National Team (USMNT) in its opening game of Qatar 2022 as Gareth Bale scored a late penalty for Wales.", set()),
        ("who scored for the us against wales", "Iranian players celebrate after Roozbeh Cheshmi scored late into second-half stoppage time to break a 0-0 deadlock against Wales on November 25.", set()),
    ],
)  # fmt: skip
def test_what_a_sentence_states_the_asked_thing_to_be(question, text, stated):
    found = {c.key: c for c in extract(analyse(question), [sentence(text, overlap=1.0)], None)}
    assert {k for k, c in found.items() if c.stated} == stated
    if stated:
        low = [replace(c, score=0.01) for c in found.values()]
        assert [c.key for c in settle(analyse(question), low, 0.4)] == sorted(stated)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # a time word that only says what kind of thing a noun is names no day
        ("The actors talks had nothing like the momentum that spurred marathon night-and-weekend sessions in the writers strike.", None),
        ("The strike began July 14, the union said.", "2023-07-14"),
    ],
)  # fmt: skip
def test_a_time_word_that_modifies_a_noun_is_no_date(text, said):
    found = candidates("when did the actors strike start", text, published="2023-10-12")
    assert not any("weekend" in c.text.lower() for c in found.values())
    assert said is None or said in found


@pytest.mark.parametrize(
    ("text", "kind", "said"),
    [
        # er14 (held41): what kind of day one is names no day; the day itself does
        ("The second Monday in October has already been recognized as the federal holiday, Columbus Day.", "federal holiday", None),
        ("Columbus Day is a federal holiday in the United States.", "federal holiday", None),
        ("The vote is Tuesday, the clerk said.", "tuesday", "2022-10-04"),
    ],
)  # fmt: skip
def test_what_kind_of_day_one_is_is_no_date(text, kind, said):
    found = candidates("when was columbus day first recognized", text, published="2022-10-06")
    assert not any(kind in c.text.lower() for c in found.values() if said is None)
    assert said is None or said in found


@pytest.mark.parametrize(
    ("question", "text", "said"),
    [
        # hu10, jw18, xk12: a bare unit of time says no when
        ("when are the 2018 emmys", "Each year, the Emmy Awards are presented to recognize excellence in television.", None),
        ("when is diwali this year", "In India, where it is the biggest festival of the year, Diwali is celebrated in October.", "october 2017"),
        ("when will the zelda movie come out", "For decades, fans have asked for a film of the game.", None),
        # one that the article's date fixes still does
        ("when did the strike start", "The strike started last week, the union said.", "october 10, 2017 (last week)"),
        # gd09: "May" is a month, though the tagger's stop words hold the verb "may"
        ("when did google announce the policy", "Google announced in May that it will be deleting accounts.", "may 2017"),
    ],
)  # fmt: skip
def test_a_bare_unit_of_time_is_no_date(question, text, said):
    found = candidates(question, text, published="2017-10-17")
    shown = {c.text.lower() for c in found.values()}
    assert not shown & {"each year", "year", "the year", "decades"}, shown
    assert said is None or said in shown, shown


def test_a_question_that_names_its_day_gets_that_days_count():
    question = "how many hostages were released monday"
    later = "Hamas is expected to release another 10 hostages today, while Israel is set to release 30 Palestinians."
    monday = "11 Israeli hostages were released by Hamas yesterday and entered Israel."
    # published on a Tuesday: "yesterday" is Monday
    found = extract(
        analyse(question),
        [sentence(later, "a", "2023-11-28", overlap=1.0), sentence(monday, "b", "2023-11-28", overlap=1.0)],
        None,
    )
    scored = [replace(c, score=0.5 if c.key == "10" else 0.4) for c in found]
    assert [c.key for c in settle(analyse(question), scored, 0.1)][:1] == ["11"]
    # published on a Wednesday: "yesterday" is Tuesday, and the best count stays
    found = extract(
        analyse(question),
        [sentence(later, "a", "2023-11-29", overlap=1.0), sentence(monday, "b", "2023-11-29", overlap=1.0)],
        None,
    )
    scored = [replace(c, score=0.5 if c.key == "10" else 0.4) for c in found]
    assert [c.key for c in settle(analyse(question), scored, 0.1)][:1] == ["10"]


@pytest.mark.parametrize(("published", "stated"), [("2022-11-28", {"gaslighting"}), ("2023-11-27", set())])
def test_a_colon_announces_it_and_the_article_year_is_this_year(published, stated):
    question = "what is merriam-webster's word of the year"
    text = 'Merriam-Webster has announced its 2022 word of the year: "gaslighting."'
    found = extract(analyse(question), [sentence(text, published=published, overlap=1.0)], None)
    assert {c.key for c in found if c.stated} == stated


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        # az07 (held57): a colon after words that say all the question asks lists the items
        (
            "The BBB gave a few examples of what some people have found in the usually lightweight packages: "
            "flashlights, Bluetooth speakers and computer vacuum cleaners.",
            {"flashlights", "bluetooth speakers", "computer vacuum cleaners"},
        ),
        # not after words that say something else about packages
        (
            "Over the past week, USA TODAY Consumer Editor Michelle Maltais received three unordered Amazon "
            "packages: a bug zapper, an iPhone repair kit and an empty velvet jewelry pouch.",
            set(),
        ),
    ],
)
def test_a_colon_after_the_question_restated_lists_the_items(text, stated):
    question = analyse("what items did people find in the packages")
    found = extract(question, [sentence(text, overlap=1.0)], None)
    assert {c.key for c in found if c.stated} == stated


@pytest.mark.parametrize(
    ("question", "text", "stated"),
    [
        # l19 (held22): what the asked one called the asked thing, quoted
        (
            "what did biden call the rail deals",
            "President Joe Biden called those deals “a win for tens of thousands of rail workers and for their dignity.”",
            {"a win for tens of thousands of rail workers"},
        ),
        # the quoted words, without the article before the quote (h01)
        (
            "what did biden call putin",
            "President Joe Biden called Russian President Vladimir Putin a “war criminal” Wednesday.",
            {"war criminal"},
        ),
        # not what another called it, nor what the caller called something else
        ("what did biden call the rail deals", "Union leaders called the deals “a betrayal.”", set()),
        ("what did biden call the rail deals", "Biden called the strike “a disaster.”", set()),
        # xj02 (held72): described as, by the subject of the clause the participle hangs on
        (
            "what did xi call trudeau",
            "As they parted ways, Xi could be heard off camera describing Trudeau as “very naive.”",
            {"very naive"},
        ),
        # o05: the quote after an aside the parser hangs it on; the called thing is "event"
        # of "the event in her honor"
        (
            "what did littlefeather call the event in her honor",
            "In a statement, Littlefeather called the upcoming event, during which she’ll receive the "
            "apology in person, “a dream come true.”",
            {"a dream come true"},
        ),
        ("what did xi call trudeau", "Trudeau described Xi as “very naive.”", set()),
    ],
)
def test_what_the_asked_one_called_the_asked_thing_is_stated(question, text, stated):
    found = extract(analyse(question), [sentence(text, overlap=1.0)], None)
    assert {c.text for c in found if c.stated} == stated


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # the opener's score does not answer the score of game 2
        ("The Phillies subdued the Miami Marlins, 4-1, and can advance with another victory Wednesday night.", False),
        ("The Phillies beat the Marlins 7-1 in Game 2 to sweep the series.", True),
        # z22: the "2" of a "2-0" score is no "game 2"
        ("The Phillies have been to the postseason seven times since that 2-0 victory over the Marlins.", False),
    ],
)  # fmt: skip
def test_one_of_a_series_is_answered_only_by_a_sentence_that_says_which(text, shown):
    question = "what was the score of game 2 of the phillies marlins series"
    assert analyse(question).serials == {"2"}
    found = candidates(question, text)
    assert (
        any(
            supported(analyse(question), replace(c, evidence=replace(c.evidence, overlap=1.0)))
            for c in found.values()
        )
        is shown
    )


def test_a_stated_place_answers_which_country():
    question = "which country will host the 2034 world cup"
    text = "The host country of the 2034 World Cup is Saudi Arabia, FIFA said."
    found = extract(analyse(question), [sentence(text, overlap=1.0)], None)
    assert {c.key for c in found if c.stated} == {"saudi arabia"}


@pytest.mark.parametrize(
    ("question", "text", "stated"),
    [
        # real sentences: a number that modifies the noun measured states its measure
        ("how long is the ethics committee report on santos", "Among the findings in the committee’s 56-page report was Santos allegedly misrepresenting his campaign finances and using money for his own financial benefit.", {"56-page"}),
        ("how big is the nextfab space in wilmington", "The 10,000-square-foot space at 503 N. Tattnall St. is outfitted with dozens of tools.", {"10,000-square-foot"}),
        ("How big was the grant NextFab got from the state?", "The company's ability to assist with those efforts helped NextFab land a $350,000 taxpayer grant from the Delaware Economic Development Office.", {"$350,000"}),
        ("how much damage did the maui fire cause", "The wildfires have destroyed more than 2,000 buildings, causing damage estimated at $5.5 billion.", {"$5.5 billion"}),
        # an amount "in" the noun (iv24)
        ("how much debt did a&p list in its bankruptcy", "The grocery chain sought federal bankruptcy court protection anew, citing about $2.3 billion in debts and listing $1.6 billion in assets.", {"about $2.3 billion"}),
        # a number of another noun, or a year, is not the measure
        ("how long is the ethics committee report on santos", "The report was released by the 10-member committee.", set()),
        ("how long is nasa's ufo report", "NASA released its 2023 report on UFOs on Thursday.", set()),
    ],
)  # fmt: skip
def test_a_number_that_modifies_the_noun_measured_states_its_measure(question, text, stated):
    found = extract(analyse(question), [sentence(text, overlap=1.0)], None)
    assert {c.text for c in found if c.stated} == stated


def test_a_year_that_numbers_a_name_dates_nothing():
    question = analyse("where was the record whisky sold")
    found = extract(
        question,
        [
            sentence(
                "A bottle of The Macallan 1926 sold for more than $2.7 million at an auction at Sotheby’s in London on Saturday."
            )
        ],
        date(2023, 11, 20),
    )
    assert not next(c for c in found if c.text == "London").historical


def test_the_day_inside_the_best_dates_month_is_shown():
    month = Candidate("May 2023 (next month)", "2023-05", "DATE")
    day = Candidate("May 6, 2023 (6 May)", "2023-05-06", "DATE")
    other = Candidate("June 2, 2023", "2023-06-02", "DATE")
    assert within(month, [month, other, day]) is day
    assert within(month, [month, other]) is month
    assert within(day, [month, day]) is day  # a month says less than its day


def test_a_surname_alone_is_no_place_where_its_article_names_the_person():
    body = (
        "“This record-breaking result is nothing short of momentous for the whisky industry,” Sotheby’s "
        'Global Head of Spirits, Jonny Fowle, said in a statement. For Fowle, "bringing down the hammer '
        'for a new whisky world record is a feeling" that he\'ll "never forget".'
    )
    first, second = body.split(" For Fowle")
    found = extract(
        analyse("where was the record whisky sold"),
        [sentence("For Fowle" + second, "a", body=body), sentence(first, "a", body=body)],
        None,
    )
    assert "fowle" not in {c.key for c in found}


def test_a_surname_alone_is_no_place_where_a_sentence_not_found_names_the_person():
    # er06 (held41): only "However, Chittenden called …" was found; the story names
    # "Jeremy Chittenden" in a sentence the question's words did not find. The lab the
    # scientists worked at is where; "US scientists" says whose scientists, not where.
    body = (
        "For the first time ever, US scientists at the National Ignition Facility at the Lawrence Livermore "
        "National Laboratory in California successfully produced a nuclear fusion reaction. "
        "“It’s about what it takes to boil 10 kettles of water,” said Jeremy Chittenden, co-director of the "
        "Centre for Inertial Fusion Studies. "
        "However, Chittenden called this new chapter in nuclear fusion “a true breakthrough moment.”"
    )
    found_ = [body[: body.index(" “It’s")], body[body.index("However") :]]
    keys = {
        c.key
        for c in extract(
            analyse("where did the fusion breakthrough happen"),
            [sentence(t, "fusion", "2022-12-12", body=body) for t in found_],
            None,
        )
    }
    assert "chittenden" not in keys and "us" not in keys
    assert "lawrence livermore national laboratory" in keys


def test_a_relative_the_question_names_in_full_is_not_who_asks():
    # m18: "Marc Lasry" shares the surname of "alex lasry", whom the article names in full.
    body = "Alex Lasry is running. Lasry has had the support of his father, hedge fund manager Marc Lasry."
    father = body.split(". ")[1]
    found = extract(analyse("who is alex lasry's father"), [sentence(father, body=body)], None)
    marc = next(c for c in found if c.key == "marc lasry")
    assert not asks(analyse("who is alex lasry's father"), marc)
    assert asks(analyse("who is marc lasry's father"), marc)


def test_a_headline_that_only_labels_supports_no_answer():
    # m05: "Zach Wilson" for who won, from a stats subhead; a headline with a verb states.
    question = analyse("who won chiefs vs jets on sunday night")
    label = "Jets' Zach Wilson vs. Chiefs' Patrick Mahomes stats"
    assert not extract(question, [sentence(label)], None)
    question = analyse("how long was the truce extended")
    stated = "Israeli-Hamas truce extended 2 days"
    found = extract(question, [sentence(stated, relevance=0.8, overlap=1.0)], None)
    assert any(supported(question, c) for c in found if c.key.startswith("2"))


def test_a_link_to_another_story_supports_no_answer():
    # A "More:" line is the headline of another story: another recall's count is no answer.
    question = analyse("how many cars are hyundai and kia recalling")
    link = "More:Hyundai, Kia recall more than 550K vehicles because turn signal can flash in wrong direction"
    assert not extract(question, [sentence(link, overlap=1.0)], None)
    told = "Hyundai and Kia are recalling more than 550,000 vehicles because a turn signal can flash."
    assert extract(question, [sentence(told, overlap=1.0)], None)


@pytest.mark.parametrize(
    ("text", "link"),
    [
        # fs22 (held42), a trap: the headline after a glued label is another story's
        ("2024 Iowa caucuses:Mike Pence PAC launches Iowa ad attacking Trump as 'apologist for thugs and dictators'", True),
        ("Cavs' Mitchell urges on Garland:'I'm really here': Cavaliers' Donovan Mitchell still coming to grips", True),
        # db08 (held71): a label that asks gave "Miami" for where the fourth debate is
        ("Who won the third Republican debate?:Winners and losers after things got nasty in Miami", True),
        # a roundup's news under its city's name is written as a sentence
        ("Salisbury:Red White and Boom, the city’s annual Fourth of July fireworks celebration, has been canceled for this year.", False),
        ("At 10:30 a.m. the meeting began.", False),
    ],
)  # fmt: skip
def test_a_headline_after_a_glued_label_is_a_link(text, link):
    assert linked(text) is link


def test_a_count_of_the_asked_thing_in_other_words_counts_it():
    # w04, a18: "members" and "GOP lawmakers" are the players and republicans asked about.
    question = analyse("how many players sued the pga tour")
    sued = "Eleven former PGA Tour members who joined the LIV Golf Series have sued the PGA Tour."
    eleven = next(c for c in extract(question, [sentence(sued, overlap=1.0)], None) if c.key == "11")
    assert eleven.evidence.unit_match == 0 and supported(question, eleven)
    # h05: a sentence that writes "fighter jets" itself counts them where it does; 7,000 are troops
    question = analyse("How many fighter jets did the US send to Ukraine?")
    sent = "The US has sent 7,000 additional troops and fighter jets to Ukraine and Poland."
    troops = next(c for c in extract(question, [sentence(sent, overlap=1.0)], None) if c.key == "7000")
    assert not supported(question, troops)
    # o19: "a two-thirds vote" counts votes, a word the question asks with, not the republicans who voted
    question = analyse("how many republicans voted to expel santos")
    needed = "There is largely bipartisan support to expel Santos, which requires a two-thirds vote to pass."
    share = next(c for c in extract(question, [sentence(needed, overlap=1.0)], None) if "two" in c.key)
    assert share.counts == {"vot"} and not supported(question, share)
    # o19: "a three-hour conversation" counts hours, whoever the sentence names
    talk = (
        "Despite the clear resounding support among both Democrats and Republicans to expel him in advance "
        "of the House's vote, Santos refused to resign, saying in a three-hour conversation on X spaces that "
        "he would take his removal in stride."
    )
    hours = next(c for c in extract(question, [sentence(talk, overlap=1.0)], None) if "three" in c.key)
    assert not supported(question, hours)
    # k32: a number joined to a word by a hyphen describes it ("zero-Covid policies"), counts no one
    protest = analyse("How many people took part in the Guangzhou protest?")
    sign = (
        "The public protest in Guangzhou appears as yet another sign of the mounting public anger and "
        "desperation over the government's stringent zero-Covid policies."
    )
    zero = next(c for c in extract(protest, [sentence(sign, overlap=1.0)], None) if "zero" in c.key)
    assert not supported(protest, zero)


@pytest.mark.parametrize(
    ("question", "holds", "untold"),
    [
        # of three or more telling names one may be left aside (20231215_29)
        ("Which football conference will Delaware be joining after moving up to the Football Bowl Subdivision (FBS)?", {"delawa", "footba", "bowl", "subdiv"}, 0.0),
        ("Which football conference will Delaware be joining after moving up to the Football Bowl Subdivision (FBS)?", {"delawa", "footba", "bowl"}, 0.4),
        # but not the place: signed in Tehran is not signed in Havana (u16)
        ("What did Raisi and Díaz-Canel sign in Havana?", {"raisi", "diaz", "canel"}, 0.25),
        ("What did Raisi and Díaz-Canel sign in Havana?", {"raisi", "diaz", "havana"}, 0.0),
    ],
)  # fmt: skip
def test_a_question_piling_on_names_may_have_one_left_aside(question, holds, untold):
    asked = analyse(question)
    assert lacking_share(asked.names, frozenset(holds), asked.places) == untold


def test_a_first_name_is_the_person_its_article_names_in_full():
    body = (
        "Heman Bekele, a ninth grader from Annandale, Virginia, won the prestigious award from 3M. "
        'Heman spent the past four months competing against nine other finalists to be named "America\'s Top Young Scientist."'
    )
    full, short = body.split(". ", 1)
    asked = analyse("who won americas top young scientist")
    found = {
        c.key: c
        for c in extract(asked, [sentence(full + ".", "a", body=body), sentence(short, "a", body=body)], None)
    }
    assert "heman" not in found and len(found["heman bekele"].sentences) == 2
    # Another story's "Heman" is not this one: a first name is shared by many.
    other = "Heman spent the past four months competing against nine other finalists for the prize."
    found = {
        c.key: c for c in extract(asked, [sentence(full + ".", "a", body=body), sentence(other, "b")], None)
    }
    assert "heman" in found and len(found["heman bekele"].sentences) == 1


def test_a_place_the_question_gives_with_a_role_may_be_left_to_the_story():
    # "Police Chief Jason Fry" in a story from Moscow, Idaho is Moscow's police chief (yl19);
    # not in a sentence or story that names no Moscow, nor titled for another place.
    text = "But by day four, Police Chief Jason Fry adjusted that statement."
    asked = analyse("who is the moscow police chief")
    told = {c.key: c for c in extract(asked, [sentence(text)], None)}
    assert told["jason fry"].evidence.titled == 1.0
    elsewhere = {c.key: c for c in extract(asked, [replace(sentence(text), missing=1.0)], None)}
    assert elsewhere["jason fry"].evidence.titled == 0.0
    other = candidates(
        "who is the moscow police chief", "Boise Police Chief Ron Winegar adjusted that statement."
    )
    assert other["ron winegar"].evidence.titled == 0.0


def test_a_clause_the_parser_hangs_before_a_name_is_no_part_of_it():
    # The parser hangs "Ranking close behind Lynch once again are …" on "Jane Fraser" (yl24):
    # the answer is the name, not a clause that runs from the sentence's start.
    found = candidates(
        "who is the ceo of citi",
        "Ranking close behind Lynch once again are Julie Sweet, chair and CEO of Accenture (No. 2); "
        "Jane Fraser, CEO of Citi (No. 3); and Mary Barra, chair and CEO, GM (No. 4).",
    )
    assert "jane fraser" in found and not any(k.startswith("ranking") for k in found)


@pytest.mark.parametrize(
    ("question", "text", "key", "stated"),
    [
        # the team of "sign with", tagged a person, for "which team did ohtani sign with" (yl29)
        ("which team did ohtani sign with", "A unique two-way superstar, the 29-year-old Ohtani left the Los Angeles Angels as a free agent to sign with the Dodgers in a deal they announced Monday night.", "dodgers", True),
        # another signs with them
        ("which team did ohtani sign with", "Yamamoto, the Japanese right-hander, left the Orix Buffaloes to sign with the Dodgers in a deal announced Thursday.", "dodgers", False),
        ("who did the 76ers beat", "The 76ers beat the Detroit Pistons 123-98 on Saturday night.", "detroit pistons", True),
        ("who did the 76ers beat", "The Celtics beat the Detroit Pistons 123-98 on Saturday night.", "detroit pistons", False),
    ],
)  # fmt: skip
def test_what_the_asked_subject_does_the_asked_deed_to_states_the_answer(question, text, key, stated):
    found = candidates(question, text)
    assert (key in found and found[key].stated) is stated


def test_a_sentence_that_names_its_weekday_tells_its_weeks_news():
    # sf02: the assault "on Thursday" is this week's news, though its sentence dates the
    # background of the fighters' comrades to 2019; the same with no weekday tells history.
    asked = analyse("how many isis fighters attacked the ghweran prison")
    text = (
        "More than 100 ISIS fighters launched the assault on Ghweran prison in Hasakah{}, detonating three "
        "car bombs, to break out their comrades, many of whom were detained after the group’s 2019 defeat."
    )
    for day, historical in ((" on Thursday", False), ("", True)):
        found = {c.key: c for c in extract(asked, [sentence(text.format(day))], date(2022, 1, 26))}
        assert found["100"].historical is historical


def test_a_verb_of_naming_states_who_its_object_is():
    # "OpenAI named Mira Murati as its interim CEO" states who the interim CEO is; the
    # subject (OpenAI) is not what it names.
    found = candidates("who is the interim ceo of openai", "OpenAI named Mira Murati as its interim CEO.")
    assert found["mira murati"].stated
    # iv25: "listed" names one as well, and A&P is not its own creditor
    found = candidates(
        "who is a&p's largest unsecured creditor",
        "A&P listed supplier C&S Wholesale Grocers Inc. as its largest unsecured creditor with $39.4 million in claims.",
    )
    assert {k for k, c in found.items() if c.stated} == {"supplier c s wholesale grocers inc"}


def test_the_rest_of_a_name_the_question_gives_by_one_word_leaves_the_role_asked():
    # i18: "Buckingham" is no word of the question, but names the palace it asks about
    found = candidates(
        "who was the palace official who quit",
        "British media have identified the Buckingham Palace official as Lady Susan Hussey, who served "
        "as the late Queen Elizabeth II’s lady in waiting.",
    )
    assert {k for k, c in found.items() if c.stated} == {"lady susan hussey"}
    # bb04: a bar by its own name is not the bar asked about
    found = candidates(
        "which bar calls itself cincinnati's second-oldest bar",
        "O’Bryon’s Bar & Grill: O'Bryon's has multiple TVs, a great beer selection and a patio.",
    )
    assert not any(c.stated for c in found.values())


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        # zm24: an infinitive of result is its clause's subject's deed
        (
            "He must face Councilman Rob Arlett, who defeated executive Gene Truono by 67-28 percent on "
            "Thursday to become the Republican nominee.",
            {"councilman rob arlett"},
        ),
        ("Rob Arlett became the Republican nominee for Senate in Delaware.", {"rob arlett"}),
        # a complement of another verb may be its object's ("chose Anderson to become …"): left unread
        ("Rob Arlett defeated Gene Truono to become the Republican nominee for Senate.", set()),
    ],
)
def test_who_became_the_asked_one_is_stated(text, stated):
    found = candidates("who is the republican nominee for senate in delaware", text)
    assert {k for k, c in found.items() if c.stated} == stated


def test_a_name_the_tagger_leaves_unlabelled_is_stated_beside_the_asked_role():
    # jw24 (held46): the small tagger labels no "Parikh"; the apposition states he is the CEO
    found = candidates(
        "who is the ceo of ghost robotics",
        "But Parikh, Ghost Robotics’ CEO, says there’s a big gap between the way robot dogs are portrayed.",
    )
    assert found["parikh"].stated and found["parikh"].label == "PERSON"


def test_the_doer_of_the_asked_deed_to_the_texts_word_for_the_thing_states_it():
    # xk09: "The film … will be directed by Wes Ball" for "who will direct the zelda movie",
    # where the text's word for "movie" is "film" (Question.kin); not the director of a show.
    asked = replace(analyse("who will direct the zelda movie"), kin=frozenset({("movi", "film")}))
    film = "The Zelda film, with financing from Sony Pictures, will be directed by Wes Ball."
    show = "The Zelda show, with financing from Sony Pictures, will be directed by Wes Ball."
    assert {c.key: c for c in extract(asked, [sentence(film)], None)}["wes ball"].stated
    assert not {c.key: c for c in extract(asked, [sentence(show)], None)}["wes ball"].stated


def within_a_minute(call):
    """call(), failing the test if it has not returned within a minute (a walk that loops)."""

    def stuck(*_):
        raise TimeoutError("did not return")

    signal.signal(signal.SIGALRM, stuck)
    signal.alarm(60)
    try:
        return call()
    finally:
        signal.alarm(0)


def test_a_date_in_a_sentence_with_no_verb_above_it_ends():
    # The parser roots "As in, since 1792, when Congress made …" on "As": the walk up to a
    # verb for "when will …" stops at the root (it looped there, and the reply never came).
    found = within_a_minute(
        lambda: candidates(
            "when will the boe start selling its bonds",
            "As in, since 1792, when Congress made the US dollar legal tender.",
        )
    )
    assert "1792" in found, sorted(found)


def test_a_place_in_a_sentence_with_no_verb_above_it_ends():
    # fd13's walk up from a place to its verb stopped only at a verb: in a headline rooted
    # on a noun it looped, and the whole evaluation with it.
    doc = parse("Protests over the new law in Florida, which DeSantis signed Wednesday.")
    florida = next(e for e in doc.ents if e.text == "Florida")
    asked = analyse("where did desantis sign the immigration bill")
    assert not within_a_minute(lambda: placed_elsewhere(florida, asked))


@pytest.mark.parametrize(
    ("question", "text", "present", "absent"),
    [
        # one who did not comment is no answer, nor is the outlet that asked (zc19)
        ("which firm helped the fbi get the money back", "The FBI and the Justice Department did not immediately respond to CNN’s request for comment.", set(), {"cnn", "justice department"}),
        ("who was the palace official who quit", "CNN has reached out to Ngozi Fulani and Buckingham Palace for further comment from the household member in question.", set(), {"ngozi fulani"}),
        # but a sentence that goes on to report still does
        ("who cut the budget", "The mayor declined to comment, but his aide Jane Roe said the council cut the budget.", {"jane roe"}, set()),
        # a score a side led by before the end is not how the game ended (e06)
        ("what was the score of the pac-12 championship game", "Washington led 20-3 in the second quarter but was in danger of letting the Pac-12 championship slip away.", set(), {"20-3"}),
        ("what was the score of the pac-12 championship game", "Washington capped an undefeated regular season with a thrilling 34-31 win against Oregon in the Pac-12 championship game.", {"34-31"}, set()),
        # by how much one thing differs or changes is no share of anything (f14)
        ("what share of us grocery sales do store brands make up", "Store brands can be anywhere from 10% to 50% cheaper.", set(), {"10 to 50"}),
        ("what share of us grocery sales do store brands make up", "Sales of store brands rose 5% last year.", set(), {"5"}),
        # but a share the parser hangs on another verb is still one (the seed set's Q06)
        ("What share of the people massacred in Gaza are women and children, according to the Cuban president?", "He criticized the international organizations for turning a blind eye on the massacre of tens of thousands of people in Gaza two-thirds of whom he said are women and children.", {"two thirds"}, set()),
        ("what share of us grocery sales do store brands make up", "They have become forces in their own right and make up around 21% of sales in the $1.17 trillion US grocery industry, according to IRI.", {"21%"}, set()),
    ],
)  # fmt: skip
def test_sentences_and_mentions_that_answer_nothing(question, text, present, absent):
    found = candidates(question, text)
    assert present <= set(found), sorted(found)
    assert not absent & set(found), sorted(found)


def test_a_phrase_modified_as_another_noun_of_the_question_is_not_the_asked_one():
    # "which eruption was the tonga blast as powerful as" asks for another eruption than the
    # Tonga one: what the Tonga eruption is said to be does not answer it (i10).
    question = "which eruption was the tonga blast as powerful as"
    found = candidates(
        question, "The Tonga eruption was “unusually energetic,” the Science study researchers wrote."
    )
    assert not any(c.stated for c in found.values()), sorted(k for k, c in found.items() if c.stated)
    kept = candidates(
        "what was merriam-webster's word of the year", 'Merriam-Webster\'s word of the year is "authentic."'
    )
    assert any(c.stated for c in kept.values()), sorted(kept)


def test_a_number_the_asked_verb_takes_counts_its_noun():
    # "vote 119 to one" counts votes for "how many votes …" (u19); "scored 30" counts no votes.
    question = "how many votes did ardern get to ban automatic weapons"
    found = candidates(
        question,
        "In weeks after the attack, she led lawmakers to vote 119 to one to ban most automatic weapons.",
    )
    assert found["119"].evidence.unit_match == 1.0
    other = candidates(question, "He scored 30 against the Bulls.")
    assert other["30"].evidence.unit_match == 0.0


def test_the_bare_role_in_a_sentence_on_the_asked_place_is_the_role_there():
    question = "Who is the mayor of Springdale?"
    text = "Seven people were injured when a possible tornado touched down at 4 a.m. in Springdale, a city in northwest Arkansas, Mayor Doug Sprouse said in a Facebook post."
    assert candidates(question, text)["doug sprouse"].evidence.titled == 1.0
    # not where the sentence does not name the place (its `missing` share), nor another town's mayor
    lacking = extract(analyse(question), [replace(sentence(text), missing=1.0)], None)
    assert {c.key: c.evidence.titled for c in lacking}["doug sprouse"] < 1.0
    other = "Seven people were injured in Springdale, Fayetteville Mayor Lioneld Jordan said."
    assert candidates(question, other)["lioneld jordan"].evidence.titled < 1.0


@pytest.mark.parametrize(
    ("question", "text", "stated"),
    [
        # what the asked things are said to include is each of them
        ("which companies are being sued over the buffalo shooting", "The companies named in the lawsuit include Meta Platforms Inc., Snap Inc. and Discord Inc.", {"meta platforms inc", "snap inc", "discord inc"}),
        # lv06 (held58): firms that do another deed are no firm that announced it
        ("which law firm announced the settlement", "She says a portion of the overall settlement is set aside for the firms administering it, which include those of the two judges, as well as BrownGreer, a Virginia-based claims administration firm.", set()),
    ],
)  # fmt: skip
def test_what_the_asked_things_include_states_each(question, text, stated):
    found = {c.key: c for c in extract(analyse(question), [sentence(text, overlap=1.0)], None)}
    assert {k for k, c in found.items() if c.stated} == stated


def test_the_texts_word_for_the_asked_deed_states_what_it_was_done_to():
    # "the US men’s team defeated Iran" for "who did the us men beat" (e02), where the
    # retrieved text writes "defeated" for "beat" (Question.kin)
    question = replace(
        analyse("who did the us men beat to make the knockout round"), kin=frozenset({("beat", "defeat")})
    )
    text = "Consider that this payday for US women was won when the US men’s team defeated Iran, a country where authorities are brutally tamping down protests."
    found = {c.key: c for c in extract(question, [sentence(text, overlap=1.0)], None)}
    assert found["iran"].stated


def test_a_deadline_is_the_date_something_must_be_done_by():
    question = "whats the deadline to apply for student loan forgiveness"
    assert analyse(question).answer_type == "date"
    found = candidates(
        question,
        "President Joe Biden on Monday announced the formal launch of the federal application for student loan forgiveness.",
        "Borrowers have until December 31, 2023, to submit an application.",
    )
    stated = [c.text for c in found.values() if c.stated]
    assert stated == ["December 31, 2023"], stated


def test_what_is_open_until_a_day_closes_then():
    # fc02 (held61): "when does … close" asks the day the submissions stay open until
    texts = (
        "The commission plans to keep the submission process open until Aug. 1.",
        "Commission members agreed to make a final selection by Sept. 2.",
    )
    found = candidates("when does the flag design submission close", *texts, published="2020-07-22")
    assert [c.text for c in found.values() if c.stated] == [
        "August 1, 2020 (Aug. 1)"
    ]  # not what is due "by" a day
    found = candidates("when did the flag commission meet", *texts, published="2020-07-22")
    assert not any(c.stated for c in found.values())
    # wp02 (held68): what runs from one day through another ends on the second
    run = "The COP28 conference is scheduled to run from Nov. 30 through Dec. 12 at Expo City Dubai."
    found = candidates("when does cop28 end", run, published="2023-11-30")
    assert [c.text for c in found.values() if c.stated] == ["December 12, 2023 (Dec. 12)"]


def test_a_title_naming_another_people_is_no_bare_role():
    # "who's the cuban president": "Iranian President Ebrahim Raisi" in a sentence naming
    # "the Cuban president" is not the Cuban president (s20).
    question = analyse("who's the cuban president")
    question = replace(question, names=question.names | {"cuban"})  # as the corpus writes it (named_in)
    visit = "President Raisi visited Havana earlier this year upon an invitation by his Cuban counterpart."
    found = {c.key: c for c in extract(question, [sentence(SEED), sentence(visit)], None)}
    assert found["ebrahim raisi"].evidence.titled < 1.0


def test_the_texts_word_for_the_asked_noun_states_it_as_the_noun_does():
    # "attorney" where the question asks for a "lawyer" (Question.kin)
    text = "Murdaugh’s attorney, Dick Harpootlian, said in a statement Thursday that the case was weak."
    question = analyse("who is murdaugh's lawyer")
    plain = {c.key: c for c in extract(question, [sentence(text, overlap=1.0)], None)}
    assert not plain["dick harpootlian"].stated
    kin = replace(question, kin=frozenset({("lawyer", "attorn")}))
    found = {c.key: c for c in extract(kin, [sentence(text, overlap=1.0)], None)}
    assert found["dick harpootlian"].stated


def test_where_something_was_done_is_not_where_it_will_be():
    # the seed set's trap u21: the meeting the article tells was in Tehran; the next one is not told
    question = "Where will the next meeting between Iran and Cuba be held?"
    told = "Ayatollah Khamenei made the remarks in a meeting in Tehran on Monday with Cuban President Miguel Díaz-Canel."
    assert "tehran" not in candidates(question, told)
    assert "havana" in candidates(
        question, "The next meeting between the two presidents will be held in Havana."
    )


def test_a_count_takes_its_evidence_from_the_mentions_that_count_the_asked_thing():
    # cp04: "13" (Larkin's rebounds) had the unit of "13 points from Matt Veretto" and the
    # relevance of Larkin's sentence, and led "how many points did larkin score"
    larkin = (
        "The 6-foot-5 Larkin had team highs of 22 points and 13 rebounds as Delaware State improved to 3-8."
    )
    veretto = "Delaware also got 13 points from Matt Veretto, 11 from Kevin Anderson and 10 from Ryan Allen."
    found = {
        c.key: c
        for c in extract(
            analyse("how many points did larkin score"),
            [
                sentence(larkin, "a", relevance=0.65, overlap=0.67),
                sentence(veretto, "b", relevance=0.3, overlap=0.2),
            ],
            None,
        )
    }
    assert found["13"].evidence.relevance == pytest.approx(0.3)  # Veretto's, whose 13 counts points
    assert found["13"].sentences[0].text == veretto
    assert found["22"].evidence.relevance == pytest.approx(0.65)


@pytest.mark.parametrize(
    ("question", "who", "title", "does"),
    [
        # kx01: the body says only "were jointly awarded the accolade"
        ("who won the nobel peace prize this yr", "Nadia Murad", "Nobel Peace Prize: Denis Mukwege, Nadia Murad win 2018 accolade", True),
        # u21: a favorite to win has won nothing
        ("who will win the 2019 nobel peace prize", "Greta Thunberg", "Nobel Peace Prize 2019: Greta Thunberg among favorites to win", False),
        # a title that does not name what the question names tells another story
        ("who won the booker prize", "Denis Mukwege", "Nobel Peace Prize: Denis Mukwege, Nadia Murad win 2018 accolade", False),
        # bf04: what goes before a colon labels the story and wins nothing
        ("who won best actress at the baftas", "BAFTA Awards", "BAFTA Awards: '1917' wins best picture at British equivalent of Oscars", False),
    ],
)  # fmt: skip
def test_a_headline_says_who_did_the_asked_deed(question, who, title, does):
    assert headlined_doer(who, title, analyse(question)) is does


def test_a_count_in_the_perfect_is_a_total_to_date():
    """ly22: the years the championships were won in do not date the total."""
    text = (
        "Delaware has won six national championships — via wire-service votes for small colleges "
        "in 1946, 1963 and 1971 and 1972 and through NCAA playoffs in Division II in 1979."
    )
    found = extract(
        analyse("how many national championships has delaware football won"),
        [sentence(text)],
        date(2018, 8, 31),
    )
    assert not next(c for c in found if c.text == "six").historical
    # what was done once, in the perfect, is still dated (the seed's 2016 meeting), where a
    # sentence of the day tells of a meeting too
    found = extract(
        analyse("who did turnbull meet"),
        [
            sentence("Turnbull has met Xi at the G20 in 2000."),
            sentence("Turnbull met Trump on Tuesday.", "b"),
        ],
        date(2018, 8, 31),
    )
    assert next(c for c in found if c.text == "Xi").historical


def test_a_score_is_no_date():
    """ly23: the tagger dates "14-7"."""
    text = "Since then, Delaware has lost at FBS Maryland 14-7 in 2008, Navy 35-18 in 2009."
    found = candidates("when did delaware last lose to an fbs team", text, published="2018-08-30")
    assert "2008" in found and not any("14" in k for k in found), sorted(found)


@pytest.mark.parametrize(
    "question, text, body, other",
    [
        # zm30: Carper's spending is not Harris's
        (
            "how much did harris spend on the race",
            "“I've seen some reports that Carper spent close to $3 million on this race,” Redlawsk said.",
            None,
            True,
        ),
        (
            "how much did harris spend on the race",
            "Harris spent close to $3 million on the race.",
            None,
            False,
        ),
        ("how much did harris spend on the race", "She spent close to $3 million on the race.", None, False),
        ("how much did harris spend on the race", "Close to $3 million was spent on the race.", None, False),
        # the surname the article gives the asked name is the same one
        (
            "How much did Kamala spend on the race?",
            "Harris spent close to $3 million.",
            "Kamala Harris led the field. Harris spent close to $3 million.",
            False,
        ),
        ("How much did Kamala spend on the race?", "Carper spent close to $3 million.", None, True),
        # hr14 (held60): the apposition a relative clause hangs on is the name beside it
        (
            "When did Tom Davis retire?",
            "“It is grinding,” said former representative Tom Davis, a Virginia Republican who retired in 2008.",
            None,
            False,
        ),
        (
            "When did Tom Davis retire?",
            "Davis met Jane Moss, a Virginia Republican who retired in 2008.",
            None,
            True,
        ),
    ],
)
def test_a_deed_the_text_has_another_named_do_is_not_the_asked_ones(question, text, body, other):
    assert done_by_another(analyse(question), sentence(text, body=body)) is other


def test_the_open_scorer_takes_the_surer_of_its_quiz_and_chat_fits():
    """The chat fit's probability is set on the quiz fit's scale, so that a candidate the
    chat fit clears its own threshold with clears the quiz fit's: each fit answers what it
    would alone (rag/weights.json, eval/fit_chat.py)."""
    n = len(feature_names())
    quiz = Fit(np.zeros(n), -2.0, 0.1)  # 0.119 for every candidate: it clears 0.1
    sure = Fit(np.zeros(n), 2.0, 0.4)  # 0.881, 2.2 times its threshold
    unsure = Fit(np.zeros(n), -2.0, 0.4)  # 0.119, under its threshold
    x = features(np.zeros((1, len(Evidence.names()))))
    assert Scorer(quiz).probability(x)[0] == pytest.approx(0.119, abs=1e-3)
    assert Scorer(quiz, unsure).probability(x)[0] == pytest.approx(0.119, abs=1e-3)
    both = Scorer(quiz, sure)
    assert both.probability(x)[0] == pytest.approx(0.881 * 0.1 / 0.4, abs=1e-3) and both.threshold == 0.1
    loaded = Scorer.load("open")
    assert loaded.chat is not None and loaded.threshold == loaded.fit.threshold


@pytest.mark.parametrize(
    "text, other",
    [
        # tc03: "after trump launched", parsed without a subject, only dates what garland did
        ("Just three days after Trump launched his campaign, Garland appointed a special counsel.", False),
        ("Just three days after Trump launched his campaign, Smith appointed a special counsel.", True),
    ],
)
def test_the_asked_deed_is_the_verb_with_a_subject_of_its_own(text, other):
    question = analyse("how many days after trump launched did garland appoint a special counsel")
    # The names as named_in reads them off the corpus, which writes both capitalised.
    question = replace(question, names=frozenset({"trump", "garlan"}))
    assert done_by_another(question, sentence(text)) is other


def test_a_length_of_the_asked_unit_of_time_counts_it():
    """tc03: "three days" (tagged a date) answers "how many days"."""
    question = "how many days after trump launched did garland appoint a special counsel"
    text = "Just three days after Trump launched his campaign, Garland appointed a special counsel."
    found = candidates(question, text)
    days = next(c for c in found.values() if "three days" in c.text)
    assert days.evidence.type_match == 1.0 and supported(analyse(question), days), sorted(found)


@pytest.mark.parametrize(
    "question, key, shown",
    [
        # tc10: a year names no day; ly15: a year hung on a noun says which cycle, not when
        ("what day will trump hold his first iowa rally", "2024", False),
        ("when will trump hold his first iowa rally", "2024", False),
        ("what day will trump hold his first iowa rally", "2022-12-12", True),
        ("what year did trump hold his first iowa rally", "2015", True),
    ],
)
def test_a_day_asked_is_answered_by_a_day(question, key, shown):
    text = (
        "Trump held his first Iowa rally in 2015. He will hold his first Iowa campaign stop of "
        "the 2024 election cycle on Monday, Dec. 12."
    )
    assert (key in candidates(question, text, published="2022-12-05")) is shown


@pytest.mark.parametrize(
    "question, name, asked",
    [
        # tc09: the tagger splits "Republican" off "Republican Jewish Coalition"
        ("where was the rjc summit held", "Jewish Coalition", True),
        ("where was the rjc summit held", "Las Vegas", False),
        ("where was the summit held", "Jewish Coalition", False),
    ],
)
def test_part_of_a_name_the_question_gives_short_is_who_asks(question, name, asked):
    text = "Hopefuls met in Las Vegas for the annual Republican Jewish Coalition summit."
    c = Candidate(
        name, name.lower(), "ORG", [sentence(text)], [(text.index(name), text.index(name) + len(name))]
    )
    assert (
        asks(replace(analyse(question), names=frozenset({"rjc"}) if "rjc" in question else frozenset()), c)
        is asked
    )


def test_a_name_something_is_at_is_where_not_who():
    """sb02: "Margaret T. Hance Park", tagged a person, is where the experience is."""
    question = "who is performing at the super bowl experience"
    found = candidates(
        question,
        "The Super Bowl Experience at Margaret T. Hance Park runs from 2 p.m. Thursday.",
        "The Super Bowl Experience features performances by Lee Brice on Friday.",
    )
    shown = {
        k
        for k, c in found.items()
        if supported(analyse(question), replace(c, evidence=replace(c.evidence, overlap=1.0)))
    }
    assert "lee brice" in shown and not any("hance" in k for k in shown), (sorted(found), shown)


def test_a_name_the_asked_noun_heads_as_its_kind_is_of_the_asked_type():
    # lv06 (held58): "law firm Eglet Adams", tagged a product, for "which law firm …"; the
    # place before the kind says where the firm is, not that it is another
    text = "A statement Thursday from Las Vegas law firm Eglet Adams says the amount of the settlement with MGM Resorts International depends on the number of plaintiffs."
    found = candidates("which law firm announced the settlement", text)
    assert found["eglet adams"].evidence.type_match == 1.0
    assert found["eglet adams"].evidence.titled == 1.0
    assert found["mgm resorts international"].evidence.titled == 0.0
    # a place the question names still rules out a firm of another place
    placed = candidates("which chicago law firm announced the settlement", text)
    assert placed["eglet adams"].evidence.titled == 0.0


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Currently SpaceX controls where Ukraine's terminals can be used.", False),
        ("Ukraine asked SpaceX to pay the Starlink bill.", True),
        # another asked word or name than the doer's: the deed may be worded otherwise
        ("Ukraine sent the Starlink bill to SpaceX, the company said.", True),
        ("Currently SpaceX controls where Ukraine's Starlink terminals can be used.", True),
    ],
)
def test_whom_the_subject_did_it_to_is_told_by_a_sentence_on_the_deed(text, shown):
    # held58: a sentence that names the doer alone and tells no deed of it says nothing of whom
    # it asked ("his role as Chandler Bing on "Friends"" tells whom Perry played on Friends)
    question = replace(
        analyse("who did ukraine ask to pay the starlink bill"), names=frozenset({"ukrain", "starli"})
    )
    c = next(c for c in extract(question, [sentence(text, overlap=1.0)], None) if c.text == "SpaceX")
    assert supported(question, replace(c, evidence=replace(c.evidence, overlap=1.0))) is shown


def test_a_sum_after_a_currency_sign_is_money_where_the_tagger_tags_none():
    # fd03 (held59): the small tagger labels nothing in "an additional $12 million"
    found = candidates(
        "how much money does desantis get for migrant relocation",
        "It also gives DeSantis an additional $12 million for a migrant relocation program.",
    )
    assert found["12000000"].text == "$12 million"


def test_the_last_time_a_sentence_says_it_was_is_stated():
    # ak07 (held59): "Thursday", the strike the question sets beside it, had outscored 2000
    question = "when was the last time actors went on strike"
    found = candidates(
        question,
        "The last time any actors went on strike was in 2000, when commercial actors walked out.",
        "Drescher said Thursday the strike begins at midnight.",
        published="2023-07-13",
    )
    assert found["2000"].stated and not found["2023-07-13"].stated
    assert not candidates(
        "when did actors go on strike", "The last time any actors went on strike was in 2000."
    )["2000"].stated


def test_a_clock_time_before_a_noun_is_when_not_a_kind():
    # nt04 (held61): "Sunday's 11:10 p.m. crash" says when the crash was, as "Christmas
    # trees" says no day
    found = candidates(
        "what time was sunday's newark train crash",
        "No one was hurt in Sunday's 11:10 p.m. crash, but the SUV was destroyed.",
    )
    assert "11:10 p.m." in {c.text for c in found.values()}
    # jw26 (held46): two hours of one day are two answers
    found = candidates(
        "what time are the fireworks at the hindu temple",
        "The celebration will include ceremonies starting at 5 p.m., fireworks (at 8:30 p.m.) and a meal.",
    )
    assert {"5 p.m.", "8:30 p.m."} <= {c.text for c in found.values()}


def test_a_date_the_asked_subject_does_the_asked_deed_on_is_stated():
    # gg08 (held62): "the company Wan founded in 2014" says when Wan founded Atomic Monster,
    # and nothing of when he founded anything else
    text = "All those films were produced by Atomic Monster, the company Wan founded in 2014 that was also behind the horror hit."
    found = candidates("when did wan found atomic monster", text)
    assert [c.text for c in found.values() if c.stated] == ["2014"]
    found = candidates("when did wan found the conjuring", text)
    assert not any(c.stated for c in found.values())


def test_an_age_standing_for_the_one_refers_back_to_the_name_before():
    # oh05 (held63): "the 29-year-old left …" is Ohtani, the subject of the sentence before
    body = (
        "Ohtani had Tommy John surgery on Oct. 1, 2018.\n\n"
        "A unique two-way star as both a hitter and pitcher, the 29-year-old left the Los Angeles Angels."
    )
    text = body.split("\n\n")[1]
    question = analyse("How old is Shohei Ohtani?")
    found = {c.text: c for c in extract(question, [sentence(text, body=body)], None)}
    assert found["29-year-old"].evidence.titled == 1
    question = analyse("How old is Mookie Betts?")
    found = {c.text: c for c in extract(question, [sentence(text, body=body)], None)}
    assert found["29-year-old"].evidence.titled == 0


def test_whom_the_asked_deed_is_done_to_did_not_do_it():
    # ed06 (held63): Monster sued Herrera; Herrera did not sue Monster
    question = analyse("Who sued Monster Beverage?")
    found = candidates(
        "Who sued Monster Beverage?",
        "The lawsuit came after Monster sued City Attorney Dennis Herrera over his demands.",
    )
    assert not supported(question, found["dennis herrera"])


@pytest.mark.parametrize(
    "text, another",
    [
        # oh12 (held63, a trap): the bonus is Betts's, the subject "his" goes back to
        (
            "Betts has a $365 million deal that includes $115 million in deferred salaries and has the final "
            "$5 million of his signing bonus payable from 2033-35.",
            True,
        ),
        ("Mookie Betts's signing bonus was $5 million.", True),
        ("Ohtani's signing bonus is $5 million, the team said.", False),
        ("Ohtani will get $5 million as his signing bonus.", False),
        # A bonus of nobody's named may be the story's subject's
        ("The signing bonus is $5 million.", False),
    ],
)
def test_a_thing_asked_as_one_names_own_is_not_anothers(text, another):
    question = analyse("How much is Shohei Ohtani's signing bonus?")
    assert owned_by_another(question, sentence(text)) is another


def test_last_year_is_the_year_before_the_articles():
    # ed01 (held63): "sales hit $12.6 billion last year" in a 2013 article gives 2012's
    assert years_written("Sales hit $12.6 billion last year, a 14% jump from 2008.", "2013-07-06") == {
        "2008",
        "2012",
    }
    question = analyse("How much were energy drink sales in 2012?")
    found = candidates(
        "How much were energy drink sales in 2012?",
        "Energy drink sales hit $12.6 billion last year, representing a 14% jump from 2008.",
        published="2013-07-06",
    )
    assert supported(question, found["12600000000"])
    found = candidates(
        "How much were energy drink sales in 2011?",
        "Energy drink sales hit $12.6 billion last year, representing a 14% jump from 2008.",
        published="2013-07-06",
    )
    assert not supported(analyse("How much were energy drink sales in 2011?"), found["12600000000"])


def test_a_bare_number_on_the_measured_noun_counts_it_and_measures_nothing():
    # rf01 (held63): "the other three fires" is no size of the Rabbit Fire
    found = candidates(
        "How big is the Rabbit Fire?",
        "The cause of the fire was under investigation, as it was for the other three fires.",
    )
    assert not any(c.stated for c in found.values())
    found = candidates(
        "How big is the Rabbit Fire?", "The fire remained at 7,600 acres and was 10% contained."
    )
    assert "7,600 acres" in {c.text for c in found.values()}
    # mv11 (held56): a number of points that modifies the lead measures it
    found = candidates(
        "How big is Verstappen's points lead?", "It gave Verstappen a 113 point lead with 112 left."
    )
    assert any(c.stated and c.text == "113" for c in found.values())


def test_a_sentence_after_one_naming_another_of_the_kind_is_of_that_one():
    # rf01 (held63): the Highland Fire's 105 acres are no size of the Rabbit Fire
    body = (
        "The Rabbit Fire near Beaumont continued to burn Sunday.\n\n"
        "The fire remained at 7,600 acres and was 10% contained.\n\n"
        "The Highland Fire broke out around 3 p.m. Friday south of Interstate 10.\n\n"
        "Fire officials initially reported the blaze had consumed 225 acres. But subsequent updates to "
        "mapping put the size of the fire at 105 acres."
    )
    article = Article(id="r", title="Rabbit Fire stays 7,600 acres", text=body, published="2023-07-16")
    # The corpus writes "fire" in lower case: of the question's words only "rabbit" is a
    # name (names.named_in), and "fire" after it says what kind of thing it names.
    question = replace(analyse("how big is the rabbit fire"), names=frozenset({"rabbit"}))
    assert question.kinds_named == {"fir"}
    assert not replace(question, names=frozenset({"rabbit", "fir"})).kinds_named

    def of_another(text):
        start = body.index(text)
        return another_of_kind(article, start, start + len(text), question.names, question.kinds_named)

    assert of_another("But subsequent updates to mapping put the size of the fire at 105 acres.")
    assert not of_another("The fire remained at 7,600 acres and was 10% contained.")


def test_a_sentence_after_one_naming_the_asked_one_too_is_not_of_another():
    # the seed article: "He" after a sentence naming both presidents may be the Cuban one
    body = (
        "Earlier today, the Cuban president met Iranian President Ebrahim Raisi.\n\n"
        "He also had a meeting with Iranian Parliament Speaker Mohammad Baqer Qalibaf."
    )
    article = Article(id="s", title="Khamenei meets Cuban President", text=body, published="2023-12-05")
    question = analyse("Who did the Cuban president meet?")
    assert question.names == {"cuban"} and question.kinds_named == {"presid"}
    start = body.index("He also")
    assert not another_of_kind(article, start, len(body), question.names, question.kinds_named)


@pytest.mark.parametrize(
    "question, text, key",
    [
        # rf03 (held63): the day they expect to contain it by, the coming Wednesday
        (
            "When do officials expect to contain the Rabbit Fire?",
            "Officials said they expected to fully contain it by Wednesday.",
            "2023-07-19",
        ),
        # ed11 (held63): "since when" is answered by what it has been so since
        (
            "Since when has Guru been sold in the US?",
            "Guru has been available in the United States since 2005.",
            "2005",
        ),
    ],
)
def test_the_day_the_asked_deed_is_done_by_or_since_is_stated(question, text, key):
    found = candidates(question, text, published="2023-07-16")
    assert [c.key for c in found.values() if c.stated] == [key]


def test_a_change_tagged_as_one_quantity_is_its_new_value():
    # rf13 (held63): "remapped from 250 to 338 acres" is 338 acres now
    found = candidates(
        "How big is the Gavilan Fire?",
        "The Gavilan Fire has been remapped from 250 to 338 acres and was 50% contained.",
    )
    assert "338 acres" in {c.text for c in found.values()}
    assert not any("250" in c.text for c in found.values())


@pytest.mark.parametrize(
    "text",
    [
        "Store brands can be anywhere from 10% to 50% cheaper.",
        "Discounts ranged from 10% to 50% last year.",
    ],
)
def test_a_range_from_one_value_to_another_stays_whole(text):
    found = candidates("how much cheaper are store brands", text)
    assert "10% to 50%" in {c.text for c in found.values()}


@pytest.mark.parametrize(
    ("question", "said", "stated"),
    [
        # vs09 (held65): who has the most of the asked thing, the noun said or left unsaid
        ("which country has the most nfl marketing agreements", "Mexico has the most agreements with nine.", "Mexico"),
        ("which conference has the most undefeated teams", "The Big Ten has the most with three.", "Big Ten"),
        # the most of another thing states nothing
        ("which country has the most nfl marketing agreements", "Mexico has the most fans in the world.", None),
    ],
)  # fmt: skip
def test_who_has_the_most_of_the_asked_thing_is_stated_and_cited_from_that_sentence(question, said, stated):
    listed = "They join countries with longer ties to the NFL: the United Kingdom, Mexico and Canada."
    body = f"{listed} {said}"
    found = extract(
        analyse(question),
        [sentence(listed, relevance=0.9, body=body), sentence(said, relevance=0.5, body=body)],
        None,
    )
    told = [c for c in found if c.stated]
    assert [c.text for c in told] == ([stated] if stated else [])
    if stated:
        assert factoid_quote(told[0]).text == said


def test_the_place_an_asked_gathering_is_set_in_is_stated():
    # kw05 (held66): "At a ceremony … in rural Columbia" says where the ceremony was held
    said = "At a ceremony Wednesday in rural Columbia, Kentucky, the U.S. Department of Agriculture announced it is giving $55 million in grants."
    found = candidates("where was the USDA ceremony held", said)
    assert found["columbia"].stated
    # a place the gathering is not set in is not stated
    told = "At a ceremony Wednesday, the governor, who grew up in Columbia, spoke."
    assert not candidates("where was the ceremony held", told)["columbia"].stated


@pytest.mark.parametrize(
    ("question", "text", "key", "found"),
    [
        # h10, er17: one state's dead, set off ahead, are not the storm's
        ("how many people died in the storm", "In Kentucky, three people died due to the storm, including two in vehicle crashes, Gov. Andy Beshear said.", "3", False),
        ("how many people died in the storm", "In Kentucky, three people died due to the storm, including two in vehicle crashes, Gov. Andy Beshear said.", "2", False),
        ("how many people died in Kentucky", "In Kentucky, three people died due to the storm, including two in vehicle crashes, Gov. Andy Beshear said.", "3", True),
        ("how many people died in the storm", "• Ohio: Eight people have died as a result of weather-related auto accidents, authorities said.", "8", False),
        ("how many people died in the storm", "The storm killed at least 22 people across the country.", "22", True),
    ],
)  # fmt: skip
def test_one_places_share_is_no_count_of_the_whole(question, text, key, found):
    assert (key in candidates(question, text)) is found


def test_under_a_subhead_the_count_stated_for_the_asked_place_goes_first():
    # bo01: "All 360 … stores" is written first under "How many Bed Bath and Beyond stores
    # are closing in Arizona?"; "In Arizona, the 13 … stores" answers it
    from rag.replies.factoid import headed

    whole_count = "All 360 Bed Bath & Beyond and 120 Buy Buy Baby stores will continue operations for now."
    arizona = "In Arizona, the 13 Bed Bath and Beyond stores and three buybuyBaby locations will remain in business."
    body = f"{whole_count} {arizona}"
    question = analyse("how many Bed Bath and Beyond stores are in Arizona")
    found = [replace(sentence(t, "a", body=body), answers=0.9) for t in (whole_count, arizona)]
    got = extract(question, found, None)
    assert {c.key for c in got if c.stated} >= {"13"} and "360" not in {c.key for c in got if c.stated}
    assert headed(question, got)[0].key == "13"


def test_where_something_was_supposed_to_be_is_not_where_it_is():
    # vs06 (held65): the plan that fell through outscored where the game will be
    said = "The 2024 Super Bowl was supposed to be in New Orleans, but a later date created a conflict with that city."
    assert "new orleans" not in candidates("where is the 2024 Super Bowl", said)
    assert "new orleans" in candidates("where was the 2024 Super Bowl supposed to be", said)


def test_a_place_the_story_is_titled_for_is_no_share_of_it():
    # wj23 (held33): "In Canada, more than 500 doctors …" under "Canadian doctors protest …"
    from rag.counts import counted_in_part

    doc = parse(
        "In Canada, more than 500 doctors and residents have signed a public letter protesting their own pay raises."
    )
    span = next(e for e in doc.ents if "500" in e.text)
    question = analyse("how many doctors signed the letter protesting their raises")
    assert not counted_in_part(span, question, "Canadian doctors protest their own pay raises")
    assert counted_in_part(span, question, "Doctors around the world protest")


def test_a_change_asked_by_what_is_measured_by_what_it_is_with():
    """tn16 (held68): "the biggest daily spike in covid cases" asks how big the spike was;
    the parser hangs "with 5,625 cases" on the verb whose object the spike is, and "daily"
    is the span of the change, no amount per day. "a grant for 120 companies" still
    measures no grant."""
    asked = analyse("what was the biggest daily spike in covid cases in tunisia")
    assert asked.answer_type == "amount" and asked.unit == "spike" and not asked.per
    text = (
        "Tunisia has reported 563,000 cases and 18,369 deaths since the start of the pandemic "
        "and in the last month has seen its biggest spike with 5,625 cases on 24 July."
    )
    found = candidates("what was the biggest daily spike in covid cases in tunisia", text)
    assert [c.text for c in found.values() if c.stated] == ["5,625"]
    assert not any(
        c.stated for c in candidates("how big was the grant", "It is a grant for 120 companies.").values()
    )


def test_a_headline_of_the_role_in_a_place_sets_its_sole_bare_holder_there():
    """tn02 (held68): "President Kais Saied" in "Why has Tunisia's president sacked the prime
    minister?" is Tunisia's president; a story titling two presidents leaves each sentence
    to say where."""
    text = "Sunday saw protests against Prime Minister Hichem Mechichi, prompting President Kais Saied to take over."
    question = analyse("Who is the president of Tunisia?")  # the corpus's names make "tunisia" one
    story = Article("t", "Why has Tunisia's president sacked the prime minister?", text)
    assert sole_holder(story, question)
    assert not sole_holder(replace(story, text=text + " President Joe Biden called for calm."), question)
    assert not sole_holder(replace(story, title="Protests in Tunisia"), question)
    span = next(e for e in parse(text).ents if e.text == "Kais Saied")
    assert titled(span, question, names_given=True, story=story) == 1.0
    assert titled(span, question, names_given=True) == 0.5


def test_the_one_titled_as_the_subject_is_not_whom_the_subject_did_it_to():
    """tn01 (held68): the Tunisia story titles Saied "President", and him alone, so he is the
    Tunisian president who sacked, not one sacked by him; a story of two presidents leaves
    each to be met ("Who did the Cuban president meet?": Iranian President Ebrahim Raisi)."""
    body = (
        "Sunday saw protests, prompting President Kais Saied to take over. "
        "In a televised address, Saied said he had taken the decision to sack Hichem Mechichi."
    )
    said = body[body.index("In a") :]
    question = analyse("who did tunisia's president sack")

    def found(text, title):
        article = Article(id="t", title=title, text=text)
        start = text.index(said)
        hit = Hit(Chunk("t:0", "t", 0, len(text), text), article, 1.0)
        return {
            c.key: c for c in extract(question, [Sentence(hit, start, start + len(said), 0.6, 0.5, 1)], None)
        }

    tunisia = found(body, "Why has Tunisia's president sacked the prime minister?")
    assert titled_subject(question, tunisia["saied"]) and not supported(question, tunisia["saied"])
    assert not titled_subject(question, tunisia["hichem mechichi"])
    two = found(
        "President Joe Biden called. " + body, "Why has Tunisia's president sacked the prime minister?"
    )
    assert not titled_subject(question, two["saied"])


def test_a_brand_before_the_counted_noun_is_not_what_is_counted():
    """bu01 (held73): "11 buybuy Baby locations" counts locations; the brand the question
    names is not the count's noun, so the count may stand for the asked stores."""
    question = "how many stores will buybuy baby reopen"
    text = (
        "Buybuy Baby recently announced that it will reopen 11 closed locations this fall across five states."
    )
    found = candidates(question, text)
    assert found["11"].counts == frozenset({stem("locations")})
    assert supported(analyse(question), found["11"])
    told = (
        "As part of its re-opening, 11 buybuy Baby locations are set to reopen on Nov. 18, say spokespeople."
    )
    assert candidates(question, told)["11"].counts == frozenset({stem("locations")})


def test_a_story_of_the_company_titles_its_own_officers_bare():
    """bu02 (held73): "CEO Pete Daleiden" in a story headlined "Buybuy Baby is back" is
    Buybuy Baby's CEO; not in a story of another headline, nor where two are titled CEO."""
    text = "“The future of buybuy Baby is bright,” CEO Pete Daleiden wrote in a statement last week."
    question = analyse("who is the ceo of buybuy baby")
    story = Article("b", "Buybuy Baby is back: Retailer to reopen 11 stores after Bed, Bath ...", text)
    assert sole_holder(story, question)
    assert not sole_holder(replace(story, title="Retailers reopen stores"), question)
    assert not sole_holder(replace(story, text=text + " Walmart CEO Doug McMillon agreed."), question)
    span = next(e for e in parse(text).ents if e.text == "Pete Daleiden")
    assert titled(span, question, names_given=True, story=story) == 1.0
    assert titled(span, question, names_given=True) < 1.0


def test_a_web_address_is_what_a_website_question_asks_for():
    """bu15 (held73): the tagger names no web address; "what's the website" asks for one."""
    text = "The website will launch on a similar timeline at buybuybaby.com, alongside a registry."
    found = candidates("what's the website for buybuy baby", text)
    assert found["buybuybaby com"].text == "buybuybaby.com"
    assert found["buybuybaby com"].evidence.type_match == 1
    assert "buybuybaby com" not in candidates("what's the name of buybuy baby's owner", text)


@pytest.mark.parametrize(
    ("question", "text", "spelled"),
    [
        # tx09 (held73)
        (
            "what does the u gender option stand for",
            'Two domestic airlines will offer "X" and "U" (undisclosed) gender identification options.',
            "undisclosed",
        ),
        (
            "what does nato stand for",
            "Leaders of the North Atlantic Treaty Organization (NATO) met.",
            "North Atlantic Treaty Organization",
        ),
        # tx05 (held73): what the text says the term's definition is
        (
            "what does the x gender marker mean",
            'The definition of the X gender marker will be "unspecified or another gender identity," officials said.',
            "unspecified or another gender identity",
        ),
    ],
)
def test_what_a_short_form_stands_for_is_what_the_text_spells_beside_it(question, text, spelled):
    found = candidates(question, text)
    assert [c.text for c in found.values() if c.stated] == [spelled]


def test_one_set_beside_a_former_holder_holds_the_role_no_more():
    """aa02: Gillard is apposed to "woman", which is apposed to "his former boss"."""
    question = analyse("who is the new prime minister of australia")
    text = (
        "He was even endorsed by his former boss, Australia’s first and only woman Prime Minister "
        "Julia Gillard, who famously ripped into her Liberal rival."
    )
    span = next(e for e in parse(text).ents if e.text == "Julia Gillard")
    assert titled(span, question, names_given=True) == 0.0
    now = "New Labor Prime Minister Anthony Albanese was sworn in on Monday."
    assert (
        titled(next(e for e in parse(now).ents if e.text == "Anthony Albanese"), question, names_given=True)
        == 1.0
    )


@pytest.mark.parametrize(
    ("question", "text", "before", "dated"),
    [
        # db10: the sentence before named Virginia State University
        (
            "when was virginia state university founded",
            "The school founded in 1882 will host the broadcast.",
            {"virginia", "state", "university"},
            True,
        ),
        (
            "when was virginia state university founded",
            "The school founded in 1882 will host the broadcast.",
            {"texas", "state", "university"},
            False,
        ),
        # bu04 (held73): a clause on the description names others ("Leonard Feinstein")
        (
            "when was buybuy baby founded",
            "The popular baby retailer, founded in 1996 by children of Bed Bath & Beyond founder Leonard Feinstein, boasted 137 stores.",
            {"buybuy", "baby"},
            True,
        ),
        # a name of its own is another one
        (
            "when was buybuy baby founded",
            "Harvard, founded in 1636, boasted 137 stores.",
            {"buybuy", "baby"},
            False,
        ),
    ],
)
def test_when_a_description_of_the_one_named_before_was_founded(question, text, before, dated):
    span = next(e for e in parse(text).ents if e.label_ == "DATE")
    assert deed_dated(span, analyse(question), frozenset(stem(w) for w in before)) is dated


def test_a_count_of_what_had_the_asked_deed_done_goes_first():
    """bu03 (held73): "liquidated 115 locations" before "11 buybuy Baby locations are set
    to reopen" for "how many locations did buybuy baby liquidate", though scored lower."""
    q = analyse("how many locations did buybuy baby liquidate")
    said = (
        "The baby retailer shuttered and liquidated 115 locations earlier this year.",
        "As part of its re-opening, 11 buybuy Baby locations are set to reopen on Nov. 18.",
    )
    found = extract(q, [sentence(t, "a", body=" ".join(said)) for t in said], None)
    for c in found:
        c.score = {"11": 0.6, "115": 0.4}.get(c.text, 0.01)
    ranked = sorted(found, key=lambda c: -c.score)
    assert [c.text for c in settle(q, ranked, 0.1)] == ["115"]
    reopen = analyse("how many locations will buybuy baby reopen")
    assert [c.text for c in settle(reopen, ranked, 0.1)] == ["11"]


def test_a_title_of_another_kind_is_no_title_of_the_asked_one():
    # rw07 (held75): "the labor law that oversees …" titles a law, not the agency asked for,
    # and must not put it before "… the federal agency that oversees … is the National
    # Mediation Board".
    question = "what agency oversees railroad labor relations"
    law = candidates(
        question,
        "If they were covered by the National Labor Relations Act, the labor law that oversees "
        "worker-management relations at most of the nation’s businesses, the unions could threaten to go on strike.",
    )["national labor relations act"]
    board = candidates(
        question,
        "The board is the National Mediation Board, the agency that oversees railroad labor relations.",
    )["national mediation board"]
    assert law.evidence.titled == 0.0
    assert board.evidence.titled == 1.0


@pytest.mark.parametrize(
    "text, stated",
    [
        # o16 (held18): the tally written as the vote's own states it
        (
            "The House voted to boot Santos, R-N.Y., from the lower chamber by a bipartisan vote of 311-114.",
            True,
        ),
        ("The other eight all joined in the 80-15 vote in favor of imposing the contracts.", True),
        # a score the sentence gives another noun does not
        ("The bill passed 36-16 in the Senate, a vote held on Tuesday.", False),
    ],
)
def test_a_tally_written_as_the_votes_own_states_it(text, stated):
    question = "what was the vote on the bill"
    found = candidates(question, text)
    tally = next(c for c in found.values() if c.label == "SCORE")
    assert tally.stated is stated


def test_a_factoid_quotes_the_sentence_under_its_subhead_not_the_subhead():
    # ac04 (held75): "Tiffany Haddish takes on 'Kids Say the Darndest Things'" heads the part
    # that tells it.
    question = "who's hosting kids say the darndest things"
    head = "Tiffany Haddish takes on 'Kids Say the Darndest Things'"
    told = "Now Tiffany Haddish will take the reins as host and executive producer for in-studio segments."
    body = f"{head}\n\n{told}"
    found = extract(analyse(question), [sentence(head, body=body), sentence(told, body=body)], None)
    c = next(c for c in found if c.key == "tiffany haddish")
    assert len(c.sentences) == 2
    quote = factoid_quote(c)
    assert quote.article.text[quote.start : quote.end].startswith("Now Tiffany Haddish will take the reins")


def test_a_name_joined_to_based_is_where_the_company_is_not_one():
    # bu07 (held73): "Paramus-based Dream On Me" offers Dream On Me for which company, and
    # Paramus not at all.
    text = (
        "Paramus-based Dream On Me, a crib and mattress retailer that sold its products at buybuy Baby stores, "
        "inked a $1.17 million deal in July to buy out the leases at 11 buybuy Baby locations, according to CNBC at the time."
    )
    found = candidates("which company bought the leases of the buybuy baby stores", text)
    assert "dream on me" in found and "paramus" not in found


@pytest.mark.parametrize(
    "question, stated",
    [
        # rw03 (held75): the date written on the asked event's noun is its date
        ("what date was the rail strike set for", True),
        # not when the question asks another thing of it than when it is
        ("when will the rail strike end", False),
    ],
)
def test_a_date_written_on_the_asked_event_states_when_it_is(question, stated):
    text = "There will no longer be a chance of a Dec. 9 rail strike that would have shut down freight shipments."
    assert candidates(question, text, published="2022-12-02")["2022-12-09"].stated is stated


def test_how_much_a_change_was_is_stated_by_down_or_up():
    # ac16 (held75): "down 15%" is how much the audience dropped; it is no share of anything
    text = "Among adults ages 18 to 49, it's averaging 1.6 million, down 15%, ranking fourth."
    assert candidates("how much did abc's audience among adults 18 to 49 drop", text)["15%"].stated
    assert "15%" not in candidates("what share of adults 18 to 49 watch abc", text)


@pytest.mark.parametrize(
    "text, another",
    [
        # the seed list: "his" is the Supreme Leader's, the sentence's subject
        ("The Supreme Leader also referred to his meeting with the late Fidel Castro 22 years ago.", True),
        ("Iran's president praised Khamenei's meeting with Fidel Castro.", True),
        # a meeting of the asked one, or of nobody named, stays
        ("He also had a meeting with Iranian Parliament Speaker Mohammad Baqer Qalibaf.", False),
        ("Díaz-Canel said his meeting with Raisi was fruitful.", False),
    ],
)
def test_a_deed_written_as_a_noun_another_owns_is_not_the_asked_ones(text, another):
    assert deed_of_another(analyse("who did diaz-canel meet in tehran"), text) is another


# held76: Helen Achenbach's obituary (hs) and a Thanksgiving explainer (ft)
HELEN = (
    "Helen Mary Murphy Achenbach, founder and namesake of Delaware’s iconic Helen’s Famous Sausage House, "
    "died on Thursday, Aug. 31.\n\nThe Wilmington native was 92.\n\n"
    "In 1983, she and her late husband Melvin “Mudge” Achenbach opened Helen's Sausage House."
)


def test_an_age_all_a_sentence_says_of_the_one_before_is_theirs():
    # hs02: the full name before it holds the asked one's
    found = extract(
        analyse("how old was helen achenbach"), [sentence("The Wilmington native was 92.", body=HELEN)], None
    )
    assert {c.key: c for c in found}["92"].evidence.titled == 1.0
    # a score is no one's age
    assert not extract(analyse("how old was helen achenbach"), [sentence("The score was 92 to 80.")], None)


@pytest.mark.parametrize(
    ("question", "text", "stated", "not_stated"),
    [
        # hs11: the nickname inside the name of the one the question asks whose it is
        ("what was helen's husband's nickname",
         "In 1983, she and her late husband Melvin “Mudge” Achenbach opened Helen's Sausage House.", "Mudge", ""),
        # ft16: the name the asked thing goes by, written word for word before it
        ("what is the day after thanksgiving called",
         "The day after Thanksgiving has also become its own celebration known as Black Friday.", "Black Friday", ""),
        # ft15, and not another day's name for "the day after"
        ("whats thanksgiving day also called",
         "For generations, Thanksgiving Day, fondly referred to as Turkey Day, has been celebrated with a large feast.",
         "Turkey Day", ""),
        ("what is the day after thanksgiving called",
         "For generations, Thanksgiving Day, fondly referred to as Turkey Day, has been celebrated with a large feast.",
         "", "Turkey Day"),
        # ft03: who goes by the asked name
        ("who is called the mother of thanksgiving",
         "Magazine editor and famed author Sarah Josepha Hale became known as the Mother of Thanksgiving for her campaign.",
         "Sarah Josepha Hale", ""),
        # or the name asked of outright
        ("who is the mother of thanksgiving",
         "Magazine editor and famed author Sarah Josepha Hale became known as the Mother of Thanksgiving for her campaign.",
         "Sarah Josepha Hale", ""),
    ],
)  # fmt: skip
def test_the_name_a_thing_or_one_goes_by_is_stated(question, text, stated, not_stated):
    found = extract(analyse(question), [sentence(text)], None)
    said = {c.text for c in found if c.stated}
    assert not stated or stated in said, sorted((c.text, c.stated) for c in found)
    assert not_stated not in said


def named(question, *names):
    """The question with the names the corpus would find in it (names.named_in)."""
    return replace(analyse(question), names=frozenset(map(stem, names)))


def test_a_passive_names_who_did_the_deed_after_by():
    # ft06: Congress passed the resolution; Roosevelt signed it, on the day the sentence says
    question = named("when did roosevelt sign the thanksgiving resolution", "roosevelt", "thanksgiving")
    text = (
        "To end the confusion, Congress passed a joint resolution, signed by Roosevelt on Dec. 26, 1941, "
        "that established Thanksgiving as a federal holiday."
    )
    assert not done_by_another(question, sentence(text))
    doc = parse(text)
    day = next(e for e in doc.ents if e.text.startswith("Dec. 26"))
    assert deed_dated(day, question)


def test_a_day_that_comes_round_each_year_is_the_rule_that_names_it():
    # ft12: "the fourth Thursday in November", not this year's Thursday
    found = extract(
        analyse("what day does thanksgiving fall on each year"),
        [sentence("The holiday falls on the fourth Thursday in November each year.", published="2023-11-20")],
        None,
    )
    assert [c.text for c in found if c.stated] == ["fourth Thursday in November"], [c.text for c in found]


def test_a_deed_no_sentence_of_the_day_does_is_news_where_told_years_back():
    # ft05: only the 1939 sentence has anyone persuade Roosevelt to move Thanksgiving
    question = named("who persuaded roosevelt to move thanksgiving", "roosevelt", "thanksgiving")
    said = (
        "But, in 1939, department store mogul Fred Lazarus Jr., concerned about shopping days, persuaded "
        "President Franklin D. Roosevelt to move Thanksgiving back a week."
    )
    found = {
        c.key: c for c in extract(question, [sentence(said, published="2023-11-20")], date(2023, 11, 20))
    }
    assert not found["fred lazarus jr"].historical, sorted(found)
    # where a sentence of the day does the deed, the one told years back is history
    now = "This week the mayor persuaded Roosevelt to move the Thanksgiving parade."
    found = {
        c.key: c
        for c in extract(
            question,
            [sentence(said, "a", "2023-11-20"), sentence(now, "b", "2023-11-20")],
            date(2023, 11, 20),
        )
    }
    assert found["fred lazarus jr"].historical, sorted(found)
    # and one told years back that does not do the deed stays history
    aside = "In 1939, Fred Lazarus Jr. ran a department store as Roosevelt moved Thanksgiving."
    found = {
        c.key: c for c in extract(question, [sentence(aside, published="2023-11-20")], date(2023, 11, 20))
    }
    assert found["fred lazarus jr"].historical, sorted(found)


def test_a_count_told_of_another_person_or_of_one_shot_is_no_answer():
    # c06: Allen's points are not Mitchell's, and a 3-pointer is one shot
    question = named(
        "how many points did donovan mitchell score in his cavs debut", "donovan", "mitchell", "cavs"
    )
    allen = "Center Jarrett Allen led the way for the Cavs with 19 points, 12 rebounds and a blocked shot."
    his = "Donovan Mitchell led the way for the Cavs with 11 points, five rebounds and three assists."
    found = {c.key: c for c in extract(question, [sentence(allen), sentence(his, "b")], None)}
    assert not supported(question, found["19"])
    assert supported(question, found["11"])
    # tc03: days counted between two deeds are no one's tally
    question = named(
        "how many days after trump launched did garland appoint a special counsel", "trump", "garland"
    )
    days = "Just three days after Trump launched his campaign, Merrick Garland appointed a special counsel."
    found = {c.key: c for c in extract(question, [sentence(days)], None)}
    assert supported(question, found["3 day"]), sorted(found)
    question = named(
        "how many points did donovan mitchell score in his cavs debut", "donovan", "mitchell", "cavs"
    )
    shot = "With 5:59 left, Garland hit Mitchell in the perfect pocket and Mitchell drained an effortless 3-pointer."
    assert "3" not in {c.key for c in extract(question, [sentence(shot)], None)}


def test_a_sum_says_what_a_thing_costs():
    # kw02: "a $1.5 billion project" is what KentuckyWired costs, though "cost" is not written
    question = named("how much does kentuckywired cost", "kentuckywired")
    text = "Kentucky fumbled its plan with KentuckyWired, a $1.5 billion project to string fiber across the state."
    found = {c.key: c for c in extract(question, [sentence(text, relevance=0.7)], None)}
    assert supported(question, found["1500000000"]), sorted(found)
    # hu23 (a trap): a sum set on nothing the question names says no price of it
    question = named("how much did tickets to the american music awards cost", "american", "music", "awards")
    text = "A StubHub representative said the resale site had many Swift tickets selling for around $150."
    found = {c.key: c for c in extract(question, [sentence(text, relevance=0.7, overlap=0.2)], None)}
    assert not supported(question, found["150"]), sorted(found)


def test_a_number_after_with_counts_what_its_verb_named():
    # sg05 (held77): "five apiece" leaves "nominations" out
    question = named("how many nominations did banshees of inisherin get", "banshees", "inisherin")
    text = (
        "The genre-smashing “Everything Everywhere All at Once” and Irish dark comedy “The Banshees of "
        "Inisherin” lead the nominations with five apiece, including outstanding cast."
    )
    found = {c.key: c for c in extract(question, [sentence(text, relevance=0.7)], None)}
    assert found["5"].evidence.unit_match and supported(question, found["5"]), sorted(found)
    # a number after "with" where the verb names another thing counts that thing
    other = "The Banshees of Inisherin led the box office with five, including outstanding cast."
    found = {c.key: c for c in extract(question, [sentence(other, relevance=0.7)], None)}
    assert not found["5"].evidence.unit_match


def test_a_phone_number_is_what_a_question_for_one_asks_and_nothing_else():
    """ih16 (held79): the tagger splits "(302) 366-0900" into a number and a date; a
    sentence that names whom the question asks to call states their number, and a story's
    closing line with its reporter's number is no answer."""
    text = "For more information about Chef Tan, visit the website, www.cheftan.com or call (302) 366-0900."
    found = candidates("whats the phone number for chef tan", text)
    assert [(c.text, c.label, c.stated) for c in found.values()] == [("(302) 366-0900", "PHONE", True)]
    reporter = "Contact reporter Maddy Lauria at (302) 345-0608, mlauria@delawareonline.com or on Twitter."
    assert not any(
        c.stated
        for c in candidates("whats the phone number for the delaware city refinery", reporter).values()
    )
    assert candidates("whats the phone number for chef tan", "Chef Tan has excellent food.") == {}
    assert "302 366 0900" not in candidates("how many people called chef tan", text)


def test_a_number_dialed_in_three_digits_answers_and_a_length_asked_picks_one():
    """n24, g20: 988 is a number one dials, not a count; "the old 10 digit" number is the
    one of ten digits, and a year is no phone number."""
    text = "The existing lifeline uses a 10-digit number, 1-800-273-8255, and in 2022 it adds 988."
    assert {c.text for c in candidates("what is the new suicide lifeline number", text).values()} == {
        "1-800-273-8255",
        "988",
    }
    assert set(candidates("whats the old 10 digit suicide lifeline number", text)) == {"1 800 273 8255"}
