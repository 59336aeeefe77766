"""Choose how the role-play partner reacts to the participant's turn.

In the rehearsal the bot plays the other person. Reacting the way people usually do, defending
themselves against blame, closing down when the message gives them nothing to respond to, and
opening up to a calm "I feel ... could you ...", lets the participant feel the difference a
phrasing makes before the real conversation. The scripted lines for each stance live in the
Rasa domain; this module only picks the stance.
"""

from __future__ import annotations

from enum import Enum

from bot.analysis.communication import CommunicationAnalysis
from bot.analysis.patterns import Pattern


class Stance(str, Enum):
    """How the partner responds to one turn."""

    DEFENSIVE = "defensive"
    OPEN = "open"
    SILENT = "silent"
    NEUTRAL = "neutral"

    def __str__(self) -> str:
        return self.value


#: What most people defend themselves against.
PROVOKING: frozenset[Pattern] = frozenset(
    {
        Pattern.ALWAYS_NEVER_BLAME,
        Pattern.ATTACK_ON_PERSON,
        Pattern.ABSOLUTE,
        Pattern.SARCASM,
        Pattern.DEMAND,
        Pattern.MIND_READING,
    }
)


def partner_stance(analysis: CommunicationAnalysis) -> Stance:
    """Defensive to blame, silent to vagueness, open to a calm I-statement with a request."""
    if analysis.patterns & PROVOKING:
        return Stance.DEFENSIVE
    if analysis.is_vague:
        return Stance.SILENT
    if analysis.is_calm_i_statement:
        return Stance.OPEN
    return Stance.NEUTRAL
