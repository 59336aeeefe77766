"""Role-play rehearsal: the bot plays the other person for up to five rounds.

The engine (bot/roleplay/) picks each scripted reply from the analysis of the participant's
turn; this module keeps its state in the ``rp_state`` slot and the participant's own turns in
``rp_turns`` (the tracker store encrypts both; the exercise row stores them encrypted), so a
restart of the action server loses nothing.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.exercise_form import ExerciseFormValidation, ExerciseSpec, answer_text
from bot.programme.wording import refer_to
from bot.roleplay import (
    KINDS,
    Control,
    RolePlay,
    Scene,
    opening,
    reflection,
    start,
    take_turn,
)

ROLE_PLAY = ExerciseSpec(
    form="role_play_form",
    kind="role_play",
    title="role play",
    steps=("rp_partner", "rp_setting", "rp_goal", "rp_turn", "rp_worked", "rp_try"),
    homework_step="rp_try",
    person_step="rp_partner",
)
MAX_TURN_LENGTH = 1000


def scene_from(tracker: Tracker) -> Scene:
    kind = tracker.get_slot("rp_kind")
    return Scene(
        partner=refer_to(tracker.get_slot("rp_partner"), fallback="the other person"),
        setting=tracker.get_slot("rp_setting") or None,
        goal=tracker.get_slot("rp_goal") or None,
        kind=kind if kind in KINDS else "hard_conversation",
    )


def role_play_prefill(tracker: Tracker) -> list[EventType]:
    """A fresh play: a hard conversation unless the loneliness flow asked for an opener."""
    kind = tracker.get_slot("rp_kind")
    return [
        SlotSet("rp_kind", kind if kind in KINDS else "hard_conversation"),
        SlotSet("rp_state", None),
        SlotSet("rp_turns", []),
    ]


def role_play_record(tracker: Tracker) -> dict[str, Any]:
    """What is stored with the exercise: the participant's turns and how the partner reacted."""
    state = RolePlay.from_dict(tracker.get_slot("rp_state") or {})
    return {
        "rp_kind": str(tracker.get_slot("rp_kind") or "hard_conversation"),
        "rp_turns": [str(turn) for turn in tracker.get_slot("rp_turns") or []],
        "rp_partner_stances": [str(stance) for stance in state.stances],
    }


class ValidateRolePlayForm(ExerciseFormValidation):
    spec = ROLE_PLAY

    def after_rp_partner(
        self, text: str, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any]:
        return {"person_label": refer_to(text)}

    def after_rp_goal(
        self, text: str, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any]:
        """The scene is set: step into the role."""
        tracker.slots["rp_goal"] = text
        scene = scene_from(tracker)
        for line in opening(scene):
            dispatcher.utter_message(text=line)
        return {"rp_state": start(scene).to_dict(), "rp_turns": []}

    def validate_rp_turn(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict
    ) -> dict[str, Any]:
        if value is None:
            return {"rp_turn": None}  # reset when the play started, not a turn
        text = answer_text(value)
        if len(text) > MAX_TURN_LENGTH:
            dispatcher.utter_message(response="utter_exercise_answer_too_long")
            return {"rp_turn": None}
        raw_state = tracker.get_slot("rp_state")
        state = RolePlay.from_dict(raw_state) if raw_state else start(scene_from(tracker))
        turns = [str(turn) for turn in tracker.get_slot("rp_turns") or []]
        result = take_turn(state, text, last_turn=turns[-1] if turns else None)
        for message in result.messages:
            dispatcher.utter_message(text=message)
        if result.control is Control.RESTART:
            turns = []  # a fresh attempt: the stored turns are the ones of the play kept
        elif result.control is None and not state.finished:
            turns.append(text)
        slots: dict[str, Any] = {"rp_state": result.state.to_dict(), "rp_turns": turns}
        if result.finished:
            observation = reflection(result.state)[0]
            dispatcher.utter_message(text=observation)
            slots["rp_turn"] = "done"
        else:
            slots["rp_turn"] = None
        return slots


class ActionAskRpTurn(Action):
    """The partner's line is the question: nothing more to say before the participant's turn."""

    def name(self) -> str:
        return "action_ask_rp_turn"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        if not tracker.get_slot("rp_state"):
            # Resumed before the scene was set up (or the state was lost): set it up now.
            scene = scene_from(tracker)
            for line in opening(scene):
                dispatcher.utter_message(text=line)
            return [SlotSet("rp_state", start(scene).to_dict())]
        return []
