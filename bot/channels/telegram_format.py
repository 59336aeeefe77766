"""What Rasa says, shaped for Telegram: texts cut to size, buttons made inline keyboards.

Messages go out as plain text (no `parse_mode`). Every line the bot says is plain text, and so
are the clinician's words and anything of the participant's that the bot repeats: with no parse
mode Telegram shows `<`, `&`, `*` or `_` exactly as written, and a stray character can never
make Telegram refuse a message ("can't parse entities") — a refusal that would lose a reply,
possibly a crisis reply. Escaping is therefore "do not interpret", which needs no code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

# Telegram counts a message's length in UTF-16 code units (an emoji outside the BMP counts 2).
MESSAGE_LIMIT = 4096
# A chunk should be at least this full before a weaker boundary is preferred to a stronger one.
MIN_FILL = 0.5
CALLBACK_DATA_LIMIT = 64  # bytes of UTF-8, Telegram's limit for a button's callback data
ROW_WIDTH = 30  # characters of titles (plus padding) that fit a phone's row comfortably
BUTTON_PADDING = 4
MAX_BUTTONS_PER_ROW = 6

_BOUNDARIES = (
    re.compile(r"\n[ \t]*\n\s*"),  # paragraph
    re.compile(r"\n\s*"),  # line
    re.compile(r"[.!?…][\"'”’)\]]*\s+"),  # sentence
    re.compile(r"\s+"),  # word
)


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _fitting_prefix(text: str, limit: int) -> int:
    """How many characters of `text` fit in `limit` UTF-16 code units."""
    used = 0
    for index, char in enumerate(text):
        used += 2 if ord(char) > 0xFFFF else 1
        if used > limit:
            return index
    return len(text)


def _cut_position(text: str, fits: int) -> int:
    """Where to end a chunk of at most `fits` characters: the strongest boundary that leaves
    the chunk reasonably full. Boundaries end in whitespace (stripped from the chunk), so the
    window looks one character further: a sentence may end exactly at the limit."""
    window = text[: fits + 1]
    for min_end in (int(fits * MIN_FILL), 1):
        for boundary in _BOUNDARIES:
            ends = [m.end() for m in boundary.finditer(window) if m.end() >= min_end]
            if ends:
                return ends[-1]
    return fits


def split_text(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Split a text into messages Telegram accepts, on paragraph or sentence boundaries.

    Nothing is lost but the whitespace at a cut; an empty text gives no message at all
    (Telegram refuses empty messages).
    """
    rest = text.strip()
    chunks: list[str] = []
    while utf16_length(rest) > limit:
        cut = _cut_position(rest, _fitting_prefix(rest, limit))
        chunks.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        chunks.append(rest)
    return chunks


def _fits_callback(value: str) -> bool:
    return 0 < len(value.encode("utf-8")) <= CALLBACK_DATA_LIMIT


def callback_data(button: Mapping[str, Any]) -> str:
    """The button's payload, which comes back to Rasa as the participant's message.

    Telegram keeps at most 64 bytes. A longer payload falls back to the title (which the NLU
    understands as typed text), and a longer title is cut: stateless, so it survives restarts.
    """
    payload = str(button.get("payload") or "")
    title = str(button.get("title") or "")
    for candidate in (payload, title):
        if _fits_callback(candidate):
            return candidate
    encoded = (payload or title or "?").encode("utf-8")[:CALLBACK_DATA_LIMIT]
    return encoded.decode("utf-8", errors="ignore")


def _telegram_button(button: Mapping[str, Any]) -> InlineKeyboardButton:
    title = str(button.get("title") or button.get("payload") or "?")
    url = button.get("url")
    if url:
        return InlineKeyboardButton(title, url=str(url))
    return InlineKeyboardButton(title, callback_data=callback_data(button))


def _rows(buttons: list[InlineKeyboardButton]) -> list[list[InlineKeyboardButton]]:
    """Short titles share a row (a 0–10 scale fits in two), long ones get a row each."""
    rows: list[list[InlineKeyboardButton]] = []
    width = 0
    for button in buttons:
        needed = len(button.text) + BUTTON_PADDING
        if rows and len(rows[-1]) < MAX_BUTTONS_PER_ROW and width + needed <= ROW_WIDTH:
            rows[-1].append(button)
            width += needed
        else:
            rows.append([button])
            width = needed
    return rows


def inline_keyboard(buttons: Iterable[Mapping[str, Any]]) -> InlineKeyboardMarkup | None:
    """Rasa's buttons as an inline keyboard under the message (None when there are none)."""
    telegram_buttons = [_telegram_button(b) for b in buttons if isinstance(b, Mapping)]
    if not telegram_buttons:
        return None
    return InlineKeyboardMarkup(_rows(telegram_buttons))
