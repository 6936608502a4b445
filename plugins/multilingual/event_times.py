"""Reading `Event-start` / `Event-end` values: a date (all day) or a date and a time."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

DATE_FORMAT = "%Y-%m-%d"
DATETIME_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S")


def parse_event_moment(value: str, timezone: str) -> date | datetime:
    """A `date` for an all-day value, else an aware `datetime` in `timezone`."""
    text = " ".join(value.split())
    try:
        return datetime.strptime(text, DATE_FORMAT).date()
    except ValueError:
        pass
    for pattern in DATETIME_FORMATS:
        try:
            moment = datetime.strptime(text, pattern)
        except ValueError:
            continue
        return moment.replace(tzinfo=ZoneInfo(timezone))
    raise ValueError(f"{value!r} is not a date (2018-12-18) or date and time")
