"""The crisis path through the real servers: flag first, scripted words, screening, takeover."""

from __future__ import annotations

import json

import httpx
import pytest
from sqlalchemy import create_engine, text

from bot.takeover import RasaConversations

pytestmark = pytest.mark.integration


def texts(replies: list[dict]) -> str:
    return "\n".join(r.get("text", "") for r in replies)


def enrol(bot, sender: str, country: str) -> None:
    """Onboard through the chat itself, as a participant would."""
    for message in ("hello", "/affirm", country, "/skip"):
        bot.say(sender, message)


def flags_for(bot, sender: str) -> list[dict]:
    engine = create_engine(bot.database_url, future=True)
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT severity, source, reasons, status FROM flag WHERE conversation_id = :c"),
            {"c": sender},
        ).mappings().all()
    return [dict(r) for r in rows]


def tracker_events(bot, sender: str) -> list[dict]:
    response = httpx.get(
        f"{bot.rasa_url}/conversations/{sender}/tracker", params={"token": bot.token}, timeout=30
    )
    response.raise_for_status()
    return response.json()["events"]


def test_a_crisis_before_enrolment_gets_crisis_lines_and_a_flag(bot):
    sender = "it-crisis-first-message"
    reply = texts(bot.say(sender, "i dont want to be alive anymore, i want to kill myself"))
    assert "You matter" in reply
    assert "findahelpline.com" in reply
    assert "yes or no questions" in reply
    assert "wished you were dead" in reply
    flags = flags_for(bot, sender)
    assert len(flags) == 1 and flags[0]["severity"] in ("high", "imminent")


def test_a_crisis_in_the_middle_of_a_checkin_interrupts_it(bot):
    sender = "it-crisis-checkin"
    enrol(bot, sender, "Canada")
    assert "0 (very low)" in texts(bot.say(sender, "/start_checkin"))
    reply = texts(bot.say(sender, "everyone would be better off without me"))
    assert "988" in reply
    assert "wished you were dead" in reply
    # The screening is answered; the answers raise the flag.
    bot.say(sender, "/affirm")
    bot.say(sender, "/affirm")
    bot.say(sender, "/deny")
    bot.say(sender, "/deny")
    bot.say(sender, "/deny")
    last = texts(bot.say(sender, "/deny"))
    assert "Thank you for answering" in last
    flag = flags_for(bot, sender)[0]
    assert flag["severity"] == "high"
    assert "screening: thoughts of killing oneself in the past month" in json.loads(
        flag["reasons"]
    )


@pytest.mark.parametrize(
    "question",
    [
        "what is the tallest bridge in the city?",
        "which bridge in town is the highest?",
    ],
)
def test_a_means_question_after_distress_starts_the_crisis_path(bot, question):
    sender = f"it-context-{len(question)}"
    enrol(bot, sender, "UK")
    bot.say(sender, "I lost my job and I can't go on")
    bot.say(sender, "/stop")  # leaves the screening
    reply = texts(bot.say(sender, question))
    assert "116 123" in reply


def test_during_a_takeover_the_bot_is_silent_except_for_the_crisis_path(bot):
    sender = "it-takeover"
    enrol(bot, sender, "Ireland")
    rasa = RasaConversations(bot.rasa_url, bot.token)
    rasa.start(sender)
    assert bot.say(sender, "how has my mood been?") == []
    rasa.say(sender, "Hi, I'm Dr Lee from the clinic. How are you doing?")
    spoken = [e.get("text") for e in tracker_events(bot, sender) if e["event"] == "bot"]
    assert "Clinician: Hi, I'm Dr Lee from the clinic. How are you doing?" in spoken
    crisis = texts(bot.say(sender, "I want to end my life"))
    assert "116 123" in crisis
    rasa.end(sender)
    assert "leave the questions" in texts(bot.say(sender, "/stop"))
    assert "check-in" in texts(bot.say(sender, "/ask_mood_history"))


def test_a_crisis_after_a_misunderstood_message_still_gets_the_crisis_path(bot):
    sender = "it-crisis-after-fallback"
    enrol(bot, sender, "Australia")
    bot.say(sender, "zxq blorp fnar")
    reply = texts(bot.say(sender, "i really want to die"))
    assert "13 11 14" in reply
