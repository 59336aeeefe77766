"""A whole conversation through the REST channel against the real servers and database."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, select, text

from bot.store.crypto import TextCipher
from bot.store.models import MoodCheckin, Participant

pytestmark = pytest.mark.integration


def texts(replies: list[dict]) -> str:
    return "\n".join(r.get("text", "") for r in replies)


def test_onboarding_then_a_full_checkin_is_stored(bot, data_key):
    sender = "it-checkin"
    first = texts(bot.say(sender, "hello"))
    assert "automated program" in first
    assert "emergency" in first
    bot.say(sender, "/affirm")
    bot.say(sender, "United Kingdom")
    offer = texts(bot.say(sender, "Sam"))
    assert "Thank you, Sam" in offer
    mood_question = bot.say(sender, "/start_checkin")
    assert "0 (very low) to 10" in texts(mood_question)
    assert len(mood_question[-1].get("buttons", [])) == 11
    assert "Who or what" in texts(bot.say(sender, "about a 4"))
    assert "saved" in texts(bot.say(sender, "a long call with my sister"))

    engine = create_engine(bot.database_url, future=True)
    with engine.connect() as connection:
        identity = connection.execute(
            text("SELECT participant_id FROM channel_identity WHERE conversation_id = :c"),
            {"c": sender},
        ).scalar_one()
        row = connection.execute(
            select(MoodCheckin).where(MoodCheckin.participant_id == identity)
        ).one()
        participant = connection.execute(
            select(Participant).where(Participant.id == identity)
        ).one()
    assert row.score == 4
    assert TextCipher([data_key]).decrypt(row.relationship_note_enc) == "a long call with my sister"
    assert participant.country == "GB"

    trend = texts(bot.say(sender, "how has my mood been?"))
    assert "4/10" in trend


def test_declined_consent_leaves_no_participant_and_no_transcript(bot):
    sender = "it-declined"
    bot.say(sender, "hi")
    goodbye = texts(bot.say(sender, "/deny"))
    assert "haven't kept anything" in goodbye
    engine = create_engine(bot.database_url, future=True)
    with engine.connect() as connection:
        events = connection.execute(
            text("SELECT COUNT(*) FROM events WHERE sender_id = :s"), {"s": sender}
        ).scalar()
        identities = connection.execute(
            text("SELECT COUNT(*) FROM channel_identity WHERE conversation_id = :s"), {"s": sender}
        ).scalar()
    assert events == 0
    assert identities == 0


def test_transcripts_are_encrypted_at_rest(bot):
    sender = "it-encrypted"
    bot.say(sender, "hello my name is Zebediah")
    engine = create_engine(bot.database_url, future=True)
    with engine.connect() as connection:
        stored = connection.execute(
            text("SELECT data FROM events WHERE sender_id = :s"), {"s": sender}
        ).scalars().all()
    assert stored
    assert not any("Zebediah" in data for data in stored)


@pytest.mark.parametrize("message", ["", "x" * 10_000, "🙂🙂🙂", "¿Dónde está la biblioteca?"])
def test_odd_input_always_gets_a_polite_answer(bot, message):
    replies = bot.say("it-odd-input", message)
    assert replies, "the bot must never stay silent"
    assert "Traceback" not in texts(replies)
