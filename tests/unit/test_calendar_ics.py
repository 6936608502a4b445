"""iCalendar output: parsed back field by field, exact dates, folding, stable bytes."""

import subprocess
import sys
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from plugins.calendar.ics import (
    PRODID,
    CalendarEvent,
    event_calendar,
    single_event_calendar,
)

PRAGUE = ZoneInfo("Europe/Prague")
RIGA = ZoneInfo("Europe/Riga")
ROOT = Path(__file__).resolve().parents[2]

FESTIVAL = CalendarEvent(
    uid_key="midsummer-festival",
    lang="lv",
    domain="example.org",
    title="Jāņu svētki",
    start=date(2017, 6, 21),
    end=date(2017, 6, 22),
    url="https://example.org/lv/notikumi/jāņi.html",
    stamp=datetime(2017, 5, 2, 9, 30, tzinfo=RIGA),
    location="Rīga, Doma laukums",
    description="Līgo; dziesmas, dejas\nun siers.",
)
MEETING = CalendarEvent(
    uid_key="council-2018-12",
    lang="sr-Cyrl",
    domain="example.org",
    title="Седница општинског већа",
    start=datetime(2018, 12, 18, 10, tzinfo=PRAGUE),
    end=datetime(2018, 12, 18, 16, tzinfo=PRAGUE),
    url="https://example.org/sr-Cyrl/events/council.html",
    stamp=datetime(2018, 12, 1, 8, 0, tzinfo=UTC),
)
LONG_TEXT = (
    "Заседание на общинския съвет за приемане на бюджета за следващата година, "
    "отчета на кмета и обсъждане на предложенията на гражданите "
) * 3


def parse(data: bytes) -> Calendar:
    """Parse iCalendar bytes back with the library that wrote them."""
    return Calendar.from_ical(data)


def only_event(data: bytes):
    """The single VEVENT of a calendar."""
    (event,) = parse(data).walk("VEVENT")
    return event


def test_calendar_header_fields():
    cal = parse(event_calendar([FESTIVAL], "Notikumi", "lv"))
    assert str(cal["PRODID"]) == PRODID
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["CALSCALE"]) == "GREGORIAN"
    assert str(cal["METHOD"]) == "PUBLISH"
    assert str(cal["X-WR-CALNAME"]) == "Notikumi"
    assert str(cal["NAME"]) == "Notikumi"
    assert cal["NAME"].params["LANGUAGE"] == "lv"


def test_all_day_event_fields():
    event = only_event(event_calendar([FESTIVAL], "Notikumi", "lv"))
    assert str(event["UID"]) == "midsummer-festival-lv@example.org"
    assert event.decoded("DTSTAMP") == datetime(2017, 5, 2, 6, 30, tzinfo=UTC)
    assert event["DTSTART"].params["VALUE"] == "DATE"
    assert event.decoded("DTSTART") == date(2017, 6, 21)
    assert event["DTEND"].params["VALUE"] == "DATE"
    assert event.decoded("DTEND") == date(2017, 6, 23)
    assert str(event["SUMMARY"]) == "Jāņu svētki"
    assert str(event["LOCATION"]) == "Rīga, Doma laukums"
    assert str(event["DESCRIPTION"]) == "Līgo; dziesmas, dejas\nun siers."
    for name in ("SUMMARY", "LOCATION", "DESCRIPTION"):
        assert event[name].params["LANGUAGE"] == "lv"
    assert str(event["URL"]) == ("https://example.org/lv/notikumi/j%C4%81%C5%86i.html")


def test_all_day_event_raw_lines():
    lines = event_calendar([FESTIVAL], "Notikumi", "lv").split(b"\r\n")
    assert b"DTSTART;VALUE=DATE:20170621" in lines
    assert b"DTEND;VALUE=DATE:20170623" in lines
    assert b"DTSTAMP:20170502T063000Z" in lines
    assert "SUMMARY;LANGUAGE=lv:Jāņu svētki".encode() in lines
    assert b"BEGIN:VTIMEZONE" not in lines


@pytest.mark.parametrize(
    ("start", "end", "exclusive_end"),
    [
        (date(2017, 6, 21), date(2017, 6, 22), date(2017, 6, 23)),
        (date(2017, 6, 21), None, date(2017, 6, 22)),
        (date(2017, 6, 30), date(2017, 6, 30), date(2017, 7, 1)),
        (date(2020, 12, 31), date(2021, 1, 1), date(2021, 1, 2)),
        (date(2024, 2, 28), date(2024, 2, 28), date(2024, 2, 29)),
    ],
)
def test_all_day_dtend_is_the_day_after_the_last_day(start, end, exclusive_end):
    event = only_event(single_event_calendar(replace(FESTIVAL, start=start, end=end)))
    assert event.decoded("DTSTART") == start
    assert event.decoded("DTEND") == exclusive_end


def test_timed_event_has_tzid_and_matching_vtimezone():
    data = event_calendar([MEETING], "Догађаји", "sr-Cyrl")
    lines = data.split(b"\r\n")
    assert b"DTSTART;TZID=Europe/Prague:20181218T100000" in lines
    assert b"DTEND;TZID=Europe/Prague:20181218T160000" in lines
    cal = parse(data)
    assert [zone["TZID"] for zone in cal.walk("VTIMEZONE")] == ["Europe/Prague"]
    assert lines.index(b"BEGIN:VTIMEZONE") < lines.index(b"BEGIN:VEVENT")
    event = only_event(data)
    assert event.decoded("DTSTART") == MEETING.start
    assert event.decoded("DTEND") == MEETING.end
    assert event["SUMMARY"].params["LANGUAGE"] == "sr-Cyrl"
    assert str(event["UID"]) == "council-2018-12-sr-Cyrl@example.org"
    assert "LOCATION" not in event
    assert "DESCRIPTION" not in event


def test_vtimezone_gives_the_offsets_in_force_at_the_event():
    cal = parse(event_calendar([MEETING], "Догађаји", "sr-Cyrl"))
    (zone,) = cal.walk("VTIMEZONE")
    standard = zone.walk("STANDARD")
    assert standard
    assert {part.decoded("TZOFFSETTO") for part in standard} == {timedelta(hours=1)}


def test_one_vtimezone_per_zone_sorted_by_name():
    riga = replace(
        MEETING,
        uid_key="riga",
        start=datetime(2019, 3, 1, 9, tzinfo=RIGA),
        end=datetime(2019, 3, 1, 12, tzinfo=RIGA),
    )
    also_prague = replace(MEETING, uid_key="again")
    cal = parse(event_calendar([riga, MEETING, also_prague], "x", "sr-Cyrl"))
    zones = [str(zone["TZID"]) for zone in cal.walk("VTIMEZONE")]
    assert zones == ["Europe/Prague", "Europe/Riga"]


@pytest.mark.parametrize(
    ("start", "line"),
    [
        (datetime(2018, 12, 18, 9, tzinfo=UTC), b"DTSTART:20181218T090000Z"),
        (
            datetime(2018, 12, 18, 9, tzinfo=ZoneInfo("UTC")),
            b"DTSTART:20181218T090000Z",
        ),
        (
            datetime(2018, 12, 18, 11, tzinfo=timezone(timedelta(hours=2))),
            b"DTSTART:20181218T090000Z",
        ),
    ],
)
def test_utc_and_fixed_offsets_are_written_as_utc_without_vtimezone(start, line):
    event = replace(MEETING, start=start, end=None)
    lines = single_event_calendar(event).split(b"\r\n")
    assert line in lines
    assert b"BEGIN:VTIMEZONE" not in lines
    assert not any(raw.startswith(b"DTEND") for raw in lines)


def test_text_language_can_differ_from_the_page_language():
    untranslated = replace(MEETING, lang="sr-Latn", language_of_text="sr-Cyrl")
    event = only_event(single_event_calendar(untranslated))
    assert str(event["UID"]) == "council-2018-12-sr-Latn@example.org"
    assert event["SUMMARY"].params["LANGUAGE"] == "sr-Cyrl"


def test_single_event_calendar_is_named_after_the_event():
    cal = parse(single_event_calendar(MEETING))
    assert str(cal["X-WR-CALNAME"]) == "Седница општинског већа"
    assert cal["NAME"].params["LANGUAGE"] == "sr-Cyrl"
    assert len(cal.walk("VEVENT")) == 1


def test_feed_keeps_every_event_in_the_given_order():
    second = replace(FESTIVAL, uid_key="second", start=date(2016, 1, 1), end=None)
    cal = parse(event_calendar([FESTIVAL, second], "Notikumi", "lv"))
    uids = [str(event["UID"]) for event in cal.walk("VEVENT")]
    assert uids == ["midsummer-festival-lv@example.org", "second-lv@example.org"]


def test_feed_refuses_events_of_another_language():
    with pytest.raises(ValueError) as error:
        event_calendar([FESTIVAL, MEETING], "Notikumi", "lv")
    assert str(error.value) == (
        "calendar: the 'lv' feed got events in other languages: "
        "council-2018-12-sr-Cyrl@example.org"
    )


def test_stamp_without_time_zone_is_refused():
    with pytest.raises(ValueError) as error:
        single_event_calendar(replace(FESTIVAL, stamp=datetime(2017, 5, 2)))
    assert str(error.value) == (
        "calendar: stamp of midsummer-festival-lv@example.org has no time zone"
    )


def test_impossible_times_are_refused():
    with pytest.raises(ValueError, match="before it starts"):
        single_event_calendar(replace(FESTIVAL, end=date(2017, 6, 20)))


@pytest.mark.parametrize(
    "event",
    [
        replace(MEETING, title=LONG_TEXT, description=LONG_TEXT, location=LONG_TEXT),
        replace(FESTIVAL, title="Ļļ" * 80, description="ārkārtas sēde; " * 20),
        replace(FESTIVAL, title="x" * 73 + "ž" * 10),
    ],
    ids=["bulgarian", "latvian", "boundary"],
)
def test_lines_fold_at_75_octets_without_splitting_characters(event):
    data = single_event_calendar(event)
    assert data.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert b"\r" not in data.replace(b"\r\n", b"")
    lines = data.split(b"\r\n")
    assert any(line.startswith(b" ") for line in lines)  # something was folded
    for line in lines:
        assert len(line) <= 75, line
        line.decode("utf-8")  # raises if a character was cut in two
    assert str(only_event(data)["SUMMARY"]) == event.title


def test_same_input_gives_identical_bytes():
    events = [FESTIVAL, replace(FESTIVAL, uid_key="b", title=LONG_TEXT)]
    assert event_calendar(events, "Notikumi", "lv") == event_calendar(
        events, "Notikumi", "lv"
    )


def test_bytes_do_not_depend_on_hash_seed():
    script = (
        "import sys;from tests.unit.test_calendar_ics import two_zone_feed;"
        "sys.stdout.buffer.write(two_zone_feed())"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            cwd=ROOT,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
            capture_output=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1
    assert outputs == {two_zone_feed()}


def two_zone_feed() -> bytes:
    """A feed whose time zones could come out in any order if taken from a set."""
    zones = ["Europe/Riga", "Europe/Prague", "Europe/Sofia", "Europe/Belgrade"]
    events = [
        replace(
            MEETING,
            uid_key=name,
            start=datetime(2018, 12, 18, 10, tzinfo=ZoneInfo(name)),
            end=datetime(2018, 12, 18, 16, tzinfo=ZoneInfo(name)),
        )
        for name in zones
    ]
    return event_calendar(events, "Догађаји", "sr-Cyrl")
