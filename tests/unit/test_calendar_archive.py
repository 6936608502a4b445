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
    ("exhibition", date(2020, 1, 20), date(2020, 2, 16)),  # four weeks
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
        (date(2020, 2, 16), ("exhibition",)),
    ],
)
def test_a_thing_is_on_every_day_it_spans(day, things):
    assert ARCHIVE.by_day.get(day) == things


def test_months_and_years_that_have_something():
    assert ARCHIVE.months_with_items() == [
        (2017, 6),
        (2019, 12),
        (2020, 1),
        (2020, 2),
        (2027, 1),
    ]
    assert ARCHIVE.years_with_items() == [2017, 2019, 2020, 2027]


def test_every_month_from_the_first_to_the_last_has_a_page():
    months = ARCHIVE.months()
    assert (months[0], months[1], months[-1]) == ((2017, 6), (2017, 7), (2027, 1))
    assert len(months) == 7 + 12 * 9 + 1
    assert ARCHIVE.years() == list(range(2017, 2028))


@pytest.mark.parametrize(
    ("year", "month", "has_month", "has_year"),
    [
        (2017, 6, True, True),
        (2017, 7, True, True),  # empty, but between the first and the last
        (2018, 6, True, True),
        (2017, 5, False, True),  # before the first
        (2027, 2, False, True),  # after the last
        (2016, 12, False, False),
        (2028, 1, False, False),
    ],
)
def test_has_month_and_year(year, month, has_month, has_year):
    assert ARCHIVE.has_month(year, month) is has_month
    assert ARCHIVE.has_year(year) is has_year


@pytest.mark.parametrize(
    ("year", "month", "days"),
    [
        (  # the two-day conference once, on its first day
            2017,
            6,
            [(date(2017, 6, 21), ("conference",)), (date(2017, 6, 22), ("report",))],
        ),
        (2017, 7, []),
        (2020, 1, [(date(2020, 1, 20), ("exhibition",))]),
        (2020, 2, []),  # the exhibition goes on, but began in January
    ],
)
def test_days_in_a_month_list_what_begins_on_them(year, month, days):
    assert ARCHIVE.days_in(year, month) == days


@pytest.mark.parametrize(
    ("year", "month", "continuing"),
    [
        (2017, 6, []),  # the conference's second day is in the month it began
        (2020, 1, ["new-year"]),
        (2020, 2, ["exhibition"]),
        (2020, 3, []),
        (2019, 12, []),
    ],
)
def test_continuing_are_things_begun_in_an_earlier_month(year, month, continuing):
    assert ARCHIVE.continuing_in(year, month) == continuing


@pytest.mark.parametrize(
    ("year", "month", "count"),
    [
        (2017, None, 2),  # the two-day conference counts once
        (2017, 6, 2),
        (2017, 5, 0),
        (2019, 12, 1),  # an event over New Year counts where it begins...
        (2019, None, 1),
        (2020, 1, 1),  # ...so January counts the exhibition only
        (2020, 2, 0),
        (2020, None, 1),
        (2021, None, 0),
    ],
)
def test_count_counts_each_thing_once_where_it_begins(year, month, count):
    assert ARCHIVE.count(year, month) == count


@pytest.mark.parametrize("year", [2017, 2019, 2020, 2021, 2027])
def test_a_years_count_is_the_sum_of_its_months(year):
    months = month_counts(ARCHIVE, year)
    assert sum(count for _month, count, _continuing in months) == ARCHIVE.count(year)


def test_month_counts_lists_all_twelve_months_with_continuing_ones():
    counts = month_counts(ARCHIVE, 2020)
    assert [month for month, _count, _continuing in counts] == list(range(1, 13))
    assert [count for _month, count, _continuing in counts] == [1] + [0] * 11
    assert [continuing for *_counts, continuing in counts] == [1, 1] + [0] * 10


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
    assert neighbour_years(year, ARCHIVE.years_with_items()) == expected


@pytest.mark.parametrize(
    ("today", "expected"),
    [(date(2020, 1, 15), (2020, 1)), (date(2020, 3, 1), None)],
)
def test_current_month_only_when_it_has_something(today, expected):
    assert current_month(today, ARCHIVE.months_with_items()) == expected


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


@pytest.mark.parametrize(
    ("year", "month", "days"),
    [
        (2020, 2, [date(2020, 2, day) for day in range(1, 17)]),  # the exhibition
        (2017, 6, [date(2017, 6, 21), date(2017, 6, 22)]),
        (2018, 6, []),
    ],
)
def test_covered_in_gives_every_day_something_happens_on(year, month, days):
    assert [day for day, _things in ARCHIVE.covered_in(year, month)] == days


def test_each_languages_archive_is_made_once_per_registry():
    from plugins.calendar.handlers import language_archive

    from .multilingual_builders import event, on, registry_of

    registry = registry_of([event("lv", "seminar", on(3)), event("en", "talk", on(5))])
    lv = language_archive(registry, "lv", False)
    assert on(3) in lv.by_day
    assert language_archive(registry, "lv", False) is lv
    assert language_archive(registry, "en", False) is not lv
    revised = registry.with_items({})
    assert language_archive(revised, "lv", False) is not lv
    assert language_archive(revised, "lv", False).by_day == lv.by_day


def test_a_languages_calendar_pages_make_only_its_own_archive_until_asked():
    from types import SimpleNamespace

    from plugins.calendar.handlers import ARCHIVES, Archives, calendar_pages

    from .multilingual_builders import event, on, registry_of

    registry = registry_of([event("lv", "seminar", on(3)), event("en", "talk", on(5))])
    state = SimpleNamespace(
        registry=registry,
        settings={"CALENDAR_NEWS": False},
        today=on(1),
    )
    specs = calendar_pages(state, registry.by_code["lv"])
    assert set(ARCHIVES[registry]) == {("lv", False)}
    month = next(spec for spec in specs if spec.template == "calendar_month.html")
    english = registry.by_code["en"]
    assert month.same_page_in(english) == ("en/calendar/2024/05/", True)
    assert set(ARCHIVES[registry]) == {("lv", False), ("en", False)}
    archives = Archives(registry, False)
    assert list(archives) == list(registry.by_code) and len(archives) == 2
    assert archives.get("de") is None
