"""Years the site accepts, event length, and local times the clocks skip or repeat."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from plugins.base.event_times import clock_change, is_skipped, parse_event_moment
from plugins.checks.core import check_file_text
from plugins.checks.options import CheckOptions

EVENT = "Title: Seminārs\nDate: 2020-01-01\nLang: lv\nLocation: Rīga\n"  # line 5 next
RIGA = CheckOptions(timezone="Europe/Riga")
RIGA_ZONE = ZoneInfo("Europe/Riga")


def report(text, path="events/a.md", options=RIGA):
    return [problem.describe() for problem in check_file_text(path, text, options)]


def event_with(key, value):
    """An event whose `key` has `value`, and the line it is on."""
    fields = {"Title": "Seminārs", "Date": "2020-01-01", "Lang": "lv"}
    fields |= {"Location": "Rīga", "Event-start": "2020-01-02", key: value}
    lines = [f"{name}: {text}" for name, text in fields.items()]
    return "\n".join(lines) + "\n\nText.", list(fields).index(key) + 1


@pytest.mark.parametrize("year", ["0000", "0001", "1000", "1899", "2201", "9999"])
@pytest.mark.parametrize("key", ["Date", "Modified", "Event-start", "Event-end"])
def test_years_outside_1900_to_2200_are_errors(key, year):
    text, line = event_with(key, f"{year}-12-31")
    assert report(text) == [
        f'events/a.md:{line}: error: {key} "{year}-12-31" is outside the years 1900'
        " to 2200. Fix: check the year."
    ]


@pytest.mark.parametrize("value", ["1900-01-01", "2200-12-31 23:59"])
def test_the_first_and_last_years_are_fine(value):
    assert report(EVENT + f"Event-start: {value}\n\nText.") == []


def test_an_event_longer_than_400_days_is_an_error():
    text = EVENT + "Event-start: 2020-01-01 10:00\nEvent-end: 2021-02-05 10:00\n\nText."
    assert report(text) == [
        'events/a.md:6: error: Event-end "2021-02-05 10:00" is 401 days after'
        " Event-start;"
        " an event may last at most 400 days. Fix: check the years; publish a longer"
        " programme as separate events."
    ]


def test_an_event_of_400_days_is_fine():
    assert (
        report(EVENT + "Event-start: 2020-01-01\nEvent-end: 2021-02-04\n\nText.") == []
    )


def test_a_time_the_clocks_skip_is_an_error():
    text = EVENT + "Event-start: 2021-03-28 03:30\n\nText."
    assert report(text) == [
        'events/a.md:5: error: Event-start "2021-03-28 03:30" does not exist in'
        " Europe/Riga: the clocks jump from 03:00 to 04:00 that night. Fix: write the"
        ' time the clocks show, e.g. "2021-03-28 04:30".'
    ]


def test_the_timezone_line_decides_which_times_are_skipped():
    text = "Event-end: 2021-03-14 02:15\nTimezone: America/New_York\n\nText."
    text = EVENT + "Event-start: 2021-03-28 03:30\n" + text
    assert report(text) == [
        'events/a.md:6: error: Event-end "2021-03-14 02:15" does not exist in'
        " America/New_York: the clocks jump from 02:00 to 03:00 that night. Fix:"
        ' write the time the clocks show, e.g. "2021-03-14 03:15".',
        'events/a.md:6: error: Event-end "2021-03-14 02:15" is before Event-start'
        ' "2021-03-28 03:30". Fix: check both dates; the end must not come before'
        " the start.",
    ]


def test_a_time_the_clocks_show_twice_is_a_warning_naming_the_one_used():
    text = EVENT + "Event-start: 2021-10-31 03:30\n\nText."
    assert report(text) == [
        'events/a.md:5: warning: Event-start "2021-10-31 03:30" happens twice in'
        " Europe/Riga: the clocks go back from 04:00 to 03:00 that night; the site"
        " uses the first one (UTC+03:00). Fix: choose a time outside that hour, or"
        " say in the text which one is meant."
    ]


def test_the_site_timezone_applies_without_a_timezone_line():
    text = EVENT + "Event-start: 2021-03-28 03:30\n\nText."
    assert report(text, options=CheckOptions(timezone="Europe/Prague")) == []
    assert len(report(text, options=CheckOptions(timezone="Europe/Riga"))) == 1


@pytest.mark.parametrize(
    ("moment", "skipped", "change"),
    [
        (datetime(2021, 3, 28, 3, 30), True, ("03:00", "04:00")),
        (datetime(2021, 3, 28, 3, 0), True, ("03:00", "04:00")),
        (datetime(2021, 3, 28, 4, 0), False, None),
        (datetime(2021, 10, 31, 3, 0), False, ("04:00", "03:00")),
        (datetime(2021, 10, 31, 3, 59), False, ("04:00", "03:00")),
        (datetime(2021, 10, 31, 4, 0), False, None),
        (datetime(2021, 6, 1, 3, 30), False, None),
    ],
)
def test_clock_changes(moment, skipped, change):
    assert is_skipped(moment, RIGA_ZONE) is skipped
    found = clock_change(moment, RIGA_ZONE)
    assert (tuple(f"{when:%H:%M}" for when in found) if found else None) == change


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-03-28 03:30", "2021-03-28T04:30:00+03:00"),  # what the checks suggest
        ("2021-10-31 03:30", "2021-10-31T03:30:00+03:00"),  # the first of the two
        ("2021-06-01 10:00", "2021-06-01T10:00:00+03:00"),
    ],
)
def test_the_build_reads_event_times_as_the_checks_describe(value, expected):
    moment = parse_event_moment(value, "Europe/Riga")
    assert moment.isoformat() == expected
    assert f"{moment:%H:%M}" == expected[11:16]  # what the page shows


def test_the_build_reads_all_day_events_as_dates():
    assert parse_event_moment("2021-03-28", "Europe/Riga") == date(2021, 3, 28)
