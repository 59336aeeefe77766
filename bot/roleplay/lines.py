"""Load the reviewed role-play wording once, and refuse a file that would break a rehearsal.

The wording lives in YAML so the clinical team can review and change it without touching code.
A mistake in that file must show up when the bot starts (or in the tests), not in the middle of
someone's rehearsal: a stance with no lines, a stance with too few lines to last a play without
repeating, a misspelt placeholder, or a word no partner line may contain.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from bot.analysis.role_play import Stance
from bot.roleplay.scene import KINDS, Kind

PARTNER_LINES_FILE = Path(__file__).with_name("partner_lines.yml")
COACH_LINES_FILE = Path(__file__).with_name("coach_lines.yml")

#: One play has at most five rounds, all of which may meet the same stance.
MIN_LINES_PER_STANCE = 5
MAX_LINE_CHARS = 200
#: Who speaks first. In a hard conversation the participant has something to raise, so the
#: partner greets them and hands over the floor; when starting a conversation, making the first
#: move is the very skill being practised, so the participant begins.
PARTNER_OPENS: Mapping[Kind, bool] = MappingProxyType(
    {"hard_conversation": True, "starting_conversation": False}
)
PLACEHOLDERS = frozenset(
    {"partner", "Partner", "setting", "goal", "max_rounds", "line", "rephrasing", "example"}
)
SET_UP_KEYS = ("intro", "scene", "goal", "practice", "controls", "retry")
OUT_OF_ROLE_KEYS = ("rounds", "closing", "ended", "step_out")
#: Words no partner line may contain: the partner may be difficult, never cruel or frightening.
UNKIND_WORDS = re.compile(
    r"\b(stupid|idiot\w*|dumb|useless|pathetic|worthless|loser|ugly|fat|crazy|psycho|hate|"
    r"kill\w*|die|dies|dying|dead|suicid\w*|self-harm|hurt yourself|hit|slap\w*|punch\w*|"
    r"threat\w*|or else|shut up|get lost|piss\w*|fuck\w*|shit\w*|damn\w*|bloody|hell|"
    r"bitch\w*|bastard\w*|moron\w*|weirdo|freak\w*|creep\w*)\b",
    re.IGNORECASE,
)
#: Key paths coach_lines.yml must have; a missing one fails at load time, not mid-rehearsal.
COACH_PATHS: tuple[tuple[str, ...], ...] = (
    *(("controls", key) for key in ("paused", "resumed", "finished", "back_to_it")),
    *(("coaching", key) for key in ("try_this", "try_this_with_gaps", "another_way")),
    *(("coaching", "nothing_yet", kind) for kind in KINDS),
    *(("coaching", "starting", key) for key in (
        "said_hello", "asked_question", "shared_self", "no_question", "no_suggestion",
        "all_clear", "example_question", "example_suggestion", "questions", "suggestions")),
    *(("reflection", kind, key) for kind in KINDS for key in (
        "opened_after_resistance", "opened", "defensive", "silent", "neutral", "nothing",
        "prompts")),
)


class LinesError(ValueError):
    """The wording file cannot be used as it is."""


@dataclass(frozen=True)
class KindLines:
    """The partner's scripted lines for one kind of rehearsal."""

    stances: Mapping[Stance, tuple[str, ...]]
    farewells: tuple[str, ...]
    first_lines: tuple[str, ...] = ()
    """The partner's first line, when the partner speaks first."""
    invitation: str | None = None
    """The out-of-role invitation to begin, when the participant speaks first."""

    @property
    def partner_opens(self) -> bool:
        return bool(self.first_lines)


@dataclass(frozen=True)
class PartnerLines:
    """Everything from partner_lines.yml, checked."""

    in_character: str
    set_up: Mapping[str, str]
    kinds: Mapping[Kind, KindLines]
    out_of_role: Mapping[str, str]


@functools.lru_cache(maxsize=4)
def load_partner_lines(path: Path = PARTNER_LINES_FILE) -> PartnerLines:
    """The reviewed partner wording (read and checked once per path)."""
    return parse_partner_lines(_read(path), source=path.name)


@functools.lru_cache(maxsize=4)
def load_coach_lines(path: Path = COACH_LINES_FILE) -> Mapping[str, Any]:
    """The reviewed coach wording (read and checked once per path)."""
    return parse_coach_lines(_read(path), source=path.name)


def parse_partner_lines(data: object, source: str = "partner_lines.yml") -> PartnerLines:
    """Check the structure, the counts, the placeholders and the tone; raise ``LinesError``."""
    root = _mapping(data, source)
    in_character = _text(root.get("in_character"), f"{source}: in_character")
    if "{line}" not in in_character:
        raise LinesError(f"{source}: in_character must contain {{line}}")
    set_up = _texts_under(root, "set_up", SET_UP_KEYS, source)
    out_of_role = _texts_under(root, "out_of_role", OUT_OF_ROLE_KEYS, source)
    kinds = {kind: _kind_lines(root.get(kind), kind, source) for kind in KINDS}
    return PartnerLines(
        in_character=in_character,
        set_up=MappingProxyType(set_up),
        kinds=MappingProxyType(kinds),
        out_of_role=MappingProxyType(out_of_role),
    )


def parse_coach_lines(data: object, source: str = "coach_lines.yml") -> Mapping[str, Any]:
    """Check that every text the engine uses is there and well formed; raise ``LinesError``."""
    root = _mapping(data, source)
    for path in COACH_PATHS:
        node: Any = root
        for key in path:
            node = node.get(key) if isinstance(node, dict) else None
        where = f"{source}: {'.'.join(path)}"
        if isinstance(node, list):
            if not node:
                raise LinesError(f"{where} has no lines")
            for item in node:
                _template(item, where)
        else:
            _template(node, where)
    return MappingProxyType(root)


# --- pieces ----------------------------------------------------------------------------------


def _kind_lines(data: object, kind: Kind, source: str) -> KindLines:
    where = f"{source}: {kind}"
    node = _mapping(data, where)
    seen: set[str] = set()
    stances: dict[Stance, tuple[str, ...]] = {}
    for stance in Stance:
        lines = _partner_lines(node.get(stance.value), f"{where}.{stance.value}", seen)
        if len(lines) < MIN_LINES_PER_STANCE:
            raise LinesError(
                f"{where}.{stance.value} has {len(lines)} line(s); a play needs at least "
                f"{MIN_LINES_PER_STANCE} so that no line repeats"
            )
        stances[stance] = lines
    farewells = _partner_lines(node.get("farewell"), f"{where}.farewell", seen)
    if not farewells:
        raise LinesError(f"{where}.farewell has no lines")
    if PARTNER_OPENS[kind]:
        first_lines = _partner_lines(node.get("first_lines"), f"{where}.first_lines", seen)
        if not first_lines:
            raise LinesError(f"{where}.first_lines has no lines (the partner speaks first)")
        return KindLines(MappingProxyType(stances), farewells, first_lines=first_lines)
    invitation = _template(node.get("invitation"), f"{where}.invitation")
    return KindLines(MappingProxyType(stances), farewells, invitation=invitation)


def _partner_lines(data: object, where: str, seen: set[str]) -> tuple[str, ...]:
    """Words in the partner's mouth: plain text, short, kind enough, each used once per kind."""
    if data is None:
        raise LinesError(f"{where} is missing")
    if not isinstance(data, list):
        raise LinesError(f"{where} must be a list of lines")
    lines: list[str] = []
    for item in data:
        line = _text(item, where)
        if "{" in line or "}" in line:
            raise LinesError(f"{where}: partner lines take no placeholders: {line!r}")
        if len(line) > MAX_LINE_CHARS:
            raise LinesError(f"{where}: line longer than {MAX_LINE_CHARS} characters: {line!r}")
        unkind = UNKIND_WORDS.search(line)
        if unkind:
            raise LinesError(f"{where}: {unkind.group(0)!r} has no place in a partner line")
        if line.lower() in seen:
            raise LinesError(f"{where}: line used twice in this kind: {line!r}")
        seen.add(line.lower())
        lines.append(line)
    return tuple(lines)


def _texts_under(root: dict[str, Any], key: str, keys: tuple[str, ...],
                 source: str) -> dict[str, str]:
    node = _mapping(root.get(key), f"{source}: {key}")
    return {name: _template(node.get(name), f"{source}: {key}.{name}") for name in keys}


def _template(value: object, where: str) -> str:
    text = _text(value, where)
    try:
        fields = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError as exc:
        raise LinesError(f"{where}: broken placeholder in {text!r} ({exc})") from exc
    unknown = fields - PLACEHOLDERS
    if unknown:
        raise LinesError(f"{where}: unknown placeholder(s) {sorted(unknown)} in {text!r}")
    return text


def _text(value: object, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise LinesError(f"{where} must be non-empty text")
    return " ".join(value.split())


def _mapping(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise LinesError(f"{where} is missing or not a mapping")
    return value


def _read(path: Path) -> object:
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.safe_load(handle)
    except (OSError, yaml.YAMLError) as exc:
        raise LinesError(f"cannot read {path.name}: {exc}") from exc
