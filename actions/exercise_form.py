"""What every IPT exercise form does with an answer: skip, go back, explain, re-ask, keep.

Each flow (grief, dispute, transition, loneliness, closing, role play, inventory) is a Rasa form
whose steps are free-text slots. The participant can answer, say "skip", "go back", ask "why
are you asking?" or "what is IPT?", ask for the crisis lines, or "stop" (which pauses the
exercise; the rules in data/rules/ handle leaving the form). Doing this once here keeps the
flows to their own questions, and keeps every flow equally forgiving.
"""

from __future__ import annotations

import functools
import re
from abc import ABCMeta, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.participant_context import confident_intent
from bot.safety.resources import format_resources

MAX_ANSWER_LENGTH = 2000
MAX_REASKS = 2
#: Short messages only: a long answer that happens to read like "help" is still an answer.
MAX_DIGRESSION_WORDS = 8
SKIP_WORDS = {"skip", "pass", "skip this", "skip it", "next", "n/a", "-", "/skip"}
_HAS_WORDS = re.compile(r"[^\W_]", re.UNICODE)

#: Informational digressions answered inside the form, which then asks its question again.
INFO_RESPONSES = {
    "ask_what_is_ipt": "utter_what_is_ipt",
    "help": "utter_help_in_exercise",
    "bot_challenge": "utter_iamabot",
}
#: An answer is only taken for a digression when its words say so too, not the classifier
#: alone: "help from him every day" or "we've stopped talking" are answers, not requests.
#: A wrongly taken digression costs the participant their answer; a missed one costs a re-ask.
DIGRESSION_WORDS = {
    "stop": re.compile(
        r"^\W*(please |ok |okay |can we |let'?s |i( want| need| would like|'d like| wanna) to )?"
        r"(/stop|stop|pause|quit|exit|cancel|enough|that'?s enough|not now|later|i'?m done|"
        r"im done|done|leave it|stop (this|the exercise|it))"
        r"( (now|here|there|please|for now|for today|thanks|thank you|it|this))*\W*$", re.I),
    "help": re.compile(
        r"^\W*(help|help me|help please|please help|i need help|i'?m confused|i'?m lost|"
        r"i don'?t understand|what do you mean|what do i (say|do|write)( here| now)?|"
        r"how does this work|what are my options|options|menu|/help)\W*$", re.I),
    "ask_why": re.compile(r"\b(why|what for|what'?s the point|purpose|reason)\b", re.I),
    "bot_challenge": re.compile(
        r"\b(bot|robot|human|real person|machine|ai|computer|program|automated)\b", re.I),
    "ask_what_is_ipt": re.compile(r"\b(ipt|interpersonal|this therapy|what is this|what'?s this)\b",
                                  re.I),
    "go_back": re.compile(
        r"^\W*(wait,? )?(go back|back|go back a step|a step back|previous( question)?|undo|redo|"
        r"(can i )?change (my|that|the) (last )?answer|last question)( please)?\W*$", re.I),
    "ask_resources": re.compile(
        r"\b(help now|crisis|helplines?|hotlines?|emergency|numbers?|lines|samaritans|988|"
        r"lifeline|/ask_resources)\b", re.I),
}


@dataclass(frozen=True)
class ExerciseSpec:
    """One exercise: its form, what it is stored as, its steps in order, its homework step."""

    form: str
    kind: str
    title: str
    steps: tuple[str, ...]
    homework_step: str | None = None
    person_step: str | None = None

    @property
    def slots(self) -> tuple[str, ...]:
        return self.steps


def answer_text(value: Any) -> str:
    return str(value).strip() if value is not None else ""


def is_short(text: str) -> bool:
    return len(text.split()) <= MAX_DIGRESSION_WORDS


def has_words(text: str) -> bool:
    return bool(_HAS_WORDS.search(text))


class ExerciseFormValidation(FormValidationAction, metaclass=ABCMeta):
    """Validates every step of ``spec`` with the shared rules; flows add their own checks.

    A flow overrides ``check_<slot>(text, dispatcher, tracker)`` to interpret an answer (return
    the slots to set) and ``after_<slot>`` to say something once an answer is kept.
    """

    @property
    @abstractmethod
    def spec(self) -> ExerciseSpec:
        """Each flow sets ``spec = ...``; abstract here so rasa-sdk never registers the base."""

    def name(self) -> str:
        return f"validate_{self.spec.form}"

    def __getattr__(self, attribute: str) -> Callable[..., dict[str, Any]]:
        if attribute.startswith("validate_"):
            slot = attribute[len("validate_"):]
            if slot in self.spec.steps:
                return functools.partial(self.validate_step, slot)
        raise AttributeError(attribute)

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[str]:
        if tracker.get_slot("exercise_finished_early"):
            return []
        return list(self.spec.steps)

    # -- the shared handling of one answer -------------------------------------------------

    def validate_step(
        self,
        slot: str,
        value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> dict[str, Any]:
        if value is None:
            return {slot: None}  # reset by an action, not answered: nothing to judge
        text = answer_text(value)
        intent = confident_intent(tracker)
        digression = self._digression(slot, text, intent, dispatcher, tracker, domain)
        if digression is not None:
            return digression
        check = getattr(type(self), f"check_{slot}", None)
        if check is not None:
            result = check(self, text, dispatcher, tracker)
            if result is not None:
                return result
        if not text or not has_words(text):
            return self.reask(slot, "utter_exercise_answer_unclear", dispatcher, tracker)
        if len(text) > MAX_ANSWER_LENGTH:
            return self.reask(slot, "utter_exercise_answer_too_long", dispatcher, tracker)
        return self.keep(slot, text, dispatcher, tracker)

    def keep(
        self, slot: str, text: str, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any]:
        result: dict[str, Any] = {slot: text, "exercise_failed_attempts": 0.0}
        after = getattr(type(self), f"after_{slot}", None)
        if after is not None:
            result.update(after(self, text, dispatcher, tracker) or {})
        return result

    def _digression(
        self,
        slot: str,
        text: str,
        intent: str | None,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> dict[str, Any] | None:
        lowered = text.lower().strip(" .!")
        if intent == "skip" or lowered in SKIP_WORDS:
            dispatcher.utter_message(response="utter_step_skipped")
            return self.keep(slot, "", dispatcher, tracker)
        if not is_short(text):
            return None
        if DIGRESSION_WORDS["stop"].match(text):
            # Pause: the form ends here and action_finish_exercise keeps every answer.
            return {slot: None, "exercise_paused": True, "exercise_finished_early": True}
        if intent is not None and intent in DIGRESSION_WORDS and not DIGRESSION_WORDS[
            intent
        ].search(text):
            return None
        if intent == "go_back":
            return self.go_back(slot, dispatcher)
        if intent == "ask_why":
            specific = f"utter_why_{slot}"
            known = specific in (domain.get("responses") or {})
            dispatcher.utter_message(response=specific if known else f"utter_why_{self.spec.form}")
            return {slot: None}
        if intent in INFO_RESPONSES:
            dispatcher.utter_message(response=INFO_RESPONSES[intent])
            return {slot: None}
        if intent == "ask_resources":
            dispatcher.utter_message(response="utter_resources_intro")
            dispatcher.utter_message(text=format_resources(tracker.get_slot("country")))
            return {slot: None}
        return None

    def go_back(self, slot: str, dispatcher: CollectingDispatcher) -> dict[str, Any]:
        steps = self.spec.steps
        index = steps.index(slot)
        if index == 0:
            dispatcher.utter_message(response="utter_cannot_go_back")
            return {slot: None}
        dispatcher.utter_message(response="utter_going_back")
        return {steps[index - 1]: None, slot: None, "exercise_failed_attempts": 0.0}

    def reask(
        self, slot: str, response: str, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any]:
        """Ask again clearly, twice at most; then move on rather than hold the person there."""
        failed = float(tracker.get_slot("exercise_failed_attempts") or 0) + 1
        if failed > MAX_REASKS:
            dispatcher.utter_message(response="utter_step_moving_on")
            return self.keep(slot, "", dispatcher, tracker)
        dispatcher.utter_message(response=response)
        return {slot: None, "exercise_failed_attempts": failed}


def exercise_answers(spec: ExerciseSpec, slots: dict[str, Any]) -> dict[str, str]:
    """The answers given, skipped steps left out (a skip is a choice, not an answer)."""
    return {step: str(slots[step]) for step in spec.steps if slots.get(step)}
