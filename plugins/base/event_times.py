"""Read the dates editors write (`2017-03-13`, `2017-03-13 09:30`), explain in words
why a date cannot be read (with the exact rewrite of `13.03.2017`, a time range or
an ambiguous `03/04/2017`), and tell which days an event covers.

The content checks and the build read event times with the same functions, so
anything the checks accept, the build accepts; the events page and the calendar ask
`last_day` which day an event ends on.
"""

import calendar
import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from plugins.base.date_forms import Reading, readings

WHEN = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"
    r"(?:[ T]+(?P<time>(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?)"
    r"(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?)?"
)
# A time with a UTC offset ("10:00Z", "10:00+02:00"): fine in Date, but events take
# their zone from a Timezone line, so an offset there is refused, not dropped.
TIME_WITH_OFFSET = re.compile(r"\d:\d{2}(?::\d{2})?\s*(?:Z|[+-]\d{2}:?\d{2})$")
# "10:00-12:00", "10:00–12:00": a start and an end written in one value.
TIME_RANGE = re.compile(
    r"(?P<day>.+?)[ T]+(?P<start>\d{1,2}:\d{2})\s*[-–—]\s*(?P<end>\d{1,2}:\d{2})"
)
# Stands for the key in a fix, filled in by DateError.fix_for ("Date", "Datums").
KEY = "{key}"
GENERIC_FIX = "write it as YYYY-MM-DD, or YYYY-MM-DD HH:MM with a time."
# Years the site can show and compute with: year 0 does not exist in Python, and
# 9999-12-31 overflows as soon as a zone is applied.
FIRST_YEAR, LAST_YEAR = 1900, 2200


class DateError(ValueError):
    """A date that cannot be read; `reason` says why and `fix` how to repair it
    (`fix_for` names the key the editor wrote)."""

    def __init__(self, reason: str, fix: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.fix = fix

    def fix_for(self, key: str) -> str:
        """Return the fix with the key filled in: `write "Datums: 2017-03-13".`"""
        return self.fix.replace(KEY, key)


def _unreadable(value: str) -> DateError:
    """Why a date not in the form YYYY-MM-DD cannot be read, with the exact
    rewrite when the editor's form is certain, and both when it is not."""
    found = readings(value)
    for reading in found:
        parse_when(reading.iso)  # a day that does not exist says so
    if len(found) == 1:
        return DateError(
            "is not in the form YYYY-MM-DD", f'write "{KEY}: {found[0].iso}".'
        )
    if len(found) == 2:
        return _ambiguous(*found)
    return DateError("is not in the form YYYY-MM-DD", GENERIC_FIX)


def _ambiguous(first: Reading, second: Reading) -> DateError:
    """Day and month could be swapped: give both readings."""
    return DateError(
        f"is ambiguous: it can be {first.spoken} or {second.spoken}",
        f'write "{KEY}: {first.iso}" for {first.spoken}, or'
        f' "{KEY}: {second.iso}" for {second.spoken}.',
    )


def _check_day(year: int, month: int, day: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DateError(
            f"is outside the years {FIRST_YEAR} to {LAST_YEAR}", "check the year."
        )
    if not 1 <= month <= 12:
        raise DateError(
            f"does not exist: there is no month {month}", "check the day and the month."
        )
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        month_name = calendar.month_name[month]
        raise DateError(
            f"does not exist: {month_name} {year} has {days} days",
            "check the day and the month.",
        )


def _reads_as_range(value: str) -> bool:
    """Tell whether a Date holds a time range: "10:00–12:00", or "10:00-12:00"
    after a space with a later end (`T10:00-05:00` is a time with its offset)."""
    found = TIME_RANGE.fullmatch(value)
    if not found:
        return False
    if not re.search(r"\d\s*-\s*\d", value[found.start("start") :]):
        return True  # an en or em dash: never an offset
    start, end = (tuple(map(int, found[name].split(":"))) for name in ("start", "end"))
    return " " in value[found.end("day") : found.start("start") + 1] and end > start


def parse_when(value: str) -> date | datetime:
    """Return the date, or date and time, written in a metadata value."""
    if _reads_as_range(value.strip()):
        raise _time_range(value, KEY, "")
    found = WHEN.fullmatch(value.strip())
    if not found:
        raise _unreadable(value)
    year, month, day = int(found["year"]), int(found["month"]), int(found["day"])
    _check_day(year, month, day)
    if not found["time"]:
        return date(year, month, day)
    hour, minute = int(found["hour"]), int(found["minute"])
    second = int(found["second"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise DateError(
            f'has an impossible time "{found["time"]}"',
            "use 24-hour time from 00:00 to 23:59.",
        )
    return datetime(year, month, day, hour, minute, second)


def parse_event_when(value: str) -> date | datetime:
    """Return the date, or local date and time, of an Event-start or Event-end."""
    if TIME_RANGE.fullmatch(value.strip()):
        raise _time_range(value, "Event-start", "Event-end")
    if TIME_WITH_OFFSET.search(value.strip()):
        raise DateError(
            "has a UTC offset",
            "write the local time and the zone on its own line, e.g. "
            '"Timezone: Europe/Riga".',
        )
    return parse_when(value)


def _day_of(text: str) -> date:
    """The day a range is on: YYYY-MM-DD, or a form with one certain reading."""
    try:
        when = parse_when(text)
    except DateError:
        found = readings(text)
        if len(found) != 1:
            raise
        when = parse_when(found[0].iso)
    return when.date() if isinstance(when, datetime) else when


def _time_range(value: str, start_key: str, end_key: str) -> DateError:
    """A start and an end time in one value: say which lines to write instead
    (the end on the next day when it is earlier than the start)."""
    found = TIME_RANGE.fullmatch(value.strip())
    day = _day_of(found["day"]).isoformat()
    start, end = (
        parse_when(f"{day} {found['start']}"),
        parse_when(f"{day} {found['end']}"),
    )
    if end < start:
        end += timedelta(days=1)
    fix = f'write "{start_key}: {start:%Y-%m-%d %H:%M}"'
    if end_key:
        fix += f' and "{end_key}: {end:%Y-%m-%d %H:%M}"'
    return DateError("is a time range", fix + ".")


def parse_event_moment(value: str, timezone: str) -> date | datetime:
    """A `date` for an all-day value, else an aware `datetime` in `timezone`.

    A time the clocks skip (the checks refuse it) is moved past the change,
    03:30 -> 04:30, so the page, the calendar and JSON-LD all show the same
    moment; a repeated time is its first occurrence.
    """
    moment = parse_event_when(value)
    if isinstance(moment, datetime):
        zone = ZoneInfo(timezone)
        return moment.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)
    return moment


def is_before(end: date | datetime, start: date | datetime) -> bool:
    """Tell whether an end comes before a start; a bare date covers the whole day."""
    if isinstance(end, datetime) and isinstance(start, datetime):
        return end < start
    end_day = end.date() if isinstance(end, datetime) else end
    start_day = start.date() if isinstance(start, datetime) else start
    return end_day < start_day


def is_skipped(moment: datetime, zone: ZoneInfo) -> bool:
    """Tell whether a local time does not exist: the clocks jump over it (spring)."""
    aware = moment.replace(tzinfo=zone)
    return aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != moment


def clock_change(moment: datetime, zone: ZoneInfo) -> tuple[datetime, datetime] | None:
    """Return the local times the clocks show just before and just after the change
    that skips or repeats `moment` (03:00 and 04:00 in spring), or None if the
    time happens exactly once."""
    first = moment.replace(tzinfo=zone, fold=0).utcoffset()
    second = moment.replace(tzinfo=zone, fold=1).utcoffset()
    if first == second:
        return None
    earlier, later = sorted((moment - first, moment - second))  # both in UTC

    def offset_at(seconds: int) -> timedelta:
        instant = (earlier + timedelta(seconds=seconds)).replace(tzinfo=UTC)
        return instant.astimezone(zone).utcoffset()

    before, low, high = offset_at(0), 0, int((later - earlier).total_seconds())
    while high - low > 1:  # the change lies between the two readings of the time
        middle = (low + high) // 2
        low, high = (middle, high) if offset_at(middle) == before else (low, middle)
    change = earlier + timedelta(seconds=high)
    return change + before, change + offset_at(high)


def check_event_times(start: date | datetime, end: date | datetime | None) -> None:
    """Raise ValueError unless start and end are both days or both zoned times."""
    timed = isinstance(start, datetime)
    if timed and start.tzinfo is None:
        raise ValueError(f"calendar: start time {start} has no time zone")
    if end is None:
        return
    if isinstance(end, datetime) != timed:
        raise ValueError(
            f"calendar: start {start} and end {end} must both be dates or both be times"
        )
    if timed and end.tzinfo is None:
        raise ValueError(f"calendar: end time {end} has no time zone")
    if end < start:
        raise ValueError(f"calendar: event ends ({end}) before it starts ({start})")


def last_day(start: date | datetime, end: date | datetime | None) -> date:
    """Return the last day an event covers, in the time zone of its start.

    An end at exactly 00:00 is the end of the day before: an event from 20:00 to
    midnight covers one day. The events page and the calendar both ask here.
    """
    if end is None:
        end = start
    if not isinstance(start, datetime):
        return end
    local_end = end.astimezone(start.tzinfo)
    if local_end.time() == time(0) and local_end > start:
        return local_end.date() - timedelta(days=1)
    return local_end.date()


def days_spanned(start: date | datetime, end: date | datetime | None) -> list[date]:
    """Return every day an event covers, in the time zone of its start."""
    check_event_times(start, end)
    first = start.date() if isinstance(start, datetime) else start
    last = last_day(start, end)
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]
