"""The calendar's index of days: months, years, counts and neighbours."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from plugins.calendar.archive import (
    Archive,
    current_month,
    month_counts,
    neighbour_years,
    start_order,
)

RIGA = ZoneInfo("Europe/Riga")
SPANS = [
    ("conference", date(2017, 6, 21), date(2017, 6, 22)),
    ("new-year", date(2019, 12, 31), date(2020, 1, 2)),
    ("webinar", datetime(2027, 1, 14, 10, tzinfo=RIGA), None),
    ("report", date(2017, 6, 22), None),
]
ARCHIVE = Archive.from_spans(SPANS)


def test_days_are_sorted_and_keep_the_order_things_came_in():
    assert list(ARCHIVE.by_day) == sorted(ARCHIVE.by_day)
    assert ARCHIVE.by_day[date(2017, 6, 22)] == ("conference", "report")


@pytest.mark.parametrize(
    ("day", "things"),
    [
        (date(2017, 6, 21), ("conference",)),
        (date(2019, 12, 31), ("new-year",)),
        (date(2020, 1, 1), ("new-year",)),
        (date(2020, 1, 2), ("new-year",)),
        (date(2027, 1, 14), ("webinar",)),
        (date(2017, 6, 23), None),
        (date(2020, 1, 3), None),
    ],
)
def test_a_thing_is_on_every_day_it_spans(day, things):
    assert ARCHIVE.by_day.get(day) == things


def test_months_and_years_that_have_something():
    assert ARCHIVE.months() == [(2017, 6), (2019, 12), (2020, 1), (2027, 1)]
    assert ARCHIVE.years() == [2017, 2019, 2020, 2027]


@pytest.mark.parametrize(
    ("year", "month", "has_month", "has_year"),
    [(2017, 6, True, True), (2017, 7, False, True), (2018, 6, False, False)],
)
def test_has_month_and_year(year, month, has_month, has_year):
    assert ARCHIVE.has_month(year, month) is has_month
    assert ARCHIVE.has_year(year) is has_year


def test_days_in_a_month():
    assert ARCHIVE.days_in(2017, 6) == [
        (date(2017, 6, 21), ("conference",)),
        (date(2017, 6, 22), ("conference", "report")),
    ]
    assert ARCHIVE.days_in(2017, 7) == []


@pytest.mark.parametrize(
    ("year", "month", "count"),
    [
        (2017, None, 2),  # the two-day conference counts once
        (2017, 6, 2),
        (2017, 5, 0),
        (2019, 12, 1),  # an event over New Year counts in both months and years
        (2020, 1, 1),
        (2020, None, 1),
        (2021, None, 0),
    ],
)
def test_count_counts_each_thing_once(year, month, count):
    assert ARCHIVE.count(year, month) == count


def test_month_counts_lists_all_twelve_months():
    counts = month_counts(ARCHIVE, 2017)
    assert [month for month, _count in counts] == list(range(1, 13))
    assert [count for _month, count in counts] == [0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0]


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2017, (None, 2019)),
        (2019, (2017, 2020)),
        (2027, (2020, None)),
        (2024, (2020, 2027)),  # a year without anything still has neighbours
    ],
)
def test_neighbour_years_skip_empty_years(year, expected):
    assert neighbour_years(year, ARCHIVE.years()) == expected


@pytest.mark.parametrize(
    ("today", "expected"),
    [(date(2020, 1, 15), (2020, 1)), (date(2020, 2, 1), None)],
)
def test_current_month_only_when_it_has_something(today, expected):
    assert current_month(today, ARCHIVE.months()) == expected


def test_start_order_puts_all_day_before_timed_on_the_same_day():
    starts = [
        datetime(2027, 1, 14, 10, tzinfo=RIGA),
        datetime(2027, 1, 14, 9, tzinfo=RIGA),
        date(2027, 1, 14),
        date(2027, 1, 13),
    ]
    assert sorted(starts, key=start_order) == [
        date(2027, 1, 13),
        date(2027, 1, 14),
        datetime(2027, 1, 14, 9, tzinfo=RIGA),
        datetime(2027, 1, 14, 10, tzinfo=RIGA),
    ]


def test_an_empty_archive_has_no_months():
    empty = Archive.from_spans([])
    assert (empty.months(), empty.years(), empty.count(2020)) == ([], [], 0)
