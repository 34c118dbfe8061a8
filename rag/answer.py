"""NewsQA: question in, checked and cited reply out. The one entry point the CLI, the
chat page, the HTTP API and the evaluation scripts share. Orchestration only; the rules
live in the stages it calls:

1. question.py reads what the question asks for: the kind of reply (factoid, list,
   yes/no, describe, summary, overview) and, for factoids, the type of answer;
2. retrieve.py finds chunks, preferring articles published near the question's date,
   and for story replies (describe, summary, yes/no) each found article's lead too;
   headings.py and further.py add the paragraphs and sentences of those articles that
   answer past the matched chunks (an explainer's own subheads, a speaker's words, what a
   refused factoid asks about);
3. evidence.py scores the chunks' sentences against the question;
4. replies/ builds the reply of the question's kind from those sentences: the articles'
   own sentences, cited; a factoid's short answer comes from candidates.py's fitted
   scorer. With `choices`, the answer is the option the evidence favours;
5. readers/ shows it: as it is (extractive), or rewritten by the language model from
   those sentences, every model sentence checked against what it cites (llm).

With Settings.chooser="model" the language model picks among the best factoid
candidates, held by a grammar to their names (it measured worse, docs/EVAL.md).
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .bearing import CURRENT_DAYS, kin_words, recent
from .candidates import Candidate, options, resolve_date, weigh_by_meaning
from .choices import choose, informed
from .embed import Encoder, open_encoder
from .errors import InputError
from .evidence import gather
from .further import aged, asking, spoken
from .generate import BUNDLED, Generator, Stats, resolve_model
from .grammar import literal_grammar
from .headings import answers, timely_articles
from .index import Index
from .ingest import IngestReport, ingest, signature
from .names import asked_share, named_in, named_words
from .question import Question, analyse, defined
from .readers import Draft, Reading, open_reader
from .records import parse_date
from .replies import REPLIES, Context, Reply, factoid, render
from .retrieve import Filters, Retriever, leads, whole
from .scorer import Scorer, rank
from .sentences import Sentence
from .settings import READERS, Settings
from .shown import settle, supported
from .store import open_store
from .text import clean, nlp
from .types import Answer, Article, Hit, Piece, Timings
from .untrusted import Planted, planted_spans
from .when import to_the_day

OPTION_HITS = 2  # extra chunks retrieved for each multiple-choice option
# Replies that tell a story read each retrieved article's lead besides the chunk that
# matched: "More than 75,000 Kaiser Permanente health care workers … demanding better pay
# and more robust staffing plan a three-day strike" opens the story that answers "why are
# kaiser workers striking". A factoid keeps to the matching chunks: a lead's other names
# and numbers outscored right answers there (docs/EVAL.md).
READ_WITH_LEADS = ("describe", "summary", "yesno")
# Articles read whole when the found chunks answer no typed factoid (`NewsQA.evidence`).
WHOLE = 1
YESNO_WHOLE = 1
MODEL_CHOICES = 3  # with chooser="model", the model picks among this many best candidates


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
        for name in (settings.model, settings.option_model):
            if name and name not in BUNDLED:
                resolve_model(name)  # a mistyped path fails now, not at the first answer
        self._generator: Generator | None = None
        self._option_generator: Generator | None = None
        self._lock = threading.Lock()  # one llama context: one generation at a time
        self.readers = {
            name: open_reader(name, lambda: self.generator, self._lock, settings.max_reply_tokens)
            for name in READERS
        }

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

    @property
    def option_generator(self) -> Generator:
        """The model that weighs multiple-choice options, loaded on first use."""
        if self.settings.option_model == self.settings.model:
            return self.generator
        if self._option_generator is None:
            self._option_generator = Generator(
                self.settings.option_model, self.settings.n_ctx, self.settings.threads
            )
        return self._option_generator

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

    def newest_date(self) -> date | None:
        newest = max((a.published for a in self.index.articles.values() if a.published), default=None)
        return date.fromisoformat(newest) if newest else None

    def set_aside(self) -> list[tuple[Article, Planted]]:
        """The indexed articles' planted sentences (and what they govern), never evidence."""
        return [(a, p) for a in self.index.articles.values() for p in planted_spans(a)]

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
        reader: str | None = None,
    ) -> Iterator[Piece]:
        """Text pieces of the answer; the last Piece carries the checked Answer.

        `choices` makes the answer one of the given options. `as_of` is the question's
        date (ISO or a date): retrieval prefers articles published near it, and "this
        week" or "on Tuesday" in the question are read against it. `articles` limits the
        search to those article ids. `reader` ("extractive" or "llm") overrides
        Settings.reader for this question.
        """
        started = time.perf_counter()
        question = self.check_question(question)
        if reader is not None and reader not in self.readers:
            raise InputError(f"reader must be one of {', '.join(READERS)}, not {reader!r}")
        day = question_date(as_of)
        if day is None and analyse(question).relative:
            # "this year", "latest": the corpus's now is its newest article's date.
            day = self.newest_date()
        timings = Timings()
        filters = Filters.parse(since, until, source, articles)
        near = focus_date(analyse(question), day)
        searched = self.search(analyse(question).text, k, filters, near, choices)
        asked, hits, found = self.evidence(question, near, filters, k, choices, searched=searched)
        timings.retrieval_ms = (time.perf_counter() - started) * 1000
        scorer = self.choice_scorer if choices else self.open_scorer
        # A typed factoid the found chunks do not answer is looked for again (below), as is
        # a list astray (replies.listing).
        again = (
            asked.kind == "factoid"
            and asked.answer_type != "phrase"
            and not choices
            and self.settings.chooser != "model"
        )
        context = Context(hits, near, scorer, self.embedder.encode, self.index, last=not again)
        model = Stats()
        if choices:
            reply = factoid.of(self.pick_option(asked, found, choices, context, model))
        elif asked.kind == "factoid" and self.settings.chooser == "model":
            reply = self.model_factoid(asked, found, context, model)
        else:
            reply = REPLIES[asked.kind](asked, found, context)
            if ((reply.refused or reply.astray) and again) or (reply.astray and asked.kind == "list"):
                # News states who, when and how many first: a typed factoid the found chunks
                # do not answer, or answer only from sentences that name none of its names,
                # is looked for again with the leads of their articles (not a "what" phrase,
                # which no type holds to what is asked: "Kenya" is not what was served at
                # the state banquet in Nairobi). An answer astray stands if that finds none better.
                asked2, more, found2 = self.evidence(
                    question, near, filters, k, None, read_leads=True, searched=searched
                )
                context2 = Context(more, near, scorer, self.embedder.encode, self.index)
                second = REPLIES[asked2.kind](asked2, found2, context2)
                if reply.refused or not (second.refused or second.astray):
                    asked, reply, hits = asked2, second, more
        text, citations, claims = render(reply)
        reading = Reading()
        # What a model reply must also state: a factoid's short answer, a list's items, a
        # yes/no verdict (which the llm reader leaves to the sentence that states it).
        answers = {
            "factoid": (reply.short,),
            "list": tuple(q.lead for q in reply.quotes),
            "yesno": (reply.short,),
        }.get(asked.kind, ())
        draft = Draft(asked.kind, text, citations, reply.refused, tuple(a for a in answers if a))
        for piece in self.readers[reader or self.settings.reader].read(question, draft, reading, model):
            timings.first_ms = timings.first_ms or (time.perf_counter() - started) * 1000
            yield Piece(piece)
        timings.prompt_ms, timings.generation_ms = model.prompt_ms, model.generation_ms
        timings.generated_tokens = model.tokens
        timings.total_ms = (time.perf_counter() - started) * 1000
        yield Piece(
            "",
            Answer(
                question,
                reply.short or text,
                reply.refused,
                citations=reading.citations,
                claims=claims if reading.reader == "extractive" else [],
                retrieved=hits,
                timings=timings,
                model=self.generator.name if model.tokens else "",
                raw=model.raw,
                as_of=day.isoformat() if day else None,
                confidence=reply.confidence,
                kind=asked.kind,
                reply=reading.text,
                reader=reading.reader,
                dropped=reading.dropped,
            ),
        )

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

    def evidence(
        self,
        question: str,
        near: date | None,
        filters: Filters,
        k: int | None = None,
        choices: list[str] | None = None,
        read_leads: bool = False,
        searched: list[Hit] | None = None,
    ) -> tuple[Question, list[Hit], list[Sentence]]:
        """What the question asks, the chunks retrieved for it (preferring articles near the
        date it is about, `focus_date`), and their sentences scored against it, best first.
        `searched` is what `search` already found for the question (a second look with
        `read_leads` need not search again)."""
        asked = analyse(question)
        hits = list(searched) if searched is not None else self.search(asked.text, k, filters, near, choices)
        if (asked.kind in READ_WITH_LEADS or read_leads) and not choices:
            if near and not asked.time_words and not any(recent(h.article, near) for h in hits):
                # A story asked about with no time named is the day's: look among the day's
                # news too, ahead of an older story that shares its names.
                hits = self.search(asked.text, k, filters.around(near, CURRENT_DAYS), near, None) + hits
            hits += leads(hits, self.settings.chunk_chars)
        if asked.kind == "yesno" and not choices:
            hits += whole(timely_articles(hits, near, YESNO_WHOLE), YESNO_WHOLE)
        asked = kin_words(defined(named_in(asked, hits)), hits, self.embedder.encode)
        # "Who is clifton newman" is read as the one it names described (question.defined),
        # which its first look reads as a second look reads a factoid: a story titled with
        # the name tells of them past the chunks that matched ("Who is Judge Clifton Newman?").
        if (read_leads or asked.names_alone) and not choices:
            # Only a story whose title names all the question names is read whole: the
            # sentences of another ("Saudi Arabia vs Argentina" for Qatar's score) would
            # repeat its numbers until the scorer trusts them.
            titled = [
                h for h in hits if asked.names and asked_share(asked.names, named_words(h.article.title)) == 1
            ]
            # Past the chunks that matched the question's words, the sentences that hold
            # what it asks about: "The outbreak … infected 7 million turkeys" (further.py).
            hits += whole(titled, WHOLE)
            hits += asking(asked, hits, near)
        if not choices:  # options are weighed by their sentences' own closeness (eval/fit.py)
            hits += answers(asked, hits, self.embedder.encode, self.settings.chunk_chars, near)
            hits += spoken(asked, hits, near) + aged(asked, hits, near)
        found = gather(
            asked,
            hits,
            self.embedder.encode,
            self.index,
            self.settings.encoded_sentences,
            self.settings.context_sentences,
            choices,
        )
        return asked, hits, found

    def candidates(
        self,
        question: str,
        day: date | None,
        filters: Filters,
        k: int | None = None,
        choices: list[str] | None = None,
    ) -> tuple[Question, list[Hit], list[Candidate]]:
        """What the question asks, the chunks retrieved for it, and its factoid candidates
        with their evidence (the options, with `choices`), not yet ranked. eval/fit.py fits
        the scorer on exactly these."""
        near = focus_date(analyse(question), day)
        asked, hits, found = self.evidence(question, near, filters, k, choices)
        if choices:
            return asked, hits, self.offered(asked, found, choices, near)
        return asked, hits, factoid.candidates(asked, found, near, self.embedder.encode)

    def offered(
        self, asked: Question, found: list[Sentence], choices: list[str], near: date | None
    ) -> list[Candidate]:
        """The options as candidates with the evidence of the sentences found, not yet ranked."""
        offered = options(asked, choices, found, near)
        weigh_by_meaning(asked, offered, found, self.embedder.encode)
        return offered

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

    def pick_option(
        self, asked: Question, found: list[Sentence], choices: list[str], context: Context, model: Stats
    ) -> list[Candidate]:
        """The option the evidence and the option model favour (or, for "which is NOT",
        disfavour; choices.py). With chooser="model", the language model picks when no
        option appears in the retrieved text."""
        ranked = rank(self.offered(asked, found, choices, context.near), context.scorer)
        if self.settings.chooser == "model" and not any(c.sentences for c in ranked):
            return self.model_pick(asked, ranked, [], model)
        gain = None
        if self.settings.option_model and context.scorer.model_weight and len(ranked) > 1:
            with self._lock:
                gain = informed(self.option_generator.likelihood, asked.text, found, [c.text for c in ranked])
        return [choose(ranked, gain, context.scorer.model_weight, asked.negated)]

    def model_factoid(self, asked: Question, found: list[Sentence], context: Context, model: Stats) -> Reply:
        """The factoid reply, with the language model choosing among the best candidates."""
        ranked = factoid.ranked(asked, found, context)
        chosen = settle(asked, ranked, context.scorer.threshold)
        likely = [c for c in ranked if c.score >= context.scorer.threshold and supported(asked, c)]
        if len(chosen) == 1 and len(likely) > 1:
            evidence = list(dict.fromkeys(c.sentences[0] for c in likely[:MODEL_CHOICES]))
            chosen = self.model_pick(asked, likely[:MODEL_CHOICES], evidence, model) or chosen
        return factoid.of(chosen)

    def model_pick(
        self, asked: Question, ranked: list[Candidate], context: list[Sentence], model: Stats
    ) -> list[Candidate]:
        """The candidate the language model names, held to the candidates by a grammar."""
        names = list(dict.fromkeys(c.text for c in ranked))
        lines = [f"Text: {' '.join(s.text for s in context)}"] if context else []
        lines += [f"Question: {asked.text}", "Options: " + "; ".join(names), "Answer:"]
        with self._lock:
            pieces = self.generator.stream(
                "\n".join(lines), self.settings.max_answer_tokens, ["\n"], model, literal_grammar(names)
            )
            model.raw = "".join(pieces).strip()
        return [c for c in ranked if c.text == model.raw][:1]


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
        if to_the_day(key) and key != elsewhere:
            return date.fromisoformat(key)
    return day
