"""Rules about dates and events: readable dates, a publication date on news and
events, and the start, end and place of every event."""

import zoneinfo
from collections.abc import Iterator
from datetime import date, datetime

from plugins.base.event_times import (
    DateError,
    clock_change,
    is_before,
    is_skipped,
    parse_event_when,
    parse_when,
)
from plugins.checks.metadata import ContentFile, Field
from plugins.checks.options import CheckOptions
from plugins.checks.problem import Problem, error, warning

DATE_KEYS = ("Date", "Modified", "Event-start", "Event-end")
EVENT_ONLY_KEYS = ("Event-start", "Event-end")
# Longer events are a typo in the year (the calendar lists an event on every day
# it lasts: 1000 to 9999 took the build ten minutes and 2.6 GB).
LONGEST_EVENT_DAYS = 400


def is_event(item: ContentFile) -> bool:
    """Tell whether a file is an event: news/ and events/ decide (a Category line
    must agree), elsewhere Category: events; as the build's kind_of does."""
    if item.folder in ("news", "events"):
        return item.folder == "events"
    return item.value("Category").lower() == "events"


def _read_dates(item: ContentFile) -> Iterator[tuple[Field, object]]:
    """Yield each date field with its value, or with the DateError it raised."""
    for key in DATE_KEYS:
        field = item.field(key)
        if field is None:
            continue
        parse = parse_event_when if key in EVENT_ONLY_KEYS else parse_when
        try:
            yield field, parse(field.value)
        except DateError as problem:
            yield field, problem


def check_dates(item: ContentFile, options: CheckOptions) -> Iterator[Problem]:
    """Report unreadable or impossible dates and an event ending before it starts."""
    when: dict[str, object] = {}
    for field, value in _read_dates(item):
        label = field.name.capitalize()
        if isinstance(value, DateError):
            message = f'{label} "{field.value}" {value.reason}.'
            yield error(item.path, field.line, message, value.fix_for(field.name))
        when[field.key] = value
    start, end = when.get("event-start"), when.get("event-end")
    if start is None or end is None or isinstance(start, DateError):
        return
    if isinstance(end, DateError):
        return
    if is_before(end, start):
        end_field, start_field = item.field("Event-end"), item.field("Event-start")
        yield error(
            item.path,
            end_field.line,
            f'Event-end "{end_field.value}" is before'
            f' Event-start "{start_field.value}".',
            "check both dates; the end must not come before the start.",
        )
    elif has_time(start) != has_time(end):
        yield _mixed_kinds(item, start_is_timed=has_time(start))
    elif _days(start, end) > LONGEST_EVENT_DAYS:
        end_field = item.field("Event-end")
        yield error(
            item.path,
            end_field.line,
            f'Event-end "{end_field.value}" is {_days(start, end)} days after'
            f" Event-start; an event may last at most {LONGEST_EVENT_DAYS} days.",
            "check the years; publish a longer programme as separate events.",
        )


def has_time(when: date | datetime) -> bool:
    """Tell whether an event moment has a time of day, not only a date."""
    return isinstance(when, datetime)


def _mixed_kinds(item: ContentFile, start_is_timed: bool) -> Problem:
    """An event whose start has a time and whose end has none, or the reverse
    (the calendar and iCalendar need both of one kind)."""
    start, end = item.field("Event-start"), item.field("Event-end")
    timed, whole = (start, end) if start_is_timed else (end, start)
    example = f"{whole.value.strip()} {'17:00' if start_is_timed else '09:00'}"
    return error(
        item.path,
        end.line,
        f'{timed.name.capitalize()} "{timed.value}" has a time of day, but'
        f' {whole.name.capitalize()} "{whole.value}" has none.',
        f'give both a time, e.g. "{whole.name.capitalize()}: {example}", or'
        " write both as dates for an event of whole days.",
    )


def _days(start: date | datetime, end: date | datetime) -> int:
    """Return the number of calendar days from start to end."""
    start_day = start.date() if isinstance(start, datetime) else start
    end_day = end.date() if isinstance(end, datetime) else end
    return (end_day - start_day).days


def check_publication_date(
    item: ContentFile, options: CheckOptions
) -> Iterator[Problem]:
    """Report news and events without a Date (Pelican would skip them)."""
    if item.folder in ("news", "events") and item.field("Date") is None:
        yield error(
            item.path,
            1,
            "Date is missing, so the site cannot publish this item.",
            'add the publication date, e.g. "Date: 2017-03-13".',
        )


def check_event(item: ContentFile, options: CheckOptions) -> Iterator[Problem]:
    """Report events without Event-start or Location, and event keys on non-events."""
    if not is_event(item):
        for key in EVENT_ONLY_KEYS:
            field = item.field(key)
            if field is not None:
                yield warning(
                    item.path,
                    field.line,
                    f"{key} is set, but this file is not an event.",
                    "move the file to events/, or remove the line.",
                )
        return
    if item.field("Event-start") is None:
        yield error(
            item.path,
            1,
            "This event has no Event-start.",
            'add a line such as "Event-start: 2018-12-18 10:00".',
        )
    if not item.value("Location"):
        yield error(
            item.path,
            _line_of(item.field("Location")),
            "This event has no Location.",
            'add a line such as "Location: Rīga, Brīvības iela 36".',
        )


def _line_of(field: Field | None) -> int:
    return field.line if field else 1


def _zone_of(item: ContentFile, options: CheckOptions) -> zoneinfo.ZoneInfo | None:
    """Return the event's time zone (its Timezone line, else the site's), if valid."""
    name = item.value("Timezone") or options.timezone
    try:
        return zoneinfo.ZoneInfo(name)
    except (
        zoneinfo.ZoneInfoNotFoundError,
        ValueError,
        OSError,
    ):  # OSError: name too long
        return None  # zone_rules.check_timezone reports it


def _clock(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def check_local_times(item: ContentFile, options: CheckOptions) -> Iterator[Problem]:
    """Report event times the clocks skip (error) or show twice (warning)."""
    zone = _zone_of(item, options) if is_event(item) else None
    for field, moment in _read_dates(item) if zone else ():
        if field.key not in ("event-start", "event-end"):
            continue
        change = clock_change(moment, zone) if isinstance(moment, datetime) else None
        if change is None:
            continue
        before, after = change
        label = f'{field.name.capitalize()} "{field.value}"'
        if is_skipped(moment, zone):
            later = moment + (after - before)
            yield error(
                item.path,
                field.line,
                f"{label} does not exist in {zone.key}: the clocks jump from"
                f" {_clock(before)} to {_clock(after)} that night.",
                f'write the time the clocks show, e.g. "{later:%Y-%m-%d %H:%M}".',
            )
        else:
            offset = moment.replace(tzinfo=zone).strftime("%z")
            yield warning(
                item.path,
                field.line,
                f"{label} happens twice in {zone.key}: the clocks go back from"
                f" {_clock(before)} to {_clock(after)} that night; the site uses the"
                f" first one (UTC{offset[:3]}:{offset[3:]}).",
                "choose a time outside that hour, or say in the text which one is"
                " meant.",
            )
