"""Configuration: the channel is off, not broken, without Telegram settings; secrets compared."""

from __future__ import annotations

from bot.channels.telegram import RecentUpdates, TelegramInput
from bot.channels.telegram_config import DEFAULT_API_BASE_URL, TelegramSettings

ENV = {
    "TELEGRAM_TOKEN": "123:TEST",
    "TELEGRAM_WEBHOOK_SECRET": "s3cret",
    "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/bot",
}


def test_settings_come_from_the_environment():
    settings = TelegramSettings.load(None, ENV)
    assert settings == TelegramSettings("123:TEST", "s3cret", "http://127.0.0.1:8081/bot")
    assert settings.enabled


def test_values_in_credentials_yml_win_over_the_environment():
    settings = TelegramSettings.load({"token": "999:OTHER", "webhook_secret": None}, ENV)
    assert (settings.token, settings.webhook_secret) == ("999:OTHER", "s3cret")


def test_telegrams_own_api_is_the_default():
    assert TelegramSettings.load(None, {}).api_base_url == DEFAULT_API_BASE_URL


def test_without_a_token_or_a_secret_the_channel_is_off_and_says_why():
    assert TelegramSettings.load(None, {}).problems() == [
        "TELEGRAM_TOKEN is not set",
        "TELEGRAM_WEBHOOK_SECRET is not set",
    ]
    assert not TelegramSettings.load(None, {"TELEGRAM_TOKEN": "1:T"}).enabled


def test_a_secret_telegram_would_refuse_is_reported():
    settings = TelegramSettings.load(None, {**ENV, "TELEGRAM_WEBHOOK_SECRET": "has spaces!"})
    assert any("A-Z" in problem for problem in settings.problems())


def test_a_channel_that_is_off_offers_no_output_channel_so_rasa_falls_back():
    channel = TelegramInput(TelegramSettings.load(None, {}))
    assert channel.get_output_channel() is None


def test_the_channel_is_named_telegram_so_output_channel_latest_finds_it():
    channel = TelegramInput(TelegramSettings.load(None, ENV))
    assert channel.name() == "telegram"
    assert channel.get_output_channel().name() == "telegram"
    assert channel.url_prefix() == "telegram"  # Rasa mounts it under /webhooks/


def test_only_the_exact_secret_is_accepted():
    channel = TelegramInput(TelegramSettings.load(None, ENV))
    assert channel.secret_matches("s3cret")
    assert not channel.secret_matches("s3cret ")
    assert not channel.secret_matches("")
    assert not channel.secret_matches(None)


def test_with_no_secret_configured_nothing_is_accepted():
    channel = TelegramInput(TelegramSettings("123:TEST", ""))
    assert not channel.secret_matches("")
    assert not channel.secret_matches(None)


def test_an_update_telegram_sends_again_is_handled_once():
    recent = RecentUpdates(size=2)
    assert recent.first_time(1)
    assert not recent.first_time(1)
    assert recent.first_time(2) and recent.first_time(3)
    assert recent.first_time(1)  # forgotten after `size` newer ones
