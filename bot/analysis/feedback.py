"""Turn an analysis into a few kind, concrete lines of feedback.

The wording lives in ``feedback.yml`` so the clinical team can review and change it without
touching code. This module only decides which lines apply, in what order, and fills in the
person's own words. Order matters: what they did well comes first, because people take in
suggestions better after hearing what works, and IPT credits the person's own competence.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

from bot.analysis.communication import CommunicationAnalysis
from bot.analysis.patterns import Pattern

FEEDBACK_FILE = Path(__file__).with_name("feedback.yml")
MAX_LINES = 3
MAX_QUOTE_WORDS = 8
#: Suggestion keys in the order they are most useful; later ones are dropped first.
SUGGESTION_ORDER: tuple[str, ...] = (
    "no_words", "unreadable", "vague", "attack_on_person", "always_never_blame", "mind_reading",
    "sarcasm", "demand", "absolute", "no_feeling_named", "vague_request", "no_specific_request",
)
#: Vagueness evidence that means there was nothing the analysis could read.
UNREADABLE_EVIDENCE = {"no words": "no_words", "not in English": "unreadable"}


@functools.lru_cache(maxsize=1)
def load_feedback() -> dict[str, Any]:
    """The reviewed feedback lines from ``feedback.yml`` (read once)."""
    with FEEDBACK_FILE.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    missing = set(SUGGESTION_ORDER) - set(data["suggestions"])
    if missing:
        raise ValueError(f"feedback.yml has no line for: {', '.join(sorted(missing))}")
    return data


def feedback_for(analysis: CommunicationAnalysis) -> list[str]:
    """At most three short lines: one strength first (if any), then the most useful ideas."""
    lines = load_feedback()
    strength = _strength(analysis)
    suggestions = _suggestions(analysis)
    chosen: list[str] = []
    if strength is not None:
        chosen.append(_fill(lines["strengths"][strength], analysis, None))
    for key in suggestions[: MAX_LINES - len(chosen)]:
        chosen.append(_fill(lines["suggestions"][key], analysis, key))
    if not suggestions:
        chosen.append(lines["all_clear"].strip())
    return chosen[:MAX_LINES]


def _strength(analysis: CommunicationAnalysis) -> str | None:
    if analysis.is_vague:
        return None
    if analysis.names_feeling and analysis.makes_request:
        return "feeling_and_request"
    if analysis.names_feeling:
        return "feeling_named"
    if analysis.has_specific_request:
        return "specific_request"
    if analysis.makes_request:
        return "request"
    if analysis.has(Pattern.I_STATEMENT):
        return "i_statement"
    return None


def _suggestions(analysis: CommunicationAnalysis) -> list[str]:
    found: set[str] = {p.value for p in analysis.patterns}
    for evidence in analysis.words_for(Pattern.VAGUE):
        if evidence in UNREADABLE_EVIDENCE:
            return [UNREADABLE_EVIDENCE[evidence]]
    if analysis.is_vague:  # the vague line already asks for what happened and how it felt
        found -= {"no_feeling_named", "no_specific_request", "absolute"}
    if "always_never_blame" in found:
        found.discard("absolute")  # one line about "never" is enough
    if "no_specific_request" in found and analysis.makes_request:
        found = (found - {"no_specific_request"}) | {"vague_request"}
    if "demand" in found:
        found.discard("no_specific_request")  # the demand line already says how to ask
    return [key for key in SUGGESTION_ORDER if key in found]


def _fill(template: str, analysis: CommunicationAnalysis, key: str | None) -> str:
    pattern = Pattern(key) if key in Pattern._value2member_map_ else None
    words = analysis.words_for(pattern) if pattern is not None else ()
    if key is None:
        words = analysis.words_for(Pattern.I_STATEMENT)
    values = {
        "words": _quote(words[0] if words else ""),
        "feelings": " and ".join(analysis.feelings[:2]),
        "request": _quote(analysis.request_action or analysis.request_text or ""),
    }
    return " ".join(template.format(**values).split())


def _quote(words: str) -> str:
    """A short, tidy excerpt of their words, without surrounding punctuation."""
    cut = words.strip().strip(".,!?;:\"'").split()
    text = " ".join(cut[:MAX_QUOTE_WORDS])
    return text + ("..." if len(cut) > MAX_QUOTE_WORDS else "")
