#!/usr/bin/env python
"""How long an alert takes from the bot's commit to the clinician's channel.

What it does
------------
1. Starts a fake Telegram Bot API and a fake webhook receiver on 127.0.0.1 (tests/fakes),
   migrates a throw-away database (SQLite in a temp dir by default) and starts the real
   worker as a subprocess (`python -m bot.worker.main`, default poll interval unless
   --poll is given).
2. Measures a baseline in the same run: direct `Bot.send_message` round trips to the fake
   Telegram, and direct signed webhook POSTs, with no database and no worker.
3. For each of N crisis messages: screens it with the real detector (cue tables and
   classifier, loaded once), raises its flag with `raise_flag` in its own transaction, spaced
   --spacing seconds apart, and records when the message arrived and when the flag committed.
4. Waits for every notification to be delivered, then prints p50 / p95 / max per target of
   commit -> received by the fake, commit -> `delivered_at` recorded by the worker, and
   message arrived -> received by the fake, with the ratio of the p50 to the baseline round
   trip.

The target is p95 <= 2 s. Figures only: no pass/fail.

Examples::

    python benchmarks/escalation_latency.py
    python benchmarks/escalation_latency.py --flags 100 --spacing 0.05 --poll 0.2
    python benchmarks/escalation_latency.py --database-url postgresql://postgres@127.0.0.1/bench
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))
os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")

import httpx  # noqa: E402
from sqlalchemy import select  # noqa: E402
from telegram import Bot  # noqa: E402

from bot.safety.detector import SafetyDetector  # noqa: E402
from bot.safety.escalation import raise_flag  # noqa: E402
from bot.safety.levels import RiskLevel  # noqa: E402
from bot.store.crypto import TextCipher, new_key  # noqa: E402
from bot.store.database import session_scope  # noqa: E402
from bot.store.migrate import upgrade  # noqa: E402
from bot.store.models import Notification  # noqa: E402
from bot.worker.targets.webhook import signature  # noqa: E402
from tests.fakes.telegram_api import FakeTelegramApi  # noqa: E402
from tests.fakes.webhook_receiver import WebhookReceiver  # noqa: E402

TOKEN = "123456:BENCHMARK"
SECRET = "benchmark-secret"
BASELINE_ROUNDS = 30
DELIVERY_TIMEOUT_S = 120


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile: the smallest value with `fraction` of values at or below."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


async def baseline(telegram: FakeTelegramApi, webhook: WebhookReceiver) -> dict[str, float]:
    """Median round trip of one direct send per target, without database or worker."""
    telegram_times, webhook_times = [], []
    async with Bot(TOKEN, base_url=telegram.base_url) as bot, httpx.AsyncClient() as client:
        for n in range(BASELINE_ROUNDS):
            start = time.perf_counter()
            await bot.send_message(chat_id="-1", text=f"baseline {n}")
            telegram_times.append(time.perf_counter() - start)
            body = b'{"baseline":true}'
            start = time.perf_counter()
            response = await client.post(
                webhook.url("baseline"), content=body,
                headers={"X-IPT-Signature": signature(body, SECRET)},
            )
            response.raise_for_status()
            webhook_times.append(time.perf_counter() - start)
    return {
        "telegram": statistics.median(telegram_times),
        "webhook": statistics.median(webhook_times),
    }


def worker_environment(url: str, telegram: FakeTelegramApi, webhook: WebhookReceiver,
                       poll: float | None) -> dict[str, str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("IPT_WORKER_", "SMTP_"))}
    environ |= {
        "DATABASE_URL": url,
        "PYTHONUNBUFFERED": "1",
        "TELEGRAM_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": telegram.base_url,
        "CLINICIAN_TELEGRAM_CHAT_ID": "-100111",
        "ESCALATION_WEBHOOK_URL": webhook.url("alerts"),
        "ESCALATION_WEBHOOK_SECRET": SECRET,
    }
    for unused in ("CLINICIAN_EMAIL", "BACKUP_EMAIL", "BACKUP_TELEGRAM_CHAT_ID",
                   "BACKUP_WEBHOOK_URL"):
        environ.pop(unused, None)
    if poll is not None:
        environ["IPT_WORKER_POLL_SECONDS"] = str(poll)
    return environ


def start_worker(environ: dict[str, str], log: Path) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.worker.main"], cwd=PROJECT_ROOT, env=environ,
        stdout=log.open("w"), stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while "worker started" not in log.read_text():
        if process.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(f"the worker did not start:\n{log.read_text()}")
        time.sleep(0.05)
    return process


# Crisis messages written for this benchmark; each is screened by the real detector (cue
# tables and classifier) before its flag is raised, as the bot does on arrival.
CRISIS_MESSAGES = (
    "I'm going to kill myself tonight, I've got the pills here",
    "i cant do this anymore and i want to end it all this weekend",
    "everyone would be better off if I was gone, I've written the letters",
    "im standing on the bridge right now",
    "i just want to close my eyes and never open them again, tonight feels like the night",
)


def raise_flags(
    url: str, count: int, spacing: float, environ: dict[str, str], detector: SafetyDetector
) -> tuple[dict[int, float], dict[int, float]]:
    """Flag id -> wall-clock time its message arrived, and time its transaction committed."""
    cipher = TextCipher([new_key()])
    arrived: dict[int, float] = {}
    committed: dict[int, float] = {}
    for n in range(count):
        text = CRISIS_MESSAGES[n % len(CRISIS_MESSAGES)]
        start = time.time()
        screening = detector.screen(text)
        with session_scope(url) as session:
            flag = raise_flag(
                session, conversation_id=f"bench-{n}-{time.time_ns()}",
                severity=max(screening.risk, RiskLevel.CONCERN),
                reasons=list(screening.reasons), excerpt=text, cipher=cipher, environ=environ,
            )
            flag_id = flag.id
        committed[flag_id] = time.time()
        arrived[flag_id] = start
        time.sleep(spacing)
    return arrived, committed


def wait_for_delivery(url: str, flag_ids: set[int]) -> list[Notification]:
    deadline = time.monotonic() + DELIVERY_TIMEOUT_S
    while True:
        with session_scope(url) as session:
            rows = list(session.execute(
                select(Notification).where(Notification.flag_id.in_(flag_ids))
            ).scalars())
        if rows and all(r.status != "pending" for r in rows):
            return rows
        if time.monotonic() > deadline:
            raise SystemExit("not every notification was delivered in time")
        time.sleep(0.2)


def epoch(moment: datetime) -> float:
    """Seconds since the epoch; SQLite hands back naive UTC datetimes."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).timestamp()


def report(name: str, latencies: list[float], base: float) -> None:
    p50, p95 = percentile(latencies, 0.5), percentile(latencies, 0.95)
    print(f"  {name:<34} n={len(latencies):<3} p50={p50 * 1000:7.0f} ms  "
          f"p95={p95 * 1000:7.0f} ms  max={max(latencies) * 1000:7.0f} ms  "
          f"p50/baseline={p50 / base:6.1f}x")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--flags", type=int, default=50)
    parser.add_argument("--spacing", type=float, default=0.1, help="seconds between flags")
    parser.add_argument("--poll", type=float, default=None,
                        help="IPT_WORKER_POLL_SECONDS for the worker (default: its own)")
    parser.add_argument("--database-url", default=None,
                        help="a THROW-AWAY database (default: SQLite in a temp dir)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp, FakeTelegramApi(TOKEN) as telegram, \
            WebhookReceiver() as webhook:
        url = args.database_url or f"sqlite:///{Path(tmp) / 'bench.db'}"
        upgrade(url)
        base = asyncio.run(baseline(telegram, webhook))
        environ = worker_environment(url, telegram, webhook, args.poll)
        worker = start_worker(environ, Path(tmp) / "worker.log")
        detector = SafetyDetector()
        detector.screen("warm up")
        try:
            arrived, committed = raise_flags(url, args.flags, args.spacing, environ, detector)
            rows = wait_for_delivery(url, set(committed))
        finally:
            worker.send_signal(signal.SIGTERM)
            code = worker.wait(30)

        received: dict[str, dict[int, float]] = {"telegram": {}, "webhook": {}}
        for message in telegram.sent_messages():
            key = message.params.get("text", "").rpartition("Ref: ")[2]
            if key.startswith("flag-"):
                received["telegram"][int(key.split("-")[1])] = message.received_at
        for request in webhook.accepted("alerts"):
            received["webhook"][request.json()["flag"]["id"]] = request.received_at

        failed = [r for r in rows if r.status != "delivered"]
        print(f"\nEscalation latency: {args.flags} imminent flags, {args.spacing:g}s apart, "
              f"database {url.split(':', 1)[0]}, worker poll "
              f"{args.poll if args.poll is not None else 'default (0.5)'}s, exit code {code}")
        print(f"  baseline round trip (direct, no worker): telegram "
              f"{base['telegram'] * 1000:.1f} ms, webhook {base['webhook'] * 1000:.1f} ms")
        if failed:
            print(f"  {len(failed)} notification(s) NOT delivered: {[r.id for r in failed]}")
        for target in ("telegram", "webhook"):
            to_fake = [received[target][f] - committed[f] for f in committed
                       if f in received[target]]
            to_row = [
                epoch(r.delivered_at) - committed[r.flag_id]
                for r in rows if r.target == target and r.delivered_at is not None
            ]
            end_to_end = [received[target][f] - arrived[f] for f in arrived
                          if f in received[target]]
            report(f"{target}: commit -> received by fake", to_fake, base[target])
            report(f"{target}: commit -> delivered_at", to_row, base[target])
            report(f"{target}: message -> received by fake", end_to_end, base[target])
        screening = [committed[f] - arrived[f] for f in arrived]
        print(f"  screening + flag commit: p50={percentile(screening, 0.5) * 1000:.0f} ms  "
              f"p95={percentile(screening, 0.95) * 1000:.0f} ms (in-process; Rasa's and the "
              "action server's HTTP hops on 127.0.0.1 are not included)")
        print("  target: p95 <= 2000 ms (figures only, no pass/fail)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
