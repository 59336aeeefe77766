"""The phrasings that count as evidence, and the grammar checks each one needs.

A cue is a regular expression over normalised text (cheap enough to run over a whole post)
plus the checks the parser must pass before it counts: not negated ("I would never hurt
myself"), about the speaker rather than someone else ("my friend wants to die"), not a
distant and resolved past, not fiction or a game. Patterns describe meaning classes (a
desire verb followed by a death predicate), so unseen wording is still caught.

``@NAME`` in a pattern is replaced by the word list of that name in ``lexicon.py``. The named
group ``v`` marks the word the grammar checks should look at; without it, the whole match.
Patterns are written in lower case and run over a lower-cased copy of the text: Python's
case-insensitive matching is several times slower, and these patterns run over every post.
"""

from __future__ import annotations

from bot.safety.cues.base import Check, Cue, Modifier, cue
from bot.safety.cues.behaviour import BEHAVIOUR
from bot.safety.cues.hopelessness import HOPELESSNESS
from bot.safety.cues.ideation import IDEATION
from bot.safety.cues.intent import INTENT, PREPARATION
from bot.safety.cues.means import MEANS
from bot.safety.cues.modifiers import CONTEXT, MODIFIERS, SELF_DISTRESS
from bot.safety.cues.others import OTHERS

ALL: tuple[Cue, ...] = (
    IDEATION + HOPELESSNESS + INTENT + PREPARATION + BEHAVIOUR + MEANS + OTHERS + MODIFIERS
    + SELF_DISTRESS + CONTEXT
)

__all__ = ["ALL", "Check", "Cue", "Modifier", "cue"]
