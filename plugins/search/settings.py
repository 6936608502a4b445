"""The SEARCH_ settings: defaults, and one validation that lists every problem."""

import re
from collections.abc import Mapping
from types import MappingProxyType

from plugins.common import settings as common

PREFIX = "SEARCH_"
KINDS = ("news", "events", "page")
DEFAULTS: Mapping[str, object] = MappingProxyType(
    {
        # Which items are searchable: news, events, institutional pages ("page").
        "SEARCH_KINDS": KINDS,
        # The folder of the Pagefind bundle in the output (pagefind.js, the indexes).
        "SEARCH_BUNDLE": "pagefind",
        # Results shown at first, and added by each "More results".
        "SEARCH_PAGE_SIZE": 10,
        # Words in the excerpt under each result.
        "SEARCH_EXCERPT_WORDS": 30,
        # CSS selectors of the parts of an item page that are not indexed.
        "SEARCH_EXCLUDE_SELECTORS": (".page-tools", ".item-date", ".translations"),
    }
)
BUNDLE_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)*")
RANGES = {"SEARCH_PAGE_SIZE": (1, 100), "SEARCH_EXCERPT_WORDS": (5, 100)}


class SettingsError(ValueError):
    """The search settings cannot be built with; the message lists every problem."""


def with_defaults(settings: Mapping[str, object]) -> dict[str, object]:
    """Return a new dict of the search settings with defaults filled in."""
    return common.with_defaults(settings, DEFAULTS)


def settings_problems(settings: Mapping[str, object]) -> list[str]:
    """Return every problem of the search settings, naming setting and value."""
    problems = common.unknown_settings(settings, PREFIX, DEFAULTS)
    values = with_defaults(settings)
    problems += _kinds_problems(values["SEARCH_KINDS"])
    bundle = values["SEARCH_BUNDLE"]
    if not (isinstance(bundle, str) and BUNDLE_PATTERN.fullmatch(bundle)):
        problems.append(
            f"SEARCH_BUNDLE: expected a folder path such as 'pagefind' (lower-case "
            f"letters, digits, '-', '_' and '/' between names), found {bundle!r}."
        )
    for key, (low, high) in RANGES.items():
        value = values[key]
        if (
            isinstance(value, bool)
            or not isinstance(value, int)
            or not (low <= value <= high)
        ):
            problems.append(
                f"{key}: expected a whole number from {low} to {high}, found {value!r}."
            )
    selectors = values["SEARCH_EXCLUDE_SELECTORS"]
    if not isinstance(selectors, list | tuple) or not all(
        isinstance(selector, str) and selector.strip() for selector in selectors
    ):
        problems.append(
            "SEARCH_EXCLUDE_SELECTORS: expected a list of CSS selectors such as "
            f"['.page-tools'], found {selectors!r}."
        )
    return problems


def _kinds_problems(kinds: object) -> list[str]:
    """SEARCH_KINDS must name at least one kind of item, each a known one."""
    if (
        isinstance(kinds, list | tuple)
        and kinds
        and all(isinstance(kind, str) and kind in KINDS for kind in kinds)
    ):
        return []
    return [
        f"SEARCH_KINDS: expected a non-empty list of {', '.join(map(repr, KINDS))}, "
        f"found {kinds!r}."
    ]


def checked_settings(settings: Mapping[str, object]) -> dict[str, object]:
    """Return the search settings, or raise SettingsError listing every problem."""
    problems = settings_problems(settings)
    if problems:
        raise SettingsError("\n".join(problems))
    return with_defaults(settings)
