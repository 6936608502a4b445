"""Reading `Event-start` / `Event-end` values: a date (all day) or a date and a time."""

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from plugins.checks.dates import parse_when

# A time with a UTC offset ("10:00Z", "10:00+02:00"): events take their zone from
# Timezone instead, so an offset is refused rather than silently dropped.
TIME_WITH_OFFSET = re.compile(r"\d:\d{2}(?::\d{2})?\s*(?:Z|[+-]\d{2}:?\d{2})$")


def parse_event_moment(value: str, timezone: str) -> date | datetime:
    """A `date` for an all-day value, else an aware `datetime` in `timezone`.

    The content checks read the same values with the same parser, so anything the
    checks accept, the build accepts.
    """
    if TIME_WITH_OFFSET.search(value.strip()):
        raise ValueError(
            f"{value!r} has a UTC offset; write the local time and Timezone"
        )
    moment = parse_when(value)
    if isinstance(moment, datetime):
        return moment.replace(tzinfo=ZoneInfo(timezone))
    return moment
