"""iCalendar files, the feed <link>, JSON-LD and settings errors of the fixture site."""

import json
import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from tests.site.conftest import SETTINGS, SITEURL, build_site

RIGA = ZoneInfo("Europe/Riga")
CYRILLIC = re.compile("[\u0400-\u04ff]")


def calendar(site, path):
    """Parse a built .ics file back with the library that wrote it."""
    return Calendar.from_ical((site / path).read_bytes())


def events_by_uid(site, path):
    """The VEVENTs of a built .ics file, by UID."""
    return {str(event["UID"]): event for event in calendar(site, path).walk("VEVENT")}


def test_all_day_conference_has_an_exclusive_end(site):
    (event,) = calendar(site, "en/events/belgrade-conference/event.ics").walk("VEVENT")
    assert str(event["UID"]) == "article-belgrade-conference-en@network.example.org"
    assert event["DTSTART"].params["VALUE"] == "DATE"
    assert event.decoded("DTSTART") == date(2017, 6, 21)
    assert event["DTEND"].params["VALUE"] == "DATE"
    assert event.decoded("DTEND") == date(2017, 6, 23)
    assert str(event["SUMMARY"]) == "Regional conference in Belgrade"
    assert event["SUMMARY"].params["LANGUAGE"] == "en"
    assert str(event["LOCATION"]) == "Belgrade"
    assert str(event["URL"]) == f"{SITEURL}/en/events/belgrade-conference/"
    # DTSTAMP is the item's own date (2017-05-02 in Prague), never the build time.
    assert event.decoded("DTSTAMP") == datetime(2017, 5, 1, 22, tzinfo=ZoneInfo("UTC"))


def test_timed_webinar_keeps_its_zone(site):
    cal = calendar(site, "lv/events/forced-labour-webinar/event.ics")
    (event,) = cal.walk("VEVENT")
    assert event["DTSTART"].params["TZID"] == "Europe/Riga"
    assert event.decoded("DTSTART") == datetime(2027, 1, 14, 10, tzinfo=RIGA)
    assert event.decoded("DTEND") == datetime(2027, 1, 14, 12, 30, tzinfo=RIGA)
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Riga"]
    assert event["SUMMARY"].params["LANGUAGE"] == "lv"
    assert str(event["URL"]) == f"{SITEURL}/lv/events/forced-labour-webinar/"


@pytest.mark.parametrize(
    ("uid", "language", "url"),
    [
        (
            "article-belgrade-conference-lv@network.example.org",
            "en",
            "/en/events/belgrade-conference/",
        ),
        (
            "article-forced-labour-webinar-lv@network.example.org",
            "lv",
            "/lv/events/forced-labour-webinar/",
        ),
        (
            "article-hotline-volunteer-training-lv@network.example.org",
            "sr-Cyrl",
            "/sr/events/hotline-volunteer-training/",
        ),
    ],
)
def test_language_feed_has_every_event_with_the_language_of_its_text(
    site, uid, language, url
):
    event = events_by_uid(site, "lv/calendar/events.ics")[uid]
    assert event["SUMMARY"].params["LANGUAGE"] == language
    assert event["LOCATION"].params["LANGUAGE"] == language
    assert str(event["URL"]) == SITEURL + url


def test_feed_header_names_the_site_in_its_language(site):
    cal = calendar(site, "lv/calendar/events.ics")
    name = "Reģionālais tīkls cilvēku tirdzniecības novēršanai"
    assert str(cal["X-WR-CALNAME"]) == name
    assert (str(cal["NAME"]), cal["NAME"].params["LANGUAGE"]) == (name, "lv")


def test_serbian_latin_feed_is_transliterated(site):
    text = (site / "sr-latn/calendar/events.ics").read_bytes().decode("utf-8")
    assert not CYRILLIC.search(text)
    event = events_by_uid(site, "sr-latn/calendar/events.ics")[
        "article-hotline-volunteer-training-sr-Latn@network.example.org"
    ]
    assert str(event["SUMMARY"]) == "Obuka volontera SOS linije u Novom Sadu"
    assert str(event["LOCATION"]) == "Novi Sad"
    assert event["SUMMARY"].params["LANGUAGE"] == "sr-Latn"
    assert str(event["URL"]) == (
        f"{SITEURL}/sr-latn/events/hotline-volunteer-training/"
    )


def test_every_event_version_has_its_own_ics(site):
    files = sorted(
        path.relative_to(site).as_posix() for path in site.rglob("event.ics")
    )
    assert files == [
        "bg/events/belgrade-conference/event.ics",
        "en/events/belgrade-conference/event.ics",
        "en/events/quartzwhistle-briefing/event.ics",  # hidden: its page links it
        "lv/events/forced-labour-webinar/event.ics",
        "sr-latn/events/hotline-volunteer-training/event.ics",
        "sr/events/hotline-volunteer-training/event.ics",
    ]


def test_uids_and_files_are_stable_across_builds(site, tmp_path):
    again = tmp_path / "output"
    result = build_site(again)
    assert result.returncode == 0, result.stdout + result.stderr
    first = sorted(path.relative_to(site) for path in site.rglob("*.ics"))
    second = sorted(path.relative_to(again) for path in again.rglob("*.ics"))
    assert first == second
    for relative in first:
        assert sorted(events_by_uid(site, relative)) == sorted(
            events_by_uid(again, relative)
        )
        assert (site / relative).read_bytes() == (again / relative).read_bytes()


@pytest.mark.parametrize(
    "path", ["lv/", "lv/calendar/2017/06/", "lv/news/annual-report/"]
)
def test_every_page_links_its_language_feed(page, path):
    (link,) = page(path).select('head link[rel="alternate"][type="text/calendar"]')
    # Absolute: an alternate link with hreflang must be (Lighthouse's SEO audit).
    assert link["href"] == "https://network.example.org/lv/calendar/events.ics"
    assert link["hreflang"] == "lv"
    assert link["title"] == (
        "Reģionālais tīkls cilvēku tirdzniecības novēršanai (iCalendar)"
    )


@pytest.mark.parametrize(
    ("path", "kind", "language", "organisation"),
    [
        ("lv/events/forced-labour-webinar/", "Event", "lv", "Iekšlietu ministrija"),
        (
            "en/events/belgrade-conference/",
            "Event",
            "en",
            "Regional Anti-Trafficking Network secretariat",  # the site's publisher
        ),
        ("en/news/annual-report/", "NewsArticle", "en", "Network secretariat"),
        (
            "sr-latn/news/annual-report/",
            "NewsArticle",
            "sr-Latn",
            "Kancelarija za koordinaciju",
        ),
    ],
)
def test_item_pages_carry_json_ld(page, path, kind, language, organisation):
    (script,) = page(path).select('script[type="application/ld+json"]')
    data = json.loads(script.string)
    assert (data["@type"], data["inLanguage"]) == (kind, language)
    assert data["url"] == f"{SITEURL}/{path}"
    by = data["organizer" if kind == "Event" else "publisher"]
    assert (by["@type"], by["name"]) == ("Organization", organisation)


def test_json_ld_cannot_end_its_script_element(page):
    (script,) = page("en/news/fair-recruiters/").select(
        'script[type="application/ld+json"]'
    )
    assert "<" not in script.string
    assert "&" not in script.string
    assert json.loads(script.string)["headline"] == (
        'When pay < minimum: "fair" recruiters & workers\' rights'
    )


def test_pages_without_an_item_have_no_json_ld(page):
    assert page("lv/calendar/2017/06/").select("script[type]") == []


def test_wrong_calendar_settings_stop_the_build_with_every_problem(tmp_path):
    settings = tmp_path / "bad.conf.py"
    settings.write_text(
        "import runpy\n"
        f"globals().update(runpy.run_path({str(SETTINGS)!r}))\n"
        "CALENDAR_WEBCAL = 'yes'\n"
        "CALENDAR_NEWZ = False\n",
        encoding="utf-8",
    )
    result = build_site(tmp_path / "output", settings=settings)
    assert result.returncode == 1
    assert result.stderr.splitlines()[-2:] == [
        "CALENDAR_NEWZ: unknown setting. Expected one of: "
        "CALENDAR_WEBCAL, CALENDAR_NEWS, CALENDAR_DESCRIPTIONS.",
        "CALENDAR_WEBCAL: 'yes' is not valid. Expected True or False.",
    ]
    assert "Traceback" not in result.stderr
