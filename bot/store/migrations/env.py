"""Alembic environment: the URL comes from the caller (bot.store.migrate), never from a file."""

from __future__ import annotations

from alembic import context

from bot.store.database import engine_for
from bot.store.models import metadata

# Rasa's tracker store owns `events`; Alembic must neither create nor drop it.
FOREIGN_TABLES = {"events"}


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    return not (type_ == "table" and name in FOREIGN_TABLES)


def run_migrations() -> None:
    url = context.config.get_main_option("sqlalchemy.url")
    connectable = engine_for(url)
    with connectable.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=metadata,
            include_object=include_object,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()


run_migrations()
