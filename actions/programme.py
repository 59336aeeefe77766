"""The programme's moving parts shared by every flow: which exercise to start, offering one,
pausing one (stop, a check-in, a request for a person), and finishing one.

Each flow module owns its questions (an ``ExerciseSpec``) and, where it needs one, its own
finishing step; this module only routes. Rules in data/rules/ pick the form named by the
``next_form`` slot this module sets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.closing import CLOSING
from actions.exercise_form import ExerciseSpec, exercise_answers
from actions.grief import GRIEF
from actions.homework import HOMEWORK_REVIEW, finish_homework_review
from actions.inventory import FOCUS, INVENTORY, finish_focus, finish_inventory
from actions.loneliness import LONELINESS
from actions.participant_context import participant_session
from actions.questionnaire import PHQ9, finish_phq9
from actions.role_dispute import DISPUTE
from actions.role_play import ROLE_PLAY, role_play_prefill, role_play_record
from actions.transition import TRANSITION
from bot.inventory.linking import link_to_inventory
from bot.inventory.person_mentions import find_person_mentions
from bot.programme.closing_review import progress_figures
from bot.programme.next_step import AREA_FORMS
from bot.programme.wording import refer_to
from bot.store.exercises import plan_homework, record_exercise
from bot.store.inventory import count_people, list_people

SPECS: dict[str, ExerciseSpec] = {
    spec.form: spec
    for spec in (INVENTORY, FOCUS, GRIEF, DISPUTE, ROLE_PLAY, TRANSITION, LONELINESS, PHQ9,
                 CLOSING, HOMEWORK_REVIEW)
}
Finisher = Callable[[CollectingDispatcher, Tracker], list[EventType]]
#: Forms that finish in their own way instead of being stored as one exercise.
SPECIAL_FINISH: dict[str, Finisher] = {
    INVENTORY.form: finish_inventory,
    FOCUS.form: finish_focus,
    PHQ9.form: finish_phq9,
    HOMEWORK_REVIEW.form: finish_homework_review,
}
INTENT_FORMS = {
    "start_inventory": INVENTORY.form,
    "start_role_play": ROLE_PLAY.form,
    "start_questionnaire": PHQ9.form,
    "start_closing": CLOSING.form,
}
OFFER_FOR_INTENT = {
    "share_grief": (GRIEF.form, "utter_offer_exercise_grief"),
    "share_conflict": (DISPUTE.form, "utter_offer_exercise_dispute"),
    "share_transition": (TRANSITION.form, "utter_offer_exercise_transition"),
    "share_loneliness": (LONELINESS.form, "utter_offer_exercise_loneliness"),
}
#: Prefill the "who" question when the participant already named the person.
PERSON_STEP_PREFILL = {DISPUTE.form: "dispute_who", ROLE_PLAY.form: "rp_partner"}


def title_of(form: str | None) -> str:
    spec = SPECS.get(form or "")
    return spec.title if spec else "exercise"


def finished_form(tracker: Tracker) -> str | None:
    """The form that has just ended: the last loop that was active in the events."""
    for event in reversed(tracker.events):
        if event.get("event") == "active_loop" and event.get("name"):
            return str(event["name"])
    return None


def requested_exercise(tracker: Tracker) -> str | None:
    for entity in tracker.latest_message.get("entities") or []:
        if entity.get("entity") == "exercise" and entity.get("value") in SPECS:
            return str(entity["value"])
    return None


def first_person(tracker: Tracker) -> str | None:
    """The first person the latest message names ("my sister about mum's care" -> sister).

    Rasa's from_entity mapping would keep the last one; the first is who the message is about.
    """
    for entity in tracker.latest_message.get("entities") or []:
        if entity.get("entity") == "person" and entity.get("value"):
            return str(entity["value"])
    return None


def reset_exercise(spec: ExerciseSpec) -> list[EventType]:
    return [
        *[SlotSet(step, None) for step in spec.steps],
        SlotSet("exercise_finished_early", False),
        SlotSet("exercise_paused", False),
        SlotSet("exercise_failed_attempts", 0.0),
        SlotSet("person_label", None),
    ]


class ActionStartExercise(Action):
    """Decide which form runs next; the rules then start it (or nothing, with a reason)."""

    def name(self) -> str:
        return "action_start_exercise"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        events: list[EventType] = [
            SlotSet("exercise_offered", False),
            SlotSet("suggested_form", None),
            SlotSet("checkin_offered", False),
        ]
        if tracker.get_slot("safety_mode"):
            dispatcher.utter_message(response="utter_exercises_paused_safety")
            return [*events, SlotSet("next_form", "none")]
        target = self._target(tracker)
        if target is None:
            dispatcher.utter_message(response="utter_choose_exercise")
            return [*events, SlotSet("next_form", "none")]
        paused = tracker.get_slot("paused_exercise")
        if target == paused:
            dispatcher.utter_message(response="utter_resuming", exercise_title=title_of(target))
            events.append(SlotSet("paused_exercise", None))
        else:
            if paused:
                events += reset_exercise(SPECS[paused])
                events.append(SlotSet("paused_exercise", None))
            events += reset_exercise(SPECS[target])
            events += self._introduce(dispatcher, tracker, target)
        return [*events, SlotSet("next_form", target)]

    def _target(self, tracker: Tracker) -> str | None:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if intent in INTENT_FORMS:
            return INTENT_FORMS[intent]
        if intent == "affirm" and tracker.get_slot("suggested_form") in SPECS:
            return str(tracker.get_slot("suggested_form"))
        requested = requested_exercise(tracker)
        if requested:
            return requested
        if tracker.get_slot("paused_exercise") in SPECS:
            return str(tracker.get_slot("paused_exercise"))
        with participant_session(tracker) as (session, participant, _cipher):
            focus = participant.focus_area if participant else None
            if participant is not None and count_people(session, participant) == 0:
                return INVENTORY.form
        return AREA_FORMS.get(focus or "")

    def _introduce(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, target: str
    ) -> list[EventType]:
        """What is said or prefilled before the first question of a fresh exercise."""
        events: list[EventType] = []
        if target == INVENTORY.form:
            with participant_session(tracker) as (session, participant, _cipher):
                first_time = participant is None or count_people(session, participant) == 0
            if first_time:
                dispatcher.utter_message(response="utter_programme_intro")
        elif target == PHQ9.form:
            dispatcher.utter_message(response="utter_phq9_intro")
        elif target == CLOSING.form:
            with participant_session(tracker) as (session, participant, _cipher):
                figures = None
                if participant is not None:
                    participant.phase = "closing"
                    figures = progress_figures(session, participant)
            if figures is None:
                dispatcher.utter_message(response="utter_closing_progress_empty")
            else:
                dispatcher.utter_message(response="utter_closing_progress", **figures)
        mentioned = first_person(tracker) or tracker.get_slot("person_mentioned")
        events.append(SlotSet("person_mentioned", None))
        if target in PERSON_STEP_PREFILL and mentioned:
            events += [
                SlotSet(PERSON_STEP_PREFILL[target], mentioned),
                SlotSet("person_label", refer_to(mentioned)),
            ]
        if target == ROLE_PLAY.form:
            events += role_play_prefill(tracker)
        return events


class ActionOfferExercise(Action):
    """After someone describes their problem: offer the matching exercise, never push it."""

    def name(self) -> str:
        return "action_offer_exercise"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if tracker.get_slot("safety_mode") or intent not in OFFER_FOR_INTENT:
            return []
        form, response = OFFER_FOR_INTENT[intent]
        if tracker.get_slot("paused_exercise") == form:
            dispatcher.utter_message(response="utter_offer_resume", exercise_title=title_of(form))
        else:
            dispatcher.utter_message(response=response)
        return [
            SlotSet("exercise_offered", True),
            SlotSet("suggested_form", form),
            SlotSet("checkin_offered", False),
            SlotSet("person_mentioned", first_person(tracker)),
        ]


class ActionPauseExercise(Action):
    """Leave the form but keep every answer, so "continue" picks up at the same question."""

    def name(self) -> str:
        return "action_pause_exercise"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        form = tracker.active_loop.get("name") if tracker.active_loop else None
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if intent == "start_checkin":
            dispatcher.utter_message(
                response="utter_exercise_paused_for_checkin", exercise_title=title_of(form)
            )
        elif intent == "stop":
            dispatcher.utter_message(response="utter_exercise_paused")
        return [
            ActiveLoop(None),
            SlotSet("requested_slot", None),
            SlotSet("paused_exercise", form if form in SPECS else None),
            SlotSet("exercise_failed_attempts", 0.0),
        ]


class ActionFinishExercise(Action):
    """Write first, then thank: the exercise and its homework are stored in one transaction."""

    def name(self) -> str:
        return "action_finish_exercise"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        form = finished_form(tracker)
        spec = SPECS.get(form or "")
        if spec is None:
            return []
        if tracker.get_slot("exercise_paused"):
            dispatcher.utter_message(response="utter_exercise_paused")
            return [
                SlotSet("paused_exercise", form),
                SlotSet("exercise_paused", False),
                SlotSet("exercise_finished_early", False),
                SlotSet("exercise_failed_attempts", 0.0),
                SlotSet("phq9_item9_positive", False),
            ]
        if form in SPECIAL_FINISH:
            return SPECIAL_FINISH[form](dispatcher, tracker) + reset_exercise(spec)
        answers = exercise_answers(spec, tracker.slots)
        if form == DISPUTE.form and tracker.get_slot("ca_alternative"):
            answers["ca_alternative"] = str(tracker.get_slot("ca_alternative"))
        if form == ROLE_PLAY.form:
            answers.update(role_play_record(tracker))
        homework = answers.get(spec.homework_step or "")
        with participant_session(tracker) as (session, participant, cipher):
            if participant is None:
                dispatcher.utter_message(response="utter_anything_else")
                return reset_exercise(spec)
            person_id = None
            if spec.person_step and answers.get(spec.person_step):
                mentions = find_person_mentions(answers[spec.person_step])
                people = list_people(session, participant, cipher)
                linked = link_to_inventory(mentions[0], people) if mentions else None
                person_id = linked.id if linked is not None else None
            exercise = record_exercise(
                session, participant, cipher, kind=spec.kind, answers=answers,
                conversation_id=tracker.sender_id, inventory_person_id=person_id,
            )
            if homework:
                plan_homework(session, participant, cipher, text=homework, exercise=exercise)
        dispatcher.utter_message(response="utter_exercise_saved", exercise_title=spec.title)
        if homework:
            dispatcher.utter_message(response="utter_homework_planned", homework=homework)
        else:
            dispatcher.utter_message(response="utter_no_homework_chosen")
        events = [
            *reset_exercise(spec),
            SlotSet("ca_alternative", None),
            SlotSet("rp_state", None),
            SlotSet("rp_turns", None),
            SlotSet("rp_kind", None),
        ]
        if form == LONELINESS.form:
            dispatcher.utter_message(response="utter_offer_starting_conversation_role_play")
            events += [
                SlotSet("exercise_offered", True),
                SlotSet("suggested_form", ROLE_PLAY.form),
                SlotSet("rp_kind", "starting_conversation"),
            ]
        return events
