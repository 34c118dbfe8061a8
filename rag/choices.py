"""Multiple choice: which of the given options the evidence favours.

The fitted scorer weighs each option by the sentences that name it (candidates.options,
scorer.py). Most quiz options are named by no retrieved sentence, and there the scorer
can only guess. A language model adds what it makes of them: how much likelier it finds
the option written as the answer after the best retrieved sentences and the question
than after "Answer:" alone (pointwise mutual information, in nats; the second term keeps
short and common options from winning for being common). The two are added as log-odds,
the model's with a weight fitted on RealTimeQA's fitting weeks (eval/fit_model.py).

The model writes nothing here: it scores the given options, and the answer is always one
of them. Does not find or score the options' evidence.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from .candidates import Candidate
from .sentences import Sentence

CONTEXT_SENTENCES = 3  # the retrieved sentences closest to the question that the model reads
CONTEXT_CHARS = 1200
# The prompt an option is weighed against alone: how likely the model finds it anywhere.
PRIOR = "Answer:"

# log P(text | prompt) for each text (generate.Generator.likelihood)
Likelihood = Callable[[str, list[str]], list[float]]


def prompt(question: str, sentences: list[Sentence]) -> str:
    """The closest sentences, then the question, as the model reads them."""
    closest = sorted(sentences, key=lambda s: -s.relevance)[:CONTEXT_SENTENCES]
    context = " ".join(s.text for s in closest)[:CONTEXT_CHARS]
    return f"{context}\nQuestion: {question}\nAnswer:"


def informed(
    likelihood: Likelihood, question: str, sentences: list[Sentence], options: list[str]
) -> np.ndarray:
    """For each option, how much likelier the model finds it after the evidence and the
    question than alone."""
    given = likelihood(prompt(question, sentences), options)
    alone = likelihood(PRIOR, options)
    return np.array(given) - np.array(alone)


def choose(ranked: list[Candidate], gain: np.ndarray | None, weight: float, negated: bool) -> Candidate:
    """The option with the best log-odds of the scorer plus `weight` times the model's
    gain (`informed`, in the order of `ranked`); for "which is NOT", the worst."""
    p = np.clip(np.array([c.score for c in ranked]), 1e-9, 1 - 1e-9)
    odds = np.log(p / (1 - p)) + (weight * gain if gain is not None else 0.0)
    return ranked[int(np.argmin(odds) if negated else np.argmax(odds))]
