"""The `rag` command: ingest, watch, ask, serve, eval. Thin: parses flags, builds Settings, calls the API."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys

from .errors import InputError, RagError
from .settings import CHOOSERS, ENCODERS, READERS, RETRIEVAL_MODES, Settings


def settings_from(args) -> Settings:
    return Settings.from_env(
        index_dir=getattr(args, "index", None),
        model=getattr(args, "model", None),
        embed_model=getattr(args, "embed_model", None),
        encoder=getattr(args, "encoder", None),
        store=getattr(args, "store", None),
        retrieval=getattr(args, "retrieval", None),
        top_k=getattr(args, "k", None),
        chooser=getattr(args, "chooser", None),
        reader=getattr(args, "reader", None),
    )


def cmd_ingest(args) -> int:
    from tqdm import tqdm

    from .embed import open_encoder
    from .ingest import ingest

    settings = settings_from(args)
    embedder = open_encoder(settings.embed_model, settings.encoder)
    # On a terminal only (disable=None): articles done, chunks per second, time left.
    bar = tqdm(total=0, unit=" chunks", desc="embedding", disable=None)

    def progress(done: int, total: int, articles: int, articles_total: int) -> None:
        bar.total, bar.n = total, done
        bar.set_description(f"{articles}/{articles_total} articles", refresh=False)
        bar.refresh()

    report = ingest(
        args.paths,
        settings,
        embedder,
        rebuild=args.rebuild,
        progress=progress,
        wait=args.wait,
        prune=args.prune,
        fetch=args.fetch,
        waiting=lambda message: print(f"rag: {message}", file=sys.stderr),
    )
    bar.close()
    for file, count in report.per_file.items():
        print(f"{file}: {count} article{'' if count == 1 else 's'}")
    for problem in report.problems + report.duplicates:
        print(problem, file=sys.stderr)
    for problem in report.planted:
        print(f"planted instruction in {problem.where}: {problem.reason}", file=sys.stderr)
    print(report.summary())
    print(f"index: {settings.index_dir}")
    return 0


def cmd_compact(args) -> int:
    from .ingest import compact

    settings = settings_from(args)
    index = compact(settings)
    print(
        f"index: {settings.index_dir}: {len(index.articles)} articles, {len(index.chunks)} chunks in one segment"
    )
    return 0


def cmd_watch(args) -> int:
    """`rag ingest` every --every; a round that fails is reported and the next one runs."""
    import time

    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([smh]?)", args.every.strip())
    if not match:
        raise InputError(f"--every: cannot read {args.every!r}; write it as 90s, 10m or 1h")
    seconds = float(match.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600}[match.group(2)]
    done = 0
    while True:
        started = time.monotonic()
        try:
            cmd_ingest(args)
        except (RagError, OSError) as exc:
            print(f"rag watch: this round failed ({exc}); trying again in {args.every}", file=sys.stderr)
        done += 1
        if args.rounds and done >= args.rounds:
            return 0
        time.sleep(max(0.0, seconds - (time.monotonic() - started)))


def cmd_ask(args) -> int:
    from .answer import NewsQA

    qa = NewsQA.open(settings_from(args), sync_corpus=None if args.index is None else False)
    options = dict(since=args.since, until=args.until, source=args.source, as_of=args.as_of)
    answer = qa.ask(args.question, **options)
    if args.json:
        print(json.dumps(answer.to_json(), ensure_ascii=False, indent=2))
        return 0
    print(answer.shown())
    written = f"written by {answer.model}, every sentence checked" if answer.reader == "llm" else "quoted"
    print(f"  ({written}; reader {answer.reader})")
    for c in answer.citations:
        print(f"  [{c.n}] {c.title} ({c.published or 'date unknown'}{', ' + c.source if c.source else ''})")
        print(f'      "{c.quote}"')
    if answer.refused and answer.retrieved:
        print("  Closest passages:")
        for hit in answer.retrieved[:3]:
            print(
                f"   - {hit.article.title} ({hit.article.published or 'date unknown'}): {hit.chunk.text[:160]}..."
            )
    return 0


def cmd_serve(args) -> int:
    import uvicorn

    from .answer import NewsQA
    from .serve import create_app

    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(
            f"rag: listening on {args.host}: anyone who can reach this address can ask and add articles"
            + ("" if os.environ.get("RAG_API_KEY") else " (set RAG_API_KEY to require a key)"),
            file=sys.stderr,
        )
    settings = settings_from(args)
    qa = NewsQA.open(settings, sync_corpus=None if args.index is None else False)
    qa.warm()
    uploads = settings.index_dir.with_name(settings.index_dir.name + "-uploads")
    app = create_app(qa, os.environ.get("RAG_API_KEY") or None, uploads)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def cmd_eval(args) -> int:
    from pathlib import Path

    from tqdm import tqdm

    from . import evaluate, report
    from .answer import NewsQA

    settings = settings_from(args)
    qa = NewsQA.open(settings, sync_corpus=None if args.index is None else False)
    texts = {i: a.text for i, a in qa.index.articles.items()}
    questions = evaluate.load_gold(Path(args.gold), texts)
    if args.mode == "chat":
        skipped = len(questions) - len(questions := evaluate.runnable(qa, questions))
        if skipped:
            print(f"rag: {skipped} questions skipped: their articles are not in this index", file=sys.stderr)
    questions = questions[: args.limit]
    if args.mode == "choices" and not all(q.choices for q in questions):
        raise InputError(f"{args.gold} has questions without choices; use --mode open")
    name = f"{Path(args.gold).stem}-{args.mode}-{args.docs}-{settings.retrieval}-{settings.chooser}-{settings.reader}"
    out = Path(args.out) if args.out else Path("eval/runs") / name
    bar = tqdm(total=len(questions), desc="questions", unit="q", file=sys.stderr)

    def progress(done: int, total: int) -> None:
        bar.n = done
        bar.refresh()

    if (out / "metrics.json").exists():
        # A finished run is measured again, not read back: the code or index may have changed.
        (out / "results.jsonl").unlink(missing_ok=True)
    results = evaluate.run(qa, questions, out / "results.jsonl", args.mode, args.docs, progress)
    bar.close()
    if args.mode == "chat":
        metrics = evaluate.chat_metrics(results)
        by_type = {
            t: evaluate.chat_metrics([r for r in results if r["type"] == t])
            for t in sorted({r["type"] for r in results})
        } | {
            f"part {p}": evaluate.chat_metrics([r for r in results if r.get("part", "tune") == p])
            for p in sorted({r.get("part", "tune") for r in results})
        }
    else:
        metrics, by_type = evaluate.metrics(results), evaluate.by_type(results)
    config = {
        "gold": str(args.gold),
        "mode": args.mode,
        "docs": args.docs,
        "model": settings.model,
        "retrieval": settings.retrieval,
        "chooser": settings.chooser,
        "option_model": settings.option_model if args.mode == "choices" else "",
        "reader": settings.reader,
        "top_k": settings.top_k,
        "index": str(settings.index_dir),
        "articles": len(qa.index.articles),
        "chunks": len(qa.index.chunks),
    }
    path = report.write(out, config, metrics, by_type, results)
    if args.json:
        print(
            json.dumps(
                {
                    "config": config,
                    "metrics": metrics,
                    "by_type": by_type,
                    "results": str(out / "results.jsonl"),
                    "report": str(path),
                },
                indent=1,
            )
        )
    else:
        for key, value in metrics.items():
            print(f"{key:36} {value}")
        print(f"report: {path}")
    return 0


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    parser = argparse.ArgumentParser(prog="rag", description="Offline question answering over news.")
    sub = parser.add_subparsers(dest="command", required=True)

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--index", help="index directory (default: .index/ in the project, or $RAG_INDEX)")
    common.add_argument("--embed-model", help="sentence-transformers model directory")
    common.add_argument(
        "--store", help="faiss (default), a milvus-lite file (.db), or milvus://host:19530 (or $RAG_STORE)"
    )
    common.add_argument(
        "--encoder",
        choices=ENCODERS,
        help="encoder runtime: onnx (default), onnx-int8 (faster, answers differ a little) or torch",
    )

    # What decides an answer: the same flags for ask and eval.
    answering = argparse.ArgumentParser(add_help=False)
    answering.add_argument("--model", help="GGUF file, or a bundled model: smollm2, gemma3 (or $RAG_MODEL)")
    answering.add_argument("--retrieval", choices=RETRIEVAL_MODES)
    answering.add_argument("-k", type=int, help="number of chunks to retrieve")
    answering.add_argument(
        "--chooser", choices=CHOOSERS, help="who picks among good candidates (default scorer)"
    )
    answering.add_argument(
        "--reader",
        choices=READERS,
        help="who writes the reply: extractive (the articles' sentences, default) or llm (the model "
        "writes, every sentence checked against what it cites) (or $RAG_READER)",
    )

    p = sub.add_parser("ingest", parents=[common], help="build or update the index from files and folders")
    p.add_argument("paths", nargs="+")
    p.add_argument("--rebuild", action="store_true", help="start a new index instead of updating")
    p.add_argument(
        "--prune", action="store_true", help="remove the articles indexed from paths that no longer exist"
    )
    p.add_argument(
        "--wait", type=float, help="seconds to wait while another ingest writes the index (default: no limit)"
    )
    p.add_argument(
        "--fetch", action="store_true", help="feed entries with only a summary: read the linked page"
    )
    p.set_defaults(run=cmd_ingest)

    p = sub.add_parser("compact", parents=[common], help="merge the index's segments into one")
    p.set_defaults(run=cmd_compact)

    p = sub.add_parser("watch", parents=[common], help="re-ingest files, folders or feed URLs on a schedule")
    p.add_argument("paths", nargs="+")
    p.add_argument("--every", default="10m", help="how often: 90s, 10m, 1h (default 10m)")
    p.add_argument(
        "--fetch", action="store_true", help="feed entries with only a summary: read the linked page"
    )
    p.add_argument("--rounds", type=int, help="stop after this many rounds (default: run until stopped)")
    p.set_defaults(run=cmd_watch, prune=False, wait=None, rebuild=False)

    p = sub.add_parser("ask", parents=[common, answering], help="answer a question with cited sources")
    p.add_argument("question")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--since", help="only articles published on or after this date")
    p.add_argument("--until", help="only articles published on or before this date")
    p.add_argument("--source", help="only articles whose source or url contains this")
    p.add_argument(
        "--as-of", help="the question's date (YYYY-MM-DD): prefer articles near it, read 'this week' by it"
    )
    p.set_defaults(run=cmd_ask)

    p = sub.add_parser(
        "serve", parents=[common, answering], help="HTTP API (OpenAI-compatible chat, /v1/ask)"
    )
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--host", default="127.0.0.1", help="address to bind; the default is this machine only")
    p.set_defaults(run=cmd_serve)

    p = sub.add_parser("eval", parents=[common, answering], help="score answers against a gold question set")
    p.add_argument("gold", help="gold JSONL: ours (eval/gold/seed.jsonl) or RealTimeQA's questions.jsonl")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--limit", type=int, help="only the first N questions")
    p.add_argument("--mode", choices=["open", "choices", "chat"], default="open")
    p.add_argument(
        "--docs",
        choices=["pooled", "own"],
        default="pooled",
        help="own: answer each RealTimeQA question from its own search results only",
    )
    p.add_argument(
        "--out",
        help="run folder (default eval/runs/NAME); an unfinished run there resumes, a finished one runs again",
    )
    p.set_defaults(run=cmd_eval)

    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except RagError as exc:
        print(f"rag: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"rag: {exc.strerror or exc}{where}; check the path and its permissions", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("rag: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
