"""A short screening in the style of the C-SSRS screener (Columbia Suicide Severity Rating
Scale, screen version): six yes/no questions, the middle three asked only after "yes" to
thoughts of suicide. Answers can only raise the risk level, never lower it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from bot.safety.levels import RiskLevel

SCREENING_SLOTS = (
    "cssrs_wish_dead",
    "cssrs_suicidal_thoughts",
    "cssrs_method",
    "cssrs_intent",
    "cssrs_plan",
    "cssrs_behaviour",
)

_LEVEL_IF_YES = {
    "cssrs_wish_dead": RiskLevel.CONCERN,
    "cssrs_suicidal_thoughts": RiskLevel.HIGH,
    "cssrs_method": RiskLevel.HIGH,
    "cssrs_intent": RiskLevel.IMMINENT,
    "cssrs_plan": RiskLevel.IMMINENT,
    "cssrs_behaviour": RiskLevel.IMMINENT,
}

_REASON_IF_YES = {
    "cssrs_wish_dead": "screening: wish to be dead in the past month",
    "cssrs_suicidal_thoughts": "screening: thoughts of killing oneself in the past month",
    "cssrs_method": "screening: has thought about a method",
    "cssrs_intent": "screening: some intention of acting on the thoughts",
    "cssrs_plan": "screening: has worked out details of a plan",
    "cssrs_behaviour": "screening: an attempt or preparation in the last 3 months",
}

_YES = re.compile(r"^(y|ya|yes|yeah|yep|yup|i have|i did|i do|sometimes|kind of|kinda|a bit|maybe|"
                  r"probably|true|often|all the time|every day)\b")
_NO = re.compile(r"^(n|no|nope|nah|never|not really|i haven'?t|i have not|i didn'?t|i don'?t|"
                 r"none)\b")
_SKIP = re.compile(r"^(skip|pass|rather not|i'?d rather not|prefer not|"
                   r"don'?t want to (say|answer))")


def parse_answer(text: str, intent: str | None, risk: RiskLevel) -> str | None:
    """"yes", "no", "skipped", or None when the answer is unclear.

    "Maybe", "sometimes" and "kind of" count as yes: in a screening for suicide risk a
    hesitant yes must be heard as a yes. An answer that itself screens high is a yes too.
    """
    normalised = text.strip().lower().lstrip("/")
    if normalised == "affirm" or intent == "affirm" or _YES.match(normalised):
        return "yes"
    if risk >= RiskLevel.HIGH:
        return "yes"
    if normalised == "skip" or intent == "skip" or _SKIP.match(normalised):
        return "skipped"
    if normalised == "deny" or intent == "deny" or _NO.match(normalised):
        return "no"
    return None


def screening_level(answers: Mapping[str, Any]) -> RiskLevel:
    level = RiskLevel.NONE
    for slot, answer in answers.items():
        if answer == "yes" and slot in _LEVEL_IF_YES:
            level = max(level, _LEVEL_IF_YES[slot])
    return level


def screening_reasons(answers: Mapping[str, Any]) -> list[str]:
    return [_REASON_IF_YES[s] for s in SCREENING_SLOTS if answers.get(s) == "yes"]
