"""One handle on the clinic's database for the action server and the worker.

Settings are read when the handle is first asked for, never at import time, so tests and
processes can point DATABASE_URL wherever they need before anything connects.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from bot.config import Settings, load_settings
from bot.store.crypto import TextCipher
from bot.store.database import session_scope


class ClinicDatabase:
    def __init__(self, settings: Settings) -> None:
        self.url = settings.database_url
        self.cipher = TextCipher(settings.data_keys)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with session_scope(self.url) as session:
            yield session


@functools.lru_cache(maxsize=1)
def clinic_db() -> ClinicDatabase:
    return ClinicDatabase(load_settings())
