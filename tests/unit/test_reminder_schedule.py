from datetime import datetime, time, timedelta, timezone

import pytest

from bot.reminders.schedule import decide, next_occurrence, parse_local_time, parse_timezone


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8pm", time(20, 0)), ("20:00", time(20, 0)), ("7.30 am", time(7, 30)),
        ("at 9 in the evening", time(21, 0)), ("noon", time(12, 0)), ("12am", time(0, 0)),
        ("around 6:15", time(6, 15)), ("in the morning", time(9, 0)),
    ],
)
def test_reminder_times_people_type_are_understood(text, expected):
    assert parse_local_time(text) == expected


@pytest.mark.parametrize("text", ["banana", "", None, "25:00", "9:75", "🙂", "x" * 500])
def test_unclear_times_are_not_guessed(text):
    assert parse_local_time(text) is None


def test_timezones_are_validated():
    assert parse_timezone("Europe/London") == "Europe/London"
    assert parse_timezone("America/New York") == "America/New_York"
    assert parse_timezone("Mars/Olympus") is None


def test_next_occurrence_is_today_if_still_ahead_else_tomorrow():
    now = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)
    assert next_occurrence(time(20, 0), "Europe/London", now) == datetime(
        2026, 11, 23, 20, 0, tzinfo=timezone.utc
    )
    assert next_occurrence(time(8, 0), "Europe/London", now) == datetime(
        2026, 11, 24, 8, 0, tzinfo=timezone.utc
    )


def test_next_occurrence_follows_the_local_clock_across_daylight_saving():
    before_change = datetime(2027, 3, 27, 12, 0, tzinfo=timezone.utc)
    due = next_occurrence(time(8, 0), "Europe/London", before_change + timedelta(hours=1))
    assert due == datetime(2027, 3, 28, 7, 0, tzinfo=timezone.utc)  # 08:00 BST


def test_a_due_reminder_is_sent_a_little_late_but_skipped_when_very_late():
    due = datetime(2026, 11, 23, 20, 0, tzinfo=timezone.utc)
    assert decide(due, due - timedelta(seconds=1)) == "wait"
    assert decide(due, due + timedelta(minutes=30)) == "send"
    assert decide(due, due + timedelta(hours=3)) == "skip"
