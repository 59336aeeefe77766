"""The channel's reads and writes in the clinic database: country, reachability, erasure, links."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.channels.telegram_store import TelegramStore
from bot.store.clinic import clinic_db
from bot.store.models import ChannelIdentity, Participant, utcnow
from bot.store.participants import enrol, find_identity


@pytest.fixture
def store(clinic_env) -> TelegramStore:
    return TelegramStore()


def _enrol(conversation_id: str, country: str = "GB") -> None:
    db = clinic_db()
    with db.session() as session:
        enrol(session, conversation_id=conversation_id, channel="telegram", cipher=db.cipher,
              country=country, display_name="Sam")


def _add_identity(existing: str, conversation_id: str, channel: str = "socketio") -> None:
    with clinic_db().session() as session:
        participant = find_identity(session, existing).participant
        session.add(ChannelIdentity(participant=participant, channel=channel,
                                    conversation_id=conversation_id))


def test_the_country_of_an_enrolled_participant_is_known(store):
    _enrol("tg:1", country="IE")
    assert store.country("tg:1") == "IE"
    assert store.country("tg:2") is None


def test_reachability_is_recorded_on_the_identity(store):
    _enrol("tg:1")
    store.set_active("tg:1", False)
    with clinic_db().session() as session:
        assert find_identity(session, "tg:1").active is False
    store.set_active("tg:1", True)
    with clinic_db().session() as session:
        assert find_identity(session, "tg:1").active is True
    store.set_active("tg:unknown", False)  # nothing to record, no error


def test_every_conversation_of_the_participant_is_found_for_erasure(store):
    _enrol("tg:1")
    _add_identity("tg:1", "web-abc")
    assert store.conversation_ids("tg:1") == ["tg:1", "web-abc"]
    assert store.conversation_ids("tg:9") == ["tg:9"]


def test_forgetting_erases_the_participant_and_their_identities(store):
    _enrol("tg:1")
    _add_identity("tg:1", "web-abc")
    assert store.forget("tg:1") is True
    with clinic_db().session() as session:
        assert session.execute(select(Participant)).all() == []
        assert session.execute(select(ChannelIdentity)).all() == []
    assert store.forget("tg:1") is False


def test_a_link_code_is_redeemed_through_the_linking_function(clinic_env):
    _enrol("web-abc")
    calls = []

    def redeem(session, code, conversation_id, channel):
        calls.append((code, conversation_id, channel))
        participant = find_identity(session, "web-abc").participant
        session.add(ChannelIdentity(participant=participant, channel=channel,
                                    conversation_id=conversation_id, last_seen_at=utcnow()))
        return participant

    store = TelegramStore(redeem=redeem)
    assert store.link("good-code_1", "tg:5") is True
    assert calls == [("good-code_1", "tg:5", "telegram")]
    assert store.country("tg:5") == "GB"


def test_an_unknown_code_links_nothing(clinic_env):
    store = TelegramStore(redeem=lambda session, code, conversation_id, channel: None)
    assert store.link("unknown", "tg:5") is False


def test_a_code_telegram_could_not_have_sent_is_refused_before_the_database(clinic_env):
    def redeem(*args):
        raise AssertionError("must not be called")

    store = TelegramStore(redeem=redeem)
    assert store.link("a b", "tg:5") is False
    assert store.link("x" * 65, "tg:5") is False


def test_without_the_linking_module_no_link_is_made(clinic_env, monkeypatch):
    import bot.channels.telegram_store as module

    monkeypatch.setattr(module, "_installed_redeem", lambda: None)
    assert TelegramStore().link("code", "tg:5") is False
