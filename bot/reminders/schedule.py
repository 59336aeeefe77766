"""When is a reminder next due, and what to do with one that is late.

Pure functions over times, so the rules ("late by more than the grace period: skip, never
send twice") are tested without a clock or a database.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

LATE_GRACE = timedelta(hours=2)
SNOOZE = timedelta(hours=1)

_TIME = re.compile(
    r"\b(?P<hour>\d{1,2})(?:[:.h](?P<minute>\d{2}))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)?(?![\d])",
    re.I,
)
_WORDS = {"noon": time(12, 0), "midday": time(12, 0), "midnight": time(0, 0),
          "morning": time(9, 0), "lunchtime": time(12, 30), "evening": time(19, 0),
          "night": time(21, 0), "bedtime": time(22, 0), "afternoon": time(15, 0)}


def parse_local_time(text: str | None) -> time | None:
    """"8pm", "20:00", "7.30 am", "at 9 in the evening", "noon" -> a time; None if unclear."""
    if not text or len(text) > 100:
        return None
    lowered = text.lower()
    match = _TIME.search(lowered)
    if match:
        hour = int(match.group("hour"))
        minute = int(match.group("minute") or 0)
        ampm = (match.group("ampm") or "").replace(".", "")
        if not ampm and re.search(r"\b(evening|night|afternoon|pm)\b", lowered) and hour < 12:
            ampm = "pm"
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour > 23 or minute > 59:
            return None
        return time(hour, minute)
    for word, moment in _WORDS.items():
        if re.search(rf"\b{word}\b", lowered):
            return moment
    return None


def parse_timezone(text: str | None) -> str | None:
    if not text:
        return None
    candidate = text.strip().replace(" ", "_")
    try:
        ZoneInfo(candidate)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return candidate


def next_occurrence(local: time, zone: str, after: datetime) -> datetime:
    """The first moment strictly after `after` when the local clock shows `local`, in UTC."""
    tz = ZoneInfo(zone)
    here = after.astimezone(tz)
    candidate = datetime.combine(here.date(), local, tzinfo=tz)
    if candidate <= here:
        candidate = datetime.combine(here.date() + timedelta(days=1), local, tzinfo=tz)
    return candidate.astimezone(timezone.utc)


def decide(due_at: datetime, now: datetime, grace: timedelta = LATE_GRACE) -> str:
    """"wait", "send" (on time or a little late) or "skip" (too late to be useful)."""
    if now < due_at:
        return "wait"
    return "send" if now - due_at <= grace else "skip"
