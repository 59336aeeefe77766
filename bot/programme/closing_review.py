"""The figures the closing review starts from: how mood moved, what was done, what was tried.

IPT's closing phase reviews progress with the person; the figures come from their own
check-ins, exercises and homework so the review is about what they did.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.store.models import Exercise, Homework, MoodCheckin, Participant


def progress_figures(session: Session, participant: Participant) -> dict[str, int] | None:
    """None when there is nothing to look back on yet."""
    scores = [
        row.score
        for row in session.execute(
            select(MoodCheckin)
            .where(MoodCheckin.participant_id == participant.id)
            .order_by(MoodCheckin.created_at, MoodCheckin.id)
        ).scalars()
    ]
    exercises = session.execute(
        select(func.count(Exercise.id)).where(Exercise.participant_id == participant.id)
    ).scalar_one()
    steps_done = session.execute(
        select(func.count(Homework.id)).where(
            Homework.participant_id == participant.id, Homework.status.in_(("done", "partly"))
        )
    ).scalar_one()
    if not scores and not exercises:
        return None
    return {
        "checkins": len(scores),
        "first_mood": scores[0] if scores else 0,
        "latest_mood": scores[-1] if scores else 0,
        "exercises": int(exercises),
        "steps_done": int(steps_done),
    }
