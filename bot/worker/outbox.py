"""Claim a due notification, send it, record the outcome: one row per transaction.

Claiming. On PostgreSQL the row is taken with `SELECT ... FOR UPDATE SKIP LOCKED` and the
lock is held while sending, until the outcome is committed: a second worker skips the row
instead of sending it again, and a worker that dies releases the lock (its transaction is
rolled back), so the row is simply due again. SQLite has no row locks (SQLAlchemy leaves out
FOR UPDATE there): run a single worker against SQLite. Its lanes (one per target) claim
disjoint rows, so one process never sends a row twice.

Outcome. Delivered rows get `delivered_at`; a failed try increments `attempts`, stores a
reason (never participant text: alerts contain none, and known secrets are scrubbed) and
schedules `next_attempt_at` by exponential backoff, or by the service's retry-after. After
`max_attempts` tries, or a permanent failure, the row is `failed` and logged at ERROR.

The at-least-once window: if the process dies after the service accepted the alert but
before the commit, the row is still pending and is sent again. It cannot be closed for
Telegram (no idempotency key); the webhook and e-mail carry a stable key for the receiver.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, defaultload

from bot.safety.escalation import sla_for
from bot.safety.levels import RiskLevel
from bot.store.database import session_scope
from bot.store.models import Flag, Notification, utcnow
from bot.worker.backoff import retry_delay
from bot.worker.config import WorkerConfig
from bot.worker.messages import AlertFacts, compose_alert
from bot.worker.targets.contract import (
    DeliveryFailure,
    PermanentFailure,
    Target,
    TemporaryFailure,
)

logger = logging.getLogger(__name__)
MAX_ERROR_LENGTH = 300


def claim_next(session: Session, target: str, now: datetime) -> Notification | None:
    """The most overdue pending notification for `target`, locked on PostgreSQL."""
    return session.execute(
        select(Notification)
        .where(
            Notification.status == "pending",
            Notification.target == target,
            Notification.next_attempt_at <= now,
        )
        .order_by(Notification.next_attempt_at, Notification.id)
        .limit(1)
        .with_for_update(skip_locked=True, of=Notification)
        # The worker has no key for the excerpt; it does not even load the ciphertext.
        .options(defaultload(Notification.flag).defer(Flag.excerpt_enc))
    ).scalar_one_or_none()


async def deliver_next(
    database_url: str,
    target: Target,
    config: WorkerConfig,
    environ: Mapping[str, str],
    *,
    secrets: tuple[str, ...] = (),
    rng: random.Random | None = None,
    clock: Callable[[], datetime] = utcnow,
) -> bool:
    """Deliver one due notification for `target`; False when none is due."""
    with session_scope(database_url) as session:
        row = claim_next(session, target.name, clock())
        if row is None:
            return False
        try:
            facts = AlertFacts.of(row)
            alert = compose_alert(
                facts,
                sla=sla_for(RiskLevel(facts.severity), environ),
                review_app_url=config.review_app_url,
                clinic_timezone=config.clinic_timezone,
            )
        except Exception as exc:  # a row that cannot be rendered must not block its lane
            failure = TemporaryFailure(f"could not compose the alert ({type(exc).__name__})")
            record_failure(row, failure, config, clock(), secrets=secrets, rng=rng)
            return True
        try:
            await target.send(alert, row.audience)
        except DeliveryFailure as failure:
            record_failure(row, failure, config, clock(), secrets=secrets, rng=rng)
        except Exception as exc:  # a bug in a target must not stop the others
            failure = TemporaryFailure(f"unexpected {type(exc).__name__} in {target.name}")
            record_failure(row, failure, config, clock(), secrets=secrets, rng=rng)
        else:
            record_delivery(row, clock())
    return True


def record_delivery(row: Notification, now: datetime) -> None:
    row.attempts += 1
    row.status = "delivered"
    row.delivered_at = now
    row.last_error = None
    logger.info(
        "delivered notification %d (flag %d, %s, %s to %s) on attempt %d",
        row.id, row.flag_id, row.kind, row.target, row.audience, row.attempts,
    )


def record_failure(
    row: Notification,
    failure: DeliveryFailure,
    config: WorkerConfig,
    now: datetime,
    *,
    secrets: tuple[str, ...] = (),
    rng: random.Random | None = None,
) -> None:
    row.attempts += 1
    row.last_error = scrub(failure.reason, secrets)
    permanent = isinstance(failure, PermanentFailure)
    if permanent or row.attempts >= config.max_attempts:
        row.status = "failed"
        logger.error(
            "notification %d FAILED (flag %d, %s, %s to %s) after %d attempt(s)%s: %s. "
            "Nobody was alerted through this channel; check its settings. "
            "`ipt-companion flag list` shows the flag.",
            row.id, row.flag_id, row.kind, row.target, row.audience, row.attempts,
            " (permanent error)" if permanent else "", row.last_error,
        )
        return
    retry_after = getattr(failure, "retry_after", None)
    delay = retry_after if retry_after is not None else retry_delay(
        row.attempts, config.backoff_base_seconds, config.backoff_cap_seconds, rng
    )
    row.next_attempt_at = now + timedelta(seconds=delay)
    logger.warning(
        "notification %d (flag %d, %s to %s) attempt %d/%d failed: %s; next try in %.1fs",
        row.id, row.flag_id, row.target, row.audience, row.attempts, config.max_attempts,
        row.last_error, delay,
    )


def scrub(reason: str, secrets: tuple[str, ...]) -> str:
    """A reason fit for the database and the log: no known secret, bounded length."""
    for secret in secrets:
        reason = reason.replace(secret, "***")
    return reason[:MAX_ERROR_LENGTH]
