"""The detector must answer for any string at all, quickly, without raising."""

from __future__ import annotations

import pytest
import spacy

from bot.safety.detector import SafetyDetector, Screening
from bot.safety.levels import RiskLevel

STRANGE_INPUTS = [
    "",
    " ",
    "\n\n\n",
    "\x00\x01\x02\x1b[31m",
    "😀😢🔪🪦💀" * 200,
    "Je suis fatigué mais ça va",
    "今日はとても疲れました",
    "مرحبا كيف حالك",
    "a" * 100_000,
    "word " * 20_000,
    "\ud800 lone surrogate",
    "\u202eright-to-left override",
    "&amp;#x200B;&lt;b&gt;",
    "...!!!???",
    "I" * 5000,
]


@pytest.mark.parametrize("text", STRANGE_INPUTS, ids=range(len(STRANGE_INPUTS)))
def test_strange_input_gives_a_screening(detector: SafetyDetector, text: str) -> None:
    assert isinstance(detector.screen(text), Screening)


@pytest.mark.parametrize("text", STRANGE_INPUTS, ids=range(len(STRANGE_INPUTS)))
def test_strange_input_is_never_an_internal_error(detector: SafetyDetector, text: str) -> None:
    assert not any("internal error" in reason for reason in detector.screen(text).reasons)


@pytest.mark.parametrize("text", ["", "😀😀😀", "Je suis fatigué mais ça va", "a" * 100_000])
def test_harmless_strange_input_is_not_flagged(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk == RiskLevel.NONE


def test_a_hundred_thousand_characters_of_crisis_text_is_screened(
    detector: SafetyDetector,
) -> None:
    assert detector.screen("I want to kill myself. " * 4_500).risk >= RiskLevel.HIGH


def test_shouting_without_punctuation_is_read(detector: SafetyDetector) -> None:
    assert detector.screen("I CANT DO THIS ANYMORE I WANT TO DIE").risk >= RiskLevel.HIGH


def test_non_strings_are_treated_as_empty(detector: SafetyDetector) -> None:
    assert detector.screen(None).risk == RiskLevel.NONE  # type: ignore[arg-type]


def test_malformed_context_is_ignored(detector: SafetyDetector) -> None:
    assert detector.screen("hello", [None, 5, "fine"]).risk == RiskLevel.NONE  # type: ignore[list-item]


def test_screen_many_keeps_order_and_length(detector: SafetyDetector) -> None:
    items = [("hello", ()), ("I want to die", ()), ("", ()), ("kms", ["earlier"])]
    risks = [s.risk for s in detector.screen_many(items)]
    assert risks == [RiskLevel.NONE, RiskLevel.HIGH, RiskLevel.NONE, RiskLevel.HIGH]


def test_screen_many_accepts_a_generator(detector: SafetyDetector) -> None:
    screenings = detector.screen_many((text, ()) for text in ["a", "b", "c"])
    assert len(screenings) == 3


def test_screen_and_screen_many_agree(detector: SafetyDetector) -> None:
    texts = ["I cut myself last night", "this traffic is killing me", "I want to join my husband"]
    batch = [s.risk for s in detector.screen_many((t, ()) for t in texts)]
    assert batch == [detector.screen(t).risk for t in texts]


def test_a_screening_serialises_to_plain_json_types(detector: SafetyDetector) -> None:
    assert detector.screen("kms").to_dict() == {
        "risk": "high",
        "reasons": ["active suicidal ideation"],
    }


def test_a_screening_cannot_be_changed_after_the_fact(detector: SafetyDetector) -> None:
    screening = detector.screen("kms")
    with pytest.raises(AttributeError):
        screening.risk = RiskLevel.NONE  # type: ignore[misc]


def test_a_pipeline_without_a_parser_falls_back_to_reading_nearby_words() -> None:
    blank = SafetyDetector(spacy.blank("en"))
    risks = [blank.screen(t).risk for t in ("I want to die", "I don't want to die")]
    assert risks == [RiskLevel.HIGH, RiskLevel.NONE]
