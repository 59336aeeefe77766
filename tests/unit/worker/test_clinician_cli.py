"""`ipt-companion flag list|ack|resolve`: what a clinician sees and does, without the app."""

from __future__ import annotations

import argparse
from datetime import timedelta

import pytest

from bot.clinician_cli import register
from bot.safety.levels import RiskLevel
from bot.store.database import session_scope
from bot.store.models import Flag, Notification, utcnow
from bot.worker.sla import run_sla_pass
from tests.unit.worker.support import assert_no_participant_text, raise_test_flag

TARGETS = {
    "CLINICIAN_TELEGRAM_CHAT_ID": "-100111",
    "ESCALATION_WEBHOOK_URL": "http://127.0.0.1:9/hook",
    "BACKUP_EMAIL": "backup@clinic.example",
}


@pytest.fixture
def clinic(db, monkeypatch) -> str:
    monkeypatch.setenv("DATABASE_URL", db)
    return db


def flag_command(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="ipt-companion")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["flag", *argv])
    return args.handler(args)


def _set_delivery(url, flag_id, target, **values) -> None:
    with session_scope(url) as session:
        session.query(Notification).filter_by(flag_id=flag_id, target=target).update(values)


def test_register_adds_a_flag_command_with_list_ack_and_resolve():
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["flag", "ack", "7", "--by", "Dr Okafor"])
    assert (args.flag_id, args.by, args.handler.__name__) == (7, "Dr Okafor", "ack_flag")
    assert parser.parse_args(["flag", "list", "--all"]).all is True


def test_flag_list_shows_id_severity_status_age_sla_and_each_alerts_delivery(
    clinic, cipher, capsys
):
    flag_id = raise_test_flag(clinic, cipher, TARGETS, severity=RiskLevel.IMMINENT)
    _set_delivery(clinic, flag_id, "telegram", status="delivered", attempts=1,
                  delivered_at=utcnow())
    assert flag_command("list") == 0
    out = capsys.readouterr().out
    assert f"#{flag_id}" in out and "IMMINENT" in out and "open" in out
    assert "age 0s" in out or "age 1s" in out
    assert "acknowledge within 4m" in out
    assert "why: active suicidal ideation" in out
    assert "telegram -> on_call  delivered" in out
    assert "webhook  -> on_call  pending" in out


def test_flag_list_never_shows_what_the_participant_wrote(clinic, cipher, capsys):
    raise_test_flag(clinic, cipher, TARGETS)
    flag_command("list")
    assert_no_participant_text(capsys.readouterr().out)


def test_flag_list_makes_failed_and_retrying_deliveries_visible(clinic, cipher, capsys):
    flag_id = raise_test_flag(clinic, cipher, TARGETS)
    _set_delivery(clinic, flag_id, "webhook", status="failed", attempts=10,
                  last_error="webhook answered HTTP 404")
    _set_delivery(clinic, flag_id, "telegram", attempts=3, last_error="Telegram unreachable")
    flag_command("list")
    out = capsys.readouterr().out
    assert "webhook  -> on_call  FAILED after 10 tries: webhook answered HTTP 404" in out
    assert "retrying (3 tries; last: Telegram unreachable)" in out
    assert "1 alert(s) FAILED to deliver" in out


def test_flag_list_shows_an_overdue_flag_and_its_re_escalation(clinic, cipher, capsys):
    raised = utcnow() - timedelta(minutes=20)
    flag_id = raise_test_flag(clinic, cipher, TARGETS, now=raised)
    run_sla_pass(clinic, TARGETS)
    flag_command("list")
    out = capsys.readouterr().out
    assert "OVERDUE by 5m, re-escalated to backup" in out
    assert "email    -> backup   pending (re_escalation)" in out
    assert f"#{flag_id}" in out


def test_flag_list_hides_resolved_flags_unless_asked_for_all(clinic, cipher, capsys):
    flag_id = raise_test_flag(clinic, cipher, TARGETS)
    flag_command("resolve", str(flag_id), "--by", "Dr Okafor")
    capsys.readouterr()
    flag_command("list")
    assert capsys.readouterr().out.strip() == "No open flags."
    flag_command("list", "--all")
    assert f"#{flag_id}" in capsys.readouterr().out


def test_flag_ack_records_who_acknowledged_and_stops_re_escalation(clinic, cipher, capsys):
    raised = utcnow() - timedelta(hours=1)
    flag_id = raise_test_flag(clinic, cipher, TARGETS, now=raised)
    assert flag_command("ack", str(flag_id), "--by", "Dr Okafor") == 0
    assert "acknowledged by Dr Okafor" in capsys.readouterr().out
    assert run_sla_pass(clinic, TARGETS) == []
    with session_scope(clinic) as session:
        flag = session.get(Flag, flag_id)
        assert (flag.status, flag.acknowledged_by) == ("acknowledged", "Dr Okafor")


def test_acknowledging_twice_keeps_the_first_clinicians_name(clinic, cipher, capsys):
    flag_id = raise_test_flag(clinic, cipher, TARGETS)
    flag_command("ack", str(flag_id), "--by", "Dr Okafor")
    assert flag_command("ack", str(flag_id), "--by", "Dr Lee") == 0
    assert "already acknowledged (by Dr Okafor)" in capsys.readouterr().out


def test_flag_resolve_closes_the_flag(clinic, cipher, capsys):
    flag_id = raise_test_flag(clinic, cipher, TARGETS)
    assert flag_command("resolve", str(flag_id), "--by", "Dr Okafor") == 0
    with session_scope(clinic) as session:
        flag = session.get(Flag, flag_id)
        assert flag.status == "resolved" and flag.resolved_at is not None


def test_acting_on_an_unknown_flag_fails_with_a_message(clinic, capsys):
    assert flag_command("ack", "999", "--by", "Dr Okafor") == 1
    assert "No flag 999." in capsys.readouterr().err


def test_acknowledging_needs_a_name(clinic, cipher, capsys):
    flag_id = raise_test_flag(clinic, cipher, TARGETS)
    assert flag_command("ack", str(flag_id), "--by", "  ") == 2
    with session_scope(clinic) as session:
        assert session.get(Flag, flag_id).status == "open"
