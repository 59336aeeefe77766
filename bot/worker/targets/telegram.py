"""Alerts as Telegram messages, through python-telegram-bot's `Bot`.

Telegram has no idempotency key, so delivery is at-least-once: the outbox marks the row
delivered in the same transaction right after Telegram answers, and a crash in between (or a
lost answer) means the message may be sent twice. A duplicate alert is acceptable; a lost one
is not. Each text ends with its `Ref:` key, so a person can recognise a duplicate.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from datetime import timedelta

from telegram import Bot
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.request import HTTPXRequest

from bot.worker.messages import Alert
from bot.worker.targets.contract import PermanentFailure, TemporaryFailure, recipient

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"


class TelegramTarget:
    name = "telegram"

    def __init__(self, environ: Mapping[str, str], timeout: float) -> None:
        self._environ = environ
        self._token = environ.get("TELEGRAM_TOKEN", "").strip()
        self._base_url = environ.get("TELEGRAM_API_BASE_URL", "").strip() or DEFAULT_API_BASE_URL
        self._timeout = timeout
        self._bot: Bot | None = None

    async def send(self, alert: Alert, audience: str) -> None:
        chat_id = recipient(self.name, audience, self._environ)
        bot = self._connected()
        try:
            await bot.send_message(chat_id=chat_id, text=alert.text)
        except RetryAfter as exc:
            seconds = _seconds(exc)
            raise TemporaryFailure(
                f"Telegram flood control (429): retry after {seconds:g}s", retry_after=seconds
            ) from None
        except Forbidden as exc:
            raise PermanentFailure(f"Telegram refused (403): {exc.message}") from None
        except InvalidToken:
            raise PermanentFailure("Telegram rejected TELEGRAM_TOKEN (401/404)") from None
        except ChatMigrated as exc:
            raise PermanentFailure(
                f"Telegram chat moved to {exc.new_chat_id}: update the chat id setting"
            ) from None
        except BadRequest as exc:  # a NetworkError subclass: must come first
            raise PermanentFailure(f"Telegram rejected the message (400): {exc.message}") from None
        except TimedOut:
            raise TemporaryFailure("Telegram did not answer in time") from None
        except NetworkError as exc:
            raise TemporaryFailure(f"Telegram unreachable: {exc.message}") from None
        except TelegramError as exc:
            raise TemporaryFailure(f"Telegram error: {exc.message}") from None

    async def close(self) -> None:
        if self._bot is not None:
            await self._bot.shutdown()
            self._bot = None

    def _connected(self) -> Bot:
        if not self._token:
            raise TemporaryFailure("TELEGRAM_TOKEN is not set for the worker")
        if self._bot is None:
            timeouts = self._timeout
            self._bot = Bot(
                token=self._token,
                base_url=self._base_url,
                request=HTTPXRequest(
                    connect_timeout=timeouts,
                    read_timeout=timeouts,
                    write_timeout=timeouts,
                    pool_timeout=timeouts,
                ),
            )
        return self._bot


def _seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():  # PTB 22 warns that int periods become timedeltas
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)
