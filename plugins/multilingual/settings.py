"""The MULTILINGUAL_ settings, declared once (validated with every plugin's at start),
and the checks of Pelican's own settings the multilingual site depends on."""

from collections.abc import Mapping
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from plugins.base.languages import DEFAULT_CODES, KNOWN_LANGUAGES, build_languages
from plugins.base.settings import (
    CrossCheck,
    Declaration,
    Option,
    boolean,
    day,
    mapping,
    text,
    texts,
    whole_number,
)

PROJECT_ROOT = Path(__file__).resolve().parents[2]

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
SITE_INFO_KEYS = {
    "name",
    "tagline",
    "publisher",
    "address",
    "phone",
    "email",
    "emblem",
}
# The theme's neutral emblem, shown beside the site name when a site gives none.
DEFAULT_EMBLEM = "theme/images/emblem.svg"


def timezone_problems(settings: Mapping[str, object]) -> list[str]:
    """A problem when TIMEZONE is not a time zone of the IANA database."""
    name = settings.get("TIMEZONE")
    try:
        ZoneInfo(name)
        return []
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        return [
            f"TIMEZONE: {name!r} is not a known time zone. "
            "Expected an IANA name such as 'Europe/Riga' or 'UTC'."
        ]


def catalog_problems(settings: Mapping[str, object]) -> list[str]:
    """One problem per site language whose messages.po is missing."""
    codes = settings["MULTILINGUAL_LANGUAGES"]
    if any(code not in KNOWN_LANGUAGES for code in codes):
        return []  # reported as an unknown language
    folder = Path(settings["MULTILINGUAL_TRANSLATIONS_DIR"])
    try:
        languages = build_languages(codes, settings["MULTILINGUAL_LANGUAGE_OVERRIDES"])
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


def language_problems(settings: Mapping[str, object]) -> list[str]:
    """One problem per site language the multilingual plugin does not know."""
    return [
        f"MULTILINGUAL_LANGUAGES: {code!r} is not a known language. "
        f"Expected one of: {', '.join(KNOWN_LANGUAGES)}."
        for code in settings["MULTILINGUAL_LANGUAGES"]
        if code not in KNOWN_LANGUAGES
    ]


def source_problems(settings: Mapping[str, object]) -> list[str]:
    """One problem per generated language whose source is not a site language."""
    codes = settings["MULTILINGUAL_LANGUAGES"]
    problems = []
    for code in codes:
        source = KNOWN_LANGUAGES.get(code, {}).get("generated_from")
        if source and source not in codes:
            problems.append(
                f"MULTILINGUAL_LANGUAGES: {code!r} is made from {source!r}, which is "
                f"not in the list. Expected {source!r} in MULTILINGUAL_LANGUAGES too."
            )
    return problems


def fallback_problems(settings: Mapping[str, object]) -> list[str]:
    """A problem when the fallback language is not one of the site's."""
    fallback, codes = (
        settings["MULTILINGUAL_FALLBACK"],
        settings["MULTILINGUAL_LANGUAGES"],
    )
    if fallback in codes:
        return []
    return [
        f"MULTILINGUAL_FALLBACK: {fallback!r} is not in MULTILINGUAL_LANGUAGES. "
        f"Expected one of: {', '.join(map(repr, codes))}."
    ]


def site_info_problems(settings: Mapping[str, object]) -> list[str]:
    """Site information for a language the site lacks, or with unknown keys."""
    codes = settings["MULTILINGUAL_LANGUAGES"]
    problems = []
    for code, info in settings["MULTILINGUAL_SITE"].items():
        unknown = sorted(set(info) - SITE_INFO_KEYS)
        if code not in codes:
            problems.append(
                f"MULTILINGUAL_SITE: {code!r} is not a site language. "
                f"Expected one of: {', '.join(map(repr, codes))}."
            )
        if unknown:
            problems.append(
                f"MULTILINGUAL_SITE[{code!r}]: unknown keys {', '.join(unknown)}. "
                f"Expected some of: {', '.join(sorted(SITE_INFO_KEYS))}."
            )
    return problems


def pelican_output_problems(settings: Mapping[str, object]) -> list[str]:
    """Pelican's own page writing and translation grouping must stay off."""
    problems = [
        f"{key}: {settings[key]!r} is not valid. Expected '': the multilingual "
        "plugin writes every page."
        for key in PELICAN_OUTPUT_OFF
        if settings.get(key)
    ]
    return problems + [
        f"{key}: {settings[key]!r} is not valid. Expected None: the multilingual "
        "plugin groups translations itself."
        for key in ("ARTICLE_TRANSLATION_ID", "PAGE_TRANSLATION_ID")
        if settings.get(key)
    ]


LANGUAGES = "MULTILINGUAL_LANGUAGES"
DECLARATION = Declaration(
    prefix="MULTILINGUAL_",
    options=(
        Option(
            LANGUAGES,
            DEFAULT_CODES,
            texts("a list of language codes such as ['en', 'lv']", empty=False),
            "Language sites in switcher order (BCP 47 codes).",
        ),
        Option(
            "MULTILINGUAL_FALLBACK",
            "en",
            text("a language code such as 'en'"),
            "The language x-default points to and lists prefer for untranslated items.",
        ),
        Option(
            "MULTILINGUAL_LIST_UNTRANSLATED",
            True,
            boolean(),
            "Show items that exist only in other languages in every language's lists.",
        ),
        Option(
            "MULTILINGUAL_NOT_TRANSLATED_PAGES",
            True,
            boolean(),
            "Give each item a notice page in every language it is not in, for the "
            "language switcher; off: the switcher leads to that section or home.",
        ),
        Option(
            "MULTILINGUAL_LANGUAGE_OVERRIDES",
            {},
            mapping("a dict such as {'en': {'locale': 'en_US'}}"),
            "Per-language overrides of KNOWN_LANGUAGES: prefix (URL), locale (CLDR) or "
            "country (ISO 3166, where phone numbers without a + code are read).",
        ),
        Option(
            "MULTILINGUAL_SITE",
            {},
            mapping("a dict such as {'en': {'name': 'Network', 'email': '...'}}"),
            "Per-language site information: name, tagline, publisher, address, phone, "
            "email, emblem (site-relative path of the image beside the name).",
        ),
        Option(
            "MULTILINGUAL_PAGE_SIZE", 10, whole_number(1), "News items per list page."
        ),
        Option(
            "MULTILINGUAL_HOME_NEWS",
            5,
            whole_number(0),
            "How many news items the home page shows.",
        ),
        Option(
            "MULTILINGUAL_HOME_EVENTS",
            3,
            whole_number(0),
            "How many upcoming events the home page shows.",
        ),
        Option(
            "MULTILINGUAL_TRANSLATIONS_DIR",
            str(PROJECT_ROOT / "translations"),
            text("a folder path"),
            "The gettext catalogs of the interface (absolute path).",
        ),
        Option(
            "MULTILINGUAL_TODAY",
            "",
            day("'' (today) or a day such as '2026-11-23'", empty=True),
            'The day "upcoming" is counted from ("2026-11-23"); empty: today in '
            "TIMEZONE.",
        ),
        Option(
            "MULTILINGUAL_PREVIEW",
            False,
            boolean(),
            "Build drafts and scheduled items too, hidden, with a banner and noindex "
            "(set by tools/devserver.py only; never for make html or publish).",
        ),
        Option(
            "MULTILINGUAL_PROCESSES",
            0,
            whole_number(0),
            "Processes that render language sites (0: one per core; 1: no extra one).",
        ),
        Option(
            "MULTILINGUAL_PUBLISHED_PATH",
            "",
            text("a folder path, or ''"),
            "The published output when OUTPUT_PATH is a staging folder beside it (set "
            "by tools/build.py); the fingerprints are kept beside it. Empty: "
            "OUTPUT_PATH.",
        ),
    ),
    cross_checks=(
        CrossCheck((), timezone_problems),
        CrossCheck(
            (
                LANGUAGES,
                "MULTILINGUAL_LANGUAGE_OVERRIDES",
                "MULTILINGUAL_TRANSLATIONS_DIR",
            ),
            catalog_problems,
        ),
        CrossCheck((LANGUAGES,), language_problems),
        CrossCheck((LANGUAGES,), source_problems),
        CrossCheck((LANGUAGES, "MULTILINGUAL_FALLBACK"), fallback_problems),
        CrossCheck((LANGUAGES, "MULTILINGUAL_SITE"), site_info_problems),
        CrossCheck((), pelican_output_problems),
    ),
)
