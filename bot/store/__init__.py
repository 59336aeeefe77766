"""Persistence: the database models, sessions, migrations and encryption of free text."""
