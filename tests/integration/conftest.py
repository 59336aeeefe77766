"""One real Rasa + action server pair for the whole integration session (starting one takes
about 20 seconds), on a fresh SQLite database, with the clinicians' alert targets pointed at
fakes on 127.0.0.1 (a Telegram Bot API server and a webhook receiver)."""

from __future__ import annotations

import pytest

from bot.store.migrate import upgrade
from tests.fakes.telegram_api import FakeTelegramApi
from tests.fakes.webhook_receiver import WebhookReceiver
from tests.integration.servers import running_bot

CLINICIANS_CHAT = "-100777"
WEBHOOK_SECRET = "integration-webhook-secret"


@pytest.fixture(scope="session")
def clinicians_telegram():
    with FakeTelegramApi() as fake:
        yield fake


@pytest.fixture(scope="session")
def clinicians_webhook():
    with WebhookReceiver() as fake:
        yield fake


@pytest.fixture(scope="session")
def alert_environment(clinicians_telegram, clinicians_webhook) -> dict[str, str]:
    return {
        "TELEGRAM_TOKEN": clinicians_telegram.token,
        "TELEGRAM_API_BASE_URL": clinicians_telegram.base_url,
        "CLINICIAN_TELEGRAM_CHAT_ID": CLINICIANS_CHAT,
        "ESCALATION_WEBHOOK_URL": clinicians_webhook.url(),
        "ESCALATION_WEBHOOK_SECRET": WEBHOOK_SECRET,
    }


@pytest.fixture(scope="session")
def bot(tmp_path_factory, data_key, alert_environment):
    workdir = tmp_path_factory.mktemp("bot")
    url = f"sqlite:///{workdir / 'ipt.db'}"
    upgrade(url)
    with running_bot(url, data_key, workdir, extra_env=alert_environment) as running:
        running.database_url = url
        running.environment = {
            **alert_environment, "DATABASE_URL": url, "IPT_DATA_KEYS": data_key,
        }
        yield running
