"""Odd input never crashes the analysis, the feedback, the rephrasing or the stance."""

from __future__ import annotations

import time

import pytest

from bot.analysis.communication import analyse
from bot.analysis.feedback import feedback_for
from bot.analysis.patterns import Pattern
from bot.analysis.rephrase import suggest_rephrasing
from bot.analysis.role_play import Stance, partner_stance

NOT_ENGLISH_OR_NO_WORDS = [
    "",
    "   ",
    "\n\n\t",
    "😡😡😡",
    "🙄",
    "?!?!",
    "12345",
    "Tu ne m'écoutes jamais",
    "Nunca me ayudas con los niños",
    "Du hilfst nie mit den Kindern",
    "Non mi ascolti mai",
    "Ты никогда меня не слушаешь",
    "你从来不听我说话",
    "أنت لا تستمع إلي أبدا",
]

ODD_BUT_ENGLISH = [
    "you never help " * 700,  # about 10 000 characters of one complaint
    "x" * 10_000,  # one 10 000-character "word"
    "<script>alert('you never help')</script>",
    "YOU NEVER HELP WITH THE KIDS!!!!!!",
    "you.never.help.with.the.kids",
    "i feel hurt 😢 could you call me tonight 🙏",
    "you're so selfish 🤬🤬",
    "???? why do you always do this ????",
    "I" + " really" * 500 + " feel hurt",
    "she said \"you never listen\" and I said \"that's not fair\"",
]


def _short(text: str) -> str:
    return repr(text[:30]) + (f"...({len(text)} chars)" if len(text) > 30 else "")


@pytest.mark.parametrize("text", NOT_ENGLISH_OR_NO_WORDS + ODD_BUT_ENGLISH, ids=_short)
def test_nothing_crashes_and_every_part_answers_sensibly(text: str) -> None:
    analysis = analyse(text)
    lines = feedback_for(analysis)
    rephrased = suggest_rephrasing(text, analysis)
    assert 1 <= len(lines) <= 3
    assert "I feel" in rephrased and "Could" in rephrased
    assert isinstance(partner_stance(analysis), Stance)


@pytest.mark.parametrize("text", NOT_ENGLISH_OR_NO_WORDS, ids=_short)
def test_empty_emoji_and_other_languages_are_vague_and_nothing_else_is_claimed(text: str) -> None:
    analysis = analyse(text)
    assert analysis.is_vague
    assert analysis.patterns <= {Pattern.VAGUE, Pattern.SARCASM, Pattern.NO_FEELING_NAMED,
                                 Pattern.NO_SPECIFIC_REQUEST}


@pytest.mark.parametrize("text", NOT_ENGLISH_OR_NO_WORDS, ids=_short)
def test_the_rephrasing_for_unreadable_text_is_the_blank_template(text: str) -> None:
    assert suggest_rephrasing(text, analyse(text)) == (
        "When ___ happens, I feel ___. Could you ___?"
    )


def test_a_long_complaint_is_still_recognised() -> None:
    analysis = analyse("You never help with the kids. " * 333)
    assert analysis.has(Pattern.ALWAYS_NEVER_BLAME)


def test_ten_thousand_characters_are_analysed_in_reasonable_time() -> None:
    text = "I feel hurt when you cancel plans, and you never call. " * 180
    assert len(text) >= 9_900
    start = time.perf_counter()
    analysis = analyse(text)
    suggest_rephrasing(text, analysis)
    assert time.perf_counter() - start < 10


def test_emoji_around_clear_words_do_not_hide_them() -> None:
    analysis = analyse("i feel hurt 😢 could you call me tonight 🙏")
    assert analysis.feelings == ("hurt",)
    assert analysis.has(Pattern.REQUEST) and not analysis.is_vague


def test_shouting_in_capitals_is_read_like_any_other_message() -> None:
    assert analyse("YOU NEVER HELP WITH THE KIDS!!!!!!").has(Pattern.ALWAYS_NEVER_BLAME)


def test_a_none_instead_of_text_is_treated_as_empty() -> None:
    analysis = analyse(None)  # type: ignore[arg-type]
    assert analysis.is_vague and analysis.text == ""


def test_the_same_text_always_gives_the_same_analysis() -> None:
    text = "You never help with the kids, you don't care about me"
    assert analyse(text) == analyse(text)
