"""Refer back to a person the way the participant named them, from the bot's side.

"my sister" becomes "your sister", "Anna" stays "Anna". Long answers ("my sister, who I've
not spoken to since...") are cut to the first few words, so a question such as "How close do
you feel to {person_label}?" still reads as a sentence.
"""

from __future__ import annotations

import re

MAX_LABEL_WORDS = 5
_FIRST_TO_SECOND = {"my": "your", "mine": "yours", "me": "you", "i": "you", "myself": "yourself",
                    "our": "your", "us": "you"}


def refer_to(text: str | None, fallback: str = "them") -> str:
    if not text:
        return fallback
    first_clause = re.split(r"[,.;:!?()\n]| who | that | because | and i | but ", text.strip(),
                            maxsplit=1)[0].strip()
    words = first_clause.split()
    if not words or len(words) > MAX_LABEL_WORDS or not re.search(r"[^\W\d_]", first_clause):
        return fallback
    return " ".join(_FIRST_TO_SECOND.get(word.lower(), word) for word in words)
