"""Joining a participant's channels: a code made on one, redeemed on the other.

Codes are 8 characters from an alphabet without look-alikes, valid for 15 minutes, usable
once; only their SHA-256 is stored.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.store.models import ChannelIdentity, LinkCode, Participant, utcnow
from bot.store.participants import find_identity

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
VALID_FOR = timedelta(minutes=15)


def _hash(code: str) -> str:
    return hashlib.sha256(code.strip().upper().encode("utf-8")).hexdigest()


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def create_link_code(
    session: Session, participant: Participant, now: datetime | None = None
) -> str:
    code = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    session.add(
        LinkCode(
            participant=participant,
            code_hash=_hash(code),
            expires_at=(now or utcnow()) + VALID_FOR,
        )
    )
    session.flush()
    return code


def redeem_link_code(
    session: Session,
    code: str,
    conversation_id: str,
    channel: str,
    now: datetime | None = None,
) -> Participant | None:
    """Attach this conversation to the code's participant; None if the code is not valid.

    If the conversation already belonged to another participant record (someone who enrolled
    on both channels before linking), it is re-pointed; the old record keeps what it has, so
    nothing a clinician may need is deleted by a link.
    """
    if not code or len(code.strip()) != CODE_LENGTH:
        return None
    now = now or utcnow()
    link = session.execute(
        select(LinkCode).where(LinkCode.code_hash == _hash(code))
    ).scalar_one_or_none()
    if link is None or link.used_at is not None or _aware(link.expires_at) < now:
        return None
    link.used_at = now
    identity = find_identity(session, conversation_id)
    if identity is None:
        identity = ChannelIdentity(
            conversation_id=conversation_id, channel=channel, participant=link.participant
        )
        session.add(identity)
    identity.participant = link.participant
    identity.active = True
    identity.last_seen_at = now
    session.flush()
    return link.participant
