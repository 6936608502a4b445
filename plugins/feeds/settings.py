"""The FEEDS_ settings: defaults, and one validation that lists every problem.

Pure: no Pelican imports.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from plugins.common import settings as common
from plugins.feeds.core import CONTENT_MODES

PREFIX = "FEEDS_"
DEFAULTS: Mapping[str, object] = MappingProxyType(
    {
        # How many of the newest items each feed holds.
        "FEEDS_LIMIT": 50,
        # "full": summary and full text of every item; "summary": the summary only.
        "FEEDS_CONTENT": "full",
        # Also put items that exist only in other languages into a language's feeds
        # (the ones its lists show when MULTILINGUAL_LIST_UNTRANSLATED is on).
        "FEEDS_INCLUDE_UNTRANSLATED": False,
        # Write feeds/all-languages.atom.xml: every authored item of every language.
        "FEEDS_ALL_LANGUAGES": False,
    }
)
BOOLEAN_SETTINGS = ("FEEDS_INCLUDE_UNTRANSLATED", "FEEDS_ALL_LANGUAGES")


class SettingsError(ValueError):
    """FEEDS_ settings the site cannot be built with; the message lists every one."""


def feeds_settings(settings: Mapping[str, object]) -> dict[str, object]:
    """A new dict of the FEEDS_ settings, defaults filled in (settings untouched)."""
    return common.with_defaults(settings, DEFAULTS)


def settings_problems(settings: Mapping[str, object]) -> list[str]:
    """Every FEEDS_ problem, each naming the setting, its value and what is expected."""
    options = feeds_settings(settings)
    problems = common.unknown_settings(settings, PREFIX, DEFAULTS)
    limit = options["FEEDS_LIMIT"]
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        problems.append(
            f"FEEDS_LIMIT: {limit!r} is not valid. "
            "Expected a whole number of 1 or more."
        )
    if options["FEEDS_CONTENT"] not in CONTENT_MODES:
        problems.append(
            f"FEEDS_CONTENT: {options['FEEDS_CONTENT']!r} is not valid. "
            f"Expected one of: {', '.join(repr(mode) for mode in CONTENT_MODES)}."
        )
    for key in BOOLEAN_SETTINGS:
        if not isinstance(options[key], bool):
            problems.append(
                f"{key}: {options[key]!r} is not valid. Expected True or False."
            )
    return problems


def checked_settings(settings: Mapping[str, object]) -> dict[str, object]:
    """The FEEDS_ settings with defaults; SettingsError listing every problem."""
    problems = settings_problems(settings)
    if problems:
        raise SettingsError("\n".join(problems))
    return feeds_settings(settings)
