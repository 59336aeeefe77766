"""One real Rasa + action server pair for the whole integration session (starting one takes
about 20 seconds), on a fresh SQLite database."""

from __future__ import annotations

import pytest

from bot.store.migrate import upgrade
from tests.integration.servers import running_bot


@pytest.fixture(scope="session")
def bot(tmp_path_factory, data_key):
    workdir = tmp_path_factory.mktemp("bot")
    url = f"sqlite:///{workdir / 'ipt.db'}"
    upgrade(url)
    with running_bot(url, data_key, workdir) as running:
        running.database_url = url
        yield running
