"""Which country a participant is in, from what they type: it picks their crisis resources."""

from __future__ import annotations

import re

FALLBACK_COUNTRY = "ZZ"

_COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "US": ("us", "usa", "u s", "u s a", "united states", "america", "united states of america",
           "states"),
    "CA": ("ca", "canada"),
    "GB": ("uk", "u k", "gb", "united kingdom", "britain", "great britain", "england",
           "scotland", "wales", "northern ireland"),
    "IE": ("ie", "ireland", "republic of ireland", "eire", "éire"),
    "AU": ("au", "australia", "aus", "oz"),
    "NZ": ("nz", "new zealand", "aotearoa"),
}
_OTHER = ("other", "another country", "another", "somewhere else", "elsewhere",
          "none of these", "a different country", "different country")
_PREFIX = re.compile(r"^(?:i m in|i am in|im in|i live in|in|from|the)\s+")


def parse_country(answer: str | None) -> str | None:
    """ISO code we hold resources for, FALLBACK_COUNTRY for another country, None if unclear."""
    if not answer:
        return None
    text = " ".join(re.findall(r"[a-zà-ÿ]+", answer.lower()))
    if not text or len(text) > 80:
        return None
    text = _PREFIX.sub("", _PREFIX.sub("", text))
    for code, names in _COUNTRY_NAMES.items():
        if text in names:
            return code
    if text in _OTHER:
        return FALLBACK_COUNTRY
    for code, names in _COUNTRY_NAMES.items():
        if any(len(name) > 3 and re.search(rf"\b{name}\b", text) for name in names):
            return code
    return None
