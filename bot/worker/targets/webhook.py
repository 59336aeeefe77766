"""Alerts as a signed JSON POST to the clinic's own system (pager, ticketing, chat bridge).

The receiver can trust and de-duplicate what it gets: `X-IPT-Signature` is the HMAC-SHA256
of the exact body bytes with ESCALATION_WEBHOOK_SECRET, and `Idempotency-Key` is stable
across retries. A 2xx is delivered; a 4xx (except 408 and 429) is the receiver saying no,
so it is permanent; anything else is retried.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping

import httpx

from bot.worker.messages import Alert
from bot.worker.targets.contract import PermanentFailure, TemporaryFailure, recipient

RETRYABLE_CLIENT_ERRORS = frozenset({408, 429})


def signature(body: bytes, secret: str) -> str:
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def encode(alert: Alert) -> bytes:
    return json.dumps(alert.payload, separators=(",", ":"), sort_keys=True).encode("utf-8")


class WebhookTarget:
    name = "webhook"

    def __init__(self, environ: Mapping[str, str], timeout: float) -> None:
        self._environ = environ
        self._secret = environ.get("ESCALATION_WEBHOOK_SECRET", "")
        self._client = httpx.AsyncClient(timeout=timeout, follow_redirects=False)

    async def send(self, alert: Alert, audience: str) -> None:
        url = recipient(self.name, audience, self._environ)
        if not self._secret:
            raise TemporaryFailure("ESCALATION_WEBHOOK_SECRET is not set for the worker")
        body = encode(alert)
        headers = {
            "Content-Type": "application/json",
            "Idempotency-Key": alert.idempotency_key,
            "X-IPT-Signature": signature(body, self._secret),
            "User-Agent": "ipt-companion-worker",
        }
        try:
            response = await self._client.post(url, content=body, headers=headers)
        except httpx.TimeoutException:
            raise TemporaryFailure("webhook did not answer in time") from None
        except httpx.HTTPError as exc:
            raise TemporaryFailure(f"webhook unreachable ({type(exc).__name__})") from None
        status = response.status_code
        if 200 <= status < 300:
            return
        if 400 <= status < 500 and status not in RETRYABLE_CLIENT_ERRORS:
            raise PermanentFailure(f"webhook answered HTTP {status}")
        raise TemporaryFailure(
            f"webhook answered HTTP {status}", retry_after=_retry_after(response)
        )

    async def close(self) -> None:
        await self._client.aclose()


def _retry_after(response: httpx.Response) -> float | None:
    raw = response.headers.get("Retry-After", "").strip()
    return float(raw) if raw.isdigit() else None
