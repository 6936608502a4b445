"""An event's days: one rule (plugins/base/event_times.py) for the events page and
the calendar."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from plugins.base.event_times import days_spanned, last_day, parse_event_moment
from plugins.base.items import Item
from plugins.multilingual.registry import Listed
from plugins.multilingual.site_pages import event_last_day, split_events

RIGA = "Europe/Riga"


def moment(value: str, zone: str = RIGA):
    return parse_event_moment(value, zone)


LAST_DAYS = [
    # start, end, last day: an end at exactly 00:00 ends the day before.
    ("2026-05-01 20:00", "2026-05-02 00:00", date(2026, 5, 1)),
    ("2026-05-01 20:00", "2026-05-02 00:01", date(2026, 5, 2)),
    ("2026-05-01 20:00", "2026-05-01 23:59", date(2026, 5, 1)),
    ("2026-05-01 20:00", "2026-05-04 00:00", date(2026, 5, 3)),
    ("2026-05-01 00:00", "2026-05-01 00:00", date(2026, 5, 1)),  # a moment
    ("2026-05-01 00:00", "2026-05-02 00:00", date(2026, 5, 1)),  # one whole day
    ("2026-05-01 10:00", None, date(2026, 5, 1)),
    ("2026-05-01", "2026-05-03", date(2026, 5, 3)),  # all-day ends are inclusive
    ("2026-05-01", None, date(2026, 5, 1)),
    # The night the clocks go back in Riga (25 October 2026) is 25 hours long.
    ("2026-10-24 22:00", "2026-10-26 00:00", date(2026, 10, 25)),
]


@pytest.mark.parametrize(("start", "end", "expected"), LAST_DAYS)
def test_last_day(start, end, expected):
    first, last = moment(start), moment(end) if end else None
    assert last_day(first, last) == expected
    assert days_spanned(first, last)[-1] == expected


def test_the_last_day_is_counted_in_the_zone_of_the_start():
    start = datetime(2026, 5, 1, 20, 0, tzinfo=ZoneInfo(RIGA))
    end = datetime(2026, 5, 1, 21, 0, tzinfo=ZoneInfo("UTC"))  # 00:00 in Riga
    assert last_day(start, end) == date(2026, 5, 1)


def event(start: str, end: str | None, slug: str = "party") -> Item:
    return Item(
        kind="events",
        lang="lv",
        slug=slug,
        title=slug,
        path=f"lv/events/{slug}/",
        source_path=f"events/{slug}.md",
        event_start=moment(start),
        event_end=moment(end) if end else None,
        timezone=RIGA,
    )


@pytest.mark.parametrize(("start", "end", "expected"), LAST_DAYS)
def test_the_events_page_and_the_calendar_agree(start, end, expected):
    item = event(start, end)
    assert event_last_day(item) == expected
    assert days_spanned(item.event_start, item.event_end)[-1] == expected


def test_an_evening_until_midnight_is_past_the_next_day():
    evening = Listed(event("2026-05-01 20:00", "2026-05-02 00:00"), foreign=False)
    upcoming, past = split_events([evening], today=date(2026, 5, 2))
    assert (upcoming, past) == ([], [evening])
    upcoming, past = split_events([evening], today=date(2026, 5, 1))
    assert (upcoming, past) == ([evening], [])
