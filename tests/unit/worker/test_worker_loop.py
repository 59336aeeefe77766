"""`run_worker` in-process, against the fake services: the whole loop, quickly."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from bot.config import Settings
from bot.safety.escalation import acknowledge
from bot.safety.levels import RiskLevel
from bot.store.database import session_scope
from bot.store.migrate import upgrade
from bot.worker.main import run_worker
from tests.fakes.telegram_api import TOO_MANY_REQUESTS, Hold
from tests.unit.worker.support import TOKEN, WEBHOOK_SECRET, notifications, raise_test_flag


def _environ(telegram, webhook=None, smtp=None, **extra: str) -> dict[str, str]:
    environ = {
        "TELEGRAM_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": telegram.base_url,
        "CLINICIAN_TELEGRAM_CHAT_ID": "-100111",
        "BACKUP_TELEGRAM_CHAT_ID": "-100222",
        "IPT_WORKER_POLL_SECONDS": "0.1",
        "IPT_WORKER_SLA_CHECK_SECONDS": "0.1",
    }
    if webhook is not None:
        environ |= {
            "ESCALATION_WEBHOOK_URL": webhook.url(),
            "ESCALATION_WEBHOOK_SECRET": WEBHOOK_SECRET,
        }
    if smtp is not None:
        environ |= {
            "SMTP_HOST": smtp.host,
            "SMTP_PORT": str(smtp.port),
            "SMTP_FROM": "alerts@clinic.example",
            "CLINICIAN_EMAIL": "oncall@clinic.example",
        }
    return environ | extra


@asynccontextmanager
async def running_worker(url: str, environ: dict[str, str]) -> AsyncIterator[asyncio.Task]:
    stop = asyncio.Event()
    settings = Settings(database_url=url, clinic_timezone="UTC")
    task = asyncio.create_task(run_worker(settings, stop, environ))
    try:
        yield task
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)


async def eventually(check: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.05)


def _all_delivered(url: str) -> bool:
    rows = notifications(url)
    return bool(rows) and all(r.status == "delivered" for r in rows)


async def test_a_new_flag_reaches_telegram_email_and_webhook_within_seconds(
    db, cipher, telegram, webhook, smtp
):
    environ = _environ(telegram, webhook, smtp)
    async with running_worker(db, environ):
        raise_test_flag(db, cipher, environ)
        await eventually(lambda: _all_delivered(db))
    assert len(telegram.sent_messages()) == 1
    assert len(webhook.accepted()) == 1
    assert len(smtp.mails()) == 1
    assert sorted(r.target for r in notifications(db)) == ["email", "telegram", "webhook"]


async def test_telegram_flood_control_delays_but_does_not_lose_the_alert(db, cipher, telegram):
    telegram.queue("sendMessage", TOO_MANY_REQUESTS)
    environ = _environ(telegram)
    async with running_worker(db, environ):
        raise_test_flag(db, cipher, environ)
        await eventually(lambda: _all_delivered(db))
    calls = telegram.calls("sendMessage")
    assert [c.outcome for c in calls] == ["failed", "answered"]
    assert calls[1].received_at - calls[0].received_at >= 0.9  # Telegram's retry_after: 1 s
    assert notifications(db)[0].attempts == 2


async def test_an_unacknowledged_flag_reaches_the_backup_chat_after_its_sla(
    db, cipher, telegram
):
    environ = _environ(telegram, IPT_SLA_IMMINENT_MINUTES="0.01")  # 0.6 s
    async with running_worker(db, environ):
        raise_test_flag(db, cipher, environ, severity=RiskLevel.IMMINENT)
        await eventually(lambda: len(telegram.sent_messages()) == 2)
    on_call, backup = telegram.sent_messages()
    assert on_call.params["chat_id"] == "-100111"
    assert backup.params["chat_id"] == "-100222"
    assert "was NOT acknowledged within its SLA" in backup.params["text"]


async def test_an_acknowledged_flag_never_reaches_the_backup_chat(db, cipher, telegram):
    environ = _environ(telegram, IPT_SLA_IMMINENT_MINUTES="0.01")
    async with running_worker(db, environ):
        flag_id = raise_test_flag(db, cipher, environ, severity=RiskLevel.IMMINENT)
        with session_scope(db) as session:
            acknowledge(session, flag_id, "Dr Okafor")
        await eventually(lambda: len(telegram.sent_messages()) == 1)
        await asyncio.sleep(1.5)  # well past the 0.6 s SLA
    assert [m.params["chat_id"] for m in telegram.sent_messages()] == ["-100111"]


async def test_stopping_the_worker_lets_the_delivery_in_progress_finish(db, cipher, telegram):
    telegram.set_behaviour("sendMessage", Hold())
    environ = _environ(telegram)
    stop = asyncio.Event()
    task = asyncio.create_task(run_worker(Settings(database_url=db), stop, environ))
    raise_test_flag(db, cipher, environ)
    await eventually(lambda: len(telegram.held()) == 1)
    stop.set()
    await asyncio.sleep(0.3)
    assert not task.done()  # still waiting for Telegram's answer
    telegram.release()
    await asyncio.wait_for(task, 5)
    assert len(telegram.sent_messages()) == 1
    assert notifications(db)[0].status == "delivered"


async def test_the_worker_waits_out_a_database_that_is_not_ready_yet(
    sqlite_url, cipher, telegram
):
    environ = _environ(telegram)
    async with running_worker(sqlite_url, environ):
        await asyncio.sleep(0.3)  # no tables yet: every lane fails and keeps going
        upgrade(sqlite_url)
        raise_test_flag(sqlite_url, cipher, environ)
        await eventually(lambda: _all_delivered(sqlite_url), timeout=10)
    assert len(telegram.sent_messages()) == 1
