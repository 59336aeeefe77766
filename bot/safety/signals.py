"""The kinds of evidence the detector looks for, with the level each justifies on its own.

Keeping the clinical calibration in one table (rather than scattered through the patterns)
means a clinician can review and change it without reading any regular expressions.
"""

from __future__ import annotations

from enum import Enum

from bot.safety.levels import RiskLevel


class Signal(Enum):
    """One kind of evidence. ``value`` is the human-readable reason shown to clinicians."""

    # Suicidal thinking (C-SSRS ideation items).
    ACTIVE_IDEATION = "active suicidal ideation"
    PASSIVE_IDEATION = "passive suicidal ideation (wish to be dead)"
    SUICIDE_TALK = "talk of suicide or suicidal thoughts"
    HOPELESSNESS = "hopelessness or feeling unable to go on"
    WANTS_IT_TO_STOP = "wants everything to stop"
    # Intent, plans and behaviour.
    INTENT = "stated intent to act"
    VAGUE_INTENT = "unspecified intent to 'do it'"
    PLAN = "suicide plan or method"
    VAGUE_PLAN = "mentions a plan or a decision"
    PREPARATION = "preparation or goodbye message"
    FAREWELL = "goodbye-like message"
    ATTEMPT = "recent suicide attempt or overdose"
    SELF_HARM = "current self-harm"
    PAST_RISK = "past self-harm or suicidal crisis (resolved or long ago)"
    URGED_BY_OTHERS = "being told to kill themselves"
    COMMAND_VOICES = "hearing voices that tell them to harm themselves or others"
    UNSAFE_WITH_SELF = "doubts they can keep themselves safe"
    # Questions that matter because of who is asking.
    LETHALITY_QUESTION = "question about lethality or ways to die"
    MEANS_QUESTION = "question about means"
    # Danger from or to other people.
    HARM_OTHERS = "threat to harm someone else"
    HOSTILE_WISH = "angry wish to hurt someone"
    ABUSE = "abuse or being unsafe at home"
    PAST_ABUSE = "past abuse"
    REUNION = "wish to join someone who has died"
    REUNION_AMBIGUOUS = "wish to be with someone again"
    VEILED_EXIT = "wants out or wants to go"
    SEVERE_DISTRESS = "several signs of severe distress"
    OTHERS_AT_RISK = "someone close to them is at risk of suicide or self-harm"
    SUICIDE_LOSS = "lost someone close to suicide"
    # Not a cue: the crisis-language classifier (bot/safety/semantic) when no cue fired.
    CRISIS_LANGUAGE = "reads like messages from people at risk (language model)"

    @property
    def label(self) -> str:
        return self.value

    @property
    def level(self) -> RiskLevel:
        """What this evidence justifies on its own, before context and modifiers."""
        return _LEVELS[self]

    @property
    def ambiguous(self) -> bool:
        """Whether earlier distress in the conversation should make us read it more darkly."""
        return self in _AMBIGUOUS

    @property
    def is_risk(self) -> bool:
        """Whether it shows suicidal or self-harm risk (used when it appears as context)."""
        return self in _RISK

    @property
    def is_intent(self) -> bool:
        """Whether it shows a decision to act (intent, plan or preparation)."""
        return self in _INTENT


_LEVELS: dict[Signal, RiskLevel] = {
    Signal.ACTIVE_IDEATION: RiskLevel.HIGH,
    Signal.PASSIVE_IDEATION: RiskLevel.HIGH,
    Signal.SUICIDE_TALK: RiskLevel.CONCERN,
    Signal.HOPELESSNESS: RiskLevel.CONCERN,
    Signal.WANTS_IT_TO_STOP: RiskLevel.CONCERN,
    Signal.INTENT: RiskLevel.HIGH,
    Signal.VAGUE_INTENT: RiskLevel.NONE,
    Signal.PLAN: RiskLevel.HIGH,
    Signal.VAGUE_PLAN: RiskLevel.NONE,
    Signal.PREPARATION: RiskLevel.HIGH,
    Signal.FAREWELL: RiskLevel.CONCERN,
    Signal.ATTEMPT: RiskLevel.HIGH,
    Signal.SELF_HARM: RiskLevel.HIGH,
    Signal.PAST_RISK: RiskLevel.CONCERN,
    Signal.URGED_BY_OTHERS: RiskLevel.CONCERN,
    # Command hallucinations are a recognised risk factor in their own right (whether or not
    # the person says they want to act): same-day review.
    Signal.COMMAND_VOICES: RiskLevel.HIGH,
    # "I can't keep myself safe" is the question a safety plan asks; a "no" needs a human.
    Signal.UNSAFE_WITH_SELF: RiskLevel.HIGH,
    Signal.LETHALITY_QUESTION: RiskLevel.CONCERN,
    Signal.MEANS_QUESTION: RiskLevel.NONE,
    Signal.HARM_OTHERS: RiskLevel.HIGH,
    Signal.HOSTILE_WISH: RiskLevel.CONCERN,
    Signal.ABUSE: RiskLevel.HIGH,
    Signal.PAST_ABUSE: RiskLevel.CONCERN,
    Signal.REUNION: RiskLevel.HIGH,
    Signal.REUNION_AMBIGUOUS: RiskLevel.NONE,
    # "I just want out" is about a job or a marriage as often as about life: it counts only
    # after suicidal talk (assessment.py), not after mere distress.
    Signal.VEILED_EXIT: RiskLevel.NONE,
    Signal.SEVERE_DISTRESS: RiskLevel.CONCERN,
    Signal.OTHERS_AT_RISK: RiskLevel.CONCERN,
    Signal.SUICIDE_LOSS: RiskLevel.CONCERN,
    # A model's resemblance, not words a clinician can point to: a look at the next review,
    # sooner after suicidal talk earlier in the conversation.
    Signal.CRISIS_LANGUAGE: RiskLevel.CONCERN,
}

_AMBIGUOUS = frozenset(
    {
        Signal.SUICIDE_TALK,
        Signal.HOPELESSNESS,
        Signal.WANTS_IT_TO_STOP,
        Signal.VAGUE_INTENT,
        Signal.VAGUE_PLAN,
        Signal.FAREWELL,
        Signal.URGED_BY_OTHERS,
        Signal.LETHALITY_QUESTION,
        Signal.MEANS_QUESTION,
        Signal.SEVERE_DISTRESS,
    }
)

_RISK = frozenset(
    {
        Signal.ACTIVE_IDEATION,
        Signal.PASSIVE_IDEATION,
        Signal.SUICIDE_TALK,
        Signal.INTENT,
        Signal.PLAN,
        Signal.PREPARATION,
        Signal.ATTEMPT,
        Signal.SELF_HARM,
        Signal.REUNION,
        Signal.LETHALITY_QUESTION,
        Signal.COMMAND_VOICES,
        Signal.UNSAFE_WITH_SELF,
    }
)

_INTENT = frozenset({Signal.INTENT, Signal.PLAN, Signal.PREPARATION, Signal.ATTEMPT})

# What a signal becomes when the grammar shows it is about the past and resolved.
DEMOTED: dict[Signal, Signal] = {
    Signal.ACTIVE_IDEATION: Signal.PAST_RISK,
    Signal.PASSIVE_IDEATION: Signal.PAST_RISK,
    Signal.SUICIDE_TALK: Signal.PAST_RISK,
    Signal.INTENT: Signal.PAST_RISK,
    Signal.PLAN: Signal.PAST_RISK,
    Signal.PREPARATION: Signal.PAST_RISK,
    Signal.ATTEMPT: Signal.PAST_RISK,
    Signal.SELF_HARM: Signal.PAST_RISK,
    Signal.HOPELESSNESS: Signal.PAST_RISK,
    Signal.COMMAND_VOICES: Signal.PAST_RISK,
    Signal.UNSAFE_WITH_SELF: Signal.PAST_RISK,
    Signal.ABUSE: Signal.PAST_ABUSE,
    Signal.HARM_OTHERS: Signal.HOSTILE_WISH,
}
