"""Dates of the calendar in each language, all through Babel (CLDR).

Every function takes a Babel locale (a `babel.Locale` or an identifier such as
``"en_GB"``); the site's languages carry theirs (plugins/base/languages.py).
The territory matters: the first day of the week comes from CLDR for the country.

English is British English (``en_GB``): "21–22 June 2017", weeks from Monday.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from types import MappingProxyType
from typing import NamedTuple

from babel import Locale
from babel.dates import (
    PATTERN_CHAR_ORDER,
    DateTimeFormat,
    format_date,
    format_interval,
    format_skeleton,
    get_day_names,
    get_timezone_name,
    match_skeleton,
    parse_pattern,
    tokenize_pattern,
    untokenize_pattern,
)

from plugins.base.event_times import check_event_times, last_day

# CLDR's own "year month" patterns differ from the site's headings ("2020. g.
# jūlijs", "јул 2020."), so headings use a stand-alone month (LLLL) and the year.
_HEADING_PATTERNS: Mapping[str, str] = MappingProxyType({"lv": "LLLL, y"})
_DEFAULT_HEADING_PATTERN = "LLLL y"

# Day ranges are written like the long date: day, full month name, year.
_DAY_RANGE_SKELETON = "yMMMMd"
_MONTH_FIELDS = frozenset("ML")


class WeekdayName(NamedTuple):
    """A weekday's stand-alone names: abbreviated for the grid, full for `title`,
    CLDR's short width ("Ce" for "Ceturtd.") for narrow screens."""

    short: str
    full: str
    narrow: str


def month_heading(year: int, month: int, locale: Locale | str) -> str:
    """Return a month page heading such as "Červenec 2020" or "Jūlijs, 2020"."""
    locale = Locale.parse(locale)
    pattern = _HEADING_PATTERNS.get(locale.language, _DEFAULT_HEADING_PATTERN)
    return _capitalise_first(format_date(date(year, month, 1), pattern, locale=locale))


def month_name(month: int, locale: Locale | str) -> str:
    """Return a month's stand-alone name, capitalised: "Jūnijs", "Červen", "June"."""
    return _capitalise_first(format_date(date(2000, month, 1), "LLLL", locale=locale))


def format_full_date(day: date, locale: Locale | str) -> str:
    """Return CLDR's full date with the weekday: "Wednesday, 21 June 2017"."""
    return format_date(day, "full", locale=locale)


def day_heading(day: date, locale: Locale | str) -> str:
    """Return the full date as a heading starts, with a capital: CLDR writes lv,
    cs, sr and bg weekdays in lower case ("Trešdiena, 2017. gada 21. jūnijs")."""
    return _capitalise_first(format_full_date(day, locale))


def format_zone(moment: datetime, locale: Locale | str) -> str:
    """Return the zone's name at that moment: "Eastern European Standard Time"."""
    if moment.tzinfo is None:
        raise ValueError(f"calendar: time {moment} has no time zone")
    return get_timezone_name(moment, "long", locale=locale)


def format_long_date(day: date, locale: Locale | str) -> str:
    """Return CLDR's long date, e.g. "15. července 2020" or "13 March 2017"."""
    return format_date(day, "long", locale=locale)


def format_event_when(
    start: date | datetime, end: date | datetime | None, locale: Locale | str
) -> str:
    """Return when an event happens: one day, a range of days, or day and times."""
    check_event_times(start, end)
    locale = Locale.parse(locale)
    if isinstance(start, datetime):
        return _format_timed(start, end or start, locale)
    return _format_day_range(start, end or start, locale)


def weekday_headers(locale: Locale | str) -> list[WeekdayName]:
    """Return the weekday names in order from the locale's first day of the week."""
    locale = Locale.parse(locale)
    short = get_day_names("abbreviated", "stand-alone", locale=locale)
    full = get_day_names("wide", "stand-alone", locale=locale)
    narrow = get_day_names("short", "stand-alone", locale=locale)
    days = [(locale.first_week_day + n) % 7 for n in range(7)]
    return [WeekdayName(short[day], full[day], narrow[day]) for day in days]


def _format_day_range(first: date, last: date, locale: Locale) -> str:
    """Format all-day events: one long date or a CLDR interval of days."""
    if first == last:
        return format_long_date(first, locale)
    formats = locale.interval_formats
    skeleton = _DAY_RANGE_SKELETON
    if skeleton not in formats:
        skeleton = match_skeleton(skeleton, formats)
    patterns = formats.get(skeleton, {})
    field = _greatest_difference(first, last, patterns, locale)
    if field is None:
        return _join_interval(
            format_long_date(first, locale), format_long_date(last, locale), locale
        )
    start_pattern, end_pattern = patterns[field]
    return _apply_wide(start_pattern, first, locale) + _apply_wide(
        end_pattern, last, locale
    )


def _greatest_difference(
    first: date, last: date, patterns: Mapping[str, object], locale: Locale
) -> str | None:
    """Return the largest field (year, month, day) that differs, as CLDR asks."""
    first_fields = DateTimeFormat(first, locale=locale)
    last_fields = DateTimeFormat(last, locale=locale)
    for field in PATTERN_CHAR_ORDER:  # largest to smallest
        if field not in patterns:
            continue
        if first_fields.extract(field) != last_fields.extract(field):
            return field
    return None


def _apply_wide(pattern: str, day: date, locale: Locale) -> str:
    """Format with abbreviated month names (MMM) written out in full (MMMM).

    Babel's fuzzy skeleton match skips CLDR's step of adjusting field widths, so
    "yMMMMd" matched to "yMMMd" would print "Jun" where "June" was asked for.
    Numeric months stay numeric, as in CLDR: Czech writes "21.–22. 6. 2017".
    """
    tokens = [
        ("field", (value[0], 4)) if _is_month_name(kind, value) else (kind, value)
        for kind, value in tokenize_pattern(pattern)
    ]
    return parse_pattern(untokenize_pattern(tokens)).apply(day, locale)


def _is_month_name(kind: str, value: object) -> bool:
    """Tell whether a pattern token is a month written as a word."""
    return kind == "field" and value[0] in _MONTH_FIELDS and value[1] >= 3


def _format_timed(start: datetime, end: datetime, locale: Locale) -> str:
    """Format timed events in the start's time zone: day and times."""
    end = end.astimezone(start.tzinfo)
    if end == start:
        return _day_and_time(start, locale)
    if last_day(start, end) != start.date():
        return _join_interval(
            _day_and_time(start, locale), _day_and_time(end, locale), locale
        )
    skeleton = _time_skeleton(locale)
    times = format_interval(start.time(), end.time(), skeleton, locale=locale)
    return _with_time(format_long_date(start.date(), locale), times, locale)


def _day_and_time(moment: datetime, locale: Locale) -> str:
    """Format one moment as the long date and the short time."""
    time_text = format_skeleton(_time_skeleton(locale), moment.time(), locale=locale)
    return _with_time(format_long_date(moment.date(), locale), time_text, locale)


def _time_skeleton(locale: Locale) -> str:
    """Return "hm" where the locale writes 12-hour times, else "Hm"."""
    short_time = locale.time_formats["short"].pattern
    return "hm" if "h" in short_time and "H" not in short_time else "Hm"


def _with_time(day_text: str, time_text: str, locale: Locale) -> str:
    """Join a date and a time with the locale's date-time pattern."""
    return locale.datetime_formats["medium"].format(time_text, day_text)


def _join_interval(first_text: str, last_text: str, locale: Locale) -> str:
    """Join two formatted instants with the locale's fallback interval pattern."""
    return locale.interval_formats[None].format(first_text, last_text)


def _capitalise_first(text: str) -> str:
    """Upper-case the first letter only, unlike `str.capitalize`."""
    return text[:1].upper() + text[1:]
