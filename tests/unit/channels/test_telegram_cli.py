"""`ipt-companion telegram-poll` and `telegram-webhook`: wiring and refusals (no network)."""

from __future__ import annotations

import argparse

import pytest

from bot.channels import telegram_poll
from bot.channels.telegram_poll import Backoff, register


@pytest.fixture
def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ipt-companion")
    register(parser.add_subparsers(dest="command", required=True))
    return parser


@pytest.fixture
def no_telegram(monkeypatch):
    for name in ("TELEGRAM_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "TELEGRAM_API_BASE_URL"):
        monkeypatch.setenv(name, "")


def test_the_commands_are_registered(parser):
    poll = parser.parse_args(["telegram-poll", "--rasa-url", "http://127.0.0.1:5005"])
    assert poll.handler is telegram_poll._cmd_poll
    assert poll.rasa_url == "http://127.0.0.1:5005"
    webhook = parser.parse_args(["telegram-webhook", "set", "https://companion.example.org"])
    assert (webhook.handler, webhook.webhook_command) == (telegram_poll._cmd_webhook, "set")


def test_polling_without_telegram_settings_says_what_is_missing(parser, no_telegram, capsys):
    args = parser.parse_args(["telegram-poll"])
    assert args.handler(args) == 2
    assert "TELEGRAM_TOKEN is not set" in capsys.readouterr().err


def test_a_webhook_url_that_is_not_https_is_refused(parser, monkeypatch, capsys):
    monkeypatch.setenv("TELEGRAM_TOKEN", "1:T")
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", "s3cret")
    args = parser.parse_args(["telegram-webhook", "set", "http://companion.example.org"])
    assert args.handler(args) == 2
    assert "https://" in capsys.readouterr().err


def test_waits_between_retries_double_up_to_a_ceiling():
    backoff = Backoff(first_s=1, max_s=5)
    assert [backoff.next() for _ in range(5)] == [1, 2, 4, 5, 5]
    backoff.reset()
    assert backoff.next() == 1
