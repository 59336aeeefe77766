"""Offer the participant's next step when they come back or finish something.

The decision is bot/programme/next_step.py (pure, tested on its own); this module reads the
state from the database and slots, and turns the suggestion into one offer with buttons.
"""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.participant_context import participant_session
from actions.programme import title_of
from bot.programme.next_step import AREA_FORMS, AREA_NAMES, ProgrammeState, Suggestion, next_step
from bot.store.checkins import checked_in_today
from bot.store.exercises import open_homework
from bot.store.inventory import count_people
from bot.store.questionnaires import latest_phq9

_OFFERS: dict[Suggestion, tuple[str, str]] = {
    Suggestion.PHQ9: ("phq9_form", "utter_offer_phq9"),
    Suggestion.INVENTORY: ("inventory_form", "utter_offer_inventory"),
    Suggestion.FOCUS: ("focus_form", "utter_offer_focus"),
    Suggestion.CLOSING: ("closing_form", "utter_offer_closing"),
    Suggestion.HOMEWORK_REVIEW: ("homework_review_form", "utter_offer_homework_review"),
}


def offer_next_step(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    *,
    include_checkin: bool,
    now: datetime | None = None,
) -> list[EventType]:
    """Say the one offer that fits (or what the bot can do) and set the slots it answers to."""
    now = now or datetime.now(timezone.utc)
    paused = tracker.get_slot("paused_exercise") or None
    homework_text: str | None = None
    with participant_session(tracker) as (session, participant, cipher):
        if participant is None:
            dispatcher.utter_message(response="utter_what_i_can_do")
            return []
        zone = ZoneInfo(participant.timezone or "UTC")
        today_start = now.astimezone(zone).replace(hour=0, minute=0, second=0, microsecond=0)
        homework = open_homework(session, participant, cipher)
        phq = latest_phq9(session, participant)
        state = ProgrammeState(
            phase=participant.phase,
            focus_area=participant.focus_area,
            inventory_count=count_people(session, participant),
            homework_planned_at=homework.created_at if homework else None,
            paused_form=paused,
            phq9_last=phq.created_at if phq else None,
            checked_in_today=checked_in_today(session, participant, now),
            safety_mode=bool(tracker.get_slot("safety_mode")),
            now=now,
            today_start=today_start.astimezone(timezone.utc),
        )
        homework_text = homework.text if homework else None
    suggestion = next_step(state, include_checkin=include_checkin)
    offered_nothing = [SlotSet("exercise_offered", False), SlotSet("suggested_form", None)]
    if suggestion is Suggestion.CHECKIN:
        dispatcher.utter_message(response="utter_offer_checkin")
        return [*offered_nothing, SlotSet("checkin_offered", True)]
    if suggestion is Suggestion.NOTHING:
        dispatcher.utter_message(response="utter_what_i_can_do")
        return [*offered_nothing, SlotSet("checkin_offered", False)]
    form: str
    if suggestion is Suggestion.RESUME:
        form = str(paused)
        dispatcher.utter_message(response="utter_offer_resume", exercise_title=title_of(form))
    elif suggestion is Suggestion.AREA_EXERCISE:
        form = AREA_FORMS[str(state.focus_area)]
        dispatcher.utter_message(
            response="utter_offer_area_exercise", area_name=AREA_NAMES[str(state.focus_area)]
        )
    else:
        form, response = _OFFERS[suggestion]
        dispatcher.utter_message(response=response, homework_text=homework_text)
    events: list[EventType] = [
        SlotSet("exercise_offered", True),
        SlotSet("suggested_form", form),
        SlotSet("checkin_offered", False),
    ]
    if suggestion is Suggestion.HOMEWORK_REVIEW:
        events.append(SlotSet("homework_text", homework_text))
    return events
