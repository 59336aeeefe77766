"""The scene of a role-play rehearsal: who the bot plays, where, and what the participant wants.

The bot says the partner's name and the setting back to the participant ("I'll play your
sister"), so the values are tidied here once: a stray full stop or "my sister" typed into the
form must not turn into "I'll play my sister." in the bot's voice. Values are also capped, because
they come from free text and are repeated in several messages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal, get_args

Kind = Literal["hard_conversation", "starting_conversation"]
"""``hard_conversation``: a dispute with someone important. ``starting_conversation``: opening a
conversation with an acquaintance or someone new (the loneliness / interpersonal-deficits work)."""

KINDS: tuple[Kind, ...] = get_args(Kind)
DEFAULT_PARTNER = "the other person"
MAX_PARTNER_CHARS = 60
MAX_DETAIL_CHARS = 160
_TRAILING = ".,!?;:"
_OWN_TO_YOURS = re.compile(r"^my\b", re.IGNORECASE)


@dataclass(frozen=True)
class Scene:
    """What the rehearsal is about; every text field is already tidy for the bot to say."""

    partner: str
    """How the bot refers to the other person: "your sister", "Anna", "someone at the book club"."""
    setting: str | None = None
    """Where it happens, as a phrase: "in the kitchen after dinner", "at the coffee machine"."""
    goal: str | None = None
    """What the participant wants to get across or do: "ask her to help on weekdays"."""
    kind: Kind = "hard_conversation"

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown role-play kind {self.kind!r}; expected one of {KINDS}")
        partner = _tidy(self.partner, MAX_PARTNER_CHARS)
        partner = _OWN_TO_YOURS.sub("your", partner) if partner else DEFAULT_PARTNER
        object.__setattr__(self, "partner", partner)
        object.__setattr__(self, "setting", _tidy(self.setting, MAX_DETAIL_CHARS) or None)
        object.__setattr__(self, "goal", _tidy(self.goal, MAX_DETAIL_CHARS) or None)

    @property
    def partner_capitalised(self) -> str:
        """For the start of a sentence: "Your sister opened up when..."."""
        return self.partner[:1].upper() + self.partner[1:]

    def to_dict(self) -> dict[str, Any]:
        return {"partner": self.partner, "setting": self.setting, "goal": self.goal,
                "kind": self.kind}

    @classmethod
    def from_dict(cls, data: object) -> Scene:
        """Rebuild a scene from ``to_dict`` output; raises ``ValueError`` on anything else so the
        caller decides what a fresh start looks like."""
        if not isinstance(data, dict):
            raise ValueError("scene is not a mapping")
        partner, setting, goal, kind = (data.get(k) for k in ("partner", "setting", "goal", "kind"))
        if not isinstance(partner, str):
            raise ValueError("scene partner is not text")
        if not all(value is None or isinstance(value, str) for value in (setting, goal)):
            raise ValueError("scene setting or goal is not text")
        if kind not in KINDS:
            raise ValueError("scene kind is unknown")
        return cls(partner=partner, setting=setting, goal=goal, kind=kind)


def _tidy(value: object, limit: int) -> str:
    """One line, no trailing punctuation, cut at a word boundary when too long."""
    if not isinstance(value, str):
        return ""
    text = " ".join(value.split()).strip().rstrip(_TRAILING).strip()
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return cut.rstrip(_TRAILING + " ") + "..."
