"""Shared fixtures: databases (SQLite always, PostgreSQL when reachable) and settings."""

from __future__ import annotations

import os
import uuid
import warnings
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine.url import make_url

from bot.store.crypto import new_key

DEFAULT_TEST_POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"


def _postgres_admin_url() -> str:
    return os.environ.get("TEST_DATABASE_URL", DEFAULT_TEST_POSTGRES)


@pytest.fixture(scope="session")
def data_key() -> str:
    return new_key()


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'ipt-test.db'}"


@pytest.fixture(scope="session")
def postgres_server_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session, dropped afterwards."""
    admin_url = _postgres_admin_url()
    try:
        admin = create_engine(admin_url, future=True, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - any failure means "no server here"
        message = (
            f"PostgreSQL NOT REACHABLE at {admin_url} ({type(exc).__name__}): the PostgreSQL "
            "tests are SKIPPED. Start PostgreSQL or set TEST_DATABASE_URL to run them."
        )
        warnings.warn(message, stacklevel=1)
        print(f"\n*** {message} ***\n")
        pytest.skip(message)
    name = f"ipt_test_{uuid.uuid4().hex[:10]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    yield url
    from bot.store.database import engine_for

    engine_for(url).dispose()
    engine_for.cache_clear()
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> Iterator[str]:
    """Each data-layer test runs on SQLite and on a real PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'ipt-test.db'}"
        return
    base = request.getfixturevalue("postgres_server_url")
    from bot.store.database import engine_for
    from bot.store.models import metadata

    yield base
    engine = engine_for(base)
    with engine.begin() as connection:
        for table in reversed(metadata.sorted_tables):
            connection.execute(text(f'DROP TABLE IF EXISTS "{table.name}" CASCADE'))
        connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
        connection.execute(text("DROP TABLE IF EXISTS events"))


@pytest.fixture
def clinic_env(monkeypatch, sqlite_url, data_key) -> Iterator[str]:
    """Point every settings reader (actions, tracker store) at a migrated test database."""
    from bot.store.clinic import clinic_db
    from bot.store.migrate import upgrade

    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    monkeypatch.setenv("IPT_DATA_KEYS", data_key)
    upgrade(sqlite_url)
    clinic_db.cache_clear()
    yield sqlite_url
    clinic_db.cache_clear()
