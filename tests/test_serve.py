"""`rag serve` on 127.0.0.1, driven by the real `openai` client and plain HTTP, on the
real encoder and index."""

import json
import subprocess
import sys
import urllib.error
import urllib.request

import pytest

from .conftest import ROOT, SEED_ID, serving

KEY = "test-key"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    index = tmp_path_factory.mktemp("serve") / "index"
    subprocess.run(
        [sys.executable, "-m", "rag.cli", "ingest", str(ROOT / "corpus"), "--index", str(index)], check=True
    )
    command = [sys.executable, "-m", "rag.cli", "serve", "--index", str(index)]
    log = tmp_path_factory.mktemp("log") / "serve.log"
    with serving(command, "/healthz", log, env={"RAG_API_KEY": KEY}, seconds=180) as url:
        yield url


def call(url: str, path: str, body: dict | None = None, key: str | None = KEY) -> tuple[int, dict]:
    request = urllib.request.Request(
        url + path,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Content-Type": "application/json", **({"Authorization": f"Bearer {key}"} if key else {})},
    )
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_openai_client_gets_the_answer_with_a_citation(server):
    openai = pytest.importorskip("openai")
    client = openai.OpenAI(base_url=server + "/v1", api_key=KEY)
    messages = [{"role": "user", "content": "How many documents were signed?"}]
    reply = client.chat.completions.create(model="news-rag", messages=messages)
    message = reply.choices[0].message
    assert "seven" in message.content and "[1]" in message.content
    citations = message.model_extra["citations"]
    assert citations[0]["article_id"] == SEED_ID and "seven" in citations[0]["quote"]

    pieces = []
    for chunk in client.chat.completions.create(model="news-rag", messages=messages, stream=True):
        delta = chunk.choices[0].delta
        pieces.append(
            (delta.content, (delta.model_extra or {}).get("citations"), chunk.choices[0].finish_reason)
        )
    text = "".join(p[0] or "" for p in pieces)
    assert text == message.content
    assert pieces[-1][2] == "stop" and pieces[-1][1][0]["article_id"] == SEED_ID
    assert len(pieces) >= 3  # the role, the words, then markers and citations: not one blob at the end

    models = client.models.list()
    assert [m.id for m in models.data] == ["news-rag"]


def test_follow_up_is_read_against_earlier_turns(server):
    status, body = call(
        server,
        "/v1/chat/completions",
        {
            "messages": [
                {"role": "user", "content": "Who is the Iranian Parliament Speaker?"},
                {"role": "assistant", "content": "Mohammad Baqer Qalibaf [1]"},
                {"role": "user", "content": "How many documents were signed?"},
            ]
        },
    )
    assert status == 200 and "seven" in body["choices"][0]["message"]["content"]


def test_ask_returns_the_cli_json(server):
    status, body = call(server, "/v1/ask", {"question": "How many documents were signed?"})
    assert status == 200
    cli = subprocess.run(
        [sys.executable, "-m", "rag.cli", "ask", "How many documents were signed?", "--json"],
        capture_output=True, text=True, cwd=ROOT, check=True,
    )  # fmt: skip
    assert set(body) == set(json.loads(cli.stdout))
    assert body["answer"] == "seven" and body["citations"][0]["article_id"] == SEED_ID
    assert body["reader"] == "extractive"
    status, body = call(server, "/v1/ask", {"question": "Why did Raisi go to Havana?", "reader": "llm"})
    assert status == 200 and body["reader"] == "llm" and "Havana" in body["reply"], body
    status, body = call(server, "/v1/ask", {"question": "Did Raisi visit Havana?", "reader": "gpt"})
    assert status == 400 and "reader must be one of extractive, llm" in body["error"]["message"]


def test_wrong_key_empty_question_and_bad_body_get_clear_4xx(server):
    status, body = call(server, "/v1/ask", {"question": "How many documents were signed?"}, key="wrong")
    assert status == 401 and "API key" in body["error"]["message"]
    status, body = call(server, "/v1/chat/completions", {"messages": [{"role": "user", "content": "  "}]})
    assert status == 400 and body["error"]["message"].startswith("the question is empty")
    status, body = call(server, "/v1/ask", {"q": "missing field"})
    assert status == 400 and "question" in body["error"]["message"]
    status, body = call(server, "/v1/ask", {"question": "x" * 70_000})
    assert status == 413 and "limit" in body["error"]["message"]


def test_articles_are_added_and_found(server):
    article = {
        "title": "Lakeside ferry company adds two boats",
        "text": "The Lakeside Ferry Company now runs 12 ferries across Lake Amund after adding two boats.",
        "published": "2024-06-14",
        "source": "Test fixture",
    }
    status, body = call(server, "/v1/articles", {"articles": [article]})
    assert status == 200 and body["added"] == 1, body
    status, body = call(server, "/v1/articles", {"articles": [article]})
    assert body["added"] == 0 and body["unchanged"] == 1
    request = urllib.request.Request(
        server + "/v1/articles?q=Lakeside+ferries", headers={"Authorization": f"Bearer {KEY}"}
    )
    with urllib.request.urlopen(request) as response:
        found = json.loads(response.read())["articles"]
    assert found[0]["title"] == article["title"]
    status, body = call(
        server, "/v1/ask", {"question": "How many ferries does the Lakeside Ferry Company run?"}
    )
    assert body["answer"] == "12"


def test_stream_events_send_each_piece_before_the_next_is_made():
    from rag.serve import events
    from rag.types import Answer, Piece

    made = []

    def pieces():
        made.append("words")
        yield Piece(" more")
        made.append("answer")
        yield Piece("", Answer("q", "seven more", False))

    stream = events(Piece("seven"), pieces())
    assert '"role": "assistant"' in next(stream)
    assert '"content": "seven"' in next(stream) and made == []
    assert '"content": " more"' in next(stream) and made == ["words"]
    assert '"finish_reason": "stop"' in next(stream) and made == ["words", "answer"]
    assert next(stream) == "data: [DONE]\n\n"
