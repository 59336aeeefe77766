"""Feedback is short, kind, concrete, comes from the reviewed YAML, and credits strengths first."""

from __future__ import annotations

import re

import pytest

from bot.analysis.communication import analyse
from bot.analysis.feedback import MAX_LINES, feedback_for, load_feedback

MESSAGES = [
    "You never help with the kids, you don't care about me",
    "I feel hurt when you cancel plans. Could you text me if you're running late?",
    "Do the dishes now.",
    "you're so selfish",
    "Oh great, thanks a lot for nothing",
    "whatever",
    "you know what you did",
    "Your always late and I'm sick of it",
    "could you be nicer",
    "Stop being so selfish and help me for once",
    "you just want to be right all the time",
    "Honestly I'm exhausted. Would you be willing to take bedtime two nights a week?",
    "Nobody in this house ever helps me",
    "I'd like you to call me if you're running late",
    "i'm worried about you, you seem really stressed lately",
    "🙄",
    "",
    "Tu ne m'écoutes jamais",
]

#: Words that would tell the person they are wrong or to blame, or that sound clinical.
UNKIND_OR_JARGON = (
    "wrong", "fault", "blame", "mistake", "bad", "should", "must", "failed", "stupid",
    "i-statement", "mind-reading", "mind reading", "pattern", "absolute", "cognitive",
    "distortion", "communication analysis", "inappropriate", "toxic",
)


def _all_templates() -> list[str]:
    data = load_feedback()
    return [*data["strengths"].values(), *data["suggestions"].values(), data["all_clear"]]


def _matches_a_template(line: str) -> bool:
    for template in _all_templates():
        pattern = re.escape(" ".join(template.split()))
        pattern = re.sub(r"\\\{(words|feelings|request)\\\}", ".*?", pattern)
        if re.fullmatch(pattern, line):
            return True
    return False


@pytest.mark.parametrize("text", MESSAGES)
def test_there_are_one_to_three_lines(text: str) -> None:
    lines = feedback_for(analyse(text))
    assert 1 <= len(lines) <= MAX_LINES == 3


@pytest.mark.parametrize("text", MESSAGES)
def test_every_line_is_a_reviewed_line_from_the_yaml(text: str) -> None:
    for line in feedback_for(analyse(text)):
        assert _matches_a_template(line), line


@pytest.mark.parametrize("text", MESSAGES)
def test_lines_are_short_enough_to_read_on_a_phone(text: str) -> None:
    assert all(len(line) <= 240 for line in feedback_for(analyse(text)))


def test_no_reviewed_line_says_the_person_is_wrong_or_uses_jargon() -> None:
    for template in _all_templates():
        lowered = template.lower()
        assert not [word for word in UNKIND_OR_JARGON if word in lowered], template


def test_the_yaml_has_a_line_for_every_suggestion_the_code_can_make() -> None:
    data = load_feedback()
    assert data["version"] == 1
    assert {"feeling_named", "request", "specific_request", "i_statement",
            "feeling_and_request"} <= set(data["strengths"])
    assert {"no_words", "unreadable", "vague", "attack_on_person", "always_never_blame",
            "mind_reading", "sarcasm", "demand", "absolute", "no_feeling_named",
            "no_specific_request"} <= set(data["suggestions"])


def test_a_named_feeling_is_credited_first_even_next_to_blame() -> None:
    lines = feedback_for(analyse("Your always late and I'm sick of it"))
    assert lines[0].startswith("You named how you felt (fed up)")
    assert '"you\'re always"' in lines[1]


def test_a_feeling_with_a_request_is_credited_and_nothing_is_invented_to_fix() -> None:
    lines = feedback_for(analyse(
        "Honestly I'm exhausted. Would you be willing to take bedtime two nights a week?"))
    assert lines[0].startswith("You said how you felt (exhausted) and asked for something")
    assert lines[1].startswith("This is clear and kind")
    assert len(lines) == 2


def test_a_specific_request_is_credited_with_their_own_words() -> None:
    lines = feedback_for(analyse("I'd like you to call me if you're running late"))
    assert lines[0] == (
        'You asked for something clear ("call me if you\'re running late"). That gives them '
        "something they can say yes to."
    )


def test_blame_feedback_quotes_the_words_that_triggered_it() -> None:
    lines = feedback_for(analyse("You never help with the kids, you don't care about me"))
    assert lines[0].startswith('"You never" turns one moment into a rule')
    assert lines[1].startswith('"you don\'t care" says what is going on inside them')


def test_the_most_useful_idea_comes_first_an_attack_before_a_missing_feeling() -> None:
    lines = feedback_for(analyse("you're so selfish"))
    assert lines[0].startswith('"you\'re so selfish" describes who they are')
    assert lines[1].startswith("Adding how you felt")


def test_one_line_about_never_is_enough() -> None:
    lines = feedback_for(analyse("You never help with the kids"))
    assert not any(line.startswith("Words like") for line in lines)


def test_an_order_gets_the_asking_instead_line_not_the_specific_request_line() -> None:
    lines = feedback_for(analyse("Do the dishes now."))
    assert lines[0].startswith('"Do the dishes" may sound like an order')
    assert not any(line.startswith("It may help to ask for one concrete thing") for line in lines)


def test_a_vague_request_is_credited_then_made_concrete() -> None:
    lines = feedback_for(analyse("could you be nicer"))
    assert lines[0].startswith("You asked for what you'd like")
    assert lines[-1].startswith('Asking "be nicer" is a good start')


def test_a_vague_message_gets_one_gentle_line_instead_of_a_list() -> None:
    assert feedback_for(analyse("whatever")) == [
        'From "whatever" it may be hard for them to know what\'s going on for you. Saying what '
        "happened and how it felt, even in one sentence, gives them something to respond to."
    ]


@pytest.mark.parametrize("text", ["", "   ", "😡😡", "?!?"])
def test_a_message_without_words_gets_one_line_asking_for_the_words(text: str) -> None:
    assert feedback_for(analyse(text)) == [
        "I didn't find any words to look at here. If you like, type what you said, as close to "
        "the exact words as you remember."
    ]


@pytest.mark.parametrize("text", ["Tu ne m'écoutes jamais", "Nunca me ayudas con los niños"])
def test_a_message_in_another_language_gets_the_honest_cannot_read_line(text: str) -> None:
    lines = feedback_for(analyse(text))
    assert len(lines) == 1
    assert lines[0].startswith("I can only look at messages in English for now")


def test_sarcasm_is_described_as_how_it_may_come_across_not_what_they_meant() -> None:
    lines = feedback_for(analyse("Oh great, thanks a lot for nothing"))
    assert lines[0].startswith('"thanks a lot for nothing" may come across as sarcasm, even if')
