"""The clinic's own tables (Rasa's tracker store keeps its `events` table beside them).

No table of ours is named `events`: Rasa's tracker store and SQL event broker both claim it.
Columns ending in `_enc` hold Fernet tokens of participants' free text (see crypto.py).
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import declarative_base, relationship

# Stable constraint names, so Alembic migrations behave the same on SQLite and PostgreSQL.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)
Base = declarative_base(metadata=metadata)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def new_public_id() -> str:
    return uuid.uuid4().hex


class Participant(Base):
    """A person using the companion, known only by a pseudonymous id."""

    __tablename__ = "participant"

    id = Column(Integer, primary_key=True)
    public_id = Column(String(32), nullable=False, unique=True, default=new_public_id)
    display_name_enc = Column(Text, nullable=True)
    locale = Column(String(16), nullable=False, default="en")
    country = Column(String(2), nullable=True)
    timezone = Column(String(64), nullable=True)
    consent_at = Column(DateTime(timezone=True), nullable=False)
    phase = Column(String(16), nullable=False, default="initial")
    focus_area = Column(String(32), nullable=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)

    identities = relationship(
        "ChannelIdentity", back_populates="participant", cascade="all, delete-orphan"
    )
    checkins = relationship(
        "MoodCheckin", back_populates="participant", cascade="all, delete-orphan"
    )
    flags = relationship("Flag", back_populates="participant", cascade="all, delete-orphan")
    link_codes = relationship("LinkCode", cascade="all, delete-orphan", overlaps="participant")
    reminder = relationship(
        "Reminder", uselist=False, cascade="all, delete-orphan", overlaps="participant"
    )
    inventory = relationship(
        "InventoryPerson", back_populates="participant", cascade="all, delete-orphan"
    )
    exercises = relationship("Exercise", back_populates="participant", cascade="all, delete-orphan")
    homework = relationship("Homework", back_populates="participant", cascade="all, delete-orphan")
    questionnaires = relationship(
        "QuestionnaireResponse", back_populates="participant", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint("phase in ('initial', 'middle', 'closing')", name="phase"),
    )


class ChannelIdentity(Base):
    """One conversation id (a Rasa sender id) on one channel, belonging to a participant."""

    __tablename__ = "channel_identity"

    id = Column(Integer, primary_key=True)
    participant_id = Column(
        Integer, ForeignKey("participant.id", ondelete="CASCADE"), nullable=False, index=True
    )
    channel = Column(String(32), nullable=False)
    conversation_id = Column(String(255), nullable=False)
    active = Column(Boolean, nullable=False, default=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    last_seen_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)

    participant = relationship("Participant", back_populates="identities")

    __table_args__ = (UniqueConstraint("conversation_id"),)


class MoodCheckin(Base):
    """A mood rating linked to the person or event that most affected it (IPT's core link)."""

    __tablename__ = "mood_checkin"

    id = Column(Integer, primary_key=True)
    participant_id = Column(
        Integer, ForeignKey("participant.id", ondelete="CASCADE"), nullable=False, index=True
    )
    score = Column(Integer, nullable=False)
    relationship_note_enc = Column(Text, nullable=True)
    conversation_id = Column(String(255), nullable=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)

    participant = relationship("Participant", back_populates="checkins")

    __table_args__ = (CheckConstraint("score >= 0 AND score <= 10", name="score_range"),)


class Flag(Base):
    """A risk a person must look at. Written before the bot answers, so it survives a crash.

    A flag can exist before enrolment (a crisis in the very first message): it is then tied to
    the conversation only, and to the participant once they enrol.
    """

    __tablename__ = "flag"

    id = Column(Integer, primary_key=True)
    participant_id = Column(
        Integer, ForeignKey("participant.id", ondelete="CASCADE"), nullable=True, index=True
    )
    conversation_id = Column(String(255), nullable=False, index=True)
    severity = Column(String(16), nullable=False)
    source = Column(String(32), nullable=False, default="detector")
    reasons = Column(Text, nullable=False, default="[]")  # JSON list of the detector's reasons
    excerpt_enc = Column(Text, nullable=True)
    status = Column(String(16), nullable=False, default="open")
    escalation_level = Column(Integer, nullable=False, default=0)
    sla_due_at = Column(DateTime(timezone=True), nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    acknowledged_at = Column(DateTime(timezone=True), nullable=True)
    acknowledged_by = Column(String(255), nullable=True)
    resolved_at = Column(DateTime(timezone=True), nullable=True)

    participant = relationship("Participant", back_populates="flags")
    notifications = relationship(
        "Notification", back_populates="flag", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint("severity in ('concern', 'high', 'imminent')", name="severity"),
        CheckConstraint("status in ('open', 'acknowledged', 'resolved')", name="status"),
    )


class Notification(Base):
    """The outbox: one message to one target about one flag, delivered by the worker.

    Nothing here holds participant text: a notification says that a flag exists and where to
    look, never what the participant wrote.
    """

    __tablename__ = "notification"

    id = Column(Integer, primary_key=True)
    flag_id = Column(Integer, ForeignKey("flag.id", ondelete="CASCADE"), nullable=False, index=True)
    target = Column(String(32), nullable=False)  # telegram | email | webhook
    audience = Column(String(16), nullable=False, default="on_call")  # or backup
    kind = Column(String(32), nullable=False, default="flag_raised")  # or re_escalation
    idempotency_key = Column(String(64), nullable=False, unique=True)
    status = Column(String(16), nullable=False, default="pending")
    attempts = Column(Integer, nullable=False, default=0)
    next_attempt_at = Column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    last_error = Column(Text, nullable=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    delivered_at = Column(DateTime(timezone=True), nullable=True)

    flag = relationship("Flag", back_populates="notifications")

    __table_args__ = (
        CheckConstraint("status in ('pending', 'delivered', 'failed')", name="status"),
    )


class LinkCode(Base):
    """A short-lived code that joins a second channel (e.g. Telegram) to a participant.

    Only a hash of the code is stored: a database reader cannot use a code to take over
    someone's conversations.
    """

    __tablename__ = "link_code"

    id = Column(Integer, primary_key=True)
    participant_id = Column(
        Integer, ForeignKey("participant.id", ondelete="CASCADE"), nullable=False, index=True
    )
    code_hash = Column(String(64), nullable=False, unique=True)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    used_at = Column(DateTime(timezone=True), nullable=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)

    participant = relationship("Participant", overlaps="link_codes")


class Reminder(Base):
    """A daily check-in reminder at a local time the participant chose.

    `next_due_at` is the next local occurrence in UTC. The worker claims a due reminder by
    moving `next_due_at` forward in the same transaction that records the send, so a restart
    can make a reminder late or skip it, never send it twice.
    """

    __tablename__ = "reminder"

    id = Column(Integer, primary_key=True)
    participant_id = Column(
        Integer, ForeignKey("participant.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    local_time = Column(String(5), nullable=False)  # "HH:MM"
    timezone = Column(String(64), nullable=False)
    active = Column(Boolean, nullable=False, default=True)
    next_due_at = Column(DateTime(timezone=True), nullable=False, index=True)
    snoozed_until = Column(DateTime(timezone=True), nullable=True)
    last_sent_at = Column(DateTime(timezone=True), nullable=True)
    last_outcome = Column(String(16), nullable=True)  # sent | skipped_late | failed
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)

    participant = relationship("Participant", overlaps="reminder")


class InventoryPerson(Base):
    """One important person in the participant's interpersonal inventory (IPT's initial phase).

    Everything the participant typed about the person is encrypted; only the closeness circle
    (a fixed choice) is stored in clear so that the inventory can be ordered without decrypting.
    """

    __tablename__ = "inventory_person"

    id = Column(Integer, primary_key=True)
    participant_id = Column(
        Integer, ForeignKey("participant.id", ondelete="CASCADE"), nullable=False, index=True
    )
    name_enc = Column(Text, nullable=True)
    relationship_enc = Column(Text, nullable=True)
    closeness = Column(String(8), nullable=True)  # inner | middle | outer
    supportive_enc = Column(Text, nullable=True)
    hard_enc = Column(Text, nullable=True)
    change_enc = Column(Text, nullable=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    updated_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)

    participant = relationship("Participant", back_populates="inventory")

    __table_args__ = (
        CheckConstraint(
            "closeness is null or closeness in ('inner', 'middle', 'outer')", name="closeness"
        ),
    )


class Exercise(Base):
    """One piece of IPT work done with the bot (a grief reflection, a role play, ...).

    The answers are one encrypted JSON document: the steps differ per exercise, and a clinician
    reads them together, never queries single answers.
    """

    __tablename__ = "exercise"

    id = Column(Integer, primary_key=True)
    participant_id = Column(
        Integer, ForeignKey("participant.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind = Column(String(32), nullable=False)
    status = Column(String(16), nullable=False, default="completed")
    answers_enc = Column(Text, nullable=True)
    inventory_person_id = Column(
        Integer, ForeignKey("inventory_person.id", ondelete="SET NULL"), nullable=True
    )
    conversation_id = Column(String(255), nullable=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    completed_at = Column(DateTime(timezone=True), nullable=True)

    participant = relationship("Participant", back_populates="exercises")

    __table_args__ = (
        CheckConstraint("status in ('in_progress', 'completed')", name="status"),
    )


class Homework(Base):
    """The one concrete step a participant plans at the end of an exercise, followed up later."""

    __tablename__ = "homework"

    id = Column(Integer, primary_key=True)
    participant_id = Column(
        Integer, ForeignKey("participant.id", ondelete="CASCADE"), nullable=False, index=True
    )
    exercise_id = Column(Integer, ForeignKey("exercise.id", ondelete="SET NULL"), nullable=True)
    text_enc = Column(Text, nullable=False)
    status = Column(String(16), nullable=False, default="planned")
    outcome_enc = Column(Text, nullable=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    reviewed_at = Column(DateTime(timezone=True), nullable=True)

    participant = relationship("Participant", back_populates="homework")

    __table_args__ = (
        CheckConstraint(
            "status in ('planned', 'done', 'partly', 'not_done', 'dropped')", name="status"
        ),
    )


class QuestionnaireResponse(Base):
    """A completed questionnaire (PHQ-9): item scores, total and severity band.

    Item scores are fixed choices (0-3), not free text, so they are stored in clear for trends.
    """

    __tablename__ = "questionnaire_response"

    id = Column(Integer, primary_key=True)
    participant_id = Column(
        Integer, ForeignKey("participant.id", ondelete="CASCADE"), nullable=False, index=True
    )
    instrument = Column(String(16), nullable=False, default="phq9")
    item_scores = Column(String(64), nullable=False)  # JSON list of ints
    total = Column(Integer, nullable=False)
    severity = Column(String(24), nullable=False)
    conversation_id = Column(String(255), nullable=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)

    participant = relationship("Participant", back_populates="questionnaires")
