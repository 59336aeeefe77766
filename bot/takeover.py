"""A clinician takes over a conversation, writes to the participant, and hands back.

Everything goes through Rasa's HTTP API so it lands in the transcript: the takeover is a slot
(`human_takeover`) that the SafetyPolicy reads — the bot then stays silent except for the
crisis path, which no takeover may silence. (Rasa's own `pause` event would silence that too.)
A clinician's words reach the participant on the channel they used last (`output_channel=latest`).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

import httpx

from bot.config import Settings


class TakeoverError(RuntimeError):
    """Rasa refused or could not be reached; the clinician must be told, not left guessing."""


@dataclass
class RasaConversations:
    base_url: str
    token: str
    timeout: float = 10.0

    @classmethod
    def from_settings(cls, settings: Settings) -> RasaConversations:
        return cls(settings.rasa_url, settings.rasa_token)

    def _post(self, path: str, payload: object, **params: str) -> dict:
        try:
            response = httpx.post(
                f"{self.base_url}{path}",
                params={"token": self.token, **params},
                json=payload,
                timeout=self.timeout,
            )
        except httpx.HTTPError as exc:
            raise TakeoverError(f"Rasa is not reachable at {self.base_url}") from exc
        if response.status_code >= 400:
            raise TakeoverError(f"Rasa answered {response.status_code} for {path}")
        return response.json() if response.content else {}

    def _events(self, conversation_id: str, events: list[dict]) -> None:
        self._post(f"/conversations/{quote(conversation_id, safe=':')}/tracker/events", events)

    def start(self, conversation_id: str) -> None:
        self._events(conversation_id, [{"event": "slot", "name": "human_takeover", "value": True}])
        self.say_response(conversation_id, "utter_clinician_joined")

    def say(self, conversation_id: str, text: str) -> None:
        text = text.strip()
        if not text:
            raise TakeoverError("an empty message is not sent")
        self._events(
            conversation_id, [{"event": "slot", "name": "clinician_message", "value": text}]
        )
        self.say_response(conversation_id, "utter_clinician_message")
        self._events(
            conversation_id, [{"event": "slot", "name": "clinician_message", "value": None}]
        )

    def say_response(self, conversation_id: str, response: str) -> None:
        self._post(
            f"/conversations/{quote(conversation_id, safe=':')}/execute",
            {"name": response},
            output_channel="latest",
        )
        # Back to listening, as after any bot turn, so the next message starts a fresh turn.
        self._events(conversation_id, [{"event": "action", "name": "action_listen"}])

    def end(self, conversation_id: str) -> None:
        self._events(conversation_id, [{"event": "slot", "name": "human_takeover", "value": False}])
        self.say_response(conversation_id, "utter_clinician_left")


PARTICIPANT_PREFIX = "participant:"


def resolve_conversation(target: str, database_url: str) -> str:
    """A conversation id as given, or `participant:<public id>` -> the conversation that
    participant used last (so a reply reaches them on Telegram or the web, wherever they are)."""
    if not target.startswith(PARTICIPANT_PREFIX):
        return target
    from sqlalchemy import select

    from bot.store.database import session_scope
    from bot.store.models import Participant
    from bot.store.participants import latest_conversation

    public_id = target.removeprefix(PARTICIPANT_PREFIX)
    with session_scope(database_url) as session:
        participant = session.execute(
            select(Participant).where(Participant.public_id == public_id)
        ).scalar_one_or_none()
        conversation = latest_conversation(session, participant) if participant else None
    if conversation is None:
        raise TakeoverError(f"no active conversation for participant {public_id}")
    return conversation
