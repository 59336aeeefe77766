"""The worker's knobs, read from the environment once at start-up.

Defaults suit a clinic: poll twice a second (an imminent-risk alert should leave within a
second of the commit), check SLAs every few seconds, give up on a notification only after
ten tries spread over roughly twenty minutes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class WorkerConfig:
    poll_seconds: float = 0.5
    sla_check_seconds: float = 5.0
    max_attempts: int = 10
    backoff_base_seconds: float = 2.0
    backoff_cap_seconds: float = 300.0
    send_timeout_seconds: float = 10.0
    review_app_url: str = ""
    clinic_timezone: str = "Europe/London"

    @classmethod
    def from_environ(
        cls, environ: Mapping[str, str], clinic_timezone: str = "Europe/London"
    ) -> WorkerConfig:
        def number(name: str, default: float) -> float:
            raw = environ.get(name, "").strip()
            value = float(raw) if raw else default
            if value <= 0:
                raise ValueError(f"{name} must be a positive number, not {raw!r}")
            return value

        return cls(
            poll_seconds=number("IPT_WORKER_POLL_SECONDS", cls.poll_seconds),
            sla_check_seconds=number("IPT_WORKER_SLA_CHECK_SECONDS", cls.sla_check_seconds),
            max_attempts=int(number("IPT_WORKER_MAX_ATTEMPTS", cls.max_attempts)),
            backoff_base_seconds=number("IPT_WORKER_BACKOFF_SECONDS", cls.backoff_base_seconds),
            backoff_cap_seconds=number(
                "IPT_WORKER_BACKOFF_CAP_SECONDS", cls.backoff_cap_seconds
            ),
            send_timeout_seconds=number(
                "IPT_WORKER_SEND_TIMEOUT_SECONDS", cls.send_timeout_seconds
            ),
            review_app_url=environ.get("REVIEW_APP_URL", "").strip().rstrip("/"),
            clinic_timezone=clinic_timezone,
        )
