"""Reading Telegram's updates: one reading for the webhook and for long polling."""

from __future__ import annotations

import pytest

from bot.channels.telegram_updates import Kind, chat_id_of, conversation_id, parse_update
from tests.fakes.telegram_client_api import (
    callback_update,
    edited_update,
    group_command_update,
    membership_update,
    message,
    photo_update,
    sticker_update,
    text_update,
    voice_update,
)

CHAT = 777


def parse(update: dict) -> object:
    update.setdefault("update_id", 1)
    return parse_update(update)


def test_conversations_are_prefixed_so_they_never_collide_with_web_sessions():
    assert conversation_id(CHAT) == "tg:777"
    assert chat_id_of("tg:777") == 777
    assert chat_id_of("tg:-100123") == -100123
    assert chat_id_of("0f3c9a-web-session") is None
    assert chat_id_of("tg:not-a-number") is None


def test_a_text_message_is_text_for_rasa():
    incoming = parse(text_update(CHAT, "I had a row with my sister"))
    assert incoming.kind is Kind.TEXT
    assert incoming.text == "I had a row with my sister"
    assert incoming.conversation_id == "tg:777"


def test_a_command_is_read_with_its_arguments_and_without_the_bot_name():
    incoming = parse(text_update(CHAT, "/Start@ipt_companion_bot abc_123"))
    assert (incoming.kind, incoming.command, incoming.args) == (Kind.COMMAND, "start", "abc_123")


def test_a_slash_followed_by_words_is_not_a_command():
    incoming = parse(text_update(CHAT, "/ I don't know"))
    assert incoming.kind is Kind.TEXT


def test_a_pressed_button_carries_its_payload_and_the_message_it_belongs_to():
    incoming = parse(callback_update(CHAT, "/affirm", message_id=42, sent_at=1_700_000_000))
    assert incoming.kind is Kind.CALLBACK
    assert incoming.text == "/affirm"
    assert incoming.message_id == 42
    assert incoming.message_date == 1_700_000_000
    assert incoming.callback_id


@pytest.mark.parametrize("update", [sticker_update(CHAT), voice_update(CHAT), photo_update(CHAT)])
def test_stickers_voice_notes_and_photos_are_not_text(update):
    assert parse(update).kind is Kind.NOT_TEXT


def test_the_caption_of_a_photo_is_still_read():
    incoming = parse(photo_update(CHAT, caption="this is how I feel"))
    assert (incoming.kind, incoming.text) == (Kind.MEDIA_WITH_CAPTION, "this is how I feel")


def test_an_edited_message_is_recognised_as_an_edit():
    assert parse(edited_update(CHAT, "corrected")).kind is Kind.EDITED


def test_a_command_in_a_group_is_answered_and_other_group_talk_is_ignored():
    assert parse(group_command_update(-500, "/help")).kind is Kind.GROUP
    chatter = group_command_update(-500, "hello all")
    assert parse(chatter).kind is Kind.IGNORED


def test_blocking_and_unblocking_the_bot_are_noticed():
    assert parse(membership_update(CHAT, "kicked")).kind is Kind.BLOCKED
    assert parse(membership_update(CHAT, "member")).kind is Kind.UNBLOCKED


def test_service_messages_and_other_bots_are_ignored():
    pinned = message(CHAT, new_chat_title="x")
    assert parse(pinned).kind is Kind.IGNORED
    from_bot = text_update(CHAT, "hi")
    from_bot["message"]["from"]["is_bot"] = True
    assert parse(from_bot).kind is Kind.IGNORED
    assert parse({"an_update_type_from_the_future": {"x": 1}}).kind is Kind.IGNORED


@pytest.mark.parametrize("body", [None, [], {}, {"update_id": "1"}, "text"])
def test_anything_that_is_not_an_update_is_refused(body):
    with pytest.raises(ValueError):
        parse_update(body)


def test_a_malformed_update_is_refused():
    with pytest.raises(ValueError):
        parse_update({"update_id": 3, "message": {"text": "no chat, no date"}})
