"""What happens on which day: the index behind the calendar's month and year pages.

The things indexed are opaque (the handlers pass `Listed` entries); they must be
hashable. A thing *begins* on its first day: an event spanning several days is
listed and counted once, in the month (and year) it begins; in later months it is
*continuing*. Counts of a year are therefore the sum of its months' counts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cached_property
from typing import Any

from plugins.calendar.grid import YearMonth, group_by_day, months_of

Span = tuple[Any, date | datetime, date | datetime | None]


@dataclass(frozen=True)
class Archive:
    """Things by the days they cover and the day they begin; each day keeps the
    order they were given in."""

    by_day: Mapping[date, tuple[Any, ...]]
    begins: Mapping[date, tuple[Any, ...]]

    @classmethod
    def from_spans(cls, spans: Iterable[Span]) -> Archive:
        """Index (thing, start, end) triples; a thing covers every day it spans."""
        spans = list(spans)
        grouped = group_by_day(spans)
        first_days = group_by_day((thing, start, None) for thing, start, _end in spans)
        return cls(
            {day: tuple(grouped[day]) for day in sorted(grouped)},
            {day: tuple(first_days[day]) for day in sorted(first_days)},
        )

    def months(self) -> list[YearMonth]:
        """Every month from the first thing's to the last's: each has a page."""
        if not self.by_day:
            return []
        first, last = min(self.by_day), max(self.by_day)
        return [
            (year, month)
            for year in range(first.year, last.year + 1)
            for month in range(1, 13)
            if (first.year, first.month) <= (year, month) <= (last.year, last.month)
        ]

    def months_with_items(self) -> list[YearMonth]:
        """Return the (year, month) pairs that have something, in order."""
        return months_of(self.by_day)

    def years(self) -> list[int]:
        """Every year from the first thing's to the last's: each has a page."""
        return sorted({year for year, _month in self.months()})

    def years_with_items(self) -> list[int]:
        """Return the years that have something, in order."""
        return sorted({day.year for day in self.by_day})

    def has_month(self, year: int, month: int) -> bool:
        """Tell whether a month has a page (asked for every page's twins)."""
        return (year, month) in self._month_set

    def has_year(self, year: int) -> bool:
        """Tell whether a year has a page."""
        return year in self._year_set

    @cached_property
    def _month_set(self) -> frozenset[YearMonth]:
        return frozenset(self.months())

    @cached_property
    def _year_set(self) -> frozenset[int]:
        return frozenset(self.years())

    def days_in(self, year: int, month: int) -> list[tuple[date, tuple[Any, ...]]]:
        """Return the month's days on which something begins, with those things."""
        return self._begins_by_month.get((year, month), [])

    def covered_in(self, year: int, month: int) -> list[tuple[date, tuple[Any, ...]]]:
        """Return the month's days that something covers, with those things."""
        return self._covered_by_month.get((year, month), [])

    @cached_property
    def _begins_by_month(self) -> dict[YearMonth, list[tuple[date, tuple]]]:
        return _by_month(self.begins)

    @cached_property
    def _covered_by_month(self) -> dict[YearMonth, list[tuple[date, tuple]]]:
        return _by_month(self.by_day)

    def continuing_in(self, year: int, month: int) -> list[Any]:
        """Return the things that began before the month and go on in it."""
        return list(self._continuing_by_month.get((year, month), ()))

    # Every month, year and index page asks for these counts: made once, as
    # collecting "everything that began earlier" per question made the calendar
    # quadratic in its months (14 s of a 1,000-item quick rebuild).
    @cached_property
    def _continuing_by_month(self) -> dict[YearMonth, tuple[Any, ...]]:
        first_day: dict[Any, date] = {}
        for day, on_day in self.begins.items():
            for thing in on_day:
                first_day.setdefault(thing, day)
        continuing = {}
        for (year, month), days in self._covered_by_month.items():
            start = date(year, month, 1)
            seen: dict[Any, None] = {}
            for _day, on_day in days:
                seen.update(
                    (thing, None)
                    for thing in on_day
                    if first_day.get(thing, start) < start
                )
            if seen:
                continuing[(year, month)] = tuple(seen)
        return continuing

    def count(self, year: int, month: int | None = None) -> int:
        """Return how many things begin in a year, or in one of its months."""
        months = range(1, 13) if month is None else (month,)
        return sum(
            len(things)
            for month in months
            for _day, things in self.days_in(year, month)
        )


def _by_month(days: Mapping[date, tuple]) -> dict[YearMonth, list[tuple[date, tuple]]]:
    """Group (day, things) pairs by month, keeping their order."""
    grouped: dict[YearMonth, list[tuple[date, tuple]]] = {}
    for day, things in days.items():
        grouped.setdefault((day.year, day.month), []).append((day, things))
    return grouped


def neighbour_years(year: int, years: Iterable[int]) -> tuple[int | None, int | None]:
    """Return the nearest earlier and later years that have something, or None."""
    known = set(years)
    earlier = [other for other in known if other < year]
    later = [other for other in known if other > year]
    return (max(earlier, default=None), min(later, default=None))


def month_counts(archive: Archive, year: int) -> list[tuple[int, int, int]]:
    """Return (month, beginning, continuing) for all twelve months of a year."""
    return [
        (month, archive.count(year, month), len(archive.continuing_in(year, month)))
        for month in range(1, 13)
    ]


def current_month(today: date, months: Iterable[YearMonth]) -> YearMonth | None:
    """Return today's month if it is one of the given months, else None."""
    month = (today.year, today.month)
    return month if month in set(months) else None


def start_order(start: date | datetime) -> tuple[date, int, time]:
    """Return a sort key for starts: by day, all-day before timed, then by time."""
    if isinstance(start, datetime):
        return (start.date(), 1, start.time())
    return (start, 0, time(0))
