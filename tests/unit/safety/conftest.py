"""Detectors shared by the safety test run (the spaCy model and the encoder load once).

``detector`` is the product: the cue tables and the crisis-language classifier under them.
``cue_tables`` is the cue tables alone: the files in cue_phrases/ specify cues phrase by phrase, so
that a retrained classifier cannot blur what each cue must and must not match; the classifier
is specified by its own tests (test_semantic_classifier.py), on held-out text.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import SafetyDetector


@pytest.fixture(scope="session")
def detector() -> SafetyDetector:
    return SafetyDetector()


@pytest.fixture(scope="session")
def cue_tables() -> SafetyDetector:
    return SafetyDetector(semantic=False)
