"""The calendar's URL layout, as site-relative paths like those of `urls.py`.

`lv/calendar/` (index), `lv/calendar/2020/` (year), `lv/calendar/2020/07/` (month),
`lv/calendar/events.ics` (the language's feed) and `<item path>event.ics`.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

SECTION = "calendar"
FEED_FILE = "events.ics"
EVENT_FILE = "event.ics"


def calendar_path(prefix: str) -> str:
    """Return the calendar index of a language: `lv/calendar/`."""
    return f"{prefix}/{SECTION}/"


def year_path(prefix: str, year: int) -> str:
    """Return a year page: `lv/calendar/2020/`."""
    return f"{prefix}/{SECTION}/{year:04d}/"


def month_path(prefix: str, year: int, month: int) -> str:
    """Return a month page: `lv/calendar/2020/07/`."""
    return f"{prefix}/{SECTION}/{year:04d}/{month:02d}/"


def feed_path(prefix: str) -> str:
    """Return the language's iCalendar feed: `lv/calendar/events.ics`."""
    return f"{prefix}/{SECTION}/{FEED_FILE}"


def event_file_path(item_path: str) -> str:
    """Return an event's own .ics beside its page: `lv/events/x/event.ics`."""
    if not item_path.endswith("/"):
        raise ValueError(f"calendar: event path {item_path!r} must end with '/'")
    return f"{item_path}{EVENT_FILE}"


def day_anchor(day) -> str:
    """Return the id of a day's entries on a month page: `day-2020-07-15`."""
    return f"day-{day.isoformat()}"


def webcal_url(absolute_url: str) -> str:
    """Return the webcal:// form of an absolute http(s) address, for subscribing."""
    parts = urlsplit(absolute_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(
            f"calendar: {absolute_url!r} is not an absolute http(s) address"
        )
    return urlunsplit(("webcal", *parts[1:]))


def uid_domain(site_url: str) -> str:
    """Return the host UIDs end with: `network.example.org` from SITEURL."""
    host = urlsplit(site_url).hostname
    if not host:
        raise ValueError(f"calendar: SITEURL {site_url!r} has no host for UIDs")
    return host
