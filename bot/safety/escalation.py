"""Raising and acknowledging flags: the write-first half of escalation.

`raise_flag` writes the flag and one outbox row per configured target in the caller's
transaction, and returns; the worker delivers them. So a crash after the bot has answered can
never lose the alert, and a crash before the commit means the bot never claimed to have sent it.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.safety.levels import RiskLevel
from bot.store.crypto import TextCipher
from bot.store.models import Flag, Notification, Participant, utcnow

DEFAULT_SLA = {
    RiskLevel.IMMINENT: timedelta(minutes=5),
    RiskLevel.HIGH: timedelta(minutes=15),
    RiskLevel.CONCERN: timedelta(hours=24),
}
EXCERPT_LIMIT = 500

# Which setting names a recipient for each target and audience. A target is used for an
# audience when its recipient is configured.
TARGET_RECIPIENTS: dict[str, dict[str, str]] = {
    "telegram": {"on_call": "CLINICIAN_TELEGRAM_CHAT_ID", "backup": "BACKUP_TELEGRAM_CHAT_ID"},
    "email": {"on_call": "CLINICIAN_EMAIL", "backup": "BACKUP_EMAIL"},
    "webhook": {"on_call": "ESCALATION_WEBHOOK_URL", "backup": "BACKUP_WEBHOOK_URL"},
}


_QUOTED = re.compile(r"""\s*[:(]?\s*(['"‘“])[^'"’”]*['"’”]\)?""")


def reason_category(reason: str) -> str:
    """A reason without the participant's quoted words ("plan: 'tonight'" -> "plan").

    Reasons are stored in clear and go into alerts; the participant's own words only ever
    live encrypted, in the flag's excerpt.
    """
    return _QUOTED.sub("", reason).strip(" :;,-") or "unspecified risk"


def sla_for(level: RiskLevel, environ: Mapping[str, str] | None = None) -> timedelta:
    """SLA per level; IPT_SLA_<LEVEL>_MINUTES overrides the defaults."""
    environ = os.environ if environ is None else environ
    override = environ.get(f"IPT_SLA_{level.value.upper()}_MINUTES")
    if override:
        return timedelta(minutes=float(override))
    return DEFAULT_SLA[level]


def configured_targets(audience: str, environ: Mapping[str, str] | None = None) -> list[str]:
    environ = os.environ if environ is None else environ
    return [
        target
        for target, recipients in TARGET_RECIPIENTS.items()
        if environ.get(recipients[audience])
    ]


def open_flag(session: Session, conversation_id: str) -> Flag | None:
    return session.execute(
        select(Flag)
        .where(Flag.conversation_id == conversation_id, Flag.status != "resolved")
        .order_by(Flag.id.desc())
        .limit(1)
    ).scalar_one_or_none()


def _add_notifications(
    session: Session, flag: Flag, audience: str, kind: str, targets: Sequence[str]
) -> list[Notification]:
    rows = [
        Notification(
            flag=flag,
            target=target,
            audience=audience,
            kind=kind,
            idempotency_key=f"flag-{flag.id}-{kind}-{flag.escalation_level}-{audience}-{target}",
        )
        for target in targets
    ]
    session.add_all(rows)
    return rows


def raise_flag(
    session: Session,
    *,
    conversation_id: str,
    severity: RiskLevel,
    reasons: Sequence[str],
    excerpt: str | None,
    cipher: TextCipher,
    participant: Participant | None = None,
    source: str = "detector",
    environ: Mapping[str, str] | None = None,
    now: datetime | None = None,
) -> Flag:
    """Open a flag (or raise the open one) and queue its notifications, in one transaction.

    One open flag per conversation: a person in crisis sends many messages, and clinicians need
    one alert that gets more urgent, not twenty. A higher severity re-notifies at once.
    """
    if severity < RiskLevel.CONCERN:
        raise ValueError("only concern, high or imminent risk raises a flag")
    now = now or utcnow()
    reasons = list(dict.fromkeys(reason_category(r) for r in reasons))
    flag = open_flag(session, conversation_id)
    clipped = (excerpt or "")[:EXCERPT_LIMIT] or None
    if flag is not None and RiskLevel(flag.severity) >= severity:
        merged = list(dict.fromkeys([*json.loads(flag.reasons), *reasons]))
        flag.reasons = json.dumps(merged)
        return flag
    if flag is None:
        flag = Flag(
            conversation_id=conversation_id,
            participant=participant,
            source=source,
            status="open",
            escalation_level=0,
        )
        session.add(flag)
        kind = "flag_raised"
    else:
        kind = "severity_raised"
        flag.status = "open"
    flag.severity = severity.value
    flag.reasons = json.dumps(list(dict.fromkeys(reasons)))
    flag.excerpt_enc = cipher.encrypt(clipped)
    flag.sla_due_at = now + sla_for(severity, environ)
    session.flush()  # the flag id names the idempotency keys
    _add_notifications(session, flag, "on_call", kind, configured_targets("on_call", environ))
    session.flush()
    return flag


def acknowledge(
    session: Session, flag_id: int, clinician: str, now: datetime | None = None
) -> Flag:
    """A clinician has seen the flag: re-escalation stops; the flag stays open until resolved."""
    flag = session.get(Flag, flag_id)
    if flag is None:
        raise LookupError(f"no flag {flag_id}")
    if flag.status == "open":
        flag.status = "acknowledged"
        flag.acknowledged_at = now or utcnow()
        flag.acknowledged_by = clinician
    return flag


def resolve(session: Session, flag_id: int, clinician: str, now: datetime | None = None) -> Flag:
    flag = acknowledge(session, flag_id, clinician, now)
    flag.status = "resolved"
    flag.resolved_at = now or utcnow()
    return flag


def due_for_reescalation(session: Session, now: datetime | None = None) -> list[Flag]:
    """Open, unacknowledged flags past their SLA that have not gone to the backup yet."""
    now = now or datetime.now(timezone.utc)
    flags = session.execute(
        select(Flag).where(Flag.status == "open", Flag.escalation_level == 0)
    ).scalars()
    return [f for f in flags if _aware(f.sla_due_at) <= now]


def reescalate(
    session: Session, flag: Flag, environ: Mapping[str, str] | None = None
) -> list[Notification]:
    flag.escalation_level = 1
    return _add_notifications(
        session, flag, "backup", "re_escalation", configured_targets("backup", environ)
    )


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
