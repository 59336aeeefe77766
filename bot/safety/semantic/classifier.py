"""A classifier over sentence vectors: "does this read like someone at risk?"

The cue tables find what people at risk say in words someone has written down; this finds what
they say in other words. It is trained on text we wrote ourselves (``training/``, see
``train.py``); the model (``classifier.npz``) and its threshold (``classifier.json``) are
stored with a fingerprint of that data, so a change to the data cannot go unnoticed without
retraining.

A long message is read in overlapping windows of word pieces, and its score is the highest
window's: a crisis sentence near the end of a long post must count as much as a short message.
"""

from __future__ import annotations

import functools
import json
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.safety.semantic.encoder import MAX_TOKENS, SentenceEncoder, shared_encoder

logger = logging.getLogger(__name__)

PARAMETERS = Path(__file__).with_name("classifier.json")
WINDOW = MAX_TOKENS - 2  # word pieces per window (the encoder adds [CLS] and [SEP])
STRIDE = 192  # windows overlap so that no sentence is only ever seen cut in two
MAX_WINDOWS = 24  # beyond ~4 500 words, read the first and last windows (the cues read it all)


@dataclass(frozen=True)
class Model:
    """A support-vector machine with an RBF kernel: a weighted vote of remembered examples,
    each counting for more the closer the message's vector lies to it."""

    support_vectors: np.ndarray  # (n, 384), unit vectors of training windows
    dual_coef: np.ndarray  # (n,), signed weights: > 0 for examples of people at risk
    intercept: float
    gamma: float

    def decision(self, vectors: np.ndarray) -> np.ndarray:
        """Signed distance from the boundary, one per vector (> threshold: crisis-like)."""
        supports = self.support_vectors.astype(np.float32)
        squared = (
            (vectors**2).sum(1)[:, None]
            + (supports**2).sum(1)[None, :]
            - 2.0 * vectors @ supports.T
        )
        return np.exp(-self.gamma * np.maximum(squared, 0.0)) @ self.dual_coef + self.intercept

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            support_vectors=self.support_vectors,
            dual_coef=self.dual_coef,
            intercept=np.array([self.intercept]),
            gamma=np.array([self.gamma]),
        )

    @classmethod
    def load(cls, path: Path) -> Model:
        with np.load(path) as data:
            return cls(
                data["support_vectors"],
                data["dual_coef"],
                float(data["intercept"][0]),
                float(data["gamma"][0]),
            )


@dataclass(frozen=True)
class Parameters:
    model: Model
    threshold: float  # on the decision value; chosen on held-out folds of our own negatives
    fingerprint: str  # of the training data the model was fitted to

    @classmethod
    def load(cls, path: Path = PARAMETERS) -> Parameters:
        data = json.loads(path.read_text())
        return cls(
            Model.load(path.with_suffix(".npz")), float(data["threshold"]), str(data["fingerprint"])
        )


class CrisisLanguageClassifier:
    """Scores messages (the model's decision value); at or above ``threshold`` they read like
    crisis."""

    def __init__(
        self, encoder: SentenceEncoder | None = None, parameters: Parameters | None = None
    ) -> None:
        self.encoder = encoder or shared_encoder()
        self.parameters = parameters or Parameters.load()

    @property
    def threshold(self) -> float:
        return self.parameters.threshold

    def scores(self, texts: Sequence[str]) -> list[float]:
        """One score per text: the highest of its windows' (minus infinity for an empty text)."""
        pieces = self.encoder.pieces(texts)
        windows: list[list[int]] = []
        owners: list[int] = []
        for owner, sequence in enumerate(pieces):
            for window in split_windows(sequence):
                windows.append(window)
                owners.append(owner)
        best = [-math.inf] * len(texts)
        if not windows:
            return best
        decisions = self.parameters.model.decision(self.encoder.embed_pieces(windows))
        for owner, value in zip(owners, decisions, strict=True):
            best[owner] = max(best[owner], float(value))
        return best


def split_windows(sequence: Sequence[int]) -> list[list[int]]:
    """Overlapping windows covering the whole sequence (an empty one for an empty text)."""
    items = list(sequence)
    if len(items) <= WINDOW:
        return [items] if items else []
    starts = list(range(0, len(items) - WINDOW + STRIDE, STRIDE))
    starts = [min(start, len(items) - WINDOW) for start in starts]
    starts = sorted(set(starts))
    if len(starts) > MAX_WINDOWS:
        half = MAX_WINDOWS // 2
        starts = starts[:half] + starts[-half:]
    return [items[start : start + WINDOW] for start in starts]


@functools.lru_cache(maxsize=1)
def shared_classifier() -> CrisisLanguageClassifier:
    """The process-wide classifier, loaded on first use."""
    return CrisisLanguageClassifier()
