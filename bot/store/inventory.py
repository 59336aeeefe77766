"""The interpersonal inventory: the important people in a participant's life, read and written."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.store.crypto import TextCipher
from bot.store.models import InventoryPerson, Participant, utcnow

#: IPT asks about the important people now; more than about ten stops being a focus.
MAX_PEOPLE = 10
CIRCLES = ("inner", "middle", "outer")


@dataclass(frozen=True)
class InventoryEntry:
    """A person as shown to the participant and used to link mentions (decrypted)."""

    id: int
    name: str | None
    relationship: str | None
    closeness: str | None
    supportive: str | None
    hard: str | None
    change: str | None

    @property
    def label(self) -> str:
        """How the bot refers to them: "Anna (sister)", "your boss", "Anna"."""
        if self.name and self.relationship:
            return f"{self.name} ({self.relationship})"
        if self.name:
            return self.name
        return f"your {self.relationship}" if self.relationship else "someone"


def add_person(
    session: Session,
    participant: Participant,
    cipher: TextCipher,
    *,
    name: str | None,
    relationship: str | None,
    closeness: str | None,
    supportive: str | None,
    hard: str | None,
    change: str | None = None,
) -> InventoryPerson:
    if closeness is not None and closeness not in CIRCLES:
        raise ValueError(f"closeness is one of {CIRCLES}")
    if count_people(session, participant) >= MAX_PEOPLE:
        raise ValueError(f"the inventory holds at most {MAX_PEOPLE} people")
    person = InventoryPerson(
        participant=participant,
        name_enc=cipher.encrypt(name or None),
        relationship_enc=cipher.encrypt(relationship or None),
        closeness=closeness,
        supportive_enc=cipher.encrypt(supportive or None),
        hard_enc=cipher.encrypt(hard or None),
        change_enc=cipher.encrypt(change or None),
        updated_at=utcnow(),
    )
    session.add(person)
    session.flush()
    return person


def count_people(session: Session, participant: Participant) -> int:
    return len(
        session.execute(
            select(InventoryPerson.id).where(InventoryPerson.participant_id == participant.id)
        ).all()
    )


def list_people(
    session: Session, participant: Participant, cipher: TextCipher
) -> list[InventoryEntry]:
    """Inner circle first, then middle and outer, each in the order they were added."""
    rows = session.execute(
        select(InventoryPerson)
        .where(InventoryPerson.participant_id == participant.id)
        .order_by(InventoryPerson.id)
    ).scalars()
    entries = [
        InventoryEntry(
            id=row.id,
            name=cipher.decrypt(row.name_enc),
            relationship=cipher.decrypt(row.relationship_enc),
            closeness=row.closeness,
            supportive=cipher.decrypt(row.supportive_enc),
            hard=cipher.decrypt(row.hard_enc),
            change=cipher.decrypt(row.change_enc),
        )
        for row in rows
    ]
    order = {circle: i for i, circle in enumerate(CIRCLES)}
    return sorted(entries, key=lambda e: order.get(e.closeness or "", len(CIRCLES)))
