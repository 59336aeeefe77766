"""Self-harm, danger to or from other people, and grief that turns into a wish to die.

Every phrase here was written for these tests; none comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import SafetyDetector
from bot.safety.levels import RiskLevel
from tests.unit.safety.phrasing import CONCERN, HIGH, NONE

CURRENT_SELF_HARM = [
    "I cut myself last night",
    "I cut myself again after the argument",
    "I've been burning my arms",
    "I've been burning myself with a lighter",
    "I hit myself when I get angry",
    "I relapsed and cut yesterday",
    "There are fresh cuts on my thighs",
    "I scratch my arms until they bleed",
    "I want to hurt myself",
    "I've been self harming for months",
    "the urge to cut is so strong tonight",
]

HARM_TO_OTHERS = [
    "I'm going to hurt him",
    "I want to kill my boss and I mean it",
    "I'm going to stab my ex when I see him",
    "I'm going to shoot up my school",
    "I've thought about how I'd kill him and I'm going to do it",
    "I swear I'm going to kill my stepdad",
]

ABUSE = [
    "He hits me when he's drunk",
    "My boyfriend choked me last night",
    "I'm scared to go home because of my stepdad",
    "My dad threatened to kill me if I tell anyone",
    "I don't feel safe at home",
    "She slaps me whenever I say something wrong",
    "I'm being abused at home",
    "my husband beats me",
    "I'm terrified of my husband",
    "my stepdad touches me at night",
]

GRIEF_WISHES = [
    "I want to join my husband",
    "My husband died last year and I want to join him",
    "I want to be with my mum in heaven",
    "I just want to be with my wife again, wherever she is now",
]


@pytest.mark.parametrize("text", CURRENT_SELF_HARM)
def test_current_self_harm_is_high(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "I used to self-harm when I was a teenager but I'm fine now",
        "I have old self harm scars on my arms",
        "I stopped cutting two years ago",
    ],
)
def test_past_self_harm_is_a_concern(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk == CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "I cut myself shaving this morning",
        "I burned my arm on the oven",
        "I hurt myself at football on Saturday",
        "I beat myself up over small mistakes",
        "I could kick myself for missing the train",
        "I cut my finger chopping onions",
        "I need to cut back on coffee",
        "my self esteem is low at the moment",
    ],
)
def test_accidents_and_idioms_about_oneself_are_not_self_harm(
    detector: SafetyDetector, text: str
) -> None:
    assert detector.screen(text).risk == NONE


@pytest.mark.parametrize("text", HARM_TO_OTHERS)
def test_threats_to_harm_someone_are_high(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk >= HIGH


def test_a_threat_with_a_time_is_imminent(detector: SafetyDetector) -> None:
    assert detector.screen("I'm going to stab him tonight").risk == RiskLevel.IMMINENT


def test_an_angry_wish_to_hurt_someone_is_a_concern(detector: SafetyDetector) -> None:
    assert detector.screen("Sometimes I want to punch my brother").risk == CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to kill it at my interview",
        "I'm going to murder this burger",
        "I'm going to kill him in Mario Kart later",
        "my mum is going to kill me when she sees my grades",
        "My sister is going to kill me for borrowing her dress",
        "I could kill my brother for eating my chocolate",
        "I don't want to hurt her feelings",
        "I'm furious at my sister",
        "My partner and I had a huge row last night",
        "I want to end things with my boyfriend",
        "I'm going to end it with him tonight",
    ],
)
def test_everyday_anger_and_figures_of_speech_are_not_threats(
    detector: SafetyDetector, text: str
) -> None:
    assert detector.screen(text).risk == NONE


@pytest.mark.parametrize("text", ABUSE)
def test_abuse_and_fear_at_home_are_high(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk >= HIGH


def test_abuse_long_ago_is_a_concern(detector: SafetyDetector) -> None:
    assert detector.screen("My father used to beat me when I was a child").risk == CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "It hit me how much I miss her",
        "Hit me up when you're free",
        "That song really hit me",
        "My brother beats me at chess every time",
        "The reality of the situation hit me hard",
        "My boss threatened to sue me",
        "My landlord is going to kick me out",
        "I'm scared of my dad's reaction to my grades",
    ],
)
def test_figures_of_speech_about_being_hit_are_not_abuse(
    detector: SafetyDetector, text: str
) -> None:
    assert detector.screen(text).risk == NONE


@pytest.mark.parametrize("text", GRIEF_WISHES)
def test_a_wish_to_join_someone_who_died_is_high(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "My dad died in May and I miss him",
        "I miss my grandmother so much since she passed",
        "I want to join my husband in Spain next month",
        "I cried all through my grandad's funeral",
        "It's the anniversary of my mum's death and I feel sad",
    ],
)
def test_ordinary_grief_is_not_flagged(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk == NONE


def test_someone_close_being_suicidal_is_a_concern(detector: SafetyDetector) -> None:
    # Not the participant's own risk, but a crisis they are living through.
    assert detector.screen("My best friend told me she's suicidal and I'm scared").risk == CONCERN


def test_sitting_in_a_car_in_a_closed_garage_is_an_attempt(detector):
    from bot.safety.levels import RiskLevel

    said = "yesterday I sat in my car in the locked garage for ages with the motor on"
    assert detector.screen(said).risk >= RiskLevel.HIGH


def test_a_carbon_monoxide_alarm_is_household_safety_not_risk(detector):
    from bot.safety.levels import RiskLevel

    assert detector.screen("the carbon monoxide alarm in our garage keeps beeping").risk == (
        RiskLevel.NONE
    )
