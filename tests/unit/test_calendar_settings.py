"""CALENDAR_ settings: defaults, and every problem listed with setting and value."""

import pytest

from plugins.calendar.settings import (
    DEFAULTS,
    SettingsError,
    checked_settings,
    settings_problems,
    with_defaults,
)

SITE = {"SITEURL": "https://network.example.org"}


def test_defaults_fill_in_without_touching_the_settings():
    settings = {**SITE, "CALENDAR_NEWS": False}
    assert with_defaults(settings) == {
        "CALENDAR_WEBCAL": True,
        "CALENDAR_NEWS": False,
        "CALENDAR_DESCRIPTIONS": True,
    }
    assert settings == {**SITE, "CALENDAR_NEWS": False}
    assert set(DEFAULTS) == set(with_defaults({}))


@pytest.mark.parametrize(
    ("settings", "problems"),
    [
        (SITE, []),
        ({**SITE, "CALENDAR_WEBCAL": False, "CALENDAR_NEWS": False}, []),
        (
            {**SITE, "CALENDAR_WEBCAL": "yes"},
            ["CALENDAR_WEBCAL: expected True or False, found 'yes'."],
        ),
        (
            {**SITE, "CALENDAR_NEWS": 1},
            ["CALENDAR_NEWS: expected True or False, found 1."],
        ),
        (
            {**SITE, "CALENDAR_WEBCALL": False},
            [
                "CALENDAR_WEBCALL: unknown setting. Expected one of: "
                "CALENDAR_WEBCAL, CALENDAR_NEWS, CALENDAR_DESCRIPTIONS."
            ],
        ),
        (
            {"SITEURL": ""},
            [
                "SITEURL: the calendar needs an absolute http(s) address such as "
                "'https://www.example.org' for event addresses and UIDs, found ''."
            ],
        ),
        (
            {"SITEURL": "/site"},
            [
                "SITEURL: the calendar needs an absolute http(s) address such as "
                "'https://www.example.org' for event addresses and UIDs, "
                "found '/site'."
            ],
        ),
    ],
)
def test_settings_problems(settings, problems):
    assert settings_problems(settings) == problems


def test_checked_settings_lists_every_problem_in_one_error():
    with pytest.raises(SettingsError) as error:
        checked_settings(
            {"SITEURL": "", "CALENDAR_NEWS": "no", "CALENDAR_DESCRIPTION": True}
        )
    assert str(error.value).splitlines() == [
        "CALENDAR_DESCRIPTION: unknown setting. Expected one of: "
        "CALENDAR_WEBCAL, CALENDAR_NEWS, CALENDAR_DESCRIPTIONS.",
        "CALENDAR_NEWS: expected True or False, found 'no'.",
        "SITEURL: the calendar needs an absolute http(s) address such as "
        "'https://www.example.org' for event addresses and UIDs, found ''.",
    ]


def test_checked_settings_returns_the_values():
    assert (
        checked_settings({**SITE, "CALENDAR_WEBCAL": False})["CALENDAR_WEBCAL"] is False
    )
