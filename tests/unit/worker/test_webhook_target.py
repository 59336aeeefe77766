"""The webhook: a signed, idempotent JSON POST; the status code decides retry or give up."""

from __future__ import annotations

import json
import socket
from collections.abc import AsyncIterator

import pytest

from bot.worker.messages import Alert
from bot.worker.targets.contract import PermanentFailure, TemporaryFailure
from bot.worker.targets.webhook import WebhookTarget
from tests.fakes.webhook_receiver import signature_is_valid
from tests.unit.worker.support import WEBHOOK_SECRET

ALERT = Alert(
    subject="s",
    text="HIGH risk, flag #7",
    payload={"event": "flag_raised", "flag": {"id": 7, "severity": "high"}},
    idempotency_key="flag-7-flag_raised-0-on_call-webhook",
)


def _environ(webhook, **extra: str) -> dict[str, str]:
    return {
        "ESCALATION_WEBHOOK_URL": webhook.url("on-call"),
        "BACKUP_WEBHOOK_URL": webhook.url("backup"),
        "ESCALATION_WEBHOOK_SECRET": WEBHOOK_SECRET,
        **extra,
    }


@pytest.fixture
async def target(webhook) -> AsyncIterator[WebhookTarget]:
    target = WebhookTarget(_environ(webhook), timeout=1)
    yield target
    await target.close()


async def test_the_body_is_json_signed_with_hmac_sha256_of_its_exact_bytes(target, webhook):
    await target.send(ALERT, "on_call")
    [request] = webhook.requests()
    assert request.json() == ALERT.payload
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["X-IPT-Signature"].startswith("sha256=")
    assert signature_is_valid(request, WEBHOOK_SECRET)
    assert not signature_is_valid(request, "another-secret")


async def test_the_idempotency_key_travels_in_its_own_header(target, webhook):
    await target.send(ALERT, "on_call")
    assert webhook.requests()[0].headers["Idempotency-Key"] == ALERT.idempotency_key


async def test_on_call_and_backup_alerts_go_to_their_own_urls(target, webhook):
    await target.send(ALERT, "on_call")
    await target.send(ALERT, "backup")
    assert [r.path for r in webhook.requests()] == ["on-call", "backup"]


@pytest.mark.parametrize("status", [200, 201, 202, 204])
async def test_any_2xx_counts_as_delivered(target, webhook, status):
    webhook.queue(status)
    await target.send(ALERT, "on_call")


@pytest.mark.parametrize("status", [400, 401, 403, 404, 410, 422])
async def test_a_client_error_is_a_permanent_failure(target, webhook, status):
    webhook.queue(status)
    with pytest.raises(PermanentFailure, match=f"HTTP {status}"):
        await target.send(ALERT, "on_call")


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 302])
async def test_timeouts_rate_limits_server_errors_and_the_rest_are_retried(
    target, webhook, status
):
    webhook.queue(status)
    with pytest.raises(TemporaryFailure, match=f"HTTP {status}"):
        await target.send(ALERT, "on_call")


async def test_a_receiver_that_does_not_answer_is_a_temporary_failure(target, webhook):
    webhook.hold()
    with pytest.raises(TemporaryFailure, match="did not answer in time"):
        await target.send(ALERT, "on_call")


async def test_an_unreachable_receiver_is_a_temporary_failure():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}/hook"
    target = WebhookTarget(
        {"ESCALATION_WEBHOOK_URL": closed, "ESCALATION_WEBHOOK_SECRET": WEBHOOK_SECRET}, 1
    )
    with pytest.raises(TemporaryFailure, match="unreachable"):
        await target.send(ALERT, "on_call")
    await target.close()


async def test_without_a_secret_nothing_is_sent_unsigned(webhook):
    target = WebhookTarget(_environ(webhook, ESCALATION_WEBHOOK_SECRET=""), timeout=1)
    with pytest.raises(TemporaryFailure, match="ESCALATION_WEBHOOK_SECRET is not set"):
        await target.send(ALERT, "on_call")
    await target.close()
    assert webhook.requests() == []


async def test_the_signature_covers_the_bytes_actually_sent_not_a_re_encoding(target, webhook):
    await target.send(ALERT, "on_call")
    body = webhook.requests()[0].body
    assert body == json.dumps(ALERT.payload, separators=(",", ":"), sort_keys=True).encode()
