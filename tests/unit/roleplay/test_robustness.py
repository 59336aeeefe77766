"""Odd input never breaks a rehearsal: every message gets a sensible answer."""

from __future__ import annotations

import time

import pytest

from bot.roleplay import (
    KINDS,
    RolePlay,
    Scene,
    Stance,
    coaching,
    is_closing,
    parse_control,
    start,
    take_turn,
)

ODD = [
    "",
    "   \n\t",
    "😡😡😡",
    "🙄",
    "?!?!",
    "x" * 10_000,
    "you never help " * 700,
    "Tu ne m'écoutes jamais",
    "Nunca me ayudas con los niños",
    "Ты никогда меня не слушаешь",
    "你从来不听我说话",
    "أنت لا تستمع إلي أبدا",
    "<script>alert('pause')</script>",
    "{partner} {line} {0}",
]


def _short(text: str) -> str:
    return repr(text[:20]) + (f"...({len(text)} chars)" if len(text) > 20 else "")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("text", ODD, ids=_short)
def test_the_partner_answers_any_text_with_one_scripted_line(kind: str, text: str) -> None:
    state = start(Scene(partner="Anna", kind=kind))  # type: ignore[arg-type]
    result = take_turn(state, text)
    assert isinstance(result.stance, Stance) and result.state.rounds_played == 1
    assert len(result.messages) == 1 and result.messages[0].startswith("Anna: ")


@pytest.mark.parametrize("text", ["", "😀😀", "Tu ne m'écoutes jamais", "你从来不听我说话"])
def test_empty_emoji_and_unreadable_turns_get_the_silent_treatment(
    hard_play: RolePlay, text: str
) -> None:
    assert take_turn(hard_play, text).stance is Stance.SILENT


def test_a_none_instead_of_text_is_an_empty_turn(hard_play: RolePlay) -> None:
    assert take_turn(hard_play, None).stance is Stance.SILENT  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("text", [*ODD, None], ids=lambda t: _short(t or ""))
def test_coaching_answers_any_text(kind: str, text: str | None) -> None:
    lines = coaching(text, kind)  # type: ignore[arg-type]
    assert 2 <= len(lines) <= 5
    assert all(len(line) < 400 for line in lines)


@pytest.mark.parametrize("text", [*ODD, None], ids=lambda t: _short(t or ""))
def test_odd_text_is_neither_a_control_nor_a_closing(text: str | None) -> None:
    assert parse_control(text) is None  # type: ignore[arg-type]
    assert not is_closing(text)  # type: ignore[arg-type]


def test_ten_thousand_characters_are_answered_in_reasonable_time(hard_play: RolePlay) -> None:
    text = "I feel hurt when you cancel plans, and you never call. " * 180
    begin = time.perf_counter()
    take_turn(hard_play, text)
    coaching(text)
    assert time.perf_counter() - begin < 10


def test_a_failing_analysis_gets_a_neutral_reply_instead_of_an_error(
    hard_play: RolePlay, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_: str) -> None:
        raise RuntimeError("parser exploded")

    monkeypatch.setattr("bot.roleplay.engine.analyse", broken)
    assert take_turn(hard_play, "you never help me").stance is Stance.NEUTRAL
