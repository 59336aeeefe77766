"""Reading and writing reminders; the claim that makes "never twice" hold."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.reminders.schedule import SNOOZE, decide, next_occurrence
from bot.store.models import Participant, Reminder, utcnow
from bot.store.participants import latest_conversation


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def set_reminder(
    session: Session, participant: Participant, local: time, zone: str,
    now: datetime | None = None,
) -> Reminder:
    now = now or utcnow()
    reminder = participant.reminder or Reminder(participant=participant)
    reminder.local_time = local.strftime("%H:%M")
    reminder.timezone = zone
    reminder.active = True
    reminder.snoozed_until = None
    reminder.next_due_at = next_occurrence(local, zone, now)
    participant.timezone = zone
    session.add(reminder)
    session.flush()
    return reminder


def snooze(session: Session, participant: Participant, now: datetime | None = None) -> bool:
    reminder = participant.reminder
    if reminder is None or not reminder.active:
        return False
    reminder.next_due_at = (now or utcnow()) + SNOOZE
    reminder.snoozed_until = reminder.next_due_at
    return True


def stop(session: Session, participant: Participant) -> bool:
    reminder = participant.reminder
    if reminder is None or not reminder.active:
        return False
    reminder.active = False
    return True


@dataclass(frozen=True)
class ClaimedReminder:
    reminder_id: int
    conversation_id: str


def claim_due(session: Session, now: datetime | None = None) -> list[ClaimedReminder]:
    """Move every due reminder to its next occurrence and return those to send now.

    The caller commits before sending: a crash after the commit loses at most this one
    reminder (late or skipped), and it can never go out twice.
    """
    now = now or utcnow()
    query = select(Reminder).where(Reminder.active.is_(True), Reminder.next_due_at <= now)
    if session.bind is not None and session.bind.dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    claimed: list[ClaimedReminder] = []
    for reminder in session.execute(query).scalars():
        outcome = decide(_aware(reminder.next_due_at), now)
        local = time.fromisoformat(reminder.local_time)
        reminder.next_due_at = next_occurrence(local, reminder.timezone, now)
        reminder.snoozed_until = None
        conversation = latest_conversation(session, reminder.participant)
        if outcome == "send" and conversation:
            reminder.last_sent_at = now
            reminder.last_outcome = "sent"
            claimed.append(ClaimedReminder(reminder.id, conversation))
        else:
            reminder.last_outcome = "skipped_late"
    return claimed
