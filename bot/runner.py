"""Start every process a laptop needs, on 127.0.0.1, and stop them all on Ctrl-C.

honcho's manager does the supervision (prefixed logs, one Ctrl-C stops everything); the
command lines live here so that tests can start exactly what a developer runs.
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

from honcho.manager import Manager

from bot.config import PROJECT_ROOT, load_settings
from bot.model_training import model_path

BIN = Path(sys.executable).parent


def actions_command(port: int) -> list[str]:
    return [str(BIN / "rasa"), "run", "actions", "--actions", "actions", "--port", str(port)]


def rasa_command(port: int, model: Path, token: str, cors: str = "*") -> list[str]:
    return [
        str(BIN / "rasa"), "run",
        "--interface", "127.0.0.1", "--port", str(port),
        "--model", str(model),
        "--endpoints", "endpoints.yml", "--credentials", "credentials.yml",
        "--enable-api", "--auth-token", token,
        "--cors", cors,
    ]


def process_environment(actions_port: int) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "SANIC_HOST": "127.0.0.1",  # the action server binds to 0.0.0.0 otherwise
            "ACTION_SERVER_URL": f"http://127.0.0.1:{actions_port}/webhook",
            "RASA_TELEMETRY_ENABLED": "false",
            "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
            "PYTHONUNBUFFERED": "1",
        }
    )
    return env


def run_all(rasa_port: int = 5005, actions_port: int = 5055) -> int:
    settings = load_settings()
    env = process_environment(actions_port)
    manager = Manager()
    # honcho runs each command through /bin/sh: quote every argument (`--cors *` was globbed).
    commands = {
        "actions": actions_command(actions_port),
        "worker": [sys.executable, "-m", "bot.worker.main"],
        "rasa": rasa_command(rasa_port, model_path(), settings.rasa_token),
    }
    for name, command in commands.items():
        manager.add_process(name, shlex.join(command), env=env, cwd=str(PROJECT_ROOT))
    print(
        f"\n  IPT Companion is starting. Open http://127.0.0.1:{rasa_port}/webchat/index.html"
        "\n  (the bot answers once Rasa says 'Rasa server is up and running'). Ctrl-C stops.\n",
        flush=True,
    )
    manager.loop()
    return manager.returncode or 0
