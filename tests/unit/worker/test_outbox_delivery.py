"""The outbox: claim what is due, send it once, record the outcome, back off, give up loudly."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta, timezone

import pytest
from sqlalchemy import text

from bot.store.database import session_scope
from bot.store.models import Notification, utcnow
from bot.worker.config import WorkerConfig
from bot.worker.messages import Alert
from bot.worker.outbox import claim_next, deliver_next
from bot.worker.targets.contract import PermanentFailure, TemporaryFailure
from tests.unit.worker.support import (
    TOKEN,
    NoJitter,
    assert_no_participant_text,
    notifications,
    raise_test_flag,
)

TELEGRAM_ONLY = {"CLINICIAN_TELEGRAM_CHAT_ID": "-100123"}
CONFIG = WorkerConfig(max_attempts=3, backoff_base_seconds=2, backoff_cap_seconds=300)


class StubTarget:
    """A target that records what it was asked to send and fails as told."""

    def __init__(self, name: str = "telegram", failures: list[Exception] | None = None) -> None:
        self.name = name
        self.sent: list[tuple[Alert, str]] = []
        self.failures = list(failures or [])
        self.delay = 0.0

    async def send(self, alert: Alert, audience: str) -> None:
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.failures:
            raise self.failures.pop(0)
        self.sent.append((alert, audience))

    async def close(self) -> None:
        return None


async def _deliver(db, target, **options) -> bool:
    return await deliver_next(db, target, options.pop("config", CONFIG), TELEGRAM_ONLY, **options)


def _only(db) -> Notification:
    [row] = notifications(db)
    return row


async def test_a_due_notification_is_delivered_and_marked_with_its_delivery_time(db, cipher):
    raise_test_flag(db, cipher, TELEGRAM_ONLY)
    target = StubTarget()
    before = utcnow()
    assert await _deliver(db, target) is True
    row = _only(db)
    assert row.status == "delivered" and row.attempts == 1 and row.last_error is None
    assert _aware(row.delivered_at) >= before
    assert [audience for _, audience in target.sent] == ["on_call"]


async def test_each_send_carries_the_notifications_idempotency_key(db, cipher):
    raise_test_flag(db, cipher, TELEGRAM_ONLY)
    target = StubTarget()
    await _deliver(db, target)
    [(alert, _)] = target.sent
    assert alert.idempotency_key == _only(db).idempotency_key


async def test_a_delivered_notification_is_never_sent_again(db, cipher):
    raise_test_flag(db, cipher, TELEGRAM_ONLY)
    target = StubTarget()
    await _deliver(db, target)
    assert await _deliver(db, target) is False
    assert len(target.sent) == 1


async def test_a_notification_that_is_not_yet_due_is_left_alone(db, cipher):
    raise_test_flag(db, cipher, TELEGRAM_ONLY)
    with session_scope(db) as session:
        session.query(Notification).update(
            {"next_attempt_at": utcnow() + timedelta(minutes=1)}
        )
    target = StubTarget()
    assert await _deliver(db, target) is False
    assert target.sent == []


async def test_a_lane_only_claims_notifications_for_its_own_target(db, cipher):
    raise_test_flag(db, cipher, {"ESCALATION_WEBHOOK_URL": "http://127.0.0.1:9/hook"})
    telegram = StubTarget("telegram")
    assert await _deliver(db, telegram) is False
    assert await _deliver(db, StubTarget("webhook")) is True


async def test_a_temporary_failure_records_the_reason_and_backs_off_exponentially(db, cipher):
    raise_test_flag(db, cipher, TELEGRAM_ONLY)
    target = StubTarget(failures=[TemporaryFailure("Telegram unreachable")] * 2)
    now = utcnow()
    await _deliver(db, target, rng=NoJitter(), clock=lambda: now)
    first = _only(db)
    assert first.status == "pending" and first.attempts == 1
    assert first.last_error == "Telegram unreachable"
    assert _seconds_after(first.next_attempt_at, now) == pytest.approx(2)

    later = now + timedelta(seconds=2)
    await _deliver(db, target, rng=NoJitter(), clock=lambda: later)
    second = _only(db)
    assert second.attempts == 2
    assert _seconds_after(second.next_attempt_at, later) == pytest.approx(4)


async def test_the_services_retry_after_decides_the_next_attempt(db, cipher):
    raise_test_flag(db, cipher, TELEGRAM_ONLY)
    target = StubTarget(failures=[TemporaryFailure("flood control", retry_after=17)])
    now = utcnow()
    await _deliver(db, target, clock=lambda: now)
    assert _seconds_after(_only(db).next_attempt_at, now) == pytest.approx(17)


async def test_a_permanent_failure_fails_at_once_and_is_logged_at_error_with_the_id(
    db, cipher, caplog
):
    raise_test_flag(db, cipher, TELEGRAM_ONLY)
    target = StubTarget(failures=[PermanentFailure("Telegram refused (403): bot was blocked")])
    with caplog.at_level(logging.INFO, logger="bot.worker"):
        await _deliver(db, target)
    row = _only(db)
    assert row.status == "failed" and row.attempts == 1
    assert row.last_error == "Telegram refused (403): bot was blocked"
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1 and f"notification {row.id} FAILED" in errors[0].getMessage()


async def test_after_the_last_allowed_attempt_the_notification_fails_loudly(db, cipher, caplog):
    raise_test_flag(db, cipher, TELEGRAM_ONLY)
    target = StubTarget(failures=[TemporaryFailure("Telegram did not answer in time")] * 3)
    clock = _Clock()
    with caplog.at_level(logging.INFO, logger="bot.worker"):
        for _ in range(3):
            await _deliver(db, target, clock=clock)
            clock.advance(minutes=10)
    row = _only(db)
    assert row.status == "failed" and row.attempts == 3
    assert [r.levelname for r in caplog.records if "FAILED" in r.getMessage()] == ["ERROR"]
    assert await _deliver(db, StubTarget(), clock=clock) is False  # failed rows stay failed


async def test_stored_errors_and_logs_hold_no_participant_text_and_no_secret(
    db, cipher, caplog
):
    raise_test_flag(db, cipher, TELEGRAM_ONLY)
    target = StubTarget(failures=[TemporaryFailure(f"token {TOKEN} was in the error")])
    with caplog.at_level(logging.DEBUG):
        await _deliver(db, target, secrets=(TOKEN,))
    row = _only(db)
    assert TOKEN not in row.last_error and "***" in row.last_error
    assert TOKEN not in caplog.text
    assert_no_participant_text(caplog.text)


async def test_an_unexpected_error_in_a_target_is_retried_rather_than_fatal(db, cipher):
    raise_test_flag(db, cipher, TELEGRAM_ONLY)
    await _deliver(db, StubTarget(failures=[KeyError("bug")]))
    row = _only(db)
    assert row.status == "pending" and row.attempts == 1
    assert row.last_error == "unexpected KeyError in telegram"


async def test_a_worker_dying_mid_send_leaves_the_notification_due_for_the_next(db, cipher):
    raise_test_flag(db, cipher, TELEGRAM_ONLY)
    slow = StubTarget()
    slow.delay = 30
    dying = asyncio.create_task(_deliver(db, slow))
    await asyncio.sleep(0.2)
    dying.cancel()
    with pytest.raises(asyncio.CancelledError):
        await dying
    row = _only(db)
    assert row.status == "pending" and row.attempts == 0
    healthy = StubTarget()
    assert await _deliver(db, healthy) is True
    assert len(healthy.sent) == 1 and _only(db).status == "delivered"


async def test_concurrent_workers_on_postgresql_never_claim_the_same_row(db, cipher):
    if db.startswith("sqlite"):
        pytest.skip("SQLite has no row locks: one worker only (docs/escalation.md)")
    for n in range(8):
        raise_test_flag(db, cipher, TELEGRAM_ONLY, conversation=f"conv-{n}")
    target = StubTarget()
    target.delay = 0.05

    async def worker() -> None:
        while await _deliver(db, target):
            pass

    await asyncio.gather(*(worker() for _ in range(4)))
    keys = [alert.idempotency_key for alert, _ in target.sent]
    assert len(keys) == 8 and len(set(keys)) == 8
    assert {row.status for row in notifications(db)} == {"delivered"}


def test_a_row_locked_by_one_postgresql_worker_is_skipped_by_another(db, cipher):
    if db.startswith("sqlite"):
        pytest.skip("SQLite has no row locks: one worker only (docs/escalation.md)")
    raise_test_flag(db, cipher, TELEGRAM_ONLY)
    with session_scope(db) as first, session_scope(db) as second:
        second.execute(text("SET LOCAL lock_timeout = '2s'"))  # fail, not hang, if it waits
        assert claim_next(first, "telegram", utcnow()) is not None
        assert claim_next(second, "telegram", utcnow()) is None


class _Clock:
    def __init__(self) -> None:
        self.now = utcnow()

    def __call__(self):
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def _aware(moment):
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _seconds_after(moment, origin) -> float:
    return (_aware(moment) - origin).total_seconds()


async def test_a_notification_that_cannot_be_rendered_does_not_block_the_others(
    db, cipher, monkeypatch
):
    import bot.worker.outbox as outbox

    broken = raise_test_flag(db, cipher, TELEGRAM_ONLY, conversation="conv-broken")
    healthy = raise_test_flag(db, cipher, TELEGRAM_ONLY, conversation="conv-healthy")
    real = outbox.compose_alert

    def compose_or_fail(facts, **options):
        if facts.flag_id == broken:
            raise ValueError("cannot render")
        return real(facts, **options)

    monkeypatch.setattr(outbox, "compose_alert", compose_or_fail)
    target = StubTarget()
    await _deliver(db, target)
    await _deliver(db, target)
    assert [alert.payload["flag"]["id"] for alert, _ in target.sent] == [healthy]
    [row] = notifications(db, broken)
    assert row.status == "pending" and row.last_error == "could not compose the alert (ValueError)"
