"""The ACCESSIBILITY_ settings: defaults, and one validation that lists every problem.

Pure: no Pelican imports.
"""

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType

from plugins.base.languages import KNOWN_LANGUAGES
from plugins.common import settings as common
from plugins.multilingual.settings import DEFAULTS as MULTILINGUAL_DEFAULTS

from .core import STATUSES

PREFIX = "ACCESSIBILITY_"
DEFAULTS: Mapping[str, object] = MappingProxyType(
    {
        # How far the site meets WCAG 2.1 AA (EN 301 549): "full", "partial" or
        # "none". Say "full" only when nothing is left on the statement's list.
        "ACCESSIBILITY_STATUS": "partial",
        # The day the statement was prepared, "2026-11-23" (required: the statement
        # must give it, and a build date would change with every build).
        "ACCESSIBILITY_PREPARED": "",
        # The day it was last reviewed, "" when it has not been reviewed since.
        "ACCESSIBILITY_REVIEWED": "",
    }
)


class SettingsError(ValueError):
    """ACCESSIBILITY_ settings the site cannot be built with; lists every problem."""


def accessibility_settings(settings: Mapping[str, object]) -> dict[str, object]:
    """A new dict of the ACCESSIBILITY_ settings, defaults filled in."""
    return common.with_defaults(settings, DEFAULTS)


def iso_day(value: object) -> date | None:
    """A "YYYY-MM-DD" string as a date; None when it is not one."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def settings_problems(settings: Mapping[str, object]) -> list[str]:
    """Every ACCESSIBILITY_ problem, naming the setting, value and expectation."""
    options = accessibility_settings(settings)
    problems = common.unknown_settings(settings, PREFIX, DEFAULTS)
    if options["ACCESSIBILITY_STATUS"] not in STATUSES:
        problems.append(
            f"ACCESSIBILITY_STATUS: {options['ACCESSIBILITY_STATUS']!r} is not valid. "
            f"Expected one of: {', '.join(map(repr, STATUSES))}."
        )
    prepared = iso_day(options["ACCESSIBILITY_PREPARED"])
    if prepared is None:
        problems.append(
            f"ACCESSIBILITY_PREPARED: {options['ACCESSIBILITY_PREPARED']!r} is not "
            "valid. Expected the day the statement was prepared, e.g. '2026-11-23'."
        )
    reviewed = options["ACCESSIBILITY_REVIEWED"]
    if reviewed != "" and iso_day(reviewed) is None:
        problems.append(
            f"ACCESSIBILITY_REVIEWED: {reviewed!r} is not valid. Expected the day "
            "the statement was last reviewed, e.g. '2027-03-01', or ''."
        )
    elif reviewed and prepared and iso_day(reviewed) < prepared:
        problems.append(
            f"ACCESSIBILITY_REVIEWED: {reviewed!r} is before ACCESSIBILITY_PREPARED "
            f"{options['ACCESSIBILITY_PREPARED']!r}. Expected the same day or later."
        )
    return problems + contact_problems(settings)


def contact_problems(settings: Mapping[str, object]) -> list[str]:
    """Languages whose MULTILINGUAL_SITE gives no e-mail or phone for feedback."""
    codes = settings.get(
        "MULTILINGUAL_LANGUAGES", MULTILINGUAL_DEFAULTS["MULTILINGUAL_LANGUAGES"]
    )
    site = settings.get("MULTILINGUAL_SITE") or {}
    problems = []
    for code in codes:
        # A generated language (sr-Latn) takes its site information from its source.
        source = KNOWN_LANGUAGES.get(code, {}).get("generated_from")
        info = site.get(code) or site.get(source) or {}
        if isinstance(info, dict) and not (info.get("email") or info.get("phone")):
            problems.append(
                f"MULTILINGUAL_SITE[{code!r}]: no 'email' or 'phone'. Expected at "
                "least one: the accessibility statement gives it for feedback."
            )
    return problems


def checked_settings(settings: Mapping[str, object]) -> dict[str, object]:
    """The ACCESSIBILITY_ settings with defaults; SettingsError lists every problem."""
    problems = settings_problems(settings)
    if problems:
        raise SettingsError("\n".join(problems))
    return accessibility_settings(settings)
