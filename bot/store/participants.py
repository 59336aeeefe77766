"""Who is talking: participants and the conversations (channel identities) that belong to them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.store.crypto import TextCipher
from bot.store.models import ChannelIdentity, Participant, utcnow


def find_identity(session: Session, conversation_id: str) -> ChannelIdentity | None:
    return session.execute(
        select(ChannelIdentity).where(ChannelIdentity.conversation_id == conversation_id)
    ).scalar_one_or_none()


def find_participant(session: Session, conversation_id: str) -> Participant | None:
    identity = find_identity(session, conversation_id)
    return identity.participant if identity else None


def enrol(
    session: Session,
    *,
    conversation_id: str,
    channel: str,
    cipher: TextCipher,
    country: str | None,
    display_name: str | None,
    consent_at: datetime | None = None,
) -> Participant:
    """Create the participant once consent is given; enrolling again updates, never duplicates."""
    identity = find_identity(session, conversation_id)
    if identity is None:
        participant = Participant(consent_at=consent_at or utcnow())
        identity = ChannelIdentity(
            participant=participant, channel=channel, conversation_id=conversation_id
        )
        session.add_all([participant, identity])
    participant = identity.participant
    participant.country = country
    participant.display_name_enc = cipher.encrypt(display_name) if display_name else None
    identity.last_seen_at = utcnow()
    session.flush()
    return participant


def display_name(participant: Participant, cipher: TextCipher) -> str | None:
    return cipher.decrypt(participant.display_name_enc)


def forget(session: Session, participant: Participant) -> None:
    """Erase a participant and everything stored about them (their right to be forgotten)."""
    session.delete(participant)
    session.flush()


def latest_conversation(session: Session, participant: Participant) -> str | None:
    """The conversation the participant used last: where a clinician's reply should go."""
    active = [i for i in participant.identities if i.active]
    if not active:
        return None
    return max(active, key=lambda i: i.last_seen_at).conversation_id
