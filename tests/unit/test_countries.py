import pytest

from bot.countries import FALLBACK_COUNTRY, parse_country


@pytest.mark.parametrize(
    ("answer", "code"),
    [
        ("United States", "US"), ("usa", "US"), ("I'm in the US", "US"), ("canada", "CA"),
        ("UK", "GB"), ("England", "GB"), ("I live in Scotland", "GB"), ("Ireland", "IE"),
        ("Northern Ireland", "GB"), ("Australia", "AU"), ("new zealand", "NZ"),
        ("Another country", FALLBACK_COUNTRY), ("other", FALLBACK_COUNTRY),
    ],
)
def test_countries_we_hold_resources_for_are_recognised(answer, code):
    assert parse_country(answer) == code


@pytest.mark.parametrize("answer", ["banana", "", None, "🙂", "x" * 500])
def test_unclear_answers_are_not_guessed(answer):
    assert parse_country(answer) is None
