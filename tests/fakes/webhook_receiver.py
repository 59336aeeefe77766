"""A fake escalation webhook on 127.0.0.1 that records every request, raw.

The raw body is kept byte for byte, because the signature covers the exact bytes sent; tests
check it with `signature_is_valid`. Status codes are switchable (`set_status`, or `queue` for
the next requests only), and `hold()` keeps requests unanswered until `release()`.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from tests.fakes.threaded_server import ThreadedServer

HOLD_POLL_S = 0.02


@dataclass
class WebhookRequest:
    path: str
    headers: dict[str, str]
    body: bytes
    received_at: float
    status: int | None = None  # None while held or if the client went away

    def json(self) -> Any:
        return json.loads(self.body)


def signature_is_valid(request: WebhookRequest, secret: str) -> bool:
    """What a receiver must do: HMAC-SHA256 over the raw body, compared in constant time."""
    expected = "sha256=" + hmac.new(secret.encode(), request.body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, request.headers.get("X-IPT-Signature", ""))


class WebhookReceiver:
    def __init__(self) -> None:
        self._requests: list[WebhookRequest] = []
        self._status = 200
        self._queued: deque[int] = deque()
        self._holding = False
        self._released = threading.Event()
        self._lock = threading.Lock()
        app = web.Application()
        app.router.add_route("POST", "/{path:.*}", self._handle)
        self._server = ThreadedServer(app)

    def start(self) -> WebhookReceiver:
        self._server.start()
        return self

    def stop(self) -> None:
        self.release()
        self._server.stop()

    def __enter__(self) -> WebhookReceiver:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def url(self, path: str = "hook") -> str:
        return f"{self._server.url}/{path}"

    def set_status(self, status: int) -> None:
        self._status = status

    def queue(self, *statuses: int) -> None:
        """Answer the next requests with these statuses, then the usual one again."""
        with self._lock:
            self._queued.extend(statuses)

    def hold(self) -> None:
        with self._lock:
            self._holding = True
            self._released.clear()

    def release(self) -> None:
        with self._lock:
            self._holding = False
            self._released.set()

    def requests(self, path: str | None = None) -> list[WebhookRequest]:
        with self._lock:
            return [r for r in self._requests if path is None or r.path == path]

    def accepted(self, path: str | None = None) -> list[WebhookRequest]:
        return [r for r in self.requests(path) if r.status is not None and r.status < 300]

    async def _handle(self, request: web.Request) -> web.Response:
        record = WebhookRequest(
            path=request.match_info["path"],
            headers=dict(request.headers),
            body=await request.read(),
            received_at=time.time(),
        )
        with self._lock:
            self._requests.append(record)
            holding = self._holding
            status = self._queued.popleft() if self._queued else self._status
        if holding:
            while not self._released.is_set():
                if request.transport is None or request.transport.is_closing():
                    return web.Response(status=499)
                await asyncio.sleep(HOLD_POLL_S)
        record.status = status
        return web.json_response({"received": status < 300}, status=status)
