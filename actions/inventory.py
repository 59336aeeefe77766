"""The interpersonal inventory (IPT's initial phase) and choosing the focus area.

One person at a time: who, how close, what is supportive, what is hard, what they would like to
change. Each person is written to the database as soon as their last question is answered, so
a pause or a crash never loses the people already described.
"""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.exercise_form import ExerciseFormValidation, ExerciseSpec
from actions.participant_context import confident_intent, participant_session
from bot.inventory.person_mentions import find_person_mentions
from bot.programme.next_step import AREA_NAMES, FOCUS_AREAS
from bot.programme.wording import refer_to
from bot.store.inventory import MAX_PEOPLE, add_person, count_people, list_people

INVENTORY = ExerciseSpec(
    form="inventory_form",
    kind="inventory",
    title="interpersonal inventory",
    steps=("inv_person", "inv_closeness", "inv_supportive", "inv_hard", "inv_change", "inv_more"),
)
FOCUS = ExerciseSpec(
    form="focus_form", kind="inventory", title="choice of focus", steps=("focus_choice",)
)
PERSON_STEPS = INVENTORY.steps[:-1]
DONE_WORDS = {"that's everyone", "thats everyone", "that is everyone", "done", "no one else",
              "nobody else", "no more", "finished", "that's all", "thats all", "that's it",
              "no", "none", "nobody", "no one"}
_CLOSENESS = (
    ("outer", r"\b(not (very |that |so )?close|distant|outer|far|barely|hardly)"),
    ("middle", r"\b(somewhat|quite|fairly|sort of|kind of|middle|ok|okay|in between|medium)"),
    ("inner", r"\b(very|really|inner|close|closest|best|super)"),
)
_AREA_WORDS = (
    ("grief", r"\b(grief|griev|death|died|loss of|bereave|mourn)"),
    ("role_dispute", r"\b(disagree|dispute|argu|conflict|fight|row)"),
    ("role_transition", r"\b(change|transition|new job|move|moved|moving|retir|divorc|baby|job)"),
    ("interpersonal_deficits", r"\b(alone|lonel|isolat|friends|connect)"),
)


def closeness_of(text: str) -> str | None:
    lowered = text.lower()
    for circle, pattern in _CLOSENESS:
        if re.search(pattern, lowered):
            return circle
    return None


def focus_of(text: str) -> str | None:
    lowered = text.lower().strip(" .!")
    if lowered in FOCUS_AREAS or lowered == "therapist":
        return lowered
    if "therapist" in lowered or "decide" in lowered or "not sure" in lowered:
        return "therapist"
    for area, pattern in _AREA_WORDS:
        if re.search(pattern, lowered):
            return area
    return None


def split_person(text: str) -> tuple[str | None, str | None]:
    """(name, relationship) from "my sister Anna", "Anna", "my boss"; the words as typed else."""
    mentions = find_person_mentions(text)
    if mentions:
        first = mentions[0]
        if first.name or first.relationship:
            return first.name, first.relationship
    return text.strip(), None


class ValidateInventoryForm(ExerciseFormValidation):
    spec = INVENTORY

    def check_inv_person(
        self, text: str, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any] | None:
        if text.lower().strip(" .!") in DONE_WORDS or confident_intent(tracker) == "deny":
            return {"inv_person": "", "exercise_finished_early": True}
        if len(text) > 200:
            return self.reask("inv_person", "utter_exercise_answer_too_long", dispatcher, tracker)
        return None

    def after_inv_person(
        self, text: str, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any]:
        return {"person_label": refer_to(text)}

    def check_inv_closeness(
        self, text: str, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any] | None:
        circle = closeness_of(text)
        if circle is None:
            return self.reask(
                "inv_closeness", "utter_closeness_not_understood", dispatcher, tracker
            )
        return {"inv_closeness": circle, "exercise_failed_attempts": 0.0}

    def after_inv_change(
        self, text: str, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any]:
        """The person is complete: store them now (write first), then ask about someone else."""
        name, relationship = split_person(str(tracker.get_slot("inv_person") or ""))
        with participant_session(tracker) as (session, participant, cipher):
            if participant is None:
                return {}
            add_person(
                session, participant, cipher, name=name, relationship=relationship,
                closeness=tracker.get_slot("inv_closeness") or None,
                supportive=tracker.get_slot("inv_supportive") or None,
                hard=tracker.get_slot("inv_hard") or None, change=text or None,
            )
            full = count_people(session, participant) >= MAX_PEOPLE
        dispatcher.utter_message(
            response="utter_inventory_person_added",
            person_label=tracker.get_slot("person_label") or "them",
        )
        if full:
            dispatcher.utter_message(response="utter_inventory_full")
            return {"inv_more": "no"}
        return {}

    def check_inv_more(
        self, text: str, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any] | None:
        intent = confident_intent(tracker)
        lowered = text.lower().strip(" .!")
        if intent == "affirm" or lowered in {"yes", "y", "yeah", "yep", "sure", "ok", "okay"}:
            return {**{step: None for step in INVENTORY.steps}, "person_label": None}
        if intent == "deny" or lowered in DONE_WORDS:
            return {"inv_more": "no"}
        return self.reask("inv_more", "utter_ask_inv_more", dispatcher, tracker)


class ValidateFocusForm(ExerciseFormValidation):
    spec = FOCUS

    def check_focus_choice(
        self, text: str, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any] | None:
        area = focus_of(text)
        if area is None:
            return self.reask("focus_choice", "utter_focus_not_understood", dispatcher, tracker)
        return {"focus_choice": area, "exercise_failed_attempts": 0.0}


def finish_inventory(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    with participant_session(tracker) as (session, participant, _cipher):
        count = count_people(session, participant) if participant else 0
        phase = participant.phase if participant else None
        focus = participant.focus_area if participant else None
    if count == 0:
        dispatcher.utter_message(response="utter_inventory_empty_done")
        return []
    dispatcher.utter_message(
        response="utter_inventory_done", count=count,
        people_word="person" if count == 1 else "people",
    )
    if phase == "initial" and focus is None:
        dispatcher.utter_message(response="utter_offer_focus")
        return [SlotSet("exercise_offered", True), SlotSet("suggested_form", FOCUS.form)]
    return []


def finish_focus(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    choice = tracker.get_slot("focus_choice") or ""
    if choice not in FOCUS_AREAS:
        dispatcher.utter_message(response="utter_focus_left_to_therapist")
        return []
    with participant_session(tracker) as (session, participant, _cipher):
        if participant is not None:
            participant.focus_area = choice
            if participant.phase == "initial":
                participant.phase = "middle"
    dispatcher.utter_message(response="utter_focus_set", area_name=AREA_NAMES[choice])
    return []


class ActionShowInventory(Action):
    """"Show my inventory": the participant's own words read back, inner circle first."""

    def name(self) -> str:
        return "action_show_inventory"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        with participant_session(tracker) as (session, participant, cipher):
            people = list_people(session, participant, cipher) if participant else []
        if not people:
            dispatcher.utter_message(response="utter_inventory_is_empty")
            return []
        circles = {"inner": "very close", "middle": "somewhat close", "outer": "not very close"}
        lines = []
        for person in people:
            line = f"• {person.label}"
            if person.closeness:
                line += f", {circles[person.closeness]}"
            if person.supportive:
                line += f". Good: {person.supportive}"
            if person.hard:
                line += f". Hard: {person.hard}"
            lines.append(line)
        dispatcher.utter_message(response="utter_inventory_list", people="\n".join(lines))
        return []
