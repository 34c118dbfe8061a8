"""The extractive reader: shows the draft, the articles' own sentences, as it is."""

from __future__ import annotations

from collections.abc import Iterator

from ..generate import Stats
from .base import Draft, Reading


class Extractive:
    name = "extractive"

    def read(self, question: str, draft: Draft, reading: Reading, stats: Stats) -> Iterator[str]:
        reading.reader, reading.text, reading.citations = self.name, draft.text, draft.citations
        if not draft.refused:
            yield draft.text
