"""PHQ-9 (Kroenke, Spitzer & Williams, 2001): scoring, severity bands and answer parsing.

The nine items and their four answers are the standard wording (free to use, no permission
needed); they live in domain.yml as responses. Item 9 asks about thoughts of being better off
dead or of self-harm: any answer above 0 starts the safety flow, whatever the total.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

ITEMS = 9
SUICIDE_ITEM = 9
#: Every two weeks: the PHQ-9 asks about "the last 2 weeks".
INTERVAL = timedelta(days=14)

# Standard bands (Kroenke et al. 2001).
BANDS: tuple[tuple[int, str], ...] = (
    (4, "minimal"),
    (9, "mild"),
    (14, "moderate"),
    (19, "moderately severe"),
    (27, "severe"),
)

_ANSWER_WORDS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (3, ("nearly every day", "almost every day", "every day", "everyday", "all the time",
         "daily", "constantly", "always")),
    (2, ("more than half the days", "more than half", "over half", "most days", "a lot",
         "often", "half the days", "most of the time")),
    (1, ("several days", "a few days", "some days", "sometimes", "a bit", "a little",
         "occasionally", "once or twice", "now and then", "rarely")),
    (0, ("not at all", "never", "none", "no", "nope", "not really", "0 days", "zero")),
)


def parse_answer(text: str | None) -> int | None:
    """0-3 from a button payload ("2"), a number, or the answer's words; None when unclear."""
    if text is None:
        return None
    cleaned = re.sub(r"\s+", " ", str(text).strip().lower()).strip(" .!?")
    if not cleaned or len(cleaned) > 200:
        return None
    if re.fullmatch(r"[0-3]", cleaned):
        return int(cleaned)
    if re.fullmatch(r"\d+", cleaned):
        return None  # "4", "42": out of range, ask again
    if re.search(r"\bnot\b", cleaned) and not re.search(r"\bnot (at all|really)\b", cleaned):
        return None  # "not every day": too unclear to score, ask again
    for score, phrases in _ANSWER_WORDS:
        for phrase in phrases:
            if re.search(rf"\b{re.escape(phrase)}\b", cleaned):
                return score
    return None


def total(scores: list[int]) -> int:
    if len(scores) != ITEMS or any(s not in (0, 1, 2, 3) for s in scores):
        raise ValueError("the PHQ-9 has nine items scored 0 to 3")
    return sum(scores)


def severity(score_total: int) -> str:
    if not 0 <= score_total <= 27:
        raise ValueError("a PHQ-9 total is between 0 and 27")
    for upper, band in BANDS:
        if score_total <= upper:
            return band
    raise AssertionError("unreachable")


def is_due(last_completed: datetime | None, now: datetime) -> bool:
    return last_completed is None or now - last_completed >= INTERVAL
