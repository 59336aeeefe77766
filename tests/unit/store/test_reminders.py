"""Reminders in the database: set, snooze, stop, and claims that never send twice."""

from datetime import datetime, time, timedelta, timezone

import pytest

from bot.reminders.store import claim_due, set_reminder, snooze, stop
from bot.store.crypto import TextCipher
from bot.store.database import session_scope
from bot.store.migrate import upgrade
from bot.store.participants import enrol, find_participant

SET_AT = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)
DUE = datetime(2026, 11, 23, 20, 0, tzinfo=timezone.utc)


@pytest.fixture
def db(database_url, data_key):
    upgrade(database_url)
    with session_scope(database_url) as session:
        participant = enrol(session, conversation_id="web-1", channel="socketio",
                            cipher=TextCipher([data_key]), country="GB", display_name=None)
        set_reminder(session, participant, time(20, 0), "Europe/London", now=SET_AT)
    return database_url


def _claim(url, now):
    with session_scope(url) as session:
        return claim_due(session, now=now)


def test_a_reminder_is_not_sent_before_it_is_due(db):
    assert _claim(db, DUE - timedelta(minutes=1)) == []


def test_a_due_reminder_is_claimed_once_for_the_latest_conversation(db):
    first = _claim(db, DUE + timedelta(seconds=5))
    assert [c.conversation_id for c in first] == ["web-1"]
    assert _claim(db, DUE + timedelta(seconds=10)) == []


def test_after_a_restart_a_reminder_missed_by_minutes_is_sent_once_late(db):
    # The worker was down at 20:00 and comes back at 20:40.
    assert len(_claim(db, DUE + timedelta(minutes=40))) == 1
    assert _claim(db, DUE + timedelta(minutes=41)) == []


def test_after_a_long_outage_a_missed_reminder_is_skipped_not_sent(db):
    assert _claim(db, DUE + timedelta(hours=5)) == []
    with session_scope(db) as session:
        reminder = find_participant(session, "web-1").reminder
        assert reminder.last_outcome == "skipped_late"


def test_the_next_day_brings_the_next_reminder(db):
    assert len(_claim(db, DUE + timedelta(seconds=1))) == 1
    assert len(_claim(db, DUE + timedelta(days=1, seconds=1))) == 1


def test_a_snoozed_reminder_comes_back_an_hour_later(db):
    _claim(db, DUE + timedelta(seconds=1))
    with session_scope(db) as session:
        assert snooze(session, find_participant(session, "web-1"), now=DUE + timedelta(minutes=1))
    assert _claim(db, DUE + timedelta(minutes=30)) == []
    assert len(_claim(db, DUE + timedelta(minutes=62))) == 1


def test_a_stopped_reminder_is_never_sent(db):
    with session_scope(db) as session:
        assert stop(session, find_participant(session, "web-1"))
    assert _claim(db, DUE + timedelta(seconds=1)) == []
