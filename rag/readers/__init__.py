"""Readers: who writes the reply a person reads, from the sentences the reply kinds chose.

- `extractive`: the reply kinds' own reply, made of the articles' sentences (replies/);
- `llm`: the configured GGUF writes the reply from those sentences, numbered, and every
  sentence it writes is checked against what it cites (verify.py) before it is shown.

One interface, `Reader.read(question, draft, reading, stats)`: it yields the text a
person sees as it comes and fills `reading` with what was shown, by whom, and what was
dropped. `open_reader` is the one place a reader is chosen.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Protocol

from ..generate import Generator, Stats
from .base import Draft, Reading
from .extractive import Extractive
from .llm import LLM


class Reader(Protocol):
    name: str

    def read(self, question: str, draft: Draft, reading: Reading, stats: Stats) -> Iterator[str]: ...


def open_reader(
    name: str, generator: Callable[[], Generator], lock: threading.Lock, max_tokens: int
) -> Reader:
    """The reader called `name`; the llm reader loads the model through `generator` on first use."""
    if name == "llm":
        return LLM(generator, lock, max_tokens)
    return Extractive()


__all__ = ["Draft", "Reader", "Reading", "open_reader"]
