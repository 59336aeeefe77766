"""Settings from the environment, with a `.env` file for development.

Every process (Rasa, the action server, the worker, the CLI) reads the same settings this way,
so a laptop and a clinic deployment differ only in environment variables.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def read_env_file(path: Path) -> dict[str, str]:
    """Parse KEY=VALUE lines; comments and blank lines are ignored, quotes stripped."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        values[key.strip()] = value.strip().strip("'\"")
    return values


def load_env_file(path: Path | None = None) -> None:
    """Put `.env` values into os.environ without overriding what the environment already says."""
    for key, value in read_env_file(path or PROJECT_ROOT / ".env").items():
        os.environ.setdefault(key, value)


def _default_database_url(var_dir: Path) -> str:
    return f"sqlite:///{var_dir / 'ipt-companion.db'}"


@dataclass(frozen=True)
class Settings:
    """What a process needs to know about its deployment."""

    environment: str = "development"
    var_dir: Path = PROJECT_ROOT / "var"
    database_url: str = ""
    data_keys: tuple[str, ...] = ()
    rasa_url: str = "http://127.0.0.1:5005"
    rasa_token: str = ""
    action_server_url: str = "http://127.0.0.1:5055/webhook"
    clinic_timezone: str = "Europe/London"
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def is_production(self) -> bool:
        return self.environment == "production"


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    """Build settings from the environment (after `.env`, which never overrides it)."""
    if environ is None:
        load_env_file()
        environ = dict(os.environ)
    var_dir = Path(environ.get("IPT_VAR_DIR", str(PROJECT_ROOT / "var"))).resolve()
    keys = tuple(k.strip() for k in environ.get("IPT_DATA_KEYS", "").split(",") if k.strip())
    return Settings(
        environment=environ.get("IPT_ENV", "development"),
        var_dir=var_dir,
        database_url=environ.get("DATABASE_URL") or _default_database_url(var_dir),
        data_keys=keys,
        rasa_url=environ.get("RASA_URL", "http://127.0.0.1:5005").rstrip("/"),
        rasa_token=environ.get("RASA_TOKEN", ""),
        action_server_url=environ.get("ACTION_SERVER_URL", "http://127.0.0.1:5055/webhook"),
        clinic_timezone=environ.get("CLINIC_TIMEZONE", "Europe/London"),
    )
