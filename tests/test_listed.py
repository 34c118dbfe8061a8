"""The items an article sets out under a lead-in (rag/listed.py), from real articles' text.
Scored by a stand-in encoder that finds every lead-in as close to the question: what the
layout and the names do, not the embedding model."""

import numpy as np
import pytest

from rag.listed import listed
from rag.names import named_in
from rag.question import analyse
from rag.types import Article, Chunk, Hit

# bb07 (held40): two sections of bars, each a paragraph opening on the bar's name
BARS = (
    "In case you don't have tickets to the season-opening contest, we put together a list of local bars.\n\n"
    "Sports bars, restaurants in Cincinnati\n\n"
    "Kitty’s Sports Grill: This family-owned bar has 12 TVs, including a large projector screen. 1122 Main St.\n\n"
    "Knockback Nat's: This fan-favorite bar boasts great food, people and drinks.\n\n"
    "Wanna bet?Cincinnati Reds approved for Ohio sports betting license, Bengals still pending\n\n"
    "Sports bars, restaurants in Northern Kentucky\n\n"
    "Game Time Sports Bar & Grill: Whether it's the Reds, Bengals or your favorite college team, Game Time "
    "Sports Bar & Grill is a great place to gather. 136 E. Third St., Newport.\n\n"
    "Dickmann’s Sports Barn and Brew: Dickman's has been around since the 1970s.\n\n"
    "Riverfront Pizza & Sports Bar: This family-owned restaurant has been in business since 1981."
)
# bu12 (held73): each state a line of its own, its stores' addresses below it
STORES = (
    "Not according to the company website, which says gift card balances expired.\n\n"
    "Where are the 11 Buybuy Baby locations that will reopen?\n\n"
    "Connecticut\n\n1433 New Britain Ave., West Hartford\n\n"
    "Delaware\n\n501 W. Main St., Christiana\n\n"
    "Maryland:\n\n1683 Rockville Pike, Rockville\n\n"
    "How to shop the sale\n\n"
    "Virginia residents may order online."
)


def ones(texts):
    return np.ones((len(texts), 2)) / np.sqrt(2)


def names(question, text, title="T"):
    article = Article(id="a", title=title, text=text)
    hit = Hit(Chunk("a:0", "a", 0, len(text), text), article, 1.0)
    # another story the question retrieves, which writes the names as names
    told = "Buybuy Baby will reopen stores. Bengals fans in Northern Kentucky and Cincinnati cheer."
    other = Hit(Chunk("b:0", "b", 0, len(told), told), Article(id="b", title="News", text=told), 1.0)
    items, _ = listed(named_in(analyse(question), [hit, other]), [article], ones)
    return [i.name for i in items]


@pytest.mark.parametrize(
    ("question", "text", "title", "shown"),
    [
        # the section whose lead-in names what the question names
        ("what bars in northern kentucky can i watch the bengals at", BARS, "Best bars to watch the Bengals",
         ["Game Time Sports Bar & Grill", "Dickmann’s Sports Barn and Brew", "Riverfront Pizza & Sports Bar"]),
        ("what bars in cincinnati can i watch the bengals at", BARS, "Best bars to watch the Bengals",
         ["Kitty’s Sports Grill", "Knockback Nat's"]),
        # the lines of the asked type, past the addresses, up to a subhead of another kind
        ("which states will the reopened buybuy baby stores be in", STORES, "Buybuy Baby is back",
         ["Connecticut", "Delaware", "Maryland"]),
        # a lead-in that names no Buybuy Baby lists none of its stores
        ("which states will the reopened buybuy baby stores be in", STORES.replace("Buybuy Baby", "Target"), "Retail news", []),
    ],
)  # fmt: skip
def test_a_list_set_out_under_a_lead_in_about_the_question(question, text, title, shown):
    assert names(question, text, title) == shown


def test_lines_that_are_no_names_of_the_asked_kind_are_no_list():
    # subheads of a story, in sentence case, are its parts, not items
    story = (
        "Former President Donald Trump began shadowboxing with Ron DeSantis in Davenport.\n\n"
        "Trump tries a taste of retail politics\n\n"
        "He stopped at a restaurant.\n\n"
        "How to watch the caucuses\n\n"
        "The caucuses are in January."
    )
    assert names("which restaurants did trump visit in davenport", story, "Trump in Iowa") == []


def test_a_link_or_a_line_of_another_type_is_no_item():
    # l12 (held41): a column's link and a subhead naming a place listed as whom the USWNT plays
    text = (
        "The USWNT advanced to the knockout stage on Tuesday.\n\n"
        "Read Nancy Armour's full column here\n\n"
        "USWNT fans take over New Zealand\n\n"
        "Fans packed the stands."
    )
    assert names("who will the uswnt play next", text, "USA vs Portugal") == []


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # rd03 (held45): a preview's labels are no teams the Steelers beat
        ("who did the steelers beat in that game",
         "Pittsburgh Steelers (4-5) at Cleveland Browns (0-10)\n\nTV: Sunday, 1 p.m.\n\nLine: Steelers by 9\n\n"
         "Injuries of note: Steelers DE Cam Heyward is out."),
        # fc05 (held61): an address is no words the flag must include
        ("what words must the new mississippi flag include",
         "Commission to Redesign the Mississippi State Flag\n\nMississippi Department of Archives and History\n\n"
         "P.O. Box 571\n\nJackson MS 39205-0571"),
    ],
)  # fmt: skip
def test_labels_and_addresses_are_no_items(question, text):
    assert names(question, text, "Mississippi flag; Steelers at Browns") == []


# ft09 (held76): foods, each told in a short paragraph of its own, below a lead-in's colon
FOODS = (
    "The History Channel reports that no record exists of the first Thanksgiving menu. Here's a list of "
    "foods that might've appeared on the table instead:\n\n"
    "Deer, likely roasted over a smoldering fire or made into a stew.\n\n"
    "Local vegetables such as onions, beans, lettuce, spinach, cabbage, carrots and peas.\n\n"
    "Pumpkin custard.\n\n"
    "What's the history of Thanksgiving?\n\n"
    "Thanksgiving was celebrated independently by colonies and states for more than 200 years."
)


@pytest.mark.parametrize(
    ("question", "text", "shown"),
    [
        ("what foods might have been at the first thanksgiving", FOODS, ["Deer", "Local vegetables", "Pumpkin custard"]),
        # a lead-in that announces no foods lists none
        ("what foods might have been at the first thanksgiving", FOODS.replace("foods", "things"), []),
        # nor does one without its colon
        ("what foods might have been at the first thanksgiving", FOODS.replace("instead:", "instead."), []),
    ],
)  # fmt: skip
def test_things_told_each_in_a_short_paragraph_below_a_colon(question, text, shown):
    assert names(question, text, "When was the first Thanksgiving?") == shown
