"""Crisis resources per country, read from crisis_resources.yml and rendered as fixed text.

The crisis path must never depend on a model or a network call, so this is plain data and
string formatting: it works even when the database or the NLU model does not.
"""

from __future__ import annotations

import functools
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml

RESOURCES_FILE = Path(__file__).resolve().parent / "crisis_resources.yml"


@dataclass(frozen=True)
class Helpline:
    name: str
    contact: str
    url: str
    source: str
    reviewed: str


@dataclass(frozen=True)
class CountryResources:
    code: str
    name: str
    emergency: str
    lines: tuple[Helpline, ...]


@dataclass(frozen=True)
class ResourceBook:
    reviewed: str
    countries: dict[str, CountryResources]
    fallback: CountryResources

    def for_country(self, code: str | None) -> CountryResources:
        return self.countries.get((code or "").upper(), self.fallback)


def _country(code: str, raw: dict[str, Any]) -> CountryResources:
    return CountryResources(
        code=code,
        name=str(raw["name"]),
        emergency=str(raw["emergency"]),
        lines=tuple(Helpline(**{k: str(v) for k, v in line.items()}) for line in raw["lines"]),
    )


@functools.lru_cache(maxsize=1)
def load_resources(path: Path = RESOURCES_FILE) -> ResourceBook:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return ResourceBook(
        reviewed=str(raw["reviewed"]),
        countries={code: _country(code, c) for code, c in raw["countries"].items()},
        fallback=_country("ZZ", raw["fallback"]),
    )


def format_resources(code: str | None, book: ResourceBook | None = None) -> str:
    """The resources as one message: emergency number first, then the helplines."""
    resources = (book or load_resources()).for_country(code)
    lines = [f"If you are in immediate danger, call {resources.emergency} now."]
    for line in resources.lines:
        lines.append(f"• {line.name}: {line.contact} — {line.url}")
    if resources.code != "ZZ":
        lines.append("• Elsewhere: findahelpline.com lists free helplines in many countries.")
    return "\n".join(lines)


def widget_json(book: ResourceBook | None = None) -> dict[str, Any]:
    """The same data for the web widget's "Get help now" panel (no round trip to the bot)."""
    book = book or load_resources()

    def country(c: CountryResources) -> dict[str, Any]:
        return {
            "name": c.name,
            "emergency": c.emergency,
            "lines": [asdict(line) for line in c.lines],
        }

    return {
        "reviewed": book.reviewed,
        "countries": {code: country(c) for code, c in book.countries.items()},
        "fallback": country(book.fallback),
    }
