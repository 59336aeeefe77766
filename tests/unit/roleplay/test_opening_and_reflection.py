"""The set-up says what is going on and how to steer it; coaching and reflection credit what the
participant did and offer one concrete idea."""

from __future__ import annotations

from bot.roleplay import (
    RolePlay,
    Scene,
    coaching,
    opening,
    reflection,
    reflection_prompts,
    take_turn,
)


def test_the_opening_says_who_the_bot_plays_and_that_it_is_practice(hard_scene: Scene) -> None:
    text = " ".join(opening(hard_scene))
    assert "I'll play your sister" in text and "practice" in text
    assert "automated program" in text


def test_the_opening_explains_how_to_pause_restart_get_coaching_and_end(
    hard_scene: Scene,
) -> None:
    text = " ".join(opening(hard_scene))
    assert all(word in text for word in ("pause", "restart", "coach me", "end", "5 rounds"))


def test_the_opening_repeats_the_scene_back(hard_scene: Scene) -> None:
    first = opening(hard_scene)[0]
    assert "Where: in the kitchen after dinner." in first
    assert "What you'd like: ask her to help on weekdays." in first


def test_in_a_hard_conversation_the_partner_opens_in_character(hard_scene: Scene) -> None:
    assert opening(hard_scene)[-1].startswith("Your sister: ")


def test_when_starting_a_conversation_the_participant_is_invited_to_begin(
    starting_scene: Scene,
) -> None:
    last = opening(starting_scene)[-1]
    assert last.startswith("You start") and "someone at the book club" in last


def test_after_a_restart_the_set_up_is_one_line(hard_scene: Scene) -> None:
    assert len(opening(hard_scene, attempt=1)) == 2


def test_coaching_credits_a_strength_and_offers_a_phrasing_in_their_words() -> None:
    lines = coaching("I feel hurt when you cancel plans. Could you text me if you're late?")
    assert lines[0].startswith("You said how you felt (hurt)")
    assert any("text me if you're late" in line for line in lines)


def test_coaching_on_blame_offers_an_i_statement_without_the_blame() -> None:
    lines = coaching("you never help me")
    offer = next(line for line in lines if line.startswith("You could try"))
    assert "I feel" in offer and "never" not in offer


def test_coaching_before_any_turn_gives_a_general_tip() -> None:
    assert "how it felt" in coaching(None)[0]


def test_coaching_a_friendly_opener_suggests_a_next_step_not_an_i_statement() -> None:
    lines = coaching("Hi, is this seat taken?", "starting_conversation")
    assert lines[0].startswith("You asked them something")
    assert not any("I feel" in line for line in lines)


def test_coaching_a_bare_hello_suggests_a_question() -> None:
    lines = coaching("hi", "starting_conversation")
    assert any("question" in line for line in lines)


def test_reflection_credits_the_change_when_the_partner_opened_up(hard_play: RolePlay) -> None:
    state = take_turn(hard_play, "you never help me").state
    state = take_turn(state, "I feel overwhelmed when the dishes pile up; could you do them on "
                             "weekdays?").state
    assert "That change was yours" in reflection(state)[0]


def test_reflection_after_only_blame_explains_without_blaming(hard_play: RolePlay) -> None:
    state = take_turn(hard_play, "you always do this").state
    observation = reflection(state)[0]
    assert "stayed on the defensive" in observation and "fault" not in observation


def test_reflection_ends_with_the_questions_for_the_kind(starting_play: RolePlay) -> None:
    assert reflection(starting_play)[1:] == reflection_prompts("starting_conversation")
    assert reflection_prompts() != reflection_prompts("starting_conversation")
