"""Telegram as a Rasa input channel, on python-telegram-bot 22 (`POST /webhooks/telegram/webhook`).

Why our own and not Rasa's: Rasa's calls Telegram (setWebhook) while the server starts, so a
laptop without Telegram, or a Telegram hiccup, stops Rasa and the web chat with it. This one
calls Telegram only to answer updates; setting the webhook is `ipt-companion telegram-webhook`,
and `ipt-companion telegram-poll` feeds the same route from long polling (telegram_poll.py).

Every update must carry the secret Telegram was given with setWebhook, in the
`X-Telegram-Bot-Api-Secret-Token` header; anything else gets 403 and is not read. Without
TELEGRAM_TOKEN and TELEGRAM_WEBHOOK_SECRET the channel is off: the route answers 503 and the
rest of Rasa runs as usual.

Conversations are `tg:<chat_id>`, the channel's name is `telegram` (so `output_channel=latest`
finds it), and it answers 200 once the update is handled, whatever Rasa made of it: a non-2xx
answer would make Telegram send the same update again, and the participant get replies twice.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.telegram_client import TelegramClient
from bot.channels.telegram_config import SECRET_HEADER, TelegramSettings
from bot.channels.telegram_handler import Transcripts, UpdateHandler, off_loop
from bot.channels.telegram_output import CHANNEL_NAME, TelegramOutput
from bot.channels.telegram_store import TelegramStore
from bot.channels.telegram_updates import conversation_id, parse_update

logger = logging.getLogger(__name__)
REMEMBERED_UPDATES = 2048


class RecentUpdates:
    """Update ids already handled: Telegram re-sends an update it thinks was not received."""

    def __init__(self, size: int = REMEMBERED_UPDATES) -> None:
        self._seen: OrderedDict[int, None] = OrderedDict()
        self._size = size

    def first_time(self, update_id: int) -> bool:
        if update_id in self._seen:
            return False
        self._seen[update_id] = None
        if len(self._seen) > self._size:
            self._seen.popitem(last=False)
        return True


class RasaTranscripts:
    """Erases transcripts in the tracker store Rasa itself writes to, under Rasa's lock."""

    def __init__(self, agent: Any) -> None:
        self._agent = agent

    async def delete(self, sender_id: str) -> None:
        store = self._agent.tracker_store
        store = getattr(store, "_tracker_store", store)  # unwrap Rasa's FailSafeTrackerStore
        if not hasattr(store, "delete"):
            raise RuntimeError(f"the tracker store {type(store).__name__} cannot erase")
        async with self._agent.lock_store.lock(sender_id):
            await store.delete(sender_id)


class TelegramInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return CHANNEL_NAME

    @classmethod
    def from_credentials(cls, credentials: Mapping[str, Any] | None) -> TelegramInput:
        return cls(TelegramSettings.load(credentials))

    def __init__(
        self, settings: TelegramSettings, store: TelegramStore | None = None
    ) -> None:
        self.settings = settings
        self.recent = RecentUpdates()
        self._store = store or TelegramStore()
        self._handler: UpdateHandler | None = None
        self._agent: Any = None  # Rasa's agent, known from the first webhook request
        if settings.enabled:
            logger.info("Telegram channel on (webhook at /webhooks/telegram/webhook).")
        else:
            logger.warning(
                "Telegram channel off: %s. Its webhook answers 503; the rest runs as usual.",
                "; ".join(settings.problems()),
            )

    def handler(self) -> UpdateHandler:
        """One handler (and Telegram client) per process, made on first use in the loop."""
        if self._handler is None:
            client = TelegramClient(self.settings, on_blocked=self._blocked)
            self._handler = UpdateHandler(client, self._store, self._transcripts)
        return self._handler

    def _transcripts(self) -> Transcripts:
        if self._agent is None:
            raise RuntimeError("no Rasa agent to erase transcripts with")
        return RasaTranscripts(self._agent)

    async def _blocked(self, chat_id: int) -> None:
        await off_loop(self._store.set_active, conversation_id(chat_id), False, default=None)

    def get_output_channel(self) -> TelegramOutput | None:
        """For messages outside a request (clinician replies, reminders): None when off."""
        if not self.settings.enabled:
            return None
        return self.handler().output

    def secret_matches(self, given: str | None) -> bool:
        expected = self.settings.webhook_secret
        return bool(expected and given) and hmac.compare_digest(
            str(given).encode(), expected.encode()
        )

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        telegram = Blueprint("telegram_webhook", __name__)

        @telegram.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok" if self.settings.enabled else "disabled"})

        @telegram.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            if not self.settings.enabled:
                return response.text("Telegram is not configured", status=503)
            if not self.secret_matches(request.headers.get(SECRET_HEADER)):
                logger.warning("A Telegram webhook call without the right secret was refused.")
                return response.text("Forbidden", status=403)
            try:
                incoming = parse_update(json.loads(request.body or b"null"))
            except ValueError:
                return response.text("Not a Telegram update", status=400)
            if self.recent.first_time(incoming.update_id):
                self._agent = getattr(request.app.ctx, "agent", None)
                await self.handler().handle(incoming, on_new_message)
            return response.text("ok")

        @telegram.listener("after_server_stop")
        async def close_client(*_: Any) -> None:
            if self._handler is not None:
                await self._handler.client.shutdown()

        return telegram

