"""Conversation basics: greeting an enrolled participant, stopping, and not understanding."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher

from actions.next_step import offer_next_step
from actions.participant_context import load_participant_context, name_greeting

# How the two-stage fallback names a guessed intent back to the participant.
INTENT_LABELS: dict[str, str] = {
    "greet": "say hello",
    "goodbye": "say goodbye",
    "thank": "say thanks",
    "bot_challenge": "ask whether I'm a person",
    "help": "see what I can do",
    "out_of_scope": "ask about something outside therapy work",
    "stop": "stop what we're doing",
    "start_checkin": "do a mood check-in",
    "ask_mood_history": "see how your mood has been",
    "request_human": "talk to a person",
    "ask_resources": "see crisis lines",
    "share_grief": "talk about losing someone",
    "share_conflict": "talk about a disagreement with someone",
    "share_transition": "talk about a change in your life",
    "share_loneliness": "talk about feeling alone",
    "ask_what_is_ipt": "hear what IPT is",
    "ask_why": "know why I'm asking",
    "skip": "skip this",
    "go_back": "go back a step",
    "start_closing": "review your progress and plan ahead",
    "start_questionnaire": "fill in the mood questionnaire",
    "start_exercise": "do an exercise",
    "start_role_play": "practise a conversation",
    "start_inventory": "add people to your inventory",
    "show_inventory": "see your inventory of people",
    "ask_homework": "see the step you planned",
}


class ActionGreet(Action):
    def name(self) -> str:
        return "action_greet"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        context = load_participant_context(tracker)
        dispatcher.utter_message(
            response="utter_greet_back", name_greeting=name_greeting(context.name)
        )
        return offer_next_step(dispatcher, tracker, include_checkin=True)


class ActionStop(Action):
    """Stop whatever is running; never end the conversation itself (the bot stays available)."""

    def name(self) -> str:
        return "action_stop"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        active = (tracker.active_loop or {}).get("name")
        offered = tracker.get_slot("checkin_offered") or tracker.get_slot("exercise_offered")
        dispatcher.utter_message(
            response="utter_stopped" if active or offered else "utter_nothing_to_stop"
        )
        return [
            ActiveLoop(None),
            SlotSet("requested_slot", None),
            SlotSet("mood_score", None),
            SlotSet("mood_person", None),
            SlotSet("checkin_failed_attempts", 0.0),
            SlotSet("checkin_offered", False),
            SlotSet("exercise_offered", False),
            SlotSet("suggested_form", None),
        ]


class ActionDefaultAskAffirmation(Action):
    """First stage of the fallback: check our best guess in plain words, never intent names."""

    def name(self) -> str:
        return "action_default_ask_affirmation"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        ranking = tracker.latest_message.get("intent_ranking", [])
        guesses = [
            item["name"] for item in ranking if item.get("name") in INTENT_LABELS
        ]
        if not guesses:
            dispatcher.utter_message(response="utter_ask_rephrase")
            return []
        guess = guesses[0]
        dispatcher.utter_message(
            text=f"Sorry, I'm not sure I understood. Did you want to {INTENT_LABELS[guess]}?",
            buttons=[
                {"title": "Yes", "payload": f"/{guess}"},
                {"title": "No, something else", "payload": "/out_of_scope"},
            ],
        )
        return []


class ActionDefaultFallback(Action):
    """Last stage: say so plainly and point to help; the conversation carries on."""

    def name(self) -> str:
        return "action_default_fallback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        dispatcher.utter_message(response="utter_default")
        return [UserUtteranceReverted()]
