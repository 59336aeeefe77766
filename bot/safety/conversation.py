"""What the earlier messages of a conversation tell us about how to read the next one.

"What's the tallest bridge in town?" is a tourist's question on its own and a warning sign
after "I lost my job and can't go on". Clinicians read messages in the light of what came
before; this summary lets the detector do the same, cheaply (no parsing), since a chat can
carry many earlier messages.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.safety.cues import Modifier
from bot.safety.evidence import Evidence
from bot.safety.levels import RiskLevel
from bot.safety.signals import Signal

# Only the recent past matters for how to read the next message, and it bounds the work.
MAX_CONTEXT_MESSAGES = 20
MAX_CONTEXT_CHARS = 5_000

_DISTRESSING = frozenset(
    {Signal.HOPELESSNESS, Signal.WANTS_IT_TO_STOP, Signal.PAST_RISK, Signal.ABUSE,
     Signal.PAST_ABUSE, Signal.URGED_BY_OTHERS, Signal.HOSTILE_WISH}
)


@dataclass(frozen=True)
class Conversation:
    """Flags from earlier messages (or from the other sentences of the same message)."""

    distress: bool = False  # hopelessness, losses, self-hatred, crying ...
    risk: bool = False  # suicidal thoughts, self-harm, a wish to die
    intent: bool = False  # a stated intent, a plan, preparations
    bereaved: bool = False  # someone close has died

    @property
    def dark(self) -> bool:
        return self.distress or self.risk

    def merged(self, other: Conversation) -> Conversation:
        return Conversation(
            self.distress or other.distress,
            self.risk or other.risk,
            self.intent or other.intent,
            self.bereaved or other.bereaved,
        )


QUIET = Conversation()


def summarise(evidence: Iterable[Evidence]) -> Conversation:
    """Reduce the evidence of one or more messages to the flags that colour what follows."""
    flags: set[str] = set()
    for item in evidence:
        flags.update(contributions(item))
    return Conversation(
        "distress" in flags, "risk" in flags, "intent" in flags, "bereaved" in flags
    )


def contributions(item: Evidence) -> tuple[str, ...]:
    """Which of the conversation flags one piece of evidence sets."""
    kind = item.kind
    if kind in (Modifier.DISTRESS, Modifier.SELF_DISTRESS):
        return ("distress",)
    if kind is Modifier.BEREAVEMENT:
        return ("bereaved",)
    if not isinstance(kind, Signal):
        return ()
    flags = []
    if kind.is_risk and item.level >= RiskLevel.CONCERN:
        flags.append("risk")
    if kind.is_intent and item.level >= RiskLevel.HIGH:
        flags.append("intent")
    if kind in _DISTRESSING or kind.is_risk:
        flags.append("distress")
    return tuple(flags)


def recent(context: Sequence[str]) -> list[str]:
    """The part of the context worth screening: the last messages, each capped in length."""
    if isinstance(context, str):
        context = [context]
    messages = [m for m in list(context)[-MAX_CONTEXT_MESSAGES:] if isinstance(m, str)]
    return [m[-MAX_CONTEXT_CHARS:] for m in messages]
