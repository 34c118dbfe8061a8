"""Retrieval alone, as `rag eval` measures it: article recall@k and MRR of hybrid search
on the RealTimeQA questions that have gold articles, pooled, with each question's date.
Used to check that the int8 encoder keeps retrieval quality (issue 9).

    .venv/bin/python eval/retrieval.py --index /work/rtqa/index --encoder torch
    .venv/bin/python eval/retrieval.py --index /work/rtqa/index-int8 --encoder onnx

Prints one JSON object and a one-line summary.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rag.embed import open_encoder
from rag.evaluate import KS, load_gold, question_date
from rag.index import Index
from rag.retrieve import Retriever
from rag.settings import ENCODERS

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "realtimeqa"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--encoder", choices=ENCODERS, default="onnx")
    args = parser.parse_args()
    index = Index.open(args.index)
    texts = {a.id: a.text for a in index.articles.values()}
    questions = [q for q in load_gold(SHARED / "questions.jsonl", texts) if q.article_ids]
    encoder = open_encoder(runtime=args.encoder)
    retriever = Retriever(index, encoder)
    ranks = []
    for q in questions:
        found: list[str] = []
        for hit in retriever.search(q.question, max(KS), as_of=question_date(q.date)):
            if hit.article.id not in found:
                found.append(hit.article.id)
        ranks.append(next((r for r, i in enumerate(found, 1) if i in q.article_ids), None))
    figures = {
        "index": str(args.index),
        "encoder": encoder.runtime,
        "questions": len(questions),
        **{f"recall@{k}": round(sum(bool(r and r <= k) for r in ranks) / len(ranks), 4) for k in KS},
        "mrr": round(sum(1 / r for r in ranks if r) / len(ranks), 4),
    }
    print(json.dumps(figures, indent=1))
    print(
        f"retrieval ({encoder.runtime}): {len(questions)} questions, recall@5 {figures['recall@5']}, "
        f"mrr {figures['mrr']}"
    )


if __name__ == "__main__":
    main()
