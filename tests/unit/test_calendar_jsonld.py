"""schema.org JSON-LD for events and news, and its safe serialisation."""

import json
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup

from plugins.base.jsonld import jsonld_script_text
from plugins.calendar.jsonld import (
    Publisher,
    event_jsonld,
    news_jsonld,
    organization,
)

PUBLISHER = Publisher(
    "Obec Dolní Lhota", "https://example.org/", "https://example.org/logo.png"
)
ORGANIZATION = {
    "@type": "Organization",
    "name": "Obec Dolní Lhota",
    "url": "https://example.org/",
    "logo": {"@type": "ImageObject", "url": "https://example.org/logo.png"},
}
PRAGUE = ZoneInfo("Europe/Prague")


@pytest.mark.parametrize(
    ("publisher", "expected"),
    [
        (PUBLISHER, ORGANIZATION),
        (
            Publisher("Општина", "https://example.rs/"),
            {"@type": "Organization", "name": "Општина", "url": "https://example.rs/"},
        ),
    ],
)
def test_organization(publisher, expected):
    assert organization(publisher) == expected


def test_event_with_place_is_attended_in_person():
    data = event_jsonld(
        name="Jāņu svētki",
        start=date(2017, 6, 21),
        end=date(2017, 6, 22),
        url="https://example.org/lv/notikumi/jani.html",
        language="lv",
        publisher=PUBLISHER,
        location="Doma laukums",
        description="Līgo",
        image="https://example.org/images/jani.jpg",
    )
    assert data == {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "Jāņu svētki",
        "startDate": "2017-06-21",
        "endDate": "2017-06-22",
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": {"@type": "Place", "name": "Doma laukums"},
        "inLanguage": "lv",
        "url": "https://example.org/lv/notikumi/jani.html",
        "organizer": ORGANIZATION,
        "description": "Līgo",
        "image": "https://example.org/images/jani.jpg",
    }


@pytest.mark.parametrize(
    ("start", "end", "start_text", "end_text"),
    [
        (
            datetime(2018, 12, 18, 10, tzinfo=PRAGUE),
            datetime(2018, 12, 18, 16, 30, 15, 999, tzinfo=PRAGUE),
            "2018-12-18T10:00:00+01:00",
            "2018-12-18T16:30:15+01:00",
        ),
        (
            datetime(2018, 6, 18, 10, tzinfo=PRAGUE),
            None,
            "2018-06-18T10:00:00+02:00",
            "2018-06-18T10:00:00+02:00",
        ),
        (
            datetime(2018, 6, 18, 8, tzinfo=UTC),
            None,
            "2018-06-18T08:00:00+00:00",
            "2018-06-18T08:00:00+00:00",
        ),
        (date(2017, 6, 21), None, "2017-06-21", "2017-06-21"),
    ],
)
def test_event_dates_are_iso_8601(start, end, start_text, end_text):
    data = event_jsonld(
        name="Седница",
        start=start,
        end=end,
        url="https://example.org/sr-Cyrl/sednica.html",
        language="sr-Cyrl",
        publisher=PUBLISHER,
    )
    assert (data["startDate"], data["endDate"]) == (start_text, end_text)
    for absent in ("location", "eventAttendanceMode", "description", "image"):
        assert absent not in data


def test_naive_time_is_refused():
    with pytest.raises(ValueError) as error:
        event_jsonld(
            name="x",
            start=datetime(2018, 12, 18, 10),
            end=None,
            url="u",
            language="en",
            publisher=PUBLISHER,
        )
    assert str(error.value) == "jsonld: time 2018-12-18 10:00:00 has no time zone"


@pytest.mark.parametrize(
    ("modified", "modified_text"),
    [(None, "2020-07-15"), (date(2020, 7, 20), "2020-07-20")],
)
def test_news_article(modified, modified_text):
    data = news_jsonld(
        headline="Uzavírka silnice",
        published=date(2020, 7, 15),
        modified=modified,
        url="https://example.org/cs/aktuality/uzavirka.html",
        language="cs",
        publisher=PUBLISHER,
    )
    assert data == {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Uzavírka silnice",
        "datePublished": "2020-07-15",
        "dateModified": modified_text,
        "inLanguage": "cs",
        "url": "https://example.org/cs/aktuality/uzavirka.html",
        "mainEntityOfPage": "https://example.org/cs/aktuality/uzavirka.html",
        "author": ORGANIZATION,
        "publisher": ORGANIZATION,
    }


def test_news_article_with_image_and_time():
    data = news_jsonld(
        headline="Нова библиотека",
        published=datetime(2021, 3, 1, 9, tzinfo=PRAGUE),
        modified=datetime(2021, 3, 2, 9, tzinfo=PRAGUE),
        url="https://example.org/bg/novini/biblioteka.html",
        language="bg",
        publisher=PUBLISHER,
        image="https://example.org/images/lib.jpg",
    )
    assert data["image"] == "https://example.org/images/lib.jpg"
    assert data["datePublished"] == "2021-03-01T09:00:00+01:00"
    assert data["dateModified"] == "2021-03-02T09:00:00+01:00"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"b": 1, "a": "Žluťoučký"}, '{"a": "Žluťoučký", "b": 1}'),
        (
            {"name": "</script><script>alert(1)</script>"},
            '{"name": "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)'
            '\\u003c/script\\u003e"}',
        ),
        ({"name": "R&D <!-- x -->"}, '{"name": "R\\u0026D \\u003c!-- x --\\u003e"}'),
        ({"name": "a\u2028b\u2029c"}, '{"name": "a\\u2028b\\u2029c"}'),
        ({"path": "C:\\<dir>"}, '{"path": "C:\\\\\\u003cdir\\u003e"}'),
    ],
)
def test_jsonld_script_text(data, expected):
    text = jsonld_script_text(data)
    assert text == expected
    assert json.loads(text) == data


def test_script_text_survives_an_html_parser():
    data = {"name": "</script><p>Ahoj & nazdar</p>"}
    html = f'<script type="application/ld+json">{jsonld_script_text(data)}</script>'
    (script,) = BeautifulSoup(html, "html.parser").find_all("script")
    assert json.loads(script.string) == data
