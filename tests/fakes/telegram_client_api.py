"""The fake Bot API (telegram_api.py), extended for the participants' Telegram channel.

Adds what a chat with participants needs on top of the alerting fake:
- `push_updates(...)`: updates served by getUpdates, honouring `offset` like Telegram (a
  getUpdates with nothing to serve waits briefly, as a long poll does);
- `DISCONNECT`: the server closes the connection without answering (a network failure);
- builders for the updates Telegram sends (text, command, button press, sticker, ...);
- readers for what the bot sent (texts to a chat, the inline keyboard of a message).
Every request is recorded as in the base fake; a dropped one has outcome "dropped".
"""

from __future__ import annotations

import asyncio
import itertools
import threading
import time
from collections import deque
from typing import Any

from aiohttp import web

from tests.fakes.telegram_api import BotApiCall, Fail, FakeTelegramApi, _params

LONG_POLL_CAP_S = 0.5
USER_ID = 4242


class _Disconnect:
    """Close the connection without an answer (Telegram unreachable mid-request)."""


DISCONNECT = _Disconnect()


class FakeTelegramClientApi(FakeTelegramApi):
    def __init__(self, token: str) -> None:
        super().__init__(token)
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(10_000_000)
        self._drops: dict[str, deque[_Disconnect]] = {}
        self._updates_lock = threading.Lock()

    # -- behaviour -------------------------------------------------------------------------

    def disconnect_next(self, method: str, times: int = 1) -> None:
        with self._updates_lock:
            self._drops.setdefault(method, deque()).extend([DISCONNECT] * times)

    def push_updates(self, *updates: dict[str, Any]) -> list[int]:
        """Queue updates for getUpdates, in increasing update_id order like Telegram's."""
        with self._updates_lock:
            for update in updates:
                update["update_id"] = next(self._update_ids)
                self._updates.append(update)
        return [u["update_id"] for u in updates]

    def pending_updates(self) -> list[dict[str, Any]]:
        with self._updates_lock:
            return list(self._updates)

    # -- what the bot sent -----------------------------------------------------------------

    def texts_to(self, chat_id: int) -> list[str]:
        return [c.params.get("text", "") for c in self.sent_messages()
                if c.value("chat_id") == chat_id]

    def messages_to(self, chat_id: int) -> list[BotApiCall]:
        return [c for c in self.sent_messages() if c.value("chat_id") == chat_id]

    def wait_for(self, predicate: Any, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out; calls: {[c.method for c in self.calls()]}")
            time.sleep(0.05)

    # -- serving ---------------------------------------------------------------------------

    def _serve_updates(self, call: BotApiCall) -> list[dict[str, Any]]:
        offset = call.value("offset")
        with self._updates_lock:
            if isinstance(offset, int):
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
            return list(self._updates)

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        # A request's body can be read only once, so the cases that need its parameters
        # first (a dropped call, a long poll) are answered here, the rest by the base fake.
        method = request.match_info["method"]
        with self._updates_lock:
            drops = self._drops.get(method)
            drop = drops.popleft() if drops else None
        if drop is not None:
            self._record(request, await _params(request)).outcome = "dropped"
            assert request.transport is not None
            request.transport.close()
            return web.Response(status=499)
        if method == "getUpdates":
            return await self._get_updates(request)
        return await super()._handle(request)

    def _record(self, request: web.Request, params: dict[str, str]) -> BotApiCall:
        call = BotApiCall(request.match_info["method"], request.match_info["token"], params,
                          time.time())
        with self._lock:
            self._state.calls.append(call)
        return call

    async def _get_updates(self, request: web.Request) -> web.StreamResponse:
        """A long poll: wait (briefly) for updates, then answer. Hold is not supported here."""
        call = self._record(request, await _params(request))
        if call.token != self.token:
            return self._fail(call, Fail(401, "Unauthorized"))
        behaviour = self._next_behaviour("getUpdates")
        if isinstance(behaviour, Fail):
            return self._fail(call, behaviour)
        offset = call.value("offset") or 0
        deadline = time.monotonic() + min(float(call.value("timeout") or 0), LONG_POLL_CAP_S)
        while time.monotonic() < deadline:
            with self._updates_lock:
                if any(u["update_id"] >= offset for u in self._updates):
                    break
            await asyncio.sleep(0.02)
        result = self._serve_updates(call)
        call.outcome, call.answered_at = "answered", time.time()
        return web.json_response({"ok": True, "result": result})


# -- updates as Telegram sends them ------------------------------------------------------------

_message_ids = itertools.count(1)
_update_ids = itertools.count(1)


def _update(**body: Any) -> dict[str, Any]:
    return {"update_id": next(_update_ids), **body}


def _chat(chat_id: int, kind: str = "private") -> dict[str, Any]:
    return {"id": chat_id, "type": kind, "first_name": "Pat"}


def _user(chat_id: int) -> dict[str, Any]:
    return {"id": chat_id, "is_bot": False, "first_name": "Pat", "language_code": "en"}


def message(chat_id: int, **content: Any) -> dict[str, Any]:
    return _update(message={"message_id": next(_message_ids), "date": int(time.time()),
                            "chat": _chat(chat_id), "from": _user(chat_id), **content})


def text_update(chat_id: int, text: str) -> dict[str, Any]:
    update = message(chat_id, text=text)
    if text.startswith("/"):
        length = len(text.split(" ", 1)[0])
        update["message"]["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
    return update


def sticker_update(chat_id: int) -> dict[str, Any]:
    return message(chat_id, sticker={
        "file_id": "CAAC", "file_unique_id": "AgAD", "type": "regular",
        "width": 512, "height": 512, "is_animated": False, "is_video": False, "emoji": "🙂",
    })


def photo_update(chat_id: int, caption: str | None = None) -> dict[str, Any]:
    content: dict[str, Any] = {"photo": [{"file_id": "AgAC", "file_unique_id": "AQAD",
                                          "width": 90, "height": 90}]}
    if caption:
        content["caption"] = caption
    return message(chat_id, **content)


def voice_update(chat_id: int) -> dict[str, Any]:
    return message(chat_id, voice={"file_id": "AwAC", "file_unique_id": "AgAE", "duration": 3})


def edited_update(chat_id: int, text: str) -> dict[str, Any]:
    edited = message(chat_id, text=text, edit_date=int(time.time()))["message"]
    return _update(edited_message=edited)


def group_command_update(chat_id: int, text: str) -> dict[str, Any]:
    update = text_update(chat_id, text)
    update["message"]["chat"] = {"id": chat_id, "type": "group", "title": "Friends"}
    update["message"]["from"] = _user(USER_ID)
    return update


def callback_update(
    chat_id: int, data: str, message_id: int, sent_at: float | None = None
) -> dict[str, Any]:
    return _update(callback_query={
        "id": f"cb-{message_id}-{time.monotonic_ns()}",
        "from": _user(chat_id),
        "chat_instance": "ci-1",
        "data": data,
        "message": {"message_id": message_id, "date": int(sent_at or time.time()),
                    "chat": _chat(chat_id), "text": "(the bot's question)"},
    })


def membership_update(chat_id: int, status: str) -> dict[str, Any]:
    """`status` "kicked" when the participant blocks the bot, "member" when they unblock it."""
    bot = {"id": 123456, "is_bot": True, "first_name": "IPT Companion (fake)"}
    return _update(my_chat_member={
        "chat": _chat(chat_id), "from": _user(chat_id), "date": int(time.time()),
        "old_chat_member": {"status": "member", "user": bot},
        "new_chat_member": {"status": status, "user": bot, "until_date": 0},
    })
