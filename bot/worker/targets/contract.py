"""What every target promises the outbox, and how it says that a send did not work.

Failure reasons end up in `notification.last_error` and in logs, so targets build them from
fixed words, status codes and the service's own error text, never from the alert.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from bot.safety.escalation import TARGET_RECIPIENTS
from bot.worker.messages import Alert


class DeliveryFailure(Exception):
    """The service did not accept the alert; `reason` is safe to store and log."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class TemporaryFailure(DeliveryFailure):
    """Worth another try: a network error, a timeout, a 5xx, flood control, missing settings.

    `retry_after` is the service's own request (Telegram's 429, an HTTP Retry-After), in
    seconds; without it the outbox backs off exponentially.
    """

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


class PermanentFailure(DeliveryFailure):
    """Retrying cannot help (blocked bot, unknown chat, rejected address, 4xx): fail now."""


class Target(Protocol):
    name: str

    async def send(self, alert: Alert, audience: str) -> None: ...

    async def close(self) -> None: ...


def recipient(target: str, audience: str, environ: Mapping[str, str]) -> str:
    """The configured recipient, or a TemporaryFailure naming the missing setting.

    Temporary, not permanent: the row was queued because the bot saw this recipient
    configured, so the worker's settings are what is wrong, and a fixed restart delivers it.
    """
    setting = TARGET_RECIPIENTS[target][audience]
    value = environ.get(setting, "").strip()
    if not value:
        raise TemporaryFailure(f"{setting} is not set for the worker")
    return value
