"""When to try a failed notification again: exponential backoff with jitter, capped.

Doubling (2 s, 4 s, 8 s, ...) rides out a short outage quickly without hammering a service
that is down; the cap (5 min) keeps a long outage from pushing the next try past the SLA of
an imminent flag; jitter spreads the retries of many alerts raised by one incident.
"""

from __future__ import annotations

import random

JITTER = 0.2  # each delay is within ±20% of the nominal one


def retry_delay(
    attempts: int, base: float, cap: float, rng: random.Random | None = None
) -> float:
    """Seconds to wait after the `attempts`-th failed try (1 for the first failure)."""
    doublings = min(max(attempts - 1, 0), 32)  # past the cap anyway; keeps the float finite
    nominal = min(cap, base * 2**doublings)
    jitter = (rng or random).uniform(-JITTER, JITTER)
    return min(cap, nominal * (1 + jitter))
