"""The MULTILINGUAL_ settings: defaults, and one validation that lists every problem."""

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from plugins.base.languages import KNOWN_LANGUAGES, build_languages
from plugins.common import settings as common

PROJECT_ROOT = Path(__file__).resolve().parents[2]

DEFAULTS = {
    # Language sites in switcher order (BCP 47 codes).
    "MULTILINGUAL_LANGUAGES": ["cs", "lv", "sr-Cyrl", "sr-Latn", "bg", "en"],
    # The language x-default points to and lists prefer for untranslated items.
    "MULTILINGUAL_FALLBACK": "en",
    # Show items that exist only in other languages in every language's lists.
    "MULTILINGUAL_LIST_UNTRANSLATED": True,
    # Per-language overrides of KNOWN_LANGUAGES, e.g. {"en": {"locale": "en_US"}}.
    "MULTILINGUAL_LANGUAGE_OVERRIDES": {},
    # Per-language site information: name, tagline, publisher, address, phone, email.
    "MULTILINGUAL_SITE": {},
    # News items per list page, and how many of each the home page shows.
    "MULTILINGUAL_PAGE_SIZE": 10,
    "MULTILINGUAL_HOME_NEWS": 5,
    "MULTILINGUAL_HOME_EVENTS": 3,
    # The gettext catalogs of the interface (absolute path).
    "MULTILINGUAL_TRANSLATIONS_DIR": str(PROJECT_ROOT / "translations"),
    # The day "upcoming" is counted from ("2026-11-23"); empty: today in TIMEZONE.
    "MULTILINGUAL_TODAY": "",
    # Processes that render language sites (0: one per core; 1: no extra process).
    "MULTILINGUAL_PROCESSES": 0,
    # The published output when OUTPUT_PATH is a staging folder beside it (set by
    # tools/build.py); the fingerprints are kept beside it. Empty: OUTPUT_PATH.
    "MULTILINGUAL_PUBLISHED_PATH": "",
}

# What Pelican must not write itself: this plugin writes every page of every language.
PELICAN_OUTPUT_OFF = (
    "ARTICLE_SAVE_AS",
    "ARTICLE_LANG_SAVE_AS",
    "PAGE_SAVE_AS",
    "PAGE_LANG_SAVE_AS",
    "DRAFT_SAVE_AS",
    "DRAFT_LANG_SAVE_AS",
    "DRAFT_PAGE_SAVE_AS",
    "DRAFT_PAGE_LANG_SAVE_AS",
    "INDEX_SAVE_AS",
    "TAG_SAVE_AS",
    "TAGS_SAVE_AS",
    "CATEGORY_SAVE_AS",
    "CATEGORIES_SAVE_AS",
    "AUTHOR_SAVE_AS",
    "AUTHORS_SAVE_AS",
    "ARCHIVES_SAVE_AS",
    "YEAR_ARCHIVE_SAVE_AS",
    "MONTH_ARCHIVE_SAVE_AS",
    "DAY_ARCHIVE_SAVE_AS",
)
SITE_INFO_KEYS = {"name", "tagline", "publisher", "address", "phone", "email"}
# Whole-number settings and the least value each may take.
NUMBERS = {
    "MULTILINGUAL_PAGE_SIZE": 1,
    "MULTILINGUAL_HOME_NEWS": 0,
    "MULTILINGUAL_HOME_EVENTS": 0,
    "MULTILINGUAL_PROCESSES": 0,
}


class SettingsError(ValueError):
    """The settings file has values the site cannot be built with."""


def timezone_problems(name: object) -> list[str]:
    """A problem when TIMEZONE is not a time zone of the IANA database."""
    try:
        ZoneInfo(name)
        return []
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        return [
            f"TIMEZONE: {name!r} is not a known time zone. "
            "Expected an IANA name such as 'Europe/Riga' or 'UTC'."
        ]


def today_problems(value: object) -> list[str]:
    """A problem when MULTILINGUAL_TODAY is neither empty nor a day."""
    if not value:
        return []
    try:
        date.fromisoformat(str(value))
        return []
    except ValueError:
        return [
            f"MULTILINGUAL_TODAY: {value!r} is not valid. "
            "Expected '' (today) or a day such as '2026-11-23'."
        ]


def catalog_problems(plugin_settings) -> list[str]:
    """One problem per site language whose messages.po is missing."""
    codes = plugin_settings["MULTILINGUAL_LANGUAGES"]
    if any(code not in KNOWN_LANGUAGES for code in codes):
        return []  # reported as an unknown language
    folder = Path(plugin_settings["MULTILINGUAL_TRANSLATIONS_DIR"])
    try:
        languages = build_languages(
            codes, plugin_settings["MULTILINGUAL_LANGUAGE_OVERRIDES"]
        )
    except (TypeError, ValueError):
        return []  # overrides the site cannot use fail later with their own message
    problems = []
    for language in languages:
        catalog = folder / language.catalog / "LC_MESSAGES" / "messages.po"
        if not catalog.is_file():
            problems.append(
                f"MULTILINGUAL_TRANSLATIONS_DIR: {str(folder)!r} has no catalog for "
                f"{language.code!r}. Expected the file {catalog}; create it with "
                f"pybabel init -l {language.catalog} (README: Interface translations)."
            )
    return problems


def with_defaults(settings) -> dict:
    """A new dict of the plugin's settings, defaults filled in (settings untouched)."""
    return common.with_defaults(settings, DEFAULTS)


def settings_problems(settings, plugin_settings) -> list[str]:
    """Every settings problem, each naming the setting, value and expectation."""
    problems = []
    for key, minimum in NUMBERS.items():
        problems += common.whole_number_problem(key, plugin_settings[key], minimum)
    problems += timezone_problems(settings.get("TIMEZONE"))
    problems += today_problems(plugin_settings["MULTILINGUAL_TODAY"])
    problems += catalog_problems(plugin_settings)
    codes = plugin_settings["MULTILINGUAL_LANGUAGES"]
    for code in codes:
        if code not in KNOWN_LANGUAGES:
            problems.append(
                f"MULTILINGUAL_LANGUAGES: {code!r} is not a known language. "
                f"Expected one of: {', '.join(KNOWN_LANGUAGES)}."
            )
    fallback = plugin_settings["MULTILINGUAL_FALLBACK"]
    if fallback not in codes:
        problems.append(
            f"MULTILINGUAL_FALLBACK: {fallback!r} is not in MULTILINGUAL_LANGUAGES."
        )
    for code, info in plugin_settings["MULTILINGUAL_SITE"].items():
        unknown = sorted(set(info) - SITE_INFO_KEYS)
        if code not in codes:
            problems.append(f"MULTILINGUAL_SITE: {code!r} is not a site language.")
        if unknown:
            problems.append(
                f"MULTILINGUAL_SITE[{code!r}]: unknown keys {', '.join(unknown)}. "
                f"Expected some of: {', '.join(sorted(SITE_INFO_KEYS))}."
            )
    for key in PELICAN_OUTPUT_OFF:
        if settings.get(key):
            problems.append(
                f"{key}: must be '' (the multilingual plugin writes every page), "
                f"found {settings[key]!r}."
            )
    if settings.get("ARTICLE_TRANSLATION_ID") or settings.get("PAGE_TRANSLATION_ID"):
        problems.append(
            "ARTICLE_TRANSLATION_ID and PAGE_TRANSLATION_ID: must be None "
            "(the multilingual plugin groups translations itself)."
        )
    return problems
