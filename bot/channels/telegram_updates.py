"""Telegram updates, read into the few kinds of input the companion handles.

The webhook and the long-polling runner both end here (the runner forwards each update to the
webhook), so there is exactly one reading of Telegram's JSON. Parsing goes through
python-telegram-bot's `Update.de_json`, which knows every field Telegram may send.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from telegram import Update
from telegram.constants import ChatType

CONVERSATION_PREFIX = "tg:"
# Callback data that the channel itself answers; Rasa's payloads never start with it.
CHANNEL_CALLBACK_PREFIX = "ipt:"


class Kind(enum.Enum):
    TEXT = "text"  # a message to the bot: `text` goes to Rasa
    COMMAND = "command"  # `/name args`: `command` and `args`
    CALLBACK = "callback"  # a button was pressed: `text` is its data
    MEDIA_WITH_CAPTION = "media_with_caption"  # a photo etc. whose caption (`text`) we read
    NOT_TEXT = "not_text"  # sticker, photo, voice note, ...: nothing we can read
    EDITED = "edited"  # an edit of an earlier message
    GROUP = "group"  # a command in a group: we only talk in private
    BLOCKED = "blocked"  # the participant blocked the bot
    UNBLOCKED = "unblocked"  # ... and unblocked it
    IGNORED = "ignored"  # anything else (service messages, other bots, unknown updates)


@dataclass(frozen=True)
class Incoming:
    kind: Kind
    update_id: int
    chat_id: int | None = None
    text: str = ""
    command: str = ""
    args: str = ""
    callback_id: str = ""
    message_id: int | None = None  # the message a pressed button belongs to
    message_date: float | None = None  # ... and when it was sent (seconds since the epoch)

    @property
    def conversation_id(self) -> str:
        return conversation_id(self.chat_id) if self.chat_id is not None else ""


def conversation_id(chat_id: int | str) -> str:
    """Rasa's sender id for a Telegram chat: prefixed so it never collides with web sessions."""
    return f"{CONVERSATION_PREFIX}{chat_id}"


def chat_id_of(conversation: str) -> int | None:
    """The Telegram chat of a conversation id, or None when it is not a Telegram conversation."""
    if not conversation.startswith(CONVERSATION_PREFIX):
        return None
    try:
        return int(conversation[len(CONVERSATION_PREFIX) :])
    except ValueError:
        return None


def parse_command(text: str) -> tuple[str, str] | None:
    """`/Start@SomeBot abc` -> ("start", "abc"); None when the text is not a command."""
    if not text.startswith("/"):
        return None
    head, _, args = text.partition(" ")
    name = head[1:].split("@", 1)[0].lower()
    if not name or not name.replace("_", "").isalnum():
        return None
    return name, args.strip()


def _from_message(update: Update) -> Incoming:
    message = update.message
    assert message is not None
    base = {"update_id": update.update_id, "chat_id": message.chat.id}
    if message.chat.type != ChatType.PRIVATE:
        # A group sees the bot only through commands (privacy mode): answer those, once each.
        is_command = message.text is not None and parse_command(message.text) is not None
        return Incoming(Kind.GROUP if is_command else Kind.IGNORED, **base)
    if message.from_user is None or message.from_user.is_bot:
        return Incoming(Kind.IGNORED, **base)
    if message.text is not None:
        command = parse_command(message.text)
        if command is not None:
            return Incoming(Kind.COMMAND, command=command[0], args=command[1], **base)
        return Incoming(Kind.TEXT, text=message.text, **base)
    if message.caption:
        return Incoming(Kind.MEDIA_WITH_CAPTION, text=message.caption, **base)
    if message.effective_attachment is not None:
        return Incoming(Kind.NOT_TEXT, **base)
    return Incoming(Kind.IGNORED, **base)  # service messages: pinned, joined, ...


def _from_callback(update: Update) -> Incoming:
    query = update.callback_query
    assert query is not None
    message = query.message
    chat_id = message.chat.id if message is not None else query.from_user.id
    private = message is None or message.chat.type == ChatType.PRIVATE
    return Incoming(
        Kind.CALLBACK if private else Kind.IGNORED,
        update_id=update.update_id,
        chat_id=chat_id,
        text=query.data or "",
        callback_id=query.id,
        message_id=message.message_id if message is not None else None,
        message_date=message.date.timestamp() if message is not None else None,
    )


def _from_membership(update: Update) -> Incoming:
    change = update.my_chat_member
    assert change is not None
    if change.chat.type != ChatType.PRIVATE:
        return Incoming(Kind.IGNORED, update_id=update.update_id)
    status = change.new_chat_member.status
    kind = Kind.BLOCKED if status in ("kicked", "left") else Kind.UNBLOCKED
    return Incoming(kind, update_id=update.update_id, chat_id=change.chat.id)


def parse_update(data: dict[str, Any]) -> Incoming:
    """Read one update (Telegram's JSON). Raises ValueError when it is not an update at all."""
    if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
        raise ValueError("not a Telegram update")
    try:
        update = Update.de_json(data, None)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ValueError("malformed Telegram update") from exc
    if update.message is not None:
        return _from_message(update)
    if update.edited_message is not None:
        chat = update.edited_message.chat
        kind = Kind.EDITED if chat.type == ChatType.PRIVATE else Kind.IGNORED
        return Incoming(kind, update_id=update.update_id, chat_id=chat.id)
    if update.callback_query is not None:
        return _from_callback(update)
    if update.my_chat_member is not None:
        return _from_membership(update)
    return Incoming(Kind.IGNORED, update_id=update.update_id)
