"""Start the real Rasa and action servers on free ports, as `ipt-companion run` does."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from bot.config import PROJECT_ROOT
from bot.model_training import ensure_model
from bot.runner import actions_command, process_environment, rasa_command

STARTUP_TIMEOUT_S = 240


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class RunningBot:
    rasa_url: str
    token: str
    log_dir: Path

    def say(self, sender: str, text: str) -> list[dict]:
        response = httpx.post(
            f"{self.rasa_url}/webhooks/rest/webhook",
            json={"sender": sender, "message": text},
            timeout=60,
        )
        response.raise_for_status()
        return response.json()


def _wait_until(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited early; log:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(1)
    raise RuntimeError(f"server not up after {STARTUP_TIMEOUT_S}s; log:\n{log.read_text()[-3000:]}")


@contextmanager
def running_bot(
    database_url: str, data_key: str, log_dir: Path, extra_env: dict[str, str] | None = None
) -> Iterator[RunningBot]:
    model = ensure_model()
    rasa_port, actions_port = free_port(), free_port()
    token = "integration-test-token"
    env = process_environment(actions_port)
    env.update({"DATABASE_URL": database_url, "IPT_DATA_KEYS": data_key, "RASA_TOKEN": token})
    env.pop("IPT_ENV", None)
    env.update(extra_env or {})
    processes: list[subprocess.Popen] = []
    try:
        actions_log = log_dir / "actions.log"
        processes.append(subprocess.Popen(
            actions_command(actions_port), cwd=PROJECT_ROOT, env=env,
            stdout=actions_log.open("w"), stderr=subprocess.STDOUT,
        ))
        rasa_log = log_dir / "rasa.log"
        processes.append(subprocess.Popen(
            rasa_command(rasa_port, model, token), cwd=PROJECT_ROOT, env=env,
            stdout=rasa_log.open("w"), stderr=subprocess.STDOUT,
        ))
        _wait_until(f"http://127.0.0.1:{actions_port}/health", processes[0], actions_log)
        _wait_until(f"http://127.0.0.1:{rasa_port}/", processes[1], rasa_log)
        yield RunningBot(f"http://127.0.0.1:{rasa_port}", token, log_dir)
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def environment_has(name: str) -> bool:
    return bool(os.environ.get(name))
