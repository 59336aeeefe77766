"""The worker as a real process (`python -m bot.worker.main`): delivery, crashes, shutdown.

Telegram, the webhook and SMTP are fakes on 127.0.0.1. "Delivered on the fake" means the
fake answered success; a request the fake was holding when the worker died is recorded as
abandoned, i.e. Telegram never processed it. (The window this cannot show, Telegram sending
and the worker dying before its commit, is documented in docs/escalation.md.)
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from bot.safety.escalation import raise_flag
from bot.safety.levels import RiskLevel
from bot.store.crypto import TextCipher
from bot.store.database import session_scope
from bot.store.migrate import upgrade
from bot.store.models import Notification
from bot.store.participants import enrol
from tests.fakes.smtp_sink import SmtpSink
from tests.fakes.telegram_api import FakeTelegramApi, Hold
from tests.fakes.webhook_receiver import WebhookReceiver, signature_is_valid
from tests.integration.worker_process import WorkerProcess, wait_until

TOKEN = "123456:FAKE-TOKEN"
SECRET = "webhook-secret-for-tests"
PARTICIPANT_WORDS = "my name is Jonathan Smithers and tonight I will take all the pills"
START_TIMEOUT_S = 30


@pytest.fixture
def db(database_url: str) -> str:
    upgrade(database_url)
    return database_url


@pytest.fixture
def telegram() -> Iterator[FakeTelegramApi]:
    with FakeTelegramApi(TOKEN) as fake:
        yield fake


@pytest.fixture
def webhook() -> Iterator[WebhookReceiver]:
    with WebhookReceiver() as receiver:
        yield receiver


@pytest.fixture
def smtp() -> Iterator[SmtpSink]:
    with SmtpSink() as sink:
        yield sink


@pytest.fixture
def environ(db, telegram, webhook, smtp) -> dict[str, str]:
    """The worker's environment: no data key at all, it never needs one."""
    base = {k: v for k, v in os.environ.items() if not k.startswith(("IPT_", "SMTP_"))}
    return base | {
        "DATABASE_URL": db,
        "IPT_DATA_KEYS": "",
        "IPT_WORKER_POLL_SECONDS": "0.2",
        "IPT_WORKER_SLA_CHECK_SECONDS": "0.5",
        "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
        "PYTHONUNBUFFERED": "1",
        "TELEGRAM_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": telegram.base_url,
        "CLINICIAN_TELEGRAM_CHAT_ID": "-100111",
        "BACKUP_TELEGRAM_CHAT_ID": "-100222",
        "ESCALATION_WEBHOOK_URL": webhook.url(),
        "ESCALATION_WEBHOOK_SECRET": SECRET,
        "SMTP_HOST": smtp.host,
        "SMTP_PORT": str(smtp.port),
        "SMTP_FROM": "alerts@clinic.example",
        "CLINICIAN_EMAIL": "oncall@clinic.example",
    }


def raise_flag_as_the_bot_does(url, data_key, environ, conversation="tg-987654321") -> int:
    cipher = TextCipher([data_key])
    with session_scope(url) as session:
        participant = enrol(
            session, conversation_id=conversation, channel="telegram", cipher=cipher,
            country="GB", display_name="Jonathan Smithers",
        )
        return raise_flag(
            session, conversation_id=conversation, severity=RiskLevel.IMMINENT,
            reasons=["stated intent to act"], excerpt=PARTICIPANT_WORDS, cipher=cipher,
            participant=participant, environ=environ,
        ).id


def rows(url: str, target: str | None = None) -> list[Notification]:
    with session_scope(url) as session:
        query = select(Notification).order_by(Notification.id)
        if target:
            query = query.where(Notification.target == target)
        return list(session.execute(query).scalars())


def all_delivered(url: str) -> bool:
    found = rows(url)
    return bool(found) and all(r.status == "delivered" for r in found)


def messages_per_key(telegram: FakeTelegramApi) -> dict[str, int]:
    counts: dict[str, int] = {}
    for message in telegram.sent_messages():
        key = message.params["text"].rpartition("Ref: ")[2]
        counts[key] = counts.get(key, 0) + 1
    return counts


def test_a_flag_reaches_telegram_email_and_webhook_exactly_once_each(
    db, data_key, environ, telegram, webhook, smtp, tmp_path
):
    worker = WorkerProcess(environ, tmp_path / "worker.log")
    flag_id = raise_flag_as_the_bot_does(db, data_key, environ)
    wait_until(lambda: all_delivered(db))
    time.sleep(0.6)  # a few more polls: nothing is sent again
    assert worker.terminate() == 0

    assert len(telegram.sent_messages()) == 1 and len(smtp.mails()) == 1
    [hook] = webhook.requests()
    assert signature_is_valid(hook, SECRET) and hook.json()["flag"]["id"] == flag_id
    text = telegram.sent_messages()[0].params["text"]
    assert f"flag #{flag_id}" in text and "IMMINENT" in text


def test_a_worker_killed_mid_delivery_delivers_exactly_once_after_restart(
    db, data_key, environ, telegram, tmp_path
):
    telegram_only = {k: v for k, v in environ.items() if "EMAIL" not in k and "WEBHOOK" not in k}
    telegram.set_behaviour("sendMessage", Hold())
    first = WorkerProcess(telegram_only, tmp_path / "first.log")
    raise_flag_as_the_bot_does(db, data_key, telegram_only)
    wait_until(lambda: len(telegram.held()) == 1)
    first.kill()  # SIGKILL while Telegram has not answered
    wait_until(lambda: telegram.calls("sendMessage")[0].outcome == "abandoned")
    [row] = rows(db)
    assert row.status == "pending" and telegram.sent_messages() == []

    telegram.set_behaviour("sendMessage", Hold())
    telegram.release()  # from now on Telegram answers at once
    second = WorkerProcess(telegram_only, tmp_path / "second.log")
    wait_until(lambda: all_delivered(db))
    time.sleep(0.6)
    assert second.terminate() == 0

    assert messages_per_key(telegram) == {row.idempotency_key: 1}
    [row] = rows(db)
    assert row.status == "delivered" and row.delivered_at is not None


def test_alerts_written_while_the_worker_is_down_go_out_once_when_it_starts(
    db, data_key, environ, telegram, webhook, tmp_path
):
    flag_ids = [
        raise_flag_as_the_bot_does(db, data_key, environ, conversation=f"conv-{n}")
        for n in range(3)
    ]
    worker = WorkerProcess(environ, tmp_path / "worker.log")
    wait_until(lambda: all_delivered(db))
    time.sleep(0.6)
    assert worker.terminate() == 0
    assert sorted(messages_per_key(telegram).values()) == [1, 1, 1]
    assert sorted(r.json()["flag"]["id"] for r in webhook.requests()) == flag_ids


def test_sigterm_lets_the_delivery_in_progress_finish_then_exits_zero(
    db, data_key, environ, telegram, tmp_path
):
    telegram.set_behaviour("sendMessage", Hold())
    worker = WorkerProcess(environ, tmp_path / "worker.log")
    raise_flag_as_the_bot_does(db, data_key, environ)
    wait_until(lambda: len(telegram.held()) == 1)
    worker.process.send_signal(signal.SIGTERM)
    time.sleep(0.5)
    assert worker.process.poll() is None  # still finishing the send
    telegram.release()
    assert worker.terminate() == 0
    assert [r.status for r in rows(db, "telegram")] == ["delivered"]
    assert len(telegram.sent_messages()) == 1


def test_the_worker_log_holds_no_participant_text_and_no_token(
    db, data_key, environ, telegram, tmp_path
):
    worker = WorkerProcess(environ, tmp_path / "worker.log")
    raise_flag_as_the_bot_does(db, data_key, environ)
    wait_until(lambda: all_delivered(db))
    worker.terminate()
    log = worker.output()
    assert "delivered notification" in log
    for secret in ("Smithers", "pills", "tg-987654321", TOKEN, SECRET):
        assert secret not in log


def test_two_workers_on_postgresql_deliver_each_alert_exactly_once(
    db, data_key, environ, telegram, webhook, tmp_path
):
    if db.startswith("sqlite"):
        pytest.skip("SQLite: one worker only (docs/escalation.md)")
    no_email = {k: v for k, v in environ.items() if "EMAIL" not in k}
    workers = [WorkerProcess(no_email, tmp_path / f"worker-{n}.log") for n in range(2)]
    for n in range(20):
        raise_flag_as_the_bot_does(db, data_key, no_email, conversation=f"conv-{n}")
    wait_until(lambda: all_delivered(db), timeout=30)
    time.sleep(0.6)
    assert [w.terminate() for w in workers] == [0, 0]

    assert len(messages_per_key(telegram)) == 20
    assert set(messages_per_key(telegram).values()) == {1}
    keys = [r.headers["Idempotency-Key"] for r in webhook.requests()]
    assert len(keys) == 20 == len(set(keys))
    both_worked = all("delivered notification" in w.output() for w in workers)
    assert both_worked, "the load was not shared: the test proves nothing"
