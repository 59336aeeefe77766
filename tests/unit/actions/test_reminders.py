from sqlalchemy import select

from actions.onboarding import ActionCompleteOnboarding
from actions.reminders import (
    ActionSaveReminder,
    ActionSnoozeReminder,
    ActionStopReminders,
    ValidateReminderForm,
)
from bot.store.database import session_scope
from bot.store.models import Reminder
from tests.unit.actions.conftest import make_tracker, responses


async def _enrol(dispatcher, domain, country="GB"):
    tracker = make_tracker(slots={"consent_given": True, "country": country, "preferred_name": ""})
    await ActionCompleteOnboarding().run(dispatcher, tracker, domain)
    dispatcher.messages.clear()


async def test_a_typed_time_in_a_single_zone_country_needs_no_timezone_question(
    clinic_env, dispatcher, domain
):
    await _enrol(dispatcher, domain, "GB")
    result = ValidateReminderForm().validate_reminder_time(
        "8pm", dispatcher, make_tracker(text="8pm", slots={"country": "GB"}), domain
    )
    assert result["reminder_time"] == "20:00"
    assert result["reminder_timezone"] == "Europe/London"


async def test_in_a_multi_zone_country_the_timezone_is_asked(clinic_env, dispatcher, domain):
    await _enrol(dispatcher, domain, "US")
    result = ValidateReminderForm().validate_reminder_time(
        "8pm", dispatcher, make_tracker(text="8pm", slots={"country": "US"}), domain
    )
    assert "reminder_timezone" not in result


async def test_a_saved_reminder_is_stored_for_the_next_local_occurrence(
    clinic_env, dispatcher, domain
):
    await _enrol(dispatcher, domain)
    tracker = make_tracker(slots={"reminder_time": "20:00", "reminder_timezone": "Europe/London"})
    await ActionSaveReminder().run(dispatcher, tracker, domain)
    with session_scope(clinic_env) as session:
        reminder = session.execute(select(Reminder)).scalar_one()
        assert (reminder.local_time, reminder.timezone, reminder.active) == (
            "20:00", "Europe/London", True
        )
    assert responses(dispatcher) == ["utter_reminder_set"]


def test_bad_times_are_reasked_twice_then_the_reminder_is_left(dispatcher, domain):
    form = ValidateReminderForm()
    attempts = 0.0
    for _ in range(3):
        tracker = make_tracker(text="banana", slots={"reminder_failed_attempts": attempts})
        result = form.validate_reminder_time("banana", dispatcher, tracker, domain)
        attempts = result.get("reminder_failed_attempts", attempts)
    assert responses(dispatcher)[-1] == "utter_reminder_not_set"


async def test_snooze_and_stop_without_a_reminder_say_so(clinic_env, dispatcher, domain):
    await _enrol(dispatcher, domain)
    await ActionSnoozeReminder().run(dispatcher, make_tracker(), domain)
    await ActionStopReminders().run(dispatcher, make_tracker(), domain)
    assert responses(dispatcher) == ["utter_no_reminder", "utter_no_reminder"]
