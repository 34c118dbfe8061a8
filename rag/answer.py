"""NewsQA: question in, cited answer out. The one entry point the CLI, the chat page and
the evaluation scripts share.

Steps: retrieve chunks (retrieve.py); pick the few sentences closest to the question,
preferring ones that hold the kind of answer asked for (expect.py); ask the model for a
short answer, constrained by a grammar to a span of those sentences (grammar.py,
generate.py); then check the span against the question. What is shown is decided here,
not by the model: a span that does not touch the question's subject, or a question no
retrieved sentence can answer, gives a refusal. Citations are chosen by the system, so
each quote is a verbatim sentence of a retrieved article.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .chunk import sentences
from .embed import Embedder
from .errors import InputError
from .expect import MONTHS, Expect, can_start, content_words, expect, tokens
from .generate import BUNDLED, Generator, Stats, resolve_model
from .grammar import literal_grammar, span_grammar, words
from .index import Index
from .ingest import IngestReport, ingest, signature
from .retrieve import Filters, Retriever
from .settings import Settings
from .types import Answer, Article, Citation, Hit, Piece, Timings

REFUSAL = "The news corpus does not say."
NOT_FOUND = "not in the text"
LEXICAL_WEIGHT = 0.5


@dataclass(frozen=True)
class CorpusStats:
    articles: int
    chunks: int
    first_date: str | None
    last_date: str | None
    sources: Counter


@dataclass(frozen=True)
class Sentence:
    hit: Hit
    start: int
    end: int
    similarity: float

    @property
    def text(self) -> str:
        return self.hit.article.text[self.start : self.end]


def spelled_date(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{MONTHS[int(month) - 1].capitalize()} {int(day)}, {year}"


class NewsQA:
    def __init__(self, settings: Settings, index: Index, embedder: Embedder):
        self.settings = settings
        self.index = index
        self.embedder = embedder
        self.retriever = Retriever(index, embedder, settings.retrieval)
        if settings.model not in BUNDLED:
            resolve_model(settings.model)  # a mistyped path fails now, not at the first answer
        self._generator: Generator | None = None
        self._lock = threading.Lock()  # one llama context: one generation at a time

    @classmethod
    def open(cls, settings: Settings | None = None, sync_corpus: bool | None = None) -> NewsQA:
        """Open the index; the default index is first brought up to date with corpus/.

        sync_corpus=None syncs only when the index is the default one, so an index built
        from other files is never mixed with the bundled corpus.
        """
        settings = settings or Settings.from_env()
        if sync_corpus is None:
            sync_corpus = settings.index_dir == Settings().index_dir
        embedder = Embedder(settings.embed_model)
        if sync_corpus and Path(settings.corpus_dir).is_dir():
            ingest([settings.corpus_dir], settings, embedder)
        index = Index.open(settings.index_dir, signature(settings, embedder))
        return cls(settings, index, embedder)

    @property
    def generator(self) -> Generator:
        """The language model, loaded on first use and then reused."""
        if self._generator is None:
            self._generator = Generator(self.settings.model, self.settings.n_ctx, self.settings.threads)
        return self._generator

    def add(self, paths: list[str | Path], progress=None) -> IngestReport:
        """Ingest more files into this index; they are searchable as soon as this returns.
        `progress(done, total)` is called as chunks are embedded."""
        with self._lock:
            report = ingest(paths, self.settings, self.embedder, progress=progress)
            self.index = Index.open(self.settings.index_dir, signature(self.settings, self.embedder))
            self.retriever = Retriever(self.index, self.embedder, self.settings.retrieval)
        return report

    def stats(self) -> CorpusStats:
        articles = list(self.index.articles.values())
        dates = sorted(a.published for a in articles if a.published)
        sources = Counter(a.source or "unknown" for a in articles)
        return CorpusStats(
            len(articles),
            len(self.index.chunks),
            dates[0] if dates else None,
            dates[-1] if dates else None,
            sources,
        )

    def find_articles(self, query: str, n: int = 10) -> list[Article]:
        """Articles matching `query`, best first (the same retrieval answers use)."""
        found: dict[str, Article] = {}
        for hit in self.retriever.search(query, n * 3) if query.strip() else []:
            found.setdefault(hit.article.id, hit.article)
        return list(found.values())[:n]

    def ask(self, question: str, **options) -> Answer:
        """The whole answer at once. Options as for stream()."""
        for piece in self.stream(question, **options):
            if piece.answer is not None:
                return piece.answer
        raise AssertionError("stream() always ends with an Answer")

    def stream(
        self,
        question: str,
        k: int | None = None,
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
        choices: list[str] | None = None,
    ) -> Iterator[Piece]:
        """Text pieces as the model writes them; the last Piece carries the checked Answer.

        The last Answer's text may differ from the streamed text: when the check fails it is
        a refusal. `choices` makes the model name one of the given options.
        """
        started = time.perf_counter()
        question = self.check_question(question)
        filters = Filters.parse(since, until, source)
        hits = self.retriever.search(question, k or self.settings.top_k, filters)
        wanted = Expect() if choices else expect(question)
        context, starts = self.pick_sentences(question, hits, wanted)
        timings = Timings(retrieval_ms=(time.perf_counter() - started) * 1000)
        answer = Answer(question, REFUSAL, True, retrieved=hits, timings=timings)
        if context and (choices or context[0].similarity >= self.settings.min_relevance):
            if choices:
                grammar = literal_grammar(mentioned(choices, hits) or choices)
            else:
                dates = (
                    [d for s in context if (d := s.hit.article.published)] if wanted.kind == "date" else []
                )
                alternatives = [NOT_FOUND, *dict.fromkeys(dates + [spelled_date(d) for d in dates])]
                grammar = span_grammar([s.text for s in context], alternatives, starts)
            answer.model = self.generator.name
            stats = Stats()
            with self._lock:
                for text in self.generator.stream(
                    build_prompt(question, context, choices),
                    self.settings.max_answer_tokens,
                    ["\n"],
                    stats,
                    grammar,
                ):
                    answer.raw += text
                    yield Piece(text)
            timings.prompt_ms, timings.generation_ms = stats.prompt_ms, stats.generation_ms
            timings.generated_tokens = stats.tokens
            self.check_answer(answer, context, choices, wanted)
        timings.total_ms = (time.perf_counter() - started) * 1000
        yield Piece("", answer)

    def check_question(self, question: str) -> str:
        question = " ".join((question or "").split())
        if not question:
            raise InputError("the question is empty; type a question about the news corpus")
        if len(question) > self.settings.max_question_chars:
            raise InputError(
                f"the question is {len(question)} characters long; keep it under "
                f"{self.settings.max_question_chars} (ask about one thing at a time)"
            )
        return question

    def pick_sentences(
        self, question: str, hits: list[Hit], wanted: Expect
    ) -> tuple[list[Sentence], list[set[int]]]:
        """The retrieved sentences closest to the question that can hold the kind of answer
        wanted, most similar first, with the word positions an answer may start at."""
        candidates = []
        seen = set()
        for hit in hits:
            for start, end in sentences(hit.article.text, hit.chunk.start, hit.chunk.end):
                text = hit.article.text[start:end]
                ws = words(text)
                starts = {j for j in range(len(ws)) if can_start(wanted, ws, j)}
                if (hit.article.id, start) not in seen and (starts or wanted.kind == "date"):
                    seen.add((hit.article.id, start))
                    candidates.append((hit, start, end, starts))
        if not candidates:
            return [], []
        texts = [h.article.text[a:b] for h, a, b, _ in candidates]
        vectors = self.embedder.encode([question, *texts])
        similarity = vectors[1:] @ vectors[0]
        # Shared words matter as much as meaning: a sentence that names what the question
        # names is the likelier home of its answer.
        asked = content_words(question)
        overlap = np.array([len(asked & content_words(t)) / max(1, len(asked)) for t in texts])
        score = similarity + LEXICAL_WEIGHT * overlap
        best = np.argsort(-score)[: self.settings.context_sentences]
        # A clear winner is given alone: a small model strays to whatever else it is shown.
        best = [i for i in best if score[i] >= score[best[0]] - self.settings.sentence_margin]
        chosen = [candidates[i] for i in best]
        return (
            [Sentence(h, a, b, float(similarity[i])) for (h, a, b, _), i in zip(chosen, best)],
            [starts for *_, starts in chosen],
        )

    def check_answer(
        self, answer: Answer, context: list[Sentence], choices: list[str] | None, wanted: Expect
    ) -> None:
        """Show the model's answer only if a retrieved sentence holds it and speaks of what
        the question asks about; cite that sentence.

        With `choices` the answer is the option the model named; it is cited where a
        retrieved sentence carries the option's words, and shown uncited otherwise.
        """
        text = answer.raw.strip().rstrip(" ,;:")
        if not text or text == NOT_FOUND:
            return
        asked = content_words(answer.question)
        said = content_words(text)
        if not choices and not said - asked:
            return  # the answer only repeats the question
        source = supporting_sentence(text, asked, context)
        # An answer of no particular kind (not a count, amount or date) has only the
        # sentence's closeness to the question to vouch for it, so it must be close.
        if (
            source is not None
            and wanted.kind == "any"
            and source.similarity < self.settings.min_answer_similarity
        ):
            source = None
        if source is None and not choices:
            return
        answer.refused = False
        answer.text = text
        if source is not None:
            a = source.hit.article
            answer.citations = [
                Citation(
                    1, a.id, a.title, a.published, a.source, a.url, source.text, source.start, source.end
                )
            ]
            answer.text += " [1]"


def mentioned(options: list[str], hits: list[Hit]) -> list[str]:
    """The options the retrieved chunks name. When the text names some options and not
    others, the model chooses only among those it names."""
    text = f" {' '.join(tokens(' '.join(h.chunk.text for h in hits)))} "
    return [o for o in options if tokens(o) and f" {' '.join(tokens(o))} " in text]


def supporting_sentence(text: str, asked: set[str], context: list[Sentence]) -> Sentence | None:
    """The most similar sentence that contains the answer (or, for a date, whose article has
    it) and itself shares two of the question's words (one, for a one-word question)."""
    for s in context:
        a = s.hit.article
        dated = a.published and text in (a.published, spelled_date(a.published))
        if text.lower() not in s.text.lower() and not dated:
            continue
        if len(asked & content_words(s.text)) >= min(2, len(asked)):
            return s
    return None


EXAMPLE = """Text: The council approved three new parks on Tuesday after a long debate. Mayor Ana Ruiz said work on the first park starts in May.
Question: How many parks were approved?
Answer: three new parks
Question: Who is the mayor?
Answer: Ana Ruiz
Question: When does work start?
Answer: in May
Question: What will the parks cost?
Answer: not in the text
"""


def build_prompt(question: str, context: list[Sentence], choices: list[str] | None = None) -> str:
    """One worked example, then the chosen sentences as one text, then the question."""
    dates = sorted({s.hit.article.published for s in context if s.hit.article.published})
    lines = [EXAMPLE, "Text: " + " ".join(s.text for s in context)]
    if dates:
        lines.append(f"(Published {', '.join(dates)}.)")
    lines.append(f"Question: {question}")
    if choices:
        lines.append("Options: " + "; ".join(choices))
    lines.append("Answer:")
    return "\n".join(lines)
