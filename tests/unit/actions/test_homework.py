"""Homework: planned at the end of an exercise, followed up when the participant comes back."""

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from actions.conversation import ActionGreet
from actions.homework import ActionShowHomework, finish_homework_review, homework_status
from bot.store.clinic import clinic_db
from bot.store.database import session_scope
from bot.store.exercises import plan_homework
from bot.store.models import Homework
from bot.store.participants import find_participant
from tests.unit.actions.conftest import make_tracker, responses
from tests.unit.actions.programme_helpers import enrol_participant, slot_value


def _plan(url, text="talk to my sister", days_ago=1):
    db = clinic_db()
    with session_scope(url) as session:
        homework = plan_homework(session, find_participant(session, "conv-1"), db.cipher,
                                 text=text, exercise=None)
        homework.created_at = datetime.now(timezone.utc) - timedelta(days=days_ago)


@pytest.mark.parametrize(("text", "status"), [
    ("done", "done"), ("yes I did it", "done"), ("partly", "partly"), ("I tried a bit", "partly"),
    ("not yet", "not_done"), ("I didn't manage", "not_done"),
])
def test_how_it_went_is_read_from_buttons_and_words(text, status):
    assert homework_status(text, None) == status


async def test_coming_back_the_next_day_the_planned_step_is_asked_about(
    clinic_env, dispatcher, domain
):
    enrol_participant(clinic_env)
    _plan(clinic_env)
    events = await ActionGreet().run(dispatcher, make_tracker(intent="greet"), domain)
    assert responses(dispatcher) == ["utter_greet_back", "utter_offer_homework_review"]
    assert dispatcher.messages[1]["homework_text"] == "talk to my sister"
    assert slot_value(events, "suggested_form") == "homework_review_form"


async def test_a_step_planned_today_is_not_asked_about_yet(clinic_env, dispatcher, domain):
    enrol_participant(clinic_env)
    _plan(clinic_env, days_ago=0)
    await ActionGreet().run(dispatcher, make_tracker(intent="greet"), domain)
    assert "utter_offer_homework_review" not in responses(dispatcher)


async def test_in_safety_mode_homework_waits_and_a_checkin_is_offered(
    clinic_env, dispatcher, domain
):
    enrol_participant(clinic_env)
    _plan(clinic_env)
    tracker = make_tracker(intent="greet", slots={"safety_mode": True})
    await ActionGreet().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_greet_back", "utter_offer_checkin"]


def test_the_review_is_stored_with_its_encrypted_outcome(clinic_env, dispatcher):
    enrol_participant(clinic_env)
    _plan(clinic_env)
    finish_homework_review(dispatcher, make_tracker(
        slots={"hw_status": "partly", "hw_outcome": "we talked a little"}))
    with session_scope(clinic_env) as session:
        row = session.execute(select(Homework)).scalar_one()
        assert row.status == "partly" and "little" not in row.outcome_enc


async def test_what_did_i_plan_reads_the_step_back(clinic_env, dispatcher, domain):
    enrol_participant(clinic_env)
    _plan(clinic_env)
    await ActionShowHomework().run(dispatcher, make_tracker(), domain)
    assert dispatcher.messages[0]["response"] == "utter_show_homework"
    assert dispatcher.messages[0]["homework"] == "talk to my sister"


async def test_what_did_i_plan_with_nothing_planned_says_how_to_plan(
    clinic_env, dispatcher, domain
):
    enrol_participant(clinic_env)
    await ActionShowHomework().run(dispatcher, make_tracker(), domain)
    assert responses(dispatcher) == ["utter_no_homework"]
