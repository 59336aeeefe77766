"""Honest timing: when will a person actually read an alert?

Within clinic hours the bot says a clinician has been told and roughly when they answer;
outside them it says when the clinic opens and points to the emergency lines, because a
promise of a quick human reply at 3 a.m. would be a lie told to someone at risk.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


@dataclass(frozen=True)
class ClinicHours:
    timezone: ZoneInfo
    opens: time
    closes: time
    days: frozenset[int]  # 0 = Monday

    def is_open(self, moment: datetime) -> bool:
        local = moment.astimezone(self.timezone)
        return local.weekday() in self.days and self.opens <= local.time() < self.closes

    def next_opening(self, moment: datetime) -> datetime:
        local = moment.astimezone(self.timezone)
        for offset in range(8):
            day = (local + timedelta(days=offset)).date()
            opening = datetime.combine(day, self.opens, tzinfo=self.timezone)
            if day.weekday() in self.days and opening > local:
                return opening
        raise ValueError("clinic hours name no opening day")


def _parse_days(spec: str) -> frozenset[int]:
    days: set[int] = set()
    for part in spec.lower().replace(" ", "").split(","):
        if "-" in part:
            start, end = (_DAYS.index(p[:3]) for p in part.split("-"))
            days.update(range(start, end + 1))
        elif part:
            days.add(_DAYS.index(part[:3]))
    return frozenset(days)


def load_clinic_hours(environ: Mapping[str, str] | None = None) -> ClinicHours:
    """CLINIC_HOURS=09:00-17:00, CLINIC_DAYS=mon-fri, CLINIC_TIMEZONE=Europe/London."""
    environ = os.environ if environ is None else environ
    opens, closes = environ.get("CLINIC_HOURS", "09:00-17:00").split("-")
    return ClinicHours(
        timezone=ZoneInfo(environ.get("CLINIC_TIMEZONE", "Europe/London")),
        opens=time.fromisoformat(opens.strip()),
        closes=time.fromisoformat(closes.strip()),
        days=_parse_days(environ.get("CLINIC_DAYS", "mon-fri")),
    )


def describe_response_time(minutes: float) -> str:
    if minutes < 60:
        return f"within about {round(minutes)} minutes"
    hours = minutes / 60
    return f"within about {round(hours)} hour{'s' if round(hours) != 1 else ''}"


def when_a_person_answers(
    hours: ClinicHours, moment: datetime, sla_minutes: float, emergency: str
) -> str:
    """The scripted timing sentence for the crisis path."""
    if hours.is_open(moment):
        return (
            "I've let a clinician from your clinic know. They usually answer "
            f"{describe_response_time(sla_minutes)}."
        )
    opening = hours.next_opening(moment)
    return (
        "I've let your clinic know, but the clinicians are not working right now; they will "
        f"see this when the clinic opens ({opening.strftime('%A at %H:%M')}, clinic time). "
        f"If you might act on these thoughts before then, please call {emergency} or one of "
        "the lines above now."
    )
