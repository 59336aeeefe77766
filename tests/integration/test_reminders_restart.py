"""Reminders through the real worker process, with Rasa's HTTP API faked on 127.0.0.1:
stored in the database, they survive a restart of every process and never go out twice."""

from __future__ import annotations

import os
import time as clock
from datetime import time, timedelta

import pytest
from aiohttp import web
from sqlalchemy import update

from bot.reminders.store import set_reminder
from bot.store.crypto import TextCipher
from bot.store.database import session_scope
from bot.store.migrate import upgrade
from bot.store.models import Reminder, utcnow
from bot.store.participants import enrol
from tests.fakes.threaded_server import ThreadedServer
from tests.integration.worker_process import WorkerProcess, wait_until

pytestmark = pytest.mark.integration


class FakeRasaApi:
    """Records `trigger_intent` calls the way Rasa's HTTP API receives them."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, dict]] = []
        app = web.Application()
        app.router.add_post("/conversations/{cid}/trigger_intent", self._trigger)
        self.server = ThreadedServer(app)

    async def _trigger(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.calls.append((request.match_info["cid"], body["name"], dict(request.query)))
        return web.json_response({"tracker": {}, "messages": []})


@pytest.fixture
def rasa():
    fake = FakeRasaApi()
    fake.server.start()
    yield fake
    fake.server.stop()


@pytest.fixture
def db(sqlite_url, data_key):
    upgrade(sqlite_url)
    with session_scope(sqlite_url) as session:
        participant = enrol(session, conversation_id="web-7", channel="socketio",
                            cipher=TextCipher([data_key]), country="GB", display_name=None)
        set_reminder(session, participant, time(20, 0), "Europe/London")
    return sqlite_url


def _due(url: str, ago: timedelta) -> None:
    with session_scope(url) as session:
        session.execute(update(Reminder).values(next_due_at=utcnow() - ago))


def _environ(url: str, rasa: FakeRasaApi) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CLINICIAN_", "BACKUP_"))}
    env.update({"DATABASE_URL": url, "RASA_URL": rasa.server.url, "RASA_TOKEN": "t0ken",
                "IPT_WORKER_REMINDER_SECONDS": "0.2", "ESCALATION_WEBHOOK_URL": ""})
    return env


def test_a_reminder_missed_while_the_worker_was_down_is_sent_once_after_restart(
    db, rasa, tmp_path
):
    _due(db, timedelta(minutes=20))  # due while nothing was running
    worker = WorkerProcess(_environ(db, rasa), tmp_path / "worker.log")
    wait_until(lambda: len(rasa.calls) == 1, 20)
    worker.kill()
    again = WorkerProcess(_environ(db, rasa), tmp_path / "worker.log")
    clock.sleep(1.5)  # several reminder passes of the restarted worker
    again.terminate()
    assert rasa.calls == [
        ("web-7", "EXTERNAL_checkin_reminder", {"token": "t0ken", "output_channel": "latest"})
    ]


def test_a_reminder_missed_by_hours_is_skipped_not_sent(db, rasa, tmp_path):
    _due(db, timedelta(hours=5))
    worker = WorkerProcess(_environ(db, rasa), tmp_path / "worker.log")
    clock.sleep(1.5)
    worker.terminate()
    assert rasa.calls == []
