"""Start of each conversation session: carry slots over and reload who the participant is."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, EventType, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.participant_context import load_participant_context

# Per-session state that must not leak into the next session.
_RESET_EACH_SESSION = {
    "checkin_offered": False,
    "checkin_failed_attempts": 0.0,
    "checkin_abandoned": False,
    "onboarding_failed_attempts": 0.0,
    "mood_score": None,
    "mood_person": None,
    "requested_slot": None,
    "exercise_offered": False,
    "suggested_form": None,
    "exercise_failed_attempts": 0.0,
    "next_form": None,
}
#: A conversation that expired inside one of these forms resumes at the same step next time.
RESUMABLE_FORMS = frozenset({
    "inventory_form", "focus_form", "grief_form", "dispute_form", "role_play_form",
    "transition_form", "loneliness_form", "phq9_form", "closing_form", "homework_review_form",
})


class ActionSessionStart(Action):
    def name(self) -> str:
        return "action_session_start"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        events: list[EventType] = [SessionStarted()]
        for slot, value in tracker.slots.items():
            if slot in _RESET_EACH_SESSION or value is None:
                continue
            events.append(SlotSet(slot, value))
        for slot, value in _RESET_EACH_SESSION.items():
            events.append(SlotSet(slot, value))
        active = (tracker.active_loop or {}).get("name")
        if active in RESUMABLE_FORMS:
            events.append(SlotSet("paused_exercise", active))
        context = load_participant_context(tracker)
        events.append(SlotSet("onboarded", context.enrolled))
        # Safety mode lasts while a risk flag is open, across sessions, until a clinician
        # resolves it; then the next crisis episode gets a fresh screening.
        events.append(SlotSet("safety_mode", context.open_risk_flag))
        if not context.open_risk_flag:
            events.append(SlotSet("screening_done", False))
        if context.enrolled:
            events.append(SlotSet("country", context.country))
            events.append(SlotSet("consent_given", True))
        events.append(ActionExecuted("action_listen"))
        return events
