"""The partner answers the way people usually do: defensive to blame, quiet to vagueness, open
to a calm I-statement with a specific request, and never with the same line twice in one play."""

from __future__ import annotations

import pytest

from bot.roleplay import KINDS, RolePlay, Scene, Stance, restart, start, take_turn
from bot.roleplay.lines import load_partner_lines

BLAME = ["you never help me", "you always do this", "You never listen to a word I say"]
CALM_REQUESTS = [
    "I feel overwhelmed when the dishes pile up; could you do them on weekdays?",
    "I feel hurt when you cancel plans. Could you text me if you're running late?",
    "I'm worried about money. Could we sit down on Sunday and go through the bills?",
]
VAGUE = ["whatever", "forget it", "nothing", "fine", "never mind", "leave it"]
MIXED_TURNS = [
    "you never help me",
    "whatever",
    "I feel overwhelmed when the dishes pile up; could you do them on weekdays?",
    "Can we talk about it?",
    "you always do this",
]


def _play(kind: str) -> RolePlay:
    return start(Scene(partner="Anna", setting=None, goal=None, kind=kind))  # type: ignore[arg-type]


@pytest.mark.parametrize("turn", BLAME)
def test_blame_gets_a_defensive_reply(hard_play: RolePlay, turn: str) -> None:
    result = take_turn(hard_play, turn)
    assert result.stance is Stance.DEFENSIVE
    assert result.partner_line in load_partner_lines().kinds["hard_conversation"].stances[
        Stance.DEFENSIVE]


@pytest.mark.parametrize("turn", CALM_REQUESTS)
def test_a_calm_i_statement_with_a_specific_request_gets_an_open_reply(
    hard_play: RolePlay, turn: str
) -> None:
    result = take_turn(hard_play, turn)
    assert result.stance is Stance.OPEN
    assert result.partner_line in load_partner_lines().kinds["hard_conversation"].stances[
        Stance.OPEN]


@pytest.mark.parametrize("turn", VAGUE)
def test_a_vague_turn_gets_a_silent_reply(hard_play: RolePlay, turn: str) -> None:
    assert take_turn(hard_play, turn).stance is Stance.SILENT


def test_a_brush_off_read_as_an_order_still_gets_silence_not_argument(hard_play: RolePlay) -> None:
    assert take_turn(hard_play, "Forget it!").stance is Stance.SILENT


def test_a_real_order_still_meets_resistance(hard_play: RolePlay) -> None:
    assert take_turn(hard_play, "Do the dishes now.").stance is Stance.DEFENSIVE


def test_an_open_question_is_met_neutrally(hard_play: RolePlay) -> None:
    assert take_turn(hard_play, "Can we talk?").stance is Stance.NEUTRAL


def test_the_partner_line_is_shown_with_who_is_speaking(hard_play: RolePlay) -> None:
    result = take_turn(hard_play, "you never help me")
    assert result.messages == (f"Your sister: {result.partner_line}",)


def test_no_line_repeats_when_every_turn_is_blame(hard_play: RolePlay) -> None:
    state, lines = hard_play, []
    for _ in range(5):
        result = take_turn(state, "you never help me")
        state = result.state
        lines.append(result.partner_line)
    assert len(set(lines)) == 5


@pytest.mark.parametrize("kind", KINDS)
def test_no_line_repeats_within_one_play_of_mixed_turns(kind: str) -> None:
    state, lines = _play(kind), []
    for turn in MIXED_TURNS:
        result = take_turn(state, turn)
        state = result.state
        lines.append(result.partner_line)
    assert len(set(lines)) == len(lines) == 5


@pytest.mark.parametrize("kind", KINDS)
def test_both_kinds_answer_from_their_own_lines(kind: str) -> None:
    result = take_turn(_play(kind), "you never help me")
    assert result.partner_line in load_partner_lines().kinds[kind].stances[Stance.DEFENSIVE]


def test_a_friendly_opener_to_someone_new_gets_a_polite_answer(starting_play: RolePlay) -> None:
    result = take_turn(starting_play, "Hi, is this seat taken?")
    assert result.stance is Stance.NEUTRAL
    assert result.messages[0].startswith("Someone at the book club: ")


def test_sharing_a_feeling_and_suggesting_something_warms_up_someone_new(
    starting_play: RolePlay,
) -> None:
    turn = "I'm a bit nervous, I'm new here. Would you like to get a coffee after the meeting?"
    assert take_turn(starting_play, turn).stance is Stance.OPEN


def test_a_restart_varies_the_first_reply(hard_play: RolePlay) -> None:
    first = take_turn(hard_play, "you never help me").partner_line
    again = take_turn(restart(hard_play), "you never help me").partner_line
    assert first != again
