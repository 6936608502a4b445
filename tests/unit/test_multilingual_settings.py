"""MULTILINGUAL_ settings, TIMEZONE and catalogs: every problem listed, no traceback."""

import shutil
from pathlib import Path

import pytest
from blinker import Signal

from plugins.base import settings as common
from plugins.base.settings import ConfigError, check_site_settings, settings_problems
from plugins.multilingual import declare_settings
from plugins.multilingual.settings import DECLARATION

GOOD = {"TIMEZONE": "Europe/Riga"}
TRANSLATIONS = Path(DECLARATION.defaults["MULTILINGUAL_TRANSLATIONS_DIR"])


def problems_of(**settings) -> list[str]:
    """The problems of the good settings with some values changed."""
    return settings_problems([DECLARATION], {**GOOD, **settings})


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
    copy = tmp_path / "translations"
    shutil.copytree(TRANSLATIONS, copy)
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


@pytest.mark.parametrize(
    ("settings", "problems"),
    [
        (
            {"MULTILINGUAL_LANGUAGES": ["lv", "xx"], "MULTILINGUAL_FALLBACK": "lv"},
            [
                "MULTILINGUAL_LANGUAGES: 'xx' is not a known language. Expected one "
                "of: cs, lv, sr-Cyrl, sr-Latn, bg, en, uk."
            ],
        ),
        (
            {"MULTILINGUAL_LANGUAGES": "lv"},
            [
                "MULTILINGUAL_LANGUAGES: 'lv' is not valid. Expected a list of "
                "language codes such as ['en', 'lv']."
            ],
        ),
        (
            {"MULTILINGUAL_LANGUAGES": ["lv", "en"], "MULTILINGUAL_FALLBACK": "cs"},
            [
                "MULTILINGUAL_FALLBACK: 'cs' is not in MULTILINGUAL_LANGUAGES. "
                "Expected one of: 'lv', 'en'."
            ],
        ),
        (
            {"MULTILINGUAL_SITE": {"de": {"name": "Netz"}, "en": {"mail": "a@b"}}},
            [
                "MULTILINGUAL_SITE: 'de' is not a site language. Expected one of: "
                "'cs', 'lv', 'sr-Cyrl', 'sr-Latn', 'bg', 'en'.",
                "MULTILINGUAL_SITE['en']: unknown keys mail. Expected some of: "
                "address, email, emblem, name, phone, publisher, tagline.",
            ],
        ),
        (
            {"MULTILINGUAL_SITE": ["en"]},
            [
                "MULTILINGUAL_SITE: ['en'] is not valid. Expected a dict such as "
                "{'en': {'name': 'Network', 'email': '...'}}."
            ],
        ),
        (
            {"MULTILINGUAL_LIST_UNTRANSLATED": "yes"},
            [
                "MULTILINGUAL_LIST_UNTRANSLATED: 'yes' is not valid. Expected True "
                "or False."
            ],
        ),
        (
            {"MULTILINGUAL_PAGESIZE": 10},
            [
                "MULTILINGUAL_PAGESIZE: unknown setting. Expected one of: "
                "MULTILINGUAL_LANGUAGES, MULTILINGUAL_FALLBACK, "
                "MULTILINGUAL_LIST_UNTRANSLATED, MULTILINGUAL_NOT_TRANSLATED_PAGES, "
                "MULTILINGUAL_LANGUAGE_OVERRIDES, "
                "MULTILINGUAL_SITE, MULTILINGUAL_PAGE_SIZE, MULTILINGUAL_HOME_NEWS, "
                "MULTILINGUAL_HOME_EVENTS, MULTILINGUAL_TRANSLATIONS_DIR, "
                "MULTILINGUAL_TODAY, MULTILINGUAL_PREVIEW, MULTILINGUAL_PROCESSES, "
                "MULTILINGUAL_PUBLISHED_PATH."
            ],
        ),
        (
            {"ARTICLE_SAVE_AS": "{slug}.html", "PAGE_TRANSLATION_ID": "slug"},
            [
                "ARTICLE_SAVE_AS: '{slug}.html' is not valid. Expected '': the "
                "multilingual plugin writes every page.",
                "PAGE_TRANSLATION_ID: 'slug' is not valid. Expected None: the "
                "multilingual plugin groups translations itself.",
            ],
        ),
    ],
)
def test_languages_site_information_and_pelican_settings(settings, problems):
    assert problems_of(**settings) == problems


def test_a_setting_with_a_problem_is_not_checked_again_with_others():
    # A fallback or a catalog cannot be checked against languages that are no list.
    assert problems_of(MULTILINGUAL_LANGUAGES=None, MULTILINGUAL_FALLBACK="xx") == [
        "MULTILINGUAL_LANGUAGES: None is not valid. Expected a list of language "
        "codes such as ['en', 'lv']."
    ]


class FakePelican:
    """What the initialized receiver reads of Pelican."""

    def __init__(self, settings):
        self.settings = settings


def test_settings_are_checked_when_pelican_starts(monkeypatch):
    monkeypatch.setattr(common, "settings_declarations", Signal())
    common.settings_declarations.connect(declare_settings)
    with pytest.raises(ConfigError) as raised:
        check_site_settings(FakePelican({**GOOD, "MULTILINGUAL_PAGE_SIZE": "ten"}))
    assert str(raised.value) == (
        "MULTILINGUAL_PAGE_SIZE: 'ten' is not valid. "
        "Expected a whole number of 1 or more."
    )
