"""Reminders reach the participant through Rasa's HTTP API, so they are in the transcript and
go out on the channel the participant used last."""

from __future__ import annotations

import logging
from urllib.parse import quote

import httpx

from bot.config import Settings
from bot.reminders.store import claim_due
from bot.store.database import session_scope

logger = logging.getLogger(__name__)
REMINDER_INTENT = "EXTERNAL_checkin_reminder"


def trigger_reminder(settings: Settings, conversation_id: str, client: httpx.Client) -> bool:
    response = client.post(
        f"{settings.rasa_url}/conversations/{quote(conversation_id, safe=':')}/trigger_intent",
        params={"token": settings.rasa_token, "output_channel": "latest"},
        json={"name": REMINDER_INTENT},
        timeout=15,
    )
    return response.status_code < 300


def send_due_reminders(settings: Settings, client: httpx.Client | None = None) -> int:
    """One pass: claim (commit), then send. Returns how many were sent."""
    with session_scope(settings.database_url) as session:
        claimed = claim_due(session)
    sent = 0
    own_client = client is None
    client = client or httpx.Client()
    try:
        for item in claimed:
            try:
                if trigger_reminder(settings, item.conversation_id, client):
                    sent += 1
                else:
                    logger.warning("Reminder %s was refused by Rasa; skipped.", item.reminder_id)
            except httpx.HTTPError as exc:
                logger.warning(
                    "Reminder %s not delivered (%s); skipped, never resent.",
                    item.reminder_id, type(exc).__name__,
                )
    finally:
        if own_client:
            client.close()
    return sent
