"""How typed text is tidied before matching: text-speak, missing apostrophes, noise."""

from __future__ import annotations

import pytest

from bot.safety.normalise import normalise, split_sentences


@pytest.mark.parametrize(
    ("typed", "normalised"),
    [
        ("im gonna kms", "I'm going to kill myself"),
        ("i wanna die rn", "i want to die right now"),
        ("you should kys", "you should kill yourself"),
        ("i might kys", "i might kill myself"),
        ("i want 2 die 2nite", "i want to die tonight"),
        ("pleaseeee", "please"),
        ("sewer slide", "suicide"),
        ("sucidal", "suicidal"),
        ("i dont care", "i don't care"),
        ("my self esteem", "my self esteem"),
        ("kill my self", "kill myself"),
        ("tired of livin", "tired of living"),
        ("every1 wud be better off", "everyone would be better off"),
        ("theres no way out", "there's no way out"),
        ("theyre gone", "they're gone"),
    ],
)
def test_text_speak_is_spelled_out(typed: str, normalised: str) -> None:
    assert normalise(typed) == normalised


def test_html_entities_and_invisible_characters_are_removed() -> None:
    assert normalise("one&amp;#x200B;two\u200bthree") == "one two three"


def test_control_characters_become_spaces() -> None:
    assert normalise("a\x00b\x07c") == "a b c"


def test_an_abbreviation_in_capitals_is_left_alone() -> None:
    assert normalise("I work as an RN in the U.K.") == "I work as an RN in the U.K."


def test_sentences_split_on_punctuation_and_line_breaks() -> None:
    assert [s.text for s in split_sentences("One. Two!\nThree?")] == ["One.", "Two!", "Three?"]


def test_a_long_unpunctuated_run_is_cut_into_pieces() -> None:
    pieces = split_sentences("word " * 1000)
    assert len(pieces) > 1 and all(len(p.text) <= 400 for p in pieces)


def test_sentence_offsets_point_into_the_text() -> None:
    text = "First bit. Second bit."
    assert all(text[s.start : s.end] == s.text for s in split_sentences(text))
