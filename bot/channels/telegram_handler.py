"""What the channel does with each kind of Telegram input.

Text and buttons go to Rasa (with a typing indicator while it works). The channel answers
itself where a round trip to the NLU would be wrong: /resources (crisis lines must never depend
on a model), /forget (erasure is not a conversation), and input Rasa cannot read.

Typed text that starts with "/" but is no command of ours reaches the NLU without its slashes:
Rasa would otherwise take it as an intent name and skip the NLU, and with it the safety screen.
Only button presses (callback data the bot itself sent) reach Rasa as `/intent` payloads.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, Protocol, TypeVar

from rasa.core.channels.channel import UserMessage
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.channels import telegram_texts as texts
from bot.channels.telegram_client import TelegramClient
from bot.channels.telegram_output import CHANNEL_NAME, TelegramOutput
from bot.channels.telegram_store import TelegramStore
from bot.channels.telegram_updates import CHANNEL_CALLBACK_PREFIX, Incoming, Kind
from bot.safety.resources import format_resources

logger = logging.getLogger(__name__)
T = TypeVar("T")
OnNewMessage = Callable[[UserMessage], Awaitable[Any]]

# Commands that are Rasa intents under another name.
RASA_COMMANDS = {"checkin": "/start_checkin", "help": "/help", "stop": "/stop"}
GREET = "/greet"
FORGET_YES = f"{CHANNEL_CALLBACK_PREFIX}forget:yes"
FORGET_NO = f"{CHANNEL_CALLBACK_PREFIX}forget:no"
TYPING_EVERY_S = 4.0  # Telegram shows "typing…" for 5 s per chat action
FIRST_TYPING_WAIT_S = 1.0
FORGET_ANSWER_WITHIN_S = 15 * 60  # an old "Yes, delete everything" button does nothing
_REACHES_US = {Kind.TEXT, Kind.COMMAND, Kind.CALLBACK, Kind.MEDIA_WITH_CAPTION, Kind.NOT_TEXT,
               Kind.EDITED}


def typed_text(text: str) -> str:
    """What a person typed, never read by Rasa as an `/intent` shortcut (see the docstring)."""
    return text.strip().lstrip("/").strip()


class Transcripts(Protocol):
    async def delete(self, sender_id: str) -> None: ...


class UpdateHandler:
    def __init__(
        self,
        client: TelegramClient,
        store: TelegramStore,
        transcripts: Callable[[], Transcripts],
        typing_every_s: float = TYPING_EVERY_S,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.client = client
        self.output = TelegramOutput(client)
        self.store = store
        self._transcripts = transcripts
        self._typing_every_s = typing_every_s
        self._clock = clock

    async def handle(self, incoming: Incoming, on_new_message: OnNewMessage) -> None:
        if incoming.chat_id is None or incoming.kind is Kind.IGNORED:
            return
        if incoming.kind in _REACHES_US:
            # A message means Telegram lets us reach this chat again (they unblocked us).
            await self._db(self.store.set_active, incoming.conversation_id, True, default=None)
        handlers = {
            Kind.TEXT: self._text,
            Kind.COMMAND: self._command,
            Kind.CALLBACK: self._callback,
            Kind.MEDIA_WITH_CAPTION: self._caption,
            Kind.NOT_TEXT: self._say_fixed(texts.NOT_TEXT),
            Kind.EDITED: self._say_fixed(texts.EDITED),
            Kind.GROUP: self._say_fixed(texts.GROUP_CHAT),
            Kind.BLOCKED: self._membership(active=False),
            Kind.UNBLOCKED: self._membership(active=True),
        }
        await handlers[incoming.kind](incoming, on_new_message)

    # -- the kinds ------------------------------------------------------------------------

    async def _text(self, incoming: Incoming, on_new_message: OnNewMessage) -> None:
        await self._forward(incoming, typed_text(incoming.text), on_new_message)

    async def _caption(self, incoming: Incoming, on_new_message: OnNewMessage) -> None:
        await self._say(incoming, texts.CAPTION_ONLY)
        await self._forward(incoming, typed_text(incoming.text), on_new_message)

    def _say_fixed(self, text: str) -> Callable[[Incoming, OnNewMessage], Awaitable[None]]:
        async def say(incoming: Incoming, _: OnNewMessage) -> None:
            await self._say(incoming, text)

        return say

    def _membership(self, active: bool) -> Callable[[Incoming, OnNewMessage], Awaitable[None]]:
        async def record(incoming: Incoming, _: OnNewMessage) -> None:
            await self._db(self.store.set_active, incoming.conversation_id, active, default=None)

        return record

    async def _command(self, incoming: Incoming, on_new_message: OnNewMessage) -> None:
        name = incoming.command
        if name in RASA_COMMANDS:
            await self._forward(incoming, RASA_COMMANDS[name], on_new_message)
        elif name == "start":
            await self._start(incoming, on_new_message)
        elif name == "resources":
            await self._resources(incoming)
        elif name == "forget":
            await self._ask_forget(incoming)
        else:
            typed = typed_text(f"{name} {incoming.args}")
            await self._forward(incoming, typed, on_new_message)

    async def _callback(self, incoming: Incoming, on_new_message: OnNewMessage) -> None:
        # Answer first (the button stops spinning), and take the keyboard away so that an old
        # question cannot be answered twice.
        steps = [self.client.answer_callback(incoming.callback_id)]
        if incoming.message_id is not None:
            steps.append(self.client.remove_keyboard(incoming.chat_id, incoming.message_id))
        await asyncio.gather(*steps)
        if incoming.text in (FORGET_YES, FORGET_NO):
            await self._answer_forget(incoming)
        elif incoming.text and not incoming.text.startswith(CHANNEL_CALLBACK_PREFIX):
            await self._forward(incoming, incoming.text, on_new_message)

    # -- commands the channel answers -----------------------------------------------------

    async def _start(self, incoming: Incoming, on_new_message: OnNewMessage) -> None:
        if not incoming.args:
            await self._forward(incoming, GREET, on_new_message)
            return
        linked = await self._db(
            self.store.link, incoming.args, incoming.conversation_id, default=False
        )
        if not linked:
            await self._say(incoming, texts.LINK_FAILED)
            return
        await self._say(incoming, texts.LINKED)
        await self._forward(incoming, GREET, on_new_message)

    async def _resources(self, incoming: Incoming) -> None:
        country = await self._db(self.store.country, incoming.conversation_id, default=None)
        await self._say(incoming, f"{texts.RESOURCES_INTRO}\n\n{format_resources(country)}")

    async def _ask_forget(self, incoming: Incoming) -> None:
        keyboard = InlineKeyboardMarkup(
            [
                [InlineKeyboardButton(texts.FORGET_YES, callback_data=FORGET_YES)],
                [InlineKeyboardButton(texts.FORGET_NO, callback_data=FORGET_NO)],
            ]
        )
        assert incoming.chat_id is not None
        await self.client.send_text(incoming.chat_id, texts.FORGET_QUESTION, keyboard)

    async def _answer_forget(self, incoming: Incoming) -> None:
        if incoming.text == FORGET_NO:
            await self._say(incoming, texts.FORGET_KEPT)
            return
        asked_at = incoming.message_date
        if asked_at is None or self._clock() - asked_at > FORGET_ANSWER_WITHIN_S:
            await self._say(incoming, texts.FORGET_EXPIRED)
            return
        try:
            await self._erase(incoming.conversation_id)
        except Exception as exc:  # noqa: BLE001 - the participant must hear that it failed
            logger.error("Erasing a Telegram participant failed (%s).", type(exc).__name__)
            await self._say(incoming, texts.FORGET_FAILED)
            return
        logger.info("A Telegram participant's data was erased at their request.")
        await self._say(incoming, texts.FORGET_DONE)

    async def _erase(self, conversation_id: str) -> None:
        """Transcripts first: if that fails, the participant still exists to try again."""
        sender_ids = await asyncio.to_thread(self.store.conversation_ids, conversation_id)
        transcripts = self._transcripts()
        for sender_id in sender_ids:
            await transcripts.delete(sender_id)
        await asyncio.to_thread(self.store.forget, conversation_id)

    # -- plumbing ---------------------------------------------------------------------------

    async def _say(self, incoming: Incoming, text: str) -> None:
        await self.output.send_text_message(incoming.conversation_id, text)

    async def _forward(self, incoming: Incoming, text: str, on_new_message: OnNewMessage) -> None:
        if not text.strip():
            text = GREET
        message = UserMessage(
            text, self.output, incoming.conversation_id, input_channel=CHANNEL_NAME
        )
        async with self._typing(incoming.chat_id):
            try:
                await on_new_message(message)
            except Exception as exc:  # noqa: BLE001 - never leave the participant unanswered
                logger.error("Rasa failed on a Telegram message (%s).", type(exc).__name__)
                await self._say(incoming, texts.SOMETHING_WENT_WRONG)

    @contextlib.asynccontextmanager
    async def _typing(self, chat_id: int | None) -> AsyncIterator[None]:
        """Show "typing…" while Rasa works, renewed until it is done."""

        async def keep_typing() -> None:
            while True:
                await asyncio.sleep(self._typing_every_s)
                await self.client.typing(chat_id)

        task = None
        if chat_id is not None:
            # The first one is awaited (briefly): sent in the background it could arrive after
            # a quick reply, and "typing…" would then show under an answered message.
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self.client.typing(chat_id), FIRST_TYPING_WAIT_S)
            task = asyncio.create_task(keep_typing())
        try:
            yield
        finally:
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    async def _db(self, function: Callable[..., T], *args: Any, default: T) -> T:
        return await off_loop(function, *args, default=default)


async def off_loop(function: Callable[..., T], *args: Any, default: T) -> T:
    """A store call off the event loop; the conversation goes on if the database fails."""
    try:
        return await asyncio.to_thread(function, *args)
    except Exception as exc:  # noqa: BLE001
        logger.error("The Telegram channel could not reach the database (%s).", type(exc).__name__)
        return default
