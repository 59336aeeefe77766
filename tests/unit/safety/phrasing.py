"""Short names the phrase-by-phrase safety specifications share, so each file reads as a list
of phrases and levels rather than set-up."""

from __future__ import annotations

from bot.safety.detector import SafetyDetector
from bot.safety.levels import RiskLevel

NONE, CONCERN, HIGH, IMMINENT = (
    RiskLevel.NONE,
    RiskLevel.CONCERN,
    RiskLevel.HIGH,
    RiskLevel.IMMINENT,
)


def risk(detector: SafetyDetector, text: str, context: tuple[str, ...] = ()) -> RiskLevel:
    return detector.screen(text, context).risk
