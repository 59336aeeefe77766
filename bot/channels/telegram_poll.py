"""Long polling for a laptop without a public URL: `ipt-companion telegram-poll`.

The runner asks Telegram for updates (`getUpdates` with an offset) and forwards each one, as
is, to the running Rasa server's webhook route with the secret header. So there is one place
that reads updates (the channel), and polling differs from a webhook only in who delivers.

Updates are forwarded one at a time, in order, and an update is confirmed to Telegram (the
next offset) only after Rasa has handled it: if Rasa is down or restarting the runner waits
and sends it again, so nothing a participant wrote is dropped. A crash between the two can
deliver an update twice; the channel ignores an update id it has already handled.

Also here: `ipt-companion telegram-webhook set|delete`, which tells Telegram where to send
updates (and the secret to send with them) when Rasa does have a public HTTPS URL.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
from telegram import Bot, BotCommand
from telegram.error import Forbidden, InvalidToken, NetworkError, RetryAfter, TelegramError

from bot.channels.telegram_client import make_bot, retry_after_seconds
from bot.channels.telegram_config import SECRET_HEADER, TelegramSettings
from bot.config import load_settings

logger = logging.getLogger(__name__)
WEBHOOK_PATH = "/webhooks/telegram/webhook"
ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"]
POLL_TIMEOUT_S = 30
FORWARD_TIMEOUT_S = 300  # Rasa answers only once the bot has replied (and waited out any 429)
MAX_BACKOFF_S = 30.0
MAX_SERVER_ERRORS = 5  # an update Rasa keeps failing on is skipped after this many tries
COMMANDS = [
    BotCommand("checkin", "a quick mood check-in"),
    BotCommand("resources", "crisis lines, right now"),
    BotCommand("help", "what I can do"),
    BotCommand("stop", "stop what we are doing"),
    BotCommand("forget", "delete everything stored about you"),
]
Sleep = Callable[[float], Awaitable[None]]


class PollingStopped(RuntimeError):
    """A problem waiting cannot fix (wrong token or secret, channel not configured in Rasa)."""


@dataclass
class Backoff:
    first_s: float = 1.0
    max_s: float = MAX_BACKOFF_S
    current_s: float = 0.0

    def next(self) -> float:
        self.current_s = self.first_s if not self.current_s else min(self.current_s * 2, self.max_s)
        return self.current_s

    def reset(self) -> None:
        self.current_s = 0.0


class Forwarder:
    """Posts an update to Rasa's Telegram webhook until Rasa has handled it."""

    def __init__(
        self,
        rasa_url: str,
        secret: str,
        http: httpx.AsyncClient,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.url = f"{rasa_url.rstrip('/')}{WEBHOOK_PATH}"
        self._headers = {SECRET_HEADER: secret}
        self._http = http
        self._sleep = sleep

    async def forward(self, update: dict[str, Any]) -> None:
        backoff = Backoff()
        server_errors = 0
        while True:
            try:
                reply = await self._http.post(
                    self.url, json=update, headers=self._headers, timeout=FORWARD_TIMEOUT_S
                )
            except httpx.HTTPError as exc:
                wait = backoff.next()
                logger.warning(
                    "Rasa not reachable (%s); retrying in %gs.", type(exc).__name__, wait
                )
                await self._sleep(wait)
                continue
            if reply.status_code < 300:
                return
            if reply.status_code == 403:
                raise PollingStopped("Rasa refused the webhook secret: TELEGRAM_WEBHOOK_SECRET "
                                     "must be the same for Rasa and the poller")
            if reply.status_code == 404:
                raise PollingStopped(f"Rasa has no Telegram channel at {self.url}: add "
                                     "bot.channels.telegram.TelegramInput to credentials.yml")
            if reply.status_code == 503:
                raise PollingStopped("Rasa's Telegram channel is off: set TELEGRAM_TOKEN and "
                                     "TELEGRAM_WEBHOOK_SECRET for Rasa too, then restart it")
            if reply.status_code == 400:
                logger.error("Rasa could not read update %s; skipped.", update.get("update_id"))
                return
            server_errors += 1
            if server_errors >= MAX_SERVER_ERRORS:
                logger.error("Rasa kept failing (HTTP %d) on update %s; skipped.",
                             reply.status_code, update.get("update_id"))
                return
            await self._sleep(backoff.next())


class Poller:
    def __init__(
        self,
        bot: Bot,
        forwarder: Forwarder,
        poll_timeout_s: int = POLL_TIMEOUT_S,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.bot = bot
        self.forwarder = forwarder
        self.poll_timeout_s = poll_timeout_s
        self._sleep = sleep
        self.offset: int | None = None

    async def prepare(self) -> None:
        """getUpdates is refused while a webhook is set; polling replaces it (keeping updates)."""
        await self.bot.delete_webhook(drop_pending_updates=False)
        try:
            await self.bot.set_my_commands(COMMANDS)
        except TelegramError as exc:  # a nicety: the menu of commands
            logger.info("Could not set the command menu (%s).", type(exc).__name__)

    async def poll_once(self) -> int:
        """One getUpdates round; each update is forwarded before the offset moves past it."""
        updates = await self.bot.get_updates(
            offset=self.offset, timeout=self.poll_timeout_s, allowed_updates=ALLOWED_UPDATES
        )
        for update in updates:
            await self.forwarder.forward(update.to_dict())
            self.offset = update.update_id + 1
        return len(updates)

    async def run(self) -> None:
        """Poll until cancelled; Telegram errors are waited out, a wrong token stops it."""
        backoff = Backoff()
        while True:
            try:
                await self.poll_once()
                backoff.reset()
            except (InvalidToken, Forbidden) as exc:
                raise PollingStopped("Telegram rejected TELEGRAM_TOKEN") from exc
            except RetryAfter as exc:
                await self._sleep(retry_after_seconds(exc))
            except (NetworkError, TelegramError) as exc:  # includes Conflict (another poller)
                wait = backoff.next()
                logger.warning("getUpdates failed (%s); retrying in %gs.", type(exc).__name__, wait)
                await self._sleep(wait)


async def run_polling(settings: TelegramSettings, rasa_url: str) -> None:
    bot = make_bot(settings, poll_timeout_s=POLL_TIMEOUT_S)
    async with httpx.AsyncClient() as http, bot:
        poller = Poller(bot, Forwarder(rasa_url, settings.webhook_secret, http))
        await poller.prepare()
        me = bot.bot
        logger.info("Polling Telegram as @%s; forwarding to %s.", me.username, poller.forwarder.url)
        await poller.run()


async def set_webhook(settings: TelegramSettings, url: str) -> None:
    async with make_bot(settings) as bot:
        await bot.set_webhook(
            url, secret_token=settings.webhook_secret, allowed_updates=ALLOWED_UPDATES
        )
        await bot.set_my_commands(COMMANDS)


async def delete_webhook(settings: TelegramSettings) -> None:
    async with make_bot(settings) as bot:
        await bot.delete_webhook(drop_pending_updates=False)


# -- the command line ------------------------------------------------------------------------


def _configured() -> TelegramSettings | None:
    settings = TelegramSettings.load()
    if not settings.enabled:
        print(f"telegram: {'; '.join(settings.problems())}", file=sys.stderr)
        return None
    return settings


def _cmd_poll(args: argparse.Namespace) -> int:
    settings = _configured()
    if settings is None:
        return 2
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per long poll is noise
    rasa_url = args.rasa_url or load_settings().rasa_url
    try:
        asyncio.run(run_polling(settings, rasa_url))
    except KeyboardInterrupt:
        return 0
    except (PollingStopped, InvalidToken) as exc:
        print(f"telegram-poll: {exc}", file=sys.stderr)
        return 2
    except NetworkError as exc:
        print(f"telegram-poll: cannot reach Telegram ({exc.message})", file=sys.stderr)
        return 2
    return 0


def _cmd_webhook(args: argparse.Namespace) -> int:
    settings = _configured()
    if settings is None:
        return 2
    try:
        if args.webhook_command == "set":
            if not args.url.startswith("https://"):
                print("telegram-webhook: Telegram only calls https:// URLs", file=sys.stderr)
                return 2
            asyncio.run(set_webhook(settings, args.url.rstrip("/") + WEBHOOK_PATH))
        else:
            asyncio.run(delete_webhook(settings))
    except TelegramError as exc:
        print(f"telegram-webhook: Telegram refused ({exc.message})", file=sys.stderr)
        return 2
    return 0


def register(subparsers: Any) -> None:
    """Add `telegram-poll` and `telegram-webhook` to `ipt-companion`'s sub-commands."""
    poll = subparsers.add_parser(
        "telegram-poll", help="receive Telegram messages by long polling (no public URL needed)"
    )
    poll.add_argument("--rasa-url", help="the running Rasa server (default: RASA_URL)")
    poll.set_defaults(handler=_cmd_poll)

    webhook = subparsers.add_parser("telegram-webhook", help="point Telegram at Rasa's webhook")
    verbs = webhook.add_subparsers(dest="webhook_command", required=True)
    set_verb = verbs.add_parser("set", help="send updates to https://<public-url>" + WEBHOOK_PATH)
    set_verb.add_argument("url", help="Rasa's public base URL, e.g. https://companion.example.org")
    set_verb.set_defaults(handler=_cmd_webhook)
    verbs.add_parser("delete", help="stop webhook delivery").set_defaults(handler=_cmd_webhook)
