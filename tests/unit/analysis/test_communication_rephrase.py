"""The suggested rephrasing is an I-statement with a request, in the person's own words, and
never carries the blame along."""

from __future__ import annotations

import re

import pytest

from bot.analysis import lexicon
from bot.analysis.communication import analyse
from bot.analysis.rephrase import suggest_rephrasing

#: Common messages that say what the other person did, with content words that must be reused.
DESCRIBED: list[tuple[str, set[str]]] = [
    ("You never help with the kids, you don't care about me", {"help", "kids"}),
    ("you always leave your dishes in the sink", {"dishes", "sink"}),
    ("you're always on your phone when we eat", {"phone", "eat"}),
    ("your always late", {"late"}),
    ("u never text back and its really annoying", {"text", "hear"}),
    ("You keep interrupting me", {"interrupt"}),
    ("he never listens when i talk", {"listen", "talk"}),
    ("you forgot my birthday again", {"birthday"}),
    ("you didn't even call me on my birthday", {"birthday"}),
    ("Why do you always take your sister's side?", {"sister's", "side"}),
    ("You're late again. Typical.", {"late"}),
    ("you never even said sorry", {"sorry"}),
    ("Nobody in this house ever helps me", {"help"}),
    ("I'm so fed up with you leaving your stuff everywhere", {"stuff"}),
    ("i feel hurt when you cancel plans. could you text me if you're running late?",
     {"cancel", "plans", "text", "late"}),
    ("it really hurts me when you cancel on me last minute", {"cancel", "minute"}),
    ("You never call me back, do you even care?", {"hear", "call"}),
    ("you're never home", {"home"}),
    ("you've never once thanked me for cooking", {"thanked", "cooking"}),
    ("he's always on his phone at dinner", {"phone", "dinner"}),
    ("you just walk off every time I bring up money", {"walk", "money"}),
]
#: Common messages that only ask or order: the ask is reused, the situation left to fill.
ASKED: list[tuple[str, set[str]]] = [
    ("Do the dishes now.", {"dishes"}),
    ("Mum, stop telling me how to raise my kids", {"telling", "kids"}),
    ("you need to start pulling your weight around here", {"weight"}),
    ("Can you please put your phone away at dinner?", {"phone", "dinner"}),
    ("could u maybe help me with the shopping on saturday morning", {"shopping", "saturday"}),
]
COMMON_MESSAGES = DESCRIBED + ASKED

BLAMING_PHRASES = ("always", "never", "constantly", "you don't care", "don't care", "on purpose",
                   "what's wrong with you", "as usual", "for once")
INSULTS = lexicon.INSULT_ADJECTIVES | lexicon.INSULT_NOUNS


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z']+", text.lower()))


def _rephrase(text: str, feeling: str | None = None, want: str | None = None) -> str:
    return suggest_rephrasing(text, analyse(text), feeling=feeling, want=want)


@pytest.mark.parametrize(("text", "content"), COMMON_MESSAGES)
def test_says_i_feel(text: str, content: set[str]) -> None:
    assert "I feel" in _rephrase(text)


@pytest.mark.parametrize(("text", "content"), COMMON_MESSAGES)
def test_asks_with_could_you_or_would_you(text: str, content: set[str]) -> None:
    result = _rephrase(text)
    assert re.search(r"\b(Could|Would) (you|we)\b", result)
    assert result.endswith("?")


@pytest.mark.parametrize(("text", "content"), COMMON_MESSAGES)
def test_carries_no_absolutes_mind_reading_or_insults(text: str, content: set[str]) -> None:
    result = _rephrase(text).lower()
    assert not [phrase for phrase in BLAMING_PHRASES if phrase in result]
    assert not _words(result) & INSULTS


@pytest.mark.parametrize(("text", "content"), COMMON_MESSAGES)
def test_reuses_their_own_words(text: str, content: set[str]) -> None:
    assert _words(_rephrase(text)) & content


@pytest.mark.parametrize(("text", "content"), DESCRIBED)
def test_fills_every_part_when_they_said_what_happened(text: str, content: set[str]) -> None:
    assert "___" not in _rephrase(text)


@pytest.mark.parametrize(("text", "content"), ASKED)
def test_keeps_their_ask_and_leaves_what_happened_for_them_to_fill(
    text: str, content: set[str]
) -> None:
    result = _rephrase(text)
    assert result.startswith("When ___ happens, I feel ___. Could you ")
    assert not result.endswith("___?")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You never help with the kids, you don't care about me",
         "When I don't get help with the kids, I feel hurt. Could you help with the kids?"),
        ("you always leave your dishes in the sink",
         "When you leave your dishes in the sink, I feel hurt. Could you try not to leave your "
         "dishes in the sink?"),
        ("you're always on your phone when we eat",
         "When we eat and you're on your phone, I feel hurt. Could you try not to be on your phone "
         "when we eat?"),
        ("he never listens when i talk",
         "When I talk and you don't listen, I feel hurt. Could you listen when I talk?"),
        ("you forgot my birthday again",
         "I feel hurt that you forgot my birthday. Could you try not to forget my birthday?"),
        ("you didn't even call me on my birthday",
         "I feel hurt that I didn't hear from you on my birthday. Could you call me on my "
         "birthday?"),
        ("you're never home",
         "When you're not home, I feel hurt. Could you be home?"),
        ("You keep interrupting me",
         "When you interrupt me, I feel hurt. Could you try not to interrupt me?"),
        ("he's always on his phone at dinner",
         "When you're on your phone at dinner, I feel hurt. Could you try not to be on your phone "
         "at dinner?"),
        ("i feel hurt when you cancel plans. could you text me if you're running late?",
         "When you cancel plans, I feel hurt. Could you text me if you're running late?"),
        ("Do the dishes now.",
         "When ___ happens, I feel ___. Could you do the dishes?"),
        ("Let's sit down on Sunday and plan the week",
         "When ___ happens, I feel ___. Could we sit down on Sunday and plan the week?"),
    ],
)
def test_common_messages_come_out_grammatical(text: str, expected: str) -> None:
    assert _rephrase(text) == expected


def test_uses_the_feeling_and_the_want_they_told_the_bot() -> None:
    result = _rephrase(
        "You never help with the kids, you don't care about me",
        feeling="I felt really alone",
        want="I wanted him to take bedtime two nights a week",
    )
    assert result == (
        "When I don't get help with the kids, I feel alone. "
        "Could you take bedtime two nights a week?"
    )


@pytest.mark.parametrize(
    ("want", "ask"),
    [
        ("him to take bedtime two nights a week", "Could you take bedtime two nights a week?"),
        ("for her to put her phone away at dinner", "Could you put your phone away at dinner?"),
        ("him to call me when he lands", "Could you call me when you land?"),
        ("I needed her to stop checking her phone while I'm talking",
         "Could you stop checking your phone while I'm talking?"),
        ("for them to ask before they borrow my stuff",
         "Could you ask before you borrow my stuff?"),
        ("I wanted us to talk it through calmly", "Could we talk it through calmly?"),
        ("more time together", "Could we spend more time together?"),
        ("an apology", "Could you say sorry?"),
        ("some help with the kids", "Could you help me with the kids?"),
        ("to be listened to", "Could you help me feel listened to?"),
        ("him not to leave me on my own at parties",
         "Could you try not to leave me on my own at parties?"),
        ("I just wanted her to help for once", "Could you help?"),
    ],
)
def test_turns_what_they_wanted_into_a_request_said_to_the_other_person(
    want: str, ask: str
) -> None:
    assert _rephrase("you're so selfish", want=want).endswith(ask)


@pytest.mark.parametrize(
    ("feeling", "shown"),
    [
        ("hurt", "I feel hurt"),
        ("I felt really hurt and alone", "I feel hurt and alone"),
        ("gutted", "I feel gutted"),
        ("kind of invisible", "I feel invisible"),
        ("I was so angry", "I feel angry"),
    ],
)
def test_uses_the_feeling_they_named(feeling: str, shown: str) -> None:
    assert shown in _rephrase("you're always late", feeling=feeling)


def test_a_thought_given_as_a_feeling_is_not_put_after_i_feel() -> None:
    result = _rephrase("you're always late", feeling="like he doesn't care")
    assert "care" not in result
    assert "I feel hurt" in result


def test_a_feeling_named_in_the_message_is_reused() -> None:
    assert "I feel fed up" in _rephrase("Your always late and I'm sick of it")


def test_their_own_self_critical_feeling_is_kept_as_theirs() -> None:
    assert _rephrase("You made me feel stupid in that meeting").startswith(
        "When ___ happens, I feel stupid."
    )


@pytest.mark.parametrize(
    "text",
    [
        "you're so selfish",
        "what is wrong with you",
        "You hate me, don't you",
        "whatever",
        "you lazy cow",
        "You're just like your father",
        "",
    ],
)
def test_falls_back_to_blanks_when_their_words_cannot_be_reused_safely(text: str) -> None:
    assert _rephrase(text) == "When ___ happens, I feel ___. Could you ___?"


def test_never_turns_an_insult_into_a_request() -> None:
    assert _rephrase("Shut up") == "When ___ happens, I feel ___. Could you ___?"
    assert "selfish" not in _rephrase("Stop being so selfish and help me for once")


def test_a_want_with_blame_in_it_is_cleaned_or_dropped() -> None:
    result = _rephrase("you never listen", want="him to stop being such an idiot")
    assert "idiot" not in result
    assert "I feel" in result
