"""The re-ranker's arithmetic and prompt, without the language model; then the model's
likelihoods and the re-ranked answer on the real GGUF model."""

from dataclasses import replace

import numpy as np
import pytest

from rag.candidates import Candidate
from rag.rerank import Reranker, features, prompt, rerank

from .test_candidates import SEED, sentence

# Weights of the fitted kind: the scorer's log-odds and the model's likelihood both count.
RERANKER = Reranker(np.array([1.0, 0.5]), bias=0.0, threshold=0.3)


def candidate(text, score, sentence_text=SEED):
    return Candidate(text, text.lower(), "PERSON", [sentence(sentence_text)], score=score)


def test_features_are_the_scorers_log_odds_and_the_models_likelihood():
    x = features(np.array([0.5, 0.8, 1.0]), np.array([-2.0, -6.0, -1.0]))
    assert x[:2].ravel().tolist() == pytest.approx([0.0, -2.0, np.log(4.0), -6.0])
    assert np.isfinite(x).all()  # a certain scorer is clipped, not infinite


def test_a_candidate_the_model_finds_far_likelier_overtakes_a_slightly_better_scored_one():
    raisi, tehran = candidate("Ebrahim Raisi", 0.30), candidate("Tehran", 0.35)
    ranked = rerank(RERANKER, [tehran, raisi], [-9.0, -2.0])
    assert [c.text for c in ranked] == ["Ebrahim Raisi", "Tehran"]
    assert ranked[0].score > ranked[1].score
    assert ranked[0].sentences == raisi.sentences  # the evidence and its quote stay with it


def test_equal_likelihoods_keep_the_scorers_order():
    ranked = rerank(RERANKER, [candidate("A", 0.2), candidate("B", 0.6)], [-3.0, -3.0])
    assert [c.text for c in ranked] == ["B", "A"]


def test_the_prompt_holds_each_sentence_once_then_the_question():
    other = "The Cuban president also had a meeting with Iranian Parliament Speaker Mohammad Baqer Qalibaf."
    cands = [candidate("Ebrahim Raisi", 0.4), candidate("seven", 0.3), candidate("Qalibaf", 0.2, other)]
    text = prompt("Who did the Cuban president meet?", cands)
    assert text.count(SEED) == 1 and other in text
    assert text.endswith("Question: Who did the Cuban president meet?\nAnswer:")
    assert prompt("Who?", [replace(cands[0], sentences=[])]) == "Question: Who?\nAnswer:"


@pytest.mark.model
def test_the_model_finds_the_answer_the_text_gives_likelier(qa):
    text = prompt("Which Iranian president did the Cuban president meet?", [candidate("x", 0.5)])
    said, place, unrelated = qa.generator.likelihood(text, ["Ebrahim Raisi", "Tehran", "Angela Merkel"])
    assert said > place and said > unrelated
    assert all(v < 0 for v in (said, place, unrelated))


@pytest.mark.model
def test_the_likelihood_chooser_answers_and_cites_and_refuses(qa):
    from rag import NewsQA

    reader = NewsQA(replace(qa.settings, chooser="likelihood"), qa.index, qa.embedder)
    answer = reader.ask("Which Iranian president did the Cuban president meet earlier in the day?")
    assert "Raisi" in answer.text and answer.model.endswith(".gguf")
    assert "Ebrahim Raisi" in answer.citations[0].quote
    assert answer.timings.prompt_ms > 0
    assert reader.ask("Who won the 2022 FIFA World Cup?").refused
    # Multiple choice stays with the scorer: the model's likelihood measured worse there.
    option = reader.ask("Which city did President Raisi visit earlier this year?", choices=["Lima", "Havana"])
    assert option.text == "Havana" and option.citations and not option.model
