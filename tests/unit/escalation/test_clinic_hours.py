from datetime import datetime, timezone

from bot.safety.clinic_hours import load_clinic_hours, when_a_person_answers

HOURS = load_clinic_hours(
    {"CLINIC_HOURS": "09:00-17:00", "CLINIC_DAYS": "mon-fri", "CLINIC_TIMEZONE": "Europe/London"}
)


def test_within_hours_the_bot_promises_a_reply_within_the_sla():
    tuesday_noon = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)
    sentence = when_a_person_answers(HOURS, tuesday_noon, 15, "999")
    assert "within about 15 minutes" in sentence
    assert "999" not in sentence


def test_outside_hours_the_bot_says_when_and_repeats_the_emergency_number():
    saturday_night = datetime(2026, 11, 28, 23, 0, tzinfo=timezone.utc)
    sentence = when_a_person_answers(HOURS, saturday_night, 15, "999")
    assert "Monday at 09:00" in sentence
    assert "999" in sentence


def test_the_evening_before_a_workday_points_to_the_next_morning():
    monday_evening = datetime(2026, 11, 23, 18, 30, tzinfo=timezone.utc)
    assert "Tuesday at 09:00" in when_a_person_answers(HOURS, monday_evening, 5, "112")
