"""First contact: disclosure, consent, country (for crisis lines) and an optional name.

Nothing is written to the database before consent; a "no" leaves nothing behind (the tracker
store drops the transcript of a conversation whose consent slot is False).
"""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.participant_context import name_greeting
from bot.countries import FALLBACK_COUNTRY, parse_country
from bot.safety.resources import format_resources
from bot.store.clinic import clinic_db
from bot.store.participants import enrol

MAX_NAME_LENGTH = 40
MAX_FAILED_ANSWERS = 2
_YES = {"yes", "y", "yeah", "yep", "sure", "ok", "okay", "fine", "agree", "i agree", "of course"}
_NO = {"no", "n", "nope", "no thanks", "no thank you", "i don't agree", "i do not agree"}
_SKIP_NAME = {"skip", "no", "no thanks", "rather not", "i'd rather not", "none", "pass", "-"}


def clean_name(text: str | None) -> str | None:
    """A short, printable name, or None when the answer does not look like one."""
    if not text:
        return None
    name = re.sub(r"^(?:(?:call me|my name is|i'm|i am|it's|its)\s+)", "", text.strip(), flags=re.I)
    name = re.sub(r"[^\w\s'\-.]", "", name).strip()
    if not name or len(name) > MAX_NAME_LENGTH or not re.search(r"[^\W\d_]", name):
        return None
    return " ".join(part.capitalize() if part.islower() else part for part in name.split())


def consent_answer(text: str | None, intent: str | None) -> bool | None:
    normalised = (text or "").strip().lower().rstrip(".!")
    if intent == "affirm" or normalised in _YES:
        return True
    if intent == "deny" or normalised in _NO:
        return False
    return None


class ValidateOnboardingForm(FormValidationAction):
    def name(self) -> str:
        return "validate_onboarding_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[str]:
        if tracker.get_slot("consent_given") is False:
            return []
        return domain_slots

    def _failed(self, tracker: Tracker) -> float:
        return float(tracker.get_slot("onboarding_failed_attempts") or 0) + 1

    def validate_consent_given(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict
    ) -> dict[str, Any]:
        if isinstance(value, bool):
            return {"consent_given": value}
        answer = consent_answer(str(value), tracker.get_intent_of_latest_message())
        if answer is not None:
            return {"consent_given": answer, "onboarding_failed_attempts": 0.0}
        failed = self._failed(tracker)
        if failed > MAX_FAILED_ANSWERS:
            # Without a clear yes we must not store anything.
            return {"consent_given": False}
        dispatcher.utter_message(response="utter_ask_consent_again")
        return {"consent_given": None, "onboarding_failed_attempts": failed}

    def validate_country(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict
    ) -> dict[str, Any]:
        code = parse_country(str(value) if value else None)
        if code:
            return {"country": code, "onboarding_failed_attempts": 0.0}
        failed = self._failed(tracker)
        if failed > MAX_FAILED_ANSWERS:
            return {"country": FALLBACK_COUNTRY, "onboarding_failed_attempts": 0.0}
        dispatcher.utter_message(response="utter_country_not_understood")
        return {"country": None, "onboarding_failed_attempts": failed}

    def validate_preferred_name(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict
    ) -> dict[str, Any]:
        text = str(value or "").strip()
        if text.startswith("/") or text.lower().rstrip(".!") in _SKIP_NAME:
            return {"preferred_name": ""}
        # An unusable name is not worth a second question: go on without one.
        return {"preferred_name": clean_name(text) or ""}


class ActionCompleteOnboarding(Action):
    def name(self) -> str:
        return "action_complete_onboarding"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        if tracker.get_slot("consent_given") is not True:
            dispatcher.utter_message(response="utter_consent_declined")
            dispatcher.utter_message(response="utter_resources_intro")
            dispatcher.utter_message(text=format_resources(tracker.get_slot("country")))
            return [SlotSet("consent_given", False), SlotSet("onboarded", False)]
        name = tracker.get_slot("preferred_name") or None
        db = clinic_db()
        with db.session() as session:
            enrol(
                session,
                conversation_id=tracker.sender_id,
                channel=tracker.get_latest_input_channel() or "rest",
                cipher=db.cipher,
                country=tracker.get_slot("country"),
                display_name=name,
            )
        dispatcher.utter_message(
            response="utter_onboarding_done", name_greeting=name_greeting(name)
        )
        dispatcher.utter_message(response="utter_offer_checkin")
        return [SlotSet("onboarded", True), SlotSet("checkin_offered", True)]
