"""Which words should BM25 match on news: lower-cased word tokens (today), our crude
stems, or spaCy lemmas? Measured as BM25-only article recall@5 on the RealTimeQA
questions that have gold articles, over an index built from its articles.

    .venv/bin/python eval/bm25_words.py --index /work/rtqa/index

Prints one JSON object: recall@5 and the seconds each tokenizer took over all chunks.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import bm25s
import numpy as np

from rag.evaluate import load_gold
from rag.index import Index
from rag.text import STOPWORDS, nlp, stem, tokens

QUESTIONS = Path(__file__).resolve().parent.parent.parent / "shared/data/realtimeqa/questions.jsonl"


def lemmas(texts: list[str]) -> list[list[str]]:
    pipe = nlp().pipe(texts, batch_size=256, disable=["parser", "ner"])
    return [[t.lemma_.lower() for t in doc if not (t.is_punct or t.is_space)] for doc in pipe]


TOKENIZERS = {
    "tokens": lambda texts: [tokens(t) for t in texts],
    "stems": lambda texts: [[stem(w) for w in tokens(t) if w not in STOPWORDS] for t in texts],
    "lemmas": lemmas,
}


def recall_at(k: int, index: Index, questions, tokenize) -> tuple[float, float]:
    started = time.perf_counter()
    corpus = tokenize([f"{index.articles[c.article_id].title} {c.text}" for c in index.chunks])
    seconds = time.perf_counter() - started
    bm25 = bm25s.BM25()
    bm25.index(corpus, show_progress=False)
    hits = 0
    for q, words in zip(questions, tokenize([q.question for q in questions])):
        scores = bm25.get_scores(words) if words else np.zeros(len(index.chunks))
        found: list[str] = []
        for i in np.argsort(-scores):
            article = index.chunks[i].article_id
            if article not in found:
                found.append(article)
            if len(found) == k:
                break
        hits += bool(set(found) & set(q.article_ids))
    return hits / len(questions), seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", required=True)
    parser.add_argument("--questions", default=str(QUESTIONS))
    args = parser.parse_args()
    index = Index.open(Path(args.index))
    questions = [
        q
        for q in load_gold(Path(args.questions), {i: a.text for i, a in index.articles.items()})
        if q.article_ids
    ]
    result = {"questions": len(questions), "chunks": len(index.chunks)}
    for name, tokenize in TOKENIZERS.items():
        recall, seconds = recall_at(5, index, questions, tokenize)
        result[name] = {"recall_at_5": round(recall, 4), "tokenize_s": round(seconds, 1)}
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
