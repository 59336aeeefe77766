"""The crisis path, the screening and the way to a person.

Order matters and is the same everywhere: the flag and its notifications are written first
(so an alert survives any crash), then the scripted words and the crisis lines are sent. If
the database is down the words and the lines are still sent, and the bot says honestly that
it could not reach the clinic.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.participant_context import confident_intent
from actions.session import RESUMABLE_FORMS
from bot.safety.clinic_hours import load_clinic_hours, when_a_person_answers
from bot.safety.escalation import raise_flag, sla_for
from bot.safety.levels import RiskLevel
from bot.safety.resources import format_resources, load_resources
from bot.safety.screening import SCREENING_SLOTS, parse_answer, screening_level, screening_reasons
from bot.store.clinic import clinic_db
from bot.store.models import utcnow
from bot.store.participants import find_participant

logger = logging.getLogger(__name__)


def _country(tracker: Tracker) -> str | None:
    return tracker.get_slot("country")


def current_risk(tracker: Tracker) -> tuple[RiskLevel, list[str]]:
    """The risk of the latest message: from the NLU screen, or from the context policy's slot."""
    screened = tracker.latest_message.get("risk") or {}
    level = RiskLevel(screened.get("risk", "none"))
    reasons = list(screened.get("reasons") or [])
    slot_level = tracker.get_slot("risk_level")
    if slot_level and RiskLevel(slot_level) > level:
        level = RiskLevel(slot_level)
        reasons += list(tracker.get_slot("risk_reasons") or [])
    return level, reasons


def record_flag(
    tracker: Tracker, severity: RiskLevel, reasons: list[str], source: str, excerpt: str | None
) -> int | None:
    """Write the flag and its outbox rows in one transaction; None if that failed."""
    try:
        db = clinic_db()
        with db.session() as session:
            flag = raise_flag(
                session,
                conversation_id=tracker.sender_id,
                participant=find_participant(session, tracker.sender_id),
                severity=severity,
                reasons=reasons,
                excerpt=excerpt,
                cipher=db.cipher,
                source=source,
            )
            return flag.id
    except Exception as exc:  # the person must still get the crisis lines
        logger.critical("ALERT: a safety flag could not be stored (%s).", type(exc).__name__)
        return None


def timing_sentence(tracker: Tracker, severity: RiskLevel) -> str:
    emergency = load_resources().for_country(_country(tracker)).emergency
    minutes = sla_for(severity).total_seconds() / 60
    return when_a_person_answers(load_clinic_hours(), utcnow(), minutes, emergency)


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
    """Flag, validate, crisis lines at once, pause exercises, then the screening (once)."""

    def name(self) -> str:
        return "action_crisis_response"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        level, reasons = current_risk(tracker)
        level = max(level, RiskLevel.CONCERN)
        excerpt = tracker.latest_message.get("text")
        source = "phq9" if tracker.get_slot("phq9_item9_positive") else "detector"
        flag_id = record_flag(tracker, level, reasons, source, excerpt)

        first_time = not tracker.get_slot("screening_done")
        dispatcher.utter_message(
            response="utter_crisis_validate" if first_time else "utter_crisis_still_here"
        )
        dispatcher.utter_message(text=format_resources(_country(tracker)))
        if flag_id is None:
            dispatcher.utter_message(response="utter_clinic_unreachable")
        else:
            dispatcher.utter_message(text=timing_sentence(tracker, level))

        events: list[EventType] = [
            ActiveLoop(None),
            SlotSet("requested_slot", None),
            SlotSet("safety_mode", True),
            SlotSet("exercise_offered", False),
            SlotSet("phq9_item9_positive", False),
            SlotSet("risk_level", level.value),
            SlotSet("risk_reasons", reasons),
            SlotSet("flag_id", float(flag_id) if flag_id else None),
        ]
        active = (tracker.active_loop or {}).get("name")
        if active in RESUMABLE_FORMS:
            # The exercise pauses with its answers kept; it resumes once the flag is resolved.
            events.append(SlotSet("paused_exercise", active))
        if first_time:
            # The SafetyPolicy starts the screening form next (bot/nlu/safety_policy.py).
            dispatcher.utter_message(response="utter_screening_intro")
        else:
            dispatcher.utter_message(response="utter_crisis_keep_talking")
        return events


class ValidateSafetyScreeningForm(FormValidationAction):
    """Yes/no answers; an unclear answer is asked once more, then counted as not answered."""

    def name(self) -> str:
        return "validate_safety_screening_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[str]:
        # The C-SSRS screener asks about method, intent and plan only after "yes" to thoughts.
        if tracker.get_slot("cssrs_suicidal_thoughts") in ("no", "skipped"):
            follow_ups = ("cssrs_method", "cssrs_intent", "cssrs_plan")
            return [s for s in domain_slots if s not in follow_ups]
        return domain_slots


def _make_validator(slot: str):  # type: ignore[no-untyped-def]
    def validate(
        self: ValidateSafetyScreeningForm,
        value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> dict[str, Any]:
        text = str(value or "")
        risk = (tracker.latest_message.get("risk") or {}).get("risk", "none")
        answer = parse_answer(text, confident_intent(tracker), RiskLevel(risk))
        if answer is not None:
            return {slot: answer, "screening_unclear": 0.0}
        if float(tracker.get_slot("screening_unclear") or 0) >= 1:
            return {slot: "skipped", "screening_unclear": 0.0}
        dispatcher.utter_message(response="utter_screening_yes_no")
        return {slot: None, "screening_unclear": 1.0}

    return validate


for _slot in SCREENING_SLOTS:
    setattr(ValidateSafetyScreeningForm, f"validate_{_slot}", _make_validator(_slot))


class ActionScreeningComplete(Action):
    """Raise the flag if the answers say so, say what happens next, keep the door open."""

    def name(self) -> str:
        return "action_screening_complete"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        answers = {slot: tracker.get_slot(slot) for slot in SCREENING_SLOTS}
        from_screening = screening_level(answers)
        current = RiskLevel(tracker.get_slot("risk_level") or "concern")
        level = max(current, from_screening)
        reasons = screening_reasons(answers)
        if reasons:
            record_flag(tracker, level, reasons, "screening", None)
        if level >= RiskLevel.IMMINENT:
            dispatcher.utter_message(response="utter_screening_urgent")
            dispatcher.utter_message(text=format_resources(_country(tracker)))
        else:
            dispatcher.utter_message(response="utter_screening_thanks")
        dispatcher.utter_message(response="utter_crisis_keep_talking")
        return [
            SlotSet("screening_done", True),
            SlotSet("risk_level", level.value),
            *[SlotSet(slot, None) for slot in SCREENING_SLOTS],
        ]


class ActionRequestHuman(Action):
    """A person on request, with or without risk: the clinic is told, the lines are shown."""

    def name(self) -> str:
        return "action_request_human"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        flag_id = record_flag(
            tracker, RiskLevel.CONCERN, ["participant asked to talk to a person"],
            "request_human", None,
        )
        dispatcher.utter_message(response="utter_human_requested")
        dispatcher.utter_message(text=format_resources(_country(tracker)))
        if flag_id is None:
            dispatcher.utter_message(response="utter_clinic_unreachable")
        else:
            dispatcher.utter_message(text=timing_sentence(tracker, RiskLevel.CONCERN))
        return [ActiveLoop(None), SlotSet("requested_slot", None)]
