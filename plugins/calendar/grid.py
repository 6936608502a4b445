"""The month grid of the calendar page: weeks of days, ready for a `<table>`."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from babel import Locale

from plugins.base.dates import WeekdayName, month_heading, weekday_headers
from plugins.base.event_times import days_spanned

YearMonth = tuple[int, int]


@dataclass(frozen=True)
class Day:
    """One cell of the grid: a day of the month and what happens on it."""

    date: date
    is_today: bool
    items: tuple[Any, ...] = ()
    anchor: str = ""  # where the month page lists what happens on the day


@dataclass(frozen=True)
class MonthView:
    """A month as the template renders it: caption, column headers and weeks."""

    year: int
    month: int
    caption: str
    weekdays: tuple[WeekdayName, ...]
    weeks: tuple[tuple[Day | None, ...], ...]


def month_grid(year: int, month: int, first_weekday: int) -> list[list[date | None]]:
    """Return the month's weeks of 7 cells, None outside the month (0 = Monday)."""
    if type(first_weekday) is not int or not 0 <= first_weekday <= 6:
        raise ValueError(
            f"calendar: first weekday must be 0 (Monday) to 6 (Sunday), "
            f"not {first_weekday!r}"
        )
    weeks = calendar.Calendar(first_weekday).monthdatescalendar(year, month)
    return [[day if day.month == month else None for day in week] for week in weeks]


def build_month(
    year: int,
    month: int,
    locale: Locale | str,
    today: date,
    items_by_day: Mapping[date, Sequence[Any]],
    anchors: Mapping[date, str] | None = None,
) -> MonthView:
    """Return the month as caption, localised weekday headers and weeks of days;
    `anchors` gives the fragment each day with items links to."""
    locale = Locale.parse(locale)
    anchors = anchors or {}
    weeks = tuple(
        tuple(_day(cell, today, items_by_day, anchors) for cell in week)
        for week in month_grid(year, month, locale.first_week_day)
    )
    return MonthView(
        year=year,
        month=month,
        caption=month_heading(year, month, locale),
        weekdays=tuple(weekday_headers(locale)),
        weeks=weeks,
    )


def group_by_day(
    spans: Iterable[tuple[Any, date | datetime, date | datetime | None]],
) -> dict[date, list[Any]]:
    """Map each day to the items on it, from (item, start, end) triples."""
    by_day: dict[date, list[Any]] = {}
    for item, start, end in spans:
        for day in days_spanned(start, end):
            by_day.setdefault(day, []).append(item)
    return by_day


def months_of(days: Iterable[date]) -> list[YearMonth]:
    """Return the sorted (year, month) pairs that the given days fall in."""
    return sorted({(day.year, day.month) for day in days})


def neighbour_months(
    month: YearMonth, months_with_items: Iterable[YearMonth]
) -> tuple[YearMonth | None, YearMonth | None]:
    """Return the nearest earlier and later months that have items, or None."""
    months = set(months_with_items)
    earlier = [other for other in months if other < month]
    later = [other for other in months if other > month]
    return (max(earlier, default=None), min(later, default=None))


def _day(
    cell: date | None,
    today: date,
    items_by_day: Mapping[date, Sequence[Any]],
    anchors: Mapping[date, str],
) -> Day | None:
    """Turn a grid cell into a Day, keeping blanks outside the month as None."""
    if cell is None:
        return None
    items = tuple(items_by_day.get(cell, ()))
    return Day(cell, cell == today, items, anchors.get(cell, "") if items else "")
