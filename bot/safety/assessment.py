"""Combine the evidence in a message, and the conversation before it, into one level.

Most evidence speaks for itself (its signal's level). Three things change that: ambiguous
evidence is read in the light of the conversation (and of the rest of the message); intent,
plans and preparations become imminent when they come with a time or with the means at hand;
and generic evidence is dropped when something more specific explains the same words.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from bot.safety.conversation import Conversation, contributions
from bot.safety.cues import ALL, Modifier
from bot.safety.cues.modifiers import ISOLATION
from bot.safety.evidence import Evidence
from bot.safety.levels import RiskLevel
from bot.safety.signals import Signal

NONE, CONCERN, HIGH, IMMINENT = (
    RiskLevel.NONE,
    RiskLevel.CONCERN,
    RiskLevel.HIGH,
    RiskLevel.IMMINENT,
)

# Different kinds of severe-distress signs needed in one message before it counts as concern.
SEVERE_DISTRESS_MIN = 2
#: Every way of saying "I am alone" counts as one sign of distress (cues/modifiers.py).
_ISOLATION_INDICES = frozenset(i for i, cue in enumerate(ALL) if cue in ISOLATION)
ISOLATION_SIGN = -2

# Words that turn a thought into an intention ("want" is a wish, not an intent).
_INTENDING = re.compile(
    r"\b(?:going to|gonna|will|'ll|plan|planning|planned|ready|decided|about to|intend|"
    r"finally)\b",
    re.IGNORECASE,
)
_QUESTIONS = frozenset({Signal.MEANS_QUESTION, Signal.LETHALITY_QUESTION})
_VAGUE = frozenset({Signal.VAGUE_INTENT, Signal.VAGUE_PLAN})
_IDEATION = frozenset({Signal.ACTIVE_IDEATION, Signal.PASSIVE_IDEATION, Signal.SUICIDE_TALK})
_GENERIC = frozenset({Signal.SUICIDE_TALK, Signal.HOPELESSNESS})


@dataclass(frozen=True)
class Finding:
    level: RiskLevel
    reason: str


def assess(
    evidence: Sequence[Evidence],
    sentences: Sequence[str],
    earlier: Conversation,
    reads_like_crisis: bool = False,
) -> tuple[RiskLevel, tuple[str, ...]]:
    """Return the message's level and the reasons for it, most serious first.

    ``reads_like_crisis`` is the crisis-language classifier's verdict: a safety net under the
    cues, so it only speaks when no cue found anything worth a clinician's look.
    """
    message = _Message(evidence, sentences)
    findings = [_read(item, message, earlier) for item in message.signals]
    findings += _imminence(message, earlier)
    findings += _accumulated_distress(message, earlier)
    findings += _means_in_a_dark_conversation(message, earlier)
    findings = [f for f in findings if f.level > NONE]
    if reads_like_crisis and not findings:
        findings.append(_crisis_language(earlier))
    if not findings:
        return NONE, ()
    reasons: list[str] = []
    for finding in sorted(findings, key=lambda f: f.level, reverse=True):
        if finding.reason not in reasons:
            reasons.append(finding.reason)
    return max(f.level for f in findings), tuple(reasons)


class _Message:
    """The evidence of one message, indexed so each question about it is cheap."""

    def __init__(self, evidence: Sequence[Evidence], sentences: Sequence[str]) -> None:
        self.sentences = sentences
        self.by_sentence: dict[int, list[Evidence]] = defaultdict(list)
        for item in evidence:
            self.by_sentence[item.sentence].append(item)
        self.signals = [
            e for e in evidence if isinstance(e.kind, Signal) and not self._redundant(e)
        ]
        self.modifiers = [e for e in evidence if isinstance(e.kind, Modifier)]
        self._totals: Counter[str] = Counter()
        for item in evidence:
            self._totals.update(contributions(item))

    def rest(self, item: Evidence) -> Conversation:
        """What the rest of the message says, leaving out the words of ``item`` itself."""
        counts = self._totals.copy()
        for other in self.by_sentence[item.sentence]:
            if _overlaps(other, item):
                counts.subtract(contributions(other))
        return Conversation(
            counts["distress"] > 0, counts["risk"] > 0, counts["intent"] > 0,
            counts["bereaved"] > 0,
        )

    def first(self, kind: Modifier, sentence: int) -> str | None:
        for item in self.by_sentence[sentence]:
            if item.kind is kind:
                return item.snippet
        return None

    def anywhere(self, kind: Modifier) -> str | None:
        for item in self.modifiers:
            if item.kind is kind:
                return item.snippet
        return None

    def _redundant(self, item: Evidence) -> bool:
        """Generic evidence ("talk of suicide") whose words a more specific signal explains."""
        return item.kind in _GENERIC and any(
            other is not item
            and isinstance(other.kind, Signal)
            and other.kind not in _GENERIC
            and other.level >= item.level
            and _overlaps(other, item)
            for other in self.by_sentence[item.sentence]
        )


def _read(item: Evidence, message: _Message, earlier: Conversation) -> Finding:
    kind = item.kind
    assert isinstance(kind, Signal)
    level = item.level
    here = message.rest(item)

    if kind is Signal.REUNION_AMBIGUOUS:
        if here.bereaved:
            return Finding(HIGH, Signal.REUNION.label)
        if earlier.bereaved:
            return Finding(HIGH, f"{Signal.REUNION.label} (after talk of a death earlier in "
                           "the conversation)")
        return Finding(NONE, kind.label)

    if kind is Signal.VEILED_EXIT:
        if earlier.risk:
            return Finding(HIGH, f"{kind.label} after suicidal thoughts earlier in the "
                           "conversation")
        if here.risk:
            return Finding(HIGH, f"{kind.label} alongside suicidal thoughts in the same message")
        return Finding(NONE, kind.label)

    if kind in _QUESTIONS:
        if earlier.intent:
            return Finding(IMMINENT, f"{kind.label} after a stated plan or intent earlier in "
                           "the conversation")
        if earlier.dark:
            return Finding(HIGH, f"{kind.label} after {_what(earlier)} earlier in the "
                           "conversation")
        if here.dark:
            return Finding(HIGH, f"{kind.label} alongside distress in the same message")
        return Finding(level, kind.label)

    if kind in _VAGUE:
        base = CONCERN if message.first(Modifier.TIMEFRAME, item.sentence) else NONE
        if earlier.risk or here.risk:
            when = "earlier in the conversation" if earlier.risk else "in the same message"
            return Finding(HIGH, f"{kind.label} after suicidal thoughts {when}")
        if earlier.distress or here.distress:
            when = "earlier in the conversation" if earlier.distress else "in the same message"
            return Finding(base.raised(), f"{kind.label} after distress {when}")
        return Finding(base, kind.label)

    if kind is Signal.FAREWELL:
        if earlier.risk or here.risk:
            when = "earlier in the conversation" if earlier.risk else "in the same message"
            return Finding(max(level.raised(), HIGH), f"{kind.label} after suicidal thoughts "
                           f"{when}")
        if earlier.distress or here.distress:
            when = "earlier in the conversation" if earlier.distress else "in the same message"
            return Finding(max(level.raised(), CONCERN), f"{kind.label} after distress {when}")
        return Finding(level, kind.label)

    if kind.ambiguous and earlier.dark:
        raised = max(level.raised(), HIGH) if earlier.risk or level >= CONCERN else CONCERN
        return Finding(raised, f"{kind.label} after {_what(earlier)} earlier in the "
                       "conversation")
    if kind.ambiguous and level == NONE and here.dark:
        return Finding(CONCERN, f"{kind.label} alongside distress in the same message")

    if kind is Signal.HOSTILE_WISH and message.anywhere(Modifier.SERIOUS):
        return Finding(HIGH, f"{Signal.HARM_OTHERS.label} (says they mean it)")
    return Finding(level, kind.label)


def _imminence(message: _Message, earlier: Conversation) -> list[Finding]:
    """Intent or a plan with a time or the means at hand; preparations with intent."""
    findings: list[Finding] = []
    means = message.anywhere(Modifier.MEANS_AT_HAND)
    at_hand = f"means at hand: '{means}'" if means else ""
    serious = [s for s in message.signals if s.level >= HIGH]
    thoughts_here = any(s.kind in _IDEATION or s.kind.is_intent for s in serious)  # type: ignore[union-attr]
    for item in message.signals:
        kind = item.kind
        # "Today I thought about killing myself" is a report, not a plan for today. Intent and
        # plans keep their force in any tense ("I've decided to ...").
        if item.past_tense and kind in _IDEATION:
            continue
        timeframe = message.first(Modifier.TIMEFRAME, item.sentence)
        when = f"plan or timeframe: '{timeframe}'"
        if kind in {Signal.INTENT, Signal.PLAN} or (
            kind is Signal.ACTIVE_IDEATION and _INTENDING.search(item.lead + item.snippet)
        ):
            if timeframe:
                findings.append(Finding(IMMINENT, when))
            if means:
                findings.append(Finding(IMMINENT, at_hand))
        elif kind in _IDEATION and item.level >= HIGH and means:
            findings.append(Finding(IMMINENT, at_hand))
        elif kind is Signal.PREPARATION and item.level >= HIGH:
            if timeframe:
                findings.append(Finding(IMMINENT, when))
            if earlier.risk or any(
                s is not item and (s.kind in _IDEATION or s.kind in {Signal.INTENT, Signal.PLAN})
                for s in serious
            ):
                findings.append(Finding(IMMINENT, "goodbye or preparations alongside suicidal "
                                        "thoughts"))
        elif kind is Signal.ATTEMPT and item.level >= HIGH:
            recent = message.first(Modifier.RECENT, item.sentence)
            if recent:
                findings.append(Finding(IMMINENT, f"attempt or overdose that has just happened: "
                                        f"'{recent}'"))
        elif kind is Signal.VAGUE_INTENT and (timeframe or means):
            if timeframe and (earlier.risk or thoughts_here or means):
                findings.append(Finding(IMMINENT, when))
            elif means:
                findings.append(Finding(HIGH, at_hand))
        elif kind is Signal.HARM_OTHERS and item.level >= HIGH and timeframe:
            findings.append(Finding(IMMINENT, when))
    return findings


def _means_in_a_dark_conversation(message: _Message, earlier: Conversation) -> list[Finding]:
    """ "I bought a rope today" is shopping, unless the person is in despair."""
    for item in message.modifiers:
        if item.kind is not Modifier.MEANS_AT_HAND:
            continue
        if earlier.dark:
            return [Finding(HIGH, f"means at hand after {_what(earlier)} earlier in the "
                            f"conversation: '{item.snippet}'")]
        if message.rest(item).dark:
            return [Finding(HIGH, f"means at hand alongside distress: '{item.snippet}'")]
    return []


def _accumulated_distress(message: _Message, earlier: Conversation) -> list[Finding]:
    """Several different signs of severe distress in one message: worth a clinician's look."""
    signs = {
        ISOLATION_SIGN if m.cue_index in _ISOLATION_INDICES else m.cue_index
        for m in message.modifiers
        if m.kind is Modifier.SELF_DISTRESS
    }
    if len(signs) < SEVERE_DISTRESS_MIN:
        return []
    label = Signal.SEVERE_DISTRESS.label
    if earlier.risk:
        return [Finding(HIGH, f"{label} after suicidal thoughts earlier in the conversation")]
    return [Finding(CONCERN, label)]


def _crisis_language(earlier: Conversation) -> Finding:
    label = Signal.CRISIS_LANGUAGE.label
    if earlier.risk:
        return Finding(HIGH, f"{label} after suicidal thoughts earlier in the conversation")
    return Finding(Signal.CRISIS_LANGUAGE.level, label)


def _what(earlier: Conversation) -> str:
    return "suicidal thoughts" if earlier.risk else "distress"


def _overlaps(a: Evidence, b: Evidence) -> bool:
    return a.span_start < b.span_end and b.span_start < a.span_end
