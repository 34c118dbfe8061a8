"""One frozen Settings object, built once (from defaults, environment and flags) and passed down."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path

from .errors import InputError

ROOT = Path(__file__).resolve().parent.parent
RETRIEVAL_MODES = ("hybrid", "dense", "bm25")
ENCODERS = ("onnx", "onnx-int8", "torch")  # runtimes rag/embed.py can run the encoder on
CHOOSERS = ("scorer", "model")  # who picks among good candidates (answer.py)
READERS = ("extractive", "llm")  # who writes the reply (readers/)

# Environment variables a user may set instead of flags.
ENV = {
    "index_dir": "RAG_INDEX",
    "corpus_dir": "RAG_CORPUS",
    "model": "RAG_MODEL",
    "option_model": "RAG_OPTION_MODEL",
    "embed_model": "RAG_EMBED_MODEL",
    "chooser": "RAG_CHOOSER",
    "reader": "RAG_READER",
    "encoder": "RAG_ENCODER",
    "store": "RAG_STORE",
}


@dataclass(frozen=True)
class Settings:
    index_dir: Path = ROOT / ".index"
    corpus_dir: Path = ROOT / "corpus"
    # A GGUF path, or the name of a bundled model: "smollm2" (SmolLM2-135M-Instruct, the
    # default: it has a chat template and writes checked sentences for more questions,
    # docs/EVAL.md) or "gemma3" (Gemma 3 270M base).
    model: str = "smollm2"
    # The model that weighs multiple-choice options (choices.py): a base model scores
    # given texts better than an instruct one (SmolLM2 added nothing, docs/EVAL.md). A GGUF
    # path or a bundled name; "" leaves the options to the scorer alone.
    option_model: str = "gemma3"
    # A sentence-transformers model directory; empty means the bundled all-MiniLM-L6-v2.
    embed_model: str = ""
    # The encoder's runtime: "onnx" (fused fp32, faster; falls back to torch where it
    # cannot run), "onnx-int8" (faster still, answers differ a little) or "torch".
    encoder: str = "onnx"
    # Where vector and word search run: "faiss" (in this process), a milvus-lite file
    # ("milvus.db", relative to the index folder), or a Milvus server ("milvus://host:19530").
    store: str = "faiss"
    chunk_chars: int = 700
    chunk_overlap: int = 1  # sentences shared by neighbouring chunks
    retrieval: str = "hybrid"
    top_k: int = 5
    # Sentences of the retrieved chunks, closest to the question first, that answer
    # candidates are taken from.
    context_sentences: int = 15
    # At most this many sentences (those sharing most words with the question) are embedded.
    encoded_sentences: int = 24
    # Who picks among the well-scored candidates: "scorer" (the fitted evidence scorer's
    # best) or "model" (the language model, among the best three).
    chooser: str = "scorer"
    # Who writes the reply: "extractive" (the articles' own sentences) or "llm" (the
    # model writes from them; every sentence it writes is checked before it is shown).
    reader: str = "extractive"
    max_answer_tokens: int = 40
    max_reply_tokens: int = 120
    n_ctx: int = 2048
    threads: int = max(1, min(4, os.cpu_count() or 1))
    max_question_chars: int = 1000
    max_file_mb: float = 20.0

    def __post_init__(self):
        for name in ("index_dir", "corpus_dir"):
            object.__setattr__(self, name, Path(getattr(self, name)).expanduser())
        if self.retrieval not in RETRIEVAL_MODES:
            raise InputError(f"retrieval must be one of {', '.join(RETRIEVAL_MODES)}, not {self.retrieval!r}")
        from .store import describe

        describe(self.store)
        if self.encoder not in ENCODERS:
            raise InputError(f"encoder must be onnx, onnx-int8 or torch, not {self.encoder!r}")
        if self.chooser not in CHOOSERS:
            raise InputError(f"chooser must be scorer or model, not {self.chooser!r}")
        if self.reader not in READERS:
            raise InputError(f"reader must be extractive or llm, not {self.reader!r}")
        if self.top_k < 1:
            raise InputError(f"top_k must be at least 1, not {self.top_k}")

    @classmethod
    def from_env(cls, **overrides) -> Settings:
        """Defaults, then RAG_* environment variables, then explicit overrides (None is ignored)."""
        values: dict = {}
        for name, var in ENV.items():
            if os.environ.get(var):
                values[name] = os.environ[var]
        values.update({k: v for k, v in overrides.items() if v is not None})
        unknown = set(values) - {f.name for f in fields(cls)}
        if unknown:
            raise InputError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        return cls(**values)
