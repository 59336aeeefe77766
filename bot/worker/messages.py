"""The words of an alert: what a clinician needs to act, and nothing a participant wrote.

Alerts travel over third-party services (Telegram, an e-mail provider, a webhook receiver), so
they carry only what the clinic itself generated: severity, flag id, times, the SLA, the
source and the detector's reason categories (fixed descriptions such as "active suicidal
ideation"), and where to look. `AlertFacts` has no field that could hold a participant's
words, name or conversation id, so no template change can leak them by accident.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.store.models import Notification

SOURCES = {
    "detector": "the automatic risk detector",
    "screening": "the in-chat safety screening questions",
    "request_human": "the participant's request to talk to a person",
}
MAX_REASONS = 8
MAX_REASON_LENGTH = 160
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f]+")


@dataclass(frozen=True)
class AlertFacts:
    """Everything an alert may say, copied from the flag and its notification."""

    flag_id: int
    severity: str
    source: str
    reasons: tuple[str, ...]
    raised_at: datetime
    sla_due_at: datetime
    notified_at: datetime
    kind: str
    audience: str
    idempotency_key: str

    @classmethod
    def of(cls, notification: Notification) -> AlertFacts:
        flag = notification.flag
        return cls(
            flag_id=flag.id,
            severity=flag.severity,
            source=flag.source,
            reasons=_clean_reasons(flag.reasons),
            raised_at=_aware(flag.created_at),
            sla_due_at=_aware(flag.sla_due_at),
            notified_at=_aware(notification.created_at),
            kind=notification.kind,
            audience=notification.audience,
            idempotency_key=notification.idempotency_key,
        )


@dataclass(frozen=True)
class Alert:
    """One alert, rendered for every kind of target."""

    subject: str
    text: str
    payload: dict[str, Any]
    idempotency_key: str


def compose_alert(
    facts: AlertFacts, *, sla: timedelta, review_app_url: str = "", clinic_timezone: str = "UTC"
) -> Alert:
    zone = _zone(clinic_timezone)
    severity = facts.severity.upper()
    review = f"{review_app_url}/flags/{facts.flag_id}" if review_app_url else None
    due = _time(facts.sla_due_at, zone)
    if facts.kind == "re_escalation":
        subject = f"RE-ESCALATION: {severity} risk flag #{facts.flag_id} not acknowledged"
        lines = [
            f"IPT Companion: RE-ESCALATION. {severity} risk flag #{facts.flag_id} was NOT "
            f"acknowledged within its SLA of {_duration(sla)} (due {due}).",
            "You are receiving this as the backup clinician. Please act now.",
        ]
    elif facts.kind == "severity_raised":
        subject = f"Flag #{facts.flag_id} raised to {severity} risk"
        lines = [
            f"IPT Companion: flag #{facts.flag_id} RAISED to {severity} risk "
            f"at {_time(facts.notified_at, zone)}.",
            f"Please acknowledge within {_duration(sla)} (by {due}).",
        ]
    else:
        subject = f"{severity} risk flag #{facts.flag_id}"
        lines = [
            f"IPT Companion: {severity} risk, flag #{facts.flag_id}.",
            f"Please acknowledge within {_duration(sla)} (by {due}).",
        ]
    lines += [
        f"Flag opened {_time(facts.raised_at, zone)} by {_source(facts.source)}.",
        f"Why: {'; '.join(facts.reasons) if facts.reasons else 'no reason recorded'}",
        f"Review: {review}" if review else "Review: run `ipt-companion flag list`",
        f"Acknowledge: ipt-companion flag ack {facts.flag_id} --by \"Your Name\"",
        f"Ref: {facts.idempotency_key}",
    ]
    text = "\n".join(lines)
    payload = {
        "event": facts.kind,
        "audience": facts.audience,
        "idempotency_key": facts.idempotency_key,
        "flag": {
            "id": facts.flag_id,
            "severity": facts.severity,
            "source": facts.source,
            "reasons": list(facts.reasons),
            "raised_at": facts.raised_at.isoformat(),
            "sla_due_at": facts.sla_due_at.isoformat(),
            "sla_seconds": int(sla.total_seconds()),
        },
        "review_url": review,
        "text": text,
    }
    return Alert(
        subject=f"[IPT Companion] {subject}",
        text=text,
        payload=payload,
        idempotency_key=facts.idempotency_key,
    )


def _clean_reasons(raw: str | None) -> tuple[str, ...]:
    """The detector's reason categories, defensively tidied (they are code, not user text)."""
    try:
        reasons = json.loads(raw or "[]")
    except ValueError:
        return ()
    if not isinstance(reasons, list):
        return ()
    cleaned = [
        _UNPRINTABLE.sub(" ", str(r)).strip()[:MAX_REASON_LENGTH] for r in reasons if str(r).strip()
    ]
    if len(cleaned) > MAX_REASONS:
        extra = len(cleaned) - MAX_REASONS
        cleaned = [*cleaned[:MAX_REASONS], f"and {extra} more"]
    return tuple(cleaned)


def _source(source: str) -> str:
    return SOURCES.get(source, re.sub(r"[^a-z0-9_ -]", "", source.lower()) or "unknown source")


def _duration(span: timedelta) -> str:
    seconds = round(span.total_seconds())
    if seconds >= 3600 and seconds % 3600 == 0:
        return _plural(seconds // 3600, "hour")
    if seconds >= 60 and seconds % 60 == 0:
        return _plural(seconds // 60, "minute")
    return _plural(seconds, "second")


def _plural(count: int, unit: str) -> str:
    return f"{count} {unit}" if count == 1 else f"{count} {unit}s"


def _zone(name: str) -> ZoneInfo | timezone:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return timezone.utc


def _time(moment: datetime, zone: ZoneInfo | timezone) -> str:
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M %Z")


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
