"""A play lasts five rounds, unless the participant ends it or closes the conversation."""

from __future__ import annotations

import pytest

from bot.roleplay import MAX_ROUNDS, Control, RolePlay, end, restart, take_turn


def _turns(state: RolePlay, count: int, text: str = "Can we talk?") -> RolePlay:
    for _ in range(count):
        state = take_turn(state, text).state
    return state


def test_five_rounds_is_the_limit() -> None:
    assert MAX_ROUNDS == 5


@pytest.mark.parametrize("rounds", [1, 2, 3, 4])
def test_the_play_is_not_finished_before_round_five(hard_play: RolePlay, rounds: int) -> None:
    state = _turns(hard_play, rounds)
    assert not state.finished and state.rounds_played == rounds


def test_the_play_finishes_with_round_five_and_steps_out_of_role(hard_play: RolePlay) -> None:
    result = take_turn(_turns(hard_play, 4), "you never help me")
    assert result.finished and result.state.ended_by == "rounds"
    assert result.messages[0].startswith("Your sister: ")
    assert "step out of the role play" in result.messages[1]
    assert "not playing your sister any more" in result.messages[2]


def test_a_turn_after_the_end_adds_no_round_and_no_partner_reply(hard_play: RolePlay) -> None:
    finished = _turns(hard_play, 5)
    result = take_turn(finished, "you never help me")
    assert result.state == finished and result.stance is None and result.partner_line is None
    assert "restart" in result.messages[0]


def test_end_finishes_the_play_at_once(hard_play: RolePlay) -> None:
    result = take_turn(_turns(hard_play, 2), "end the role play")
    assert result.control is Control.END
    assert result.finished and result.state.ended_by == "participant"
    assert result.state.rounds_played == 2


def test_end_can_also_be_called_directly(hard_play: RolePlay) -> None:
    assert end(hard_play).state.finished


def test_a_clear_closing_finishes_the_play_with_a_goodbye_in_role(hard_play: RolePlay) -> None:
    result = take_turn(_turns(hard_play, 1), "okay, thanks for listening, bye")
    assert result.finished and result.state.ended_by == "closing"
    assert result.messages[0].startswith("Your sister: ")
    assert "brought the conversation to a close" in result.messages[1]


def test_a_goodbye_inside_a_longer_turn_does_not_end_the_play(hard_play: RolePlay) -> None:
    turn = "I don't want to say goodbye to us over this. Could we talk on Sunday?"
    assert not take_turn(hard_play, turn).finished


def test_restart_begins_the_same_scene_from_the_top(hard_play: RolePlay) -> None:
    played = _turns(hard_play, 5)
    again = restart(played)
    assert again.scene == played.scene and again.rounds == () and not again.finished
    assert again.attempt == played.attempt + 1


def test_typing_restart_gives_a_shorter_set_up_and_a_fresh_play(hard_play: RolePlay) -> None:
    result = take_turn(_turns(hard_play, 3), "let me try again")
    assert result.control is Control.RESTART and result.state.rounds_played == 0
    assert result.messages[0] == "Okay, from the top. I'm playing your sister again."
    assert result.messages[-1].startswith("Your sister: ")


def test_pause_steps_out_without_using_a_round(hard_play: RolePlay) -> None:
    state = _turns(hard_play, 1)
    result = take_turn(state, "hold on")
    assert result.control is Control.PAUSE and result.state.paused
    assert result.state.rounds == state.rounds and "paused" in result.messages[0]


def test_carrying_on_after_a_pause_repeats_where_we_were(hard_play: RolePlay) -> None:
    first = take_turn(hard_play, "you never help me")
    paused = take_turn(first.state, "pause").state
    result = take_turn(paused, "carry on")
    assert not result.state.paused
    assert result.messages[-1] == f"Your sister: {first.partner_line}"


def test_a_turn_after_a_pause_goes_back_into_the_role(hard_play: RolePlay) -> None:
    paused = take_turn(hard_play, "time out").state
    result = take_turn(paused, "you never help me")
    assert not result.state.paused and result.state.rounds_played == 1


def test_coaching_uses_the_last_turn_and_does_not_use_a_round(hard_play: RolePlay) -> None:
    state = take_turn(hard_play, "you never help me").state
    result = take_turn(state, "coach me", last_turn="you never help me")
    assert result.control is Control.COACH and result.state.rounds == state.rounds
    assert any('"you never"' in line for line in result.messages)
    assert any(line.startswith("You could try") for line in result.messages)
