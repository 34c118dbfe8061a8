"""Follow-up questions are rewritten to stand alone; settings are checked when built."""

import pytest

from rag.errors import InputError
from rag.followup import Turn, condense, subject
from rag.settings import Settings

MET = Turn("Who did the Cuban president meet?", "Iranian President Ebrahim Raisi")


def test_subject_of_a_question():
    assert subject("Who did the Cuban president meet?") == "the Cuban president"
    assert subject("Who did the Cuban president meet earlier today?") == "the Cuban president"


def test_a_long_answer_contributes_its_new_name():
    long = Turn(
        "Who did the Cuban president meet earlier today?",
        "the Cuban president met Iranian President Ebrahim Raisi where seven cooperation documents were signed",
    )
    assert (
        condense([long], "What did they sign?")
        == "What did the Cuban president and Iranian President Ebrahim Raisi sign?"
    )


@pytest.mark.parametrize(
    "question, standalone",
    [
        ("What did they sign?", "What did the Cuban president and Iranian President Ebrahim Raisi sign?"),
        (
            "Which city did he visit earlier this year?",
            "Which city did Iranian President Ebrahim Raisi visit earlier this year?",
        ),
        (
            "What were their talks about?",
            "What were the Cuban president and Iranian President Ebrahim Raisi's talks about?",
        ),
        ("How many documents were signed?", "How many documents were signed?"),
    ],
)
def test_pronouns_point_back_to_the_last_turn(question, standalone):
    assert condense([MET], question) == standalone


def test_first_question_and_refused_turns():
    assert condense([], "What did they sign?") == "What did they sign?"
    refused = Turn("Who did the Cuban president meet?", "")
    assert condense([refused], "What did they sign?") == "What did the Cuban president sign?"


def test_settings_are_checked_and_read_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("RAG_INDEX", str(tmp_path))
    monkeypatch.setenv("RAG_MODEL", "smollm2")
    s = Settings.from_env(top_k=3, retrieval=None)
    assert (s.index_dir, s.model, s.top_k, s.retrieval) == (tmp_path, "smollm2", 3, "hybrid")
    with pytest.raises(InputError, match="retrieval must be one of"):
        Settings(retrieval="magic")
    with pytest.raises(InputError, match="unknown setting"):
        Settings.from_env(colour="blue")
