import pytest

from bot.safety.levels import RiskLevel
from bot.safety.screening import parse_answer, screening_level, screening_reasons


@pytest.mark.parametrize(
    ("text", "intent", "answer"),
    [
        ("/affirm", None, "yes"), ("yes", None, "yes"), ("yeah sometimes", None, "yes"),
        ("maybe", None, "yes"), ("/deny", None, "no"), ("no", None, "no"),
        ("never", None, "no"), ("/skip", None, "skipped"), ("I'd rather not say", None, "skipped"),
        ("hmm", "affirm", "yes"), ("banana", None, None),
    ],
)
def test_yes_no_answers_are_read_with_hesitation_counted_as_yes(text, intent, answer):
    assert parse_answer(text, intent, RiskLevel.NONE) == answer


def test_an_answer_that_itself_screens_high_is_a_yes():
    assert parse_answer("every single day I want to be dead", None, RiskLevel.HIGH) == "yes"


def test_intent_or_plan_makes_the_screening_imminent():
    assert screening_level({"cssrs_wish_dead": "yes", "cssrs_plan": "yes"}) == RiskLevel.IMMINENT


def test_thoughts_without_intent_are_high():
    answers = {"cssrs_suicidal_thoughts": "yes", "cssrs_intent": "no", "cssrs_plan": "no"}
    assert screening_level(answers) == RiskLevel.HIGH


def test_all_no_is_none_and_gives_no_reasons():
    answers = {"cssrs_wish_dead": "no", "cssrs_suicidal_thoughts": "no", "cssrs_behaviour": "no"}
    assert screening_level(answers) == RiskLevel.NONE
    assert screening_reasons(answers) == []


def test_skipped_answers_do_not_lower_anything():
    assert screening_level({"cssrs_wish_dead": "skipped"}) == RiskLevel.NONE
