"""Helpers shared by the worker's tests: a flag raised as the bot raises it, and its rows."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import select

from bot.safety.escalation import raise_flag
from bot.safety.levels import RiskLevel
from bot.store.crypto import TextCipher
from bot.store.database import session_scope
from bot.store.models import Notification
from bot.store.participants import enrol

# What must never leave the database: a participant's words, name and conversation id.
PARTICIPANT_NAME = "Jonathan Smithers"
EXCERPT = "my name is Jonathan Smithers and tonight I will take all the pills"
CONVERSATION = "tg-987654321"
SECRET_WORDS = ("Smithers", "Jonathan", "pills", "tonight", CONVERSATION)

TOKEN = "123456:FAKE-TOKEN"
WEBHOOK_SECRET = "webhook-secret-for-tests"


class NoJitter:
    """A random source whose jitter is always zero, to check nominal delays exactly."""

    def uniform(self, _low: float, _high: float) -> float:
        return 0.0


def raise_test_flag(
    url: str,
    cipher: TextCipher,
    environ: Mapping[str, str],
    *,
    severity: RiskLevel = RiskLevel.HIGH,
    conversation: str = CONVERSATION,
    reasons: tuple[str, ...] = ("active suicidal ideation",),
    now: datetime | None = None,
) -> int:
    """Enrol a named participant and raise a flag with their words, as the bot would."""
    with session_scope(url) as session:
        participant = enrol(
            session, conversation_id=conversation, channel="telegram", cipher=cipher,
            country="GB", display_name=PARTICIPANT_NAME,
        )
        flag = raise_flag(
            session, conversation_id=conversation, severity=severity, reasons=list(reasons),
            excerpt=EXCERPT, cipher=cipher, participant=participant, environ=environ, now=now,
        )
        return flag.id


def notifications(url: str, flag_id: int | None = None) -> list[Notification]:
    with session_scope(url) as session:
        query = select(Notification).order_by(Notification.id)
        if flag_id is not None:
            query = query.where(Notification.flag_id == flag_id)
        return list(session.execute(query).scalars())


def assert_no_participant_text(text: str) -> None:
    for word in SECRET_WORDS:
        assert word not in text, f"participant text {word!r} leaked"
