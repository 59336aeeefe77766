"""Rasa's socket.io channel, also serving the widget, so one server and one origin do it all.

The channel keeps Rasa's name (`socketio`) so that `output_channel=latest` and Rasa's own
tooling treat it exactly as the built-in one.
"""

from __future__ import annotations

import json
import mimetypes
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.safety.resources import widget_json

STATIC_DIR = Path(__file__).resolve().parent / "static"


def static_file(relative: str) -> Path | None:
    """Resolve a path inside the static folder; anything that escapes it is refused."""
    candidate = (STATIC_DIR / relative).resolve()
    if STATIC_DIR not in candidate.parents or not candidate.is_file():
        return None
    return candidate


class WebChatInput(SocketIOInput):
    @classmethod
    def name(cls) -> str:
        return "socketio"

    def url_prefix(self) -> str:
        return "/webchat"

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        blueprint = super().blueprint(on_new_message)

        @blueprint.route("/crisis-resources.json", methods=["GET"])
        async def crisis_resources(_: Request) -> HTTPResponse:
            return response.text(
                json.dumps(widget_json()),
                content_type="application/json",
                headers={"Cache-Control": "no-cache"},
            )

        @blueprint.route("/<relative:path>", methods=["GET"])
        async def asset(_: Request, relative: str) -> HTTPResponse:
            path = static_file(relative)
            if path is None:
                return response.text("Not found", status=404)
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            if path.suffix in (".js", ".css", ".html", ".json"):
                content_type += "; charset=utf-8"
            return response.raw(
                path.read_bytes(),
                content_type=content_type,
                headers={"Cache-Control": "no-cache"},
            )

        return blueprint
