"""What a cue is, how it is compiled, and the exclusion fragments several cue tables share.

Patterns are written in lower case and run over a lower-cased copy of the text: Python's
case-insensitive matching is several times slower, and these patterns run over every post.
``@NAME`` in a pattern is replaced by the word list of that name in ``lexicon.py``; the named
group ``v`` marks the word the grammar checks should look at (without it, the whole match).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum, auto

from bot.safety import lexicon
from bot.safety.levels import RiskLevel
from bot.safety.signals import Signal


class Check(Enum):
    """A grammar check a match must pass (see ``grammar.py``)."""

    NEGATION = auto()  # drop when negated ("I'm not suicidal")
    OTHER_SUBJECT = auto()  # drop when the subject is someone else ("she wants to die")
    PERSON_OR_SELF = auto()  # drop when the subject is a thing ("the government can't go on")
    PERSON_SUBJECT = auto()  # keep only when the subject is another person ("he hits me")
    PAST = auto()  # demote when long ago or resolved ("years ago, I'm fine now")
    FIRST_PERSON = auto()  # keep only when the sentence is about the speaker at all
    NOT_FICTION = auto()  # drop in games, fiction and jokes ("kill him in Fortnite")
    GONE_IF_PAST = auto()  # drop (not demote) when long ago or resolved ("was in a dark place")


class Modifier(Enum):
    """Evidence that changes how other evidence is read, but is not a risk on its own."""

    TIMEFRAME = "plan or timeframe"
    MEANS_AT_HAND = "means at hand"
    METHOD = "method mentioned"
    SERIOUS = "says they mean it"
    RECENT = "just happened"
    DISTRESS = "distress"
    SELF_DISTRESS = "a sign of severe distress"
    BEREAVEMENT = "bereavement"


@dataclass(frozen=True)
class Cue:
    kind: Signal | Modifier
    pattern: re.Pattern[str]  # lower case, run over lower-cased text
    checks: frozenset[Check]
    level: RiskLevel | None  # overrides the signal's own level for weaker phrasings
    not_before: re.Pattern[str] | None  # searched in the sentence text before the match
    not_after: re.Pattern[str] | None  # matched at the start of the sentence text after it
    not_in: re.Pattern[str] | None  # searched in the whole sentence
    # Cheap prefilter: the pattern only runs when one of these lower-case strings is in the
    # text. Most posts contain none of a cue's key words, and a substring test is far cheaper
    # than a regular expression tried at every position. Empty: always run.
    requires: tuple[str, ...] = ()

    def may_match(self, lowered: str) -> bool:
        return not self.requires or any(word in lowered for word in self.requires)


_MACRO = re.compile(r"@([A-Z_]+)")
_FLAGS = 0


def _expand(pattern: str) -> str:
    return _MACRO.sub(lambda m: getattr(lexicon, m.group(1)), pattern)


def _compile(pattern: str | None) -> re.Pattern[str] | None:
    return re.compile(_expand(pattern), _FLAGS) if pattern else None


def cue(
    kind: Signal | Modifier,
    pattern: str,
    *checks: Check,
    level: RiskLevel | None = None,
    not_before: str | None = None,
    not_after: str | None = None,
    not_in: str | None = None,
    requires: tuple[str, ...] = (),
) -> Cue:
    compiled = _compile(pattern)
    assert compiled is not None
    return Cue(
        kind,
        compiled,
        frozenset(checks),
        level,
        _compile(not_before),
        _compile(not_after),
        _compile(not_in),
        requires,
    )


NEG, OTHER, PERSON, PAST, FIRST, FICTION, NOT_THING, GONE_IF_PAST = (
    Check.NEGATION,
    Check.OTHER_SUBJECT,
    Check.PERSON_SUBJECT,
    Check.PAST,
    Check.FIRST_PERSON,
    Check.NOT_FICTION,
    Check.PERSON_OR_SELF,
    Check.GONE_IF_PAST,
)
S = Signal
M = Modifier
NONE = RiskLevel.NONE
CONCERN = RiskLevel.CONCERN
HIGH = RiskLevel.HIGH

# Shared exclusions -------------------------------------------------------------------------
# Where a short thought ends: "I want to end it." / "... end it and ..." / "... end it now".
END_OF_THOUGHT = (
    r"(?=\s*(?:[.!?,;:)\"']|$|\n|and\b|but\b|so\b|because\b|lol\b|anymore\b|now\b|"
    r"already\b))"
)
KILL_SELF_IDIOM = (
    r"\s*(?:laughing|with laughter|trying\b|working\b|at (?:work|the gym|training)|"
    r"to (?:get|make|finish|meet|please|keep|pass|prove|impress)\b|in the (?:foot|feet)\b|"
    r"out to dry|up\b|over (?:this|that|it|nothing|work)|for (?:this|that) (?:job|exam|class))"
)
RATHER_THAN = r"\b(?:rather|sooner)\s+(?:\w+\s+)?$"
RELATIONSHIP = (
    r"\b(?:relationship|marriage|engagement|affair|dating|break(?:ing)? up|divorce|friendship|"
    r"contract|lease|subscription|call|conversation|meeting|argument|fight|chat|text|"
    r"email|session|things with|job|course|degree|streak)\b"
)
ACCIDENT = (
    r"\b(?:accident(?:ally|al)?|by mistake|slipped|tripped|fell|falling|cooking|chopping|"
    r"shaving|oven|stove|kettle|iron|pan|knife slipped|gym|football|soccer|rugby|running|"
    r"lifting|skiing|hiking|climbing|playing|sports?|at work|on the job|while)\b"
)
ABOUT_OTHERS = (
    r"\b(?:article|study|studies|research|documentary|podcast|news|report|statistics|"
    r"stats|rates?|data|essay|lecture|class|course|training|awareness|prevention|policy|"
    r"law|legal|assisted|euthanasia|bombers?|bombings?|squad|mission|doors?|vest)\b"
)
