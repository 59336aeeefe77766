"""The cue tables are data; these checks keep that data well-formed as it grows."""

from __future__ import annotations

import re

import pytest

from bot.safety.cues import ALL, Cue
from bot.safety.levels import RiskLevel
from bot.safety.signals import Signal

_ESCAPES = re.compile(r"\\U[0-9A-Fa-f]{8}|\\[A-Za-z]|\(\?P<\w+>")


@pytest.mark.parametrize("cue", ALL, ids=lambda c: c.pattern.pattern[:40])
def test_patterns_are_lower_case_because_they_run_over_lower_cased_text(cue: Cue) -> None:
    patterns = [cue.pattern, cue.not_before, cue.not_after, cue.not_in]
    sources = [_ESCAPES.sub("", p.pattern) for p in patterns if p is not None]
    assert not any(re.search("[A-Z]", source) for source in sources)


@pytest.mark.parametrize("signal", list(Signal))
def test_every_signal_has_a_level(signal: Signal) -> None:
    assert isinstance(signal.level, RiskLevel)


def test_no_pattern_matches_the_empty_string() -> None:
    assert not [cue.pattern.pattern for cue in ALL if cue.pattern.fullmatch("")]


@pytest.mark.parametrize("cue", [c for c in ALL if c.requires], ids=lambda c: c.requires[0])
def test_prefilter_words_are_lower_case_because_the_text_is(cue: Cue) -> None:
    assert all(word and word == word.lower() for word in cue.requires)


@pytest.mark.parametrize("cue", [c for c in ALL if c.requires], ids=lambda c: c.requires[0])
def test_a_cue_is_skipped_only_when_none_of_its_key_words_is_present(cue: Cue) -> None:
    assert not cue.may_match("nothing relevant here at all")
    assert all(cue.may_match(f"x {word} y") for word in cue.requires)
