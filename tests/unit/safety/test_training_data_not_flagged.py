"""Ordinary conversation must not start the crisis path.

The detector is the last NLU component, so it sees every chat message. The NLU training
examples are the best sample we have of what participants say in ordinary conversation:
every example whose intent is not ``crisis`` is screened here, and the number flagged may not
grow. A new cue that fires on grief, loneliness or conflict examples fails this test before it
starts interrupting real conversations.

The examples flagged today are recorded below, each with why it is accepted. Most tell of a
suicide bereavement: losing someone close to suicide raises a person's own risk, so a
clinician's look (``concern``, never more) is intended.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.safety.detector import SafetyDetector
from bot.safety.levels import RiskLevel

NLU_DIR = Path(__file__).resolve().parents[3] / "data" / "nlu"
_ENTITY = re.compile(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\{[^}]*\}")

# Losing someone close to suicide: a risk factor in itself, intended to be `concern`.
SUICIDE_BEREAVEMENT = {
    "my brother took his own life last year",
    "my friend died by suicide and I keep asking myself what I missed",
    "my husband died by suicide and people don't know what to say to me",
    "my dad died by suicide in the spring and i keep wondering why",
    "my best friend took her own life and i feel so guilty",
    "my cousin killed himself last year and the family never talks about it",
    "my son took his life and i can't make sense of it",
    "my partner died by suicide and people avoid me now",
    "i'm grieving my best friend who died by suicide in january",
    "it's a year since my dad took his own life and i still can't understand it",
}

# Flagged today for other reasons a clinician would accept: hopelessness in grief, asking for
# crisis lines (the safety flow shows them first), and feeling trapped or not coping.
ACCEPTED_OTHERS = {
    "since my wife died I don't see the point of getting up",
    "suicide hotline number",
    "give me the crisis line",
    "i had to give up driving because of my eyesight and i feel trapped",
    "i'm an empty nester now and i'm not coping well",
}

# Measured when this test was written; lower it when a fix lowers the count, never raise it.
MAX_FLAGGED = len(SUICIDE_BEREAVEMENT) + len(ACCEPTED_OTHERS)


def _examples() -> list[tuple[str, str]]:
    """(intent, text) for every example of every intent except ``crisis``."""
    found: list[tuple[str, str]] = []
    for path in sorted(NLU_DIR.glob("*.yml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for block in document.get("nlu") or []:
            intent = block.get("intent") if isinstance(block, dict) else None
            if not intent or intent == "crisis":
                continue
            found.extend((intent, text) for text in _texts(block.get("examples")))
    return found


def _texts(examples: object) -> list[str]:
    """Rasa writes examples as a "- text" block string or as a list of {text: ...}."""
    if isinstance(examples, str):
        lines = [line.strip() for line in examples.splitlines()]
        raw = [line[2:].strip() for line in lines if line.startswith("- ")]
    elif isinstance(examples, list):
        raw = [str(item.get("text", "")) for item in examples if isinstance(item, dict)]
    else:
        raw = []
    return [_ENTITY.sub(lambda m: m.group(1) or m.group(2) or "", text) for text in raw if text]


@pytest.fixture(scope="module")
def flagged(detector: SafetyDetector) -> dict[str, tuple[str, RiskLevel]]:
    examples = _examples()
    screenings = detector.screen_many([(text, ()) for _, text in examples])
    return {
        text: (intent, screening.risk)
        for (intent, text), screening in zip(examples, screenings, strict=True)
        if screening.risk >= RiskLevel.CONCERN
    }


def test_the_training_data_is_found() -> None:
    assert len(_examples()) > 1000


def test_no_more_ordinary_examples_are_flagged_than_recorded(
    flagged: dict[str, tuple[str, RiskLevel]],
) -> None:
    assert len(flagged) <= MAX_FLAGGED, sorted(flagged)


def test_only_recorded_examples_are_flagged(flagged: dict[str, tuple[str, RiskLevel]]) -> None:
    unexpected = sorted(set(flagged) - SUICIDE_BEREAVEMENT - ACCEPTED_OTHERS)
    assert not unexpected


def test_ordinary_examples_are_never_flagged_above_concern(
    flagged: dict[str, tuple[str, RiskLevel]],
) -> None:
    assert not [text for text, (_, risk) in flagged.items() if risk > RiskLevel.CONCERN]


def test_suicide_bereavement_examples_are_a_concern(
    flagged: dict[str, tuple[str, RiskLevel]],
) -> None:
    present = {text for _, text in _examples()} & SUICIDE_BEREAVEMENT
    assert {text: flagged.get(text, ("", RiskLevel.NONE))[1] for text in present} == {
        text: RiskLevel.CONCERN for text in present
    }
