"""Loneliness is the problem IPT works on, not a crisis; being in danger always is one."""

import pytest

from bot.safety.levels import RiskLevel


@pytest.mark.parametrize("text", [
    "i feel so lonely, i don't have anyone since i moved here",
    "I'm so lonely and I have no one to talk to",
    "i feel really isolated, nobody talks to me at work",
    "I've been lonely for years and I don't have any friends",
    "feeling all alone, no one understands",
])
def test_loneliness_said_several_ways_is_one_sign_not_a_crisis(detector, text):
    assert detector.screen(text).risk is RiskLevel.NONE


@pytest.mark.parametrize("text", [
    "i feel lonely and worthless",
    "I hate myself and I'm so alone",
    "nobody cares and i can't cope anymore",
])
def test_loneliness_with_another_kind_of_distress_still_gets_a_clinicians_look(detector, text):
    assert detector.screen(text).risk >= RiskLevel.CONCERN


@pytest.mark.parametrize("text", [
    "i'm in danger at home", "I am in danger", "im in danger from my husband",
    "I'm scared for my life", "me and the kids are in danger here",
    "I feel in danger in my own home",
])
def test_being_in_danger_is_high(detector, text):
    assert detector.screen(text).risk is RiskLevel.HIGH


@pytest.mark.parametrize("text", [
    "I'm in danger of failing my exams", "my character is in danger in this game",
    "I'm not in danger, just sad", "we are in danger of missing the train",
])
def test_danger_in_other_senses_does_not_fire(detector, text):
    assert detector.screen(text).risk is RiskLevel.NONE
