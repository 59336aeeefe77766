"""A fake Rasa server for the web chat widget's browser tests.

It speaks Rasa 3.6's socket.io channel protocol (``rasa/core/channels/socketio.py``) with a
scripted bot, and serves the widget's static directory at ``/webchat/``:

* ``session_request {session_id}`` -> joins the room ``session_id`` -> ``session_confirm <id>``
  (``session_persistence: true``; a missing id gets a fresh uuid4 hex, as in Rasa);
* ``user_uttered {message, session_id, metadata?}`` -> ``bot_uttered`` messages emitted to the
  session's room, shaped exactly as Rasa's ``SocketIOOutput`` shapes them: text is split on blank
  lines, buttons become ``quick_replies`` on the last part, and custom JSON is emitted as
  ``sio.emit("bot_uttered", **custom)`` (so ``custom: {data: {...}}`` arrives as ``{...}``).

By default the socket.io side is a python-socketio ``AsyncServer(async_mode="sanic")`` built here
(starts in about a second); ``--rasa-channel`` mounts Rasa's own ``SocketIOInput`` blueprint
instead, with the same scripted bot, to check the widget against the real channel code.

Run it by hand:  python tests/browser/fake_rasa_socketio.py --port 5005
then open http://127.0.0.1:5005/webchat/
"""

from __future__ import annotations

import argparse
import asyncio
import html
import re
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
STATIC_DIR = ROOT / "bot" / "channels" / "webchat" / "static"

# Test data in the format the project generates for <base>/crisis-resources.json.
CRISIS_RESOURCES: dict[str, Any] = {
    "reviewed": "2026-11-23",
    "countries": {
        "US": {
            "name": "United States",
            "emergency": "911",
            "lines": [
                {
                    "name": "988 Suicide & Crisis Lifeline",
                    "contact": "Call or text 988",
                    "url": "https://988lifeline.org",
                    "source": "https://988lifeline.org",
                    "reviewed": "2026-11-23",
                }
            ],
        },
        "GB": {
            "name": "United Kingdom",
            "emergency": "999",
            "lines": [
                {
                    "name": "Samaritans",
                    "contact": "Call 116 123",
                    "url": "https://www.samaritans.org",
                    "source": "https://www.samaritans.org",
                    "reviewed": "2026-11-23",
                }
            ],
        },
    },
    "fallback": {
        "emergency": "112",
        "lines": [
            {
                "name": "Find A Helpline",
                "contact": "International directory",
                "url": "https://findahelpline.com",
            }
        ],
    },
}

MOOD_BUTTONS = [
    {"title": str(n), "payload": f'/inform_mood{{"mood_score": {n}}}'} for n in range(11)
]


class MiniSocketIOOutput:
    """The parts of ``rasa.core.channels.socketio.SocketIOOutput`` the script uses, same shapes."""

    def __init__(self, sio: Any, bot_message_evt: str = "bot_uttered") -> None:
        self.sio = sio
        self.bot_message_evt = bot_message_evt

    async def _send_message(self, socket_id: str, response: Any) -> None:
        await self.sio.emit(self.bot_message_evt, response, room=socket_id)

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        for part in text.strip().split("\n\n"):
            await self._send_message(recipient_id, {"text": part})

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        parts = text.strip().split("\n\n") or [text]
        messages: list[dict[str, Any]] = [{"text": p, "quick_replies": []} for p in parts]
        messages[-1]["quick_replies"] = [
            {"content_type": "text", "title": b["title"], "payload": b["payload"]} for b in buttons
        ]
        for message in messages:
            await self._send_message(recipient_id, message)

    async def send_custom_json(
        self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any
    ) -> None:
        json_message.setdefault("room", recipient_id)
        await self.sio.emit(self.bot_message_evt, **json_message)

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        # Same order as rasa.core.channels.channel.OutputChannel.send_response.
        if message.get("buttons"):
            await self.send_text_with_buttons(
                recipient_id, message.pop("text"), message.pop("buttons")
            )
        elif message.get("text"):
            await self.send_text_message(recipient_id, message.pop("text"))
        if message.get("custom"):
            await self.send_custom_json(recipient_id, message.pop("custom"))


class ScriptedBot:
    """Greets, offers a mood check-in with 0-10 buttons, confirms. Echoes anything else."""

    def __init__(self, reply_delay: float = 0.25) -> None:
        self.reply_delay = reply_delay
        self.received: list[dict[str, Any]] = []
        self.session_requests: list[Any] = []

    async def handle(self, output: Any, session_id: str, text: str) -> None:
        self.received.append({"session_id": session_id, "text": text})
        await asyncio.sleep(self.reply_delay)  # long enough to see the typing indicator
        text = (text or "").strip()
        if text == "/greet" or text.lower() in {"hi", "hello"}:
            await output.send_response(
                session_id,
                {
                    "text": "Hello, I am IPT Companion, an automated program, not a person.\n\n"
                    "Would you like to do a mood check-in?",
                    "buttons": [
                        {"title": "Yes, let's check in", "payload": "/affirm"},
                        {"title": "Not now", "payload": "/deny"},
                    ],
                },
            )
        elif text == "/affirm":
            await output.send_response(
                session_id,
                {
                    "text": "How is your mood right now, from 0 (very low) to 10 (very good)?",
                    "buttons": [dict(b) for b in MOOD_BUTTONS],
                },
            )
        elif text.startswith("/inform_mood"):
            match = re.search(r'"mood_score"\s*:\s*(\d+)', text)
            score = match.group(1) if match else "?"
            await output.send_response(
                session_id,
                {
                    "text": f"Thank you. I noted a mood of {score} out of 10.\n"
                    "See you at your next check-in."
                },
            )
        elif text == "/deny":
            await output.send_response(session_id, {"text": "Okay. Come back any time."})
        elif text.lower() == "mood widget":
            await output.send_response(
                session_id,
                {
                    "custom": {
                        "data": {
                            "text": "Pick a number for your mood today.",
                            "widget": "mood_scale",
                        }
                    }
                },
            )
        elif text.lower() == "link":
            await output.send_response(
                session_id,
                {"text": "Read more at https://example.org/ipt?a=1&b=2. Or javascript:alert(1)"},
            )
        else:
            await output.send_response(session_id, {"text": f"You said: {text}\nI am a test bot."})


def _static_response(path: str) -> Any:
    from sanic import response

    if path in ("", "/"):
        path = "index.html"
    if path == "crisis-resources.json":
        return response.json(CRISIS_RESOURCES)
    target = (STATIC_DIR / path).resolve()
    if STATIC_DIR.resolve() not in target.parents or not target.is_file():
        return response.text("not found", status=404)
    return response.file(str(target))


def build_app(rasa_channel: bool = False, reply_delay: float = 0.25, no_crisis: bool = False):
    import socketio
    from sanic import Sanic, response

    app = Sanic("fake_rasa_socketio")
    app.config.GRACEFUL_SHUTDOWN_TIMEOUT = 0.5
    bot = ScriptedBot(reply_delay)
    app.ctx.bot = bot

    async def static_file(request: Any, path: str = "") -> Any:
        if no_crisis and path == "crisis-resources.json":
            resp = response.text("not found", status=404)
        else:
            resp = await _maybe_await(_static_response(path))
        # As `rasa run --cors "*"` would: lets a page on another origin embed the widget.
        resp.headers["Access-Control-Allow-Origin"] = "*"
        return resp

    app.add_route(static_file, "/webchat/", methods=["GET"], name="webchat_index")
    app.add_route(static_file, "/webchat/<path:path>", methods=["GET"], name="webchat_file")

    async def received(request: Any) -> Any:
        return response.json({"messages": bot.received, "session_requests": bot.session_requests})

    app.add_route(received, "/test/received", methods=["GET"])

    async def embed_page(request: Any) -> Any:
        # A host page whose only content is the one script tag. Open it as
        # http://localhost:PORT/test/embed.html: the widget then comes from another origin.
        port = request.host.rsplit(":", 1)[-1]
        base = f"http://127.0.0.1:{port}"
        extra = ""
        if request.args.get("transports"):  # e.g. ?transports=polling,websocket
            extra = f' data-transports="{html.escape(request.args.get("transports"))}"'
        tag = (
            f'<script src="{base}/webchat/widget.js" data-server="{base}" '
            f'data-socket-path="/socket.io"{extra} defer></script>'
        )
        return response.html(
            "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"<title>Host page</title></head><body>{tag}</body></html>"
        )

    app.add_route(embed_page, "/test/embed.html", methods=["GET"])

    if rasa_channel:
        from rasa.core.channels.socketio import SocketIOInput

        channel = SocketIOInput(session_persistence=True, socketio_path="/socket.io")

        async def on_new_message(message: Any) -> None:
            await bot.handle(message.output_channel, message.sender_id, message.text)

        app.blueprint(channel.blueprint(on_new_message), url_prefix="/webhooks/socketio")
        return app

    sio = socketio.AsyncServer(async_mode="sanic", cors_allowed_origins=[])
    sio.attach(app, "/socket.io")

    @sio.on("session_request")
    async def session_request(sid: str, data: dict[str, Any] | None) -> None:
        data = data or {}
        bot.session_requests.append(data.get("session_id"))
        if not data.get("session_id"):
            data["session_id"] = uuid.uuid4().hex
        sio.enter_room(sid, data["session_id"])
        await sio.emit("session_confirm", data["session_id"], room=sid)

    @sio.on("user_uttered")
    async def user_uttered(sid: str, data: dict[str, Any]) -> None:
        if not data.get("session_id"):
            return  # Rasa ignores (with a warning) messages without a session id
        await bot.handle(MiniSocketIOOutput(sio), data["session_id"], data.get("message", ""))

    return app


async def _maybe_await(value: Any) -> Any:
    if asyncio.iscoroutine(value):
        return await value
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=5005)
    parser.add_argument("--rasa-channel", action="store_true", help="use Rasa's SocketIOInput")
    parser.add_argument("--reply-delay", type=float, default=0.25)
    parser.add_argument("--no-crisis", action="store_true", help="404 for crisis-resources.json")
    args = parser.parse_args()
    app = build_app(args.rasa_channel, args.reply_delay, args.no_crisis)
    app.run(host=args.host, port=args.port, access_log=False, motd=False)


if __name__ == "__main__":
    main()
