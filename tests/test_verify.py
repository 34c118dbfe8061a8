"""The sentence verifier, table-driven from the failure shapes of small models' sentences.
Loads spaCy, never the language model."""

from __future__ import annotations

import pytest

from rag.readers.verify import check

SIGNED = (
    "Earlier today, the Cuban president met Iranian President Ebrahim Raisi where seven "
    "cooperation documents were signed between the two countries."
)
ALASKA = "Alaska Airlines agreed on Sunday to buy Hawaiian Airlines for about $1.9 billion."
BOUGHT = "Alaska Airlines bought Hawaiian Airlines for about $1.9 billion."
RITE_AID = (
    "Rite Aid filed for bankruptcy Sunday and plans to close an untold number of stores across the "
    "United States as it battles slumping sales and a slew of opioid lawsuits."
)
BOOKER = 'LONDON — Irish writer Paul Lynch won the Booker Prize for fiction on Sunday with what judges called a "soul-shattering" novel.'
SHOT = "Police said 22 people were shot at the party on Saturday night, and two of them died."
CASTRO = (
    "He added that Fidel Castro was an outstanding figure who resisted the pressures of the United States."
)


@pytest.mark.parametrize(
    "sentence, cited",
    [
        ("Seven cooperation documents were signed between the two countries.", [SIGNED]),
        ("7 documents were signed between the two countries.", [SIGNED]),  # "seven" = "7"
        ("The Cuban president met Iranian President Ebrahim Raisi.", [SIGNED]),
        ("Hawaiian Airlines was bought by Alaska Airlines.", [BOUGHT]),  # passive, same roles
        ("Rite Aid filed for bankruptcy on Sunday.", [RITE_AID]),
        ("Paul Lynch won the Booker Prize.", [BOOKER]),
        # "be" with the subject the cited sentence gives it
        (
            "The floor vote where McCarthy needs a majority of the entire House is not until January.",
            [
                "The GOP’s internal leadership elections are next week, but the floor vote where McCarthy needs "
                "a majority of the entire House is not until January."
            ],
        ),
        ("Rite Aid filed for bankruptcy Sunday.", [RITE_AID, BOOKER]),  # one cited sentence says it all
        ('He said: "We will keep both brands."', ['"We will keep both brands," he said.']),  # "we", quoted
        # a clause of an "and" stands alone; a person may lose a first name
        (
            "Sergio Marchionne fought the federal government.",
            ["Sergio Marchionne fought the federal government, and the government won."],
        ),
        ("The government won.", ["Sergio Marchionne fought the federal government, and the government won."]),
        ("President Díaz-Canel met Raisi.", ["Cuban President Miguel Díaz-Canel met Raisi."]),
        # a place reached through the phrases of the cited sentence hangs from the same verb
        (
            "Rosalynn Carter will be laid to rest on Wednesday in Plains, Georgia.",
            ["Rosalynn Carter will be laid to rest on Wednesday in her longtime home of Plains, Georgia."],
        ),
    ],
)
def test_a_sentence_that_states_what_it_cites_passes(sentence, cited):
    assert check(sentence, cited) == ""


@pytest.mark.parametrize(
    "sentence, cited, why",
    [
        # reversed roles: acquirer and acquired, winner and loser
        ("Hawaiian Airlines agreed to buy Alaska Airlines.", [ALASKA], "who did"),
        ("Alaska Airlines was bought by Hawaiian Airlines.", [BOUGHT], "who did"),
        (
            "Hawaiian Airlines was bought by Alaska Airlines.",
            [ALASKA],
            "hangs from another verb",
        ),  # agreed to
        ("The Booker Prize won Paul Lynch.", [BOOKER], "who did"),
        # a wrong number, in digits or words
        ("Alaska Airlines agreed to buy Hawaiian Airlines for about $2.9 billion.", [ALASKA], "2.9"),
        ("Eight cooperation documents were signed.", [SIGNED], "Eight"),
        ("22 people were killed at the party.", [SHOT], "killed"),
        # a dropped or added "not"
        ("Rite Aid did not file for bankruptcy.", [RITE_AID], "negation"),
        ("No documents were signed between the two countries.", [SIGNED], "negation"),
        ("Fidel Castro did not resist the pressures of the United States.", [CASTRO], "negation"),
        # an invented speaker, or the words given to another speaker
        (
            "Joe Biden said he wanted the House to move quickly to elect a new speaker.",
            [
                "President Joe Biden wants the House to move quickly to elect a new speaker, the White House said."
            ],
            "who did 'said'",
        ),
        ("The mayor said Alaska Airlines agreed to buy Hawaiian Airlines.", [ALASKA], "mayor"),
        ("Khamenei said Castro was a great man.", [CASTRO], "Khamenei"),
        # what the cited sentence reports someone said, stated as fact
        (
            "Tehran and Havana can complement each other in various fields.",
            ["He stressed that Tehran and Havana can complement each other in various fields."],
            "drops who said it",
        ),
        # a quote stripped of its quotation marks speaks in the reply's voice
        (
            "I have decided to depart the House at the end of this year.",
            ['"I have decided to depart the House at the end of this year," he said.'],
            "quotation marks",
        ),
        # the end of a quote begun in the sentence before, stated as fact
        (
            "Putin is a killer.",
            ["Putin is a killer and I don’t understand how it is possible.”"],
            "quotation marks",
        ),
        # a cited quote restated as the reply's own words
        (
            "The shooting occurred just after 1:30 p.m. in the 1800 block of West 2nd Street.",
            [
                '"Wilmington Police are investigating a shooting that occurred just after 1:30 p.m. in the 1800 block of West 2nd Street.'
            ],
            "without its quotation marks",
        ),
        # a title moved to another name
        (
            "The service was attended by President Joe Biden and first lady Michelle Obama.",
            [
                "The service was attended by President Joe Biden and first lady Jill Biden, as well as "
                "other former first ladies: Laura Bush, Michelle Obama and Melania Trump."
            ],
            "as no cited sentence does",
        ),
        # words of a long sentence recombined into a new claim
        (
            "The Iranian revolutionary people had been attracted to the Islamic Revolution and the character of Mr. Castro.",
            [
                "The Cuban Revolution and the character of Mr. Castro had been "
                "attractive to the Iranian revolutionary people even before the 1979 Islamic Revolution."
            ],
            "rewords or reorders",
        ),
        # what is left out changes the rest: the year, one side of an "or"
        (
            "Maui suffered a massive brush fire on the same side of the island.",
            ["In 2018, Maui suffered a massive brush fire on the same side of the island."],
            "leaves out when",
        ),
        (
            "Four states will consider ballot measures that seek to restrict abortion.",
            [
                "Four states will consider ballot measures that seek to either restrict abortion or enshrine abortion rights."
            ],
            "keeps one side",
        ),
        # a verb that is a stop word still carries meaning
        (
            "China's exit from zero-Covid could see nearly a million.",
            ["China's exit from zero-Covid could lead to nearly 1 million deaths, according to a new study."],
            "see",
        ),
        # words the cited sentence quotes, stated in the reply's own voice
        (
            "MCS student enrollment has declined consistently and significantly for 50 years.",
            [
                'MCS student enrollment effectively peaked in 1967 and has declined "consistently and significantly" for 50 years.'
            ],
            "without its quotation marks",
        ),
        # a name cut inside is another name
        (
            "David Grossman has won the Man Booker Prize for his novel A Horse Walks Into a Bar.",
            [
                "Israeli author David Grossman has won the Man Booker International Prize for his novel A Horse Walks Into a Bar."
            ],
            "cuts the name",
        ),
        # a clause without the verb it hangs from
        (
            "The prison eventually had electricity, in part because it had a library.",
            [
                "Yuma residents called it a country club, in part because the prison eventually had electricity, "
                "in part because it had a library."
            ],
            "hangs from another verb",
        ),
        (
            "Hundreds of homes in central Florida are still submerged in floodwater as Hurricane Ian dropped nearly two weeks ago.",
            [
                "Hundreds of homes in central Florida are still submerged in floodwater as the St. Johns – a notoriously "
                "lazy river on the east side of the peninsula – lethargically drains the historic rainfall that "
                "Hurricane Ian dropped nearly two weeks ago."
            ],
            "hangs from another verb",
        ),
        # the end of a quote begun in the sentence before, restated as the reply's own words
        (
            "He has lied to his constituents. His whole life is a fabrication, and he himself is prepared to be expelled.",
            [
                "He has lied to his constituents. His whole life is a fabrication, and he himself is prepared to be "
                "expelled,” Garcia said Tuesday after filing the resolution, though Santos has maintained his innocence."
            ],
            "without its quotation marks",
        ),
        # a place moved to another deed
        (
            "The tornado was confirmed to have touched down in Pensacola.",
            [
                "At least one confirmed tornado was confirmed to have touched down in the Florida Panhandle on "
                "Thursday night, resulting in the death of one person in Pensacola."
            ],
            "'Pensacola' placed with 'touched'",
        ),
        # a time moved to another subject of "be" (shown by smollm2 for "tell me about the mccarthy leadership vote")
        (
            "The GOP’s internal leadership elections, where he only needs a simple majority to win his party’s "
            "nomination for speaker, are not until January.",
            [
                "The GOP’s internal leadership elections, where he only needs a simple majority to win his party’s "
                "nomination for speaker, are next week, but the floor vote where McCarthy needs a majority of the "
                "entire House is not until January."
            ],
            "'January' placed with 'are'",
        ),
        # an object the cited verb does not have
        (
            "Greg Brockman, who quit Microsoft, is joining Microsoft.",
            ["Greg Brockman, who quit in solidarity with Altman, is also joining Microsoft."],
            "who did 'quit'",
        ),
        # "a" document where the cited sentence counts seven
        ("The two countries signed a cooperation document.", [SIGNED], "counts 7"),
        # a number moved to another noun
        (
            "The researchers collected kitchen sponges from 20 people living in Portugal and 35 people living in Norway.",
            [
                "The researchers collected kitchen sponges from 20 people living in Portugal and 35 brushes and 14 sponges from people living in Norway."
            ],
            "35 people, where what it cites counts brush",
        ),
        # a date moved to another day
        ("Paul Lynch won the Booker Prize for fiction on Monday.", [BOOKER], "Monday"),
        ("Rite Aid filed for bankruptcy in March.", [RITE_AID], "March"),
        # a name from another article cited with this one
        ("Paul Lynch filed for bankruptcy on Sunday.", [RITE_AID, BOOKER], "not all in one"),
        ("Ebrahim Raisi filed for bankruptcy.", [RITE_AID], "Ebrahim"),
        # invented description, nothing at all, nothing cited
        ("Rite Aid is a multinational conglomerate.", [RITE_AID], "multinational"),
        ("Yes.", [RITE_AID], "states nothing"),
        (
            "How to check if your Toyota vehicle is recalled?",
            ["How to check if my Toyota vehicle is recalled?"],
            "states nothing",
        ),
        ("Paul Lynch.", [BOOKER], "a bare answer"),  # true only if the question asked who won
        # the doer of "is set to release" is who is set to: Israel releases the Palestinians
        (
            "Hamas is expected to release another 30 Palestinians.",
            [
                "Hamas is expected to release another 10 hostages today, while Israel is set to release another 30 Palestinians."
            ],
            "who did 'release'",
        ),
        ("Rite Aid filed for bankruptcy.", [], "cites nothing"),
        # a noun made a deed with a doer: no one strikes in the source
        (
            "The actors struck talks broke off.",
            [
                "Talks bitterly broke off between Hollywood actors and studios late Wednesday, killing any hopes that the three-month strike by performers would come to an end anytime soon."
            ],
            "'struck' is told as a deed in none",
        ),
    ],
)
def test_a_sentence_that_changes_what_it_cites_is_dropped(sentence, cited, why):
    assert why in check(sentence, cited)
