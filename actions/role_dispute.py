"""Role dispute with communication analysis of one specific, recent exchange.

First the dispute: with whom, about what, what each side wants, and its stage, found by a
question rather than a label (still trying = renegotiation, stopped talking = impasse, ending =
dissolution). Then one exchange, word for word, and kind feedback on the participant's own
words with another way to say it (bot/analysis/).
"""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.exercise_form import ExerciseFormValidation, ExerciseSpec
from bot.analysis.communication import analyse
from bot.analysis.feedback import feedback_for
from bot.analysis.rephrase import suggest_rephrasing

DISPUTE = ExerciseSpec(
    form="dispute_form",
    kind="role_dispute",
    title="disagreement and communication analysis",
    steps=(
        "dispute_who",
        "dispute_about",
        "dispute_you_want",
        "dispute_they_want",
        "dispute_stage",
        "ca_when",
        "ca_you_said",
        "ca_they_said",
        "ca_felt",
        "ca_wanted",
        "ca_next",
        "dispute_homework",
    ),
    homework_step="dispute_homework",
    person_step="dispute_who",
)

STAGE_RESPONSES = {
    "renegotiation": "utter_dispute_stage_renegotiation",
    "impasse": "utter_dispute_stage_impasse",
    "dissolution": "utter_dispute_stage_dissolution",
}
STAGES = tuple(STAGE_RESPONSES)
_STAGE_CUES: tuple[tuple[str, str], ...] = (
    ("dissolution", r"\b(ending|over|finished|leav|split|separat|divorc|break(ing)? up|done with)"),
    ("impasse", r"\b(stopped|stuck|don'?t talk|do not talk|not talking|silence|silent|avoid|"
                r"gave up|given up|no point|ignor|cold|won'?t discuss)"),
    ("renegotiation", r"\b(still|trying|talk(ing)? about it|working|discuss|argu|row|fight)"),
)


def dispute_stage(text: str) -> str | None:
    """The stage from a button ("impasse") or from how the participant describes it."""
    lowered = text.lower().strip(" .!")
    if lowered in STAGES:
        return lowered
    for stage, pattern in _STAGE_CUES:
        if re.search(pattern, lowered):
            return stage
    return None


class ValidateDisputeForm(ExerciseFormValidation):
    spec = DISPUTE

    def check_dispute_stage(
        self, text: str, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any] | None:
        stage = dispute_stage(text)
        if stage is None:
            return self.reask("dispute_stage", "utter_dispute_stage_unclear", dispatcher, tracker)
        dispatcher.utter_message(response=STAGE_RESPONSES[stage])
        return {"dispute_stage": stage, "exercise_failed_attempts": 0.0}

    def after_ca_next(
        self, text: str, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any]:
        said = str(tracker.get_slot("ca_you_said") or "")
        if not said:
            return {}
        analysis = analyse(said)
        dispatcher.utter_message(response="utter_ca_feedback_intro")
        for line in feedback_for(analysis):
            dispatcher.utter_message(text=line)
        alternative = suggest_rephrasing(
            said,
            analysis,
            feeling=tracker.get_slot("ca_felt") or None,
            want=tracker.get_slot("ca_wanted") or None,
        )
        dispatcher.utter_message(response="utter_ca_alternative", alternative=alternative)
        return {"ca_alternative": alternative}
