"""Combine the evidence in a message, and the conversation before it, into one level.

Most evidence speaks for itself (its signal's level). Three things change that: ambiguous
evidence is read in the light of the conversation; intent, plans and preparation become
imminent when they come with a time or with the means at hand; and redundant generic
evidence is dropped when something more specific covers the same words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.safety.conversation import Conversation
from bot.safety.cues import Modifier
from bot.safety.evidence import Evidence
from bot.safety.levels import RiskLevel
from bot.safety.signals import Signal

NONE, CONCERN, HIGH, IMMINENT = (
    RiskLevel.NONE,
    RiskLevel.CONCERN,
    RiskLevel.HIGH,
    RiskLevel.IMMINENT,
)

_VOLITIONAL = re.compile(
    r"\b(?:want|wanna|going to|gonna|will|'ll|plan|planning|ready|decided|about to|need to|"
    r"have to|intend|finally|definitely)\b",
    re.IGNORECASE,
)
_QUESTIONS = frozenset({Signal.MEANS_QUESTION, Signal.LETHALITY_QUESTION})
_VAGUE = frozenset({Signal.VAGUE_INTENT, Signal.VAGUE_PLAN})
_IDEATION = frozenset({Signal.ACTIVE_IDEATION, Signal.PASSIVE_IDEATION, Signal.SUICIDE_TALK})
_SPECIFIC_OVER_GENERIC = frozenset({Signal.SUICIDE_TALK, Signal.HOPELESSNESS})


@dataclass(frozen=True)
class Finding:
    level: RiskLevel
    reason: str


def assess(
    evidence: Sequence[Evidence], sentences: Sequence[str], earlier: Conversation
) -> tuple[RiskLevel, tuple[str, ...]]:
    """Return the message's level and the reasons for it, most serious first."""
    signals = _without_redundant([e for e in evidence if isinstance(e.kind, Signal)])
    modifiers = [e for e in evidence if isinstance(e.kind, Modifier)]
    findings: list[Finding] = []
    for item in signals:
        findings.append(_read(item, signals, modifiers, earlier))
    findings.extend(_imminence(signals, modifiers, sentences, earlier))
    findings = [f for f in findings if f.level > NONE]
    if not findings:
        return NONE, ()
    level = max(f.level for f in findings)
    reasons: list[str] = []
    for finding in sorted(findings, key=lambda f: f.level, reverse=True):
        if finding.reason not in reasons:
            reasons.append(finding.reason)
    return level, tuple(reasons)


def _read(
    item: Evidence, signals: list[Evidence], modifiers: list[Evidence], earlier: Conversation
) -> Finding:
    kind = item.kind
    assert isinstance(kind, Signal)
    level = item.level
    others = [s for s in signals if s.sentence != item.sentence]
    here = _summary(others, [m for m in modifiers if m.sentence != item.sentence])

    if kind is Signal.REUNION_AMBIGUOUS:
        if here.bereaved:
            return Finding(HIGH, Signal.REUNION.label)
        if earlier.bereaved:
            return Finding(HIGH, f"{Signal.REUNION.label} (after talk of a death earlier in "
                           "the conversation)")
        return Finding(NONE, kind.label)

    if kind in _QUESTIONS:
        if earlier.intent:
            return Finding(IMMINENT, f"{kind.label} after a stated plan or intent earlier in "
                           "the conversation")
        if earlier.dark:
            what = "suicidal thoughts" if earlier.risk else "distress"
            return Finding(HIGH, f"{kind.label} after {what} earlier in the conversation")
        if here.dark:
            return Finding(HIGH, f"{kind.label} alongside distress in the same message")
        return Finding(level, kind.label)

    if kind in _VAGUE:
        timed = _has(modifiers, Modifier.TIMEFRAME, item.sentence)
        base = CONCERN if timed else NONE
        if earlier.risk or here.risk:
            when = "earlier in the conversation" if earlier.risk else "in the same message"
            return Finding(HIGH, f"{kind.label} after suicidal thoughts {when}")
        if earlier.distress:
            return Finding(base.raised(), f"{kind.label} after distress earlier in the "
                           "conversation")
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

    if kind.ambiguous and earlier.dark and level >= CONCERN:
        what = "suicidal thoughts" if earlier.risk else "distress"
        return Finding(max(level.raised(), HIGH if earlier.risk else level.raised()),
                       f"{kind.label} after {what} earlier in the conversation")

    if kind is Signal.HOSTILE_WISH and any(m.kind is Modifier.SERIOUS for m in modifiers):
        return Finding(HIGH, f"{Signal.HARM_OTHERS.label} (says they mean it)")
    return Finding(level, kind.label)


def _imminence(
    signals: list[Evidence],
    modifiers: list[Evidence],
    sentences: Sequence[str],
    earlier: Conversation,
) -> list[Finding]:
    """Intent or a plan with a time or the means at hand; preparations with intent."""
    findings: list[Finding] = []
    means = [m for m in modifiers if m.kind is Modifier.MEANS_AT_HAND]
    risk_here = any(s.kind in _IDEATION or s.kind.is_intent for s in signals  # type: ignore[union-attr]
                    if s.level >= HIGH)
    for item in signals:
        kind = item.kind
        if item.past_tense and kind is not Signal.ATTEMPT:
            continue
        timeframe = _first(modifiers, Modifier.TIMEFRAME, item.sentence)
        if kind in {Signal.INTENT, Signal.PLAN} or (
            kind is Signal.ACTIVE_IDEATION and _volitional(item, sentences)
        ):
            if timeframe:
                findings.append(Finding(IMMINENT, f"plan or timeframe: '{timeframe}'"))
            if means:
                findings.append(Finding(IMMINENT, f"means at hand: '{means[0].snippet}'"))
        elif kind in _IDEATION and item.level >= HIGH and means:
            findings.append(Finding(IMMINENT, f"means at hand: '{means[0].snippet}'"))
        elif kind is Signal.PREPARATION and item.level >= HIGH:
            if timeframe:
                findings.append(Finding(IMMINENT, f"plan or timeframe: '{timeframe}'"))
            if earlier.risk or any(
                s.kind in _IDEATION or s.kind in {Signal.INTENT, Signal.PLAN}
                for s in signals
                if s is not item and s.level >= HIGH
            ):
                findings.append(Finding(IMMINENT, "goodbye or preparations alongside suicidal "
                                        "thoughts"))
        elif kind is Signal.ATTEMPT and item.level >= HIGH:
            recent = _first(modifiers, Modifier.RECENT, item.sentence)
            if recent:
                findings.append(Finding(IMMINENT, f"attempt or overdose that has just happened: "
                                        f"'{recent}'"))
        elif kind is Signal.VAGUE_INTENT and timeframe and (earlier.risk or risk_here):
            findings.append(Finding(IMMINENT, f"plan or timeframe: '{timeframe}'"))
        elif kind is Signal.HARM_OTHERS and item.level >= HIGH and timeframe:
            findings.append(Finding(IMMINENT, f"plan or timeframe: '{timeframe}'"))
    return findings


def _without_redundant(signals: list[Evidence]) -> list[Evidence]:
    """Drop generic evidence ("talk of suicide") whose words a specific signal explains."""
    kept = []
    for item in signals:
        if item.kind in _SPECIFIC_OVER_GENERIC and any(
            other is not item
            and other.kind not in _SPECIFIC_OVER_GENERIC
            and other.level >= item.level
            and other.span_start < item.span_end
            and item.span_start < other.span_end
            for other in signals
        ):
            continue
        kept.append(item)
    return kept


def _summary(signals: list[Evidence], modifiers: list[Evidence]) -> Conversation:
    from bot.safety.conversation import summarise

    return summarise([*signals, *modifiers])


def _has(modifiers: list[Evidence], kind: Modifier, sentence: int) -> bool:
    return any(m.kind is kind and m.sentence == sentence for m in modifiers)


def _first(modifiers: list[Evidence], kind: Modifier, sentence: int) -> str | None:
    for m in modifiers:
        if m.kind is kind and m.sentence == sentence:
            return m.snippet
    return None


def _volitional(item: Evidence, sentences: Sequence[str]) -> bool:
    return bool(_VOLITIONAL.search(sentences[item.sentence]))
