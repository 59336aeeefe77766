"""The real bot for the widget's browser tests: `rasa run` (REST + the web chat channel, which
also serves the widget at /webchat/) and the action server, on free ports, a fresh SQLite
database and a fresh data key.

Like tests/integration/servers.py, but it keeps the process handles so that a test can stop
Rasa the way a crash would, and start it again on the same port.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text

from bot.config import PROJECT_ROOT
from bot.model_training import ensure_model
from bot.runner import actions_command, process_environment, rasa_command
from bot.store.crypto import new_key
from bot.store.migrate import upgrade
from tests.integration.servers import _wait_until, free_port

TOKEN = "browser-test-token"


class RealBot:
    """Rasa and the action server as subprocesses; Rasa can be stopped and started again."""

    def __init__(self, workdir: Path, log_dir: Path) -> None:
        self.workdir = workdir
        self.log_dir = log_dir
        self.database_url = f"sqlite:///{workdir / 'ipt.db'}"
        self.data_key = new_key()
        self.model = ensure_model()  # trains first (minutes) if the training data changed
        self.rasa_port, self.actions_port = free_port(), free_port()
        self.env = process_environment(self.actions_port)
        self.env.update(
            {"DATABASE_URL": self.database_url, "IPT_DATA_KEYS": self.data_key, "RASA_TOKEN": TOKEN}
        )
        self.env.pop("IPT_ENV", None)
        self.actions: subprocess.Popen | None = None
        self.rasa: subprocess.Popen | None = None
        upgrade(self.database_url)
        log_dir.mkdir(parents=True, exist_ok=True)
        for name in ("real-bot-actions.log", "real-bot-rasa.log"):
            (log_dir / name).write_bytes(b"")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}"

    def _spawn(self, command: list[str], log_name: str) -> tuple[subprocess.Popen, Path]:
        log = self.log_dir / log_name
        with log.open("ab") as out:
            process = subprocess.Popen(
                command, cwd=PROJECT_ROOT, env=self.env, stdout=out, stderr=subprocess.STDOUT
            )
        return process, log

    def start(self) -> None:
        if self.actions is None or self.actions.poll() is not None:
            self.actions, log = self._spawn(
                actions_command(self.actions_port), "real-bot-actions.log"
            )
            _wait_until(f"http://127.0.0.1:{self.actions_port}/health", self.actions, log)
        if not self.rasa_running():
            self.rasa, log = self._spawn(
                rasa_command(self.rasa_port, self.model, TOKEN), "real-bot-rasa.log"
            )
            _wait_until(f"{self.url}/", self.rasa, log)

    def rasa_running(self) -> bool:
        return self.rasa is not None and self.rasa.poll() is None

    def stop_rasa(self) -> None:
        """Terminate Rasa (the action server keeps running)."""
        if self.rasa_running():
            self.rasa.terminate()
            try:
                self.rasa.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.rasa.kill()
                self.rasa.wait(timeout=10)

    def stop(self) -> None:
        for process in (self.rasa, self.actions):
            if process is not None and process.poll() is None:
                process.terminate()
        for process in (self.rasa, self.actions):
            if process is None:
                continue
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()

    def query(self, sql: str, **params: object) -> list[dict]:
        engine = create_engine(self.database_url, future=True)
        try:
            with engine.connect() as connection:
                return [dict(r) for r in connection.execute(text(sql), params).mappings()]
        finally:
            engine.dispose()


@contextmanager
def real_bot(workdir: Path, log_dir: Path) -> Iterator[RealBot]:
    bot = RealBot(workdir, log_dir)
    try:
        bot.start()
        yield bot
    finally:
        bot.stop()
