"""One next step at a time, in the order a therapist would pick up the thread."""

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from bot.programme.next_step import ProgrammeState, Suggestion, next_step

NOW = datetime(2026, 12, 1, 18, tzinfo=timezone.utc)
TODAY = NOW.replace(hour=0)
BASE = ProgrammeState(
    phase="middle", focus_area="grief", inventory_count=3, homework_planned_at=None,
    paused_form=None, phq9_last=NOW - timedelta(days=3), checked_in_today=True,
    safety_mode=False, now=NOW, today_start=TODAY,
)


def test_the_planned_step_comes_first_when_it_was_planned_before_today():
    state = replace(BASE, homework_planned_at=NOW - timedelta(days=1), paused_form="grief_form")
    assert next_step(state) is Suggestion.HOMEWORK_REVIEW


def test_a_paused_exercise_comes_before_new_work():
    assert next_step(replace(BASE, paused_form="dispute_form")) is Suggestion.RESUME


def test_the_phq9_is_offered_every_two_weeks():
    assert next_step(replace(BASE, phq9_last=NOW - timedelta(days=15))) is Suggestion.PHQ9


def test_todays_checkin_comes_before_the_phase_work():
    assert next_step(replace(BASE, checked_in_today=False)) is Suggestion.CHECKIN


def test_the_initial_phase_starts_with_the_inventory_then_the_focus():
    initial = replace(BASE, phase="initial", focus_area=None, phq9_last=None)
    assert next_step(replace(initial, inventory_count=0)) is Suggestion.INVENTORY
    assert next_step(replace(initial, phq9_last=NOW)) is Suggestion.FOCUS


def test_the_middle_phase_works_on_the_focus_area():
    assert next_step(BASE) is Suggestion.AREA_EXERCISE


def test_the_closing_phase_offers_the_review():
    assert next_step(replace(BASE, phase="closing")) is Suggestion.CLOSING


def test_in_safety_mode_only_checkins_are_offered():
    state = replace(BASE, safety_mode=True, checked_in_today=False,
                    homework_planned_at=NOW - timedelta(days=2), paused_form="grief_form")
    assert next_step(state) is Suggestion.CHECKIN
    assert next_step(replace(state, checked_in_today=True)) is Suggestion.NOTHING
