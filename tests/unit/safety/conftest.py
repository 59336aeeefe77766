"""One detector for the whole safety test run (the spaCy model loads once per process)."""

from __future__ import annotations

import pytest

from bot.safety.detector import SafetyDetector


@pytest.fixture(scope="session")
def detector() -> SafetyDetector:
    return SafetyDetector()
