"""What happens on which day: the index behind the calendar's month and year pages.

The things indexed are opaque (the handlers pass `Listed` entries); they must be
hashable, so that an event spanning several days counts once in a month or year.
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
    """Things by the days they cover; each day keeps the order they were given in."""

    by_day: Mapping[date, tuple[Any, ...]]

    @classmethod
    def from_spans(cls, spans: Iterable[Span]) -> Archive:
        """Index (thing, start, end) triples; a thing covers every day it spans."""
        grouped = group_by_day(spans)
        return cls({day: tuple(grouped[day]) for day in sorted(grouped)})

    def months(self) -> list[YearMonth]:
        """Return the (year, month) pairs that have something, in order."""
        return months_of(self.by_day)

    def years(self) -> list[int]:
        """Return the years that have something, in order."""
        return sorted({day.year for day in self.by_day})

    def has_month(self, year: int, month: int) -> bool:
        """Tell whether a month has something (asked for every page's twins)."""
        return (year, month) in self._month_set

    def has_year(self, year: int) -> bool:
        """Tell whether a year has something."""
        return year in self._year_set

    @cached_property
    def _month_set(self) -> frozenset[YearMonth]:
        return frozenset((day.year, day.month) for day in self.by_day)

    @cached_property
    def _year_set(self) -> frozenset[int]:
        return frozenset(day.year for day in self.by_day)

    def days_in(self, year: int, month: int) -> list[tuple[date, tuple[Any, ...]]]:
        """Return the month's days that have something, with their things."""
        return [
            (day, things)
            for day, things in self.by_day.items()
            if (day.year, day.month) == (year, month)
        ]

    def count(self, year: int, month: int | None = None) -> int:
        """Return how many different things fall in a year, or in one of its months."""
        things = {
            thing
            for day, on_day in self.by_day.items()
            if day.year == year and month in (None, day.month)
            for thing in on_day
        }
        return len(things)


def neighbour_years(year: int, years: Iterable[int]) -> tuple[int | None, int | None]:
    """Return the nearest earlier and later years that have something, or None."""
    known = set(years)
    earlier = [other for other in known if other < year]
    later = [other for other in known if other > year]
    return (max(earlier, default=None), min(later, default=None))


def month_counts(archive: Archive, year: int) -> list[tuple[int, int]]:
    """Return (month, count) for all twelve months of a year, empty ones as 0."""
    return [(month, archive.count(year, month)) for month in range(1, 13)]


def current_month(today: date, months: Iterable[YearMonth]) -> YearMonth | None:
    """Return today's month if it has something, else None."""
    month = (today.year, today.month)
    return month if month in set(months) else None


def start_order(start: date | datetime) -> tuple[date, int, time]:
    """Return a sort key for starts: by day, all-day before timed, then by time."""
    if isinstance(start, datetime):
        return (start.date(), 1, start.time())
    return (start, 0, time(0))
