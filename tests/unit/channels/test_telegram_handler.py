"""What the channel does with each input: commands, buttons, erasure, linking (no network)."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any

import pytest

from bot.channels import telegram_texts as texts
from bot.channels.telegram_handler import FORGET_NO, FORGET_YES, UpdateHandler
from bot.channels.telegram_updates import parse_update
from tests.fakes.telegram_client_api import (
    callback_update,
    edited_update,
    group_command_update,
    membership_update,
    photo_update,
    sticker_update,
    text_update,
    voice_update,
)

CHAT = 555
CONVERSATION = "tg:555"


@dataclass
class RecordingClient:
    """Stands in for TelegramClient: records each Bot API call the handler makes."""

    calls: list[tuple[str, Any]] = field(default_factory=list)

    async def send_text(self, chat_id: int, text: str, reply_markup: Any = None) -> bool:
        self.calls.append(("send", (chat_id, text, reply_markup)))
        return True

    async def typing(self, chat_id: int) -> None:
        self.calls.append(("typing", chat_id))

    async def answer_callback(self, callback_id: str) -> None:
        self.calls.append(("answer", callback_id))

    async def remove_keyboard(self, chat_id: int, message_id: int) -> None:
        self.calls.append(("remove_keyboard", (chat_id, message_id)))

    def sent(self) -> list[str]:
        return [args[1] for name, args in self.calls if name == "send"]

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]


@dataclass
class FakeStore:
    country_code: str | None = None
    participants: dict[str, list[str]] = field(default_factory=dict)  # conversation -> all ids
    active: dict[str, bool] = field(default_factory=dict)
    forgotten: list[str] = field(default_factory=list)
    link_codes: set[str] = field(default_factory=set)
    broken: bool = False

    def country(self, conversation_id: str) -> str | None:
        if self.broken:
            raise RuntimeError("database down")
        return self.country_code

    def set_active(self, conversation_id: str, active: bool) -> None:
        if self.broken:
            raise RuntimeError("database down")
        self.active[conversation_id] = active

    def conversation_ids(self, conversation_id: str) -> list[str]:
        return self.participants.get(conversation_id, [conversation_id])

    def forget(self, conversation_id: str) -> bool:
        self.forgotten.append(conversation_id)
        return conversation_id in self.participants

    def link(self, code: str, conversation_id: str) -> bool:
        return code in self.link_codes


@dataclass
class FakeTranscripts:
    deleted: list[str] = field(default_factory=list)
    fail: bool = False

    async def delete(self, sender_id: str) -> None:
        if self.fail:
            raise RuntimeError("tracker store down")
        self.deleted.append(sender_id)


@dataclass
class FakeRasa:
    """Rasa's on_new_message: records what reached it, answers like the bot would."""

    received: list[str] = field(default_factory=list)
    fail: bool = False

    async def __call__(self, message: Any) -> None:
        if self.fail:
            raise RuntimeError("model not loaded")
        self.received.append(message.text)
        assert message.sender_id == CONVERSATION
        assert message.input_channel == "telegram"
        await message.output_channel.send_text_message(message.sender_id, "a reply")


@pytest.fixture
def client() -> RecordingClient:
    return RecordingClient()


@pytest.fixture
def store() -> FakeStore:
    return FakeStore()


@pytest.fixture
def transcripts() -> FakeTranscripts:
    return FakeTranscripts()


@pytest.fixture
def rasa() -> FakeRasa:
    return FakeRasa()


@pytest.fixture
def handle(client, store, transcripts, rasa):
    handler = UpdateHandler(client, store, lambda: transcripts)

    async def handle(update: dict) -> None:
        update.setdefault("update_id", 1)
        await handler.handle(parse_update(update), rasa)

    return handle


@pytest.mark.parametrize(
    ("command", "to_rasa"),
    [("/checkin", "/start_checkin"), ("/help", "/help"), ("/stop", "/stop"), ("/start", "/greet")],
)
async def test_commands_reach_rasa_as_the_matching_intents(handle, rasa, command, to_rasa):
    await handle(text_update(CHAT, command))
    assert rasa.received == [to_rasa]


async def test_text_goes_to_rasa_and_the_reply_comes_back(handle, rasa, client):
    await handle(text_update(CHAT, "I felt alone today"))
    assert rasa.received == ["I felt alone today"]
    assert client.sent() == ["a reply"]


async def test_typing_is_shown_before_the_reply(handle, client):
    await handle(text_update(CHAT, "hello"))
    assert client.names()[:2] == ["typing", "send"]


async def test_typing_is_renewed_while_rasa_works(client, store, transcripts):
    async def slow_rasa(message: Any) -> None:
        await asyncio.sleep(0.2)

    handler = UpdateHandler(client, store, lambda: transcripts, typing_every_s=0.04)
    await handler.handle(parse_update({"update_id": 1, **text_update(CHAT, "hi")}), slow_rasa)
    assert client.names().count("typing") >= 3


async def test_typed_slashes_never_reach_rasa_as_an_intent_shortcut(handle, rasa):
    await handle(text_update(CHAT, "/ I can't do this anymore"))
    await handle(text_update(CHAT, "/crisis_override please"))
    assert rasa.received == ["I can't do this anymore", "crisis_override please"]


async def test_resources_answer_at_once_for_the_participants_country_without_rasa(
    handle, rasa, client, store
):
    store.country_code = "GB"
    await handle(text_update(CHAT, "/resources"))
    assert rasa.received == []
    (reply,) = client.sent()
    assert reply.startswith(texts.RESOURCES_INTRO)
    assert "call 999 now" in reply


async def test_resources_work_even_when_the_database_does_not(handle, client, store):
    store.broken = True
    await handle(text_update(CHAT, "/resources"))
    (reply,) = client.sent()
    assert "If you are in immediate danger" in reply


async def test_a_button_press_is_answered_its_keyboard_removed_and_its_payload_sent(
    handle, rasa, client
):
    await handle(callback_update(CHAT, "/affirm", message_id=9))
    assert client.names()[:2] == ["answer", "remove_keyboard"]
    assert ("remove_keyboard", (CHAT, 9)) in client.calls
    assert rasa.received == ["/affirm"]
    assert "/affirm" not in client.sent()  # nothing is echoed


async def test_forget_asks_first_with_a_yes_and_a_no_button(handle, client, rasa, transcripts):
    await handle(text_update(CHAT, "/forget"))
    ((_, (chat, text, keyboard)),) = client.calls
    assert text == texts.FORGET_QUESTION
    buttons = [b for row in keyboard.inline_keyboard for b in row]
    assert [(b.text, b.callback_data) for b in buttons] == [
        ("Yes, delete everything", FORGET_YES),
        ("No, keep it", FORGET_NO),
    ]
    assert rasa.received == [] and transcripts.deleted == []


async def test_yes_erases_the_participant_and_every_transcript_of_theirs(
    handle, client, store, transcripts, rasa
):
    store.participants[CONVERSATION] = ["0f3c-web", CONVERSATION]
    await handle(callback_update(CHAT, FORGET_YES, message_id=3))
    assert transcripts.deleted == ["0f3c-web", CONVERSATION]
    assert store.forgotten == [CONVERSATION]
    assert client.sent() == [texts.FORGET_DONE]
    assert rasa.received == []


async def test_no_keeps_everything(handle, client, store, transcripts):
    await handle(callback_update(CHAT, FORGET_NO, message_id=3))
    assert transcripts.deleted == [] and store.forgotten == []
    assert client.sent() == [texts.FORGET_KEPT]


async def test_an_old_yes_button_deletes_nothing(handle, client, store, transcripts):
    an_hour_ago = time.time() - 3600
    await handle(callback_update(CHAT, FORGET_YES, message_id=3, sent_at=an_hour_ago))
    assert transcripts.deleted == [] and store.forgotten == []
    assert client.sent() == [texts.FORGET_EXPIRED]


async def test_a_failed_erasure_is_admitted_and_leaves_the_participant_to_try_again(
    handle, client, store, transcripts
):
    transcripts.fail = True
    await handle(callback_update(CHAT, FORGET_YES, message_id=3))
    assert store.forgotten == []
    assert client.sent() == [texts.FORGET_FAILED]


async def test_start_with_a_valid_link_code_links_and_greets(handle, client, store, rasa):
    store.link_codes.add("k3Y-9")
    await handle(text_update(CHAT, "/start k3Y-9"))
    assert client.sent()[0] == texts.LINKED
    assert rasa.received == ["/greet"]


async def test_start_with_an_unknown_link_code_says_so_and_starts_nothing(
    handle, client, rasa
):
    await handle(text_update(CHAT, "/start expired-code"))
    assert client.sent() == [texts.LINK_FAILED]
    assert rasa.received == []


@pytest.mark.parametrize("update", [sticker_update(CHAT), voice_update(CHAT), photo_update(CHAT)])
async def test_stickers_voice_notes_and_photos_get_a_polite_text_only_reply(
    handle, client, rasa, update
):
    await handle(update)
    assert client.sent() == [texts.NOT_TEXT]
    assert "I can only read text" in texts.NOT_TEXT
    assert rasa.received == []


async def test_an_edit_gets_a_polite_reply_and_is_not_sent_to_rasa(handle, client, rasa):
    await handle(edited_update(CHAT, "changed my mind"))
    assert client.sent() == [texts.EDITED]
    assert "I can only read text" in texts.EDITED
    assert rasa.received == []


async def test_a_photo_caption_is_read_after_saying_the_photo_is_not(handle, client, rasa):
    await handle(photo_update(CHAT, caption="me today"))
    assert client.sent()[0] == texts.CAPTION_ONLY
    assert rasa.received == ["me today"]


async def test_a_group_command_gets_a_pointer_to_a_private_chat(handle, client, rasa):
    await handle(group_command_update(-100, "/checkin"))
    assert [args[1] for name, args in client.calls if name == "send"] == [texts.GROUP_CHAT]
    assert rasa.received == []


async def test_when_rasa_fails_the_participant_is_told_and_pointed_to_resources(
    handle, client, rasa
):
    rasa.fail = True
    await handle(text_update(CHAT, "hello"))
    assert client.sent() == [texts.SOMETHING_WENT_WRONG]
    assert "/resources" in texts.SOMETHING_WENT_WRONG


async def test_blocking_marks_the_chat_unreachable_and_a_new_message_reachable(handle, store):
    await handle(membership_update(CHAT, "kicked"))
    assert store.active == {CONVERSATION: False}
    await handle(text_update(CHAT, "I'm back"))
    assert store.active == {CONVERSATION: True}


async def test_a_database_failure_does_not_stop_the_conversation(handle, store, rasa):
    store.broken = True
    await handle(text_update(CHAT, "hello"))
    assert rasa.received == ["hello"]
