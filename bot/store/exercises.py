"""Exercises and their homework: what the participant worked on and the step they planned.

Write first, then answer: actions call these inside one unit of work and only thank the
participant once it has committed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.store.crypto import TextCipher
from bot.store.models import Exercise, Homework, Participant, utcnow

EXERCISE_KINDS = (
    "inventory",
    "grief_reflection",
    "role_dispute",
    "communication_analysis",
    "role_play",
    "role_transition",
    "loneliness",
    "closing_review",
)
HOMEWORK_OUTCOMES = ("done", "partly", "not_done", "dropped")


@dataclass(frozen=True)
class ExerciseView:
    id: int
    kind: str
    answers: dict[str, Any]
    created_at: datetime


@dataclass(frozen=True)
class HomeworkView:
    id: int
    text: str
    status: str
    outcome: str | None
    created_at: datetime


def _as_utc(moment: datetime) -> datetime:
    # SQLite returns naive datetimes for timezone-aware columns; they were written in UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def record_exercise(
    session: Session,
    participant: Participant,
    cipher: TextCipher,
    *,
    kind: str,
    answers: dict[str, Any],
    conversation_id: str | None,
    inventory_person_id: int | None = None,
) -> Exercise:
    if kind not in EXERCISE_KINDS:
        raise ValueError(f"unknown exercise kind: {kind}")
    now = utcnow()
    exercise = Exercise(
        participant=participant,
        kind=kind,
        status="completed",
        answers_enc=cipher.encrypt(json.dumps(answers, ensure_ascii=False)),
        inventory_person_id=inventory_person_id,
        conversation_id=conversation_id,
        created_at=now,
        completed_at=now,
    )
    session.add(exercise)
    session.flush()
    return exercise


def recent_exercises(
    session: Session, participant: Participant, cipher: TextCipher, limit: int = 20
) -> list[ExerciseView]:
    rows = session.execute(
        select(Exercise)
        .where(Exercise.participant_id == participant.id)
        .order_by(Exercise.created_at.desc(), Exercise.id.desc())
        .limit(limit)
    ).scalars()
    return [
        ExerciseView(
            id=row.id,
            kind=row.kind,
            answers=json.loads(cipher.decrypt(row.answers_enc) or "{}"),
            created_at=_as_utc(row.created_at),
        )
        for row in rows
    ]


def plan_homework(
    session: Session,
    participant: Participant,
    cipher: TextCipher,
    *,
    text: str,
    exercise: Exercise | None,
) -> Homework:
    """A new plan replaces any earlier unreviewed one: one concrete step at a time."""
    if not text.strip():
        raise ValueError("homework needs words")
    for older in _open_homework(session, participant):
        older.status = "dropped"
        older.reviewed_at = utcnow()
    homework = Homework(
        participant=participant,
        exercise_id=exercise.id if exercise is not None else None,
        text_enc=cipher.encrypt(text.strip()),
        status="planned",
    )
    session.add(homework)
    session.flush()
    return homework


def _open_homework(session: Session, participant: Participant) -> list[Homework]:
    return list(
        session.execute(
            select(Homework)
            .where(Homework.participant_id == participant.id, Homework.status == "planned")
            .order_by(Homework.created_at.desc(), Homework.id.desc())
        ).scalars()
    )


def _view(row: Homework, cipher: TextCipher) -> HomeworkView:
    return HomeworkView(
        id=row.id,
        text=cipher.decrypt(row.text_enc) or "",
        status=row.status,
        outcome=cipher.decrypt(row.outcome_enc),
        created_at=_as_utc(row.created_at),
    )


def open_homework(
    session: Session, participant: Participant, cipher: TextCipher
) -> HomeworkView | None:
    """The step the participant planned and has not yet told us about."""
    rows = _open_homework(session, participant)
    return _view(rows[0], cipher) if rows else None


def recent_homework(
    session: Session, participant: Participant, cipher: TextCipher, limit: int = 5
) -> list[HomeworkView]:
    rows = session.execute(
        select(Homework)
        .where(Homework.participant_id == participant.id, Homework.status != "dropped")
        .order_by(Homework.created_at.desc(), Homework.id.desc())
        .limit(limit)
    ).scalars()
    return [_view(row, cipher) for row in rows]


def review_homework(
    session: Session,
    participant: Participant,
    cipher: TextCipher,
    *,
    homework_id: int,
    status: str,
    outcome: str | None,
) -> None:
    if status not in HOMEWORK_OUTCOMES:
        raise ValueError(f"status is one of {HOMEWORK_OUTCOMES}")
    row = session.get(Homework, homework_id)
    if row is None or row.participant_id != participant.id:
        raise LookupError("no such homework for this participant")
    row.status = status
    row.outcome_enc = cipher.encrypt(outcome) if outcome else None
    row.reviewed_at = utcnow()
    session.flush()
