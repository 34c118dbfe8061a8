"""The small records that pass between pipeline stages. No behaviour lives here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

REFUSAL = "The news corpus does not say."


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    text: str
    published: str | None = None  # ISO date, YYYY-MM-DD; None when unknown
    source: str = ""
    url: str = ""
    authors: tuple[str, ...] = ()
    path: str = ""  # the file (and line, for JSONL) it was read from


@dataclass(frozen=True, slots=True)
class Chunk:
    id: str
    article_id: str
    start: int  # character offsets into Article.text
    end: int
    # The whole article text, shared with the Article, not copied: a million chunks would
    # otherwise hold a second copy of the corpus.
    source: str = field(repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.source[self.start : self.end]


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    article: Article
    score: float  # fused rank score; higher is better
    dense: float | None = None  # cosine similarity, when dense retrieval ran
    lexical: float | None = None  # BM25 score, when lexical retrieval ran
    # The chunk is what the article's own subhead asks, and that subhead asks the question
    # this closely (cosine; headings.py).
    answers: float | None = None
    # The chunk is a sentence where the speaker a "what did X say" question names speaks
    # (further.py).
    spoken: bool = False


@dataclass(frozen=True)
class Citation:
    n: int
    article_id: str
    title: str
    published: str | None
    source: str
    url: str
    quote: str  # a verbatim sentence of the article
    start: int  # offsets of the quote in Article.text
    end: int


@dataclass(frozen=True)
class Claim:
    """One answer and the citations (their `n`) that support it. An answer has two or more
    claims when well-supported sources disagree."""

    text: str
    citations: tuple[int, ...]


@dataclass(frozen=True)
class Dropped:
    """A sentence the language model wrote that failed the check, and why."""

    sentence: str  # as written, with its [n] markers
    reason: str
    quotes: tuple[str, ...] = ()  # the sentences it cites


@dataclass
class Timings:
    retrieval_ms: float = 0.0
    prompt_ms: float = 0.0
    generation_ms: float = 0.0
    total_ms: float = 0.0
    first_ms: float = 0.0  # from the question to the first text shown
    generated_tokens: int = 0


@dataclass
class Answer:
    question: str
    # the short answer of a factoid ("Ana Ruiz", "seven", "12 or 14") or a yes/no verdict;
    # for other kinds the reply; the refusal sentence when refused
    text: str
    refused: bool
    citations: list[Citation] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    retrieved: list[Hit] = field(default_factory=list)
    timings: Timings = field(default_factory=Timings)
    model: str = ""
    raw: str = ""  # what the model wrote, before the system checked it
    as_of: str | None = None  # the question's date, ISO, when one was given
    confidence: float = 0.0  # the fitted scorer's probability for the answer shown
    kind: str = "factoid"  # the reply's kind: factoid, list, yesno, describe, summary, overview
    reply: str = ""  # the whole reply a person reads, with [n] markers (the refusal when refused)
    reader: str = "extractive"  # who wrote the reply: "extractive" (the articles' sentences) or "llm"
    dropped: list[Dropped] = field(default_factory=list)  # model sentences that failed the check

    def marked(self, show: Callable[[str], str] = str) -> str:
        """The answer with [n] markers: "seven [1]", or "12 according to [1]; 14 according to [2]".
        `show` renders the answer's own words (a front end escapes them); markers stay as they are."""
        if len(self.claims) == 1:
            marks = "".join(f"[{n}]" for n in self.claims[0].citations)
            return f"{show(self.claims[0].text)} {marks}".strip()
        if self.claims:
            return "; ".join(
                f"{show(c.text)} according to {''.join(f'[{n}]' for n in c.citations)}" for c in self.claims
            )
        return show(self.text)

    def shown(self) -> str:
        """What a person reads: the whole reply with its [n] markers."""
        return self.reply or self.marked()

    def citations_json(self) -> list[dict]:
        """The citations as `rag ask --json` gives them (also the API's `citations`)."""
        return [
            {
                "n": c.n,
                "article_id": c.article_id,
                "title": c.title,
                "published": c.published,
                "source": c.source,
                "url": c.url,
                "quote": c.quote,
            }
            for c in self.citations
        ]

    def to_json(self) -> dict:
        """The `rag ask --json` shape. Other tools read these names: keep them."""
        return {
            "question": self.question,
            "answer": self.text,
            "marked": self.marked(),
            "kind": self.kind,
            "reply": self.shown(),
            "reader": self.reader,
            "refused": self.refused,
            "confidence": round(self.confidence, 4),
            "as_of": self.as_of,
            "citations": self.citations_json(),
            "retrieved": [
                {
                    "chunk_id": h.chunk.id,
                    "article_id": h.article.id,
                    "title": h.article.title,
                    "published": h.article.published,
                    "score": round(h.score, 5),
                    "dense": None if h.dense is None else round(h.dense, 4),
                    "bm25": None if h.lexical is None else round(h.lexical, 4),
                    "text": h.chunk.text,
                }
                for h in self.retrieved
            ],
            "timings": {
                "retrieval": round(self.timings.retrieval_ms, 1),
                "prompt": round(self.timings.prompt_ms, 1),
                "generation": round(self.timings.generation_ms, 1),
                "total": round(self.timings.total_ms, 1),
                "first": round(self.timings.first_ms, 1),
            },
            "model": self.model,
            "dropped": [
                {"sentence": d.sentence, "reason": d.reason, "quotes": d.quotes} for d in self.dropped
            ],
        }


@dataclass(frozen=True)
class Piece:
    """One step of a streamed answer: new text, and on the last piece the whole Answer."""

    text: str
    answer: Answer | None = None
