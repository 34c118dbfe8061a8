"""Re-rank the scorer's best candidates by how readily the language model gives each as
the answer.

The scorer (candidates.py) weighs what a parser and an encoder see: types, nearness,
shared words, support. It cannot tell whether a sentence says that the candidate *is*
what the question asks. The language model reads the sentences that hold the few best
candidates, then the question, and gives each candidate a log-probability as the answer
(generate.py). A second logistic regression, fitted by eval/fit.py on the scorer's
log-odds and that log-probability, turns the two into the final probability, with its
own refusal threshold. It replaces the rule that a shown answer's sentence must name the
question's names (candidates.supported): on the dev slice, the fitted probability kept
answers as precise while refusing fewer. For open questions only: on multiple choice
the model's likelihood measured worse than the scorer alone (docs/EVAL.md). Does not
retrieve, extract or choose what is shown.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from .candidates import WEIGHTS, Candidate

RERANKED = 6  # the scorer's best candidates the model reads
FEATURES = ("log_odds", "likelihood")


def prompt(question: str, candidates: list[Candidate]) -> str:
    """The sentences that hold the candidates, then the question; the answer comes next."""
    held = dict.fromkeys(" ".join(c.sentences[0].text.split()) for c in candidates if c.sentences)
    lines = [f"Text: {' '.join(held)}"] if held else []
    return "\n".join([*lines, f"Question: {question}", "Answer:"])


def features(scores: np.ndarray, likelihoods: np.ndarray) -> np.ndarray:
    """One row per candidate: the scorer's log-odds and the model's log-probability."""
    scores = np.clip(np.asarray(scores, dtype=np.float64), 1e-9, 1 - 1e-9)
    return np.column_stack([np.log(scores / (1 - scores)), np.asarray(likelihoods, dtype=np.float64)])


@dataclass(frozen=True)
class Reranker:
    weights: np.ndarray
    bias: float
    threshold: float  # candidates scoring below it are not shown

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> Reranker:
        fitted = json.loads(path.read_text())["rerank"]
        return cls(np.array([fitted["weights"][n] for n in FEATURES]), fitted["bias"], fitted["threshold"])

    def __call__(self, scores: np.ndarray, likelihoods: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-(features(scores, likelihoods) @ self.weights + self.bias)))


def rerank(reranker: Reranker, candidates: list[Candidate], likelihoods: list[float]) -> list[Candidate]:
    """The candidates with the final probability as their score, best first."""
    final = reranker(np.array([c.score for c in candidates]), np.array(likelihoods))
    return sorted((replace(c, score=float(p)) for c, p in zip(candidates, final)), key=lambda c: -c.score)
