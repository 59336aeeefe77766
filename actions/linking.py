"""Joining Telegram to a web participant with a short-lived code (or a Telegram deep link)."""

from __future__ import annotations

import os
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.participant_context import participant_session
from bot.store.linking import VALID_FOR, create_link_code


class ActionCreateLinkCode(Action):
    def name(self) -> str:
        return "action_create_link_code"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        with participant_session(tracker) as (session, participant, _):
            code = create_link_code(session, participant) if participant else None
        if code is None:
            dispatcher.utter_message(response="utter_anything_else")
            return []
        minutes = int(VALID_FOR.total_seconds() // 60)
        username = os.environ.get("TELEGRAM_BOT_USERNAME")
        dispatcher.utter_message(
            response="utter_link_code", code=code, minutes=minutes,
            deep_link=f"https://t.me/{username}?start={code}" if username else "our Telegram bot",
        )
        return []
