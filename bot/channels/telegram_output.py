"""Rasa's output channel for Telegram: what the bot says, as Telegram messages.

The same object answers within a request (a participant's message) and outside one (a
clinician's reply or a reminder through `output_channel=latest`): the recipient is the Rasa
sender id `tg:<chat_id>`, which says where to send without any state.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

from rasa.core.channels.channel import OutputChannel
from telegram import InlineKeyboardMarkup

from bot.channels.telegram_client import TelegramClient
from bot.channels.telegram_format import inline_keyboard, split_text
from bot.channels.telegram_updates import chat_id_of

logger = logging.getLogger(__name__)
CHANNEL_NAME = "telegram"


class TelegramOutput(OutputChannel):
    @classmethod
    def name(cls) -> str:
        return CHANNEL_NAME

    def __init__(self, client: TelegramClient) -> None:
        self.client = client

    async def _send(
        self, recipient_id: str, text: str, keyboard: InlineKeyboardMarkup | None = None
    ) -> None:
        chat_id = chat_id_of(str(recipient_id))
        if chat_id is None:
            logger.error("Not a Telegram conversation id; a message was not sent.")
            return
        chunks = split_text(text or "")
        if not chunks and keyboard is not None:
            chunks = ["…"]  # a keyboard needs a message to hang under
        for index, chunk in enumerate(chunks):
            last = index == len(chunks) - 1
            delivered = await self.client.send_text(chat_id, chunk, keyboard if last else None)
            if not delivered:
                return  # the rest would arrive without its beginning

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self._send(recipient_id, text)

    async def send_text_with_buttons(
        self,
        recipient_id: str,
        text: str,
        buttons: list[dict[str, Any]],
        **kwargs: Any,
    ) -> None:
        await self._send(recipient_id, text, inline_keyboard(buttons))

    async def send_quick_replies(
        self,
        recipient_id: str,
        text: str,
        quick_replies: list[dict[str, Any]],
        **kwargs: Any,
    ) -> None:
        await self._send(recipient_id, text, inline_keyboard(quick_replies))

    async def send_image_url(self, recipient_id: str, image: str, **kwargs: Any) -> None:
        # As a link (Telegram shows a preview): sendPhoto would make Telegram fetch the URL,
        # and a failed fetch would lose the message.
        await self._send(recipient_id, image)

    async def send_attachment(self, recipient_id: str, attachment: str, **kwargs: Any) -> None:
        await self._send(recipient_id, str(attachment))

    async def send_custom_json(
        self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any
    ) -> None:
        """Custom payloads carry hints for the web widget; Telegram gets their text, if any."""
        text = json_message.get("text") if isinstance(json_message, Mapping) else None
        if not isinstance(text, str) or not text.strip():
            return
        buttons = json_message.get("buttons")
        keyboard = inline_keyboard(buttons) if isinstance(buttons, Iterable) else None
        await self._send(recipient_id, text, keyboard)
