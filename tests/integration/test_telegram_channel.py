"""The Telegram channel end to end, against a fake Bot API server on 127.0.0.1.

Two set-ups:
- the channel's webhook in a bare Sanic server with a scripted stand-in for Rasa: fast, for
  the HTTP contract and Telegram's failures (secret, 503, 429, network drop, 403, polling);
- the real Rasa and action servers with the channel in their credentials, for whole
  conversations: disclosure, buttons, every command, erasure, linking, clinician pushes.
"""

from __future__ import annotations

import asyncio
import os
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from sanic import Sanic
from sqlalchemy import create_engine, text

from bot.channels import telegram_texts as texts
from bot.channels.telegram import TelegramInput
from bot.channels.telegram_client import make_bot
from bot.channels.telegram_config import SECRET_HEADER, TelegramSettings
from bot.channels.telegram_handler import FORGET_YES
from bot.channels.telegram_poll import Forwarder, Poller, PollingStopped, set_webhook
from bot.store.crypto import TextCipher
from bot.store.database import session_scope
from bot.store.linking import create_link_code
from bot.store.migrate import upgrade
from bot.store.participants import enrol, find_identity
from tests.fakes.telegram_api import BLOCKED, TOO_MANY_REQUESTS
from tests.fakes.telegram_client_api import (
    FakeTelegramClientApi,
    callback_update,
    edited_update,
    sticker_update,
    text_update,
    voice_update,
)
from tests.integration.servers import RunningBot, free_port, running_bot

pytestmark = pytest.mark.integration

TOKEN = "123:TEST"
SECRET = "s3cret"
WEBHOOK = "/webhooks/telegram/webhook"


@pytest.fixture(scope="module")
def fake_api() -> Iterator[FakeTelegramClientApi]:
    with FakeTelegramClientApi(TOKEN) as fake:
        yield fake


def sent_since(fake: FakeTelegramClientApi, mark: int, chat_id: int) -> list[Any]:
    return [c for c in fake.calls()[mark:]
            if c.method == "sendMessage" and c.outcome == "answered"
            and c.value("chat_id") == chat_id]


def callback_data_of(call: Any) -> list[str]:
    markup = call.value("reply_markup") or {}
    return [b.get("callback_data") for row in markup.get("inline_keyboard", []) for b in row]


# == the webhook in a bare Sanic server, with a stand-in for Rasa ===============================


@dataclass
class ScriptedRasa:
    """Rasa's on_new_message: replies through the channel's output like Rasa does."""

    received: list[str] = field(default_factory=list)
    replies: dict[str, dict[str, Any]] = field(default_factory=dict)

    async def __call__(self, message: Any) -> None:
        self.received.append(message.text)
        reply = dict(self.replies.get(message.text, {"text": f"Reply to {message.text}"}))
        await message.output_channel.send_response(message.sender_id, reply)


@dataclass
class Webhook:
    url: str
    fake: FakeTelegramClientApi
    rasa: ScriptedRasa
    channel: TelegramInput

    async def post(self, update: dict[str, Any], secret: str | None = SECRET) -> httpx.Response:
        headers = {SECRET_HEADER: secret} if secret is not None else {}
        async with httpx.AsyncClient() as http:
            return await http.post(self.url, json=update, headers=headers, timeout=30)


async def _serve(channel: TelegramInput, rasa: ScriptedRasa) -> tuple[Any, str]:
    Sanic.test_mode = True  # several apps in one process (Sanic rewrites methods per app)
    app = Sanic(f"telegram-test-{uuid.uuid4().hex[:8]}")
    app.blueprint(channel.blueprint(rasa), url_prefix="/webhooks/telegram")
    port = free_port()
    server = await app.create_server(host="127.0.0.1", port=port, return_asyncio_server=True)
    await server.startup()
    return server, f"http://127.0.0.1:{port}"


@pytest.fixture
async def webhook(clinic_env, fake_api) -> AsyncIterator[Webhook]:
    rasa = ScriptedRasa()
    channel = TelegramInput(TelegramSettings(TOKEN, SECRET, fake_api.base_url))
    server, base = await _serve(channel, rasa)
    yield Webhook(f"{base}{WEBHOOK}", fake_api, rasa, channel)
    await channel.handler().client.shutdown()
    server.close()
    await server.wait_closed()


async def test_an_update_without_the_secret_header_is_refused_and_not_read(webhook):
    mark = len(webhook.fake.calls())
    assert (await webhook.post(text_update(201, "hello"), secret=None)).status_code == 403
    assert (await webhook.post(text_update(201, "hello"), secret="wrong")).status_code == 403
    assert webhook.rasa.received == []
    assert webhook.fake.calls()[mark:] == []


async def test_with_the_secret_a_message_reaches_rasa_and_the_reply_reaches_telegram(webhook):
    mark = len(webhook.fake.calls())
    assert (await webhook.post(text_update(202, "hello"))).status_code == 200
    assert webhook.rasa.received == ["hello"]
    calls = webhook.fake.calls()[mark:]
    assert [c.method for c in calls] == ["sendChatAction", "sendMessage"]
    assert calls[0].params["action"] == "typing"
    assert calls[1].params["text"] == "Reply to hello"
    assert "parse_mode" not in calls[1].params


async def test_the_same_update_delivered_twice_is_answered_once(webhook):
    update = text_update(203, "hello")
    update["update_id"] = 99_001
    await webhook.post(update)
    await webhook.post(update)
    assert webhook.rasa.received == ["hello"]


async def test_something_that_is_not_an_update_is_a_bad_request(webhook):
    assert (await webhook.post({"hello": "world"})).status_code == 400


async def test_without_telegram_settings_the_route_answers_503_and_calls_nothing(fake_api):
    channel = TelegramInput(TelegramSettings())
    rasa = ScriptedRasa()
    mark = len(fake_api.calls())
    server, base = await _serve(channel, rasa)
    try:
        async with httpx.AsyncClient() as http:
            refused = await http.post(f"{base}{WEBHOOK}", json=text_update(204, "hi"),
                                      headers={SECRET_HEADER: SECRET})
            health = await http.get(f"{base}/webhooks/telegram/")
    finally:
        server.close()
        await server.wait_closed()
    assert refused.status_code == 503
    assert health.json() == {"status": "disabled"}
    assert rasa.received == [] and fake_api.calls()[mark:] == []


async def test_a_429_is_waited_out_and_the_reply_then_delivered(webhook):
    webhook.fake.queue("sendMessage", TOO_MANY_REQUESTS)
    await webhook.post(text_update(205, "hello"))
    attempts = [c for c in webhook.fake.calls("sendMessage") if c.value("chat_id") == 205]
    assert [c.outcome for c in attempts] == ["failed", "answered"]
    assert attempts[1].received_at - attempts[0].received_at >= 0.95  # retry_after: 1
    assert attempts[1].params["text"] == "Reply to hello"


async def test_a_dropped_connection_is_retried_without_losing_the_reply(webhook):
    webhook.fake.disconnect_next("sendMessage")
    await webhook.post(text_update(206, "hello"))
    attempts = [c for c in webhook.fake.calls("sendMessage") if c.value("chat_id") == 206]
    assert [c.outcome for c in attempts] == ["dropped", "answered"]
    assert attempts[1].params["text"] == "Reply to hello"


async def test_a_403_marks_the_participants_telegram_identity_inactive(webhook, clinic_env):
    db_url = clinic_env
    with session_scope(db_url) as session:
        enrol(session, conversation_id="tg:207", channel="telegram",
              cipher=TextCipher([os.environ["IPT_DATA_KEYS"]]), country="GB", display_name=None)
    webhook.fake.queue("sendMessage", BLOCKED)
    await webhook.channel.get_output_channel().send_text_message("tg:207", "A reminder")
    with session_scope(db_url) as session:
        assert find_identity(session, "tg:207").active is False


async def test_buttons_arrive_as_an_inline_keyboard_under_the_message(webhook):
    webhook.rasa.replies["/start_checkin"] = {
        "text": "How has your mood been?",
        "buttons": [{"title": str(n), "payload": str(n)} for n in range(11)],
    }
    mark = len(webhook.fake.calls())
    await webhook.post(text_update(208, "/checkin"))
    (message,) = sent_since(webhook.fake, mark, 208)
    assert callback_data_of(message) == [str(n) for n in range(11)]


async def test_a_long_reply_is_split_into_messages_telegram_accepts(webhook):
    sentence = "This is a long reply, written with care, about your week. "
    webhook.rasa.replies["long please"] = {"text": sentence * 250}
    mark = len(webhook.fake.calls())
    await webhook.post(text_update(209, "long please"))
    parts = [c.params["text"] for c in sent_since(webhook.fake, mark, 209)]
    assert len(parts) == 4
    assert all(len(p) <= 4096 and p.endswith("your week.") for p in parts)


async def test_a_pressed_button_is_answered_unhooked_and_sent_on_as_the_payload(webhook):
    mark = len(webhook.fake.calls())
    await webhook.post(callback_update(210, "/affirm", message_id=77))
    calls = webhook.fake.calls()[mark:]
    methods = [c.method for c in calls]
    assert "answerCallbackQuery" in methods
    edit = next(c for c in calls if c.method == "editMessageReplyMarkup")
    assert (edit.value("chat_id"), edit.value("message_id")) == (210, 77)
    assert "reply_markup" not in edit.params  # no keyboard: Telegram removes it
    assert webhook.rasa.received == ["/affirm"]
    assert [c.params["text"] for c in sent_since(webhook.fake, mark, 210)] == ["Reply to /affirm"]


async def test_polling_forwards_queued_updates_through_the_webhook(webhook):
    webhook.fake.push_updates(text_update(211, "first"), text_update(211, "second"))
    settings = TelegramSettings(TOKEN, SECRET, webhook.fake.base_url)
    base = webhook.url.removesuffix(WEBHOOK)
    async with httpx.AsyncClient() as http, make_bot(settings, poll_timeout_s=1) as bot:
        poller = Poller(bot, Forwarder(base, SECRET, http), poll_timeout_s=1)
        await poller.prepare()
        task = asyncio.create_task(poller.run())
        try:
            await _until(lambda: len(webhook.fake.texts_to(211)) == 2)
            await _until(lambda: webhook.fake.pending_updates() == [])  # offset confirmed
        finally:
            task.cancel()
    assert webhook.rasa.received == ["first", "second"]
    assert webhook.fake.texts_to(211) == ["Reply to first", "Reply to second"]
    assert webhook.fake.calls("deleteWebhook")


async def test_the_poller_stops_with_a_clear_message_when_rasa_refuses_its_secret(webhook):
    base = webhook.url.removesuffix(WEBHOOK)
    async with httpx.AsyncClient() as http:
        with pytest.raises(PollingStopped, match="TELEGRAM_WEBHOOK_SECRET"):
            await Forwarder(base, "not-the-secret", http).forward(text_update(212, "hi"))
    assert webhook.rasa.received == []


async def _until(condition: Any, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.05)


# == the real Rasa and action servers ==========================================================


def running_bot_with_telegram(
    database_url: str, data_key: str, log_dir: Path, api_base_url: str
):
    """The real servers (credentials.yml enables the channel), pointed at the fake Bot API."""
    return running_bot(
        database_url, data_key, log_dir,
        extra_env={
            "TELEGRAM_TOKEN": TOKEN, "TELEGRAM_WEBHOOK_SECRET": SECRET,
            "TELEGRAM_API_BASE_URL": api_base_url,
        },
    )


@dataclass
class Companion:
    """The real bot behind the Telegram webhook, and what the fake Bot API saw of it."""

    rasa: RunningBot
    fake: FakeTelegramClientApi
    database_url: str
    data_key: str
    calls_during_startup: list[Any]

    def post(self, update: dict[str, Any], secret: str | None = SECRET) -> httpx.Response:
        headers = {SECRET_HEADER: secret} if secret is not None else {}
        return httpx.post(f"{self.rasa.rasa_url}{WEBHOOK}", json=update, headers=headers,
                          timeout=120)

    def say(self, chat_id: int, message: str) -> list[Any]:
        mark = len(self.fake.calls())
        assert self.post(text_update(chat_id, message)).status_code == 200
        return sent_since(self.fake, mark, chat_id)

    def press(self, chat_id: int, data: str, message_id: int = 1) -> list[Any]:
        mark = len(self.fake.calls())
        assert self.post(callback_update(chat_id, data, message_id)).status_code == 200
        return sent_since(self.fake, mark, chat_id)

    def events(self, sender_id: str) -> int:
        engine = create_engine(self.database_url, future=True)
        with engine.connect() as connection:
            return connection.execute(
                text("SELECT COUNT(*) FROM events WHERE sender_id = :s"), {"s": sender_id}
            ).scalar()

    def clinician_says(self, conversation_id: str, message: str) -> None:
        """What `ipt-companion takeover say` does, through Rasa's HTTP API (output_channel=latest).

        Not through bot.takeover: it percent-encodes the ":" of `tg:<id>`, which Rasa keeps
        encoded, so the message would go to a conversation named `tg%3A<id>`.
        """
        base = f"{self.rasa.rasa_url}/conversations/{conversation_id}"
        params = {"token": self.rasa.token}
        slot = [{"event": "slot", "name": "clinician_message", "value": message}]
        httpx.post(f"{base}/tracker/events", params=params, json=slot).raise_for_status()
        httpx.post(f"{base}/execute", params={**params, "output_channel": "latest"},
                   json={"name": "utter_clinician_message"}, timeout=60).raise_for_status()

    def onboard(self, chat_id: int, name: str = "Sam") -> None:
        consent = self.say(chat_id, "hello")
        assert "/affirm" in callback_data_of(consent[-1])
        country = self.press(chat_id, "/affirm")
        assert "United Kingdom" in callback_data_of(country[-1])
        self.press(chat_id, "United Kingdom")
        done = self.say(chat_id, name)
        assert f"Thank you, {name}" in joined(done)


def joined(calls: list[Any]) -> str:
    return "\n".join(c.params.get("text", "") for c in calls)


@pytest.fixture(scope="module")
def companion(tmp_path_factory, data_key, fake_api) -> Iterator[Companion]:
    workdir = tmp_path_factory.mktemp("telegram-bot")
    url = f"sqlite:///{workdir / 'ipt.db'}"
    upgrade(url)
    mark = len(fake_api.calls())
    with running_bot_with_telegram(url, data_key, workdir, fake_api.base_url) as rasa:
        yield Companion(rasa, fake_api, url, data_key, fake_api.calls()[mark:])


def test_rasa_starts_without_calling_telegram(companion):
    assert companion.calls_during_startup == []


def test_rasa_refuses_updates_without_the_secret_and_keeps_nothing(companion):
    assert companion.post(text_update(301, "hello"), secret=None).status_code == 403
    assert companion.post(text_update(301, "hello"), secret="nope").status_code == 403
    assert companion.events("tg:301") == 0
    assert companion.fake.messages_to(301) == []


def test_a_first_hello_gets_typing_then_the_disclosure_and_consent_buttons(companion):
    mark = len(companion.fake.calls())
    replies = companion.say(302, "hello")
    to_chat = [c for c in companion.fake.calls()[mark:] if c.value("chat_id") == 302]
    assert to_chat[0].method == "sendChatAction" and to_chat[0].params["action"] == "typing"
    assert "automated program" in joined(replies)
    assert callback_data_of(replies[-1]) == ["/affirm", "/deny"]


def test_onboarding_by_buttons_enrols_the_telegram_conversation(companion):
    mark = len(companion.fake.calls())
    companion.onboard(303)
    calls = companion.fake.calls()[mark:]
    assert len([c for c in calls if c.method == "answerCallbackQuery"]) == 2
    assert len([c for c in calls if c.method == "editMessageReplyMarkup"]) == 2
    assert "/affirm" not in joined(companion.fake.messages_to(303))  # presses are not echoed
    with session_scope(companion.database_url) as session:
        identity = find_identity(session, "tg:303")
        assert (identity.channel, identity.active) == ("telegram", True)
        assert identity.participant.country == "GB"


def test_checkin_help_and_stop_commands_reach_the_bot(companion):
    companion.onboard(304)
    question = companion.say(304, "/checkin")
    assert "0 (very low) to 10" in joined(question)
    assert callback_data_of(question[-1]) == [str(n) for n in range(11)]
    assert "leave it there" in joined(companion.say(304, "/stop"))
    assert "therapy sessions" in joined(companion.say(304, "/help"))


def test_start_without_a_code_begins_with_the_disclosure(companion):
    assert "automated program" in joined(companion.say(305, "/start"))


def test_resources_come_at_once_for_the_participants_country_without_the_nlu(companion):
    companion.onboard(306)
    before = companion.events("tg:306")
    reply = joined(companion.say(306, "/resources"))
    assert reply.startswith(texts.RESOURCES_INTRO)
    assert "call 999 now" in reply
    assert companion.events("tg:306") == before


def test_stickers_voice_notes_and_edits_get_the_text_only_reply_and_skip_rasa(companion):
    for update in (sticker_update(307), voice_update(307), edited_update(307, "fixed")):
        mark = len(companion.fake.calls())
        companion.post(update)
        assert "I can only read text" in joined(sent_since(companion.fake, mark, 307))
    assert companion.events("tg:307") == 0


def test_forget_asks_then_erases_the_participant_and_the_transcript(companion):
    companion.onboard(308)
    assert companion.events("tg:308") > 0
    (question,) = companion.say(308, "/forget")
    assert callback_data_of(question) == [FORGET_YES, "ipt:forget:no"]
    done = companion.press(308, FORGET_YES, message_id=5)
    assert joined(done) == texts.FORGET_DONE
    assert companion.events("tg:308") == 0
    with session_scope(companion.database_url) as session:
        assert find_identity(session, "tg:308") is None


def test_a_link_code_from_the_web_chat_joins_telegram_to_that_participant(companion):
    cipher = TextCipher([companion.data_key])
    with session_scope(companion.database_url) as session:
        participant = enrol(session, conversation_id="web-309", channel="socketio",
                            cipher=cipher, country="IE", display_name="Robin")
        code = create_link_code(session, participant)
    replies = joined(companion.say(309, f"/start {code}"))
    assert replies.startswith(texts.LINKED)
    assert "Robin" in replies  # greeted back by the name given on the web
    with session_scope(companion.database_url) as session:
        linked = find_identity(session, "tg:309").participant
        assert {i.conversation_id for i in linked.identities} == {"web-309", "tg:309"}


def test_a_clinicians_long_message_is_pushed_to_telegram_in_parts(companion):
    companion.say(310, "hello")
    mark = len(companion.fake.calls())
    long_message = "Thank you for telling me how this week went for you. " * 120
    companion.clinician_says("tg:310", long_message)
    parts = [c.params["text"] for c in sent_since(companion.fake, mark, 310)]
    assert len(parts) == 2
    assert parts[0].startswith("Clinician: Thank you")
    assert all(len(p) <= 4096 for p in parts)


def test_a_push_to_a_participant_who_blocked_the_bot_marks_them_inactive(companion):
    companion.onboard(311)
    companion.fake.queue("sendMessage", BLOCKED)
    companion.clinician_says("tg:311", "Hello")
    with session_scope(companion.database_url) as session:
        assert find_identity(session, "tg:311").active is False


def test_flood_control_during_a_conversation_delays_but_does_not_lose_the_reply(companion):
    companion.onboard(312)
    companion.fake.queue("sendMessage", TOO_MANY_REQUESTS)
    replies = companion.say(312, "/help")
    assert "therapy sessions" in joined(replies)
    attempts = [c for c in companion.fake.calls("sendMessage") if c.value("chat_id") == 312]
    assert "failed" in [c.outcome for c in attempts]


async def test_polling_mode_brings_replies_from_the_real_bot(companion):
    companion.fake.push_updates(text_update(313, "hello"), text_update(313, "/resources"))
    settings = TelegramSettings(TOKEN, SECRET, companion.fake.base_url)
    async with httpx.AsyncClient() as http, make_bot(settings, poll_timeout_s=1) as bot:
        poller = Poller(bot, Forwarder(companion.rasa.rasa_url, SECRET, http), poll_timeout_s=1)
        task = asyncio.create_task(poller.run())
        try:
            await _until(lambda: any(t.startswith(texts.RESOURCES_INTRO)
                                     for t in companion.fake.texts_to(313)), timeout=60)
        finally:
            task.cancel()
    assert "automated program" in "\n".join(companion.fake.texts_to(313))


async def test_setting_the_webhook_gives_telegram_the_url_and_the_secret(fake_api):
    settings = TelegramSettings(TOKEN, SECRET, fake_api.base_url)
    mark = len(fake_api.calls())
    await set_webhook(settings, "https://companion.example.org/webhooks/telegram/webhook")
    (call,) = [c for c in fake_api.calls()[mark:] if c.method == "setWebhook"]
    assert call.params["url"] == "https://companion.example.org/webhooks/telegram/webhook"
    assert call.params["secret_token"] == SECRET
    assert "callback_query" in call.value("allowed_updates")
