"""Fixtures for the worker: migrated databases, a cipher and the fake services."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.store.crypto import TextCipher
from bot.store.migrate import upgrade
from tests.fakes.smtp_sink import SmtpSink
from tests.fakes.telegram_api import FakeTelegramApi
from tests.fakes.webhook_receiver import WebhookReceiver
from tests.unit.worker.support import TOKEN


@pytest.fixture
def db(database_url: str) -> str:
    upgrade(database_url)
    return database_url


@pytest.fixture
def cipher(data_key: str) -> TextCipher:
    return TextCipher([data_key])


@pytest.fixture
def telegram() -> Iterator[FakeTelegramApi]:
    with FakeTelegramApi(TOKEN) as fake:
        yield fake


@pytest.fixture
def webhook() -> Iterator[WebhookReceiver]:
    with WebhookReceiver() as receiver:
        yield receiver


@pytest.fixture
def smtp() -> Iterator[SmtpSink]:
    with SmtpSink() as sink:
        yield sink
