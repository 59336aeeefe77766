"""PHQ-9 scoring follows Kroenke et al. (2001); unclear answers are asked again, never guessed."""

from datetime import datetime, timedelta, timezone

import pytest

from bot.programme import phq9


@pytest.mark.parametrize(
    ("answer", "score"),
    [
        ("0", 0), ("3", 3), ("Not at all", 0), ("several days", 1), ("Several days.", 1),
        ("more than half the days", 2), ("most days", 2), ("nearly every day", 3),
        ("every day tbh", 3), ("sometimes", 1), ("never", 0), ("not really", 0),
    ],
)
def test_answers_are_read_from_buttons_numbers_and_words(answer, score):
    assert phq9.parse_answer(answer) == score


@pytest.mark.parametrize(
    "answer", ["banana", "4", "42", "", "   ", "🙂", "not every day", "x" * 500]
)
def test_unclear_or_out_of_range_answers_are_not_scored(answer):
    assert phq9.parse_answer(answer) is None


@pytest.mark.parametrize(
    ("total", "band"),
    [(0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"),
     (14, "moderate"), (15, "moderately severe"), (19, "moderately severe"), (20, "severe"),
     (27, "severe")],
)
def test_severity_bands_are_the_standard_cut_offs(total, band):
    assert phq9.severity(total) == band


def test_the_total_is_the_sum_of_nine_items():
    assert phq9.total([1, 2, 3, 0, 1, 2, 3, 0, 1]) == 13


@pytest.mark.parametrize("scores", [[1] * 8, [1] * 10, [4, 0, 0, 0, 0, 0, 0, 0, 0]])
def test_a_wrong_number_of_items_or_an_item_out_of_range_is_refused(scores):
    with pytest.raises(ValueError):
        phq9.total(scores)


def test_the_questionnaire_is_due_every_two_weeks():
    now = datetime(2026, 12, 1, tzinfo=timezone.utc)
    assert phq9.is_due(None, now)
    assert not phq9.is_due(now - timedelta(days=13), now)
    assert phq9.is_due(now - timedelta(days=14), now)
