"""Telegram settings: from credentials.yml when given there, otherwise from the environment.

credentials.yml names the channel without values, because Rasa refuses to start when a
`${VAR}` in it is unset — and a laptop without Telegram must still run the web chat. So the
values come from TELEGRAM_TOKEN, TELEGRAM_WEBHOOK_SECRET and TELEGRAM_API_BASE_URL (`.env`
included), and a missing token or secret only switches the channel off.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.config import load_env_file

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# What Telegram's setWebhook accepts as secret_token.
_SECRET_FORMAT = re.compile(r"^[A-Za-z0-9_-]{1,256}$")

# credentials.yml key -> environment variable
_SOURCES = {
    "token": "TELEGRAM_TOKEN",
    "webhook_secret": "TELEGRAM_WEBHOOK_SECRET",
    "api_base_url": "TELEGRAM_API_BASE_URL",
}


@dataclass(frozen=True)
class TelegramSettings:
    token: str = ""
    webhook_secret: str = ""
    api_base_url: str = DEFAULT_API_BASE_URL

    @property
    def enabled(self) -> bool:
        return bool(self.token and self.webhook_secret)

    def problems(self) -> list[str]:
        """Why the channel is off (or will be refused by Telegram), for the start-up log."""
        problems = []
        if not self.token:
            problems.append("TELEGRAM_TOKEN is not set")
        if not self.webhook_secret:
            problems.append("TELEGRAM_WEBHOOK_SECRET is not set")
        elif not _SECRET_FORMAT.match(self.webhook_secret):
            problems.append(
                "TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -"
            )
        return problems

    @classmethod
    def load(
        cls,
        credentials: Mapping[str, Any] | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> TelegramSettings:
        if environ is None:
            load_env_file()
            environ = os.environ
        credentials = credentials or {}

        def value(key: str) -> str:
            given = credentials.get(key)
            return str(given if given not in (None, "") else environ.get(_SOURCES[key], "")).strip()

        return cls(
            token=value("token"),
            webhook_secret=value("webhook_secret"),
            api_base_url=value("api_base_url") or DEFAULT_API_BASE_URL,
        )
