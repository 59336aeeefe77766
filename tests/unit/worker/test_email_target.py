"""E-mail: SMTP to the clinician, a Message-ID from the idempotency key, 5xx vs 4xx."""

from __future__ import annotations

import socket

import pytest

from bot.worker.messages import Alert
from bot.worker.targets.contract import PermanentFailure, TemporaryFailure
from bot.worker.targets.email import EmailTarget
from tests.fakes.smtp_sink import SmtpSink

ALERT = Alert(
    subject="[IPT Companion] HIGH risk flag #7",
    text="IPT Companion: HIGH risk, flag #7.",
    payload={},
    idempotency_key="flag-7-flag_raised-0-on_call-email",
)


def _environ(smtp: SmtpSink, **extra: str) -> dict[str, str]:
    return {
        "SMTP_HOST": smtp.host,
        "SMTP_PORT": str(smtp.port),
        "SMTP_FROM": "alerts@clinic.example",
        "CLINICIAN_EMAIL": "oncall@clinic.example",
        "BACKUP_EMAIL": "backup@clinic.example",
        **extra,
    }


async def test_an_alert_is_mailed_from_smtp_from_to_the_on_call_clinician(smtp):
    await EmailTarget(_environ(smtp), timeout=2).send(ALERT, "on_call")
    [mail] = smtp.mails()
    assert mail.mail_from == "alerts@clinic.example"
    assert mail.rcpt_tos == ["oncall@clinic.example"]
    assert mail.message["Subject"] == ALERT.subject
    assert mail.message.get_content().strip() == ALERT.text


async def test_the_message_id_is_derived_from_the_idempotency_key(smtp):
    await EmailTarget(_environ(smtp), timeout=2).send(ALERT, "on_call")
    message = smtp.mails()[0].message
    assert message["Message-ID"] == f"<{ALERT.idempotency_key}@clinic.example>"
    assert message["X-IPT-Idempotency-Key"] == ALERT.idempotency_key


async def test_a_backup_alert_goes_to_the_backup_address(smtp):
    await EmailTarget(_environ(smtp), timeout=2).send(ALERT, "backup")
    assert smtp.mails()[0].rcpt_tos == ["backup@clinic.example"]


async def test_smtp_login_is_used_when_a_user_is_configured():
    with SmtpSink(credentials=("worker", "s3cret")) as sink:
        environ = _environ(sink, SMTP_USER="worker", SMTP_PASSWORD="s3cret")
        await EmailTarget(environ, timeout=2).send(ALERT, "on_call")
        assert sink.mails()[0].login == "worker"


async def test_a_wrong_smtp_password_is_a_permanent_failure():
    with SmtpSink(credentials=("worker", "s3cret")) as sink:
        environ = _environ(sink, SMTP_USER="worker", SMTP_PASSWORD="wrong")
        with pytest.raises(PermanentFailure, match="SMTP 535"):
            await EmailTarget(environ, timeout=2).send(ALERT, "on_call")


async def test_a_refused_recipient_is_a_permanent_failure(smtp):
    smtp.reject_recipients("550 5.1.1 no such mailbox")
    with pytest.raises(PermanentFailure, match="550"):
        await EmailTarget(_environ(smtp), timeout=2).send(ALERT, "on_call")


async def test_a_temporary_smtp_refusal_is_retried(smtp):
    smtp.reject_data("451 4.3.0 try again later")
    with pytest.raises(TemporaryFailure, match="SMTP 451"):
        await EmailTarget(_environ(smtp), timeout=2).send(ALERT, "on_call")


async def test_starttls_required_but_not_offered_is_a_permanent_failure(smtp):
    environ = _environ(smtp, SMTP_STARTTLS="true")
    with pytest.raises(PermanentFailure, match="STARTTLS"):
        await EmailTarget(environ, timeout=2).send(ALERT, "on_call")
    assert smtp.mails() == []


async def test_an_unreachable_smtp_server_is_a_temporary_failure(smtp):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = str(sock.getsockname()[1])
    with pytest.raises(TemporaryFailure, match="unreachable"):
        await EmailTarget(_environ(smtp, SMTP_PORT=closed), timeout=2).send(ALERT, "on_call")


@pytest.mark.parametrize("missing", ["SMTP_HOST", "SMTP_FROM", "CLINICIAN_EMAIL"])
async def test_a_missing_setting_is_reported_by_name(smtp, missing):
    environ = _environ(smtp, **{missing: ""})
    with pytest.raises(TemporaryFailure, match=f"{missing} is not set"):
        await EmailTarget(environ, timeout=2).send(ALERT, "on_call")
