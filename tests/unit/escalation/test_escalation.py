"""Flags and their outbox rows, on SQLite and PostgreSQL."""

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.safety.escalation import (
    acknowledge,
    configured_targets,
    due_for_reescalation,
    raise_flag,
    reason_category,
    reescalate,
    resolve,
    sla_for,
)
from bot.safety.levels import RiskLevel
from bot.store.crypto import TextCipher
from bot.store.database import session_scope
from bot.store.migrate import upgrade
from bot.store.models import Flag, Notification, utcnow

TARGETS = {
    "CLINICIAN_TELEGRAM_CHAT_ID": "-100123",
    "ESCALATION_WEBHOOK_URL": "http://127.0.0.1:9/hook",
    "BACKUP_EMAIL": "backup@clinic.example",
}


@pytest.fixture
def db(database_url):
    upgrade(database_url)
    return database_url


@pytest.fixture
def cipher(data_key):
    return TextCipher([data_key])


def _raise(url, cipher, severity=RiskLevel.HIGH, conversation="c1", now=None, text="I can't go on"):
    with session_scope(url) as session:
        return raise_flag(
            session, conversation_id=conversation, severity=severity,
            reasons=["active suicidal ideation"], excerpt=text, cipher=cipher,
            environ=TARGETS, now=now,
        ).id


def test_a_flag_and_its_notifications_are_written_together(db, cipher):
    flag_id = _raise(db, cipher)
    with session_scope(db) as session:
        flag = session.get(Flag, flag_id)
        targets = sorted(n.target for n in flag.notifications)
        assert flag.status == "open" and flag.severity == "high"
        assert targets == ["telegram", "webhook"]
        assert all(n.status == "pending" and n.audience == "on_call" for n in flag.notifications)


def test_the_excerpt_is_encrypted_and_clipped(db, cipher):
    flag_id = _raise(db, cipher, text="can't go on " * 100)
    with session_scope(db) as session:
        flag = session.get(Flag, flag_id)
        assert "go on" not in flag.excerpt_enc
        assert len(cipher.decrypt(flag.excerpt_enc)) <= 500


def test_a_failed_transaction_leaves_neither_flag_nor_notification(db, cipher):
    with pytest.raises(RuntimeError), session_scope(db) as session:
        raise_flag(session, conversation_id="c1", severity=RiskLevel.HIGH, reasons=[],
                   excerpt=None, cipher=cipher, environ=TARGETS)
        raise RuntimeError("crash before commit")
    with session_scope(db) as session:
        assert session.execute(select(Flag)).all() == []
        assert session.execute(select(Notification)).all() == []


def test_more_messages_at_the_same_level_do_not_multiply_alerts(db, cipher):
    first = _raise(db, cipher)
    second = _raise(db, cipher)
    assert first == second
    with session_scope(db) as session:
        assert len(session.execute(select(Notification)).all()) == 2


def test_a_higher_severity_renotifies_on_the_same_flag(db, cipher):
    first = _raise(db, cipher, RiskLevel.CONCERN)
    second = _raise(db, cipher, RiskLevel.IMMINENT)
    assert first == second
    with session_scope(db) as session:
        flag = session.get(Flag, first)
        assert flag.severity == "imminent"
        kinds = sorted(n.kind for n in flag.notifications)
        assert kinds == ["flag_raised", "flag_raised", "severity_raised", "severity_raised"]
        assert len({n.idempotency_key for n in flag.notifications}) == 4


def test_none_risk_never_raises_a_flag(db, cipher):
    with pytest.raises(ValueError), session_scope(db) as session:
        raise_flag(session, conversation_id="c1", severity=RiskLevel.NONE, reasons=[],
                   excerpt=None, cipher=cipher, environ=TARGETS)


def test_sla_defaults_and_overrides():
    assert sla_for(RiskLevel.IMMINENT, {}) == timedelta(minutes=5)
    assert sla_for(RiskLevel.HIGH, {}) == timedelta(minutes=15)
    assert sla_for(RiskLevel.CONCERN, {}) == timedelta(hours=24)
    assert sla_for(RiskLevel.HIGH, {"IPT_SLA_HIGH_MINUTES": "2"}) == timedelta(minutes=2)


def test_targets_are_those_with_a_recipient_for_the_audience():
    assert configured_targets("on_call", TARGETS) == ["telegram", "webhook"]
    assert configured_targets("backup", TARGETS) == ["email"]


def test_an_unacknowledged_flag_past_its_sla_goes_to_the_backup(db, cipher):
    flag_id = _raise(db, cipher, RiskLevel.IMMINENT)
    later = utcnow() + timedelta(minutes=6)
    with session_scope(db) as session:
        assert due_for_reescalation(session, now=utcnow()) == []
        due = due_for_reescalation(session, now=later)
        assert [f.id for f in due] == [flag_id]
        rows = reescalate(session, due[0], TARGETS)
        assert [(n.target, n.audience, n.kind) for n in rows] == [
            ("email", "backup", "re_escalation")
        ]
    with session_scope(db) as session:
        assert due_for_reescalation(session, now=later) == []


def test_acknowledgement_stops_reescalation(db, cipher):
    flag_id = _raise(db, cipher, RiskLevel.IMMINENT)
    with session_scope(db) as session:
        acknowledge(session, flag_id, "dr.who")
    with session_scope(db) as session:
        assert due_for_reescalation(session, now=utcnow() + timedelta(hours=1)) == []
        flag = session.get(Flag, flag_id)
        assert flag.acknowledged_by == "dr.who" and flag.status == "acknowledged"


def test_after_resolution_a_new_risk_opens_a_new_flag(db, cipher):
    first = _raise(db, cipher)
    with session_scope(db) as session:
        resolve(session, first, "dr.who")
    assert _raise(db, cipher) != first


def test_reasons_accumulate_without_duplicates(db, cipher):
    flag_id = _raise(db, cipher)
    with session_scope(db) as session:
        raise_flag(session, conversation_id="c1", severity=RiskLevel.CONCERN,
                   reasons=["active suicidal ideation", "plan"], excerpt=None, cipher=cipher,
                   environ=TARGETS)
    with session_scope(db) as session:
        reasons = json.loads(session.get(Flag, flag_id).reasons)
        assert reasons == ["active suicidal ideation", "plan"]


@pytest.mark.parametrize(
    ("reason", "category"),
    [
        ("plan or timeframe: 'tonight'", "plan or timeframe"),
        ("means at hand ('I have the pills')", "means at hand"),
        ('preparation: "wrote a note"', "preparation"),
        ("active suicidal ideation", "active suicidal ideation"),
        ("'only quoted words'", "unspecified risk"),
    ],
)
def test_reasons_keep_the_category_never_the_participants_words(reason, category):
    assert reason_category(reason) == category


def test_a_flag_stores_reasons_without_quoted_words(db, cipher):
    with session_scope(db) as session:
        flag = raise_flag(session, conversation_id="c9", severity=RiskLevel.HIGH,
                          reasons=["means at hand ('I have the pills')"], excerpt="x",
                          cipher=cipher, environ=TARGETS)
        assert "pills" not in flag.reasons
