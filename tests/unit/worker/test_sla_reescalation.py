"""Re-escalation: an unacknowledged flag past its SLA goes to the backup, once, and never
after a clinician has acknowledged it."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

import bot.worker.sla as sla
from bot.safety.escalation import acknowledge
from bot.safety.levels import RiskLevel
from bot.store.database import session_scope
from bot.store.models import Flag, utcnow
from bot.worker.sla import run_sla_pass
from tests.unit.worker.support import notifications, raise_test_flag

TARGETS = {"CLINICIAN_TELEGRAM_CHAT_ID": "-100111", "BACKUP_TELEGRAM_CHAT_ID": "-100222"}


def _backup_rows(db, flag_id):
    return [n for n in notifications(db, flag_id) if n.audience == "backup"]


def test_an_overdue_open_flag_is_re_escalated_to_the_backup(db, cipher):
    raised = utcnow()
    flag_id = raise_test_flag(db, cipher, TARGETS, severity=RiskLevel.IMMINENT, now=raised)
    assert run_sla_pass(db, TARGETS, raised + timedelta(minutes=5, seconds=1)) == [flag_id]
    [row] = _backup_rows(db, flag_id)
    assert (row.kind, row.target, row.status) == ("re_escalation", "telegram", "pending")
    with session_scope(db) as session:
        assert session.get(Flag, flag_id).escalation_level == 1


@pytest.mark.parametrize(
    ("severity", "sla"),
    [
        (RiskLevel.IMMINENT, timedelta(minutes=5)),
        (RiskLevel.HIGH, timedelta(minutes=15)),
        (RiskLevel.CONCERN, timedelta(hours=24)),
    ],
)
def test_a_flag_is_re_escalated_only_once_its_default_sla_has_passed(db, cipher, severity, sla):
    raised = utcnow()
    flag_id = raise_test_flag(db, cipher, TARGETS, severity=severity, now=raised)
    assert run_sla_pass(db, TARGETS, raised + sla - timedelta(seconds=1)) == []
    assert run_sla_pass(db, TARGETS, raised + sla + timedelta(seconds=1)) == [flag_id]


def test_an_sla_override_from_the_environment_changes_when_a_flag_is_due(db, cipher):
    environ = {**TARGETS, "IPT_SLA_HIGH_MINUTES": "1"}
    raised = utcnow()
    flag_id = raise_test_flag(db, cipher, environ, severity=RiskLevel.HIGH, now=raised)
    assert run_sla_pass(db, environ, raised + timedelta(seconds=59)) == []
    assert run_sla_pass(db, environ, raised + timedelta(seconds=61)) == [flag_id]


def test_an_acknowledged_flag_is_never_re_escalated(db, cipher):
    raised = utcnow()
    flag_id = raise_test_flag(db, cipher, TARGETS, now=raised)
    with session_scope(db) as session:
        acknowledge(session, flag_id, "Dr Okafor")
    assert run_sla_pass(db, TARGETS, raised + timedelta(days=2)) == []
    assert _backup_rows(db, flag_id) == []


def test_a_flag_is_re_escalated_once_however_often_the_pass_runs(db, cipher):
    raised = utcnow()
    flag_id = raise_test_flag(db, cipher, TARGETS, now=raised)
    for minutes in (16, 17, 60):
        run_sla_pass(db, TARGETS, raised + timedelta(minutes=minutes))
    assert len(_backup_rows(db, flag_id)) == 1


def test_an_acknowledgement_landing_during_the_pass_wins(db, cipher, monkeypatch):
    raised = utcnow()
    flag_id = raise_test_flag(db, cipher, TARGETS, now=raised)
    listed = sla.due_for_reescalation

    def list_then_clinician_acknowledges(session, now):
        due = listed(session, now)
        with session_scope(db) as other:  # another process, between our read and our write
            acknowledge(other, flag_id, "Dr Okafor")
        return due

    monkeypatch.setattr(sla, "due_for_reescalation", list_then_clinician_acknowledges)
    assert run_sla_pass(db, TARGETS, raised + timedelta(hours=1)) == []
    assert _backup_rows(db, flag_id) == []
    with session_scope(db) as session:
        flag = session.get(Flag, flag_id)
        assert (flag.status, flag.escalation_level) == ("acknowledged", 0)


def test_an_overdue_flag_with_no_backup_configured_is_logged_at_error(db, cipher, caplog):
    on_call_only = {"CLINICIAN_TELEGRAM_CHAT_ID": "-100111"}
    raised = utcnow()
    flag_id = raise_test_flag(db, cipher, on_call_only, now=raised)
    with caplog.at_level(logging.WARNING, logger="bot.worker"):
        run_sla_pass(db, on_call_only, raised + timedelta(hours=1))
    [error] = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert f"flag {flag_id}" in error.getMessage() and "NO backup target" in error.getMessage()
