"""The CALENDAR_ settings: defaults, and one validation that lists every problem."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from urllib.parse import urlsplit

from plugins.common import settings as common

PREFIX = "CALENDAR_"
DEFAULTS: Mapping[str, object] = MappingProxyType(
    {
        # Offer webcal:// subscription links (built from SITEURL) on calendar pages.
        "CALENDAR_WEBCAL": True,
        # Show news on the calendar pages by publication day, beside the events.
        "CALENDAR_NEWS": True,
        # Put each event's short description into the .ics files (DESCRIPTION).
        "CALENDAR_DESCRIPTIONS": True,
    }
)
WEB_SCHEMES = ("http", "https")


class SettingsError(ValueError):
    """The calendar settings cannot be built with; the message lists every problem."""


def with_defaults(settings: Mapping[str, object]) -> dict[str, object]:
    """Return a new dict of the calendar settings with defaults filled in."""
    return common.with_defaults(settings, DEFAULTS)


def settings_problems(settings: Mapping[str, object]) -> list[str]:
    """Return every problem of the calendar settings, naming setting and value."""
    problems = common.unknown_settings(settings, PREFIX, DEFAULTS)
    values = with_defaults(settings)
    problems += [
        f"{key}: expected True or False, found {value!r}."
        for key, value in values.items()
        if not isinstance(value, bool)
    ]
    return problems + _site_url_problems(settings.get("SITEURL", ""))


def checked_settings(settings: Mapping[str, object]) -> dict[str, object]:
    """Return the calendar settings, or raise SettingsError listing every problem."""
    problems = settings_problems(settings)
    if problems:
        raise SettingsError("\n".join(problems))
    return with_defaults(settings)


def _site_url_problems(site_url: object) -> list[str]:
    """Event URLs, UIDs and webcal links need an absolute http(s) SITEURL."""
    parts = urlsplit(site_url) if isinstance(site_url, str) else None
    if parts and parts.scheme in WEB_SCHEMES and parts.hostname:
        return []
    return [
        f"SITEURL: the calendar needs an absolute http(s) address such as "
        f"'https://www.example.org' for event addresses and UIDs, found {site_url!r}."
    ]
