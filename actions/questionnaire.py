"""The PHQ-9 every two weeks: nine standard items, scored and banded, item 9 to safety.

Any answer above "not at all" to item 9 (thoughts of being better off dead or of self-harm)
starts the scripted crisis path straight after the questionnaire is stored, whatever the
total: the rules in data/rules/questionnaire.yml follow the ``phq9_item9_positive`` slot.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.exercise_form import SKIP_WORDS, ExerciseFormValidation, ExerciseSpec, answer_text
from actions.participant_context import confident_intent, participant_session
from bot.programme import phq9
from bot.store.questionnaires import record_phq9

PHQ9 = ExerciseSpec(
    form="phq9_form",
    kind="phq9",
    title="PHQ-9 questionnaire",
    steps=tuple(f"phq9_{item}" for item in range(1, phq9.ITEMS + 1)),
)
ITEM9_REASON = "PHQ-9 item 9 (thoughts of death or self-harm) answered above 0"


class ValidatePhq9Form(ExerciseFormValidation):
    """Items cannot be skipped (a total with gaps would mislead); unclear answers end it."""

    spec = PHQ9

    def validate_step(
        self,
        slot: str,
        value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> dict[str, Any]:
        if value is None:
            return {slot: None}  # reset when the questionnaire started: nothing to score
        text = answer_text(value)
        intent = confident_intent(tracker)
        if intent != "skip" and text.lower().strip(" .!") not in SKIP_WORDS:
            digression = self._digression(slot, text, intent, dispatcher, tracker, domain)
            if digression is not None:
                return digression
        score = phq9.parse_answer(text)
        if score is None:
            failed = float(tracker.get_slot("exercise_failed_attempts") or 0) + 1
            if failed > 2:
                dispatcher.utter_message(response="utter_phq9_abandoned")
                return {slot: "", "exercise_finished_early": True, "exercise_failed_attempts": 0.0}
            dispatcher.utter_message(response="utter_phq9_not_understood")
            return {slot: None, "exercise_failed_attempts": failed}
        return {slot: str(score), "exercise_failed_attempts": 0.0}


def finish_phq9(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """Store the answers first; then the total, and the safety path if item 9 is above 0."""
    answers = [tracker.get_slot(step) for step in PHQ9.steps]
    if tracker.get_slot("exercise_finished_early") or any(a in (None, "") for a in answers):
        return [SlotSet("phq9_item9_positive", False)]
    scores = [int(a) for a in answers]
    with participant_session(tracker) as (session, participant, _cipher):
        if participant is None:
            return [SlotSet("phq9_item9_positive", False)]
        record_phq9(session, participant, scores, tracker.sender_id)
    total = phq9.total(scores)
    dispatcher.utter_message(
        response="utter_phq9_saved", total=total, severity=phq9.severity(total)
    )
    if scores[phq9.SUICIDE_ITEM - 1] > 0:
        return [
            SlotSet("phq9_item9_positive", True),
            SlotSet("risk_level", "high"),
            SlotSet("risk_reasons", [ITEM9_REASON]),
        ]
    return [SlotSet("phq9_item9_positive", False)]
