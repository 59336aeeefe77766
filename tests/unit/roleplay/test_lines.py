"""The scripted wording loads once, is complete and kind, and a broken file fails loudly."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.analysis.communication import analyse
from bot.analysis.patterns import Pattern
from bot.roleplay import KINDS, MAX_ROUNDS, Stance
from bot.roleplay.lines import (
    COACH_LINES_FILE,
    PARTNER_LINES_FILE,
    LinesError,
    load_coach_lines,
    load_partner_lines,
    parse_coach_lines,
    parse_partner_lines,
)

PARTNER_LINES = [
    line
    for kind in KINDS
    for lines in (*load_partner_lines().kinds[kind].stances.values(),
                  load_partner_lines().kinds[kind].farewells,
                  load_partner_lines().kinds[kind].first_lines)
    for line in lines
]


def _raw(path: Path = PARTNER_LINES_FILE) -> dict[str, Any]:
    return copy.deepcopy(yaml.safe_load(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("stance", list(Stance))
def test_every_kind_has_enough_distinct_lines_per_stance_for_a_whole_play(
    kind: str, stance: Stance
) -> None:
    lines = load_partner_lines().kinds[kind].stances[stance]  # type: ignore[index]
    assert len(set(lines)) == len(lines) >= max(5, MAX_ROUNDS)


def test_the_hard_conversation_partner_speaks_first_and_the_new_acquaintance_does_not() -> None:
    kinds = load_partner_lines().kinds
    assert kinds["hard_conversation"].partner_opens
    assert not kinds["starting_conversation"].partner_opens
    assert kinds["starting_conversation"].invitation


@pytest.mark.parametrize("line", PARTNER_LINES)
def test_no_partner_line_attacks_the_participant(line: str) -> None:
    analysis = analyse(line)
    assert not analysis.has(Pattern.ATTACK_ON_PERSON)


def test_partner_lines_work_for_anyone_the_participant_might_rehearse_with() -> None:
    gendered_or_specific = re.compile(r"\b(he|she|him|her|his|hers|kids|at work|boss|mum|dad)\b",
                                      re.IGNORECASE)
    assert [line for line in PARTNER_LINES if gendered_or_specific.search(line)] == []


def test_the_loader_rejects_a_file_missing_a_stance(tmp_path: Path) -> None:
    data = _raw()
    del data["hard_conversation"]["open"]
    broken = tmp_path / "partner_lines.yml"
    broken.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(LinesError, match="hard_conversation.open is missing"):
        load_partner_lines(broken)


def test_the_loader_rejects_a_missing_kind() -> None:
    data = _raw()
    del data["starting_conversation"]
    with pytest.raises(LinesError, match="starting_conversation"):
        parse_partner_lines(data)


def test_the_loader_rejects_a_stance_with_too_few_lines_for_a_play() -> None:
    data = _raw()
    data["starting_conversation"]["silent"] = ["Mm.", "Oh."]
    with pytest.raises(LinesError, match="silent has 2 line"):
        parse_partner_lines(data)


def test_the_loader_rejects_a_misspelt_placeholder() -> None:
    data = _raw()
    data["set_up"]["intro"] = "I'll play {partnr}."
    with pytest.raises(LinesError, match="unknown placeholder"):
        parse_partner_lines(data)


def test_the_loader_rejects_an_unkind_partner_line() -> None:
    data = _raw()
    data["hard_conversation"]["defensive"].append("You're so stupid sometimes.")
    with pytest.raises(LinesError, match="stupid"):
        parse_partner_lines(data)


def test_the_loader_rejects_the_same_line_twice_in_one_kind() -> None:
    data = _raw()
    data["hard_conversation"]["neutral"].append(data["hard_conversation"]["silent"][0])
    with pytest.raises(LinesError, match="used twice"):
        parse_partner_lines(data)


def test_the_coach_loader_rejects_a_missing_text() -> None:
    data = _raw(COACH_LINES_FILE)
    del data["reflection"]["starting_conversation"]["prompts"]
    with pytest.raises(LinesError, match="reflection.starting_conversation.prompts"):
        parse_coach_lines(data)


def test_an_unreadable_file_fails_loudly(tmp_path: Path) -> None:
    with pytest.raises(LinesError, match="cannot read"):
        load_partner_lines(tmp_path / "missing.yml")


def test_the_wording_is_read_once() -> None:
    assert load_partner_lines() is load_partner_lines()
    assert load_coach_lines() is load_coach_lines()
