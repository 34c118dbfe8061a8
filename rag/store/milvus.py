"""The Milvus store: one collection holding each chunk's vector and text, searched with
the vector (inner product) and with Milvus's built-in BM25 function on the text.

The same code serves milvus-lite (a local file, MilvusClient("path.db")) and a Milvus
server or cluster (MilvusClient("http://host:19530")). The index folder stays the record
of articles and chunks: opening the store makes the collection match it, inserting the
chunks it lacks and deleting those the index no longer has. A chunk's key carries its
article's content hash, so a changed article's old chunks go and its new ones come.
Milvus's analyzer cuts the words for BM25 (not rag/text.py), so scores differ a little
from the FAISS store's bm25s.
"""

from __future__ import annotations

import json
import logging
import threading

import numpy as np

from ..errors import RagError, require
from ..index import Index
from . import searched_text

COLLECTION = "news_rag_chunks"
BATCH = 1000  # rows per insert
MAX_TEXT = 16_000  # characters kept of a chunk's text (Milvus needs a VARCHAR bound)
MAX_IN_FILTER = 2000  # article ids named in one filter; a wider filter is applied after


class MilvusStore:
    def __init__(self, index: Index, uri: str, collection: str = COLLECTION):
        pymilvus = require("pymilvus", "pymilvus milvus-lite")
        # milvus-lite has no server clock: pymilvus warns on every query that it used its own.
        logging.getLogger("pymilvus").setLevel(logging.ERROR)
        self.index = index
        self.collection = collection
        try:
            self.client = pymilvus.MilvusClient(uri)
        except Exception as exc:  # pymilvus raises its own and grpc's errors
            raise RagError(f"cannot open the Milvus store {uri} ({exc}); check the URI or the file") from exc
        self.keys = [_key(c, index.hashes.get(c.article_id, "")) for c in index.chunks]
        self.rows = {k: i for i, k in enumerate(self.keys)}
        self._lock = threading.Lock()  # one milvus-lite connection: one call at a time
        self._create(pymilvus, index.signature.dim)
        self.sync()

    def _create(self, pymilvus, dim: int) -> None:
        if self.client.has_collection(self.collection):
            return
        DataType = pymilvus.DataType
        schema = self.client.create_schema(auto_id=False)
        schema.add_field("key", DataType.VARCHAR, is_primary=True, max_length=256)
        schema.add_field("article_id", DataType.VARCHAR, max_length=256)
        schema.add_field("text", DataType.VARCHAR, max_length=MAX_TEXT * 4, enable_analyzer=True)
        schema.add_field("vector", DataType.FLOAT_VECTOR, dim=dim)
        schema.add_field("words", DataType.SPARSE_FLOAT_VECTOR)
        schema.add_function(
            pymilvus.Function(
                name="bm25",
                function_type=pymilvus.FunctionType.BM25,
                input_field_names=["text"],
                output_field_names=["words"],
            )
        )
        indexes = self.client.prepare_index_params()
        indexes.add_index("vector", index_type="AUTOINDEX", metric_type="IP")
        indexes.add_index("words", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25")
        self.client.create_collection(self.collection, schema=schema, index_params=indexes)

    def sync(self) -> tuple[int, int]:
        """Make the collection hold exactly the index's chunks. Returns (inserted, deleted)."""
        stored = set()
        iterator = self.client.query_iterator(self.collection, batch_size=BATCH, output_fields=["key"])
        while page := iterator.next():
            stored.update(row["key"] for row in page)
        iterator.close()
        stale = sorted(stored - self.rows.keys())
        for start in range(0, len(stale), BATCH):
            self.client.delete(self.collection, ids=stale[start : start + BATCH])
        missing = [i for i, k in enumerate(self.keys) if k not in stored]
        chunks = self.index.chunks
        for start in range(0, len(missing), BATCH):
            self.client.insert(
                self.collection,
                [
                    {
                        "key": self.keys[i],
                        "article_id": chunks[i].article_id,
                        "text": searched_text(self.index, chunks[i])[:MAX_TEXT],
                        "vector": self.index.vectors[i].tolist(),
                    }
                    for i in missing[start : start + BATCH]
                ],
            )
        if stale or missing:
            self.client.flush(self.collection)
        self.client.load_collection(self.collection)
        return len(missing), len(stale)

    def warm(self) -> None:
        self.dense(np.zeros(self.index.signature.dim, dtype=np.float32), 1, None)

    def dense(self, vector: np.ndarray, k: int, allowed: np.ndarray | None) -> list[tuple[int, float]]:
        return self._search([vector.astype(np.float32).tolist()], "vector", {"metric_type": "IP"}, k, allowed)

    def lexical(self, query: str, k: int, allowed: np.ndarray | None) -> list[tuple[int, float]]:
        if not query.strip():
            return []
        # BM25 "distances" come back negated from milvus-lite: the magnitude is the score.
        found = self._search([query], "words", {"metric_type": "BM25"}, k, allowed)
        return [(row, abs(score)) for row, score in found if score]

    def _search(self, data, field: str, params: dict, k: int, allowed) -> list[tuple[int, float]]:
        if not self.keys:
            return []
        where, limit = "", k
        if allowed is not None:
            ids = sorted({self.index.chunks[i].article_id for i in np.flatnonzero(allowed)})
            if len(ids) <= MAX_IN_FILTER:
                where = f"article_id in {json.dumps(ids)}"
            else:
                limit = min(16_384, k * 4)
        with self._lock:
            result = self.client.search(
                self.collection,
                data=data,
                anns_field=field,
                search_params=params,
                limit=limit,
                filter=where,
                output_fields=["key"],
            )
        found = []
        for hit in result[0]:
            row = self.rows.get(hit["entity"]["key"])
            if row is not None and (allowed is None or allowed[row]):
                found.append((row, float(hit["distance"])))
        return found[:k]


def _key(chunk, content_hash: str) -> str:
    return f"{chunk.id}@{content_hash}"
