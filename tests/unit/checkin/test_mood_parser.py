import pytest

from bot.checkin.mood_parser import parse_mood


@pytest.mark.parametrize(
    ("answer", "score"),
    [
        ("4", 4),
        ("0", 0),
        ("10", 10),
        ("about a 4", 4),
        ("7/10", 7),
        ("7 / 10", 7),
        ("maybe 6 out of 10", 6),
        ("somewhere between 4 and 5", 4),
        ("five", 5),
        ("pretty bad", 3),
        ("not too bad", 6),
        ("Awful.", 1),
        ("good", 7),
        ("OK I guess", 5),
        ("really good today!", 8),
    ],
)
def test_mood_answers_people_give_are_understood(answer, score):
    assert parse_mood(answer) == score


@pytest.mark.parametrize(
    "answer",
    ["banana", "42", "-3", "11", "", "   ", "😀😀", "😢", "x" * 10_000, "3 and 9", "4 5 6", None],
)
def test_answers_that_are_not_a_mood_are_rejected(answer):
    assert parse_mood(answer) is None


def test_a_decimal_mood_is_rounded():
    assert parse_mood("6.5") in (6, 7)
    assert parse_mood("7.8/10") == 8
