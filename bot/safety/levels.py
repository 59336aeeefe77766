"""How worried the companion should be about a message.

The levels follow the usual clinical triage ladder so that a clinician reading an alert knows
what is expected of them: ``concern`` is worth a look at the next review, ``high`` needs a
same-day human response and the crisis resources, ``imminent`` means someone may act now.
"""

from __future__ import annotations

from enum import Enum


class RiskLevel(str, Enum):
    """An ordered ``str`` enum, so levels compare by severity and serialise as plain text.

    A plain ``str`` enum would compare alphabetically ("high" < "none"), which is exactly the
    kind of silent bug a safety check cannot afford, so the comparisons are defined by rank.
    """

    NONE = "none"
    CONCERN = "concern"
    HIGH = "high"
    IMMINENT = "imminent"

    @property
    def rank(self) -> int:
        return _RANKS[self]

    def raised(self, steps: int = 1) -> RiskLevel:
        """The level ``steps`` rungs further up the ladder (capped at imminent)."""
        return _ORDER[min(self.rank + steps, len(_ORDER) - 1)]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, RiskLevel):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, RiskLevel):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, RiskLevel):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, RiskLevel):
            return NotImplemented
        return self.rank >= other.rank

    # ``str`` defines __hash__ and __eq__; keep value equality ("high" == RiskLevel.HIGH).
    __hash__ = str.__hash__

    def __str__(self) -> str:
        return self.value


_ORDER: tuple[RiskLevel, ...] = (
    RiskLevel.NONE,
    RiskLevel.CONCERN,
    RiskLevel.HIGH,
    RiskLevel.IMMINENT,
)
_RANKS: dict[RiskLevel, int] = {level: rank for rank, level in enumerate(_ORDER)}
