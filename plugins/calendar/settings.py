"""The CALENDAR_ settings, declared once (validated with every plugin's at start)."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlsplit

from plugins.base.settings import CrossCheck, Declaration, Option, boolean

WEB_SCHEMES = ("http", "https")


def site_url_problems(settings: Mapping[str, object]) -> list[str]:
    """Event URLs, UIDs and webcal links need an absolute http(s) SITEURL."""
    site_url = settings.get("SITEURL", "")
    parts = urlsplit(site_url) if isinstance(site_url, str) else None
    if parts and parts.scheme in WEB_SCHEMES and parts.hostname:
        return []
    return [
        f"SITEURL: {site_url!r} is not valid. Expected an absolute http(s) address "
        "such as 'https://www.example.org': the calendar needs it for event "
        "addresses and UIDs."
    ]


DECLARATION = Declaration(
    prefix="CALENDAR_",
    options=(
        Option(
            "CALENDAR_WEBCAL",
            True,
            boolean(),
            "Offer webcal:// subscription links (built from SITEURL) on calendar "
            "pages.",
        ),
        Option(
            "CALENDAR_NEWS",
            True,
            boolean(),
            "Show news on the calendar pages by publication day, beside the events.",
        ),
        Option(
            "CALENDAR_DESCRIPTIONS",
            True,
            boolean(),
            "Put each event's short description into the .ics files (DESCRIPTION).",
        ),
    ),
    cross_checks=(CrossCheck((), site_url_problems),),
)
