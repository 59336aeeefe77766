"""Things people say every day that only look dangerous: the detector must stay quiet.

False alarms are not harmless in a therapy companion: they interrupt the session, worry the
participant and train clinicians to ignore alerts. Every phrase here was written for these
tests; none comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import SafetyDetector
from bot.safety.levels import RiskLevel

NEGATIONS = [
    "I would never hurt myself",
    "I'm not suicidal, just tired",
    "No thoughts of harming myself",
    "I don't want to die, I want things to change",
    "I have no intention of killing myself",
    "I'm not going to kill myself, don't worry",
    "Never had any suicidal thoughts",
    "I don't self harm",
    "Killing myself isn't something I would ever do",
    "I'm not thinking about ending it, I promise",
    "I wouldn't ever take my own life",
]

IDIOMS = [
    "This traffic is killing me",
    "I could murder a pizza right now",
    "I nearly died laughing at that video",
    "I'm dying to see the new Bond film",
    "My feet are killing me after that walk",
    "I'm dead tired after the night shift",
    "It would be career suicide to quit now",
    "I'd rather die than sing karaoke",
    "You're killing it at the gym",
    "I'm killing myself trying to finish this essay",
    "Bored to death in this meeting",
    "I could just die of embarrassment",
    "Over my dead body",
    "That joke killed me",
    "This homework is going to be the death of me",
    "My phone battery died again",
    "I'm drowning in paperwork at work",
    "Cross my heart and hope to die",
    "We're dead in the water without the funding",
    "I laughed so hard I thought I'd die",
    "I want to die my hair pink",
    "How do I overdose on happiness?",
    "I'd kill for a coffee right now",
]

TECHNICAL_AND_SPORT = [
    "How do I kill the process on port 8080?",
    "I need to execute the script again",
    "He shot a goal in the last minute",
    "Can you shoot a photo of the menu?",
    "We need to bridge the gap between the two teams",
    "Just hang the picture on the left wall",
    "Terminate the contract by Friday",
    "The tallest bridge in the world is in France",
    "Kill the lights when you leave",
    "Our striker shot from outside the box",
    "I had to cut the cable and start again",
    "The doctor said to take two tablets every four hours",
]

NEWS_AND_OTHER_PEOPLE = [
    "A man was shot in the news last night",
    "The article was about suicide rates in young men",
    "What is suicide?",
    "She said the character kills herself at the end of the book",
    "The documentary was about the history of the Samaritans",
    "Two people died in a car crash on the motorway",
    "The soldier was killed in action in 1944",
    "In the film he jumps off a bridge to escape",
    "How can I help a friend who is suicidal?",
    "What are the warning signs of suicide?",
    "Why did Romeo kill himself?",
]

ORDINARY_LIFE = [
    "I'm furious at my sister",
    "I hate my job",
    "I had a really rough day at work",
    "I'm stressed about my exams",
    "I'm going to end my subscription",
    "I'm done with this essay",
    "I'm so done with the rain",
    "My sister is going to kill me when she finds out I broke her phone",
    "I need to take my life more seriously",
    "I'm going to take my life back",
    "I'm going to do my homework tonight",
    "I've made a plan for the weekend",
    "I'm giving away my old clothes to charity",
    "I'm tired of this weather",
    "Can't wait to see you tomorrow",
    "I have a plan for my budget",
    "My nan passed away peacefully last spring",
]


@pytest.mark.parametrize("text", NEGATIONS)
def test_negated_risk_is_not_flagged(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk == RiskLevel.NONE


@pytest.mark.parametrize("text", IDIOMS)
def test_idioms_are_not_flagged(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk == RiskLevel.NONE


@pytest.mark.parametrize("text", TECHNICAL_AND_SPORT)
def test_technical_and_sporting_senses_are_not_flagged(
    detector: SafetyDetector, text: str
) -> None:
    assert detector.screen(text).risk == RiskLevel.NONE


@pytest.mark.parametrize("text", NEWS_AND_OTHER_PEOPLE)
def test_news_and_other_peoples_deaths_are_not_flagged(
    detector: SafetyDetector, text: str
) -> None:
    assert detector.screen(text).risk == RiskLevel.NONE


@pytest.mark.parametrize("text", ORDINARY_LIFE)
def test_ordinary_frustration_and_plans_are_not_flagged(
    detector: SafetyDetector, text: str
) -> None:
    assert detector.screen(text).risk == RiskLevel.NONE


def test_someone_elses_wish_to_die_is_not_the_participants(detector: SafetyDetector) -> None:
    assert detector.screen("The old man in the story wants to die at home").risk == RiskLevel.NONE


def test_no_flag_means_no_reasons(detector: SafetyDetector) -> None:
    assert detector.screen("This traffic is killing me").reasons == ()
