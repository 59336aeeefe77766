"""What the Telegram channel reads and writes in the clinic's database, and nothing more.

All of it is synchronous SQLAlchemy, so the channel runs it in a worker thread (`asyncio.
to_thread`) to keep Rasa's event loop free. Linking goes through `bot.store.linking.
redeem_link_code` when that module exists; `redeem` can be swapped for a stand-in in tests.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from bot.store.clinic import ClinicDatabase, clinic_db
from bot.store.participants import find_identity, find_participant, forget

logger = logging.getLogger(__name__)
CHANNEL = "telegram"
# What Telegram allows in a /start deep-link payload.
LINK_CODE_FORMAT = re.compile(r"^[A-Za-z0-9_-]{1,64}$")

# redeem_link_code(session, code, conversation_id, channel) -> Participant | None
Redeem = Callable[[Session, str, str, str], Any]


def _installed_redeem() -> Redeem | None:
    try:
        from bot.store.linking import redeem_link_code  # type: ignore[import-not-found]
    except ImportError:
        return None
    return redeem_link_code


class TelegramStore:
    def __init__(
        self,
        database: Callable[[], ClinicDatabase] = clinic_db,
        redeem: Redeem | None = None,
    ) -> None:
        self._database = database
        self._redeem = redeem

    def country(self, conversation_id: str) -> str | None:
        """The enrolled participant's country (for crisis lines), or None."""
        with self._database().session() as session:
            participant = find_participant(session, conversation_id)
            return participant.country if participant is not None else None

    def set_active(self, conversation_id: str, active: bool) -> None:
        """Record whether Telegram lets us reach this chat (403 = blocked); no-op if unknown."""
        with self._database().session() as session:
            identity = find_identity(session, conversation_id)
            if identity is not None and identity.active != active:
                identity.active = active

    def conversation_ids(self, conversation_id: str) -> list[str]:
        """Every conversation of the participant behind this one (just this one if none)."""
        with self._database().session() as session:
            participant = find_participant(session, conversation_id)
            if participant is None:
                return [conversation_id]
            ids = {identity.conversation_id for identity in participant.identities}
            return sorted(ids | {conversation_id})

    def forget(self, conversation_id: str) -> bool:
        """Erase the participant behind this conversation. False when there was none."""
        with self._database().session() as session:
            participant = find_participant(session, conversation_id)
            if participant is None:
                return False
            forget(session, participant)
            return True

    def link(self, code: str, conversation_id: str) -> bool:
        """Redeem a link code from the web chat: this chat joins that participant."""
        if not LINK_CODE_FORMAT.match(code):
            return False
        redeem = self._redeem or _installed_redeem()
        if redeem is None:
            logger.warning("Account linking is not available yet (bot.store.linking missing).")
            return False
        with self._database().session() as session:
            return redeem(session, code, conversation_id, CHANNEL) is not None
