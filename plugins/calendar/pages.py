"""The calendar pages of one language: index, years and months, as PageSpecs."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from typing import Any

from babel import Locale

from plugins.base.dates import (
    day_heading,
    format_zone,
    month_heading,
    month_name,
)
from plugins.base.languages import Language
from plugins.calendar import paths
from plugins.calendar.archive import (
    Archive,
    Span,
    current_month,
    month_counts,
    neighbour_years,
    start_order,
)
from plugins.calendar.grid import build_month, neighbour_months
from plugins.multilingual.site_pages import DeferredContext, PageSpec

CONTINUING_ANCHOR = "continuing"  # the month page's list of continuing events
SamePageIn = Callable[[Language], tuple[str, bool]]


@dataclass(frozen=True)
class Link:
    """A link to another calendar page; `path` is None where the page has nothing."""

    path: str | None
    label: str
    count: int = 0  # things that begin in the period
    continuing: int = 0  # things that began earlier and go on in it


@dataclass(frozen=True)
class DayEntries:
    """One day of a month page's list: its anchor, heading and entries."""

    day: date
    anchor: str
    heading: str
    entries: tuple[Any, ...]


@dataclass(frozen=True)
class YearSummary:
    """One year on the calendar index, with its months that have entries."""

    link: Link
    months: tuple[Link, ...]


def entry_spans(events: Iterable[Any], news: Iterable[Any]) -> list[Span]:
    """Return events over the days they cover, then news on their publication day."""
    events = sorted(
        (entry for entry in events if entry.item.event_start is not None),
        key=_event_order,
    )
    news = sorted(
        (entry for entry in news if entry.item.date is not None),
        key=lambda entry: (entry.item.date, entry.item.slug),
    )
    spans: list[Span] = [
        (entry, entry.item.event_start, entry.item.event_end) for entry in events
    ]
    return spans + [(entry, entry.item.date.date(), None) for entry in news]


def event_page_links(item: Any, prefix: str, locale: Locale) -> dict[str, str]:
    """Return an event page's extras: its .ics, its month page, its time zone."""
    start = item.event_start
    timed = isinstance(start, datetime)
    return {
        "file": paths.event_file_path(item.path),
        "month": paths.month_path(prefix, start.year, start.month),
        "zone": format_zone(start, locale) if timed else "",
    }


def calendar_site(
    language: Language, archives: Mapping[str, Archive], today: date
) -> Iterator[PageSpec]:
    """Yield the calendar index, and a page per year and per month from the first
    entry's to the last's (empty ones say so)."""
    archive = archives[language.code]
    yield index_page(language, archives, today)
    for year in archive.years():
        yield year_page(language, archives, year)
    for year, month in archive.months():
        yield month_page(language, archives, (year, month), today)


def index_page(
    language: Language, archives: Mapping[str, Archive], today: date
) -> PageSpec:
    """Return the calendar index: every year, its months and today's month."""
    return PageSpec(
        "calendar_index.html",
        paths.calendar_path(language.prefix),
        DeferredContext(
            partial(index_context, archives[language.code], language, today)
        ),
        same_page_in=lambda other: (paths.calendar_path(other.prefix), True),
    )


def index_context(archive: Archive, language: Language, today: date) -> dict:
    """The calendar index's context (see index_page)."""
    prefix, locale = language.prefix, language.babel
    years = tuple(
        YearSummary(
            Link(paths.year_path(prefix, year), str(year), archive.count(year)),
            tuple(
                _month_link(archive, prefix, locale, year, month, month_name)
                for year_of_month, month in archive.months_with_items()
                if year_of_month == year
            ),
        )
        for year in archive.years_with_items()
    )
    now = current_month(today, archive.months())
    current = _month_link(archive, prefix, locale, *now) if now else None
    return {"years": years, "current_month": current}


def year_page(
    language: Language, archives: Mapping[str, Archive], year: int
) -> PageSpec:
    """Return a year page: the twelve months with counts, linked where they have
    a page."""
    return PageSpec(
        "calendar_year.html",
        paths.year_path(language.prefix, year),
        DeferredContext(partial(year_context, archives[language.code], language, year)),
        same_page_in=_version_in(
            archives,
            lambda other: other.has_year(year),
            lambda prefix: paths.year_path(prefix, year),
        ),
    )


def year_context(archive: Archive, language: Language, year: int) -> dict:
    """A year page's context (see year_page)."""
    prefix = language.prefix
    months = tuple(
        Link(
            paths.month_path(prefix, year, month)
            if archive.has_month(year, month)
            else None,
            month_name(month, language.babel),
            count,
            continuing,
        )
        for month, count, continuing in month_counts(archive, year)
    )
    earlier, later = neighbour_years(year, archive.years_with_items())
    return {
        "year": year,
        "months": months,
        "previous": _year_link(archive, prefix, earlier),
        "next": _year_link(archive, prefix, later),
    }


def month_page(
    language: Language,
    archives: Mapping[str, Archive],
    year_month: tuple[int, int],
    today: date,
) -> PageSpec:
    """Return a month page: the grid, what continues from earlier months, then
    what begins in the month day by day (an event once, on its first day)."""
    make = partial(month_context, archives[language.code], language, year_month, today)
    return PageSpec(
        "calendar_month.html",
        paths.month_path(language.prefix, *year_month),
        DeferredContext(make),
        same_page_in=_version_in(
            archives,
            lambda other: other.has_month(*year_month),
            lambda prefix: paths.month_path(prefix, *year_month),
        ),
    )


def month_context(
    archive: Archive, language: Language, year_month: tuple[int, int], today: date
) -> dict:
    """A month page's context (see month_page)."""
    prefix, locale = language.prefix, language.babel
    earlier, later = neighbour_months(year_month, archive.months_with_items())
    days = tuple(
        DayEntries(day, paths.day_anchor(day), day_heading(day, locale), entries)
        for day, entries in archive.days_in(*year_month)
    )
    continuing = tuple(archive.continuing_in(*year_month))
    anchors = grid_anchors(archive, days, continuing, year_month)
    return {
        "month": build_month(*year_month, locale, today, archive.by_day, anchors),
        "days": days,
        "continuing": continuing,
        "continuing_anchor": CONTINUING_ANCHOR,
        "year_link": Link(paths.year_path(prefix, year_month[0]), str(year_month[0])),
        "previous": _month_link(archive, prefix, locale, *earlier) if earlier else None,
        "next": _month_link(archive, prefix, locale, *later) if later else None,
    }


def grid_anchors(
    archive: Archive,
    days: tuple[DayEntries, ...],
    continuing: tuple[Any, ...],
    year_month: tuple[int, int],
) -> dict[date, str]:
    """Where each day of the grid links: its own heading when something begins
    on it, else the heading under which its first event is listed."""
    listed_at = {entry: day.anchor for day in days for entry in day.entries}
    listed_at.update((entry, CONTINUING_ANCHOR) for entry in continuing)
    return {
        day: listed_at[things[0]] for day, things in archive.covered_in(*year_month)
    } | {day.day: day.anchor for day in days}


def _version_in(
    archives: Mapping[str, Archive],
    has_page: Callable[[Archive], bool],
    path_in: Callable[[str], str],
) -> SamePageIn:
    """Return the same page in another language, else that language's index."""

    def version(other: Language) -> tuple[str, bool]:
        archive = archives.get(other.code)
        if archive is not None and has_page(archive):
            return path_in(other.prefix), True
        return paths.calendar_path(other.prefix), False

    return version


def _month_link(
    archive: Archive,
    prefix: str,
    locale: Locale,
    year: int,
    month: int,
    label: Callable[[int, Locale], str] | None = None,
) -> Link:
    """Return a link to a month page, labelled with its heading or a given name."""
    text = label(month, locale) if label else month_heading(year, month, locale)
    return Link(
        paths.month_path(prefix, year, month),
        text,
        archive.count(year, month),
        len(archive.continuing_in(year, month)),
    )


def _year_link(archive: Archive, prefix: str, year: int | None) -> Link | None:
    """Return a link to a year page, or None where there is no such year."""
    if year is None:
        return None
    return Link(paths.year_path(prefix, year), str(year), archive.count(year))


def _event_order(entry: Any) -> tuple:
    """Sort events by first day, all-day ones first, then by start time and slug."""
    return (*start_order(entry.item.event_start), entry.item.slug)
