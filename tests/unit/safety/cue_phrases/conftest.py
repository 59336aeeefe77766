"""The files here specify the cue tables phrase by phrase, so ``detector`` is the cue tables
alone: a retrained classifier must not blur what each cue must and must not match."""

from __future__ import annotations

import pytest

from bot.safety.detector import SafetyDetector


@pytest.fixture(scope="session")
def detector(cue_tables: SafetyDetector) -> SafetyDetector:
    return cue_tables
