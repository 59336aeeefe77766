"""The PHQ-9 in the chat: answers read, stored with the total, item 9 routed to safety."""

from sqlalchemy import select

from actions.questionnaire import ITEM9_REASON, ValidatePhq9Form, finish_phq9
from bot.store.database import session_scope
from bot.store.models import QuestionnaireResponse
from tests.unit.actions.conftest import make_tracker, responses
from tests.unit.actions.programme_helpers import enrol_participant, slot_value


def _answers(item9: str) -> dict:
    return {**{f"phq9_{i}": "1" for i in range(1, 9)}, "phq9_9": item9}


def test_an_answer_in_words_is_scored(dispatcher, domain):
    result = ValidatePhq9Form().validate_phq9_3("more than half the days", dispatcher,
                                                make_tracker(text="x"), domain)
    assert result["phq9_3"] == "2"


def test_an_item_cannot_be_skipped_because_the_total_would_mislead(dispatcher, domain):
    tracker = make_tracker(text="/skip", intent="skip")
    result = ValidatePhq9Form().validate_phq9_2("/skip", dispatcher, tracker, domain)
    assert result["phq9_2"] is None
    assert responses(dispatcher) == ["utter_phq9_not_understood"]


def test_three_unclear_answers_end_the_questionnaire_without_storing(dispatcher, domain):
    tracker = make_tracker(text="banana", slots={"exercise_failed_attempts": 2.0})
    result = ValidatePhq9Form().validate_phq9_4("banana", dispatcher, tracker, domain)
    assert result["exercise_finished_early"] is True
    assert responses(dispatcher) == ["utter_phq9_abandoned"]


def test_a_completed_phq9_is_stored_with_its_band(clinic_env, dispatcher):
    enrol_participant(clinic_env)
    events = finish_phq9(dispatcher, make_tracker(slots=_answers("0")))
    with session_scope(clinic_env) as session:
        row = session.execute(select(QuestionnaireResponse)).scalar_one()
        assert (row.total, row.severity) == (8, "mild")
    assert slot_value(events, "phq9_item9_positive") is False
    assert dispatcher.messages[0]["total"] == 8


def test_item_9_above_zero_raises_the_risk_for_the_crisis_path(clinic_env, dispatcher):
    enrol_participant(clinic_env)
    events = finish_phq9(dispatcher, make_tracker(slots=_answers("1")))
    assert slot_value(events, "phq9_item9_positive") is True
    assert slot_value(events, "risk_level") == "high"
    assert slot_value(events, "risk_reasons") == [ITEM9_REASON]
    with session_scope(clinic_env) as session:
        assert session.execute(select(QuestionnaireResponse)).scalar_one().total == 9


def test_an_abandoned_questionnaire_stores_nothing(clinic_env, dispatcher):
    enrol_participant(clinic_env)
    finish_phq9(dispatcher, make_tracker(slots={"phq9_1": "1", "exercise_finished_early": True}))
    with session_scope(clinic_env) as session:
        assert session.execute(select(QuestionnaireResponse)).all() == []
