"""Retrieval: the question's date, article filters, and thread safety of lazily built state."""

from concurrent.futures import ThreadPoolExecutor
from datetime import date

from rag.retrieve import Filters, Retriever, date_weight, whole
from rag.types import Article, Chunk, Hit

from .conftest import SEED_ID


def test_a_fresh_retriever_serves_eight_threads_at_once(qa):
    retriever = Retriever(qa.index, qa.embedder)  # BM25 not built yet
    questions = ["How many documents were signed?", "How many books does the library hold?"] * 20
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda q: retriever.search(q, 3), questions))
    assert all(hits for hits in results)
    assert results[0][0].article.id == SEED_ID


def test_question_date_prefers_nearby_articles(qa):
    assert date_weight("2023-12-05", date(2023, 12, 5)) == 1.0
    assert date_weight("2023-12-05", date(2024, 12, 5)) < 0.6
    assert date_weight(None, date(2024, 12, 5)) == 0.5
    assert date_weight(None, None) == 1.0
    # "library" questions still find the library article, whatever the date
    hits = qa.retriever.search("new public library", 2, as_of=date(2023, 12, 5))
    assert hits[0].article.title.startswith("Riverton")


def test_article_filter_keeps_only_the_given_ids(qa):
    hits = qa.retriever.search("How many documents were signed?", 5, Filters.parse(articles=[SEED_ID]))
    assert hits and {h.article.id for h in hits} == {SEED_ID}
    assert qa.retriever.search("documents", 5, Filters.parse(articles=[])) == []


def test_a_question_of_punctuation_does_not_crash_search(qa):
    assert isinstance(qa.retriever.search("???", 3), list)


def test_filters_around_a_day_narrow_and_keep_what_was_asked():
    day = date(2023, 12, 8)
    assert Filters.parse().around(day, 60) == Filters.parse(since="2023-10-09", until="2024-02-06")
    narrowed = Filters.parse(since="2023-12-01", source="usatoday").around(day, 60)
    assert (narrowed.since, narrowed.until, narrowed.source) == ("2023-12-01", "2024-02-06", "usatoday")


def test_whole_reads_the_first_articles_once_each():
    one = Article(id="a", title="A", text="First. Second paragraph holds it.", published="2023-12-13")
    two = Article(id="b", title="B", text="Other story.", published="2023-12-13")
    hits = [
        Hit(Chunk("a:1", "a", 7, 33, one.text), one, 1.0),
        Hit(Chunk("a:0", "a", 0, 6, one.text), one, 0.9),
    ]
    hits.append(Hit(Chunk("b:0", "b", 0, 12, two.text), two, 0.8))
    read = whole(hits, 1)
    assert [(h.article.id, h.chunk.start, h.chunk.end) for h in read] == [("a", 0, len(one.text))]
    assert [h.article.id for h in whole(hits, 2)] == ["a", "b"]
