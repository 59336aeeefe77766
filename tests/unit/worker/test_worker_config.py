"""The worker's settings come from the environment, with safe defaults."""

import pytest

from bot.worker.config import WorkerConfig


def test_by_default_the_worker_polls_every_half_second_and_tries_ten_times():
    config = WorkerConfig.from_environ({})
    assert config.poll_seconds == 0.5
    assert config.max_attempts == 10
    assert (config.backoff_base_seconds, config.backoff_cap_seconds) == (2, 300)


def test_the_environment_overrides_poll_interval_attempts_and_review_url():
    config = WorkerConfig.from_environ(
        {
            "IPT_WORKER_POLL_SECONDS": "0.1",
            "IPT_WORKER_MAX_ATTEMPTS": "4",
            "REVIEW_APP_URL": "https://review.example/",
        }
    )
    assert (config.poll_seconds, config.max_attempts) == (0.1, 4)
    assert config.review_app_url == "https://review.example"


def test_a_nonsensical_poll_interval_is_refused_at_start():
    with pytest.raises(ValueError, match="IPT_WORKER_POLL_SECONDS"):
        WorkerConfig.from_environ({"IPT_WORKER_POLL_SECONDS": "0"})
