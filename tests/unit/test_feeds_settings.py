"""The FEEDS_ settings: defaults, and every problem reported at once."""

import pytest

from plugins.base.settings import ConfigError, settings_problems, validated
from plugins.feeds.settings import DECLARATION


def problems_of(settings) -> list[str]:
    """The feeds' problems with these settings."""
    return settings_problems([DECLARATION], settings)


def test_defaults_fill_in_what_the_site_does_not_set():
    settings = {"FEEDS_LIMIT": 10, "SITEURL": "https://x.org"}
    assert dict(validated([DECLARATION], settings)) == {
        "FEEDS_LIMIT": 10,
        "FEEDS_CONTENT": "full",
        "FEEDS_INCLUDE_UNTRANSLATED": False,
        "FEEDS_ALL_LANGUAGES": False,
    }
    assert settings == {"FEEDS_LIMIT": 10, "SITEURL": "https://x.org"}


def test_the_defaults_are_valid():
    assert problems_of(dict(DECLARATION.defaults)) == []
    assert problems_of({}) == []


@pytest.mark.parametrize(
    ("settings", "problems"),
    [
        ({"FEEDS_LIMIT": 1, "FEEDS_CONTENT": "summary"}, []),
        (
            {"FEEDS_LIMIT": 0},
            ["FEEDS_LIMIT: 0 is not valid. Expected a whole number of 1 or more."],
        ),
        (
            {"FEEDS_LIMIT": "50"},
            ["FEEDS_LIMIT: '50' is not valid. Expected a whole number of 1 or more."],
        ),
        (
            {"FEEDS_LIMIT": True},
            ["FEEDS_LIMIT: True is not valid. Expected a whole number of 1 or more."],
        ),
        (
            {"FEEDS_CONTENT": "teaser"},
            [
                "FEEDS_CONTENT: 'teaser' is not valid. "
                "Expected one of: 'full', 'summary'."
            ],
        ),
        (
            {"FEEDS_INCLUDE_UNTRANSLATED": "no", "FEEDS_ALL_LANGUAGES": 1},
            [
                "FEEDS_INCLUDE_UNTRANSLATED: 'no' is not valid. "
                "Expected True or False.",
                "FEEDS_ALL_LANGUAGES: 1 is not valid. Expected True or False.",
            ],
        ),
        (
            {"FEEDS_LIMT": 20, "FEED_ALL_ATOM": None},
            [
                "FEEDS_LIMT: unknown setting. Expected one of: FEEDS_LIMIT, "
                "FEEDS_CONTENT, FEEDS_INCLUDE_UNTRANSLATED, FEEDS_ALL_LANGUAGES."
            ],
        ),
    ],
)
def test_settings_problems(settings, problems):
    assert problems_of(settings) == problems


def test_every_problem_in_one_message():
    with pytest.raises(ConfigError) as raised:
        validated([DECLARATION], {"FEEDS_LIMIT": -5, "FEEDS_CONTENT": ""})
    assert str(raised.value) == (
        "FEEDS_LIMIT: -5 is not valid. Expected a whole number of 1 or more.\n"
        "FEEDS_CONTENT: '' is not valid. Expected one of: 'full', 'summary'."
    )


def test_validated_returns_the_settings_with_defaults():
    assert validated([DECLARATION], {"FEEDS_ALL_LANGUAGES": True})[
        "FEEDS_ALL_LANGUAGES"
    ]
