"""The month grid: weeks of days, the template's month view and month navigation."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from plugins.calendar.grid import (
    Day,
    build_month,
    group_by_day,
    month_grid,
    months_of,
    neighbour_months,
)

MONDAY, SUNDAY = 0, 6


def first_and_last_week(year, month, first_weekday):
    """The first and last rows of a grid, as day numbers with 0 for blanks."""
    weeks = month_grid(year, month, first_weekday)
    return [[cell.day if cell else 0 for cell in weeks[n]] for n in (0, -1)]


@pytest.mark.parametrize(
    ("year", "month", "first_weekday", "weeks", "first_week", "last_week"),
    [
        # March 2020 starts on a Sunday: alone at the end of a Monday-first row.
        (2020, 3, MONDAY, 6, [0, 0, 0, 0, 0, 0, 1], [30, 31, 0, 0, 0, 0, 0]),
        (2020, 3, SUNDAY, 5, [1, 2, 3, 4, 5, 6, 7], [29, 30, 31, 0, 0, 0, 0]),
        (2020, 11, MONDAY, 6, [0, 0, 0, 0, 0, 0, 1], [30, 0, 0, 0, 0, 0, 0]),
        (2020, 11, SUNDAY, 5, [1, 2, 3, 4, 5, 6, 7], [29, 30, 0, 0, 0, 0, 0]),
        # February in a leap year, then not; February 2021 fills exactly 4 rows.
        (2024, 2, MONDAY, 5, [0, 0, 0, 1, 2, 3, 4], [26, 27, 28, 29, 0, 0, 0]),
        (2023, 2, MONDAY, 5, [0, 0, 1, 2, 3, 4, 5], [27, 28, 0, 0, 0, 0, 0]),
        (2021, 2, MONDAY, 4, [1, 2, 3, 4, 5, 6, 7], [22, 23, 24, 25, 26, 27, 28]),
        (2021, 2, SUNDAY, 5, [0, 1, 2, 3, 4, 5, 6], [28, 0, 0, 0, 0, 0, 0]),
        # A 6-week month when weeks start on Sunday.
        (2020, 8, SUNDAY, 6, [0, 0, 0, 0, 0, 0, 1], [30, 31, 0, 0, 0, 0, 0]),
    ],
)
def test_month_grid_shape(year, month, first_weekday, weeks, first_week, last_week):
    grid = month_grid(year, month, first_weekday)
    assert len(grid) == weeks
    assert all(len(week) == 7 for week in grid)
    assert first_and_last_week(year, month, first_weekday) == [first_week, last_week]


@pytest.mark.parametrize(("year", "month", "days"), [(2024, 2, 29), (2023, 2, 28)])
def test_month_grid_holds_every_day_of_the_month_once_in_order(year, month, days):
    cells = [cell for week in month_grid(year, month, MONDAY) for cell in week if cell]
    assert cells == [date(year, month, day) for day in range(1, days + 1)]


@pytest.mark.parametrize("first_weekday", [-1, 7, 1.5, 1.0, True, "0"])
def test_month_grid_refuses_an_impossible_first_weekday(first_weekday):
    with pytest.raises(ValueError) as error:
        month_grid(2020, 3, first_weekday)
    assert str(error.value) == (
        "calendar: first weekday must be 0 (Monday) to 6 (Sunday), "
        f"not {first_weekday!r}"
    )


@pytest.mark.parametrize(
    ("locale", "caption", "first_header", "first_row"),
    [
        ("en_US", "November 2020", ("Sun", "Sunday"), [1, 2, 3, 4, 5, 6, 7]),
        ("en_GB", "November 2020", ("Mon", "Monday"), [0, 0, 0, 0, 0, 0, 1]),
        ("cs_CZ", "Listopad 2020", ("po", "pondělí"), [0, 0, 0, 0, 0, 0, 1]),
        ("lv_LV", "Novembris, 2020", ("Pirmd.", "Pirmdiena"), [0, 0, 0, 0, 0, 0, 1]),
    ],
)
def test_build_month_follows_the_locale(locale, caption, first_header, first_row):
    view = build_month(2020, 11, locale, date(2020, 11, 5), {})
    assert (view.year, view.month) == (2020, 11)
    assert view.caption == caption
    assert len(view.weekdays) == 7
    assert view.weekdays[0][:2] == first_header
    assert [day.date.day if day else 0 for day in view.weeks[0]] == first_row


def test_build_month_marks_today_and_places_items_on_their_days():
    items = {
        date(2020, 11, 5): ["council meeting", "open day"],
        date(2020, 11, 30): ["concert"],
        date(2020, 12, 1): ["next month, not shown"],
    }
    view = build_month(2020, 11, "en_GB", date(2020, 11, 5), items)
    days = [day for week in view.weeks for day in week if day is not None]
    assert len(days) == 30
    assert days[4] == Day(date(2020, 11, 5), True, ("council meeting", "open day"))
    assert days[29] == Day(date(2020, 11, 30), False, ("concert",))
    assert [day.date for day in days if day.is_today] == [date(2020, 11, 5)]
    assert [day.date for day in days if day.items] == [
        date(2020, 11, 5),
        date(2020, 11, 30),
    ]
    assert view.weeks[-1] == (days[29], None, None, None, None, None, None)


def test_build_month_today_outside_the_month_marks_nothing():
    view = build_month(2024, 2, "bg_BG", date(2024, 3, 1), {})
    assert view.caption == "Февруари 2024"
    assert not any(day.is_today for week in view.weeks for day in week if day)


def test_group_by_day_spreads_multi_day_events_over_their_days():
    prague = ZoneInfo("Europe/Prague")
    spans = [
        ("festival", date(2020, 10, 31), date(2020, 11, 2)),
        ("meeting", datetime(2020, 11, 2, 10, tzinfo=prague), None),
        (
            "night",
            datetime(2020, 11, 2, 22, tzinfo=prague),
            datetime(2020, 11, 3, 0, tzinfo=prague),
        ),
    ]
    assert group_by_day(spans) == {
        date(2020, 10, 31): ["festival"],
        date(2020, 11, 1): ["festival"],
        date(2020, 11, 2): ["festival", "meeting", "night"],
    }


def test_months_of_lists_each_month_once_in_order():
    days = [date(2021, 1, 5), date(2020, 11, 2), date(2020, 11, 30), date(2020, 3, 1)]
    assert months_of(days) == [(2020, 3), (2020, 11), (2021, 1)]


@pytest.mark.parametrize(
    ("month", "expected"),
    [
        ((2020, 11), ((2020, 3), (2021, 1))),
        ((2020, 6), ((2020, 3), (2020, 11))),  # an empty month between two
        ((2020, 3), (None, (2020, 11))),
        ((2021, 1), ((2020, 11), None)),
        ((2019, 12), (None, (2020, 3))),
        ((2022, 1), ((2021, 1), None)),
    ],
)
def test_neighbour_months_skip_empty_months(month, expected):
    with_items = [(2021, 1), (2020, 3), (2020, 11)]
    assert neighbour_months(month, with_items) == expected


def test_neighbour_months_with_no_items_at_all():
    assert neighbour_months((2020, 11), []) == (None, None)


def test_build_month_gives_days_with_items_the_anchor_they_link_to():
    items = {date(2020, 11, 5): ["fair"], date(2020, 11, 6): ["fair"]}
    anchors = {date(2020, 11, 5): "day-2020-11-05", date(2020, 11, 6): "day-2020-11-05"}
    anchors[date(2020, 11, 7)] = "day-2020-11-07"  # nothing on the day: no link
    view = build_month(2020, 11, "en_GB", date(2020, 11, 5), items, anchors)
    days = {day.date.day: day.anchor for week in view.weeks for day in week if day}
    assert (days[5], days[6], days[7], days[8]) == (
        "day-2020-11-05",
        "day-2020-11-05",
        "",
        "",
    )
