"""The CONTACT_ settings, declared once (validated with every plugin's at start).

Pure: no Pelican imports.
"""

from collections.abc import Mapping

from plugins.base.languages import build_languages
from plugins.base.phones import tel_href
from plugins.base.settings import CrossCheck, Declaration, Option, mapping, text

from .core import HELP_KEYS

REQUIRED_HELP_KEYS = ("service", "phone")


def regions(settings: Mapping[str, object]) -> dict[str, str]:
    """The phone country of each site language ({} when the languages are wrong,
    which the multilingual plugin reports)."""
    try:
        languages = build_languages(
            settings["MULTILINGUAL_LANGUAGES"],
            settings.get("MULTILINGUAL_LANGUAGE_OVERRIDES") or {},
        )
    except (TypeError, ValueError):
        return {}
    return {language.code: language.country for language in languages}


def phone_problem(setting: str, number: object, region: str) -> list[str]:
    """A problem when a number of the settings is not a valid phone number."""
    if isinstance(number, str) and tel_href(number, region):
        return []
    return [
        f"{setting}: {number!r} is not a valid phone number in {region}. Expected "
        "a number such as '+420 974 832 421' (the country code may be left out for "
        "the language's own country)."
    ]


def help_problems(settings: Mapping[str, object]) -> list[str]:
    """Urgent help for a language the site lacks, with unknown or missing keys, or
    with a phone number that is not one."""
    countries = regions(settings)
    problems = []
    for code, values in settings["CONTACT_HELP"].items():
        where = f"CONTACT_HELP[{code!r}]"
        if code not in countries:
            problems.append(
                f"CONTACT_HELP: {code!r} is not a site language. "
                f"Expected one of: {', '.join(map(repr, countries))}."
            )
            continue
        unknown = sorted(set(values) - set(HELP_KEYS))
        missing = [key for key in REQUIRED_HELP_KEYS if not values.get(key)]
        if unknown:
            problems.append(
                f"{where}: unknown keys {', '.join(unknown)}. "
                f"Expected some of: {', '.join(HELP_KEYS)}."
            )
        if missing:
            problems.append(
                f"{where}: no {' or '.join(map(repr, missing))}. Expected the "
                "service's name and its phone number."
            )
        elif "phone" in values:
            problems += phone_problem(
                f"{where}['phone']", values["phone"], countries[code]
            )
    return problems


def site_phone_problems(settings: Mapping[str, object]) -> list[str]:
    """The phone of MULTILINGUAL_SITE, when given, must be a valid number."""
    countries = regions(settings)
    problems = []
    for code, info in (settings.get("MULTILINGUAL_SITE") or {}).items():
        if code in countries and isinstance(info, dict) and info.get("phone"):
            setting = f"MULTILINGUAL_SITE[{code!r}]['phone']"
            problems += phone_problem(setting, info["phone"], countries[code])
    return problems


DECLARATION = Declaration(
    prefix="CONTACT_",
    options=(
        Option(
            "CONTACT_HELP",
            {},
            mapping("a dict such as {'en': {'service': 'Helpline', 'phone': '...'}}"),
            "Per language: the urgent-help line shown on every page: service, phone, "
            "hours, text (sr-Latn is derived from sr-Cyrl unless given).",
        ),
        Option(
            "CONTACT_PAGE",
            "contacts",
            text("the slug of an institutional page, e.g. 'contacts'"),
            "The slug of the contact page, which carries the organisation's "
            "schema.org data like the home page.",
        ),
    ),
    cross_checks=(
        CrossCheck(
            (
                "CONTACT_HELP",
                "MULTILINGUAL_LANGUAGES",
                "MULTILINGUAL_LANGUAGE_OVERRIDES",
            ),
            help_problems,
        ),
        CrossCheck(
            (
                "MULTILINGUAL_SITE",
                "MULTILINGUAL_LANGUAGES",
                "MULTILINGUAL_LANGUAGE_OVERRIDES",
            ),
            site_phone_problems,
        ),
    ),
)
