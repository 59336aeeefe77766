"""Retry timing: exponential from 2 s, capped at 5 min, jittered by at most ±20%."""

import random

from bot.worker.backoff import retry_delay
from tests.unit.worker.support import NoJitter


def test_each_failure_doubles_the_wait_starting_at_the_base_delay():
    delays = [retry_delay(n, base=2, cap=300, rng=NoJitter()) for n in range(1, 6)]
    assert delays == [2, 4, 8, 16, 32]


def test_the_wait_never_exceeds_the_cap_even_with_jitter():
    rng = random.Random(7)
    assert all(retry_delay(n, base=2, cap=300, rng=rng) <= 300 for n in range(1, 200))
    assert retry_delay(9, base=2, cap=300, rng=NoJitter()) == 300


def test_jitter_spreads_retries_within_twenty_percent_of_the_nominal_delay():
    rng = random.Random(42)
    delays = [retry_delay(3, base=2, cap=300, rng=rng) for _ in range(500)]
    assert all(6.4 <= d <= 9.6 for d in delays)
    assert max(delays) - min(delays) > 2
