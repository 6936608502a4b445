"""Reading `Event-start` / `Event-end` values: a date (all day) or a date and a time."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from plugins.checks.dates import parse_event_when


def parse_event_moment(value: str, timezone: str) -> date | datetime:
    """A `date` for an all-day value, else an aware `datetime` in `timezone`.

    The content checks read the same values with the same parser, so anything the
    checks accept, the build accepts. A time the clocks skip (the checks refuse it)
    is moved past the change, 03:30 -> 04:30, so the page, the calendar and JSON-LD
    all show the same moment; a repeated time is its first occurrence.
    """
    moment = parse_event_when(value)
    if isinstance(moment, datetime):
        zone = ZoneInfo(timezone)
        return moment.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)
    return moment
