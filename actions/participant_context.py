"""What every flow needs to know about who it is talking to, read from the database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from rasa_sdk import Tracker
from sqlalchemy.orm import Session

from bot.safety.escalation import open_flag
from bot.store.clinic import clinic_db
from bot.store.crypto import TextCipher
from bot.store.models import Participant
from bot.store.participants import display_name, find_participant


@dataclass(frozen=True)
class ParticipantContext:
    enrolled: bool
    name: str | None = None
    country: str | None = None
    open_risk_flag: bool = False


def load_participant_context(tracker: Tracker) -> ParticipantContext:
    db = clinic_db()
    with db.session() as session:
        flag = open_flag(session, tracker.sender_id)
        risk_open = flag is not None and flag.source != "request_human"
        participant = find_participant(session, tracker.sender_id)
        if participant is None:
            return ParticipantContext(
                enrolled=False, country=tracker.get_slot("country"), open_risk_flag=risk_open
            )
        return ParticipantContext(
            enrolled=True,
            name=display_name(participant, db.cipher),
            country=participant.country,
            open_risk_flag=risk_open,
        )


def name_greeting(name: str | None) -> str:
    """", Anna" or "" — for responses written as "Thank you{name_greeting}."."""
    return f", {name}" if name else ""


def confident_intent(tracker: Tracker, threshold: float = 0.8) -> str | None:
    """The latest intent only when the classifier is sure: free-text answers (a name, a note)
    are often misread as short intents like "deny" or "skip"."""
    intent = tracker.latest_message.get("intent") or {}
    if (intent.get("confidence") or 0.0) < threshold:
        return None
    return intent.get("name")


ParticipantSession = tuple[Session, "Participant | None", TextCipher]


@contextmanager
def participant_session(tracker: Tracker) -> Iterator[ParticipantSession]:
    """One unit of work with the participant this conversation belongs to (None before consent)."""
    db = clinic_db()
    with db.session() as session:
        yield session, find_participant(session, tracker.sender_id), db.cipher
