"""Inventory, exercises, homework and questionnaires, on SQLite and PostgreSQL."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, select

from bot.store.crypto import TextCipher
from bot.store.database import session_scope
from bot.store.exercises import (
    open_homework,
    plan_homework,
    recent_exercises,
    recent_homework,
    record_exercise,
    review_homework,
)
from bot.store.inventory import MAX_PEOPLE, add_person, list_people
from bot.store.migrate import upgrade
from bot.store.models import Exercise, Homework, InventoryPerson, Participant, metadata
from bot.store.participants import enrol, find_participant, forget
from bot.store.questionnaires import latest_phq9, record_phq9


@pytest.fixture
def cipher(data_key):
    return TextCipher([data_key])


@pytest.fixture
def migrated(database_url, cipher):
    upgrade(database_url)
    with session_scope(database_url) as session:
        enrol(session, conversation_id="conv-1", channel="rest", cipher=cipher,
              country="GB", display_name=None)
    return database_url


def test_the_migrations_match_the_models(migrated):
    engine = create_engine(migrated, future=True)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), metadata)
    engine.dispose()
    assert diff == []


def test_inventory_people_are_stored_encrypted_and_listed_inner_circle_first(migrated, cipher):
    with session_scope(migrated) as session:
        participant = find_participant(session, "conv-1")
        add_person(session, participant, cipher, name=None, relationship="boss",
                   closeness="outer", supportive=None, hard="criticises me")
        add_person(session, participant, cipher, name="Anna", relationship="sister",
                   closeness="inner", supportive="listens", hard="lives far away")
    with session_scope(migrated) as session:
        rows = session.execute(select(InventoryPerson)).scalars().all()
        assert all("Anna" not in (r.name_enc or "") and "listens" not in (r.supportive_enc or "")
                   for r in rows)
        people = list_people(session, find_participant(session, "conv-1"), cipher)
        assert [p.label for p in people] == ["Anna (sister)", "your boss"]


def test_the_inventory_holds_at_most_ten_people(migrated, cipher):
    with session_scope(migrated) as session:
        participant = find_participant(session, "conv-1")
        for i in range(MAX_PEOPLE):
            add_person(session, participant, cipher, name=f"P{i}", relationship=None,
                       closeness=None, supportive=None, hard=None)
        with pytest.raises(ValueError):
            add_person(session, participant, cipher, name="one more", relationship=None,
                       closeness=None, supportive=None, hard=None)


def test_an_exercise_keeps_its_answers_encrypted_and_reads_them_back(migrated, cipher):
    with session_scope(migrated) as session:
        participant = find_participant(session, "conv-1")
        record_exercise(session, participant, cipher, kind="grief_reflection",
                        answers={"grief_miss": "her laugh"}, conversation_id="conv-1")
    with session_scope(migrated) as session:
        assert "laugh" not in session.execute(select(Exercise)).scalar_one().answers_enc
        views = recent_exercises(session, find_participant(session, "conv-1"), cipher)
        assert views[0].answers == {"grief_miss": "her laugh"}


def test_a_new_homework_replaces_the_unreviewed_one(migrated, cipher):
    with session_scope(migrated) as session:
        participant = find_participant(session, "conv-1")
        plan_homework(session, participant, cipher, text="call Anna", exercise=None)
        plan_homework(session, participant, cipher, text="visit the grave", exercise=None)
        current = open_homework(session, participant, cipher)
        assert current.text == "visit the grave"
        assert [h.text for h in recent_homework(session, participant, cipher)] == [
            "visit the grave"
        ]


def test_reviewing_homework_closes_it_with_its_encrypted_outcome(migrated, cipher):
    with session_scope(migrated) as session:
        participant = find_participant(session, "conv-1")
        homework = plan_homework(session, participant, cipher, text="call Anna", exercise=None)
        review_homework(session, participant, cipher, homework_id=homework.id, status="done",
                        outcome="we talked for an hour")
    with session_scope(migrated) as session:
        row = session.execute(select(Homework)).scalar_one()
        assert row.status == "done" and "hour" not in row.outcome_enc
        assert open_homework(session, find_participant(session, "conv-1"), cipher) is None


def test_a_phq9_is_stored_with_its_total_and_band(migrated):
    with session_scope(migrated) as session:
        participant = find_participant(session, "conv-1")
        record_phq9(session, participant, [2, 2, 1, 1, 1, 1, 1, 1, 0], "conv-1")
        latest = latest_phq9(session, participant)
        assert (latest.total, latest.severity) == (10, "moderate")


def test_forgetting_a_participant_erases_their_programme_data(migrated, cipher):
    with session_scope(migrated) as session:
        participant = find_participant(session, "conv-1")
        add_person(session, participant, cipher, name="Anna", relationship="sister",
                   closeness="inner", supportive=None, hard=None)
        exercise = record_exercise(session, participant, cipher, kind="role_play",
                                   answers={}, conversation_id="conv-1")
        plan_homework(session, participant, cipher, text="call Anna", exercise=exercise)
        record_phq9(session, participant, [0] * 9, "conv-1")
    with session_scope(migrated) as session:
        forget(session, find_participant(session, "conv-1"))
    with session_scope(migrated) as session:
        for model in (Participant, InventoryPerson, Exercise, Homework):
            assert session.execute(select(model)).all() == []
