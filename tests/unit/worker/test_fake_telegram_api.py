"""The fake Bot API itself, as other tests (and the client channel's) rely on it."""

from __future__ import annotations

import httpx
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup

from tests.unit.worker.support import TOKEN


async def test_every_call_is_recorded_with_its_parameters(telegram):
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Yes", callback_data="yes")]])
    async with Bot(TOKEN, base_url=telegram.base_url) as bot:
        await bot.send_message(chat_id=5, text="hello", reply_markup=keyboard)
    [get_me, send] = telegram.calls()
    assert get_me.method == "getMe" and send.method == "sendMessage"
    assert send.value("chat_id") == 5
    assert send.value("reply_markup")["inline_keyboard"][0][0]["callback_data"] == "yes"


async def test_methods_nobody_registered_answer_true(telegram):
    async with Bot(TOKEN, base_url=telegram.base_url) as bot:
        assert await bot.send_chat_action(chat_id=5, action="typing") is True
        assert await bot.get_updates() == ()
    assert telegram.calls("sendChatAction")[0].params["action"] == "typing"


async def test_a_registered_result_extends_the_fake_for_a_new_method(telegram):
    telegram.results["getMyName"] = lambda call: {"name": "IPT Companion"}
    async with Bot(TOKEN, base_url=telegram.base_url) as bot:
        assert (await bot.get_my_name()).name == "IPT Companion"


def test_a_wrong_token_is_refused_like_telegram_does(telegram):
    response = httpx.post(f"{telegram.base_url}999:WRONG/getMe")
    assert response.status_code == 401
    assert response.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}
