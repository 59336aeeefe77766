"""The crisis path and the way to a person: scripted text and the participant's crisis lines."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.safety.resources import format_resources


def _country(tracker: Tracker) -> str | None:
    return tracker.get_slot("country")


class ActionShowResources(Action):
    def name(self) -> str:
        return "action_show_resources"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        dispatcher.utter_message(response="utter_resources_intro")
        dispatcher.utter_message(text=format_resources(_country(tracker)))
        return []


class ActionCrisisResponse(Action):
    """Validate, give the crisis lines at once, pause whatever exercise was running."""

    def name(self) -> str:
        return "action_crisis_response"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        dispatcher.utter_message(response="utter_crisis_validate")
        dispatcher.utter_message(text=format_resources(_country(tracker)))
        dispatcher.utter_message(response="utter_crisis_keep_talking")
        level = (tracker.latest_message.get("risk") or {}).get("risk", "concern")
        return [
            ActiveLoop(None),
            SlotSet("requested_slot", None),
            SlotSet("risk_level", level if level != "none" else "concern"),
        ]


class ActionRequestHuman(Action):
    def name(self) -> str:
        return "action_request_human"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        dispatcher.utter_message(response="utter_human_requested")
        dispatcher.utter_message(text=format_resources(_country(tracker)))
        return [ActiveLoop(None), SlotSet("requested_slot", None)]
