"""Delivery: Telegram's errors handled without losing replies; long texts and buttons sent well.

No network: the Bot API calls are stand-ins that fail as Telegram would, and waits are recorded
instead of slept.
"""

from __future__ import annotations

import logging
from typing import Any

import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.channels.telegram_client import (
    Blocked,
    DeliveryFailed,
    RetryPolicy,
    TelegramClient,
    _RedactToken,
    with_retries,
)
from bot.channels.telegram_config import TelegramSettings
from bot.channels.telegram_output import TelegramOutput


class Waits:
    def __init__(self) -> None:
        self.seconds: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.seconds.append(seconds)


def failing(*errors: Exception, result: Any = "sent"):
    """A Bot API call that raises each error once, in order, then succeeds."""
    remaining = list(errors)
    calls = []

    async def call() -> Any:
        calls.append(1)
        if remaining:
            raise remaining.pop(0)
        return result

    call.calls = calls  # type: ignore[attr-defined]
    return call


async def test_flood_control_waits_as_long_as_telegram_asks_then_sends():
    waits = Waits()
    call = failing(RetryAfter(3))
    assert await with_retries(call, "sendMessage", sleep=waits) == "sent"
    assert waits.seconds == [3.0]
    assert len(call.calls) == 2


async def test_network_errors_are_retried_with_growing_pauses():
    waits = Waits()
    call = failing(NetworkError("connection reset"), TimedOut(), NetworkError("again"))
    assert await with_retries(call, "sendMessage", sleep=waits) == "sent"
    assert waits.seconds == [0.5, 1.0, 2.0]


async def test_a_blocked_bot_is_reported_at_once_without_retrying():
    call = failing(Forbidden("Forbidden: bot was blocked by the user"))
    with pytest.raises(Blocked):
        await with_retries(call, "sendMessage", sleep=Waits())
    assert len(call.calls) == 1


async def test_a_refused_message_is_not_retried():
    call = failing(BadRequest("Bad Request: chat not found"))
    with pytest.raises(DeliveryFailed):
        await with_retries(call, "sendMessage", sleep=Waits())
    assert len(call.calls) == 1


async def test_a_very_long_flood_wait_is_not_waited_out_inside_a_request():
    waits = Waits()
    with pytest.raises(DeliveryFailed):
        await with_retries(failing(RetryAfter(3600)), "sendMessage", sleep=waits)
    assert waits.seconds == []


async def test_retrying_stops_after_the_last_attempt():
    call = failing(*[NetworkError("down")] * 10)
    with pytest.raises(DeliveryFailed):
        await with_retries(call, "sendMessage", RetryPolicy(attempts=3), sleep=Waits())
    assert len(call.calls) == 3


class RecordingClient:
    def __init__(self, fail_after: int | None = None) -> None:
        self.sent: list[tuple[int, str, Any]] = []
        self.fail_after = fail_after

    async def send_text(self, chat_id: int, text: str, reply_markup: Any = None) -> bool:
        if self.fail_after is not None and len(self.sent) >= self.fail_after:
            return False
        self.sent.append((chat_id, text, reply_markup))
        return True


async def test_a_long_reply_is_sent_in_parts_with_the_buttons_under_the_last():
    client = RecordingClient()
    output = TelegramOutput(client)  # type: ignore[arg-type]
    text = "A careful sentence about your week. " * 300
    await output.send_text_with_buttons(
        "tg:9", text, [{"title": "Yes", "payload": "/affirm"}]
    )
    assert len(client.sent) == 3
    assert all(len(t) <= 4096 for _, t, _ in client.sent)
    assert [markup is not None for _, _, markup in client.sent] == [False, False, True]
    assert {chat for chat, _, _ in client.sent} == {9}


async def test_after_a_part_fails_the_rest_is_not_sent_out_of_context():
    client = RecordingClient(fail_after=1)
    output = TelegramOutput(client)  # type: ignore[arg-type]
    await output.send_text_message("tg:9", "Sentence one here. " * 500)
    assert len(client.sent) == 1


async def test_messages_for_a_conversation_that_is_not_telegrams_are_dropped():
    client = RecordingClient()
    await TelegramOutput(client).send_text_message("web-session-1", "hi")  # type: ignore[arg-type]
    assert client.sent == []


async def test_custom_payloads_send_their_text_and_ignore_widget_hints():
    client = RecordingClient()
    output = TelegramOutput(client)  # type: ignore[arg-type]
    await output.send_custom_json("tg:9", {"text": "Take a breath.", "widget": "breathing"})
    await output.send_custom_json("tg:9", {"widget": "confetti"})
    assert [t for _, t, _ in client.sent] == ["Take a breath."]


async def test_markup_characters_are_sent_verbatim_with_no_parse_mode():
    """Plain text: `<`, `&`, `*`, `_` show as written and can never make Telegram refuse."""
    client = RecordingClient()
    await TelegramOutput(client).send_text_message(  # type: ignore[arg-type]
        "tg:9", "Clinician: <b>5 & 6</b> *not bold* _x_"
    )
    assert client.sent[0][1] == "Clinician: <b>5 & 6</b> *not bold* _x_"


async def test_a_blocked_participant_is_reported_to_the_owner():
    blocked: list[int] = []

    async def on_blocked(chat_id: int) -> None:
        blocked.append(chat_id)

    client = TelegramClient(TelegramSettings("1:T", "s"), on_blocked=on_blocked, sleep=Waits())

    class Bot:
        async def send_message(self, *args: Any, **kwargs: Any) -> None:
            raise Forbidden("Forbidden: bot was blocked by the user")

    client._bot = Bot()  # type: ignore[assignment]
    assert await client.send_text(31, "hello") is False
    assert blocked == [31]


async def test_creating_the_channels_client_calls_nothing():
    client = TelegramClient(TelegramSettings("1:T", "s", "http://127.0.0.1:9/bot"))
    assert client._bot is None  # the Bot is made on first use, inside the server's loop


def test_the_bot_token_never_reaches_the_logs():
    record = logging.LogRecord(
        "httpx", logging.INFO, __file__, 1, 'HTTP Request: POST %s "HTTP/1.1 200 OK"',
        ("https://api.telegram.org/bot123456:AAE-secret_Token/sendMessage",), None,
    )
    _RedactToken().filter(record)
    assert "AAE-secret_Token" not in record.getMessage()
    assert "/bot<token>/sendMessage" in record.getMessage()
