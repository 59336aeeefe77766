"""A new session (the next day) picks up where the participant was."""

from actions.session import ActionSessionStart
from tests.unit.actions.conftest import make_tracker
from tests.unit.actions.programme_helpers import enrol_participant, slot_value


async def test_an_exercise_left_open_when_the_session_expired_is_offered_again(
    clinic_env, dispatcher, domain
):
    enrol_participant(clinic_env)
    tracker = make_tracker(active_loop="grief_form",
                           slots={"grief_who": "my mum", "exercise_offered": True})
    events = await ActionSessionStart().run(dispatcher, tracker, domain)
    assert slot_value(events, "paused_exercise") == "grief_form"
    assert slot_value(events, "grief_who") == "my mum"  # the answers carry over
    assert slot_value(events, "exercise_offered") is False  # yesterday's offer does not


async def test_a_checkin_left_open_is_not_resumed_as_an_exercise(clinic_env, dispatcher, domain):
    enrol_participant(clinic_env)
    tracker = make_tracker(active_loop="checkin_form")
    events = await ActionSessionStart().run(dispatcher, tracker, domain)
    assert not [e for e in events if e.get("name") == "paused_exercise"]
