"""Starting, offering, pausing and finishing exercises; what is stored and said."""

import json

from sqlalchemy import select

from actions.programme import (
    SPECS,
    ActionFinishExercise,
    ActionOfferExercise,
    ActionPauseExercise,
    ActionStartExercise,
)
from bot.store.clinic import clinic_db
from bot.store.database import session_scope
from bot.store.inventory import add_person
from bot.store.models import Exercise, Homework, Participant
from bot.store.participants import find_participant
from tests.unit.actions.conftest import make_tracker, responses
from tests.unit.actions.programme_helpers import enrol_participant, finished_tracker, slot_value

GRIEF_ANSWERS = {
    "grief_who": "my mum, in April", "grief_good": "she was kind", "grief_hard": "",
    "grief_circumstances": "she was ill", "grief_miss": "her laugh",
    "grief_letter": "thank you for everything", "grief_dates": "her birthday",
    "grief_reconnect": "my aunt", "grief_homework": "call my aunt on Sunday",
}


async def test_a_finished_grief_reflection_is_stored_encrypted_with_its_homework(
    clinic_env, dispatcher, domain
):
    enrol_participant(clinic_env)
    tracker = finished_tracker("grief_form", GRIEF_ANSWERS)
    events = await ActionFinishExercise().run(dispatcher, tracker, domain)
    with session_scope(clinic_env) as session:
        exercise = session.execute(select(Exercise)).scalar_one()
        assert exercise.kind == "grief_reflection"
        assert "laugh" not in exercise.answers_enc
        answers = json.loads(clinic_db().cipher.decrypt(exercise.answers_enc))
        assert answers["grief_miss"] == "her laugh"
        assert "grief_hard" not in answers  # skipped
        homework = session.execute(select(Homework)).scalar_one()
        assert homework.exercise_id == exercise.id and "aunt" not in homework.text_enc
    assert responses(dispatcher) == ["utter_exercise_saved", "utter_homework_planned"]
    assert slot_value(events, "grief_miss") is None


async def test_an_exercise_is_linked_to_the_inventory_person_it_is_about(
    clinic_env, dispatcher, domain
):
    enrol_participant(clinic_env)
    db = clinic_db()
    with session_scope(clinic_env) as session:
        participant = find_participant(session, "conv-1")
        add_person(session, participant, db.cipher, name="Anna", relationship="sister",
                   closeness="inner", supportive=None, hard=None)
    slots = {"dispute_who": "my sister", "dispute_homework": "ask her on Saturday"}
    await ActionFinishExercise().run(dispatcher, finished_tracker("dispute_form", slots), domain)
    with session_scope(clinic_env) as session:
        assert session.execute(select(Exercise)).scalar_one().inventory_person_id is not None


async def test_an_exercise_without_a_step_says_that_is_fine(clinic_env, dispatcher, domain):
    enrol_participant(clinic_env)
    slots = {"tr_change": "I retired", "tr_homework": ""}
    await ActionFinishExercise().run(dispatcher, finished_tracker("transition_form", slots),
                                     domain)
    assert responses(dispatcher) == ["utter_exercise_saved", "utter_no_homework_chosen"]


async def test_finishing_the_loneliness_work_offers_a_rehearsal_of_starting_a_conversation(
    clinic_env, dispatcher, domain
):
    enrol_participant(clinic_env)
    slots = {"lo_past": "school friends", "lo_homework": "message Sam"}
    events = await ActionFinishExercise().run(
        dispatcher, finished_tracker("loneliness_form", slots), domain
    )
    assert "utter_offer_starting_conversation_role_play" in responses(dispatcher)
    assert slot_value(events, "suggested_form") == "role_play_form"
    assert slot_value(events, "rp_kind") == "starting_conversation"


async def test_exercises_wait_while_a_risk_flag_is_open(dispatcher, domain):
    tracker = make_tracker(intent="start_exercise", slots={"safety_mode": True})
    events = await ActionStartExercise().run(dispatcher, tracker, domain)
    assert slot_value(events, "next_form") == "none"
    assert responses(dispatcher) == ["utter_exercises_paused_safety"]


async def test_continue_resumes_the_paused_exercise_at_the_same_step(dispatcher, domain):
    tracker = make_tracker(intent="start_exercise",
                           slots={"paused_exercise": "grief_form", "grief_who": "my mum"})
    events = await ActionStartExercise().run(dispatcher, tracker, domain)
    assert slot_value(events, "next_form") == "grief_form"
    assert slot_value(events, "paused_exercise") is None
    assert not any(e.get("name") == "grief_who" for e in events)  # the answer is kept
    assert responses(dispatcher) == ["utter_resuming"]


async def test_a_new_participant_starts_with_ipt_explained_and_the_inventory(
    clinic_env, dispatcher, domain
):
    enrol_participant(clinic_env)
    events = await ActionStartExercise().run(
        dispatcher, make_tracker(intent="start_exercise"), domain
    )
    assert slot_value(events, "next_form") == "inventory_form"
    assert responses(dispatcher) == ["utter_programme_intro"]


async def test_the_focus_area_decides_which_exercise_comes_next(clinic_env, dispatcher, domain):
    enrol_participant(clinic_env)
    db = clinic_db()
    with session_scope(clinic_env) as session:
        participant = find_participant(session, "conv-1")
        participant.focus_area = "role_transition"
        add_person(session, participant, db.cipher, name="Sam", relationship=None,
                   closeness=None, supportive=None, hard=None)
    events = await ActionStartExercise().run(
        dispatcher, make_tracker(intent="start_exercise"), domain
    )
    assert slot_value(events, "next_form") == "transition_form"


async def test_a_named_person_is_carried_into_the_rehearsal(dispatcher, domain):
    tracker = make_tracker(intent="start_role_play", slots={"person_mentioned": "my boss"})
    events = await ActionStartExercise().run(dispatcher, tracker, domain)
    assert slot_value(events, "next_form") == "role_play_form"
    assert slot_value(events, "rp_partner") == "my boss"
    assert slot_value(events, "person_label") == "your boss"


async def test_starting_the_closing_review_moves_the_participant_to_the_closing_phase(
    clinic_env, dispatcher, domain
):
    enrol_participant(clinic_env)
    await ActionStartExercise().run(dispatcher, make_tracker(intent="start_closing"), domain)
    with session_scope(clinic_env) as session:
        assert session.execute(select(Participant)).scalar_one().phase == "closing"
    assert responses(dispatcher) == ["utter_closing_progress_empty"]


async def test_a_shared_problem_gets_the_matching_exercise_offered(dispatcher, domain):
    events = await ActionOfferExercise().run(dispatcher, make_tracker(intent="share_grief"),
                                             domain)
    assert responses(dispatcher) == ["utter_offer_exercise_grief"]
    assert slot_value(events, "suggested_form") == "grief_form"


async def test_no_exercise_is_offered_in_safety_mode(dispatcher, domain):
    tracker = make_tracker(intent="share_loneliness", slots={"safety_mode": True})
    assert await ActionOfferExercise().run(dispatcher, tracker, domain) == []
    assert dispatcher.messages == []


async def test_stop_pauses_the_exercise_and_keeps_its_answers(dispatcher, domain):
    tracker = make_tracker(intent="stop", active_loop="grief_form",
                           slots={"grief_who": "my mum"})
    events = await ActionPauseExercise().run(dispatcher, tracker, domain)
    assert slot_value(events, "paused_exercise") == "grief_form"
    assert not any(e.get("name") == "grief_who" for e in events)
    assert responses(dispatcher) == ["utter_exercise_paused"]


async def test_a_checkin_in_the_middle_says_the_exercise_is_kept(dispatcher, domain):
    tracker = make_tracker(intent="start_checkin", active_loop="dispute_form")
    await ActionPauseExercise().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_exercise_paused_for_checkin"]


def test_every_exercise_has_every_domain_slot_it_asks_for(domain):
    for form, spec in SPECS.items():
        assert domain["forms"][form]["required_slots"] == list(spec.steps)

