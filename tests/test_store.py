"""The two stores behind retrieval, through the same tests: FAISS in process, and Milvus
(a real milvus-lite file, the same client code a Milvus server gets). The seed gold set
must score the same on both."""

import shutil

import pytest

from rag import NewsQA, Settings
from rag.errors import InputError
from rag.evaluate import load_gold, metrics, run
from rag.index import Index
from rag.ingest import ingest, signature
from rag.retrieve import Filters
from rag.store.faiss import FaissStore, kept_bm25

from .conftest import ROOT, SEED_ID

STORES = ["faiss", "milvus.db"]


@pytest.fixture(scope="module", params=STORES)
def store_qa(request, corpus_dir, embedder, tmp_path_factory):
    if request.param != "faiss":
        pytest.importorskip("pymilvus")
    settings = Settings(
        index_dir=tmp_path_factory.mktemp("index"), corpus_dir=corpus_dir, store=request.param
    )
    ingest([corpus_dir], settings, embedder)
    qa = NewsQA(settings, Index.open(settings.index_dir, signature(settings, embedder)), embedder)
    yield qa
    if hasattr(qa.retriever.store, "client"):
        qa.retriever.store.client.close()


@pytest.mark.parametrize(
    "question, title",
    [
        ("How many documents were signed?", "Ayatollah Khamenei"),
        ("Who cut the ribbon at the new library?", "Riverton"),
        ("How much did the Riverton library cost?", "Riverton"),
    ],
)
def test_each_store_finds_the_article_that_answers(store_qa, question, title):
    hits = store_qa.retriever.search(question, 3)
    assert hits and hits[0].article.title.startswith(title)
    assert hits[0].dense is not None and hits[0].dense > 0
    assert all(h.lexical is None or h.lexical > 0 for h in hits)


def test_each_store_keeps_to_an_article_filter(store_qa):
    hits = store_qa.retriever.search("How many documents were signed?", 5, Filters.parse(articles=[SEED_ID]))
    assert hits and {h.article.id for h in hits} == {SEED_ID}
    assert store_qa.retriever.search("documents", 5, Filters.parse(articles=[])) == []
    assert isinstance(store_qa.retriever.search("???", 3), list)


def test_each_store_answers_with_a_citation(store_qa):
    answer = store_qa.ask("How many documents were signed?")
    assert answer.text == "seven" and answer.citations[0].article_id == SEED_ID
    assert "seven cooperation documents" in answer.citations[0].quote
    assert store_qa.ask("Who won the 2022 FIFA World Cup?").refused


@pytest.mark.model
def test_the_seed_gold_set_scores_the_same_on_milvus_as_on_faiss(corpus_dir, embedder, tmp_path):
    pytest.importorskip("pymilvus")
    questions = load_gold(ROOT / "eval" / "gold" / "seed.jsonl")
    figures = {}
    for store in STORES:
        settings = Settings(index_dir=tmp_path / "index", corpus_dir=corpus_dir, store=store)
        ingest([corpus_dir], settings, embedder)
        qa = NewsQA(settings, Index.open(settings.index_dir, signature(settings, embedder)), embedder)
        m = metrics(run(qa, questions, tmp_path / f"{store}.jsonl"))
        figures[store] = (m["answer_accuracy"], m["refusal_accuracy"], m["citation_validity"])
    assert figures["milvus.db"] == figures["faiss"], figures


def test_the_milvus_collection_follows_the_index(corpus_dir, embedder, tmp_path):
    pytest.importorskip("pymilvus")
    from rag.store.milvus import MilvusStore

    corpus = tmp_path / "corpus"
    shutil.copytree(corpus_dir, corpus)
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=corpus)
    ingest([corpus], settings, embedder)
    db = str(tmp_path / "chunks.db")
    store = MilvusStore(Index.open(settings.index_dir), db)
    riverton_chunks = sum(c.article_id != SEED_ID for c in store.index.chunks)
    store.client.close()
    riverton = next(p for p in corpus.iterdir() if "riverton" in p.name)
    riverton.write_text(riverton.read_text().replace("Riverton", "Rivertown"))
    ingest([corpus], settings, embedder)
    store = MilvusStore(Index.open(settings.index_dir), db)
    # Every Riverton chunk changed (its text did): the old ones go, the new ones come.
    assert store.sync() == (0, 0)
    keys = store.client.query(store.collection, filter='key != ""', output_fields=["key", "text"])
    assert len(keys) == len(store.index.chunks)
    assert not any("Riverton" in k["text"] for k in keys)
    assert sum("Rivertown" in k["text"] for k in keys) >= riverton_chunks
    store.client.close()


def test_a_store_that_is_not_one_is_named():
    with pytest.raises(InputError, match="store: 'redis://x' is not a store"):
        Settings(store="redis://x")
    assert Settings(store="milvus://db.example:19530").store == "milvus://db.example:19530"


def test_the_bm25_matrix_and_word_counts_are_kept_for_the_next_process(corpus_dir, embedder, tmp_path):
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=corpus_dir)
    ingest([corpus_dir], settings, embedder)
    first = Index.open(settings.index_dir)
    built = FaissStore(first)
    found = built.lexical("How many documents were signed?", 3, None)
    counts = first.word_articles
    generation = settings.index_dir / first.generation
    assert kept_bm25(first).is_dir() and first.derived("words.json").is_file()
    assert not list(generation.glob("*.tmp-*"))

    # The next process maps what the first built instead of building it again.
    second = Index.open(settings.index_dir)
    mapped = FaissStore(second)
    mapped._build_bm25 = None  # would fail if called
    assert mapped.lexical("How many documents were signed?", 3, None) == found
    assert second.word_articles == counts and counts["khamen"] == 1

    # An index changed in memory is not answered from what was kept for the one on disk.
    second.chunks = second.chunks[:-1]
    assert second.derived("words.json") != first.derived("words.json")


def test_what_cannot_be_kept_is_computed_all_the_same(corpus_dir, embedder, tmp_path):
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=corpus_dir)
    ingest([corpus_dir], settings, embedder)
    index = Index.open(settings.index_dir)
    shutil.rmtree(settings.index_dir / index.generation)  # as a later save's clean-up would
    assert FaissStore(index).lexical("How many documents were signed?", 3, None)
    assert index.word_articles["khamen"] == 1
    assert not (settings.index_dir / index.generation).exists()
