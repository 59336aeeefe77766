"""Choosing, snoozing and stopping the daily check-in reminder."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.participant_context import participant_session
from bot.reminders.schedule import parse_local_time, parse_timezone
from bot.reminders.store import set_reminder, snooze, stop

MAX_REASKS = 2
# Countries with a single time zone need no question.
SINGLE_ZONE = {"GB": "Europe/London", "IE": "Europe/Dublin", "NZ": "Pacific/Auckland"}


def known_timezone(tracker: Tracker) -> str | None:
    with participant_session(tracker) as (_, participant, _):
        if participant and participant.timezone:
            return participant.timezone
    return SINGLE_ZONE.get(tracker.get_slot("country") or "")


class ValidateReminderForm(FormValidationAction):
    def name(self) -> str:
        return "validate_reminder_form"

    def _reask(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, slot: str, response: str
    ) -> dict[str, Any]:
        failed = float(tracker.get_slot("reminder_failed_attempts") or 0) + 1
        if failed > MAX_REASKS:
            dispatcher.utter_message(response="utter_reminder_not_set")
            return {"reminder_time": "-", "reminder_timezone": "-",
                    "reminder_failed_attempts": 0.0}
        dispatcher.utter_message(response=response)
        return {slot: None, "reminder_failed_attempts": failed}

    def validate_reminder_time(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict
    ) -> dict[str, Any]:
        local = parse_local_time(str(value or ""))
        if local is None:
            return self._reask(
                dispatcher, tracker, "reminder_time", "utter_reminder_time_not_understood"
            )
        result: dict[str, Any] = {
            "reminder_time": local.strftime("%H:%M"), "reminder_failed_attempts": 0.0
        }
        zone = known_timezone(tracker)
        if zone:
            result["reminder_timezone"] = zone
        return result

    def validate_reminder_timezone(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict
    ) -> dict[str, Any]:
        zone = parse_timezone(str(value or ""))
        if zone is None:
            return self._reask(
                dispatcher, tracker, "reminder_timezone", "utter_reminder_timezone_not_understood"
            )
        return {"reminder_timezone": zone, "reminder_failed_attempts": 0.0}


class ActionSaveReminder(Action):
    def name(self) -> str:
        return "action_save_reminder"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        local = parse_local_time(tracker.get_slot("reminder_time"))
        zone = parse_timezone(tracker.get_slot("reminder_timezone"))
        reset = [SlotSet("reminder_time", None), SlotSet("reminder_timezone", None)]
        if local is None or zone is None:
            return reset
        with participant_session(tracker) as (session, participant, _):
            if participant is None:
                dispatcher.utter_message(response="utter_anything_else")
                return reset
            set_reminder(session, participant, local, zone)
        dispatcher.utter_message(
            response="utter_reminder_set", local_time=local.strftime("%H:%M"), timezone=zone
        )
        return reset


class ActionSnoozeReminder(Action):
    def name(self) -> str:
        return "action_snooze_reminder"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        with participant_session(tracker) as (session, participant, _):
            done = participant is not None and snooze(session, participant)
        dispatcher.utter_message(response="utter_reminder_snoozed" if done else "utter_no_reminder")
        return []


class ActionStopReminders(Action):
    def name(self) -> str:
        return "action_stop_reminders"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        with participant_session(tracker) as (session, participant, _):
            done = participant is not None and stop(session, participant)
        response = "utter_reminders_stopped" if done else "utter_no_reminder"
        dispatcher.utter_message(response=response)
        return []
