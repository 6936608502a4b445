"""Items as iCalendar entries and schema.org data: UIDs, languages, addresses."""

import json
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from plugins.base.items import Item
from plugins.base.jsonld import jsonld_script_text
from plugins.calendar.exports import (
    calendar_event,
    event_file,
    feed_head_link,
    item_jsonld,
    item_stamp,
    language_feed,
    uid_key,
)
from plugins.calendar.jsonld import Publisher

RIGA = ZoneInfo("Europe/Riga")
PRAGUE = ZoneInfo("Europe/Prague")
DOMAIN = "network.example.org"
PUBLISHER = Publisher("Iekšlietu ministrija", "https://network.example.org/lv/")
CONFERENCE = Item(
    kind="events",
    lang="en",
    slug="belgrade-conference",
    title="Regional conference in Belgrade",
    path="en/events/belgrade-conference/",
    source_path="events/conference.en.md",
    description="Two days of workshops.",
    date=datetime(2017, 5, 2, tzinfo=PRAGUE),
    event_start=date(2017, 6, 21),
    event_end=date(2017, 6, 22),
    location="Belgrade",
)
WEBINAR = Item(
    kind="events",
    lang="lv",
    slug="forced-labour-webinar",
    title="Tiešsaistes seminārs",
    path="lv/events/forced-labour-webinar/",
    source_path="events/webinar.lv.md",
    date=datetime(2026, 10, 1, tzinfo=RIGA),
    modified=datetime(2026, 10, 5, 12, tzinfo=RIGA),
    event_start=datetime(2027, 1, 14, 10, tzinfo=RIGA),
    event_end=datetime(2027, 1, 14, 12, 30, tzinfo=RIGA),
    location="Rīga",
    image="images/webinar.png",
)
REPORT = Item(
    kind="news",
    lang="lv",
    slug="annual-report",
    title="Gada ziņojums",
    path="lv/news/annual-report/",
    source_path="news/report.lv.md",
    date=datetime(2024, 3, 5, 10, tzinfo=PRAGUE),
)


def absolute(path: str) -> str:
    """The fixture site's addresses."""
    return f"https://network.example.org/{path}"


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (("article", "belgrade-conference"), "article-belgrade-conference"),
        (("article", "обука"), "article-%D0%BE%D0%B1%D1%83%D0%BA%D0%B0"),
        (("page", "a b"), "page-a%20b"),
    ],
)
def test_uid_key_is_ascii_and_from_the_key(key, expected):
    assert uid_key(key) == expected


@pytest.mark.parametrize(
    ("item", "stamp"),
    [
        (CONFERENCE, datetime(2017, 5, 2, tzinfo=PRAGUE)),
        (WEBINAR, datetime(2026, 10, 5, 12, tzinfo=RIGA)),  # Modified wins
        (CONFERENCE.with_changes(date=None), datetime(1970, 1, 1, tzinfo=UTC)),
        (
            CONFERENCE.with_changes(date=datetime(2017, 5, 2)),
            datetime(2017, 5, 2, tzinfo=UTC),
        ),
    ],
)
def test_item_stamp_is_the_last_change_with_a_zone(item, stamp):
    assert item_stamp(item) == stamp


def test_an_item_in_its_own_language_feed_has_no_text_language_of_its_own():
    event = calendar_event(WEBINAR, "lv", absolute, DOMAIN, descriptions=True)
    assert (event.uid, event.language_of_text) == (
        "article-forced-labour-webinar-lv@network.example.org",
        "",
    )
    assert event.url == "https://network.example.org/lv/events/forced-labour-webinar/"


def test_an_item_in_another_language_feed_keeps_its_own_language():
    event = calendar_event(CONFERENCE, "lv", absolute, DOMAIN, descriptions=False)
    assert event.uid == "article-belgrade-conference-lv@network.example.org"
    assert (event.lang, event.language_of_text, event.description) == ("lv", "en", "")


def test_language_feed_lists_events_soonest_first_with_their_languages():
    cal = Calendar.from_ical(
        language_feed([WEBINAR, REPORT, CONFERENCE], "lv", "Tīkls", absolute, DOMAIN)
    )
    events = cal.walk("VEVENT")
    assert [str(event["UID"]) for event in events] == [
        "article-belgrade-conference-lv@network.example.org",
        "article-forced-labour-webinar-lv@network.example.org",
    ]
    assert [event["SUMMARY"].params["LANGUAGE"] for event in events] == ["en", "lv"]
    assert str(events[0]["DESCRIPTION"]) == "Two days of workshops."
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Riga"]


def test_event_file_sits_beside_the_page_in_the_item_language():
    path, data = event_file(CONFERENCE, absolute, DOMAIN)
    assert path == "en/events/belgrade-conference/event.ics"
    (event,) = Calendar.from_ical(data).walk("VEVENT")
    assert str(event["UID"]) == "article-belgrade-conference-en@network.example.org"
    assert event.decoded("DTEND") == date(2017, 6, 23)
    assert event["SUMMARY"].params["LANGUAGE"] == "en"


def test_feed_head_link():
    assert feed_head_link("lv", "/lv/calendar/events.ics", "Tīkls (iCalendar)") == {
        "rel": "alternate",
        "type": "text/calendar",
        "href": "/lv/calendar/events.ics",
        "hreflang": "lv",
        "title": "Tīkls (iCalendar)",
    }


def test_item_jsonld_of_an_event():
    data = item_jsonld(WEBINAR, absolute, PUBLISHER)
    assert (data["@type"], data["inLanguage"], data["name"]) == (
        "Event",
        "lv",
        "Tiešsaistes seminārs",
    )
    assert data["startDate"] == "2027-01-14T10:00:00+02:00"
    assert data["organizer"]["name"] == "Iekšlietu ministrija"
    assert data["image"] == "https://network.example.org/images/webinar.png"
    assert "description" not in data  # empty values are left out


def test_item_jsonld_of_news_round_trips_through_the_script_text():
    data = json.loads(jsonld_script_text(item_jsonld(REPORT, absolute, PUBLISHER)))
    assert (data["@type"], data["inLanguage"], data["datePublished"]) == (
        "NewsArticle",
        "lv",
        "2024-03-05T10:00:00+01:00",
    )
    assert data["url"] == "https://network.example.org/lv/news/annual-report/"


@pytest.mark.parametrize(
    "item",
    [
        REPORT.with_changes(kind="page"),
        REPORT.with_changes(date=None),
        CONFERENCE.with_changes(event_start=None, event_end=None),
    ],
)
def test_item_jsonld_is_none_for_other_items(item):
    assert item_jsonld(item, absolute, PUBLISHER) is None
