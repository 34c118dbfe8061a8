"""Score NewsQA against a gold question set.

Gold sets are JSONL. Our own format: {"id", "question", "answers": [...], "type",
"article_ids": [...]}; `"answers": []` marks a question the corpus cannot answer.
RealTimeQA's questions.jsonl is read as is (its `choices`, `answer`, `search_result_ids`).

Chat gold sets (eval/gold/chat.jsonl) carry "facts" instead of "answers": 2–6 key facts
copied verbatim from the articles, the reply "kind" expected and, for a yes/no question,
its "verdict" ("yes", "no", or "unknown" where the news does not say); `"facts": []`
marks a question the corpus cannot answer. `--mode chat` scores the whole reply
(`chat_score`): useful (not refused, names a key fact, cites it, and gives no wrong
verdict), and its unsupported sentences (a sentence that is not, word for word, in a
cited article). A question runs only on an
index that holds its articles.

Each question goes through the same NewsQA.ask the chat page uses. Per-question results
are appended to results.jsonl as they finish, so an interrupted run resumes where it
stopped. Writing the Markdown report and chart is report.py's job.
"""

from __future__ import annotations

import json
import re
import resource
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .answer import NewsQA, question_date
from .errors import InputError
from .replies.base import NO_VERDICT
from .retrieve import Filters
from .text import normalize, says
from .types import Answer, Citation

KS = (1, 3, 5, 10)


@dataclass(frozen=True)
class GoldQuestion:
    id: str
    question: str
    answers: list[str]
    type: str
    article_ids: list[str] = field(default_factory=list)
    choices: list[str] = field(default_factory=list)
    answerable: bool = True  # False: the corpus cannot answer it (refusal expected)
    date: str | None = None  # the question's date, ISO
    own_ids: list[str] = field(default_factory=list)  # RealTimeQA: its own search results
    part: str = "tune"  # "held": a chat question kept out of tuning, reported apart
    verdict: str = ""  # a yes/no question's right verdict: "yes", "no", or "unknown" (none is right)


def plain(text: str) -> str:
    """Lower-cased, punctuation removed: the data README's rule for the answerable subset."""
    return re.sub(r"[^\w\s]", "", text.lower())


def token_f1(prediction: str, gold: str) -> float:
    p, g = normalize(prediction).split(), normalize(gold).split()
    common = sum((Counter(p) & Counter(g)).values())
    if not common:
        return 0.0
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)


def load_gold(path: Path, article_texts: dict[str, str] | None = None) -> list[GoldQuestion]:
    """Our format or RealTimeQA's. For RealTimeQA, gold articles are the question's own
    search results that contain the answer (needs `article_texts`); a question with none
    is outside the answerable subset."""
    questions = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if "choices" in row and "answer_index" in row:
            answer = str(row["answer"][0] if isinstance(row["answer"], list) else row["answer"])
            texts = article_texts or {}
            gold_ids = [
                i for i in row.get("search_result_ids", []) if plain(answer) in plain(texts.get(i, ""))
            ]
            questions.append(
                GoldQuestion(
                    id=row["id"],
                    question=row["question"],
                    answers=[answer],
                    type=row.get("source", "realtimeqa"),
                    article_ids=gold_ids,
                    choices=[str(c) for c in row["choices"]],
                    answerable=bool(gold_ids),
                    date=(row.get("date") or "").replace("/", "-") or None,
                    own_ids=list(row.get("search_result_ids", [])),
                )
            )
        else:
            answers = row["facts"] if "facts" in row else row["answers"]
            questions.append(
                GoldQuestion(
                    id=row["id"],
                    question=row["question"],
                    answers=answers,
                    type=row.get("kind", row.get("type", "other")),
                    article_ids=row.get("article_ids", []),
                    answerable=bool(answers),
                    date=row.get("date"),
                    part=row.get("part", "tune"),
                    verdict=row.get("verdict", ""),
                )
            )
    twice = [i for i, n in Counter(q.id for q in questions).items() if n > 1]
    if twice:
        raise InputError(
            f"{path}: question id {twice[0]!r} is used more than once; give each question its own id"
        )
    return questions


MARKERS = re.compile(r"((?:\[\d+\])+)")
LEAD = re.compile(r"^(?:- )?(?:(.{1,400}?) — )?\"?(.*?)\"?$", re.S)


def cited_parts(answer: Answer) -> list[tuple[str, list[Citation]]]:
    """The reply cut at its [n] markers: each stretch of text and the citations after it."""
    quotes = {c.n: c for c in answer.citations}
    parts = [
        p
        for line in answer.reply.removeprefix(f"{NO_VERDICT}:").splitlines()
        for p in MARKERS.split(line) + [""]
    ]
    return [
        (text.strip(), [quotes[int(n)] for n in re.findall(r"\d+", marks) if int(n) in quotes])
        for text, marks in zip(parts[::2], parts[1::2])
        if text.strip()
    ]


def unsupported(answer: Answer, articles: dict) -> list[str]:
    """The reply's sentences that are not, word for word, in an article they cite (or its
    title). A short answer or verdict before " — " is allowed when it is "Yes"/"No" or its
    words are in the cited sentence; the no-verdict lead-in is allowed by name. The
    overview's own lines about the corpus and a refusal cite nothing and are not counted.
    A model-written reply (reader llm) is not counted here: its sentences are judged by
    hand-made labels (eval/verifier.py)."""
    if answer.refused or answer.reader == "llm":
        return []
    bad = []
    for text, cited in cited_parts(answer):
        if not cited:
            if answer.kind != "overview":
                bad.append(text)
            continue
        lead, said = LEAD.match(text).groups()
        said = re.sub(r" \(\d{4}-\d\d-\d\d\)$|^- ", "", said.strip())
        sources = [normalize(articles[c.article_id].text) + " " + normalize(c.title) for c in cited]
        in_source = bool(normalize(said)) and any(normalize(said) in s for s in sources)
        lead_ok = (
            not lead
            or lead in ("Yes", "No")
            or all(w in normalize(c.quote) for c in cited[:1] for w in normalize(lead).split())
        )
        if not (in_source and lead_ok):
            bad.append(text)
    return bad


def chat_score(qa: NewsQA, q: GoldQuestion) -> dict:
    """Ask one chat question and score its reply."""
    answer = qa.ask(q.question, as_of=question_date(q.date))
    cited = " ".join(f"{c.quote} {c.title}" for c in answer.citations)
    named = [f for f in q.answers if says(answer.reply, f) and says(cited, f)]
    wrong = verdict_wrong(answer, q.verdict)
    return {
        "id": q.id,
        "type": q.type,
        "part": q.part,
        "kind": answer.kind,
        "question": q.question,
        "gold": q.answers,
        "answer": answer.reply,
        "refused": answer.refused,
        "expect_refusal": not q.answers,
        "answerable": q.answerable,
        # a reply that says "Yes" where the news says no names the fact and helps nobody
        "useful": bool(q.answers) and not answer.refused and bool(named) and not wrong,
        "lead_right": lead_right(answer, q.answers),
        "verdict_wrong": wrong,
        "unsupported": unsupported(answer, qa.index.articles),
        "reader": answer.reader,
        # what the model wrote and was shown, with the sentences each cites
        "written": [
            {"sentence": text, "quotes": [c.quote for c in cited]}
            for text, cited in (cited_parts(answer) if answer.reader == "llm" else [])
        ],
        "dropped": [asdict(d) for d in answer.dropped],
        "citations": [asdict(c) for c in answer.citations],
        "timings": asdict(answer.timings),
    }


def lead_right(answer: Answer, facts: list[str]) -> bool | None:
    """Is a factoid reply's short answer part of a key fact, or a key fact part of it
    (whole words)? None for a reply with no short answer or no facts. `useful` counts "$680
    million — "… his $700 million contract …"" for "$700 million"; this does not."""
    lead = LEAD.match(MARKERS.sub("", answer.reply.splitlines()[0])).group(1) if answer.reply else None
    if answer.kind != "factoid" or answer.refused or not lead or not facts:
        return None
    return any(says(lead, f) or says(f, lead) for f in facts)


def verdict_wrong(answer: Answer, verdict: str) -> bool | None:
    """Does a yes/no reply give the wrong verdict? None where the reply gives none or the
    gold has none to check against."""
    given = answer.text.lower() if answer.kind == "yesno" and not answer.refused else ""
    if given not in ("yes", "no") or not verdict:
        return None
    return given != verdict


def runnable(qa: NewsQA, questions: list[GoldQuestion]) -> list[GoldQuestion]:
    """The questions whose articles this index holds (a chat set spans several corpora)."""
    return [q for q in questions if all(i in qa.index.articles for i in q.article_ids)]


def chat_metrics(results: list[dict]) -> dict:
    """The chat figures. Names are read by other tools: keep them."""
    answerable = [r for r in results if not r["expect_refusal"]]
    unanswerable = [r for r in results if r["expect_refusal"]]
    latency = [r["timings"]["total_ms"] for r in results]
    return {
        "n_questions": len(results),
        "useful_rate": _mean(r["useful"] for r in answerable),
        "refusal_accuracy": _mean(r["refused"] for r in unanswerable),
        "wrong_refusal_rate": _mean(r["refused"] for r in answerable),
        "unsupported_sentences": sum(len(r["unsupported"]) for r in results),
        "verdicts_given": sum(r.get("verdict_wrong") is not None for r in results),
        "wrong_verdicts": sum(bool(r.get("verdict_wrong")) for r in results),
        "kind_agreement": _mean(r["kind"] == r["type"] for r in answerable),
        # of the answerable questions given a factoid's short answer, the share it is right
        "factoid_lead_accuracy": _mean(
            r["lead_right"] for r in answerable if r.get("lead_right") is not None
        ),
        # reader llm: answerable questions whose reply has a model sentence that passed the check
        "model_reply_rate": _mean(bool(r.get("written")) for r in answerable),
        "model_sentences_shown": sum(len(r.get("written", [])) for r in results),
        "model_sentences_dropped": sum(len(r.get("dropped", [])) for r in results),
        "first_text_p50_ms": _percentile([r["timings"]["first_ms"] for r in results if not r["refused"]], 50),
        "latency_p50_ms": _percentile(latency, 50),
        "latency_p95_ms": _percentile(latency, 95),
    }


def score(qa: NewsQA, q: GoldQuestion, mode: str, docs: str = "pooled") -> dict:
    """Ask one question and score the answer, its citations and the retrieval.

    docs="own" limits a RealTimeQA question to its own search results, the setting of the
    published baselines; "pooled" searches the whole index."""
    ranked = []
    articles = q.own_ids if docs == "own" else None
    filters = Filters.parse(articles=articles)
    as_of = question_date(q.date)
    for hit in qa.retriever.search(q.question, max(KS), filters, as_of):
        if hit.article.id not in ranked:
            ranked.append(hit.article.id)
    answer: Answer = qa.ask(
        q.question, choices=q.choices if mode == "choices" else None, as_of=as_of, articles=articles
    )
    text = answer.text if not answer.refused else ""
    result = {
        "id": q.id,
        "type": q.type,
        "question": q.question,
        "gold": q.answers,
        "answer": answer.text,
        "refused": answer.refused,
        "kind": answer.kind,
        # A reply of sentences (a descriptive kind, or a factoid's restating sentence)
        # rather than a short answer: it "contains" a gold answer more easily.
        "short": answer.text != answer.reply or not answer.citations,
        "raw": answer.raw,
        "expect_refusal": not q.answers,
        "answerable": q.answerable,
        "citations": [asdict(c) for c in answer.citations],
        "timings": asdict(answer.timings),
    }
    if q.answers:
        result["contains"] = any(normalize(a) and normalize(a) in normalize(text) for a in q.answers)
        result["exact"] = any(normalize(a) == normalize(text) for a in q.answers)
        result["f1"] = max(token_f1(text, a) for a in q.answers)
    if mode == "choices":
        result["choice_correct"] = normalize(text) == normalize(q.answers[0])
    if q.article_ids:
        gold = set(q.article_ids)
        first = next((r for r, i in enumerate(ranked, 1) if i in gold), None)
        result["rank"] = first
        result["cites_gold"] = any(c.article_id in gold for c in answer.citations)
    if answer.citations:
        result["citations_valid"] = all(
            c.article_id in qa.index.articles and c.quote in qa.index.articles[c.article_id].text
            for c in answer.citations
        )
    return result


def run(
    qa: NewsQA,
    questions: list[GoldQuestion],
    results_path: Path,
    mode: str = "open",
    docs: str = "pooled",
    progress: Callable[[int, int], None] | None = None,
) -> list[dict]:
    """Score every question not already in results_path, appending as each finishes."""
    done = {}
    if results_path.exists():
        for line in results_path.read_text().splitlines():
            if line.strip():
                row = json.loads(line)
                done[row["id"]] = row
    results_path.parent.mkdir(parents=True, exist_ok=True)
    with results_path.open("a", encoding="utf-8") as out:
        for n, q in enumerate(questions, 1):
            if q.id not in done:
                done[q.id] = chat_score(qa, q) if mode == "chat" else score(qa, q, mode, docs)
                out.write(json.dumps(done[q.id], ensure_ascii=False) + "\n")
                out.flush()
            if progress:
                progress(n, len(questions))
    return [done[q.id] for q in questions]


def _mean(values) -> float | None:
    values = [float(v) for v in values]
    return round(sum(values) / len(values), 4) if values else None


def _percentile(values: list[float], p: float) -> float | None:
    if not values:
        return None
    values = sorted(values)
    return round(values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))], 1)


def metrics(results: list[dict]) -> dict:
    """Aggregate figures. Names are read by other tools: keep them."""
    answerable = [r for r in results if not r["expect_refusal"]]
    unanswerable = [r for r in results if r["expect_refusal"]]
    ranked = [r for r in results if "rank" in r]
    cited = [r for r in results if r["citations"]]
    latency = [r["timings"]["total_ms"] for r in results]
    gen = [r for r in results if r["timings"]["generated_tokens"]]
    m = {
        "n_questions": len(results),
        # Accuracy counts every question: an answer containing a gold answer, or a refusal
        # where refusal is expected.
        "answer_accuracy": _mean(r.get("contains", r["refused"]) for r in results),
        "answer_accuracy_answerable": _mean(r["contains"] for r in answerable),
        "answer_accuracy_answerable_subset": _mean(r["contains"] for r in answerable if r["answerable"]),
        # Precision: of the answers shown (not refused), the share that hold a gold answer.
        "answered_accuracy": _mean(r["contains"] for r in answerable if not r["refused"]),
        # The same two counting only short answers: a reply of sentences counts as none.
        "short_answer_accuracy": _mean(
            r.get("contains", False) if r.get("short", True) and not r["refused"] else r["expect_refusal"]
            for r in results
        ),
        "short_answered_accuracy": _mean(
            r["contains"] for r in answerable if not r["refused"] and r.get("short", True)
        ),
        "sentence_replies": sum(not r["refused"] and not r.get("short", True) for r in results),
        "exact_match": _mean(r["exact"] for r in answerable),
        "token_f1": _mean(r["f1"] for r in answerable),
        "refusal_accuracy": _mean(r["refused"] for r in unanswerable),
        "wrong_refusal_rate": _mean(r["refused"] for r in answerable),
        "wrong_refusal_rate_answerable_subset": _mean(r["refused"] for r in answerable if r["answerable"]),
        "citation_validity": _mean(r["citations_valid"] for r in cited),
        "citation_gold_rate": _mean(r["cites_gold"] for r in cited if "cites_gold" in r),
        "mrr": _mean(1 / r["rank"] if r["rank"] else 0 for r in ranked),
        "latency_p50_ms": _percentile(latency, 50),
        "latency_p95_ms": _percentile(latency, 95),
        "first_token_p50_ms": _percentile(
            [r["timings"]["retrieval_ms"] + r["timings"]["prompt_ms"] for r in gen], 50
        ),
        "tokens_per_second": _mean(
            r["timings"]["generated_tokens"] / max(r["timings"]["generation_ms"], 1) * 1000 for r in gen
        ),
        "peak_memory_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    for k in KS:
        m[f"recall@{k}"] = _mean(bool(r["rank"] and r["rank"] <= k) for r in ranked)
    if any("choice_correct" in r for r in results):
        m["choice_accuracy"] = _mean(r["choice_correct"] for r in results if "choice_correct" in r)
    return m


def by_type(results: list[dict]) -> dict[str, dict]:
    types = sorted({r["type"] for r in results})
    return {t: metrics([r for r in results if r["type"] == t]) for t in types}
