"""Homework: the one step planned at the end of each exercise, read back and followed up.

"Last time you planned to talk to your sister. How did it go?" The review credits what the
participant did (IPT builds on their competence) and treats a step not taken as information,
never as failure.
"""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.exercise_form import ExerciseFormValidation, ExerciseSpec
from actions.participant_context import confident_intent, participant_session
from bot.store.exercises import open_homework, recent_homework, review_homework

HOMEWORK_REVIEW = ExerciseSpec(
    form="homework_review_form",
    kind="homework_review",
    title="look back at your step",
    steps=("hw_status", "hw_outcome"),
)
STATUS_RESPONSES = {
    "done": "utter_homework_done",
    "partly": "utter_homework_partly",
    "not_done": "utter_homework_not_done",
}
_STATUS = (
    ("not_done", r"\b(not yet|didn'?t|did not|haven'?t|have not|no|nope|couldn'?t|forgot|"
                 r"not really|wasn'?t able)\b"),
    ("partly", r"\b(partly|partially|a bit|some of it|sort of|kind of|half|tried|a little)\b"),
    ("done", r"\b(done|did it|i did|yes|yeah|yep|went well|went ok|finished|managed|completed|"
             r"talked|called|went)\b"),
)


def homework_status(text: str, intent: str | None) -> str | None:
    lowered = text.lower().strip(" .!")
    if lowered in {"done", "partly", "not_done"}:
        return lowered
    for status, pattern in _STATUS:
        if re.search(pattern, lowered):
            return status
    if intent == "affirm":
        return "done"
    if intent == "deny":
        return "not_done"
    return None


class ValidateHomeworkReviewForm(ExerciseFormValidation):
    spec = HOMEWORK_REVIEW

    def check_hw_status(
        self, text: str, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any] | None:
        status = homework_status(text, confident_intent(tracker))
        if status is None:
            return self.reask("hw_status", "utter_homework_status_unclear", dispatcher, tracker)
        dispatcher.utter_message(response=STATUS_RESPONSES[status])
        return {"hw_status": status, "exercise_failed_attempts": 0.0}


def finish_homework_review(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    status = tracker.get_slot("hw_status") or ""
    if status not in ("done", "partly", "not_done"):
        return [SlotSet("homework_text", None)]
    with participant_session(tracker) as (session, participant, cipher):
        homework = open_homework(session, participant, cipher) if participant else None
        if homework is not None:
            review_homework(
                session, participant, cipher, homework_id=homework.id, status=status,
                outcome=tracker.get_slot("hw_outcome") or None,
            )
    dispatcher.utter_message(response="utter_homework_review_saved")
    return [SlotSet("homework_text", None)]


class ActionShowHomework(Action):
    """"What did I plan?": the open step, or the last one and how it went."""

    def name(self) -> str:
        return "action_show_homework"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        with participant_session(tracker) as (session, participant, cipher):
            latest = recent_homework(session, participant, cipher, limit=1) if participant else []
        if not latest:
            dispatcher.utter_message(response="utter_no_homework")
            return []
        homework = latest[0]
        dispatcher.utter_message(
            response="utter_show_homework", homework=homework.text,
            when=homework.created_at.strftime("%-d %B"),
        )
        return []
