"""The interpersonal inventory, person by person, and the choice of a focus area."""

import pytest
from sqlalchemy import select

from actions.inventory import (
    ActionShowInventory,
    ValidateFocusForm,
    ValidateInventoryForm,
    closeness_of,
    finish_focus,
    finish_inventory,
    focus_of,
)
from bot.store.clinic import clinic_db
from bot.store.database import session_scope
from bot.store.inventory import list_people
from bot.store.models import InventoryPerson, Participant
from bot.store.participants import find_participant
from tests.unit.actions.conftest import make_tracker, responses
from tests.unit.actions.programme_helpers import enrol_participant, slot_value

PERSON = {"inv_person": "my sister Anna", "inv_closeness": "inner",
          "inv_supportive": "she listens", "inv_hard": "she lives far away",
          "person_label": "your sister Anna"}


@pytest.mark.parametrize(("text", "circle"), [
    ("inner", "inner"), ("very close", "inner"), ("somewhat close", "middle"),
    ("not very close", "outer"), ("distant", "outer"), ("quite close", "middle"),
])
def test_closeness_is_read_from_buttons_and_words(text, circle):
    assert closeness_of(text) == circle


@pytest.mark.parametrize(("text", "area"), [
    ("grief", "grief"), ("a disagreement with my husband", "role_dispute"),
    ("the move to a new city", "role_transition"), ("feeling alone", "interpersonal_deficits"),
    ("I'd rather decide with my therapist", "therapist"),
])
def test_the_focus_area_is_read_from_buttons_and_words(text, area):
    assert focus_of(text) == area


def test_the_person_is_stored_as_soon_as_their_last_question_is_answered(
    clinic_env, dispatcher, domain
):
    enrol_participant(clinic_env)
    tracker = make_tracker(text="talk more", slots=PERSON)
    result = ValidateInventoryForm().validate_inv_change("talk more", dispatcher, tracker, domain)
    assert result["inv_change"] == "talk more"
    with session_scope(clinic_env) as session:
        row = session.execute(select(InventoryPerson)).scalar_one()
        assert "Anna" not in row.name_enc and row.closeness == "inner"
        people = list_people(session, find_participant(session, "conv-1"), clinic_db().cipher)
        assert (people[0].name, people[0].relationship) == ("Anna", "sister")
    assert responses(dispatcher) == ["utter_inventory_person_added"]


def test_a_skipped_last_question_still_stores_the_person(clinic_env, dispatcher, domain):
    enrol_participant(clinic_env)
    tracker = make_tracker(text="/skip", intent="skip", slots=PERSON)
    ValidateInventoryForm().validate_inv_change("/skip", dispatcher, tracker, domain)
    with session_scope(clinic_env) as session:
        assert len(session.execute(select(InventoryPerson)).all()) == 1


def test_yes_to_another_person_starts_the_questions_again(dispatcher, domain):
    tracker = make_tracker(text="yes", intent="affirm", slots=PERSON)
    result = ValidateInventoryForm().validate_inv_more("yes", dispatcher, tracker, domain)
    assert result["inv_person"] is None and result["inv_more"] is None


def test_thats_everyone_ends_the_inventory(dispatcher, domain):
    tracker = make_tracker(text="that's everyone")
    result = ValidateInventoryForm().validate_inv_person("that's everyone", dispatcher, tracker,
                                                         domain)
    assert result["exercise_finished_early"] is True


def test_an_unclear_closeness_is_asked_again_with_the_choices(dispatcher, domain):
    tracker = make_tracker(text="banana")
    result = ValidateInventoryForm().validate_inv_closeness("banana", dispatcher, tracker, domain)
    assert result["inv_closeness"] is None
    assert responses(dispatcher) == ["utter_closeness_not_understood"]


def test_finishing_the_inventory_offers_to_choose_a_focus(clinic_env, dispatcher, domain):
    enrol_participant(clinic_env)
    ValidateInventoryForm().validate_inv_change("call more", dispatcher, make_tracker(slots=PERSON),
                                                domain)
    dispatcher.messages.clear()
    events = finish_inventory(dispatcher, make_tracker())
    assert responses(dispatcher) == ["utter_inventory_done", "utter_offer_focus"]
    assert slot_value(events, "suggested_form") == "focus_form"


def test_choosing_a_focus_moves_the_participant_to_the_middle_phase(clinic_env, dispatcher):
    enrol_participant(clinic_env)
    finish_focus(dispatcher, make_tracker(slots={"focus_choice": "grief"}))
    with session_scope(clinic_env) as session:
        participant = session.execute(select(Participant)).scalar_one()
        assert (participant.focus_area, participant.phase) == ("grief", "middle")
    assert responses(dispatcher) == ["utter_focus_set"]


def test_leaving_the_focus_to_the_therapist_keeps_the_initial_phase(clinic_env, dispatcher):
    enrol_participant(clinic_env)
    finish_focus(dispatcher, make_tracker(slots={"focus_choice": "therapist"}))
    with session_scope(clinic_env) as session:
        participant = session.execute(select(Participant)).scalar_one()
        assert (participant.focus_area, participant.phase) == (None, "initial")


def test_an_unclear_focus_is_asked_again(dispatcher, domain):
    result = ValidateFocusForm().validate_focus_choice("banana", dispatcher,
                                                       make_tracker(text="banana"), domain)
    assert result["focus_choice"] is None


async def test_show_my_inventory_reads_the_people_back_inner_circle_first(
    clinic_env, dispatcher, domain
):
    enrol_participant(clinic_env)
    ValidateInventoryForm().validate_inv_change("call more", dispatcher, make_tracker(slots=PERSON),
                                                domain)
    dispatcher.messages.clear()
    await ActionShowInventory().run(dispatcher, make_tracker(), domain)
    message = dispatcher.messages[0]
    assert message["response"] == "utter_inventory_list"
    assert "Anna (sister), very close. Good: she listens" in message["people"]


async def test_an_empty_inventory_says_how_to_start_one(clinic_env, dispatcher, domain):
    enrol_participant(clinic_env)
    await ActionShowInventory().run(dispatcher, make_tracker(), domain)
    assert responses(dispatcher) == ["utter_inventory_is_empty"]
