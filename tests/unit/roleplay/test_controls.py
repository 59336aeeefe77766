"""Controls steer the rehearsal only when they are the whole message; in-character sentences
that happen to contain a control word are turns."""

from __future__ import annotations

import pytest

from bot.roleplay import Control, is_closing, parse_control

CONTROLS = [
    ("pause", Control.PAUSE), ("Hold on", Control.PAUSE), ("wait", Control.PAUSE),
    ("time out", Control.PAUSE), ("Time-out!", Control.PAUSE), ("can we pause please?",
                                                                 Control.PAUSE),
    ("restart", Control.RESTART), ("start again", Control.RESTART),
    ("Start over.", Control.RESTART), ("let me try again", Control.RESTART),
    ("from the top", Control.RESTART), ("/restart", Control.RESTART),
    ("coach me", Control.COACH), ("coaching", Control.COACH), ("help me say it", Control.COACH),
    ("What should I say?", Control.COACH), ("give me feedback", Control.COACH),
    ("switch to coaching", Control.COACH), ("okay, coach me please", Control.COACH),
    ("end", Control.END), ("finish", Control.END), ("I'm done", Control.END),
    ("I\u2019m done.", Control.END), ("that's enough", Control.END),
    ("End the role play", Control.END), ("let's stop here", Control.END),
    ("carry on", Control.RESUME), ("continue", Control.RESUME), ("resume 🙂", Control.RESUME),
]
IN_CHARACTER = [
    "I can't wait to see you",
    "stop shouting at me",
    "Wait, that's not what I said",
    "Hold on, you never told me that",
    "I'm done with being ignored",
    "Can you stop interrupting me?",
    "Please finish what you were saying",
    "The end of the month is really hard for me",
    "I'd like us to start again with a clean slate",
    "I need some help with the kids",
    "help",
    "help me",
]
CLOSINGS = [
    "okay, thanks for listening, bye",
    "Bye!",
    "ok bye",
    "Thank you for listening.",
    "Right, I've got to go. See you later",
    "Nice talking to you, see you next week!",
    "Good night x",
]
NOT_CLOSINGS = [
    "I'll see you at dinner and we can talk properly",
    "thanks",
    "I don't want to say goodbye to our friendship over this, could we talk on Sunday?",
    "you never say bye when you leave the house, it makes me feel invisible",
]


@pytest.mark.parametrize(("text", "control"), CONTROLS)
def test_a_whole_message_control_is_recognised(text: str, control: Control) -> None:
    assert parse_control(text) is control


@pytest.mark.parametrize("text", IN_CHARACTER)
def test_an_in_character_sentence_is_a_turn_not_a_control(text: str) -> None:
    assert parse_control(text) is None


def test_a_bare_call_for_help_is_left_for_the_safety_layer() -> None:
    assert parse_control("help") is None and parse_control("HELP ME") is None


def test_a_long_message_is_never_a_control_whatever_it_contains() -> None:
    assert parse_control("pause " * 30) is None


@pytest.mark.parametrize("text", CLOSINGS)
def test_a_short_goodbye_is_a_closing(text: str) -> None:
    assert is_closing(text)


@pytest.mark.parametrize("text", NOT_CLOSINGS)
def test_a_farewell_word_inside_a_turn_is_not_a_closing(text: str) -> None:
    assert not is_closing(text)


def test_controls_are_plain_strings_for_a_rasa_slot() -> None:
    assert {c.value for c in Control} == {"pause", "resume", "restart", "coach", "end"}
    assert str(Control.COACH) == "coach"
