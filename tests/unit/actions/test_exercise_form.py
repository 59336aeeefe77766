"""Every exercise step forgives the same things: skip, go back, why, help, bad input."""

import pytest

from actions.grief import GRIEF, ValidateGriefForm
from tests.unit.actions.conftest import make_tracker, responses


def _validate(slot, text, dispatcher, domain, intent=None, slots=None):
    tracker = make_tracker(text=text, intent=intent, slots=slots or {})
    method = getattr(ValidateGriefForm(), f"validate_{slot}")
    return method(text, dispatcher, tracker, domain)


def test_an_answer_is_kept_in_the_participants_words(dispatcher, domain):
    result = _validate("grief_miss", "her laugh in the kitchen", dispatcher, domain)
    assert result["grief_miss"] == "her laugh in the kitchen"


def test_skip_moves_on_without_an_answer(dispatcher, domain):
    result = _validate("grief_hard", "/skip", dispatcher, domain, intent="skip")
    assert result["grief_hard"] == ""
    assert responses(dispatcher) == ["utter_step_skipped"]


def test_go_back_clears_the_previous_answer_so_it_is_asked_again(dispatcher, domain):
    result = _validate("grief_hard", "go back", dispatcher, domain, intent="go_back")
    assert result["grief_good"] is None and result["grief_hard"] is None
    assert responses(dispatcher) == ["utter_going_back"]


def test_go_back_at_the_first_question_says_there_is_nothing_before_it(dispatcher, domain):
    result = _validate("grief_who", "go back", dispatcher, domain, intent="go_back")
    assert result["grief_who"] is None
    assert responses(dispatcher) == ["utter_cannot_go_back"]


def test_why_is_answered_for_the_step_and_the_question_stays_open(dispatcher, domain):
    result = _validate("grief_hard", "why are you asking", dispatcher, domain, intent="ask_why")
    assert result == {"grief_hard": None}
    assert responses(dispatcher) == ["utter_why_grief_hard"]


@pytest.mark.parametrize(("text", "intent", "response"), [
    ("what is IPT?", "ask_what_is_ipt", "utter_what_is_ipt"),
    ("help", "help", "utter_help_in_exercise"),
    ("I don't understand", "help", "utter_help_in_exercise"),
    ("are you a bot?", "bot_challenge", "utter_iamabot"),
])
def test_short_questions_about_the_bot_are_answered_then_the_step_is_asked_again(
    text, intent, response, dispatcher, domain
):
    result = _validate("grief_miss", text, dispatcher, domain, intent=intent)
    assert result == {"grief_miss": None}
    assert responses(dispatcher) == [response]


def test_crisis_lines_on_request_are_shown_inside_the_exercise(dispatcher, domain):
    result = _validate("grief_miss", "help now", dispatcher, domain, intent="ask_resources",
                       slots={"country": "GB"})
    assert result == {"grief_miss": None}
    assert "116 123" in responses(dispatcher)[1]


def test_a_long_answer_that_reads_like_help_is_still_an_answer(dispatcher, domain):
    text = "I needed help so many times in those last months and she was never able to give it"
    result = _validate("grief_hard", text, dispatcher, domain, intent="help")
    assert result["grief_hard"] == text


@pytest.mark.parametrize("text", ["", "   ", "🙂🙂", "..."])
def test_an_empty_or_emoji_only_answer_is_asked_again_clearly(text, dispatcher, domain):
    result = _validate("grief_miss", text, dispatcher, domain)
    assert result["grief_miss"] is None
    assert responses(dispatcher) == ["utter_exercise_answer_unclear"]


def test_a_huge_answer_is_asked_again_in_a_few_sentences(dispatcher, domain):
    result = _validate("grief_miss", "word " * 3000, dispatcher, domain)
    assert result["grief_miss"] is None
    assert responses(dispatcher) == ["utter_exercise_answer_too_long"]


def test_after_two_unclear_answers_the_step_is_left_and_the_exercise_goes_on(dispatcher, domain):
    result = _validate("grief_miss", "🙂", dispatcher, domain,
                       slots={"exercise_failed_attempts": 2.0})
    assert result["grief_miss"] == ""
    assert responses(dispatcher) == ["utter_step_moving_on"]


def test_every_step_has_a_question_and_an_explanation_in_the_domain(domain):
    for step in GRIEF.steps:
        assert f"utter_ask_{step}" in domain["responses"]
        assert f"utter_why_{step}" in domain["responses"]


def test_a_step_reset_when_the_exercise_starts_is_not_judged_as_an_answer(dispatcher, domain):
    result = _validate("grief_miss", None, dispatcher, domain)
    assert result == {"grief_miss": None}
    assert dispatcher.messages == []


@pytest.mark.parametrize("text", ["stop", "/stop", "pause", "can we stop now", "not now",
                                  "I'd like to stop for today", "that's enough"])
def test_stop_ends_the_form_as_a_pause(text, dispatcher, domain):
    result = _validate("grief_miss", text, dispatcher, domain, intent="stop")
    assert result["exercise_paused"] is True and result["exercise_finished_early"] is True
    assert result["grief_miss"] is None


@pytest.mark.parametrize(("text", "intent"), [
    ("we've stopped talking about it", "stop"),
    ("help from him every day", "help"),
    ("she stopped calling me", "stop"),
    ("when dad needed help", "help"),
    ("going back to my old school", "go_back"),
])
def test_an_answer_that_the_classifier_reads_as_a_request_is_kept_as_an_answer(
    text, intent, dispatcher, domain
):
    result = _validate("grief_miss", text, dispatcher, domain, intent=intent)
    assert result["grief_miss"] == text
