"""A short text trend of recent check-ins, readable on any channel (no images, no tables)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.store.checkins import CheckinView


def mood_bar(score: int) -> str:
    return "●" * score + "○" * (10 - score)


def describe_direction(scores: Sequence[int]) -> str:
    if len(scores) < 2:
        return "One check-in so far: a few more and a trend will show."
    first_half = scores[: len(scores) // 2]
    second_half = scores[len(scores) // 2 :]
    change = sum(second_half) / len(second_half) - sum(first_half) / len(first_half)
    if change >= 1:
        return "Your mood has been going up lately."
    if change <= -1:
        return "Your mood has been lower lately. That can be worth bringing to your next session."
    return "Your mood has been fairly steady."


def format_trend(checkins: Sequence[CheckinView]) -> str:
    if not checkins:
        return "You haven't done a check-in yet. Say \"check in\" whenever you like."
    lines = ["Your last check-ins:"]
    for checkin in checkins:
        day = checkin.created_at.strftime("%a %d %b")
        lines.append(f"{day}  {checkin.score}/10  {mood_bar(checkin.score)}")
    lines.append(describe_direction([c.score for c in checkins]))
    return "\n".join(lines)
