"""Multiple choice: the model picks only among the options the retrieved text names."""

from rag.answer import mentioned
from rag.types import Article, Chunk, Hit


def hit(text: str) -> Hit:
    article = Article(id="a", title="T", text=text)
    return Hit(Chunk("a:0", "a", 0, len(text), text), article, 1.0)


def test_options_named_by_the_retrieved_text():
    hits = [hit("The summit was held in Granada, Spain, on Thursday."), hit("Leaders met Kevin McCarthy.")]
    options = ["Madrid", "Granada", "Kevin McCarthy", "Seville"]
    assert mentioned(options, hits) == ["Granada", "Kevin McCarthy"]
    assert mentioned(["Grana"], hits) == []  # whole words only
    assert mentioned(["Paris", "Rome"], hits) == []
