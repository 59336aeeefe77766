"""First-run set-up that every command shares: a development .env, migrations, a model."""

from __future__ import annotations

import secrets
from pathlib import Path

from bot.config import PROJECT_ROOT, load_settings
from bot.model_training import ensure_model
from bot.store.crypto import new_key
from bot.store.migrate import upgrade

ENV_TEMPLATE = """# Development settings written by `ipt-companion setup`. Never commit this file.
IPT_ENV=development
# Fernet keys for participants' free text (comma-separated, newest first). Losing it loses data.
IPT_DATA_KEYS={data_key}
# Token for Rasa's HTTP API (clinician replies, reminders, takeover).
RASA_TOKEN={rasa_token}
RASA_URL=http://127.0.0.1:5005
ACTION_SERVER_URL=http://127.0.0.1:5055/webhook
# DATABASE_URL=postgresql://user@127.0.0.1:5432/ipt   (default: SQLite under var/)
RASA_TELEMETRY_ENABLED=false
SQLALCHEMY_SILENCE_UBER_WARNING=1
"""


def write_dev_env(path: Path = PROJECT_ROOT / ".env") -> bool:
    """Write fresh secrets only if there is no .env: an existing key must never be replaced."""
    if path.exists():
        return False
    path.write_text(
        ENV_TEMPLATE.format(data_key=new_key(), rasa_token=secrets.token_urlsafe(32)),
        encoding="utf-8",
    )
    path.chmod(0o600)
    return True


def setup(train: bool = True) -> None:
    if write_dev_env():
        print("set-up: wrote .env with fresh development secrets", flush=True)
    settings = load_settings()
    settings.var_dir.mkdir(parents=True, exist_ok=True)
    upgrade(settings.database_url)
    if train:
        ensure_model()
