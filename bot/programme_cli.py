"""`ipt-companion programme show|set`: where a participant is in IPT, and the clinician's say.

The focus area is chosen with the participant, or by their therapist: `set --focus` is that
second way until the review app exists. The bot reads phase and focus from the database at
every step, so a change takes effect at the participant's next message. Nothing printed here is
a participant's own words: only phase, focus and counts.
"""

from __future__ import annotations

import argparse
import sys

from sqlalchemy import func, select

from bot.config import load_settings
from bot.programme.next_step import FOCUS_AREAS, PHASES
from bot.store.database import session_scope
from bot.store.models import Exercise, Homework, InventoryPerson, Participant

PREFIX = "participant:"


def register(subparsers: argparse._SubParsersAction) -> None:
    programme = subparsers.add_parser("programme", help="a participant's phase and focus area")
    commands = programme.add_subparsers(dest="programme_command", required=True)
    show = commands.add_parser("show", help="phase, focus area and what has been done")
    show.add_argument("participant", metavar="participant:<public id>")
    show.set_defaults(handler=show_programme)
    change = commands.add_parser("set", help="set the phase and/or the focus area")
    change.add_argument("participant", metavar="participant:<public id>")
    change.add_argument("--phase", choices=PHASES)
    change.add_argument("--focus", choices=(*FOCUS_AREAS, "none"))
    change.set_defaults(handler=set_programme)


def _public_id(target: str) -> str:
    return target[len(PREFIX):] if target.startswith(PREFIX) else target


def _count(session, model, participant_id: int) -> int:  # type: ignore[no-untyped-def]
    return int(session.execute(
        select(func.count(model.id)).where(model.participant_id == participant_id)
    ).scalar_one())


def _find(session, target: str) -> Participant | None:  # type: ignore[no-untyped-def]
    return session.execute(
        select(Participant).where(Participant.public_id == _public_id(target))
    ).scalar_one_or_none()


def show_programme(args: argparse.Namespace) -> int:
    with session_scope(load_settings().database_url) as session:
        participant = _find(session, args.participant)
        if participant is None:
            print(f"No participant {args.participant}.", file=sys.stderr)
            return 1
        print(f"phase: {participant.phase}")
        print(f"focus area: {participant.focus_area or 'not chosen yet'}")
        print(f"inventory: {_count(session, InventoryPerson, participant.id)} people")
        print(f"exercises: {_count(session, Exercise, participant.id)}")
        print(f"homework steps: {_count(session, Homework, participant.id)}")
    return 0


def set_programme(args: argparse.Namespace) -> int:
    if args.phase is None and args.focus is None:
        print("Nothing to change: give --phase and/or --focus.", file=sys.stderr)
        return 2
    with session_scope(load_settings().database_url) as session:
        participant = _find(session, args.participant)
        if participant is None:
            print(f"No participant {args.participant}.", file=sys.stderr)
            return 1
        if args.focus is not None:
            participant.focus_area = None if args.focus == "none" else args.focus
            if participant.focus_area and participant.phase == "initial" and args.phase is None:
                participant.phase = "middle"
        if args.phase is not None:
            participant.phase = args.phase
        print(f"phase: {participant.phase}; focus area: {participant.focus_area or 'none'}")
    return 0
