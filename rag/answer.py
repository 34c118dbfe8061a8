"""NewsQA: question in, checked and cited answer out. The one entry point the CLI, the
chat page and the evaluation scripts share. Orchestration only; the rules live in the
stages it calls:

1. question.py reads what the question asks for (a count of X, a person, a date …);
2. retrieve.py finds chunks, preferring articles published near the question's date;
3. the chunks' sentences are scored by closeness to the question (here);
4. candidates.py pulls typed candidates out of them and ranks them by fitted evidence;
   with `choices`, each option is a candidate;
5. the best candidate is shown only when its probability clears the calibrated
   threshold; rival counts from other stories are shown side by side; otherwise the
   answer is a refusal. The quote is the verbatim sentence that holds the candidate.

By default the fitted scorer decides (it measured better, docs/EVAL.md). With
Settings.chooser="model" the language model picks, held by a grammar to the names it is
given: among the three best candidates, or among the options when none appears in the
retrieved text.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np

from .candidates import (
    Candidate,
    Scorer,
    Sentence,
    asked_share,
    extract,
    options,
    rank,
    resolve_date,
    settle,
    supported,
    weigh_by_meaning,
)
from .chunk import sentences
from .embed import Encoder, open_encoder
from .errors import InputError
from .generate import BUNDLED, Generator, Stats, resolve_model
from .grammar import literal_grammar
from .index import Index
from .ingest import IngestReport, ingest, signature
from .load import parse_date
from .question import Question, analyse
from .retrieve import Filters, Retriever
from .settings import Settings
from .store import open_store
from .text import clean, content_words, nlp, stem
from .types import Answer, Article, Citation, Claim, Hit, Piece, Timings
from .untrusted import planted_spans

REFUSAL = "The news corpus does not say."
LEXICAL_WEIGHT = 0.5
OPTION_HITS = 2  # extra chunks retrieved for each multiple-choice option
MODEL_CHOICES = 3  # with chooser="model", the model picks among this many best candidates
# A name found in more than COMMON_SHARE of a corpus's articles ("US" in American news)
# says little about which story a sentence tells, so a sentence that lacks it may still
# support an answer (it still counts in the `missing` evidence). Judged only in a corpus
# of at least COMMON_MIN_ARTICLES, where a share of articles means something: in one
# article every name is common.
COMMON_SHARE = 0.1
COMMON_MIN_ARTICLES = 200


@dataclass(frozen=True)
class CorpusStats:
    articles: int
    chunks: int
    first_date: str | None
    last_date: str | None
    sources: Counter


class NewsQA:
    def __init__(self, settings: Settings, index: Index, embedder: Encoder):
        self.settings = settings
        self.index = index
        self.embedder = embedder
        self.retriever = Retriever(
            index, embedder, settings.retrieval, open_store(settings.store, index, settings.index_dir)
        )
        self.open_scorer = Scorer.load("open")
        self.choice_scorer = Scorer.load("choices")
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
        embedder = open_encoder(settings.embed_model, settings.encoder)
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

    def warm(self) -> None:
        """Load now what the first question would otherwise wait for: the language model,
        spaCy's parser, the store's search structures, the corpus's word counts and the
        encoder's first run. Front ends call it at start."""
        _ = self.generator
        self.retriever.store.warm()
        _ = self.index.word_articles
        self.embedder.encode(["warm up"])
        nlp()("Warm up.")

    def add(self, paths: list[str | Path], progress=None) -> IngestReport:
        """Ingest more files into this index; they are searchable as soon as this returns.
        `progress(chunks, chunks_total, articles, articles_total)` is called as chunks are embedded. Questions asked meanwhile
        are answered from the index as it was: the new one is swapped in at the end."""
        report = ingest(paths, self.settings, self.embedder, progress=progress)
        index = Index.open(self.settings.index_dir, signature(self.settings, self.embedder))
        store = open_store(self.settings.store, index, self.settings.index_dir)
        retriever = Retriever(index, self.embedder, self.settings.retrieval, store)
        _ = index.word_articles  # counted before the swap, not by the next question
        self.index, self.retriever = index, retriever
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
        as_of: str | date | None = None,
        articles: list[str] | None = None,
    ) -> Iterator[Piece]:
        """Text pieces of the answer; the last Piece carries the checked Answer.

        `choices` makes the answer one of the given options. `as_of` is the question's
        date (ISO or a date): retrieval prefers articles published near it, and "this
        week" or "on Tuesday" in the question are read against it. `articles` limits the
        search to those article ids.
        """
        started = time.perf_counter()
        question = self.check_question(question)
        day = question_date(as_of)
        timings = Timings()
        filters = Filters.parse(since, until, source, articles)
        asked, hits, found = self.candidates(question, day, filters, k, choices, timings)
        answer = Answer(question, REFUSAL, True, retrieved=hits, timings=timings)
        answer.as_of = day.isoformat() if day else None
        if choices:
            ranked = rank(found, self.choice_scorer)
            chosen = self.pick_option(asked, ranked, answer)
        else:
            ranked = rank(found, self.open_scorer)
            chosen = settle(asked, ranked, self.open_scorer.threshold)
            if len(chosen) == 1 and self.settings.chooser == "model":
                likely = [c for c in ranked if c.score >= self.open_scorer.threshold and supported(asked, c)][
                    :MODEL_CHOICES
                ]
                if len(likely) > 1:
                    evidence = list(dict.fromkeys(c.sentences[0] for c in likely))
                    chosen = self.model_pick(asked, likely, evidence, answer) or chosen
        if chosen:
            cite(answer, chosen)
            yield Piece(answer.text)
        timings.total_ms = (time.perf_counter() - started) * 1000
        yield Piece("", answer)

    def check_question(self, question: str) -> str:
        question = clean(question or "")
        if not question:
            raise InputError("the question is empty; type a question about the news corpus")
        if not any(ch.isalnum() for ch in question):
            raise InputError(f"the question {question!r} has no words; type a question about the news corpus")
        if len(question) > self.settings.max_question_chars:
            raise InputError(
                f"the question is {len(question)} characters long; keep it under "
                f"{self.settings.max_question_chars} (ask about one thing at a time)"
            )
        return question

    def candidates(
        self,
        question: str,
        day: date | None,
        filters: Filters,
        k: int | None = None,
        choices: list[str] | None = None,
        timings: Timings | None = None,
    ) -> tuple[Question, list[Hit], list[Candidate]]:
        """What the question asks, the chunks retrieved for it, and its candidates with their
        evidence (the options, with `choices`), not yet ranked. eval/fit.py fits the scorer
        on exactly these. `timings.retrieval_ms` is set once the sentences are chosen."""
        started = time.perf_counter()
        asked = analyse(question)
        near = focus_date(asked, day)
        hits = self.search(question, k, filters, near, choices)
        context = self.sentences(question, asked, hits, choices)
        if timings is not None:
            timings.retrieval_ms = (time.perf_counter() - started) * 1000
        found = options(asked, choices, context, near) if choices else extract(asked, context, near)
        weigh_by_meaning(asked, found, context, self.embedder.encode)
        return asked, hits, found

    def search(
        self, question: str, k: int | None, filters: Filters, near: date | None, choices: list[str] | None
    ) -> list[Hit]:
        """The question's chunks, and with `choices` a few more for each option."""
        retriever = self.retriever  # one index for the whole question, even if an upload swaps it
        hits = retriever.search(question, k or self.settings.top_k, filters, near)
        seen = {h.chunk.id for h in hits}
        for option in choices or []:
            for h in retriever.search(f"{question} {option}", OPTION_HITS, filters, near):
                if h.chunk.id not in seen:
                    seen.add(h.chunk.id)
                    hits.append(h)
        return hits

    def sentences(
        self, question: str, asked: Question, hits: list[Hit], choices: list[str] | None = None
    ) -> list[Sentence]:
        """The retrieved chunks' sentences, scored by meaning and shared words, best first.

        Only the sentences sharing most words with the question (or naming an option) are
        embedded: encoding is the costly step on a CPU."""
        spans = []
        seen = set()
        for rank_, hit in enumerate(hits, 1):
            # Text that tells the system what to answer is never evidence.
            set_aside = planted_spans(hit.article)
            for start, end in sentences(hit.article.text, hit.chunk.start, hit.chunk.end):
                if (hit.article.id, start) not in seen and not any(
                    p.start <= start < p.end for p in set_aside
                ):
                    seen.add((hit.article.id, start))
                    spans.append((hit, start, end, rank_))
        named = content_words(" ".join(choices or []))
        telling = telling_names(asked.names, self.index)
        relation = asked.terms - asked.names - {stem(asked.focus)}
        words = [content_words(h.article.text[a:b]) for h, a, b, _ in spans]
        overlap = [len(asked.terms & w) / max(1, len(asked.terms)) for w in words]
        lexical = [o + bool(named & w) + 0.1 / r for o, w, (*_, r) in zip(overlap, words, spans)]
        keep = sorted(np.argsort(-np.array(lexical), kind="stable")[: self.settings.encoded_sentences])
        if not keep:
            return []
        vectors = self.embedder.encode(
            [question, *(spans[i][0].article.text[spans[i][1] : spans[i][2]] for i in keep)]
        )
        relevance = vectors[1:] @ vectors[0]
        found = []
        for j, i in enumerate(keep):
            hit, start, end, rank_ = spans[i]
            names = words[i] | content_words(hit.article.title)
            missing = 1 - asked_share(asked.names, names) if asked.names else 0.0
            untold = 1 - asked_share(telling, names) if telling else 0.0
            with_title = len(asked.terms & names) / max(1, len(asked.terms))
            found.append(
                Sentence(
                    hit,
                    start,
                    end,
                    float(relevance[j]),
                    overlap[i],
                    rank_,
                    missing,
                    with_title,
                    vectors[j + 1],
                    untold,
                    not relation or bool(relation & names),
                )
            )
        found.sort(key=lambda s: -(s.relevance + LEXICAL_WEIGHT * s.overlap))
        return found[: self.settings.context_sentences]

    def pick_option(self, asked: Question, ranked: list[Candidate], answer: Answer) -> list[Candidate]:
        """The option the evidence favours (or, for "which is NOT", disfavours). With
        chooser="model", the model picks when no option appears in the retrieved text."""
        if self.settings.chooser == "scorer" or any(c.sentences for c in ranked):
            best = min(ranked, key=lambda c: c.score) if asked.negated else ranked[0]
            return [best]
        return self.model_pick(asked, ranked, [], answer)

    def model_pick(
        self, asked: Question, ranked: list[Candidate], context: list[Sentence], answer: Answer
    ) -> list[Candidate]:
        """The candidate the language model names, held to the candidates by a grammar."""
        names = list(dict.fromkeys(c.text for c in ranked))
        lines = [f"Text: {' '.join(s.text for s in context)}"] if context else []
        lines += [f"Question: {asked.text}", "Options: " + "; ".join(names), "Answer:"]
        answer.model = self.generator.name
        stats = Stats()
        with self._lock:
            pieces = self.generator.stream(
                "\n".join(lines), self.settings.max_answer_tokens, ["\n"], stats, literal_grammar(names)
            )
            answer.raw = "".join(pieces).strip()
        answer.timings.prompt_ms, answer.timings.generation_ms = stats.prompt_ms, stats.generation_ms
        answer.timings.generated_tokens = stats.tokens
        return [c for c in ranked if c.text == answer.raw][:1]


def telling_names(names: frozenset[str], index: Index) -> frozenset[str]:
    """The question's names that tell this corpus's stories apart: all of them, unless the
    corpus is large and a name is common in it."""
    n = len(index.articles)
    if n < COMMON_MIN_ARTICLES:
        return names
    return frozenset(w for w in names if index.word_articles[w] <= COMMON_SHARE * n)


def question_date(as_of: str | date | None) -> date | None:
    if as_of is None or as_of == "":
        return None
    if isinstance(as_of, date):
        return as_of
    iso = parse_date(str(as_of))
    if not iso:
        raise InputError(f"as_of: cannot read {as_of!r} as a date; use YYYY-MM-DD")
    return date.fromisoformat(iso)


def focus_date(asked: Question, day: date | None) -> date | None:
    """The date the question is about: its own relative time words ("last week", "on
    Tuesday") read against its date, or the date itself."""
    if day is None:
        return None
    for words in asked.time_words:
        _, key = resolve_date(words, day.isoformat())
        _, elsewhere = resolve_date(words, date(day.year - 2, 1, 15).isoformat())
        if len(key) == 10 and key[4] == "-" and key != elsewhere:
            return date.fromisoformat(key)
    return day


def cite(answer: Answer, chosen: list[Candidate]) -> None:
    """Fill in the answer's text, claims and citations from the chosen candidates."""
    answer.refused = False
    answer.confidence = chosen[0].score
    answer.text = " or ".join(c.text for c in chosen)
    for c in chosen:
        if not c.sentences:
            answer.claims.append(Claim(c.text, ()))
            continue
        s = c.sentences[0]
        a = s.hit.article
        n = len(answer.citations) + 1
        answer.citations.append(
            Citation(n, a.id, a.title, a.published, a.source, a.url, s.text, s.start, s.end)
        )
        answer.claims.append(Claim(c.text, (n,)))
