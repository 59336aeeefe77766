"""Mood check-ins: write, read back, and whether one was done today."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.store.crypto import TextCipher
from bot.store.models import MoodCheckin, Participant


@dataclass(frozen=True)
class CheckinView:
    """A check-in as shown to the participant (free text decrypted)."""

    score: int
    relationship_note: str | None
    created_at: datetime


def record_checkin(
    session: Session,
    participant: Participant,
    *,
    score: int,
    relationship_note: str | None,
    cipher: TextCipher,
    conversation_id: str | None,
) -> MoodCheckin:
    if not 0 <= score <= 10:
        raise ValueError("a mood score is between 0 and 10")
    checkin = MoodCheckin(
        participant=participant,
        score=score,
        relationship_note_enc=cipher.encrypt(relationship_note) if relationship_note else None,
        conversation_id=conversation_id,
    )
    session.add(checkin)
    session.flush()
    return checkin


def _as_utc(moment: datetime) -> datetime:
    # SQLite returns naive datetimes for timezone-aware columns; they were written in UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def recent_checkins(
    session: Session, participant: Participant, cipher: TextCipher, limit: int = 7
) -> list[CheckinView]:
    """The latest check-ins, oldest first, so a trend reads left to right."""
    rows = session.execute(
        select(MoodCheckin)
        .where(MoodCheckin.participant_id == participant.id)
        .order_by(MoodCheckin.created_at.desc(), MoodCheckin.id.desc())
        .limit(limit)
    ).scalars()
    views = [
        CheckinView(
            score=row.score,
            relationship_note=cipher.decrypt(row.relationship_note_enc),
            created_at=_as_utc(row.created_at),
        )
        for row in rows
    ]
    return list(reversed(views))


def checked_in_today(
    session: Session, participant: Participant, now: datetime | None = None
) -> bool:
    """Today in the participant's own timezone (UTC when they have not said)."""
    zone = ZoneInfo(participant.timezone or "UTC")
    now = (now or datetime.now(timezone.utc)).astimezone(zone)
    start_of_day = now.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(timezone.utc)
    latest = session.execute(
        select(MoodCheckin.created_at)
        .where(MoodCheckin.participant_id == participant.id)
        .order_by(MoodCheckin.created_at.desc())
        .limit(1)
    ).scalar_one_or_none()
    return latest is not None and _as_utc(latest) >= start_of_day
