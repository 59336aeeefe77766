"""IPT exercises through the real Rasa and action servers: stored, followed up, interrupted."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import create_engine, text

from bot.store.crypto import TextCipher
from tests.integration.test_safety_end_to_end import enrol, flags_for, texts

pytestmark = pytest.mark.integration

GRIEF_ANSWERS = [
    "my grandmother, last March",
    "she taught me to bake and always listened",
    "/skip",
    "she was in hospital for two weeks",
    "her Sunday phone calls",
    "thank you for everything you did for me",
    "her birthday in June",
    "my cousin Tom",
]


def rows(bot, sql: str, sender: str) -> list[dict]:
    engine = create_engine(bot.database_url, future=True)
    with engine.connect() as connection:
        participant = connection.execute(
            text("SELECT participant_id FROM channel_identity WHERE conversation_id = :c"),
            {"c": sender},
        ).scalar_one()
        return [dict(r) for r in connection.execute(text(sql), {"p": participant}).mappings()]


def test_a_grief_reflection_is_stored_with_its_homework_and_read_back(bot, data_key):
    sender = "it-grief"
    enrol(bot, sender, "United Kingdom")
    first = texts(bot.say(sender, '/start_exercise{"exercise": "grief_form"}'))
    assert "Who died" in first
    for answer in GRIEF_ANSWERS:
        bot.say(sender, answer)
    done = texts(bot.say(sender, "ring Tom on Saturday"))
    assert "saved your grief reflection" in done
    assert "ring Tom on Saturday" in done

    cipher = TextCipher([data_key])
    exercise = rows(bot, "SELECT kind, answers_enc FROM exercise WHERE participant_id = :p",
                    sender)[0]
    assert exercise["kind"] == "grief_reflection"
    assert "Sunday" not in exercise["answers_enc"]
    answers = json.loads(cipher.decrypt(exercise["answers_enc"]))
    assert answers["grief_miss"] == "her Sunday phone calls"
    homework = rows(bot, "SELECT text_enc, status FROM homework WHERE participant_id = :p",
                    sender)[0]
    assert homework["status"] == "planned"
    assert cipher.decrypt(homework["text_enc"]) == "ring Tom on Saturday"

    assert "ring Tom on Saturday" in texts(bot.say(sender, "/ask_homework"))


def test_stop_pauses_an_exercise_and_continue_picks_up_the_same_question(bot):
    sender = "it-pause"
    enrol(bot, sender, "Canada")
    bot.say(sender, '/start_exercise{"exercise": "transition_form"}')
    bot.say(sender, "I moved to a new city for work")
    assert "kept your answers" in texts(bot.say(sender, "/stop"))
    resumed = texts(bot.say(sender, "/start_exercise"))
    assert "pick up" in resumed
    assert "how things were before" in resumed


def test_phq9_item_9_above_zero_is_stored_and_starts_the_crisis_path(bot):
    sender = "it-phq9"
    enrol(bot, sender, "Australia")
    bot.say(sender, "/start_questionnaire")
    for _ in range(8):
        bot.say(sender, "1")
    reply = texts(bot.say(sender, "1"))
    assert "9 out of 27" in reply
    assert "13 11 14" in reply  # Lifeline, before any question
    stored = rows(bot, "SELECT total, severity FROM questionnaire_response WHERE "
                       "participant_id = :p", sender)
    assert stored == [{"total": 9, "severity": "mild"}]
    assert [f["source"] for f in flags_for(bot, sender)] == ["phq9"]


def test_a_crisis_in_the_middle_of_a_role_play_interrupts_it(bot):
    sender = "it-roleplay"
    enrol(bot, sender, "United States")
    bot.say(sender, "/start_role_play")
    bot.say(sender, "my brother")
    bot.say(sender, "at his flat")
    opening = texts(bot.say(sender, "ask him to stop borrowing money"))
    assert "your brother" in opening.lower()
    partner = texts(bot.say(sender, "You always take my money and never pay it back"))
    assert partner
    crisis = texts(bot.say(sender, "honestly I want to kill myself"))
    assert "988" in crisis
    assert flags_for(bot, sender)
