"""One instance of every target, built from the worker's settings."""

from __future__ import annotations

from collections.abc import Mapping

from bot.worker.targets.contract import Target
from bot.worker.targets.email import EmailTarget
from bot.worker.targets.telegram import TelegramTarget
from bot.worker.targets.webhook import WebhookTarget

# Values that must never appear in a stored error or a log line.
SECRET_SETTINGS = ("TELEGRAM_TOKEN", "SMTP_PASSWORD", "ESCALATION_WEBHOOK_SECRET")


def build_targets(environ: Mapping[str, str], timeout: float) -> dict[str, Target]:
    """Every target, configured or not: a row for an unconfigured one fails visibly."""
    targets: list[Target] = [
        TelegramTarget(environ, timeout),
        EmailTarget(environ, timeout),
        WebhookTarget(environ, timeout),
    ]
    return {target.name: target for target in targets}


def secrets_in(environ: Mapping[str, str]) -> tuple[str, ...]:
    return tuple(v for name in SECRET_SETTINGS if len(v := environ.get(name, "")) >= 4)
