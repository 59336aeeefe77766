"""Earlier messages change how an ambiguous message is read, as they would for a clinician.

Every phrase here was written for these tests; none comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import SafetyDetector
from bot.safety.levels import RiskLevel
from tests.unit.safety.phrasing import CONCERN, HIGH, IMMINENT, NONE


def test_a_means_question_alone_is_not_flagged(detector: SafetyDetector) -> None:
    assert detector.screen("what's the tallest bridge in town?").risk == NONE


def test_a_means_question_after_distress_is_high(detector: SafetyDetector) -> None:
    screening = detector.screen(
        "what's the tallest bridge in town?", ["I lost my job today and I can't go on"]
    )
    assert screening.risk == HIGH


def test_the_reason_says_the_distress_came_earlier(detector: SafetyDetector) -> None:
    screening = detector.screen(
        "what's the tallest bridge in town?", ["I lost my job today and I can't go on"]
    )
    assert "question about means after distress earlier in the conversation" in screening.reasons


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        (["I feel like such a burden to everyone"], "how many sleeping pills would it take?"),
        (["I want to die"], "how much paracetamol is too much?"),
        (["Everything is falling apart and I hate myself"], "where can I buy rope near me?"),
        (["I've been so low I can barely get up"], "how high is the multi-storey car park?"),
    ],
)
def test_means_questions_after_distress_or_ideation_are_high(
    detector: SafetyDetector, earlier: list[str], text: str
) -> None:
    assert detector.screen(text, earlier).risk >= HIGH


def test_a_means_question_after_a_stated_plan_is_imminent(detector: SafetyDetector) -> None:
    earlier = ["I've decided to kill myself"]
    assert detector.screen("where's the nearest railway bridge?", earlier).risk == IMMINENT


def test_a_means_question_after_a_calm_conversation_stays_quiet(
    detector: SafetyDetector,
) -> None:
    earlier = ["Work was fine today", "We're visiting my aunt at the weekend"]
    assert detector.screen("what's the tallest bridge around here?", earlier).risk == NONE


def test_distress_in_the_same_message_counts_too(detector: SafetyDetector) -> None:
    text = "I lost my job and can't go on. What's the tallest bridge in town?"
    assert detector.screen(text).risk >= HIGH


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        (["I'm so down lately"], "I can't do this anymore"),
        (["Everything feels hopeless"], "I just want all of it to stop"),
        (["I keep thinking everyone would be better off without me"], "goodbye everyone"),
        (["I want to die"], "I'm sorry for everything"),
    ],
)
def test_ambiguous_lines_go_up_after_distress(
    detector: SafetyDetector, earlier: list[str], text: str
) -> None:
    alone = detector.screen(text).risk
    assert detector.screen(text, earlier).risk > alone


def test_doing_it_tonight_after_suicidal_talk_is_imminent(detector: SafetyDetector) -> None:
    assert detector.screen("I'm going to do it tonight", ["I want to kill myself"]).risk == (
        IMMINENT
    )


def test_wanting_to_be_with_someone_after_their_death_is_high(
    detector: SafetyDetector,
) -> None:
    earlier = ["My wife passed away in the spring"]
    assert detector.screen("I just want to be with her again", earlier).risk == HIGH


def test_wanting_to_be_with_an_ex_is_not_flagged(detector: SafetyDetector) -> None:
    earlier = ["My boyfriend and I broke up last month"]
    assert detector.screen("I just want to be with him again", earlier).risk == NONE


def test_a_goodbye_to_a_loved_one_after_a_bereavement_is_high(detector: SafetyDetector) -> None:
    earlier = ["It's been a year since my mum died"]
    assert detector.screen("I'll see you soon, mum", earlier).risk >= HIGH


def test_earlier_risk_does_not_colour_an_unrelated_message(detector: SafetyDetector) -> None:
    text = "thanks for listening, I'm going to watch a film now"
    assert detector.screen(text, ["I want to die"]).risk == NONE


def test_only_recent_context_is_read(detector: SafetyDetector) -> None:
    earlier = ["I want to kill myself"] + ["I had pasta for dinner"] * 40
    assert detector.screen("I can't do this anymore", earlier).risk == CONCERN


def test_a_string_given_as_context_is_read_as_one_message(detector: SafetyDetector) -> None:
    screening = detector.screen("what's the tallest bridge in town?", "I can't go on")  # type: ignore[arg-type]
    assert screening.risk == HIGH


def test_buying_a_rope_is_not_flagged_on_its_own(detector: SafetyDetector) -> None:
    assert detector.screen("I bought a rope today").risk == NONE


def test_buying_a_rope_after_despair_is_high(detector: SafetyDetector) -> None:
    earlier = ["I can't see any way out of this"]
    assert detector.screen("I bought a rope today", earlier).risk >= HIGH


def test_standing_on_a_bridge_after_talk_of_dying_is_high(detector: SafetyDetector) -> None:
    earlier = ["I wish I was dead"]
    assert detector.screen("I'm standing on the bridge right now", earlier).risk >= HIGH


def test_not_being_able_to_live_without_someone_who_died_is_high(
    detector: SafetyDetector,
) -> None:
    assert detector.screen("I can't live without him since he died").risk == HIGH


def test_giving_up_is_only_read_darkly_after_distress(detector: SafetyDetector) -> None:
    alone = detector.screen("I give up").risk
    after = detector.screen("I give up", ["nothing I do matters, I hate myself"]).risk
    assert (alone, after) == (NONE, CONCERN)


def test_a_see_you_soon_to_a_partner_is_not_flagged(detector: SafetyDetector) -> None:
    assert detector.screen("I'll be with you soon baby").risk == NONE


def test_a_superlative_after_the_place_is_still_a_means_question_after_distress(detector):
    context = ["I was let go today and I honestly can't go on"]

    assert detector.screen("which car park in town is the highest?", context).risk >= RiskLevel.HIGH
    assert detector.screen("which car park in town is the highest?").risk == RiskLevel.NONE
