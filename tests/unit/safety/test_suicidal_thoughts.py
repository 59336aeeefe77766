"""Suicidal thinking, plans and preparations: what must be flagged, and at least how high.

Every phrase here was written for these tests; none comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import SafetyDetector
from bot.safety.levels import RiskLevel

CONCERN, HIGH, IMMINENT = RiskLevel.CONCERN, RiskLevel.HIGH, RiskLevel.IMMINENT

PASSIVE_IDEATION = [
    "Some days I wish I could go to sleep and just never wake up again",
    "Some nights I hope I just don't wake up in the morning",
    "Everyone would be better off without me",
    "My family would honestly be happier without me",
    "What's the point of living like this",
    "I don't see the point in living anymore",
    "Honestly I wish I had never been born",
    "I'd rather be dead than keep living like this",
    "Honestly I wouldn't mind if I died tomorrow",
    "Nobody would even notice if I was gone",
    "I'm so tired of being alive",
    "There's no reason for me to keep living",
    "i just dont want to be alive anymore",
    "I keep wishing a bus would hit me on the way to work",
    "Life isn't worth living without her",
    "I wish I were dead",
    "I've lost the will to live",
    "I have nothing left to live for",
]

ACTIVE_IDEATION = [
    "I want to kill myself",
    "I'm thinking about ending it",
    "I've been thinking about suicide a lot lately",
    "I keep having thoughts of killing myself",
    "I feel suicidal again",
    "I want to end my life",
    "Part of me wants to end it all",
    "Sometimes I think about jumping off the bridge near my flat",
    "I want to hang myself",
    "I've been looking up ways to kill myself",
    "Should I just kill myself",
]

SLANG_AND_MISSPELLINGS = [
    "kms",
    "im gonna kms fr",
    "honestly might kys",
    "i wanna unalive myself",
    "thinking of ctb",
    "WANNA DIE",
    "i want 2 die",
    "i want to dieee",
    "sewer slide is looking really good rn",
    "im so suicidal",
    "I WANT TO KILL MYSELF",
    "i dont wanna live anymore",
    "having sucidal thoughts again",
    "i want to kill my self",
]


@pytest.mark.parametrize("text", PASSIVE_IDEATION)
def test_passive_ideation_is_high(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk >= HIGH


@pytest.mark.parametrize("text", ACTIVE_IDEATION)
def test_active_ideation_is_high(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk >= HIGH


@pytest.mark.parametrize("text", SLANG_AND_MISSPELLINGS)
def test_slang_and_misspelled_ideation_is_high(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to kill myself tonight",
        "I've decided to end my life this weekend",
        "I have the pills ready and I'm going to take them all tonight",
        "I'm going to hang myself tomorrow morning",
        "The rope is ready and I'm doing it after everyone goes to bed",
        "I want to die. I have the tablets right here",
        "I just took all of my sleeping pills",
        "This is my last message. I'm going to end it tonight",
    ],
)
def test_intent_with_a_time_or_the_means_at_hand_is_imminent(
    detector: SafetyDetector, text: str
) -> None:
    assert detector.screen(text).risk == IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "I've decided how",
        "I know how and when I'm going to do it",
        "I've been saving up my pills for weeks",
        "I'm going to kill myself",
        "I have a plan to end my life",
    ],
)
def test_a_plan_or_intent_without_a_time_is_at_least_high(
    detector: SafetyDetector, text: str
) -> None:
    assert detector.screen(text).risk >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "This is my last message",
        "tell my mum I love her, goodbye forever",
        "Goodbye everyone, this is my last post",
        "I've given away my cat and my guitar",
        "Please look after my dog when I'm gone",
        "By the time you read this I'll be gone",
        "I've written my note",
        "I won't be alive by the weekend",
    ],
)
def test_goodbyes_and_preparations_are_at_least_high(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk >= HIGH


def test_a_vague_intent_with_a_time_is_only_a_concern_on_its_own(
    detector: SafetyDetector,
) -> None:
    # In a therapy companion this is as likely to be homework as anything else.
    assert detector.screen("I'm going to do it tonight").risk == CONCERN


def test_the_reason_names_the_timeframe(detector: SafetyDetector) -> None:
    reasons = detector.screen("I'm going to kill myself tonight").reasons
    assert "plan or timeframe: 'tonight'" in reasons


def test_the_reason_names_active_ideation(detector: SafetyDetector) -> None:
    assert "active suicidal ideation" in detector.screen("I want to kill myself").reasons


@pytest.mark.parametrize(
    "text",
    [
        "I self-harmed years ago, I'm fine now",
        "I attempted when I was 16 but I'm in a good place",
        "I used to want to die when I was at school but things are much better now",
        "I was suicidal back in uni, I'm in a much better place now",
        "I attempted suicide in 2012 and I've been well since",
        "I haven't cut in three years",
    ],
)
def test_past_resolved_risk_is_a_concern_not_none(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk == CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "I self-harmed years ago, now I'm fine",
        "i cut myself in my teens but now im in a really good place",
        "a long time ago I thought about ending it, now I help out at a youth club",
        "my old coping mechanism was burning myself, now I go swimming instead",
        "it's been ages since I had any urge to hurt myself",
        "its been 3 years since i last self harmed",
        "I had suicidal thoughts in my 30s, haven't had them in years",
        "my counsellor back then helped me stop self harming, I still use what she taught me",
        "I attempted in my early 20s and therapy helped me overcome it",
    ],
)
def test_history_told_with_now_or_since_is_a_concern_not_high(
    detector: SafetyDetector, text: str
) -> None:
    assert detector.screen(text).risk == CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "I self-harmed years ago and now I want to start again",
        "I tried to kill myself years ago and now I'm thinking about it again",
        "it's been ages since I felt this low, I want to die",
        "years ago I attempted and now I'm planning it again",
        "I used to cut myself and now I'm scared I'll start again",
    ],
)
def test_history_followed_by_risk_now_is_high(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk >= HIGH


def test_a_recent_attempt_is_not_treated_as_history(detector: SafetyDetector) -> None:
    assert detector.screen("I tried to kill myself last week").risk >= HIGH


def test_a_crisis_sentence_at_the_end_of_a_long_post_is_found(detector: SafetyDetector) -> None:
    filler = "Work was busy and I spent the evening cooking and watching television. " * 400
    assert detector.screen(filler + "I am going to kill myself tonight.").risk == IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "je veux mourir",
        "quiero morirme",
        "ich will mich umbringen",
    ],
)
def test_the_most_explicit_phrases_in_other_languages_are_high(
    detector: SafetyDetector, text: str
) -> None:
    assert detector.screen(text).risk >= HIGH


def test_a_wish_with_a_time_is_high_but_only_intent_makes_it_imminent(
    detector: SafetyDetector,
) -> None:
    assert detector.screen("I want to kill myself tonight").risk == HIGH


def test_turning_a_weapon_on_oneself_is_intent(detector: SafetyDetector) -> None:
    assert detector.screen("I have a gun and I'm going to use it on myself").risk >= HIGH


def test_wanting_someone_else_to_kill_them_is_active_ideation(detector):
    from bot.safety.levels import RiskLevel

    assert detector.screen("i wish i could find somebody to finish me").risk >= RiskLevel.HIGH


def test_asking_whether_life_is_worth_living_is_a_concern(detector):
    from bot.safety.levels import RiskLevel

    assert detector.screen("is any of this actually worth carrying on for").risk >= (
        RiskLevel.CONCERN
    )


def test_hiring_a_tradesperson_is_not_a_risk(detector):
    from bot.safety.levels import RiskLevel

    assert detector.screen("we need to hire someone to fix the boiler").risk == RiskLevel.NONE
