"""CALENDAR_ settings: defaults, and every problem listed with setting and value."""

import pytest

from plugins.base.settings import ConfigError, settings_problems, validated
from plugins.calendar.settings import DECLARATION

SITE = {"SITEURL": "https://network.example.org"}
UNKNOWN = (
    "unknown setting. Expected one of: "
    "CALENDAR_WEBCAL, CALENDAR_NEWS, CALENDAR_DESCRIPTIONS."
)


def problems_of(settings) -> list[str]:
    """The calendar's problems with these settings."""
    return settings_problems([DECLARATION], settings)


def test_defaults_fill_in_without_touching_the_settings():
    settings = {**SITE, "CALENDAR_NEWS": False}
    assert dict(validated([DECLARATION], settings)) == {
        "CALENDAR_WEBCAL": True,
        "CALENDAR_NEWS": False,
        "CALENDAR_DESCRIPTIONS": True,
    }
    assert settings == {**SITE, "CALENDAR_NEWS": False}


@pytest.mark.parametrize(
    ("settings", "problems"),
    [
        (SITE, []),
        ({**SITE, "CALENDAR_WEBCAL": False, "CALENDAR_NEWS": False}, []),
        (
            {**SITE, "CALENDAR_WEBCAL": "yes"},
            ["CALENDAR_WEBCAL: 'yes' is not valid. Expected True or False."],
        ),
        (
            {**SITE, "CALENDAR_NEWS": 1},
            ["CALENDAR_NEWS: 1 is not valid. Expected True or False."],
        ),
        ({**SITE, "CALENDAR_WEBCALL": False}, [f"CALENDAR_WEBCALL: {UNKNOWN}"]),
        (
            {"SITEURL": ""},
            [
                "SITEURL: '' is not valid. Expected an absolute http(s) address such "
                "as 'https://www.example.org': the calendar needs it for event "
                "addresses and UIDs."
            ],
        ),
        (
            {"SITEURL": "/site"},
            [
                "SITEURL: '/site' is not valid. Expected an absolute http(s) address "
                "such as 'https://www.example.org': the calendar needs it for event "
                "addresses and UIDs."
            ],
        ),
    ],
)
def test_settings_problems(settings, problems):
    assert problems_of(settings) == problems


def test_every_problem_in_one_error():
    with pytest.raises(ConfigError) as error:
        validated(
            [DECLARATION],
            {"SITEURL": "", "CALENDAR_NEWS": "no", "CALENDAR_DESCRIPTION": True},
        )
    assert str(error.value).splitlines() == [
        f"CALENDAR_DESCRIPTION: {UNKNOWN}",
        "CALENDAR_NEWS: 'no' is not valid. Expected True or False.",
        "SITEURL: '' is not valid. Expected an absolute http(s) address such as "
        "'https://www.example.org': the calendar needs it for event addresses "
        "and UIDs.",
    ]


def test_validated_returns_the_values():
    values = validated([DECLARATION], {**SITE, "CALENDAR_WEBCAL": False})
    assert values["CALENDAR_WEBCAL"] is False
