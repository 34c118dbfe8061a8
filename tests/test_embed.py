"""The encoder runtimes: the fused ONNX export must give torch's vectors, the int8 one
torch's to within rounding and the same ranking of sentences for a question; what ONNX
cannot serve falls back to torch."""

import shutil

import numpy as np
import pytest

from rag.embed import OnnxEncoder, TorchEncoder, bundled_embed_model, open_encoder
from rag.errors import InputError
from rag.settings import Settings

QUESTION = "How many cooperation documents did Iran and Cuba sign?"
SENTENCES = [
    "Earlier today, the Cuban president met Iranian President Ebrahim Raisi where seven cooperation documents were signed between the two countries.",
    "The visit of a Cuban president to Tehran took place 22 years after Fidel Castro paid a visit to Tehran.",
    "The death toll from the earthquake rose to 2,300 on Tuesday, officials said.",
    "Shares of the chipmaker fell 4 percent after its quarterly results missed forecasts.",
    "The Riverton library reopened on Saturday after a two-year renovation costing $4.2 million.",
]


@pytest.fixture(scope="module")
def torch_encoder():
    return open_encoder(runtime="torch")


def test_the_default_runtime_is_fused_fp32_onnx(embedder):
    assert isinstance(embedder, OnnxEncoder) and embedder.runtime == "onnx"
    assert (embedder.name, embedder.dim) == ("all-MiniLM-L6-v2", 384)


@pytest.mark.parametrize("runtime, floor", [("onnx", 0.99999), ("onnx-int8", 0.97)])
def test_onnx_vectors_match_torch_and_rank_alike(torch_encoder, runtime, floor):
    encoder = open_encoder(runtime=runtime)
    assert encoder.runtime == runtime
    texts = [QUESTION, *SENTENCES]
    fast, exact = encoder.encode(texts), torch_encoder.encode(texts)
    assert fast.shape == exact.shape == (6, 384) and fast.dtype == np.float32
    assert np.allclose(np.linalg.norm(fast, axis=1), 1.0, atol=1e-5)
    cosines = (fast * exact).sum(axis=1)
    assert cosines.min() > floor, cosines
    # The same sentence order for the question, whichever runtime encoded it.
    assert list(np.argsort(-(fast[1:] @ fast[0]))) == list(np.argsort(-(exact[1:] @ exact[0])))


def test_onnx_keeps_input_order_across_lengths(embedder):
    texts = ["short", SENTENCES[0], "a bit longer than short", SENTENCES[1]]
    together = embedder.encode(texts)
    alone = np.vstack([embedder.encode([t]) for t in texts])
    assert np.allclose(together, alone, atol=1e-6)
    assert embedder.encode([]).shape == (0, 384)


def test_a_model_onnx_cannot_serve_falls_back_to_torch(tmp_path):
    model = tmp_path / "cls-pooled"
    shutil.copytree(bundled_embed_model(), model, ignore=shutil.ignore_patterns("onnx"))
    pooling = model / "1_Pooling" / "config.json"
    pooling.write_text(
        pooling.read_text().replace('"pooling_mode_mean_tokens": true', '"pooling_mode_mean_tokens": false')
    )
    encoder = open_encoder(str(model))
    assert isinstance(encoder, TorchEncoder) and encoder.name == "cls-pooled"
    assert not (model / "onnx").exists()


def test_the_runtime_setting_is_checked():
    with pytest.raises(InputError, match="encoder must be onnx, onnx-int8 or torch"):
        Settings(encoder="tensorrt")
    assert open_encoder(runtime="torch").runtime == "torch"
