"""`ipt-companion programme show|set`: the therapist can set the focus and the phase."""

from __future__ import annotations

import argparse

from sqlalchemy import select

from bot.programme_cli import register
from bot.store.database import session_scope
from bot.store.models import Participant
from tests.unit.actions.programme_helpers import enrol_participant


def programme(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="ipt-companion")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["programme", *argv])
    return args.handler(args)


def _participant(url: str) -> Participant:
    with session_scope(url) as session:
        participant = session.execute(select(Participant)).scalar_one()
        session.expunge(participant)
        return participant


def test_a_therapist_setting_the_focus_moves_the_participant_to_the_middle_phase(clinic_env):
    enrol_participant(clinic_env)
    public_id = _participant(clinic_env).public_id
    assert programme("set", f"participant:{public_id}", "--focus", "grief") == 0
    participant = _participant(clinic_env)
    assert (participant.focus_area, participant.phase) == ("grief", "middle")


def test_the_phase_can_be_set_to_closing(clinic_env):
    enrol_participant(clinic_env)
    public_id = _participant(clinic_env).public_id
    programme("set", f"participant:{public_id}", "--phase", "closing")
    assert _participant(clinic_env).phase == "closing"


def test_show_prints_phase_focus_and_counts_only(clinic_env, capsys):
    enrol_participant(clinic_env)
    public_id = _participant(clinic_env).public_id
    assert programme("show", f"participant:{public_id}") == 0
    out = capsys.readouterr().out
    assert "phase: initial" in out and "inventory: 0 people" in out


def test_an_unknown_participant_is_a_clear_error(clinic_env, capsys):
    assert programme("show", "participant:nobody") == 1
    assert "No participant" in capsys.readouterr().err


def test_set_with_nothing_to_change_says_so(clinic_env, capsys):
    enrol_participant(clinic_env)
    public_id = _participant(clinic_env).public_id
    assert programme("set", f"participant:{public_id}") == 2
