"""The role-play partner reacts the way people usually do: defensive to blame, silent to
vagueness, open to a calm I-statement with a request."""

from __future__ import annotations

import pytest

from bot.analysis.communication import CommunicationAnalysis, analyse
from bot.analysis.patterns import Pattern
from bot.analysis.role_play import Stance, partner_stance


@pytest.mark.parametrize(
    ("turn", "stance"),
    [
        # blame, attacks, absolutes, sarcasm, orders and mind-reading put them on the defensive
        ("You never help with the kids", Stance.DEFENSIVE),
        ("you're so selfish", Stance.DEFENSIVE),
        ("Nobody in this house ever helps me", Stance.DEFENSIVE),
        ("Oh great, thanks a lot for nothing", Stance.DEFENSIVE),
        ("Do the dishes now.", Stance.DEFENSIVE),
        ("you don't care about me", Stance.DEFENSIVE),
        ("Typical.", Stance.DEFENSIVE),
        ("I feel hurt because you never listen. Could you put your phone down when I talk?",
         Stance.DEFENSIVE),
        # vagueness gets the silent treatment
        ("whatever", Stance.SILENT),
        ("fine", Stance.SILENT),
        ("you know what you did", Stance.SILENT),
        ("...", Stance.SILENT),
        ("", Stance.SILENT),
        # a calm I-statement with a request opens them up
        ("I feel hurt when you cancel plans. Could you text me if you're running late?",
         Stance.OPEN),
        ("Honestly I'm exhausted. Would you be willing to take bedtime two nights a week?",
         Stance.OPEN),
        ("I felt left out when you all went without me. Could you let me know next time?",
         Stance.OPEN),
        ("I'm worried about money. Could we sit down on Sunday and go through the bills?",
         Stance.OPEN),
        # anything else is met neutrally
        ("Can we talk?", Stance.NEUTRAL),
        ("I'd like you to call me if you're running late", Stance.NEUTRAL),
        ("i'm worried about you, you seem really stressed lately", Stance.NEUTRAL),
        ("I need some space tonight", Stance.NEUTRAL),
    ],
)
def test_the_partner_reacts_to_how_the_turn_is_put(turn: str, stance: Stance) -> None:
    assert partner_stance(analyse(turn)) is stance


def test_blame_outweighs_vagueness() -> None:
    analysis = CommunicationAnalysis(
        text="", patterns=frozenset({Pattern.VAGUE, Pattern.SARCASM, Pattern.NO_FEELING_NAMED})
    )
    assert partner_stance(analysis) is Stance.DEFENSIVE


def test_a_feeling_without_a_request_is_not_yet_enough_to_open_up() -> None:
    analysis = CommunicationAnalysis(
        text="", patterns=frozenset({Pattern.FEELING_NAMED, Pattern.I_STATEMENT,
                                     Pattern.NO_SPECIFIC_REQUEST})
    )
    assert partner_stance(analysis) is Stance.NEUTRAL


def test_an_order_with_a_feeling_still_meets_resistance() -> None:
    analysis = CommunicationAnalysis(
        text="", patterns=frozenset({Pattern.FEELING_NAMED, Pattern.DEMAND, Pattern.REQUEST})
    )
    assert partner_stance(analysis) is Stance.DEFENSIVE


def test_stances_are_plain_strings_for_the_rasa_domain() -> None:
    assert {s.value for s in Stance} == {"defensive", "open", "silent", "neutral"}
    assert Stance.OPEN == "open"
    assert str(Stance.SILENT) == "silent"
