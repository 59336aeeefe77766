"""Fixtures for the web chat widget's browser tests: Debian's Chromium driven by Playwright,
against tests/browser/fake_rasa_socketio.py run as a subprocess (so it can be stopped and
restarted on the same port)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ARTIFACTS = HERE / "artifacts"
FAKE_SERVER = HERE / "fake_rasa_socketio.py"


def _missing() -> str | None:
    """Why the browser tests cannot run here, or None."""
    if not os.path.exists(CHROMIUM):
        return (
            "BROWSER TESTS SKIPPED: /usr/bin/chromium is missing. Install Debian's Chromium with "
            "`apt-get update && apt-get install -y chromium` (never `playwright install`)."
        )
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return (
            "BROWSER TESTS SKIPPED: the `playwright` Python package is missing. "
            "Install the dev extras: pip install -e '.[dev]'."
        )
    return None


MISSING = _missing()


def pytest_collection_modifyitems(config, items):
    if not MISSING:
        return
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.skip(reason=MISSING))


def pytest_terminal_summary(terminalreporter):
    if MISSING:
        terminalreporter.write_line("!" * 78, red=True, bold=True)
        terminalreporter.write_line(MISSING, red=True, bold=True)
        terminalreporter.write_line("!" * 78, red=True, bold=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class FakeRasa:
    """The fake Rasa server in a subprocess: start, stop (as a crash would) and restart."""

    def __init__(self, port: int, *extra: str) -> None:
        self.port = port
        self.extra = list(extra)
        self.proc: subprocess.Popen | None = None
        self.log_path = ARTIFACTS / f"fake_rasa_{port}.log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60.0) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        cmd = [sys.executable, str(FAKE_SERVER), "--port", str(self.port), *self.extra]
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"fake Rasa server exited; see {self.log_path}")
            try:
                with urllib.request.urlopen(self.url + "/webchat/widget.js", timeout=1):
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"fake Rasa server did not start in {timeout}s; see {self.log_path}")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self.proc = None

    def received(self) -> dict:
        import json

        with urllib.request.urlopen(self.url + "/test/received", timeout=5) as r:
            return json.load(r)

    def messages(self) -> list[str]:
        return [m["text"] for m in self.received()["messages"]]


@pytest.fixture
def fake_rasa(request):
    """A fresh fake Rasa server per test. Extra CLI flags via @pytest.mark.fake_rasa_args(...)."""
    marker = request.node.get_closest_marker("fake_rasa_args")
    server = FakeRasa(free_port(), *(marker.args if marker else ()))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=15_000)

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def context(browser, request):
    marker = request.node.get_closest_marker("viewport")
    width, height = marker.args if marker else (1000, 760)
    ctx = browser.new_context(viewport={"width": width, "height": height}, locale="en-US")
    ctx.set_default_timeout(15_000)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context):
    pg = context.new_page()
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    assert not pg.errors, f"JavaScript errors on the page: {pg.errors}"


@pytest.fixture
def shot(request):
    """shot(page, "name") saves tests/browser/artifacts/<test name>--<name>.png."""
    ARTIFACTS.mkdir(exist_ok=True)

    def take(pg, name: str, **kwargs) -> Path:
        path = ARTIFACTS / f"{request.node.name}--{name}.png"
        pg.screenshot(path=str(path), **kwargs)
        return path

    return take


def pytest_configure(config):
    config.addinivalue_line("markers", "fake_rasa_args(*args): CLI flags for the fake server")
    config.addinivalue_line("markers", "viewport(width, height): browser viewport size")
