"""The one language table (plugins/base/languages.py) and the places that read it."""

from zoneinfo import ZoneInfo

import pytest
from babel import Locale

from plugins.base.languages import (
    DEFAULT_CODES,
    KNOWN_LANGUAGES,
    LANGUAGE_ALIASES,
    authored_code,
    authored_codes,
    build_languages,
    is_generated,
    normalise_code,
)
from plugins.base.transliteration.core import has_cyrillic
from plugins.checks import handlers
from plugins.checks.options import SITE_LANGUAGES
from plugins.checks.rules import suggest_language
from plugins.multilingual.settings import DECLARATION
from tools.catalogs import GENERATED, LANGUAGES
from tools.editors.new_files import event_time_zone
from tools.editors.settings import DEFAULT_LANGUAGES

CODES = tuple(KNOWN_LANGUAGES)


@pytest.mark.parametrize(
    ("code", "authored", "prefix", "locale", "script", "timezone", "country"),
    [
        ("cs", "cs", "cs", "cs_CZ", "Latn", "Europe/Prague", "CZ"),
        ("lv", "lv", "lv", "lv_LV", "Latn", "Europe/Riga", "LV"),
        ("sr-Cyrl", "sr", "sr", "sr_Cyrl_RS", "Cyrl", "Europe/Belgrade", "RS"),
        (
            "sr-Latn",
            "sr-Latn",
            "sr-latn",
            "sr_Latn_RS",
            "Latn",
            "Europe/Belgrade",
            "RS",
        ),
        ("bg", "bg", "bg", "bg_BG", "Cyrl", "Europe/Sofia", "BG"),
        ("en", "en", "en", "en_GB", "Latn", "", "GB"),
        ("uk", "uk", "uk", "uk_UA", "Cyrl", "Europe/Kyiv", "UA"),
    ],
)
def test_each_language_has_one_row(
    code, authored, prefix, locale, script, timezone, country
):
    (language,) = build_languages([code])
    assert (language.authored, language.prefix, language.locale) == (
        authored,
        prefix,
        locale,
    )
    assert (language.script, language.timezone, language.country) == (
        script,
        timezone,
        country,
    )
    assert authored_code(code) == authored
    assert normalise_code(authored) == code


@pytest.mark.parametrize("code", CODES)
def test_rows_agree_with_cldr_and_the_zone_database(code):
    (language,) = build_languages([code])
    if language.timezone:
        ZoneInfo(language.timezone)  # raises for a zone that does not exist
    assert language.country in Locale("en").territories
    assert language.locale.split("_")[-1] == language.country
    assert has_cyrillic(language.native_name) == (language.script == "Cyrl")


@pytest.mark.parametrize(
    ("written", "expected"),
    [("czech", "cs"), ("Latviešu", "lv"), ("српски", "sr"), ("sr_Latn", "sr-Latn")]
    + [("українська", "uk"), ("ukrainian", "uk"), ("ua", "uk"), ("eng", "en")],
)
def test_the_checks_suggest_a_language_from_the_table_aliases(written, expected):
    site = authored_codes(CODES)
    assert suggest_language(written, site) == expected


def test_aliases_name_one_language_each():
    owners = [row["authored"] for row in KNOWN_LANGUAGES.values()]
    assert set(LANGUAGE_ALIASES.values()) <= set(owners)
    assert all(alias == alias.lower() for alias in LANGUAGE_ALIASES)


def test_every_place_takes_the_default_languages_from_the_table():
    assert DECLARATION.defaults["MULTILINGUAL_LANGUAGES"] == DEFAULT_CODES
    assert DEFAULT_LANGUAGES == DEFAULT_CODES
    assert SITE_LANGUAGES == ("cs", "lv", "sr", "sr-Latn", "bg", "en")


def test_catalogs_come_from_the_table():
    assert GENERATED == {"sr_Latn": "sr"}
    assert set(LANGUAGES) == {"cs", "lv", "sr", "bg", "en", "uk"}
    assert [code for code in CODES if is_generated(code)] == ["sr-Latn"]


def test_the_checks_default_to_the_site_languages_with_serbian_latin(
    tmp_path, monkeypatch
):
    seen = {}

    def fake_tree(root, languages, **options):
        seen["languages"] = languages
        return []

    monkeypatch.setattr(handlers, "check_content_tree", fake_tree)
    handlers.problems_in({"PATH": str(tmp_path)})
    assert seen["languages"] == ["cs", "lv", "sr", "sr-Latn", "bg", "en"]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("lv", "Europe/Riga"), ("sr", "Europe/Belgrade"), ("uk", "Europe/Kyiv")]
    + [("en", "America/Toronto"), ("xx", "America/Toronto")],
)
def test_new_events_take_the_zone_of_their_language(lang, expected):
    assert event_time_zone(lang, "America/Toronto") == expected
