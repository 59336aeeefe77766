"""What a clinician sees about flags: state, urgency and whether each alert got out.

The function API behind `ipt-companion flag list`, for the review app to call later too
(with `bot.safety.escalation.acknowledge` / `resolve` for the actions). It reads no
participant text: not the excerpt, not the conversation id, not the participant.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session, load_only, selectinload

from bot.safety.levels import RiskLevel
from bot.store.models import Flag

STATUS_ORDER = {"open": 0, "acknowledged": 1, "resolved": 2}


@dataclass(frozen=True)
class DeliveryState:
    notification_id: int
    target: str
    audience: str
    kind: str
    status: str
    attempts: int
    last_error: str | None
    next_attempt_at: datetime
    delivered_at: datetime | None


@dataclass(frozen=True)
class FlagOverview:
    id: int
    severity: str
    status: str
    source: str
    reasons: tuple[str, ...]
    escalation_level: int
    created_at: datetime
    sla_due_at: datetime
    acknowledged_at: datetime | None
    acknowledged_by: str | None
    resolved_at: datetime | None
    deliveries: tuple[DeliveryState, ...]

    @property
    def failed_deliveries(self) -> tuple[DeliveryState, ...]:
        return tuple(d for d in self.deliveries if d.status == "failed")

    def overdue(self, now: datetime) -> bool:
        return self.status == "open" and self.sla_due_at <= now


def flag_overview(session: Session, *, include_resolved: bool = False) -> list[FlagOverview]:
    """Flags most urgent first: open before acknowledged, imminent before concern."""
    query = select(Flag).options(
        load_only(
            Flag.id, Flag.severity, Flag.status, Flag.source, Flag.reasons,
            Flag.escalation_level, Flag.created_at, Flag.sla_due_at, Flag.acknowledged_at,
            Flag.acknowledged_by, Flag.resolved_at,
        ),
        selectinload(Flag.notifications),
    )
    if not include_resolved:
        query = query.where(Flag.status != "resolved")
    overviews = [_overview(flag) for flag in session.execute(query).scalars()]
    return sorted(
        overviews,
        key=lambda o: (STATUS_ORDER.get(o.status, 9), -RiskLevel(o.severity).rank, o.sla_due_at),
    )


def _overview(flag: Flag) -> FlagOverview:
    deliveries = tuple(
        DeliveryState(
            notification_id=n.id,
            target=n.target,
            audience=n.audience,
            kind=n.kind,
            status=n.status,
            attempts=n.attempts,
            last_error=n.last_error,
            next_attempt_at=_aware(n.next_attempt_at),
            delivered_at=_maybe_aware(n.delivered_at),
        )
        for n in sorted(flag.notifications, key=lambda n: n.id)
    )
    return FlagOverview(
        id=flag.id,
        severity=flag.severity,
        status=flag.status,
        source=flag.source,
        reasons=tuple(json.loads(flag.reasons or "[]")),
        escalation_level=flag.escalation_level,
        created_at=_aware(flag.created_at),
        sla_due_at=_aware(flag.sla_due_at),
        acknowledged_at=_maybe_aware(flag.acknowledged_at),
        acknowledged_by=flag.acknowledged_by,
        resolved_at=_maybe_aware(flag.resolved_at),
        deliveries=deliveries,
    )


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _maybe_aware(moment: datetime | None) -> datetime | None:
    return None if moment is None else _aware(moment)

