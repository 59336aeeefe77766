"""The data layer, on SQLite and on a real PostgreSQL (see conftest's database_url)."""

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from bot.store.checkins import checked_in_today, recent_checkins, record_checkin
from bot.store.crypto import TextCipher
from bot.store.database import session_scope
from bot.store.migrate import downgrade, upgrade
from bot.store.models import ChannelIdentity, MoodCheckin, Participant
from bot.store.participants import display_name, enrol, find_participant, forget


@pytest.fixture
def cipher(data_key):
    return TextCipher([data_key])


@pytest.fixture
def migrated(database_url):
    upgrade(database_url)
    return database_url


def _enrol(url, cipher, conversation_id="conv-1", name="Anna"):
    with session_scope(url) as session:
        return enrol(
            session, conversation_id=conversation_id, channel="rest", cipher=cipher,
            country="GB", display_name=name,
        ).id


def test_migrations_create_every_table_and_can_be_undone(database_url):
    upgrade(database_url)
    with session_scope(database_url) as session:
        assert session.execute(select(Participant)).all() == []
    downgrade(database_url, "base")
    with session_scope(database_url) as session, pytest.raises(DBAPIError):
        session.execute(text("SELECT 1 FROM participant")).all()


def test_enrolling_stores_consent_time_country_and_encrypted_name(migrated, cipher):
    _enrol(migrated, cipher)
    with session_scope(migrated) as session:
        participant = find_participant(session, "conv-1")
        assert participant.country == "GB"
        assert participant.consent_at is not None
        assert "Anna" not in participant.display_name_enc
        assert display_name(participant, cipher) == "Anna"


def test_enrolling_twice_updates_instead_of_duplicating(migrated, cipher):
    _enrol(migrated, cipher, name="Anna")
    _enrol(migrated, cipher, name="Annie")
    with session_scope(migrated) as session:
        assert len(session.execute(select(Participant)).all()) == 1
        assert display_name(find_participant(session, "conv-1"), cipher) == "Annie"


def test_checkin_note_is_encrypted_at_rest_and_read_back(migrated, cipher):
    _enrol(migrated, cipher)
    with session_scope(migrated) as session:
        participant = find_participant(session, "conv-1")
        record_checkin(session, participant, score=4, relationship_note="row with my sister",
                       cipher=cipher, conversation_id="conv-1")
    with session_scope(migrated) as session:
        raw = session.execute(select(MoodCheckin.relationship_note_enc)).scalar_one()
        assert "sister" not in raw
        views = recent_checkins(session, find_participant(session, "conv-1"), cipher)
        assert [(v.score, v.relationship_note) for v in views] == [(4, "row with my sister")]


def test_recent_checkins_are_oldest_first_and_limited(migrated, cipher):
    _enrol(migrated, cipher)
    with session_scope(migrated) as session:
        participant = find_participant(session, "conv-1")
        for score in range(10):
            record_checkin(session, participant, score=score, relationship_note=None,
                           cipher=cipher, conversation_id=None)
    with session_scope(migrated) as session:
        views = recent_checkins(session, find_participant(session, "conv-1"), cipher, limit=3)
        assert [v.score for v in views] == [7, 8, 9]


def test_a_score_outside_0_to_10_is_refused(migrated, cipher):
    _enrol(migrated, cipher)
    with session_scope(migrated) as session, pytest.raises(ValueError):
        record_checkin(session, find_participant(session, "conv-1"), score=11,
                       relationship_note=None, cipher=cipher, conversation_id=None)


def test_checked_in_today_uses_the_participants_day(migrated, cipher):
    _enrol(migrated, cipher)
    with session_scope(migrated) as session:
        participant = find_participant(session, "conv-1")
        assert not checked_in_today(session, participant)
        record_checkin(session, participant, score=5, relationship_note=None,
                       cipher=cipher, conversation_id=None)
        assert checked_in_today(session, participant)
        tomorrow = datetime.now(timezone.utc) + timedelta(days=1, hours=1)
        assert not checked_in_today(session, participant, now=tomorrow)


def test_forgetting_a_participant_erases_identities_and_checkins(migrated, cipher):
    _enrol(migrated, cipher)
    with session_scope(migrated) as session:
        participant = find_participant(session, "conv-1")
        record_checkin(session, participant, score=5, relationship_note="x",
                       cipher=cipher, conversation_id=None)
    with session_scope(migrated) as session:
        forget(session, find_participant(session, "conv-1"))
    with session_scope(migrated) as session:
        assert session.execute(select(ChannelIdentity)).all() == []
        assert session.execute(select(MoodCheckin)).all() == []
