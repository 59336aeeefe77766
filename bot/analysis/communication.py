"""Analyse one message the participant said (or would say) to someone important to them.

This is the "communication analysis" of IPT turned into a tool: look at the exact words, find
what is likely to make the other person defensive (blame, absolutes, mind-reading, attacks,
sarcasm, orders) and what helps them understand (a named feeling, a specific request). The result
feeds three things: kind feedback (``feedback.py``), an alternative phrasing in the person's own
words (``rephrase.py``) and the role-play partner's reaction (``role_play.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.analysis.asking import Ask, find_asks
from bot.analysis.blame import find_attacks, find_generalisations, find_mind_reading
from bot.analysis.feelings import find_feelings
from bot.analysis.parsing import parse
from bot.analysis.patterns import BLAMING, Evidence, Pattern
from bot.analysis.sarcasm import find_sarcasm
from bot.analysis.vagueness import find_vagueness

__all__ = ["CommunicationAnalysis", "Evidence", "Pattern", "analyse"]


@dataclass(frozen=True)
class CommunicationAnalysis:
    """What one message does, with the words behind each finding."""

    text: str
    patterns: frozenset[Pattern]
    evidence: tuple[Evidence, ...] = ()
    feelings: tuple[str, ...] = ()
    """The speaker's own feelings, in the form that follows "I feel" ("hurt", "let down")."""
    request_text: str | None = None
    """The sentence in which they ask for something, as typed."""
    request_action: str | None = None
    """The action they ask for in base form ("text me if you're running late")."""
    request_is_joint: bool = False
    """True when they ask for something together ("let's...", "can we...")."""
    asks: tuple[Ask, ...] = field(default=(), repr=False)

    def has(self, pattern: Pattern) -> bool:
        """True when ``pattern`` was found."""
        return pattern in self.patterns

    def words_for(self, pattern: Pattern) -> tuple[str, ...]:
        """The words that triggered ``pattern``, first occurrence first, without repeats."""
        seen: list[str] = []
        for item in self.evidence:
            if item.pattern is pattern and item.words not in seen:
                seen.append(item.words)
        return tuple(seen)

    @property
    def is_blaming(self) -> bool:
        """Blame, mind-reading, an attack or sarcasm: likely to make the other defensive."""
        return bool(self.patterns & BLAMING)

    @property
    def names_feeling(self) -> bool:
        return Pattern.FEELING_NAMED in self.patterns

    @property
    def makes_request(self) -> bool:
        return Pattern.REQUEST in self.patterns

    @property
    def has_specific_request(self) -> bool:
        return self.makes_request and Pattern.NO_SPECIFIC_REQUEST not in self.patterns

    @property
    def is_vague(self) -> bool:
        return Pattern.VAGUE in self.patterns

    @property
    def is_calm_i_statement(self) -> bool:
        """A named feeling and a request, with nothing blaming or ordering in it."""
        return (
            self.names_feeling
            and self.makes_request
            and not self.is_blaming
            and not self.patterns & {Pattern.DEMAND, Pattern.ABSOLUTE}
        )


def analyse(text: str) -> CommunicationAnalysis:
    """Find the communication patterns in ``text``; never raises on odd input."""
    text = text if isinstance(text, str) else ""
    doc = parse(text)
    evidence: list[Evidence] = []
    evidence += find_generalisations(doc)
    evidence += find_mind_reading(doc)
    evidence += find_attacks(doc)
    evidence += find_sarcasm(doc)
    feelings = find_feelings(doc)
    evidence += feelings.evidence
    asks = find_asks(doc)
    evidence += [Evidence(ask.kind, ask.words) for ask in asks]

    patterns = {item.pattern for item in evidence}
    vague = find_vagueness(doc, patterns)
    if vague:
        evidence += vague
        patterns.add(Pattern.VAGUE)
        if len(doc) <= 3:  # "nothing" / "never mind" as a whole reply is a brush-off
            patterns.discard(Pattern.ABSOLUTE)

    patterns.add(Pattern.NO_FEELING_NAMED if not feelings.feelings else Pattern.FEELING_NAMED)
    requests = [ask for ask in asks if ask.kind is Pattern.REQUEST]
    if not any(ask.specific for ask in requests):
        patterns.add(Pattern.NO_SPECIFIC_REQUEST)
    chosen = max(requests, key=lambda ask: ask.specific, default=None)
    return CommunicationAnalysis(
        text=text,
        patterns=frozenset(patterns),
        evidence=tuple(evidence),
        feelings=feelings.feelings,
        request_text=chosen.sentence if chosen else None,
        request_action=chosen.action if chosen else None,
        request_is_joint=chosen.together if chosen else False,
        asks=tuple(asks),
    )
