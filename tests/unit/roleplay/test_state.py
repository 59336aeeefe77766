"""The state fits in a Rasa slot, holds no participant words, and a garbled slot gives a fresh
play instead of an error."""

from __future__ import annotations

import json

import pytest

from bot.roleplay import RolePlay, Round, Scene, Stance, start, take_turn


def _played(state: RolePlay) -> RolePlay:
    for turn in ["you never help me", "whatever", "pause"]:
        state = take_turn(state, turn).state
    return state


def test_the_state_round_trips_through_a_dict(hard_play: RolePlay) -> None:
    state = _played(hard_play)
    assert RolePlay.from_dict(state.to_dict()) == state


def test_the_state_round_trips_through_json(starting_play: RolePlay) -> None:
    state = _played(starting_play)
    assert RolePlay.from_dict(json.loads(json.dumps(state.to_dict()))) == state


def test_a_finished_state_round_trips(hard_play: RolePlay) -> None:
    state = take_turn(hard_play, "bye").state
    assert state.finished and RolePlay.from_dict(state.to_dict()) == state


def test_the_state_keeps_stances_and_line_numbers_but_not_what_was_said(
    hard_play: RolePlay,
) -> None:
    state = take_turn(hard_play, "I feel overwhelmed by the laundry pile; could you fold it on "
                                 "Tuesdays?").state
    stored = json.dumps(state.to_dict())
    assert state.rounds == (Round(Stance.OPEN, 0),)
    assert "laundry" not in stored and "overwhelmed" not in stored and "Tuesdays" not in stored


@pytest.mark.parametrize(
    "garbled",
    [None, [], "x", 42, {}, {"scene": 5}, {"scene": {"partner": 3, "kind": "hard_conversation"}},
     {"scene": {"partner": "Anna", "kind": "karaoke"}}],
)
def test_a_garbled_dict_without_a_readable_scene_gives_a_fresh_state(garbled: object) -> None:
    state = RolePlay.from_dict(garbled)
    assert state.rounds == () and not state.finished and not state.paused
    assert state.scene.partner == "the other person"


@pytest.mark.parametrize(
    "change",
    [
        {"rounds": "lots"},
        {"rounds": [{"stance": "furious", "line": 0}]},
        {"rounds": [{"stance": "open", "line": -1}]},
        {"rounds": [{"stance": "open", "line": True}]},
        {"rounds": [{"stance": "open"}]},
        {"rounds": [{"stance": "open", "line": 0}] * 6},
        {"finished": "yes"},
        {"finished": True, "ended_by": None},
        {"ended_by": "boredom", "finished": True},
        {"attempt": "two"},
        {"version": 99},
    ],
)
def test_a_garbled_state_keeps_a_readable_scene_and_starts_fresh(
    hard_play: RolePlay, change: dict[str, object]
) -> None:
    data = {**_played(hard_play).to_dict(), **change}
    assert RolePlay.from_dict(data) == start(hard_play.scene)


def test_the_scene_speaks_of_the_partner_as_the_bot_would() -> None:
    scene = Scene(partner="  my sister. ", setting="", goal=None, kind="hard_conversation")
    assert scene.partner == "your sister" and scene.setting is None


def test_a_scene_without_a_partner_plays_the_other_person() -> None:
    assert Scene(partner="", kind="starting_conversation").partner == "the other person"


def test_a_very_long_partner_is_cut_at_a_word() -> None:
    scene = Scene(partner="the man who runs the allotment society " * 10)
    assert len(scene.partner) <= 63 and scene.partner.endswith("...")


def test_an_unknown_kind_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown role-play kind"):
        Scene(partner="Anna", kind="karaoke")  # type: ignore[arg-type]
