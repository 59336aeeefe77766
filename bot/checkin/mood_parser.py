"""Turn a free-text mood answer into a 0-10 score, or say honestly that it is not one.

People answer "about a 4", "7/10", "pretty bad" or just tap a button. Anything that is not
clearly a mood (a number out of range, "banana", emoji only) returns None so the bot asks
again instead of storing nonsense.
"""

from __future__ import annotations

import re

MAX_ANSWER_LENGTH = 200

_NUMBER_WORDS = {
    "zero": 0, "nil": 0, "none": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}

# Phrases checked longest first, so "not too bad" wins over "bad".
_MOOD_PHRASES: dict[str, int] = {
    "the worst": 0, "awful": 1, "terrible": 1, "horrible": 1, "dreadful": 1, "miserable": 1,
    "really bad": 2, "very bad": 2, "very low": 2, "really low": 2, "rubbish": 2, "crap": 2,
    "pretty bad": 3, "quite bad": 3, "bad": 3, "low": 3, "down": 3, "sad": 3, "not good": 3,
    "not great": 4, "meh": 4, "so-so": 5, "so so": 5, "not bad": 5, "not too bad": 6,
    "okay": 5, "ok": 5, "fine": 5, "alright": 5, "all right": 5, "average": 5, "mixed": 5,
    "decent": 6, "pretty good": 7, "quite good": 7, "good": 7, "better": 6, "happy": 8,
    "really good": 8, "very good": 8, "great": 8, "excellent": 9, "fantastic": 9,
    "amazing": 9, "wonderful": 9, "brilliant": 9, "the best": 10, "perfect": 10,
}
_PHRASES_LONGEST_FIRST = sorted(_MOOD_PHRASES, key=len, reverse=True)

_OUT_OF_TEN = re.compile(r"(?<![\d.])(\d{1,2}(?:\.\d)?)\s*(?:/|out of|outta|of)\s*10\b")
_NUMBER = re.compile(r"(?<![\d.])(-?\d+(?:\.\d+)?)(?![\d.]*\s*%)")


def _clip(value: float) -> int | None:
    return round(value) if 0 <= value <= 10 else None


def parse_mood(answer: str | None) -> int | None:
    """Return a score 0-10, or None when the answer is not a mood we can trust."""
    if not answer:
        return None
    text = answer.strip().lower()
    if not text or len(text) > MAX_ANSWER_LENGTH:
        return None

    match = _OUT_OF_TEN.search(text)
    if match:
        return _clip(float(match.group(1)))

    numbers = _NUMBER.findall(text)
    if len(numbers) == 1:
        return _clip(float(numbers[0]))
    if len(numbers) > 1:
        # "between 4 and 5": the middle, rounded; other lists of numbers are ambiguous.
        values = [float(n) for n in numbers]
        in_range = all(0 <= v <= 10 for v in values)
        if len(values) == 2 and in_range and abs(values[0] - values[1]) <= 2:
            return _clip(sum(values) / 2)
        return None

    words = re.findall(r"[a-z]+", text)
    spelled = [_NUMBER_WORDS[w] for w in words if w in _NUMBER_WORDS and w != "none"]
    if len(spelled) == 1:
        return spelled[0]

    padded = f" {' '.join(words)} "
    for phrase in _PHRASES_LONGEST_FIRST:
        if f" {phrase} " in padded:
            return _MOOD_PHRASES[phrase]
    return None
