"""Risk levels compare by severity, not alphabetically, and serialise as plain strings."""

from __future__ import annotations

from bot.safety.levels import RiskLevel


def test_levels_are_ordered_by_severity() -> None:
    assert RiskLevel.NONE < RiskLevel.CONCERN < RiskLevel.HIGH < RiskLevel.IMMINENT


def test_at_least_comparisons_work() -> None:
    assert RiskLevel.HIGH >= RiskLevel.CONCERN and not RiskLevel.NONE >= RiskLevel.CONCERN


def test_sorting_follows_severity_not_spelling() -> None:
    assert sorted([RiskLevel.NONE, RiskLevel.IMMINENT, RiskLevel.CONCERN, RiskLevel.HIGH]) == [
        RiskLevel.NONE,
        RiskLevel.CONCERN,
        RiskLevel.HIGH,
        RiskLevel.IMMINENT,
    ]


def test_max_picks_the_most_severe() -> None:
    assert max([RiskLevel.HIGH, RiskLevel.NONE, RiskLevel.CONCERN]) is RiskLevel.HIGH


def test_levels_are_strings() -> None:
    assert RiskLevel.HIGH == "high" and isinstance(RiskLevel.HIGH, str)


def test_levels_are_built_from_their_values() -> None:
    assert RiskLevel("imminent") is RiskLevel.IMMINENT


def test_raising_a_level_stops_at_imminent() -> None:
    assert RiskLevel.HIGH.raised(5) is RiskLevel.IMMINENT
