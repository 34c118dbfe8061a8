"""The records readers share: the extractive draft they start from and the reading they fill."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..types import Citation, Dropped


@dataclass(frozen=True)
class Draft:
    """The reply the kinds built from the articles' own sentences (replies.render)."""

    kind: str
    text: str  # with [n] markers
    citations: list[Citation]
    refused: bool
    # What a model reply must also state: a factoid's short answer, or every item of a list.
    answers: tuple[str, ...] = ()


@dataclass
class Reading:
    """What a reader showed, filled in as it streams."""

    reader: str = "extractive"  # who wrote what is shown
    text: str = ""  # the reply with [n] markers
    citations: list[Citation] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)  # model sentences that failed the check
