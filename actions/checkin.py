"""Mood check-in: a 0-10 mood linked to the person or moment that most affected it.

Bad answers are asked again clearly, at most twice; then the check-in ends without storing
anything, because a guessed mood is worse than no mood in a clinical record.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.participant_context import confident_intent, participant_session
from actions.programme import title_of
from bot.checkin.mood_parser import parse_mood
from bot.checkin.trend import format_trend
from bot.store.checkins import recent_checkins, record_checkin

MAX_REASKS = 2
MAX_NOTE_LENGTH = 1000
_SKIP_WORDS = {"skip", "pass", "no one", "nobody", "noone", "nothing", "none", "no", "n/a", "-"}


def _reset_checkin() -> list[EventType]:
    return [
        SlotSet("mood_score", None),
        SlotSet("mood_person", None),
        SlotSet("checkin_failed_attempts", 0.0),
        SlotSet("checkin_abandoned", False),
        SlotSet("checkin_offered", False),
    ]


class ValidateCheckinForm(FormValidationAction):
    def name(self) -> str:
        return "validate_checkin_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[str]:
        if tracker.get_slot("checkin_abandoned"):
            return []
        return domain_slots

    def _give_up_or_reask(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, slot: str, reask: str
    ) -> dict[str, Any]:
        failed = float(tracker.get_slot("checkin_failed_attempts") or 0) + 1
        if failed > MAX_REASKS:
            dispatcher.utter_message(response="utter_checkin_abandoned")
            return {slot: None, "checkin_abandoned": True, "checkin_failed_attempts": 0.0}
        dispatcher.utter_message(response=reask)
        return {slot: None, "checkin_failed_attempts": failed}

    def validate_mood_score(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict
    ) -> dict[str, Any]:
        if confident_intent(tracker) == "skip":
            dispatcher.utter_message(response="utter_checkin_skipped")
            return {"mood_score": None, "checkin_abandoned": True}
        score = parse_mood(str(value) if value is not None else None)
        if score is None:
            return self._give_up_or_reask(
                dispatcher, tracker, "mood_score", "utter_mood_not_understood"
            )
        return {"mood_score": float(score), "checkin_failed_attempts": 0.0}

    def validate_mood_person(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict
    ) -> dict[str, Any]:
        intent = confident_intent(tracker)
        if intent == "go_back":
            return {"mood_score": None, "mood_person": None}
        text = str(value or "").strip()
        if intent in ("skip", "deny") or text.lower().strip(".!") in _SKIP_WORDS or not text:
            return {"mood_person": ""}
        if len(text) > MAX_NOTE_LENGTH:
            return self._give_up_or_reask(
                dispatcher, tracker, "mood_person", "utter_mood_person_too_long"
            )
        return {"mood_person": text}


def _offer_to_resume(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """A check-in in the middle of an exercise: offer to go back to it (never while at risk)."""
    paused = tracker.get_slot("paused_exercise")
    if not paused or tracker.get_slot("safety_mode"):
        return []
    dispatcher.utter_message(response="utter_offer_resume", exercise_title=title_of(paused))
    return [SlotSet("exercise_offered", True), SlotSet("suggested_form", paused)]


class ActionSaveCheckin(Action):
    """Write first, then answer: the thanks is only said once the row is committed."""

    def name(self) -> str:
        return "action_save_checkin"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        score = tracker.get_slot("mood_score")
        if tracker.get_slot("checkin_abandoned") or score is None:
            return _reset_checkin()
        with participant_session(tracker) as (session, participant, cipher):
            if participant is None:
                dispatcher.utter_message(response="utter_anything_else")
                return _reset_checkin()
            record_checkin(
                session,
                participant,
                score=int(score),
                relationship_note=tracker.get_slot("mood_person") or None,
                cipher=cipher,
                conversation_id=tracker.sender_id,
            )
        if score <= 3:
            dispatcher.utter_message(response="utter_checkin_saved_low")
        elif score >= 7:
            dispatcher.utter_message(response="utter_checkin_saved_high")
        else:
            dispatcher.utter_message(response="utter_checkin_saved_mid")
        return _reset_checkin() + _offer_to_resume(dispatcher, tracker)


class ActionShowMoodTrend(Action):
    def name(self) -> str:
        return "action_show_mood_trend"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        with participant_session(tracker) as (session, participant, cipher):
            checkins = recent_checkins(session, participant, cipher) if participant else []
        dispatcher.utter_message(text=format_trend(checkins))
        return []
