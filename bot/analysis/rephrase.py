"""Offer the participant another way to say it, built from their own words.

The shape is the IPT/assertiveness classic: the situation, the feeling, a specific request
("When I don't get help with the kids, I feel alone. Could you take bedtime on Tuesdays?").
Reusing their words keeps it theirs, something they could actually say, rather than a script.
Where their words cannot be reused without carrying the blame along, we leave a blank to fill
instead ("When ___ happens, ..."): a blank is better than putting words in their mouth.
"""

from __future__ import annotations

import re

from bot.analysis import lexicon
from bot.analysis.communication import CommunicationAnalysis, analyse
from bot.analysis.parsing import parse
from bot.analysis.patterns import Pattern
from bot.analysis.situation import Situation, find_situation
from bot.analysis.wants import WantedAction, action_from_want

BLANK = "___"
DEFAULT_FEELING = "hurt"
#: Never offered back to the person, whatever their words were.
UNSAFE_WORDS = frozenset({"always", "never", "constantly", "forever", "hate", "nobody",
                          "everyone", "everybody"}) | lexicon.INSULT_ADJECTIVES | (
    lexicon.INSULT_NOUNS) | frozenset({"fuck", "fucking", "shit", "bloody", "damn", "crap"})
UNSAFE_PHRASES = ("don't care", "doesn't care", "do not care", "on purpose", "what's wrong",
                  "what is wrong", "don't love", "doesn't love", "shut up", "get lost", "piss off",
                  "sod off", "go to hell", "drop dead", "screw you", "f off")
FEELING_PREFIXES = ("i felt ", "i feel ", "i was ", "i am ", "i'm ", "felt ", "feeling ", "feel ",
                    "really ", "so ", "very ", "quite ", "pretty ", "a bit ", "kind of ")
MAX_FEELINGS = 2
#: An ask to feel or know something differently cannot be said yes to ("Could you know...?").
INNER_STATE_ACTIONS = frozenset({"know", "care", "think", "understand", "realise", "realize",
                                 "feel", "love", "want", "like", "see"})


def suggest_rephrasing(
    text: str,
    analysis: CommunicationAnalysis,
    feeling: str | None = None,
    want: str | None = None,
) -> str:
    """An I-statement with a specific request, reusing ``text`` and what they told the bot.

    ``feeling`` and ``want`` are the participant's answers to "what did you feel?" and "what
    did you want?" earlier in the flow; when given they take priority over what can be read
    from ``text``.
    """
    situation = _safe_situation(find_situation(parse(text or "")))
    feeling_words = _feeling(feeling, analysis) or (DEFAULT_FEELING if situation else BLANK)
    if situation is None:
        opening = f"When {BLANK} happens, I feel {feeling_words}."
    elif situation.past:
        opening = f"I feel {feeling_words} that {situation.text}."
    else:
        opening = f"When {situation.text}, I feel {feeling_words}."
    request = _request(want, analysis, situation)
    if request is None:
        ask = f"Could you {BLANK}?"
    else:
        ask = f"Could {'we' if request.together else 'you'} {_decapitalise(request.action)}?"
    return _capitalise(f"{opening} {ask}")


# --- the feeling ---------------------------------------------------------------------------------


def _feeling(given: str | None, analysis: CommunicationAnalysis) -> str | None:
    if given and given.strip():
        from_answer = analyse(given).feelings or analyse(f"I feel {_strip_feeling(given)}").feelings
        if from_answer:
            return _join_feelings(from_answer)
        cleaned = _strip_feeling(given)
        if _is_plain_feeling(cleaned):
            return cleaned
    if analysis.feelings:
        return _join_feelings(analysis.feelings)
    return None


def _strip_feeling(given: str) -> str:
    text = given.strip().rstrip(".!?").strip().lower()
    changed = True
    while changed:
        changed = False
        for prefix in FEELING_PREFIXES:
            if text.startswith(prefix):
                text, changed = text[len(prefix):], True
    return text


def _is_plain_feeling(text: str) -> bool:
    """A short answer like "gutted" or "kind of invisible", not a thought about the other
    person ("like he doesn't care")."""
    words = re.findall(r"[a-z']+", text)
    return (
        0 < len(words) <= 3
        and not set(words) & (lexicon.OTHER_PERSON_SUBJECTS | {"like", "that", "as", "him", "her",
                                                               "them", "if", "because"})
        and _is_safe(text)
    )


def _join_feelings(feelings: tuple[str, ...]) -> str:
    return " and ".join(feelings[:MAX_FEELINGS])


# --- the request ---------------------------------------------------------------------------------


def _request(want: str | None, analysis: CommunicationAnalysis,
             situation: Situation | None) -> WantedAction | None:
    """Their stated want first, then their own specific ask, then what the situation implies."""
    candidates: list[WantedAction | None] = [action_from_want(want)]
    asks = list(analysis.asks)
    candidates += [WantedAction(a.action, a.together) for a in asks
                   if a.kind is Pattern.REQUEST and a.specific]
    candidates += [WantedAction(a.action, a.together) for a in asks
                   if a.kind is Pattern.DEMAND and a.specific]
    if situation is not None:
        candidates.append(WantedAction(situation.wished_action))
    candidates += [WantedAction(a.action, a.together) for a in asks]
    for candidate in candidates:
        if candidate is None or not candidate.action.strip():
            continue
        first_word = candidate.action.split()[0].lower()
        if first_word not in INNER_STATE_ACTIONS and _is_safe(candidate.action):
            return candidate
    return None


# --- safety and form -----------------------------------------------------------------------------


def _safe_situation(situation: Situation | None) -> Situation | None:
    return situation if situation is not None and _is_safe(situation.text) else None


def _is_safe(text: str) -> bool:
    """No absolutes, insults or guesses about motives in words we offer back."""
    lowered = text.lower().replace("\u2019", "'")
    words = set(re.findall(r"[a-z']+", lowered))
    return not words & UNSAFE_WORDS and not any(p in lowered for p in UNSAFE_PHRASES)


def _decapitalise(text: str) -> str:
    """"Get out of my room" -> "get out of my room", but keep "I" and "I'm"."""
    first = text.split(" ", 1)[0]
    if first == "I" or first.startswith("I'"):
        return text
    return text[:1].lower() + text[1:]


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]
