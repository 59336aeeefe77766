"""Questionnaire answers (PHQ-9), stored with their total and band for a clinician's trend."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.programme import phq9
from bot.store.models import Participant, QuestionnaireResponse


@dataclass(frozen=True)
class QuestionnaireView:
    total: int
    severity: str
    item_scores: list[int]
    created_at: datetime


def record_phq9(
    session: Session, participant: Participant, scores: list[int], conversation_id: str | None
) -> QuestionnaireResponse:
    score_total = phq9.total(scores)
    response = QuestionnaireResponse(
        participant=participant,
        instrument="phq9",
        item_scores=json.dumps(scores),
        total=score_total,
        severity=phq9.severity(score_total),
        conversation_id=conversation_id,
    )
    session.add(response)
    session.flush()
    return response


def latest_phq9(session: Session, participant: Participant) -> QuestionnaireView | None:
    row = session.execute(
        select(QuestionnaireResponse)
        .where(
            QuestionnaireResponse.participant_id == participant.id,
            QuestionnaireResponse.instrument == "phq9",
        )
        .order_by(QuestionnaireResponse.created_at.desc(), QuestionnaireResponse.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    if row is None:
        return None
    created = row.created_at if row.created_at.tzinfo else row.created_at.replace(
        tzinfo=timezone.utc
    )
    return QuestionnaireView(
        total=row.total, severity=row.severity, item_scores=json.loads(row.item_scores),
        created_at=created,
    )
