"""Where the two searches behind retrieval run: one small interface, one class per backend,
chosen in `open_store`.

  faiss   (the default) FAISS for vectors and bm25s for words, in this process, built
          from the index when first searched (store/faiss.py).
  milvus  a Milvus collection holding each chunk's vector and text, with Milvus's own BM25
          function for the words (store/milvus.py): a milvus-lite file on this machine, or
          a Milvus server or cluster given its URI. The collection follows the index: it
          is brought up to date when the store is opened.

Either way the index folder stays the record of articles and chunks, and the encoder and
the language model run here. A store answers with row numbers into `index.chunks`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

import numpy as np

from ..errors import InputError
from ..index import Index
from ..types import Chunk


class Store(Protocol):
    def dense(self, vector: np.ndarray, k: int, allowed: np.ndarray | None) -> list[tuple[int, float]]:
        """(row, cosine) of the k chunks nearest to `vector`, best first; `allowed` is a
        boolean mask over rows, or None for all."""
        ...

    def lexical(self, query: str, k: int, allowed: np.ndarray | None) -> list[tuple[int, float]]:
        """(row, BM25 score) of the k chunks best matching the query's words, best first;
        only chunks sharing a word with it."""
        ...

    def warm(self) -> None:
        """Build or connect now rather than at the first question."""
        ...


def searched_text(index: Index, chunk: Chunk) -> str:
    """What the word search sees of a chunk: its article's title, then its text."""
    return f"{index.articles[chunk.article_id].title} {chunk.text}"


def describe(store: str) -> str:
    """The store setting checked: "faiss", a Milvus URI, or a milvus-lite file (.db)."""
    if store == "faiss" or store.startswith(("milvus://", "http://", "https://")) or store.endswith(".db"):
        return store
    raise InputError(
        f"store: {store!r} is not a store; use faiss, a milvus-lite file ending in .db, "
        "or a Milvus server as milvus://host:19530"
    )


def open_store(store: str, index: Index, index_dir: Path) -> Store:
    """The store named by the setting, over `index` (a relative .db file sits in index_dir)."""
    if describe(store) == "faiss":
        from .faiss import FaissStore

        return FaissStore(index)
    from .milvus import MilvusStore

    uri = store.replace("milvus://", "http://", 1)
    if uri.endswith(".db") and not Path(uri).is_absolute():
        uri = str(Path(index_dir) / uri)
    return MilvusStore(index, uri)
