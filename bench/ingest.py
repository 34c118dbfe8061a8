"""Ingest speed: `rag ingest` of the first N RealTimeQA dev articles against the raw
encoder (sentence-transformers, torch fp32, batch 64) on the same chunk texts, in one run.

    .venv/bin/python bench/ingest.py 100

Prints one JSON object and a one-line summary: characters per second of each (the
chunk texts the encoder sees) and the ratio. The pipeline time is the whole `rag ingest`
process, start-up included; the raw time is encoding alone in this process.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import tempfile
import time
from pathlib import Path

from synthetic import ROOT, ingest_command

ARTICLES = ROOT.parent / "shared" / "data" / "realtimeqa" / "articles.jsonl"


def run(n: int) -> dict:
    from sentence_transformers import SentenceTransformer

    from rag.chunk import chunk_article, embed_text
    from rag.embed import bundled_embed_model
    from rag.load import load_paths
    from rag.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "articles.jsonl"
        sample.write_text("".join(ARTICLES.read_text().splitlines(keepends=True)[:n]))
        settings = Settings()
        articles = load_paths([sample]).articles
        texts = [
            embed_text(c, a)
            for a in articles
            for c in chunk_article(a, settings.chunk_chars, settings.chunk_overlap)
        ]
        chars = sum(len(t) for t in texts)
        started = time.perf_counter()
        subprocess.run(ingest_command(sample, Path(tmp) / "index"), cwd=ROOT, check=True, capture_output=True)
        pipeline = time.perf_counter() - started
    model = SentenceTransformer(bundled_embed_model(), device="cpu", local_files_only=True)
    model.encode(texts[:8])  # warm up, as the pipeline's own first batch does
    started = time.perf_counter()
    model.encode(texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
    raw = time.perf_counter() - started
    return {
        "articles": len(articles),
        "chunks": len(texts),
        "chars": chars,
        "pipeline_s": round(pipeline, 2),
        "raw_encoder_s": round(raw, 2),
        "pipeline_chars_per_s": round(chars / pipeline),
        "raw_chars_per_s": round(chars / raw),
        "ratio": round(raw / pipeline, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="how many dev articles")
    figures = run(parser.parse_args().n)
    print(json.dumps(figures, indent=1))
    print(
        f"ingest: {figures['chunks']} chunks of {figures['articles']} articles; pipeline "
        f"{figures['pipeline_chars_per_s']} chars/s, raw encoder {figures['raw_chars_per_s']} chars/s, "
        f"ratio {figures['ratio']}"
    )


if __name__ == "__main__":
    main()
