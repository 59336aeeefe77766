"""A fake Telegram Bot API server on 127.0.0.1, for python-telegram-bot's `Bot(base_url=...)`.

It records every call generically (method, token, parameters, time, outcome) and answers like
Telegram: `{"ok": true, "result": ...}`, or `{"ok": false, "error_code": ...}` for a failure.
Point a bot at it with `Bot(token, base_url=fake.base_url)`.

Behaviours are switchable per method, for every call (`set_behaviour`) or for the next calls
only (`queue`): `Answer()` (the default), `Fail(...)` (e.g. `TOO_MANY_REQUESTS`, `BLOCKED`) or
`Hold()`: the request is held unanswered until `release()`, or until the client goes away, in
which case the call is recorded as `abandoned` (Telegram never processed it).

To extend it for another Bot API method, register what it returns: `fake.results["getUpdates"]
= lambda call: [...]`. Methods nobody registered answer `{"ok": true, "result": true}`.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.fakes.threaded_server import ThreadedServer

DEFAULT_TOKEN = "123456:FAKE-TOKEN"
BOT_USER = {
    "id": 123456,
    "is_bot": True,
    "first_name": "IPT Companion (fake)",
    "username": "ipt_companion_fake_bot",
    "can_join_groups": False,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}
HOLD_POLL_S = 0.02


@dataclass
class BotApiCall:
    """One request to the Bot API, as the fake received it."""

    method: str
    token: str
    params: dict[str, str]
    received_at: float
    outcome: str = "pending"  # answered | failed | abandoned
    answered_at: float | None = None

    def value(self, name: str) -> Any:
        """A parameter decoded as python-telegram-bot encodes it (JSON for non-strings)."""
        raw = self.params.get(name)
        if raw is None:
            return None
        try:
            return json.loads(raw)
        except ValueError:
            return raw


@dataclass(frozen=True)
class Answer:
    """Answer normally, with the method's registered result."""


@dataclass(frozen=True)
class Fail:
    """Answer with a Bot API error, as Telegram does (HTTP status = error_code)."""

    status: int
    description: str
    retry_after: int | None = None


@dataclass(frozen=True)
class Hold:
    """Do not answer until `release()` is called (or the client disconnects)."""


Behaviour = Answer | Fail | Hold
TOO_MANY_REQUESTS = Fail(429, "Too Many Requests: retry after 1", retry_after=1)
BLOCKED = Fail(403, "Forbidden: bot was blocked by the user")
CHAT_NOT_FOUND = Fail(400, "Bad Request: chat not found")
UNAUTHORIZED = Fail(401, "Unauthorized")


@dataclass
class _State:
    calls: list[BotApiCall] = field(default_factory=list)
    behaviours: dict[str, Behaviour] = field(default_factory=dict)
    queued: dict[str, deque[Behaviour]] = field(default_factory=dict)
    release: threading.Event = field(default_factory=threading.Event)


class FakeTelegramApi:
    """The Bot API subset the companion uses, plus a generic answer for everything else."""

    def __init__(self, token: str = DEFAULT_TOKEN) -> None:
        self.token = token
        self._state = _State()
        self._lock = threading.Lock()
        self._message_ids = itertools.count(1)
        self.results: dict[str, Callable[[BotApiCall], Any]] = {
            "getMe": lambda _call: BOT_USER,
            "sendMessage": self._message,
            "getUpdates": lambda _call: [],
        }
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._server = ThreadedServer(app)

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> FakeTelegramApi:
        self._server.start()
        return self

    def stop(self) -> None:
        self.release()
        self._server.stop()

    def __enter__(self) -> FakeTelegramApi:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """What to pass as `Bot(base_url=...)` (the token is appended by the library)."""
        return f"{self._server.url}/bot"

    # -- behaviour -------------------------------------------------------------------------

    def set_behaviour(self, method: str, behaviour: Behaviour) -> None:
        with self._lock:
            self._state.behaviours[method] = behaviour
            if not isinstance(behaviour, Hold):
                self._state.release.clear()

    def queue(self, method: str, *behaviours: Behaviour) -> None:
        """Use these behaviours for the next calls of `method`, then the usual one again."""
        with self._lock:
            self._state.queued.setdefault(method, deque()).extend(behaviours)

    def release(self) -> None:
        """Answer every held request (and later ones, until a Hold is set again)."""
        with self._lock:
            self._state.behaviours = {
                m: b for m, b in self._state.behaviours.items() if not isinstance(b, Hold)
            }
            self._state.queued = {
                m: deque(b for b in q if not isinstance(b, Hold))
                for m, q in self._state.queued.items()
            }
            self._state.release.set()

    # -- what happened ---------------------------------------------------------------------

    def calls(self, method: str | None = None) -> list[BotApiCall]:
        with self._lock:
            return [c for c in self._state.calls if method is None or c.method == method]

    def sent_messages(self) -> list[BotApiCall]:
        """sendMessage calls that Telegram answered with success: messages a person sees."""
        return [c for c in self.calls("sendMessage") if c.outcome == "answered"]

    def held(self) -> list[BotApiCall]:
        return [c for c in self.calls() if c.outcome == "pending"]

    # -- serving ---------------------------------------------------------------------------

    def _next_behaviour(self, method: str) -> Behaviour:
        with self._lock:
            queued = self._state.queued.get(method)
            if queued:
                return queued.popleft()
            return self._state.behaviours.get(method, Answer())

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        call = BotApiCall(
            method=request.match_info["method"],
            token=request.match_info["token"],
            params=await _params(request),
            received_at=time.time(),
        )
        with self._lock:
            self._state.calls.append(call)
        if call.token != self.token:
            return self._fail(call, Fail(401, "Unauthorized"))
        behaviour = self._next_behaviour(call.method)
        if isinstance(behaviour, Hold):
            with self._lock:
                self._state.release.clear()
            while not self._state.release.is_set():
                if request.transport is None or request.transport.is_closing():
                    call.outcome = "abandoned"
                    return web.Response(status=499)
                await asyncio.sleep(HOLD_POLL_S)
            behaviour = Answer()
        if isinstance(behaviour, Fail):
            return self._fail(call, behaviour)
        result = self.results.get(call.method, lambda _call: True)(call)
        call.outcome, call.answered_at = "answered", time.time()
        return web.json_response({"ok": True, "result": result})

    def _fail(self, call: BotApiCall, failure: Fail) -> web.Response:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": failure.status,
            "description": failure.description,
        }
        if failure.retry_after is not None:
            body["parameters"] = {"retry_after": failure.retry_after}
        call.outcome, call.answered_at = "failed", time.time()
        return web.json_response(body, status=failure.status)

    def _message(self, call: BotApiCall) -> dict[str, Any]:
        chat_id = call.value("chat_id")
        return {
            "message_id": next(self._message_ids),
            "date": int(call.received_at),
            "chat": {"id": chat_id if isinstance(chat_id, int) else 0, "type": "private"},
            "from": BOT_USER,
            "text": call.params.get("text", ""),
        }


async def _params(request: web.Request) -> dict[str, str]:
    """Parameters from the query string, a form, multipart or a JSON body, as strings."""
    params = {k: v for k, v in request.query.items()}
    if request.content_type == "application/json":
        body = await request.json()
        params.update({k: v if isinstance(v, str) else json.dumps(v) for k, v in body.items()})
    elif request.can_read_body:
        form = await request.post()
        params.update({k: v for k, v in form.items() if isinstance(v, str)})
    return params
