"""The communication patterns the analysis can find, and the evidence for each.

Names are stable strings: the Rasa flow stores them in slots and the clinician dashboard shows
them, so they must not change when the detection behind them improves.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Pattern(str, Enum):
    """One thing about how a message is put that changes how it is likely to land."""

    ALWAYS_NEVER_BLAME = "always_never_blame"
    """A rule about the other person's behaviour ("you never help", "you're always late")."""
    ABSOLUTE = "absolute"
    """Words that leave no exceptions: always, never, nothing, everyone, nobody."""
    MIND_READING = "mind_reading"
    """Telling the other person what they feel or intend ("you don't care", "you hate me")."""
    DEMAND = "demand"
    """An order or an obligation ("Do the dishes now", "you need to...") rather than an ask."""
    REQUEST = "request"
    """An ask the other person can say yes or no to ("Could you...?", "I'd like us to...")."""
    I_STATEMENT = "i_statement"
    """The speaker speaks for themselves: what they feel, need or would like."""
    FEELING_NAMED = "feeling_named"
    """The speaker names a feeling of their own (hurt, worried, lonely...)."""
    NO_FEELING_NAMED = "no_feeling_named"
    """No feeling of the speaker's own is named."""
    NO_SPECIFIC_REQUEST = "no_specific_request"
    """There is no ask, or the ask is too general to act on ("be nicer", "help more")."""
    SARCASM = "sarcasm"
    """Praise or thanks that means the opposite ("thanks for nothing", "oh great")."""
    ATTACK_ON_PERSON = "attack_on_person"
    """Name-calling or a verdict on the person ("you're so selfish", "you idiot")."""
    VAGUE = "vague"
    """Too short or unclear for the other person to respond to ("whatever", "you know what
    you did")."""

    def __str__(self) -> str:
        return self.value


#: Patterns that usually make the other person defend themselves instead of listening.
BLAMING: frozenset[Pattern] = frozenset(
    {
        Pattern.ALWAYS_NEVER_BLAME,
        Pattern.MIND_READING,
        Pattern.ATTACK_ON_PERSON,
        Pattern.SARCASM,
    }
)


@dataclass(frozen=True)
class Evidence:
    """The words that made the analysis find a pattern, shown back to the person."""

    pattern: Pattern
    words: str
