"""Multiple choice: the scorer's log-odds plus the option model's weighed say (choices.py).
The rules run on fixed numbers; the model-marked tests run the bundled Gemma model."""

import numpy as np
import pytest

from rag.candidates import Candidate
from rag.choices import CONTEXT_SENTENCES, choose, prompt
from tests.test_candidates import sentence


def ranked(*scores):
    return [Candidate(f"option {i}", f"option {i}", "OPTION", score=s) for i, s in enumerate(scores)]


def test_without_the_model_the_scorers_best_is_chosen():
    options = ranked(0.4, 0.3, 0.2)
    assert choose(options, None, 0.25, negated=False).text == "option 0"
    assert choose(options, np.array([0.0, 9.0, 0.0]), 0.0, negated=False).text == "option 0"


def test_the_models_gain_can_outweigh_a_guess_but_not_named_evidence():
    guessed = ranked(0.27, 0.26, 0.25)  # no option named by any sentence: near even
    assert choose(guessed, np.array([1.0, 6.0, 2.0]), 0.25, negated=False).text == "option 1"
    named = ranked(0.9, 0.05, 0.05)  # a sentence names the first
    assert choose(named, np.array([1.0, 6.0, 2.0]), 0.25, negated=False).text == "option 0"


def test_which_is_not_takes_the_least_favoured():
    options = ranked(0.3, 0.3, 0.3)
    assert choose(options, np.array([5.0, 1.0, 4.0]), 0.25, negated=True).text == "option 1"


def test_the_model_reads_the_closest_sentences_then_the_question():
    found = [sentence(f"Sentence {i} is here.", relevance=i / 10) for i in range(6)]
    text = prompt("Which one?", found)
    assert text.startswith("Sentence 5 is here. Sentence 4 is here.")
    assert text.count("Sentence") == CONTEXT_SENTENCES
    assert text.endswith("\nQuestion: Which one?\nAnswer:")


@pytest.mark.model
def test_the_likelihood_of_a_text_after_a_prompt():
    from rag.generate import Generator

    gemma = Generator("gemma3")
    paris, berlin, banana = gemma.likelihood("The capital of France is", ["Paris", "Berlin", "a banana"])
    assert paris > berlin > banana
    # read again the same, whatever was read between
    assert gemma.likelihood("The capital of France is", ["Paris"])[0] == pytest.approx(paris, abs=1e-3)


@pytest.mark.model
def test_an_option_no_sentence_names_is_weighed_by_the_model(qa):
    answer = qa.ask("What is the capital of France?", choices=["Oslo", "Paris", "Lima"])
    assert answer.text == "Paris" and not answer.citations
