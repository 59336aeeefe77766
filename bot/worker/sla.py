"""The SLA pass: an open flag nobody acknowledged in time goes to the backup clinician.

Run every few seconds by the worker. A flag is re-escalated once (escalation level 0 -> 1),
with the backup-audience notifications written in the same transaction. The move to level 1
is a conditional UPDATE (still open, still level 0), so a clinician acknowledging at the same
moment, or a second worker running the same pass, wins cleanly: an acknowledged flag is never
re-escalated, and no flag is re-escalated twice.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from bot.safety.escalation import TARGET_RECIPIENTS, due_for_reescalation, reescalate
from bot.store.database import session_scope
from bot.store.models import Flag, utcnow

logger = logging.getLogger(__name__)


def reescalate_overdue(
    session: Session, *, now: datetime, environ: Mapping[str, str]
) -> list[int]:
    """Re-escalate every overdue, unacknowledged flag; the ids of those re-escalated."""
    escalated: list[int] = []
    for flag in due_for_reescalation(session, now):
        if not _still_unacknowledged(session, flag.id):
            continue
        notifications = reescalate(session, flag, environ)
        escalated.append(flag.id)
        if notifications:
            logger.warning(
                "flag %d (%s) was not acknowledged within its SLA: re-escalated to the backup "
                "(%s)", flag.id, flag.severity, ", ".join(n.target for n in notifications),
            )
        else:
            backup_settings = ", ".join(r["backup"] for r in TARGET_RECIPIENTS.values())
            logger.error(
                "flag %d (%s) was not acknowledged within its SLA and NO backup target is "
                "configured (%s): nobody else was alerted", flag.id, flag.severity,
                backup_settings,
            )
    return escalated


def run_sla_pass(
    database_url: str, environ: Mapping[str, str], now: datetime | None = None
) -> list[int]:
    with session_scope(database_url) as session:
        return reescalate_overdue(session, now=now or utcnow(), environ=environ)


def _still_unacknowledged(session: Session, flag_id: int) -> bool:
    """Take the flag to level 1 only if it is still open at level 0, atomically."""
    result = session.execute(
        update(Flag)
        .where(Flag.id == flag_id, Flag.status == "open", Flag.escalation_level == 0)
        .values(escalation_level=1)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1
