"""The HTTP API, thin over NewsQA: an OpenAI-compatible chat endpoint whose messages carry
their citations, the `rag ask --json` answer, and adding and finding articles.

    rag serve [--port 8000] [--host 127.0.0.1] [--index DIR]

    POST /v1/chat/completions   OpenAI chat completions (stream true or false); the message
                                has the answer with [n] markers and a `citations` array
    GET  /v1/models             the one model: news-rag
    POST /v1/ask                {"question": …, "as_of": …} -> exactly `rag ask --json`
    POST /v1/articles           a JSON body {"articles": [{title, text, published, …}]}
                                or a multipart file upload (field `files`)
    GET  /v1/articles?q=…       matching articles
    GET  /healthz

With RAG_API_KEY set, every request needs `Authorization: Bearer <key>`. Errors are JSON
({"error": {"message": …}}) with a 4xx code and the CLI's message. Holds no answering
logic: questions go to NewsQA.stream, articles to NewsQA.add.
"""

from __future__ import annotations

import itertools
import json
import secrets
import tempfile
import time
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field

from .answer import NewsQA
from .errors import InputError, RagError
from .followup import Turn, condense

MODEL_ID = "news-rag"
MAX_QUESTION_BYTES = 64_000


class Message(BaseModel):
    role: str
    content: str | list[dict[str, Any]] | None = None


class ChatRequest(BaseModel):
    model: str = MODEL_ID
    messages: list[Message] = Field(min_length=1)
    stream: bool = False


class AskRequest(BaseModel):
    question: str
    as_of: str | None = None
    since: str | None = None
    until: str | None = None
    source: str | None = None
    choices: list[str] | None = None
    reader: str | None = None  # "extractive" or "llm"; the server's --reader when absent
    k: int | None = Field(default=None, ge=1, le=50)


class ArticlesRequest(BaseModel):
    articles: list[dict[str, Any]] = Field(min_length=1)


def create_app(qa: NewsQA, api_key: str | None = None, uploads: Path | None = None):
    app = FastAPI(title="News QA", docs_url=None, redoc_url=None)
    uploads = uploads or Path(tempfile.mkdtemp(prefix="rag-uploads-"))
    uploads.mkdir(parents=True, exist_ok=True)

    def error(status: int, message: str) -> JSONResponse:
        return JSONResponse({"error": {"message": message, "type": "invalid_request_error"}}, status)

    @app.middleware("http")
    async def guard(request: Request, call_next):
        if api_key and not secrets.compare_digest(
            request.headers.get("authorization", ""), f"Bearer {api_key}"
        ):
            return error(401, "missing or wrong API key: send 'Authorization: Bearer <RAG_API_KEY>'")
        upload = request.url.path == "/v1/articles"
        limit = int(qa.settings.max_file_mb * 1e6) if upload else MAX_QUESTION_BYTES
        size = request.headers.get("content-length")
        if size and size.isdigit() and int(size) > limit:
            return error(413, f"the request is {int(size):,} bytes, over the {limit:,} byte limit")
        return await call_next(request)

    @app.exception_handler(RagError)
    async def rag_error(request: Request, exc: RagError):
        return error(400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body") or "body"
        return error(400, f"{where}: {first.get('msg', 'invalid')}")

    @app.get("/healthz")
    def health():
        stats = qa.stats()
        return {"status": "ok", "articles": stats.articles, "chunks": stats.chunks}

    @app.get("/v1/models")
    def models():
        return {"object": "list", "data": [model_card()]}

    @app.post("/v1/ask")
    def ask(body: AskRequest):
        options = body.model_dump(exclude={"question"})
        return qa.ask(body.question, **options).to_json()

    @app.post("/v1/chat/completions")
    def chat(body: ChatRequest):
        question, turns = conversation(body.messages)
        pieces = qa.stream(condense(turns, question))
        first = next(pieces)  # a bad question fails here, as a 400, before any streaming
        if not body.stream:
            answer = first.answer or next(p.answer for p in pieces if p.answer)
            return completion(answer)
        return StreamingResponse(events(first, pieces), media_type="text/event-stream")

    @app.post("/v1/articles")
    async def add_articles(request: Request):
        folder = Path(tempfile.mkdtemp(dir=uploads))
        if request.headers.get("content-type", "").startswith("multipart/form-data"):
            form = await request.form()
            files = form.getlist("files")
            if not files:
                raise InputError("files: no file uploaded; send the articles as form field 'files'")
            for f in files:
                (folder / Path(f.filename or "upload.txt").name).write_bytes(await f.read())
        else:
            try:
                body = ArticlesRequest.model_validate(json.loads(await request.body()))
            except ValueError as exc:
                raise InputError(
                    f"body: {str(exc).splitlines()[0]}; send {{'articles': [{{...}}]}}"
                ) from None
            (folder / "articles.json").write_text(json.dumps(body.articles, ensure_ascii=False))
        report = qa.add([folder])
        return {
            "added": len(report.added),
            "changed": len(report.changed),
            "unchanged": report.unchanged,
            "skipped": [{"where": Path(p.where).name, "reason": p.reason} for p in report.problems],
            "planted": [{"where": Path(p.where).name, "reason": p.reason} for p in report.planted],
            "articles": report.articles,
        }

    @app.get("/v1/articles")
    def find(q: str = ""):
        found = qa.find_articles(q) if q.strip() else []
        return {
            "articles": [
                {"id": a.id, "title": a.title, "published": a.published, "source": a.source, "url": a.url}
                for a in found
            ]
        }

    return app


def model_card() -> dict:
    return {"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "local"}


def conversation(messages) -> tuple[str, list[Turn]]:
    """The last user message is the question; earlier user/assistant pairs are the turns
    a follow-up ("and when?") is read against, as on the page."""
    texts = [(m.role, text_of(m.content)) for m in messages if m.role in ("user", "assistant")]
    if not texts or texts[-1][0] != "user":
        raise InputError("messages: the last message must be the user's question")
    turns = []
    for (role, text), (next_role, reply) in zip(texts, texts[1:]):
        if role == "user" and next_role == "assistant":
            turns.append(Turn.of(text, reply))
    return texts[-1][1], turns


def text_of(content) -> str:
    if isinstance(content, list):  # [{"type": "text", "text": …}, …]
        return " ".join(str(part.get("text", "")) for part in content if part.get("type") == "text")
    return content or ""


def completion(answer) -> dict:
    return {
        "id": f"chatcmpl-{secrets.token_hex(8)}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": MODEL_ID,
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": answer.shown(),
                    "citations": answer.citations_json(),
                    "reader": answer.reader,
                },
                "finish_reason": "stop",
            }
        ],
        "usage": {
            "prompt_tokens": 0,
            "completion_tokens": answer.timings.generated_tokens,
            "total_tokens": 0,
        },
    }


def events(first, pieces):
    """Server-sent events in the OpenAI streaming shape: the answer's words as they come,
    then its [n] markers and citations, then [DONE]."""
    base = {"id": f"chatcmpl-{secrets.token_hex(8)}", "object": "chat.completion.chunk", "model": MODEL_ID}

    def chunk(delta: dict, finish: str | None = None) -> str:
        body = {
            **base,
            "created": int(time.time()),
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        }
        return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"

    yield chunk({"role": "assistant", "content": ""})
    sent = ""
    for piece in itertools.chain([first], pieces):  # each piece is sent as it comes
        if piece.answer is None:
            sent += piece.text
            yield chunk({"content": piece.text})
            continue
        reply = piece.answer.shown()
        rest = reply[len(sent) :] if reply.startswith(sent) else f"\n\n{reply}"
        yield chunk(
            {"content": rest, "citations": piece.answer.citations_json(), "reader": piece.answer.reader},
            "stop",
        )
    yield "data: [DONE]\n\n"
