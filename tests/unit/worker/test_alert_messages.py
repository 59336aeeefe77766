"""What an alert says: enough to act on, and never what the participant wrote."""

import json
from datetime import datetime, timedelta, timezone

from bot.store.database import session_scope
from bot.store.models import Notification
from bot.worker.messages import AlertFacts, compose_alert
from tests.unit.worker.support import assert_no_participant_text, raise_test_flag

RAISED = datetime(2026, 1, 15, 14, 2, tzinfo=timezone.utc)


def _facts(**changes) -> AlertFacts:
    facts = {
        "flag_id": 42,
        "severity": "imminent",
        "source": "detector",
        "reasons": ("active suicidal ideation", "suicide plan or method"),
        "raised_at": RAISED,
        "sla_due_at": RAISED + timedelta(minutes=5),
        "notified_at": RAISED,
        "kind": "flag_raised",
        "audience": "on_call",
        "idempotency_key": "flag-42-flag_raised-0-on_call-telegram",
    }
    return AlertFacts(**{**facts, **changes})


def _alert(facts: AlertFacts | None = None, **options):
    options.setdefault("sla", timedelta(minutes=5))
    options.setdefault("clinic_timezone", "UTC")
    return compose_alert(facts or _facts(), **options)


def test_an_alert_names_severity_flag_sla_source_reasons_and_reference():
    text = _alert().text
    assert "IMMINENT" in text and "flag #42" in text
    assert "within 5 minutes (by 2026-01-15 14:07 UTC)" in text
    assert "the automatic risk detector" in text
    assert "active suicidal ideation; suicide plan or method" in text
    assert "Ref: flag-42-flag_raised-0-on_call-telegram" in text


def test_an_alert_links_to_the_flag_in_the_review_app_when_there_is_one():
    alert = _alert(review_app_url="https://review.clinic.example")
    assert "https://review.clinic.example/flags/42" in alert.text
    assert alert.payload["review_url"] == "https://review.clinic.example/flags/42"


def test_without_a_review_app_an_alert_points_to_the_flag_list_command():
    alert = _alert()
    assert "ipt-companion flag list" in alert.text
    assert "ipt-companion flag ack 42" in alert.text
    assert alert.payload["review_url"] is None


def test_a_re_escalation_says_the_flag_was_not_acknowledged_within_its_sla():
    alert = _alert(_facts(kind="re_escalation", audience="backup"))
    assert "RE-ESCALATION" in alert.subject
    assert "was NOT acknowledged within its SLA of 5 minutes" in alert.text
    assert "backup" in alert.text


def test_a_severity_raise_says_the_risk_went_up():
    alert = _alert(_facts(kind="severity_raised"))
    assert "RAISED to IMMINENT" in alert.text


def test_times_are_shown_in_the_clinics_timezone():
    text = _alert(clinic_timezone="America/New_York").text
    assert "by 2026-01-15 09:07 EST" in text


def test_a_long_sla_is_written_in_hours():
    assert "within 24 hours" in _alert(_facts(severity="concern"), sla=timedelta(hours=24)).text


def test_the_webhook_payload_carries_the_same_facts_as_data():
    flag = _alert().payload["flag"]
    assert flag["id"] == 42 and flag["severity"] == "imminent"
    assert flag["reasons"] == ["active suicidal ideation", "suicide plan or method"]
    assert flag["sla_seconds"] == 300


def test_an_alert_from_a_stored_flag_never_contains_the_participants_words_name_or_chat(
    db, cipher
):
    environ = {"CLINICIAN_TELEGRAM_CHAT_ID": "-100", "ESCALATION_WEBHOOK_URL": "http://x/h"}
    raise_test_flag(db, cipher, environ)
    with session_scope(db) as session:
        for notification in session.query(Notification).all():
            alert = _alert(AlertFacts.of(notification))
            assert_no_participant_text(alert.text)
            assert_no_participant_text(alert.subject)
            assert_no_participant_text(json.dumps(alert.payload))


def test_reason_strings_are_tidied_and_bounded(db, cipher):
    reasons = tuple(f"reason {n}\nwith a line break" for n in range(12))
    raise_test_flag(db, cipher, {"CLINICIAN_EMAIL": "a@b.example"}, reasons=reasons)
    with session_scope(db) as session:
        facts = AlertFacts.of(session.query(Notification).one())
    assert facts.reasons[0] == "reason 0 with a line break"
    assert len(facts.reasons) == 9 and facts.reasons[-1] == "and 4 more"
