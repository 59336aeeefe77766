"""Shaping Rasa's messages for Telegram: length limit, sentence boundaries, keyboards."""

from __future__ import annotations

import random
import re

from bot.channels.telegram_format import (
    CALLBACK_DATA_LIMIT,
    MESSAGE_LIMIT,
    callback_data,
    inline_keyboard,
    split_text,
    utf16_length,
)


def _words(text: str) -> list[str]:
    return text.split()


def test_a_short_text_is_one_message_as_written():
    text = "Hello <b>there</b> & *you*_ — 5 < 6"
    assert split_text(text) == [text]


def test_an_empty_text_gives_no_message():
    assert split_text("") == []
    assert split_text("  \n ") == []


def test_a_long_text_is_split_within_the_limit_and_nothing_is_lost():
    sentence = "This is one sentence of a long clinician message, kindly written. "
    text = sentence * 200  # ~13,000 characters
    chunks = split_text(text)
    assert len(chunks) == 4
    assert all(utf16_length(chunk) <= MESSAGE_LIMIT for chunk in chunks)
    assert _words(" ".join(chunks)) == _words(text)


def test_long_texts_are_cut_after_a_full_sentence():
    sentence = "Each sentence here ends properly, with a full stop. "
    chunks = split_text(sentence * 150)
    assert len(chunks) > 1
    assert all(chunk.endswith("full stop.") for chunk in chunks)


def test_a_paragraph_break_is_preferred_to_a_sentence_end_when_the_chunk_stays_full():
    first = ("First paragraph sentence. " * 100).strip()  # ~2,600 characters
    second = ("Second paragraph sentence. " * 100).strip()
    chunks = split_text(f"{first}\n\n{second}")
    assert chunks == [first, second]


def test_a_paragraph_break_early_in_the_window_does_not_make_a_tiny_message():
    text = "Short intro.\n\n" + "A sentence that goes on. " * 400
    chunks = split_text(text)
    assert len(chunks[0]) > MESSAGE_LIMIT // 2


def test_text_without_any_space_is_cut_hard_at_the_limit():
    chunks = split_text("x" * (MESSAGE_LIMIT * 2 + 10))
    assert [len(c) for c in chunks] == [MESSAGE_LIMIT, MESSAGE_LIMIT, 10]


def test_the_limit_counts_emoji_as_telegram_does_in_utf16_units():
    text = "🙂" * MESSAGE_LIMIT  # 2 UTF-16 units each
    chunks = split_text(text)
    assert len(chunks) == 2
    assert all(utf16_length(c) <= MESSAGE_LIMIT for c in chunks)
    assert "".join(chunks) == text


def test_a_custom_limit_splits_on_sentences():
    assert split_text("One two. Three four. Five six.", limit=20) == [
        "One two. Three four.",
        "Five six.",
    ]


def test_buttons_become_an_inline_keyboard_with_their_payloads():
    keyboard = inline_keyboard(
        [{"title": "Yes, that's okay", "payload": "/affirm"},
         {"title": "No, thanks", "payload": "/deny"}]
    )
    buttons = [b for row in keyboard.inline_keyboard for b in row]
    assert [(b.text, b.callback_data) for b in buttons] == [
        ("Yes, that's okay", "/affirm"),
        ("No, thanks", "/deny"),
    ]


def test_short_buttons_share_rows_and_long_ones_get_a_row_each():
    scale = inline_keyboard([{"title": str(n), "payload": str(n)} for n in range(11)])
    assert [len(row) for row in scale.inline_keyboard] == [6, 5]
    countries = inline_keyboard(
        [{"title": t, "payload": t} for t in ("United States", "United Kingdom", "New Zealand")]
    )
    assert all(len(row) <= 2 for row in countries.inline_keyboard)


def test_no_buttons_means_no_keyboard():
    assert inline_keyboard([]) is None


def test_a_payload_over_64_bytes_falls_back_to_the_title():
    long_payload = "/inform" + '{"note": "' + "x" * 80 + '"}'
    assert callback_data({"title": "Tell me more", "payload": long_payload}) == "Tell me more"


def test_callback_data_never_exceeds_telegrams_limit_even_with_long_titles():
    data = callback_data({"title": "é" * 100, "payload": "ü" * 100})
    assert 0 < len(data.encode("utf-8")) <= CALLBACK_DATA_LIMIT


def test_a_url_button_opens_the_link():
    keyboard = inline_keyboard([{"title": "Samaritans", "url": "https://www.samaritans.org"}])
    button = keyboard.inline_keyboard[0][0]
    assert button.url == "https://www.samaritans.org"
    assert button.callback_data is None


def test_no_chunk_starts_or_ends_with_whitespace():
    text = ("Line one.\n" * 300) + ("Another.  " * 300)
    assert all(not re.match(r"\s", c[0]) and not re.match(r"\s", c[-1]) for c in split_text(text))


def test_any_text_splits_within_the_limit_without_losing_a_word():
    rng = random.Random(7)
    pieces = ["word", "sentence.", "end!", "\n", "\n\n", " ", "  ", "🙂", "a" * 30, "why?"]
    for _ in range(200):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 120)))
        limit = rng.randint(8, 60)
        chunks = split_text(text, limit=limit)
        assert all(0 < utf16_length(c) <= limit for c in chunks)
        assert "".join("".join(chunks).split()) == "".join(text.split())
