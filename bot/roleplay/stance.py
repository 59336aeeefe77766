"""How the partner reacts to one turn: the analysis' stance, with one correction for rehearsal.

``bot.analysis.role_play.partner_stance`` puts anything that reads as an order ahead of
vagueness. For a brush-off such as "forget it" or "leave it" that is the wrong way round in a
rehearsal: the words are parsed as an imperative, but what the other person hears is a door
closing, and people usually meet that with silence rather than argument. So when the only
provoking finding is an "order" made of the very words that were found vague, the partner goes
quiet. Everything else is the analysis' stance unchanged.
"""

from __future__ import annotations

from bot.analysis.communication import CommunicationAnalysis
from bot.analysis.patterns import Pattern
from bot.analysis.role_play import PROVOKING, Stance, partner_stance


def stance_for(analysis: CommunicationAnalysis) -> Stance:
    """Defensive to blame, silent to vagueness (brush-offs included), open to a calm
    I-statement with a specific request, neutral otherwise."""
    stance = partner_stance(analysis)
    if stance is Stance.DEFENSIVE and _brush_off_read_as_order(analysis):
        return Stance.SILENT
    return stance


def _brush_off_read_as_order(analysis: CommunicationAnalysis) -> bool:
    if not analysis.is_vague or analysis.patterns & PROVOKING != {Pattern.DEMAND}:
        return False
    vague = [words.lower() for words in analysis.words_for(Pattern.VAGUE)]
    orders = analysis.words_for(Pattern.DEMAND)
    return bool(orders) and all(any(o.lower() in v for v in vague) for o in orders)
