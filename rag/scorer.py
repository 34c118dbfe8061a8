"""The fitted scorer: a candidate's evidence (candidates.py) in, the probability that it
is the right answer out.

`Evidence` holds a candidate's features; `features` sets each beside its gap to the best
value among the question's candidates; `Scorer` is a logistic regression over them, with
weights and a threshold fitted on the RealTimeQA dev slice (eval/fit.py, weights.json),
one set for open questions and one for multiple choice; open questions also have one
fitted on the chat gold sets (eval/fit_chat.py). Does not find candidates.
"""

from __future__ import annotations

import json
from dataclasses import astuple, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from .candidates import Candidate

WEIGHTS = Path(__file__).with_name("weights.json")


@dataclass(frozen=True)
class Evidence:
    """The features of a candidate, each in [0, 1] or a small count. Order is the weights' order."""

    relevance: float = 0.0  # best cosine similarity of a sentence holding it
    overlap: float = 0.0  # best share of question words in such a sentence
    rank: float = 0.0  # 1 / retrieval rank of the best chunk holding it
    nearness: float = 0.0  # 1 / (1 + words between it and the nearest question word)
    type_match: float = 0.0  # its entity label is one the question asks for
    unit_match: float = 0.0  # count: the number counts the asked thing
    support: float = 0.0  # log(1 + distinct stories that carry it)
    mentions: float = 0.0  # log(1 + sentences that carry it)
    date_near: float = 0.0  # exp(-|article date - question date| / 14 days); see date_nearness
    in_question: float = 0.0  # share of its words that are words of the question
    partitive: float = 0.0  # "27" in "22 of the 27 states": a total, not the count asked
    published: float = 0.0  # a "when" answer taken from the article's date line
    missing: float = 0.0  # share of the question's proper nouns its sentence lacks
    claim: float = 0.0  # cosine of "question + candidate" with its best sentence
    titled: float = 0.0  # the title it carries fits the question ("Head librarian Tomas Berg")
    kind_of: float = 0.0  # cosine of it with the noun asked for: "coffee beans" with "a crop"
    # An option: the largest share of its words (those the question lacks) one sentence
    # holds, so an option the text words otherwise ("the board denied the variances")
    # still counts for what it shares.
    worded: float = 0.0

    @classmethod
    def names(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    def vector(self) -> np.ndarray:
        return np.array(astuple(self), dtype=np.float64)


def features(x: np.ndarray) -> np.ndarray:
    """The scorer's input from the Evidence vectors of one question's candidates (a row
    each): the evidence, then its gap to the best value among the question's candidates,
    so a candidate is judged against its rivals, not only on its own."""
    x = np.asarray(x, dtype=np.float64).reshape(-1, len(Evidence.names()))
    return np.hstack([x, x - x.max(axis=0)]) if len(x) else np.zeros((0, 2 * x.shape[1]))


def feature_names() -> list[str]:
    return Evidence.names() + [f"gap_{n}" for n in Evidence.names()]


@dataclass(frozen=True)
class Fit:
    """One logistic regression over `features` and the probability it must reach for a
    candidate to be shown."""

    weights: np.ndarray
    bias: float
    threshold: float

    @classmethod
    def read(cls, fitted: dict) -> Fit:
        return cls(
            np.array([fitted["weights"].get(n, 0.0) for n in feature_names()]),
            fitted["bias"],
            fitted["threshold"],
        )

    def __call__(self, x: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-(x @ self.weights + self.bias)))


@dataclass(frozen=True)
class Scorer:
    """The probability that a candidate is right: the quiz fit's, or the chat fit's where
    that is the surer, set on the quiz fit's scale so that both thresholds meet. The quiz
    fit (eval/fit.py) knows the long "this week" questions; the chat fit (eval/fit_chat.py)
    knows what people type, on five times as many questions, but alone it refused quiz
    questions the quiz fit answers (docs/EVAL.md, thirty-seventh pass)."""

    fit: Fit
    chat: Fit | None = None  # open questions only
    # The weight of the language model's say (choices.informed) beside these log-odds;
    # fitted for multiple choice only (eval/fit_model.py), 0 elsewhere.
    model_weight: float = 0.0

    @property
    def threshold(self) -> float:  # candidates scoring below it are not shown
        return self.fit.threshold

    @classmethod
    def load(cls, mode: str, path: Path = WEIGHTS) -> Scorer:
        fitted = json.loads(path.read_text())[mode]
        chat = Fit.read(fitted["chat"]) if "chat" in fitted else None
        return cls(Fit.read(fitted), chat, fitted.get("model_weight", 0.0))

    def __call__(self, evidence: list[Evidence]) -> np.ndarray:
        return self.probability(features(np.array([e.vector() for e in evidence])))

    def probability(self, x: np.ndarray) -> np.ndarray:
        """The probabilities for rows of `features`."""
        p = self.fit(x)
        if self.chat is None:
            return p
        return np.maximum(p, self.chat(x) * self.fit.threshold / self.chat.threshold)


def rank(candidates: list[Candidate], scorer: Scorer) -> list[Candidate]:
    for c, p in zip(candidates, scorer([c.evidence for c in candidates])):
        c.score = float(p)
    return sorted(candidates, key=lambda c: -c.score)
