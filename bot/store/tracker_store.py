"""Rasa's SQL tracker store, made fit for health data.

Three changes to Rasa's `SQLTrackerStore`:
- the database comes from DATABASE_URL (the same database as the clinic's tables);
- each event's JSON (which holds what the participant typed) is encrypted at rest;
- it refuses to lose transcripts quietly: Rasa wraps every store in a fail-safe that falls
  back to memory on any error. Ours logs a CRITICAL alert on every failed write and, in
  production, exits at start-up when the database is unreachable.
A conversation whose participant declined consent is not kept at all (see `save`).
"""

from __future__ import annotations

import json
import logging
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from bot.config import load_settings
from bot.store.crypto import TextCipher
from bot.store.database import ensure_sqlite_dir, prepare_sqlite
from bot.store.models import utcnow

logger = logging.getLogger(__name__)

CONSENT_SLOT = "consent_given"


class TranscriptStorageError(RuntimeError):
    """The transcript could not be written: raised so that nobody believes it was."""


class EncryptedSQLTrackerStore(SQLTrackerStore):
    def __init__(
        self,
        domain: Domain | None = None,
        host: str | None = None,
        event_broker: Any = None,
        database_url: str | None = None,
        **kwargs: Any,
    ) -> None:
        settings = load_settings()
        self._url = database_url or settings.database_url
        self._cipher = TextCipher(settings.data_keys)
        self._production = settings.is_production
        ensure_sqlite_dir(self._url)
        try:
            super().__init__(domain=domain, event_broker=event_broker, **kwargs)
        except Exception:
            logger.critical("The tracker store cannot reach its database.")
            raise
        prepare_sqlite(self.engine)
        self.engine.dispose()  # new connections get the SQLite pragmas
        self.check_connection()

    def get_db_url(self, *args: Any, **kwargs: Any) -> str:  # type: ignore[override]
        return self._url

    def check_connection(self) -> None:
        """Fail at start-up rather than run with a store that cannot write."""
        with self.engine.connect() as connection:
            connection.execute(sa.text("SELECT 1"))

    def _serialise(self, data: dict[str, Any]) -> str:
        return self._cipher.encrypt(json.dumps(data)) or ""

    def _deserialise(self, stored: str) -> dict[str, Any]:
        if stored.startswith("{"):  # written before encryption was on
            return json.loads(stored)
        return json.loads(self._cipher.decrypt(stored) or "{}")

    async def _retrieve(
        self, sender_id: str, fetch_events_from_all_sessions: bool
    ) -> DialogueStateTracker | None:
        try:
            with self.session_scope() as session:
                rows = self._event_query(
                    session, sender_id, fetch_events_from_all_sessions
                ).all()
                events = [self._deserialise(row.data) for row in rows]
        except Exception as exc:
            logger.critical("Reading a transcript failed (%s).", type(exc).__name__)
            raise TranscriptStorageError("transcript could not be read") from exc
        if self.domain and events:
            return DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
        return None

    async def save(self, tracker: DialogueStateTracker) -> None:
        if tracker.get_slot(CONSENT_SLOT) is False:
            # Declined consent: keep nothing of this conversation.
            await self.delete(tracker.sender_id)
            return
        try:
            await self.stream_events(tracker)
            with self.session_scope() as session:
                new_events = list(self._additional_events(session, tracker))
                for event in new_events:
                    data = event.as_dict()
                    session.add(
                        self.SQLEvent(
                            sender_id=tracker.sender_id,
                            type_name=event.type_name,
                            timestamp=data.get("timestamp"),
                            intent_name=data.get("parse_data", {})
                            .get("intent", {})
                            .get(INTENT_NAME_KEY),
                            action_name=data.get("name"),
                            data=self._serialise(data),
                        )
                    )
                if any(isinstance(event, UserUttered) for event in new_events):
                    self._touch_identity(session, tracker.sender_id)
                session.commit()
        except Exception as exc:
            logger.critical(
                "ALERT: a transcript could not be stored (%s). Rasa will keep it only in "
                "memory until this is fixed.",
                type(exc).__name__,
            )
            raise TranscriptStorageError("transcript could not be stored") from exc

    def _touch_identity(self, session: Any, sender_id: str) -> None:
        """Remember when each conversation was last used, so replies go to the latest one."""
        session.execute(
            sa.text(
                "UPDATE channel_identity SET last_seen_at = :now, active = :active "
                "WHERE conversation_id = :conversation"
            ),
            {"now": utcnow(), "active": True, "conversation": sender_id},
        )

    async def delete(self, sender_id: str) -> None:
        """Erase a conversation's transcript (declined consent, or the right to be forgotten)."""
        with self.session_scope() as session:
            session.query(self.SQLEvent).filter(self.SQLEvent.sender_id == sender_id).delete()
            session.commit()


__all__ = ["EncryptedSQLTrackerStore", "SessionStarted"]
