"""The worker process: `python -m bot.worker.main`.

One asyncio task ("lane") per target delivers that target's outbox rows, so a hanging
webhook never delays a Telegram alert; one more task runs the SLA pass, and one sends the
participants' check-in reminders. SIGTERM or SIGINT
sets the stop event: each lane finishes the delivery it is in (and commits it), then the
process exits 0. Logs name notifications and flags by id only; httpx's request logs are
silenced because its URLs contain the Telegram token.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
import signal
import sys
from collections.abc import Mapping

from sqlalchemy.engine.url import make_url

from bot.config import Settings, load_settings
from bot.reminders.delivery import send_due_reminders
from bot.safety.escalation import configured_targets
from bot.store.models import utcnow
from bot.worker.config import WorkerConfig
from bot.worker.outbox import deliver_next
from bot.worker.sla import run_sla_pass
from bot.worker.targets.contract import Target
from bot.worker.targets.registry import build_targets, secrets_in

logger = logging.getLogger("bot.worker")
MAX_ERROR_PAUSE_S = 30.0


async def run_worker(
    settings: Settings,
    stop_event: asyncio.Event,
    environ: Mapping[str, str] | None = None,
    rng: random.Random | None = None,
) -> None:
    """Deliver and re-escalate until `stop_event` is set; returns once everything stopped."""
    environ = dict(os.environ) if environ is None else environ
    config = WorkerConfig.from_environ(environ, settings.clinic_timezone)
    url = settings.database_url
    targets = build_targets(environ, config.send_timeout_seconds)
    _log_start(url, environ, config)
    secrets = secrets_in(environ)
    rng = rng or random.Random()
    try:
        await asyncio.gather(
            *(
                _delivery_lane(url, target, config, environ, secrets, rng, stop_event)
                for target in targets.values()
            ),
            _sla_lane(url, config, environ, stop_event),
            _reminder_lane(settings, environ, stop_event),
        )
    finally:
        for target in targets.values():
            await target.close()
        logger.info("worker stopped")


async def _delivery_lane(
    url: str,
    target: Target,
    config: WorkerConfig,
    environ: Mapping[str, str],
    secrets: tuple[str, ...],
    rng: random.Random,
    stop: asyncio.Event,
) -> None:
    errors = 0
    while not stop.is_set():
        try:
            busy = await deliver_next(url, target, config, environ, secrets=secrets, rng=rng)
            errors = 0
        except Exception as exc:  # e.g. the database is down or locked: keep the lane alive
            errors += 1
            pause = min(MAX_ERROR_PAUSE_S, config.poll_seconds * 2**min(errors, 8))
            logger.error(
                "%s lane: error (%s), database unreachable?; retrying in %.1fs",
                target.name, type(exc).__name__, pause,
            )
            await _pause(stop, pause)
            continue
        if not busy:
            await _pause(stop, config.poll_seconds)


async def _sla_lane(
    url: str, config: WorkerConfig, environ: Mapping[str, str], stop: asyncio.Event
) -> None:
    while not stop.is_set():
        try:
            run_sla_pass(url, environ, utcnow())
        except Exception as exc:
            logger.error("SLA pass failed (%s); retrying", type(exc).__name__)
        await _pause(stop, config.sla_check_seconds)


async def _reminder_lane(
    settings: Settings, environ: Mapping[str, str], stop: asyncio.Event
) -> None:
    """Check-in reminders: claimed in the database first, then sent through Rasa."""
    every = float(environ.get("IPT_WORKER_REMINDER_SECONDS", "15"))
    while not stop.is_set():
        try:
            sent = await asyncio.to_thread(send_due_reminders, settings)
            if sent:
                logger.info("sent %d check-in reminder(s)", sent)
        except Exception as exc:
            logger.error("reminder pass failed (%s); retrying", type(exc).__name__)
        await _pause(stop, every)


async def _pause(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)


def _log_start(url: str, environ: Mapping[str, str], config: WorkerConfig) -> None:
    database = make_url(url).render_as_string(hide_password=True)
    logger.info(
        "worker started: database %s, poll every %gs, SLA check every %gs, up to %d attempts",
        database, config.poll_seconds, config.sla_check_seconds, config.max_attempts,
    )
    for audience in ("on_call", "backup"):
        targets = configured_targets(audience, environ)
        if targets:
            logger.info("%s alerts go to: %s", audience, ", ".join(targets))
        else:
            logger.warning("no %s target is configured: %s alerts reach nobody", audience, audience)
    if url.startswith("sqlite"):
        logger.info("SQLite: run only one worker (no row locks; see docs/escalation.md)")


def configure_logging() -> None:
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    for noisy in ("httpx", "httpcore", "telegram"):  # their URLs carry the bot token
        logging.getLogger(noisy).setLevel(logging.WARNING)


async def _serve(settings: Settings) -> int:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()

    def request_stop(signum: int) -> None:
        logger.info("%s received: finishing the current deliveries", signal.Signals(signum).name)
        stop.set()

    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, request_stop, signum)
    await run_worker(settings, stop)
    return 0


def main() -> int:
    configure_logging()
    os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    return asyncio.run(_serve(load_settings()))


if __name__ == "__main__":
    sys.exit(main())
