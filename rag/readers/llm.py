"""The llm reader: the configured GGUF writes the reply from the draft's cited sentences,
numbered, and puts [n] after each sentence it writes. Each sentence is checked against
the sentences it cites (verify.check) as soon as it is complete, and shown only if it
passes. When none passes, or the reply leaves out an answer the draft found (a factoid's
short answer, a list's items), the draft is shown instead and the reading says so.

The prompt is a conversation with two worked examples as earlier turns: a chat-tuned
model gets it through its own chat template, a base model as one text it continues.
Refusals and the overview are never sent to the model: they state nothing an article
says; nor is a yes/no verdict, which stands on its sentence's exact words. A sentence the
model follows with the wrong source number is shown with the one source that supports it.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Generator as Stream
from dataclasses import replace
from itertools import chain

from ..generate import Generator, Stats
from ..text import STOPWORDS, normalize, numbers
from ..types import Citation, Dropped
from . import verify
from .base import Draft, Reading
from .extractive import Extractive

INSTRUCTIONS = (
    "Answer the question from the numbered sources only. Copy their facts exactly. "
    "After each sentence, put the number of the source it comes from, like [1]."
)
# Two worked examples, given as earlier turns of the conversation.
EXAMPLES = [
    (
        ["The Lakeside bridge cost $40 million and took three years to build, city officials said."],
        "how much did the bridge cost",
        "The Lakeside bridge cost $40 million. [1]",
    ),
    (
        [
            "Storms cut power to 20,000 homes in Ohio on Tuesday, the utility said.",
            "Crews expect to restore power by Thursday.",
        ],
        "tell me about the storms in ohio",
        "Storms cut power to 20,000 homes in Ohio on Tuesday. [1] Crews expect to restore power by Thursday. [2]",
    ),
]
# A base model goes on to write the next example; a line break ends the answer.
STOP = ["\n\n", "\n[", "\nQuestion:", "\nSources:"]
MARKS = re.compile(r"(?:\s*\[\d+\])+")


def ask(question: str, sources: list[str]) -> str:
    """One question turn: the numbered sources, then the question."""
    lines = [f"{' '.join(text.split())} [{n}]" for n, text in enumerate(sources, 1)]
    return "Sources:\n" + "\n".join(lines) + f"\nQuestion: {question}"


def prompt(question: str, sources: list[Citation]) -> list[dict[str, str]]:
    """The conversation the model continues: instructions, the worked examples, the question."""
    turns = [{"role": "system", "content": INSTRUCTIONS}]
    for example_sources, example_question, answer in EXAMPLES:
        turns.append({"role": "user", "content": ask(example_question, example_sources)})
        turns.append({"role": "assistant", "content": answer})
    return turns + [{"role": "user", "content": ask(question, [c.quote for c in sources])}]


def plain(turns: list[dict[str, str]]) -> str:
    """The conversation as one text, for a model without a chat template."""
    parts = [turns[0]["content"] + "\n"]
    for turn in turns[1:]:
        parts.append(turn["content"] if turn["role"] == "user" else f"Answer: {turn['content']}\n")
    return "\n".join(parts) + "\nAnswer:"


def sentences(pieces: Iterable[str]) -> Iterator[tuple[str, tuple[int, ...]]]:
    """The written text as (sentence, the source numbers after it), each as soon as its
    markers are complete; text left without markers comes last with no numbers."""
    buffer = ""
    for piece in chain(pieces, [None]):  # None: the end, where every marker is complete
        buffer += piece or ""
        while (m := MARKS.search(buffer)) and (
            piece is None or buffer[m.end() :].lstrip()[:1] not in ("", "[")
        ):
            yield buffer[: m.start()].strip(), tuple(int(n) for n in re.findall(r"\d+", m.group()))
            buffer = buffer[m.end() :]
    if buffer.strip():
        yield buffer.strip(), ()


def states(written: str, short: str) -> bool:
    """Whether the written reply states a short answer ("" states nothing to check)."""
    said = set(normalize(written).split()) | {f"{v:g}" for v in numbers(written, small=True)}
    wanted = set(normalize(short).split()) | {f"{v:g}" for v in numbers(short, small=True)}
    return not (wanted - STOPWORDS) or any(w in said for w in wanted - STOPWORDS)


def dropped(sentence: str, cites: tuple[int, ...], reason: str, sources: dict[int, Citation]) -> Dropped:
    marks = "".join(f"[{n}]" for n in cites)
    return Dropped(
        f"{sentence} {marks}".strip(), reason, tuple(sources[n].quote for n in cites if n in sources)
    )


class LLM:
    name = "llm"

    def __init__(self, generator: Callable[[], Generator], lock: threading.Lock, max_tokens: int):
        self.generator = generator
        self.lock = lock  # one llama context: one generation at a time
        self.max_tokens = max_tokens

    def read(self, question: str, draft: Draft, reading: Reading, stats: Stats) -> Iterator[str]:
        # A yes/no verdict rests on one sentence's own words, its "not" above all: a model
        # restating it was measured to drop the clause the verdict stands on.
        if (
            draft.refused
            or draft.kind == "overview"
            or not draft.citations
            or (draft.kind == "yesno" and draft.answers)
        ):
            yield from Extractive().read(question, draft, reading, stats)
            return
        sources = {c.n: c for c in draft.citations}
        renumbered: dict[int, int] = {}  # source number → its number in what is shown
        shown: list[str] = []
        # A small model asked about several sources mixes them; asked again about the one
        # the draft leads with, it keeps to it.
        attempts = [draft.citations, draft.citations[:1]][: 1 + (len(draft.citations) > 1)]
        with self.lock:
            generator = self.generator()
            for cited in attempts:
                shown = yield from self._attempt(
                    generator, question, cited, draft, reading, stats, renumbered
                )
                if shown:
                    break
        if not shown:
            yield from Extractive().read(question, draft, reading, stats)
            return
        reading.reader, reading.text = self.name, " ".join(shown)
        reading.citations = sorted(
            (replace(sources[old], n=new) for old, new in renumbered.items()), key=lambda c: c.n
        )

    def _attempt(
        self,
        generator: Generator,
        question: str,
        cited: list[Citation],
        draft: Draft,
        reading: Reading,
        stats: Stats,
        renumbered: dict[int, int],
    ) -> Stream[str, None, list[str]]:
        """One reply written from these sources: yields what passes as it passes, and returns
        the sentences shown. Failing sentences, and passing ones when the reply never states
        the draft's answers, go to reading.dropped."""
        sources = {c.n: c for c in cited}
        passed: list[tuple[str, tuple[int, ...]]] = []  # sentences that passed the check
        shown: list[str] = []  # of those, the ones streamed so far, renumbered
        turns = prompt(question, cited)
        written = generator.stream(turns if generator.chat else plain(turns), self.max_tokens, STOP, stats)
        for sentence, cites in sentences(self._kept(written, stats)):
            cites, reason = self.cited(sentence, cites, sources, [s for s, _ in passed])
            if reason:
                reading.dropped.append(dropped(sentence, cites, reason, sources))
                continue
            passed.append((sentence, cites))
            # Sentences wait until the reply states every answer the draft found: none is
            # taken back.
            if all(states(" ".join(s for s, _ in passed), a) for a in draft.answers):
                lines = [self._line(s, ns, renumbered) for s, ns in passed[len(shown) :]]
                yield (" " if shown else "") + " ".join(lines)
                shown += lines
        if not shown:
            reason = f"leaves out the answer, {'; '.join(draft.answers)}"
            reading.dropped += [dropped(s, ns, reason, sources) for s, ns in passed]
        return shown

    @staticmethod
    def _line(sentence: str, cites: tuple[int, ...], renumbered: dict[int, int]) -> str:
        """The sentence as shown, its sources numbered in the order the reply first cites them."""
        for n in cites:
            renumbered.setdefault(n, len(renumbered) + 1)
        return f"{sentence} {''.join(f'[{renumbered[n]}]' for n in dict.fromkeys(cites))}"

    @staticmethod
    def _kept(pieces: Iterable[str], stats: Stats) -> Iterator[str]:
        """The pieces, kept in stats.raw as they pass."""
        for piece in pieces:
            stats.raw += piece
            yield piece

    @classmethod
    def cited(
        cls, sentence: str, cites: tuple[int, ...], sources: dict[int, Citation], passed: list[str]
    ) -> tuple[tuple[int, ...], str]:
        """The sources a written sentence is shown with, and why it may not be shown ('' when
        it may). A small model often puts the wrong number after a sentence it copied from
        another source ("[1]" after source 2's words): when what it cites does not support
        it and one other source alone does, it is shown with that one, checked like any other."""
        reason = cls.fails(sentence, cites, sources, passed)
        if not reason or not cites or reason.startswith("repeats"):
            return cites, reason
        for n in sources:
            if (n,) != cites and not cls.fails(sentence, (n,), sources, passed):
                return (n,), ""
        return cites, reason

    @staticmethod
    def fails(sentence: str, cites: tuple[int, ...], sources: dict[int, Citation], passed: list[str]) -> str:
        """Why a written sentence may not be shown with these sources; '' when it may."""
        if not cites:
            return "cites nothing"
        unknown = [n for n in cites if n not in sources]
        if unknown:
            return f"cites [{unknown[0]}], which is not among the sources"
        if any(normalize(sentence) == normalize(s) for s in passed):
            return "repeats a sentence already shown"
        return verify.check(sentence, [sources[n].quote for n in cites])
