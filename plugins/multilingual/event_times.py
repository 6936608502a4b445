"""Reading `Event-start` / `Event-end` values: a date (all day) or a date and a time."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from plugins.checks.dates import parse_event_when


def parse_event_moment(value: str, timezone: str) -> date | datetime:
    """A `date` for an all-day value, else an aware `datetime` in `timezone`.

    The content checks read the same values with the same parser, so anything the
    checks accept, the build accepts.
    """
    moment = parse_event_when(value)
    if isinstance(moment, datetime):
        return moment.replace(tzinfo=ZoneInfo(timezone))
    return moment
