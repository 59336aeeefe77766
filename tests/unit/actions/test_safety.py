import json

from sqlalchemy import select

from actions.safety import (
    ActionCrisisResponse,
    ActionRequestHuman,
    ActionScreeningComplete,
    ValidateSafetyScreeningForm,
)
from bot.store.clinic import clinic_db
from bot.store.database import session_scope
from bot.store.models import Flag, Notification
from tests.unit.actions.conftest import make_tracker, responses

HIGH = {"risk": "high", "reasons": ["active suicidal ideation"]}


def _slot(events, name):
    return [e["value"] for e in events if e.get("event") == "slot" and e.get("name") == name][-1]


async def test_a_crisis_writes_the_flag_and_its_notifications_then_answers(
    clinic_env, monkeypatch, dispatcher, domain
):
    monkeypatch.setenv("CLINICIAN_TELEGRAM_CHAT_ID", "-1001")
    tracker = make_tracker(text="I want to die", intent="crisis", risk=HIGH,
                           slots={"country": "US"})
    events = await ActionCrisisResponse().run(dispatcher, tracker, domain)
    with session_scope(clinic_env) as session:
        flag = session.execute(select(Flag)).scalar_one()
        assert flag.severity == "high"
        assert json.loads(flag.reasons) == ["active suicidal ideation"]
        assert "die" not in flag.excerpt_enc
        assert [n.target for n in session.execute(select(Notification)).scalars()] == ["telegram"]
    said = responses(dispatcher)
    assert said[0] == "utter_crisis_validate"
    assert "988" in said[1]
    assert "utter_screening_intro" in said
    assert _slot(events, "safety_mode") is True
    assert {"event": "active_loop", "name": None, "timestamp": None} in events


async def test_a_crisis_before_consent_still_raises_a_flag(clinic_env, dispatcher, domain):
    tracker = make_tracker(sender_id="stranger", text="kms", intent="crisis", risk=HIGH)
    await ActionCrisisResponse().run(dispatcher, tracker, domain)
    with session_scope(clinic_env) as session:
        flag = session.execute(select(Flag)).scalar_one()
        assert flag.participant_id is None and flag.conversation_id == "stranger"


async def test_when_the_database_is_down_the_crisis_lines_are_still_sent(
    clinic_env, monkeypatch, dispatcher, domain
):
    monkeypatch.setenv("DATABASE_URL", "sqlite:////nonexistent-dir/nope.db")
    clinic_db.cache_clear()
    tracker = make_tracker(text="I want to die", intent="crisis", risk=HIGH,
                           slots={"country": "GB"})
    await ActionCrisisResponse().run(dispatcher, tracker, domain)
    said = responses(dispatcher)
    assert any("116 123" in line for line in said)
    assert "utter_clinic_unreachable" in said


async def test_a_second_crisis_message_is_answered_without_a_second_screening(
    clinic_env, dispatcher, domain
):
    tracker = make_tracker(text="still want to die", intent="crisis", risk=HIGH,
                           slots={"screening_done": True})
    await ActionCrisisResponse().run(dispatcher, tracker, domain)
    said = responses(dispatcher)
    assert "utter_crisis_still_here" in said and "utter_screening_intro" not in said


async def test_screening_answers_raise_the_flag_to_imminent(clinic_env, dispatcher, domain):
    await ActionCrisisResponse().run(
        dispatcher, make_tracker(text="kms", intent="crisis", risk=HIGH), domain
    )
    answers = {"cssrs_wish_dead": "yes", "cssrs_suicidal_thoughts": "yes", "cssrs_plan": "yes",
               "risk_level": "high"}
    dispatcher.messages.clear()
    events = await ActionScreeningComplete().run(dispatcher, make_tracker(slots=answers), domain)
    with session_scope(clinic_env) as session:
        flag = session.execute(select(Flag)).scalar_one()
        assert flag.severity == "imminent"
        assert "screening: has worked out details of a plan" in json.loads(flag.reasons)
    assert responses(dispatcher)[0] == "utter_screening_urgent"
    assert _slot(events, "screening_done") is True


def test_an_unclear_screening_answer_is_asked_once_more_then_skipped(dispatcher, domain):
    form = ValidateSafetyScreeningForm()
    first = form.validate_cssrs_wish_dead("banana", dispatcher, make_tracker(text="banana"),
                                          domain)
    assert first["cssrs_wish_dead"] is None
    second = form.validate_cssrs_wish_dead(
        "banana", dispatcher, make_tracker(text="banana", slots={"screening_unclear": 1.0}), domain
    )
    assert second["cssrs_wish_dead"] == "skipped"


async def test_asking_for_a_person_notifies_the_clinic_without_risk(
    clinic_env, monkeypatch, dispatcher, domain
):
    monkeypatch.setenv("ESCALATION_WEBHOOK_URL", "http://127.0.0.1:9/hook")
    await ActionRequestHuman().run(dispatcher, make_tracker(text="a person please"), domain)
    with session_scope(clinic_env) as session:
        flag = session.execute(select(Flag)).scalar_one()
        assert flag.source == "request_human" and flag.severity == "concern"
    assert responses(dispatcher)[0] == "utter_human_requested"
