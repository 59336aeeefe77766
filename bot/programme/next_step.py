"""Where a participant is in the programme, and the one next step the bot suggests.

One suggestion at a time, in the order a therapist would pick up the thread: first the step
they planned last time ("How did it go?"), then an exercise they paused, the fortnightly
PHQ-9, today's check-in, and then the phase's own work. While a risk flag is open exercises
and homework pause: only check-ins and talking go on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from bot.programme import phq9

PHASES = ("initial", "middle", "closing")
FOCUS_AREAS = ("grief", "role_dispute", "role_transition", "interpersonal_deficits")
#: The exercise form that works on each focus area.
AREA_FORMS = {
    "grief": "grief_form",
    "role_dispute": "dispute_form",
    "role_transition": "transition_form",
    "interpersonal_deficits": "loneliness_form",
}
#: How the problem areas are named to a participant (plain words, not IPT jargon).
AREA_NAMES = {
    "grief": "grief after a death",
    "role_dispute": "a disagreement with someone important",
    "role_transition": "a big change in your life",
    "interpersonal_deficits": "feeling alone or disconnected",
}


class Suggestion(str, Enum):
    HOMEWORK_REVIEW = "homework_review"
    RESUME = "resume"
    PHQ9 = "phq9"
    CHECKIN = "checkin"
    INVENTORY = "inventory"
    FOCUS = "focus"
    AREA_EXERCISE = "area_exercise"
    CLOSING = "closing"
    NOTHING = "nothing"


@dataclass(frozen=True)
class ProgrammeState:
    phase: str
    focus_area: str | None
    inventory_count: int
    homework_planned_at: datetime | None
    paused_form: str | None
    phq9_last: datetime | None
    checked_in_today: bool
    safety_mode: bool
    now: datetime
    today_start: datetime


def next_step(state: ProgrammeState, *, include_checkin: bool = True) -> Suggestion:
    if state.safety_mode:
        if include_checkin and not state.checked_in_today:
            return Suggestion.CHECKIN
        return Suggestion.NOTHING
    if state.homework_planned_at is not None and state.homework_planned_at < state.today_start:
        return Suggestion.HOMEWORK_REVIEW
    if state.paused_form:
        return Suggestion.RESUME
    if state.inventory_count and phq9.is_due(state.phq9_last, state.now):
        return Suggestion.PHQ9
    if include_checkin and not state.checked_in_today:
        return Suggestion.CHECKIN
    if state.phase == "closing":
        return Suggestion.CLOSING
    if state.inventory_count == 0:
        return Suggestion.INVENTORY
    if state.focus_area is None:
        return Suggestion.FOCUS if state.phase == "initial" else Suggestion.NOTHING
    return Suggestion.AREA_EXERCISE
