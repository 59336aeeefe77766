"""The whole escalation: a crisis message on the REST channel, the flag row, and the alert
delivered by the real worker to the clinicians' (fake) Telegram chat and webhook."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, text

from tests.fakes.webhook_receiver import signature_is_valid
from tests.integration.conftest import CLINICIANS_CHAT, WEBHOOK_SECRET
from tests.integration.worker_process import WorkerProcess, wait_until

pytestmark = pytest.mark.integration
PARTICIPANT_WORDS = "I have the pills here and I'm going to take them all tonight"


def _notifications(url: str, sender: str) -> list[dict]:
    engine = create_engine(url, future=True)
    with engine.connect() as connection:
        return [dict(r) for r in connection.execute(text(
            "SELECT n.target, n.status FROM notification n JOIN flag f ON f.id = n.flag_id "
            "WHERE f.conversation_id = :c"), {"c": sender}).mappings()]


def test_a_crisis_message_reaches_the_clinicians_telegram_and_webhook(
    bot, clinicians_telegram, clinicians_webhook, tmp_path
):
    sender = "it-escalation"
    reply = bot.say(sender, PARTICIPANT_WORDS)
    assert any("findahelpline.com" in r.get("text", "") for r in reply)
    assert {n["target"] for n in _notifications(bot.database_url, sender)} == {
        "telegram", "webhook"
    }

    environ = {**os.environ, **bot.environment}
    worker = WorkerProcess(environ, tmp_path / "worker.log")
    try:
        wait_until(
            lambda: all(n["status"] == "delivered"
                        for n in _notifications(bot.database_url, sender)), 30
        )
    finally:
        worker.terminate()

    alerts = [m for m in clinicians_telegram.sent_messages()
              if m.params.get("chat_id") == CLINICIANS_CHAT]
    assert len(alerts) >= 1
    assert "pills" not in alerts[-1].params["text"]  # never the participant's words
    hooks = clinicians_webhook.requests()
    assert hooks and all(signature_is_valid(h, WEBHOOK_SECRET) for h in hooks)
    assert "pills" not in hooks[-1].body.decode()
