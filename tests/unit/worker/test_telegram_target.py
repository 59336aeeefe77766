"""Telegram: the right chat per audience, and Telegram's errors sorted into retry or give up."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator

import pytest

from bot.worker.messages import Alert
from bot.worker.targets.contract import PermanentFailure, TemporaryFailure
from bot.worker.targets.telegram import TelegramTarget
from tests.fakes.telegram_api import (
    BLOCKED,
    CHAT_NOT_FOUND,
    TOO_MANY_REQUESTS,
    UNAUTHORIZED,
    Hold,
)
from tests.unit.worker.support import TOKEN

ALERT = Alert(subject="s", text="HIGH risk, flag #7", payload={}, idempotency_key="flag-7-x")


def _environ(telegram, **extra: str) -> dict[str, str]:
    return {
        "TELEGRAM_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": telegram.base_url,
        "CLINICIAN_TELEGRAM_CHAT_ID": "-100111",
        "BACKUP_TELEGRAM_CHAT_ID": "-100222",
        **extra,
    }


@pytest.fixture
async def target(telegram) -> AsyncIterator[TelegramTarget]:
    target = TelegramTarget(_environ(telegram), timeout=1)
    yield target
    await target.close()


async def test_an_on_call_alert_goes_to_the_clinicians_chat_as_plain_text(target, telegram):
    await target.send(ALERT, "on_call")
    [message] = telegram.sent_messages()
    assert message.token == TOKEN
    assert message.params["chat_id"] == "-100111"
    assert message.params["text"] == ALERT.text
    assert "parse_mode" not in message.params


async def test_a_backup_alert_goes_to_the_backup_chat(target, telegram):
    await target.send(ALERT, "backup")
    assert telegram.sent_messages()[0].params["chat_id"] == "-100222"


async def test_flood_control_is_temporary_and_keeps_telegrams_retry_after(target, telegram):
    telegram.queue("sendMessage", TOO_MANY_REQUESTS)
    with pytest.raises(TemporaryFailure) as failure:
        await target.send(ALERT, "on_call")
    assert failure.value.retry_after == 1
    assert "429" in failure.value.reason


async def test_a_blocked_bot_is_a_permanent_failure(target, telegram):
    telegram.queue("sendMessage", BLOCKED)
    with pytest.raises(PermanentFailure, match="bot was blocked by the user"):
        await target.send(ALERT, "on_call")


async def test_an_unknown_chat_is_a_permanent_failure(target, telegram):
    telegram.queue("sendMessage", CHAT_NOT_FOUND)
    with pytest.raises(PermanentFailure, match="Chat not found"):
        await target.send(ALERT, "on_call")


async def test_a_rejected_token_is_permanent_and_the_reason_does_not_repeat_it(
    target, telegram
):
    telegram.queue("sendMessage", UNAUTHORIZED)
    with pytest.raises(PermanentFailure) as failure:
        await target.send(ALERT, "on_call")
    assert TOKEN not in failure.value.reason


async def test_a_telegram_that_does_not_answer_is_a_temporary_failure(target, telegram):
    telegram.set_behaviour("sendMessage", Hold())
    with pytest.raises(TemporaryFailure, match="did not answer in time"):
        await target.send(ALERT, "on_call")
    assert telegram.sent_messages() == []


async def test_an_unreachable_telegram_is_a_temporary_failure():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed_port = sock.getsockname()[1]
    target = TelegramTarget(
        {
            "TELEGRAM_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": f"http://127.0.0.1:{closed_port}/bot",
            "CLINICIAN_TELEGRAM_CHAT_ID": "-1",
        },
        timeout=1,
    )
    with pytest.raises(TemporaryFailure, match="unreachable"):
        await target.send(ALERT, "on_call")
    await target.close()


async def test_a_missing_token_or_chat_is_reported_by_setting_name_without_sending(telegram):
    no_token = TelegramTarget({**_environ(telegram), "TELEGRAM_TOKEN": ""}, timeout=1)
    with pytest.raises(TemporaryFailure, match="TELEGRAM_TOKEN is not set"):
        await no_token.send(ALERT, "on_call")
    no_chat = TelegramTarget({**_environ(telegram), "BACKUP_TELEGRAM_CHAT_ID": ""}, timeout=1)
    with pytest.raises(TemporaryFailure, match="BACKUP_TELEGRAM_CHAT_ID is not set"):
        await no_chat.send(ALERT, "backup")
    assert telegram.calls() == []
