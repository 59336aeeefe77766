"""Shared set-up for the programme's action tests: an enrolled participant and a form's end."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from bot.store.clinic import clinic_db
from bot.store.database import session_scope
from bot.store.participants import enrol
from tests.unit.actions.conftest import make_tracker


def enrol_participant(url: str, conversation_id: str = "conv-1") -> None:
    db = clinic_db()
    with session_scope(url) as session:
        enrol(session, conversation_id=conversation_id, channel="rest", cipher=db.cipher,
              country="GB", display_name=None)


def finished_tracker(form: str, slots: dict[str, Any], **kwargs: Any) -> Tracker:
    """A tracker just after ``form`` completed: the loop was active, then deactivated."""
    tracker = make_tracker(slots=slots, **kwargs)
    tracker.events.extend([
        {"event": "active_loop", "name": form},
        {"event": "active_loop", "name": None},
    ])
    return tracker


def slot_value(events: list[dict[str, Any]], name: str) -> Any:
    values = [e["value"] for e in events if e.get("event") == "slot" and e.get("name") == name]
    assert values, f"slot {name} was not set"
    return values[-1]
