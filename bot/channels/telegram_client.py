"""Calls to the Telegram Bot API that do not give up on the first hiccup.

- 429 (flood control): wait the `retry_after` Telegram asks for, then send again.
- Network errors and timeouts: retry with backoff. Telegram has no idempotency key, so a reply
  whose answer was lost may arrive twice; a duplicate is better than a lost reply.
- 403 (the participant blocked the bot): stop, and tell the owner (who marks the identity
  inactive so that reminders stop trying).
- Anything else Telegram refuses (400 ...) is logged and dropped: retrying cannot fix it.
Nothing here raises into Rasa: a failed delivery must not break the conversation's bookkeeping.
No log line contains a message's text, and the token is redacted from httpx's request logs.
"""

from __future__ import annotations

import asyncio
import logging
import re
import warnings
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import TypeVar

from telegram import Bot, InlineKeyboardMarkup
from telegram.constants import ChatAction
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.request import HTTPXRequest

from bot.channels.telegram_config import TelegramSettings

logger = logging.getLogger(__name__)
T = TypeVar("T")
Sleep = Callable[[float], Awaitable[None]]


class Blocked(Exception):
    """Telegram answered 403: the participant blocked the bot (or deleted the chat)."""


class DeliveryFailed(Exception):
    """Telegram refused the call for good, or kept failing until we gave up."""


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 6
    first_backoff_s: float = 0.5
    max_backoff_s: float = 8.0
    # A longer flood wait than this is not waited out inside a request (Telegram only asks for
    # that after real abuse); the message is dropped and logged instead.
    max_retry_after_s: float = 120.0


def retry_after_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():  # PTB 22 warns that int periods become timedeltas
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


async def with_retries(
    call: Callable[[], Awaitable[T]],
    what: str,
    policy: RetryPolicy = RetryPolicy(),
    sleep: Sleep = asyncio.sleep,
) -> T:
    """Run one Bot API call under the policy above. Raises Blocked or DeliveryFailed."""
    backoff = policy.first_backoff_s
    for attempt in range(1, policy.attempts + 1):
        last = attempt == policy.attempts
        try:
            return await call()
        except RetryAfter as exc:
            wait = retry_after_seconds(exc)
            if wait > policy.max_retry_after_s or last:
                raise DeliveryFailed(f"{what}: flood control asks to wait {wait:g}s") from None
            logger.warning("Telegram flood control on %s: waiting %gs.", what, wait)
            await sleep(wait)
        except Forbidden:
            raise Blocked(what) from None
        except BadRequest as exc:  # a NetworkError subclass: must come first
            raise DeliveryFailed(f"{what}: refused ({exc.message})") from None
        except NetworkError as exc:  # includes TimedOut
            if last:
                raise DeliveryFailed(f"{what}: network error ({type(exc).__name__})") from None
            logger.warning("Telegram unreachable on %s (attempt %d); retrying.", what, attempt)
            await sleep(backoff)
            backoff = min(backoff * 2, policy.max_backoff_s)
        except TelegramError as exc:
            raise DeliveryFailed(f"{what}: {type(exc).__name__}") from None
    raise DeliveryFailed(f"{what}: no attempt made")  # only when policy.attempts < 1


class _RedactToken(logging.Filter):
    """httpx logs each request's URL, which holds the bot token: hide it."""

    _TOKEN_IN_URL = re.compile(r"/bot\d+:[A-Za-z0-9_-]+")

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "/bot" in message:
            record.msg, record.args = self._TOKEN_IN_URL.sub("/bot<token>", message), ()
        return True


def _protect_logs() -> None:
    httpx_logger = logging.getLogger("httpx")
    if not any(isinstance(f, _RedactToken) for f in httpx_logger.filters):
        httpx_logger.addFilter(_RedactToken())
    # python-telegram-bot logs every call's parameters (message texts) at DEBUG.
    ptb_logger = logging.getLogger("telegram")
    if ptb_logger.getEffectiveLevel() < logging.INFO:
        ptb_logger.setLevel(logging.INFO)


def make_bot(settings: TelegramSettings, poll_timeout_s: float = 0) -> Bot:
    """A PTB Bot that talks to `settings.api_base_url`; creating it calls nothing."""
    _protect_logs()
    return Bot(
        settings.token,
        base_url=settings.api_base_url,
        request=HTTPXRequest(
            connection_pool_size=32,
            connect_timeout=5.0,
            read_timeout=15.0,
            write_timeout=15.0,
            pool_timeout=15.0,
        ),
        get_updates_request=HTTPXRequest(
            connection_pool_size=1,
            connect_timeout=5.0,
            read_timeout=poll_timeout_s + 15.0,
            write_timeout=15.0,
            pool_timeout=15.0,
        ),
    )


OnBlocked = Callable[[int], Awaitable[None]]


class TelegramClient:
    """The few Bot API calls the channel makes, each with its failure policy."""

    def __init__(
        self,
        settings: TelegramSettings,
        on_blocked: OnBlocked | None = None,
        policy: RetryPolicy = RetryPolicy(),
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self._settings = settings
        self._on_blocked = on_blocked
        self._policy = policy
        self._sleep = sleep
        self._bot: Bot | None = None

    @property
    def bot(self) -> Bot:
        # Created on first use, inside the server's event loop: never at Rasa's start-up.
        if self._bot is None:
            self._bot = make_bot(self._settings)
        return self._bot

    async def send_text(
        self, chat_id: int, text: str, reply_markup: InlineKeyboardMarkup | None = None
    ) -> bool:
        """Send one message (already within Telegram's limit). True once Telegram has it."""
        try:
            await with_retries(
                lambda: self.bot.send_message(chat_id, text, reply_markup=reply_markup),
                "sendMessage",
                self._policy,
                self._sleep,
            )
            return True
        except Blocked:
            logger.info("A Telegram participant has blocked the bot; marking them inactive.")
            if self._on_blocked is not None:
                await self._on_blocked(chat_id)
        except DeliveryFailed as exc:
            logger.error("A Telegram reply was not delivered: %s.", exc)
        return False

    async def _best_effort(self, call: Callable[[], Awaitable[object]], what: str) -> None:
        policy = RetryPolicy(attempts=2, max_retry_after_s=5)
        try:
            await with_retries(call, what, policy, self._sleep)
        except (Blocked, DeliveryFailed) as exc:
            logger.info("Telegram %s failed (%s); carrying on.", what, type(exc).__name__)

    async def typing(self, chat_id: int) -> None:
        await self._best_effort(
            lambda: self.bot.send_chat_action(chat_id, ChatAction.TYPING), "sendChatAction"
        )

    async def answer_callback(self, callback_id: str) -> None:
        await self._best_effort(
            lambda: self.bot.answer_callback_query(callback_id), "answerCallbackQuery"
        )

    async def remove_keyboard(self, chat_id: int, message_id: int) -> None:
        await self._best_effort(
            lambda: self.bot.edit_message_reply_markup(chat_id=chat_id, message_id=message_id),
            "editMessageReplyMarkup",
        )

    async def shutdown(self) -> None:
        if self._bot is not None:
            # The Bot was never `initialize()`d (that would call getMe at start-up), so its
            # own shutdown() does nothing: close the connection pool it used directly.
            await self._bot.request.shutdown()
            self._bot = None
