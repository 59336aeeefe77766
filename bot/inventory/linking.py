"""Link a person mentioned in a message to a row of the participant's interpersonal inventory.

The inventory is typed by the participant ("Anna", "sister"; or no name and "my boss"), so both
sides go through the same normalisation: "mum", "Mom" and "mother" are one relationship, and a
name typed with one slip ("Ana" for "Annna", "Jonh") still finds the row. When two rows fit
equally ("my sister" and two sisters in the inventory) nothing is linked: asking "which sister?"
is better than talking about the wrong person. The function is pure so that actions can call it
on rows they loaded themselves, and tests need no database.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from bot.inventory.lexicon import BROADER, CHAINS, MARRIED, NOUN_MODIFIERS, RELATIONS
from bot.inventory.person_mentions import PersonMention

Entry = TypeVar("Entry")

#: Names shorter than this must be typed exactly: "Tom" and "Tim" are different people.
FUZZY_MIN_LETTERS = 4

_WORDS = re.compile(r"[^\W\d_]+(?:'s)?|'s")
_PLURALS = frozenset(r.relationship for r in RELATIONS.values() if r.plural)
_ARTICLES = frozenset({"my", "our", "the", "a", "an", "his", "her", "their", "own"})
_IGNORED = frozenset({"older",
                      "younger", "big", "little", "eldest", "oldest", "youngest", "middle",
                      "best", "late", "new", "old", "former", "other", "dear", "close", "closest",
                      "current", "first", "second", "favourite", "favorite", "baby", "twin"})


def link_to_inventory(mention: PersonMention, people: Sequence[Entry]) -> Entry | None:
    """Return the one inventory row ``mention`` refers to, or None if none or several fit."""
    if mention.name:
        named = _same_name(mention.name, people)
        if len(named) == 1:
            return named[0]
        if named:  # two Annas: the relationship decides, or nothing does
            return _by_relationship(mention.relationship, named)
        # A name nobody in the inventory has: only a row without a name can be this person.
        people = [p for p in people if not _field(p, "name")]
    return _by_relationship(mention.relationship, people)


def _same_name(name: str, people: Sequence[Entry]) -> list[Entry]:
    """Rows with this first (or full) name; with one typing slip only if none match exactly."""
    wanted = _fold(name)
    exact = [p for p in people if wanted in (_first_name(p), _full_name(p))]
    if exact or len(wanted) < FUZZY_MIN_LETTERS:
        return exact
    return [
        p for p in people
        if len(_first_name(p)) >= FUZZY_MIN_LETTERS and _one_slip(_first_name(p), wanted)
    ]


def _by_relationship(relationship: str | None, people: Sequence[Entry]) -> Entry | None:
    if not relationship:
        return None
    wanted = normalise_relationship(relationship)
    if wanted is None:
        return None
    same = [p for p in people if normalise_relationship(_field(p, "relationship")) == wanted]
    if same:
        return same[0] if len(same) == 1 else None
    # "my husband" and a row entered as "partner", or "my partner" and a row "husband". Never
    # sideways: "my brother" does not find the only sister.
    broader = BROADER.get(wanted)
    wider = [
        p for p in people
        if (rel := normalise_relationship(_field(p, "relationship"))) is not None
        and ((broader is not None and rel == broader) or BROADER.get(rel) == wanted)
    ]
    return wider[0] if len(wider) == 1 else None


def normalise_relationship(text: str | None) -> str | None:
    """The canonical relationship for a typed description: "Mum" and "my mom" are "mother".

    Unknown descriptions ("mentor") are kept in lower case so that two identical ones still
    match each other.
    """
    if not text:
        return None
    lowered = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'")
    lowered = re.sub(r"(?<=s)'(?=\s)", "'s", lowered)  # "parents' friend" is a chain too
    words = [w for w in _WORDS.findall(lowered.replace("-", " ")) if w not in _ARTICLES]
    if not words:
        return None
    former = False
    if words[0] == "ex" and len(words) > 1:
        former, words = True, words[1:]
    if "'s" in words or any(w.endswith("'s") for w in words[:-1]):
        chained = _chain(words)
        if chained is not None:
            return chained
    canonical = _lookup(words)
    if canonical is None:
        return " ".join(w for w in words if w not in _IGNORED) or " ".join(words)
    if former:
        partner = any(r.relationship == canonical and r.group == "partner"
                      for r in RELATIONS.values())
        return "ex" if partner else f"ex-{canonical}"
    return canonical


def _lookup(words: list[str]) -> str | None:
    """Try the whole description first ("step mum", "half sister", "twin"), then without the
    words that only describe ("older sister", "work friend"), then its last relationship word."""
    candidates = (
        words,
        [w for w in words if w not in _IGNORED],
        [w for w in words if w not in _IGNORED and w not in NOUN_MODIFIERS],
    )
    for candidate in candidates:
        joined = "".join(candidate)
        if joined in RELATIONS:
            return RELATIONS[joined].relationship
    for word in reversed(words):
        if word in RELATIONS:
            return RELATIONS[word].relationship
    return None


def _chain(words: list[str]) -> str | None:
    """ "husband's mother" is a mother-in-law, the way the extractor reads it."""
    text = " ".join(words).replace(" 's", "'s")
    first, _, second = text.partition("'s ")
    first_rel = _lookup(first.split())
    if first_rel in MARRIED and second.split()[-1:] == ["family"]:
        return "in-laws"
    second_rel = _lookup(second.split())
    if first_rel is None or second_rel is None:
        return None
    connector = "'" if first_rel in _PLURALS else "'s"
    return CHAINS.get((first_rel, second_rel), f"{first_rel}{connector} {second_rel}")


def _field(entry: Any, key: str) -> str | None:
    value = entry.get(key) if isinstance(entry, Mapping) else getattr(entry, key, None)
    return value if isinstance(value, str) and value.strip() else None


def _fold(name: str) -> str:
    """Case and accents do not make a different person: "zoë" is "Zoe"."""
    decomposed = unicodedata.normalize("NFKD", name.strip().casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _full_name(entry: Any) -> str:
    return _fold(_field(entry, "name") or "")


def _first_name(entry: Any) -> str:
    full = _full_name(entry)
    return full.split()[0] if full else ""


def _one_slip(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one typed letter: added, dropped, changed or two
    neighbours swapped."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2 and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
