"""The chat page: a thin Gradio front end over NewsQA.

    python app.py [--port 7860] [--host 127.0.0.1] [--index DIR] [--model GGUF] [--reader llm]

Holds no retrieval or prompting logic: questions go to NewsQA.stream, uploads to
NewsQA.add, the corpus view to NewsQA.stats and NewsQA.find_articles. This file only
turns their records into HTML and wires the widgets.
"""

from __future__ import annotations

import argparse
import html
import logging
import os
import re
import shutil
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from rag import Answer, NewsQA, RagError, Settings  # noqa: E402
from rag.followup import Turn, condense  # noqa: E402
from rag.settings import READERS  # noqa: E402

log = logging.getLogger("app")
UPLOAD_TYPES = [".txt", ".md", ".json", ".jsonl", ".html", ".htm"]
MAX_UPLOAD_MB = 20
CSS = """
#sources .citation { margin: .6em 0; padding: .5em .8em; border-left: 3px solid #3b7dd8; background: #f5f8fd; }
#sources blockquote { margin: .3em 0 0 0; font-style: italic; }
#sources mark { background: #ffe58a; }
#sources .meta { color: #555; font-size: .9em; }
"""


def esc(text) -> str:
    return html.escape(str(text or ""))


def markdown_text(text: str) -> str:
    """Article text for a Markdown component: HTML escaped and Markdown punctuation
    backslashed, so it shows as typed and never becomes a tag, link or image."""
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|>~])", r"\\\1", html.escape(text, quote=False))


def bullets(heading: str, items) -> str:
    """A Markdown list of file names and reasons, which quote article text: escaped."""
    return heading + "\n" + "\n".join(f"- {markdown_text(str(item))}" for item in items)


def chat_text(answer: Answer) -> str:
    """The reply for the chat window, escaped, with [n] markers pointing at the sources
    panel; its lines stay lines."""
    return shown_text(answer.shown())


def shown_text(text: str) -> str:
    """Reply text for Markdown: escaped, [n] markers kept, lines kept as lines."""
    return "  \n".join(
        "".join(p if i % 2 else markdown_text(p) for i, p in enumerate(re.split(r"(\[\d+\])", line)))
        for line in text.splitlines()
    )


def highlight(quote: str, answer: str) -> str:
    """The quote, escaped, with the answer marked where it stands in it."""
    at = quote.lower().find(answer.lower()) if answer else -1
    if at < 0:
        return esc(quote)
    end = at + len(answer)
    return f"{esc(quote[:at])}<mark>{esc(quote[at:end])}</mark>{esc(quote[end:])}"


def passage(title, published, source, text) -> str:
    return (
        f'<div class="citation"><b>{esc(title)}</b> <span class="meta">· {esc(published or "date unknown")}'
        f"{' · ' + esc(source) if source else ''}</span><blockquote>{esc(text)}</blockquote></div>"
    )


def sources_html(answer: Answer, asked: str) -> str:
    parts = []
    if answer.question != asked:
        parts.append(f'<p class="rewritten">Searched for: <b>{esc(answer.question)}</b></p>')
    claims = {n: claim.text for claim in answer.claims for n in claim.citations}
    for c in answer.citations:
        safe = c.url.lower().startswith(("http://", "https://"))  # never javascript: or data:
        link = f' · <a href="{esc(c.url)}" target="_blank" rel="noopener noreferrer">link</a>' if safe else ""
        parts.append(
            f'<div class="citation" id="source-{c.n}"><b>[{c.n}] {esc(c.title)}</b> <span class="meta">· '
            f"{esc(c.published or 'date unknown')}{' · ' + esc(c.source) if c.source else ''}{link}</span>"
            f"<blockquote>{highlight(c.quote, claims.get(c.n, c.quote))}</blockquote></div>"
        )
    cited = {(c.article_id, c.start) for c in answer.citations}
    others = [
        h
        for h in answer.retrieved
        if not any(a == h.article.id and h.chunk.start <= s < h.chunk.end for a, s in cited)
    ]
    if answer.refused and others:
        parts.append("<p>The corpus does not answer this. Closest passages found:</p>")
        parts += [
            passage(h.article.title, h.article.published, h.article.source, h.chunk.text) for h in others[:3]
        ]
        others = others[3:]
    if others:
        parts.append(f"<details><summary>Other retrieved passages ({len(others)})</summary>")
        parts += [
            passage(h.article.title, h.article.published, h.article.source, h.chunk.text) for h in others
        ]
        parts.append("</details>")
    return "\n".join(parts)


def speed_line(answer: Answer) -> str:
    """Who wrote the reply and how fast."""
    t = answer.timings
    if answer.reader == "llm":
        who = f"Written by {answer.model}, every sentence checked against its source"
    elif answer.dropped:
        who = f"Quoted from the articles: none of the {len(answer.dropped)} sentences {answer.model} wrote passed the check"
    else:
        who = "Refused" if answer.refused else "Quoted from the articles"
    if not t.generated_tokens:
        return f"{who} · {t.total_ms / 1000:.2f} s, without the language model."
    rate = t.generated_tokens / max(t.generation_ms, 1) * 1000
    return f"{who} · {rate:.1f} tokens/s · first text after {t.first_ms / 1000:.2f} s · total {t.total_ms / 1000:.2f} s"


def corpus_markdown(qa: NewsQA) -> str:
    s = qa.stats()
    sources = ", ".join(f"{markdown_text(name)} ({n})" for name, n in s.sources.most_common(8))
    span = f"published {s.first_date} to {s.last_date}" if s.first_date else "no publication dates"
    text = f"**{s.articles} articles**, {s.chunks} chunks, {span}.\n\nSources: {sources or 'none'}"
    aside = qa.set_aside()
    if aside:
        text += "\n\n" + bullets(
            "Set aside: sentences that speak to an AI, never used in answers (with the rest of their paragraph):",
            [f"{a.title}: {p.rule}: {p.quote[:160]}" for a, p in aside[:20]],
        )
    return text


def build(qa: NewsQA, uploads: Path):
    import gradio as gr

    qa.warm()  # the model, parser and BM25 load here, once, not on the first question
    model = qa.generator

    def respond(question, history, turns, k, since, until, source, as_of, reader):
        history = [*history, {"role": "user", "content": question}, {"role": "assistant", "content": ""}]
        yield history, "", turns, "", ""  # clear the last answer's sources while this one streams
        try:
            standalone = condense(turns, question)
            stream = qa.stream(
                standalone,
                k=int(k),
                since=since or None,
                until=until or None,
                source=source or None,
                as_of=as_of or None,
                reader=reader,
            )
            for piece in stream:
                if piece.answer is None:
                    history[-1]["content"] += shown_text(piece.text)
                    yield history, gr.skip(), turns, "", gr.skip()
                    continue
                answer = piece.answer
                history[-1]["content"] = chat_text(answer)
                turns = [*turns, Turn.of(standalone, answer.shown())]
                yield history, sources_html(answer, question), turns, "", speed_line(answer)
        except RagError as exc:
            history[-1]["content"] = f"⚠️ {exc}"
            yield history, "", turns, question, ""
        except Exception as exc:  # the page must keep working whatever happens
            log.exception("answering failed")
            history[-1]["content"] = (
                f"⚠️ Something went wrong while answering ({type(exc).__name__}). Try again."
            )
            yield history, "", turns, question, ""

    def add_files(files, progress=gr.Progress()):  # noqa: B008 (gradio injects it)
        if not files:
            return "Choose one or more files first.", gr.skip()
        uploads.mkdir(parents=True, exist_ok=True)
        accepted, rejected = [], []
        for f in files:
            path = Path(f if isinstance(f, str) else f.name)
            size = path.stat().st_size / 1e6
            if path.suffix.lower() not in UPLOAD_TYPES:
                rejected.append(f"{path.name}: not a supported type (use {' '.join(UPLOAD_TYPES)})")
            elif size > MAX_UPLOAD_MB:
                rejected.append(f"{path.name}: {size:.1f} MB is over the {MAX_UPLOAD_MB} MB limit")
            else:
                accepted.append(Path(shutil.copy(path, uploads / path.name)))
        lines = []
        if accepted:
            progress(0, desc="Reading and embedding")
            try:
                report = qa.add(
                    accepted,
                    progress=lambda done, total, *_: progress(done / max(total, 1), desc="Embedding"),
                )
            except RagError as exc:
                return f"⚠️ {exc}", gr.skip()
            lines.append(
                f"Added {len(report.added)} new and {len(report.changed)} changed articles ({report.embedded_chunks} chunks embedded)."
            )
            rejected += [f"{Path(p.where).name}: {p.reason}" for p in report.problems + report.duplicates]
            if report.planted:
                lines.append(
                    bullets(
                        "Sentences that speak to an AI, never used in answers:",
                        [f"{Path(p.where).name}: {p.reason}" for p in report.planted],
                    )
                )
        if rejected:
            lines.append(bullets("Not added:", rejected))
        return "\n\n".join(lines), corpus_markdown(qa)

    def search(query):
        rows = [
            f"<li><b>{esc(a.title)}</b> · {esc(a.published or 'date unknown')}{' · ' + esc(a.source) if a.source else ''}</li>"
            for a in qa.find_articles(query)
        ]
        return (
            f"<ol>{''.join(rows)}</ol>" if rows else ("<p>No matching articles.</p>" if query.strip() else "")
        )

    with gr.Blocks(title="News QA") as demo:
        turns = gr.State([])
        gr.Markdown(
            "## News QA\nAnswers from your news articles, each with its source. Nothing leaves this machine."
        )
        with gr.Row():
            with gr.Column(scale=3):
                chat = gr.Chatbot(label="Chat", height=380, elem_id="chat")
                with gr.Row():
                    box = gr.Textbox(
                        placeholder="Ask about the news…", show_label=False, scale=5, elem_id="question"
                    )
                    ask = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
                sources = gr.HTML(elem_id="sources")
            with gr.Column(scale=2):
                with gr.Tab("Settings"):
                    k = gr.Slider(1, 10, value=qa.settings.top_k, step=1, label="Number of sources")
                    as_of = gr.DateTime(
                        include_time=False,
                        type="string",
                        label="Question date: prefer news near it; 'this week' is its week",
                        info=f"Empty: no date preference (newest article: {qa.stats().last_date or 'unknown'})",
                        elem_id="as-of",
                    )
                    since = gr.DateTime(
                        include_time=False, type="string", label="Published from", elem_id="since"
                    )
                    until = gr.DateTime(
                        include_time=False, type="string", label="Published until", elem_id="until"
                    )
                    source = gr.Textbox(label="Source contains")
                    reader = gr.Radio(
                        [
                            ("Quotes from the articles", "extractive"),
                            ("The model, every sentence checked", "llm"),
                        ],
                        value=qa.settings.reader,
                        label="Who writes the reply",
                        elem_id="reader",
                    )
                    gr.Markdown(f"Model: **{model.name}** ({model.size_mb:.0f} MB)")
                    speed = gr.Markdown(elem_id="speed")
                with gr.Tab("Add articles"):
                    files = gr.File(
                        file_count="multiple",
                        file_types=UPLOAD_TYPES,
                        label=f"Articles (up to {MAX_UPLOAD_MB} MB each)",
                        elem_id="upload",
                    )
                    add = gr.Button("Add to corpus", elem_id="add")
                    added = gr.Markdown(elem_id="added")
                with gr.Tab("Corpus"):
                    overview = gr.Markdown(corpus_markdown(qa), elem_id="overview")
                    query = gr.Textbox(label="Search articles", elem_id="search")
                    listing = gr.HTML(elem_id="listing")
        inputs = [box, chat, turns, k, since, until, source, as_of, reader]
        outputs = [chat, sources, turns, box, speed]
        box.submit(respond, inputs, outputs)
        ask.click(respond, inputs, outputs)
        add.click(add_files, [files], [added, overview])
        query.submit(search, [query], [listing])
    return demo


def error_page(message: str):
    import gradio as gr

    with gr.Blocks(title="News QA") as demo:
        gr.Markdown(f"## News QA cannot start\n\n⚠️ {message}")
    return demo


def main() -> None:
    parser = argparse.ArgumentParser(description="Chat with your news corpus in the browser.")
    parser.add_argument("--port", type=int, default=7860)
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to bind; the default is this machine only"
    )
    parser.add_argument("--index", help="index directory (default: .index/, built from corpus/)")
    parser.add_argument("--model", help="GGUF file, or a bundled model: smollm2, gemma3")
    parser.add_argument("--reader", choices=READERS, help="who writes the reply: extractive (default) or llm")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        log.warning(
            "listening on %s: anyone who can reach this address can use the chat and add articles", args.host
        )
    settings = Settings.from_env(index_dir=args.index, model=args.model, reader=args.reader)
    try:
        qa = NewsQA.open(settings)
        demo = build(qa, settings.index_dir.with_name(settings.index_dir.name + "-uploads"))
    except RagError as exc:
        log.error("%s", exc)
        demo = error_page(str(exc))
    demo.queue(default_concurrency_limit=4).launch(
        server_name=args.host,
        server_port=args.port,
        max_file_size=f"{MAX_UPLOAD_MB}mb",
        css=CSS,
        footer_links=[],
    )


if __name__ == "__main__":
    main()
