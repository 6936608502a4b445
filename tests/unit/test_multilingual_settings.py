"""MULTILINGUAL_ settings, TIMEZONE and catalogs: every problem listed, no traceback."""

import shutil
from pathlib import Path

import pytest

from plugins.multilingual import check_settings
from plugins.multilingual.settings import (
    SettingsError,
    settings_problems,
    with_defaults,
)

GOOD = {"TIMEZONE": "Europe/Riga"}


def problems_of(**settings) -> list[str]:
    """The problems of the good settings with some values changed."""
    settings = {**GOOD, **settings}
    return settings_problems(settings, with_defaults(settings))


def test_the_defaults_have_no_problem():
    assert problems_of() == []


@pytest.mark.parametrize(
    ("key", "value", "minimum"),
    [
        ("MULTILINGUAL_PAGE_SIZE", 0, 1),
        ("MULTILINGUAL_PAGE_SIZE", "ten", 1),
        ("MULTILINGUAL_PAGE_SIZE", 2.5, 1),
        ("MULTILINGUAL_PAGE_SIZE", True, 1),
        ("MULTILINGUAL_PAGE_SIZE", None, 1),
        ("MULTILINGUAL_HOME_NEWS", -1, 0),
        ("MULTILINGUAL_HOME_EVENTS", "3", 0),
        ("MULTILINGUAL_PROCESSES", -2, 0),
    ],
)
def test_numbers_must_be_whole_numbers(key, value, minimum):
    assert problems_of(**{key: value}) == [
        f"{key}: {value!r} is not valid. Expected a whole number of {minimum} or more."
    ]


@pytest.mark.parametrize("name", ["Mars/Olympus", "", None, "../../etc/passwd", 3])
def test_an_unknown_timezone(name):
    assert problems_of(TIMEZONE=name) == [
        f"TIMEZONE: {name!r} is not a known time zone. "
        "Expected an IANA name such as 'Europe/Riga' or 'UTC'."
    ]


def test_a_day_that_is_no_day():
    assert problems_of(MULTILINGUAL_TODAY="23.11.2026") == [
        "MULTILINGUAL_TODAY: '23.11.2026' is not valid. "
        "Expected '' (today) or a day such as '2026-11-23'."
    ]


def test_a_missing_catalog(tmp_path):
    translations = Path(with_defaults({})["MULTILINGUAL_TRANSLATIONS_DIR"])
    copy = tmp_path / "translations"
    shutil.copytree(translations, copy)
    shutil.rmtree(copy / "bg")
    catalog = copy / "bg" / "LC_MESSAGES" / "messages.po"
    assert problems_of(MULTILINGUAL_TRANSLATIONS_DIR=str(copy)) == [
        f"MULTILINGUAL_TRANSLATIONS_DIR: {str(copy)!r} has no catalog for 'bg'. "
        f"Expected the file {catalog}; create it with pybabel init -l bg "
        "(README: Interface translations)."
    ]


def test_every_problem_at_once():
    problems = problems_of(
        MULTILINGUAL_PAGE_SIZE=0, TIMEZONE="Nowhere", MULTILINGUAL_HOME_NEWS="five"
    )
    assert [problem.split(":")[0] for problem in problems] == [
        "MULTILINGUAL_PAGE_SIZE",
        "MULTILINGUAL_HOME_NEWS",
        "TIMEZONE",
    ]


class FakePelican:
    """What the initialized receiver reads of Pelican."""

    def __init__(self, settings):
        self.settings = settings


def test_settings_are_checked_when_pelican_starts():
    with pytest.raises(SettingsError) as raised:
        check_settings(FakePelican({**GOOD, "MULTILINGUAL_PAGE_SIZE": "ten"}))
    assert str(raised.value) == (
        "MULTILINGUAL_PAGE_SIZE: 'ten' is not valid. "
        "Expected a whole number of 1 or more."
    )
