"""The worker as a real subprocess, for tests that kill and restart it."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bot.config import PROJECT_ROOT

START_TIMEOUT_S = 30


class WorkerProcess:
    """One `python -m bot.worker.main`, its output in a log file."""

    def __init__(self, environ: dict[str, str], log: Path) -> None:
        self.log = log
        self._handle = log.open("a")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot.worker.main"],
            cwd=PROJECT_ROOT, env=environ, stdout=self._handle, stderr=subprocess.STDOUT,
        )
        wait_until(lambda: "worker started" in self.output() or self.process.poll() is not None,
                   START_TIMEOUT_S)
        assert self.process.poll() is None, f"worker exited early:\n{self.output()}"

    def output(self) -> str:
        return self.log.read_text() if self.log.exists() else ""

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)
        self._handle.close()

    def terminate(self) -> int:
        self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(20)
        self._handle.close()
        return code


def wait_until(check: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.05)
