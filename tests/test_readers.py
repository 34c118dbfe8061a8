"""The readers' rules with a scripted generator in place of the model: how written text
is cut into cited sentences, what is shown, what is dropped and when the draft stands.
The verifier itself is tested in test_verify.py; the real model in test_answer.py."""

from __future__ import annotations

import threading

import pytest

from rag.errors import InputError
from rag.generate import Stats
from rag.readers import Draft, Reading, open_reader
from rag.readers.llm import plain, prompt, sentences
from rag.types import Citation

SIGNED = (
    "Earlier today, the Cuban president met Iranian President Ebrahim Raisi where seven "
    "cooperation documents were signed between the two countries."
)
GAZA = "The Cuban president said that what is going on in the Gaza Strip today is an unacceptable genocide."


def cite(n: int, quote: str) -> Citation:
    return Citation(n, f"a{n}", "Title", "2023-12-05", "", "", quote, 0, len(quote))


class Scripted:
    """Writes the given pieces, whatever the prompt (each later call writes `again`, if
    given); remembers the prompts."""

    chat = False

    def __init__(self, *pieces: str, again: tuple[str, ...] = ()):
        self.pieces, self.again, self.prompts = pieces, again, []

    @property
    def prompt(self):
        return self.prompts[-1] if self.prompts else None

    def stream(self, prompt, max_tokens, stop, stats, grammar=None):
        self.prompts.append(prompt)
        yield from (self.again if self.again and len(self.prompts) > 1 else self.pieces)


def read(generator: Scripted, draft: Draft) -> tuple[list[str], Reading]:
    reading = Reading()
    reader = open_reader("llm", lambda: generator, threading.Lock(), 100)
    return list(reader.read("q", draft, reading, Stats())), reading


DRAFT = Draft("describe", f"{GAZA} [1] {SIGNED} [2]", [cite(1, GAZA), cite(2, SIGNED)], False)


def test_written_text_is_cut_at_its_markers_as_it_streams():
    pieces = ["Seven documents", " were signed. [", "2]", " They met", ". [1][2] Trailing words"]
    assert list(sentences(pieces)) == [
        ("Seven documents were signed.", (2,)),
        ("They met.", (1, 2)),
        ("Trailing words", ()),
    ]


def test_the_prompt_numbers_the_sources_after_two_worked_examples():
    text = plain(prompt("how many docs", [cite(1, GAZA), cite(2, "Seven\ndocuments  were signed.")]))
    assert text.endswith(
        f"Sources:\n{GAZA} [1]\nSeven documents were signed. [2]\nQuestion: how many docs\nAnswer:"
    )
    assert text.count("Sources:") == 3 and text.count("Answer:") == 3


def test_passing_sentences_are_shown_renumbered_and_failing_ones_dropped():
    generator = Scripted(
        "Seven cooperation documents were signed between the two countries. [2]",
        " Eight documents were signed. [2]",
        " The mayor said so. [1]",
        " Raisi met the president. [3]",
    )
    shown, reading = read(generator, DRAFT)
    assert shown == ["Seven cooperation documents were signed between the two countries. [1]"]
    assert reading.reader == "llm" and reading.text == shown[0]
    assert [(c.n, c.quote) for c in reading.citations] == [(1, SIGNED)]
    reasons = [d.reason for d in reading.dropped]
    assert "Eight" in reasons[0] and "mayor" in reasons[1] and "[3]" in reasons[2]
    assert reading.dropped[0].quotes == (SIGNED,)
    assert "Question: q" in generator.prompt


def test_when_nothing_passes_the_draft_is_shown_and_the_reading_says_so():
    shown, reading = read(Scripted("Cuba and Iran went to war. [1]"), DRAFT)
    assert shown == [DRAFT.text] and reading.reader == "extractive" and reading.text == DRAFT.text
    assert reading.citations == DRAFT.citations and len(reading.dropped) == 2  # one per attempt


def test_when_nothing_passes_the_model_is_asked_again_about_the_first_source_alone():
    written = "The Cuban president said that what is going on in the Gaza Strip is an unacceptable genocide."
    generator = Scripted("Cuba and Iran went to war. [1]", again=(f"{written} [1]",))
    shown, reading = read(generator, DRAFT)
    assert shown == [f"{written} [1]"] and reading.reader == "llm"
    assert [c.quote for c in reading.citations] == [GAZA] and len(reading.dropped) == 1
    assert GAZA in generator.prompts[1] and SIGNED not in generator.prompts[1]


def test_a_factoid_reply_must_state_the_short_answer_before_anything_is_shown():
    draft = Draft("factoid", f'Seven — "{SIGNED}" [1]', [cite(1, SIGNED)], False, answers=("seven",))
    shown, reading = read(Scripted("The documents were signed between the two countries. [1]"), draft)
    assert shown == [draft.text] and "leaves out the answer" in reading.dropped[-1].reason
    shown, reading = read(
        Scripted("The Cuban president met Ebrahim Raisi. [1]", " Seven documents were signed. [1]"), draft
    )
    assert shown == ["The Cuban president met Ebrahim Raisi. [1] Seven documents were signed. [1]"]


def test_a_list_reply_must_name_every_item_the_draft_found():
    draft = Draft(
        "list", "- Raisi …\n- Qalibaf …", [cite(1, SIGNED)], False, answers=("Ebrahim Raisi", "Qalibaf")
    )
    shown, reading = read(Scripted("The Cuban president met Iranian President Ebrahim Raisi. [1]"), draft)
    assert shown == [draft.text] and "Qalibaf" in reading.dropped[-1].reason


def test_a_sentence_after_the_wrong_number_is_shown_with_the_source_that_supports_it():
    written = "The Cuban president said that what is going on in the Gaza Strip is an unacceptable genocide."
    shown, reading = read(Scripted(f"{written} [2]", " Eight documents were signed. [1]"), DRAFT)
    assert shown == [f"{written} [1]"] and [c.quote for c in reading.citations] == [GAZA]
    assert "Eight" in reading.dropped[0].reason and reading.dropped[0].quotes == (GAZA,)


def test_refusals_the_overview_and_yes_no_verdicts_never_reach_the_model():
    generator = Scripted("Anything. [1]")
    for draft in (
        Draft("factoid", "The news corpus does not say.", [], True),
        Draft("overview", "I answer…", [], False),
        Draft("yesno", f'Yes — "{SIGNED}" [1]', [cite(1, SIGNED)], False, answers=("yes",)),
    ):
        shown, reading = read(generator, draft)
        assert reading.reader == "extractive" and generator.prompt is None


def test_the_reader_is_chosen_by_setting_or_environment(monkeypatch):
    from rag import Settings

    monkeypatch.setenv("RAG_READER", "llm")
    assert Settings.from_env().reader == "llm"
    assert Settings.from_env(reader="extractive").reader == "extractive"
    with pytest.raises(InputError, match="reader must be extractive or llm, not 'gpt'"):
        Settings(reader="gpt")
