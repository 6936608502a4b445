"""The MEDIA_ settings: defaults, and one validation that lists every problem.

Pure: no Pelican imports.
"""

from collections.abc import Mapping
from types import MappingProxyType

from plugins.common import settings as common

from .images import Plan

PREFIX = "MEDIA_"
MODERN_FORMATS = ("avif", "webp")
DEFAULTS: Mapping[str, object] = MappingProxyType(
    {
        # Widths (pixels) each picture is published in, never wider than the
        # editor's file; the file's own width (up to MEDIA_MAX_WIDTH) is added.
        "MEDIA_WIDTHS": (480, 960, 1600, 2400),
        # No published picture is wider than this.
        "MEDIA_MAX_WIDTH": 2400,
        # The width of the <img src> fallback, feeds, JSON-LD and link previews.
        "MEDIA_DEFAULT_WIDTH": 960,
        # Modern formats offered before the JPEG or PNG fallback, best first.
        "MEDIA_FORMATS": MODERN_FORMATS,
        # Processes that encode pictures; 0: one per core.
        "MEDIA_PROCESSES": 0,
    }
)


class SettingsError(ValueError):
    """MEDIA_ settings the site cannot be built with; the message lists every one."""


def media_settings(settings: Mapping[str, object]) -> dict[str, object]:
    """A new dict of the MEDIA_ settings, defaults filled in (settings untouched)."""
    return common.with_defaults(settings, DEFAULTS)


def width_list_problem(key: str, value: object) -> list[str]:
    """A problem unless the value is a non-empty list of widths of 16 or more."""
    if (
        isinstance(value, list | tuple)
        and value
        and all(
            isinstance(w, int) and not isinstance(w, bool) and w >= 16 for w in value
        )
    ):
        return []
    return [
        f"{key}: {value!r} is not valid. Expected a list of whole numbers of 16 or"
        " more, e.g. [480, 960, 1600, 2400]."
    ]


def settings_problems(settings: Mapping[str, object]) -> list[str]:
    """Every MEDIA_ problem, each naming the setting, its value and what is expected."""
    options = media_settings(settings)
    problems = common.unknown_settings(settings, PREFIX, DEFAULTS)
    problems += width_list_problem("MEDIA_WIDTHS", options["MEDIA_WIDTHS"])
    problems += common.whole_number_problem(
        "MEDIA_MAX_WIDTH", options["MEDIA_MAX_WIDTH"], 16
    )
    problems += common.whole_number_problem(
        "MEDIA_DEFAULT_WIDTH", options["MEDIA_DEFAULT_WIDTH"], 16
    )
    problems += common.whole_number_problem(
        "MEDIA_PROCESSES", options["MEDIA_PROCESSES"], 0
    )
    formats = options["MEDIA_FORMATS"]
    if not isinstance(formats, list | tuple) or not set(formats) <= set(MODERN_FORMATS):
        problems.append(
            f"MEDIA_FORMATS: {formats!r} is not valid. Expected a list of"
            f" {', '.join(repr(f) for f in MODERN_FORMATS)} (or an empty list)."
        )
    return problems


def checked_settings(settings: Mapping[str, object]) -> dict[str, object]:
    """The MEDIA_ settings, or SettingsError listing every problem."""
    problems = settings_problems(settings)
    if problems:
        raise SettingsError("\n".join(problems))
    return media_settings(settings)


def picture_plan(options: Mapping[str, object]) -> Plan:
    """What to make of every picture, from checked settings."""
    return Plan(
        widths=tuple(sorted(set(options["MEDIA_WIDTHS"]))),
        max_width=options["MEDIA_MAX_WIDTH"],
        formats=tuple(dict.fromkeys(options["MEDIA_FORMATS"])),
    )
