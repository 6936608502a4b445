"""Site items as feed entries: addresses, dates, tags, image and event facts."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from plugins.base.items import Item, Tag
from plugins.feeds.entries import event_facts, facts_html, feed_entry, image_address
from plugins.feeds.files import EntryMaker

PRAGUE = ZoneInfo("Europe/Prague")
RIGA = ZoneInfo("Europe/Riga")
SITE = "https://network.example.org"


def absolute(path):
    """SiteAddress.absolute of the fixture site."""
    return f"{SITE}/{path}"


REPORT = Item(
    kind="news",
    lang="en",
    slug="annual-report",
    title="Annual report on trafficking & exploitation",
    path="en/news/annual-report/",
    source_path="news/report.en.md",
    content='<p>Text</p><img src="/images/chart.png">',
    summary="<p>Summary</p>",
    date=datetime(2024, 3, 5, 10, tzinfo=PRAGUE),
    tags=(Tag("Reports", "reports"), Tag("Labour exploitation", "labour")),
    image="images/chart.png",
)
CONFERENCE = Item(
    kind="events",
    lang="en",
    slug="belgrade-conference",
    title="Regional conference in Belgrade",
    path="en/events/belgrade-conference/",
    source_path="events/conference.en.md",
    date=datetime(2017, 5, 2, tzinfo=PRAGUE),
    event_start=date(2017, 6, 21),
    event_end=date(2017, 6, 22),
    location="Belgrade",
)
WEBINAR = CONFERENCE.with_changes(
    lang="lv",
    path="lv/events/forced-labour-webinar/",
    event_start=datetime(2027, 1, 14, 10, tzinfo=RIGA),
    event_end=datetime(2027, 1, 14, 12, 30, tzinfo=RIGA),
    location="",
)
LATVIAN = {"When": "Laiks", "Where": "Vieta"}


@pytest.mark.parametrize(
    ("image", "expected"),
    [
        ("", None),
        ("images/chart.png", f"{SITE}/images/chart.png"),
        ("/images/chart.png", f"{SITE}/images/chart.png"),
        ("https://cdn.example/a.jpg", "https://cdn.example/a.jpg"),
    ],
)
def test_image_address(image, expected):
    assert image_address(image, absolute) == expected


@pytest.mark.parametrize(
    ("item", "locale", "words", "facts"),
    [
        (REPORT, "en_GB", {}, []),
        (
            CONFERENCE,
            "en_GB",
            {},
            [("When", "21–22 June 2017"), ("Where", "Belgrade")],
        ),
        (
            WEBINAR,
            "lv_LV",
            LATVIAN,
            [("Laiks", "2027. gada 14. janvāris 10:00–12:30")],
        ),
    ],
)
def test_event_facts_in_the_items_language(item, locale, words, facts):
    assert event_facts(item, locale, lambda m: words.get(m, m)) == facts


@pytest.mark.parametrize(
    ("facts", "html"),
    [
        ([], ""),
        (
            [("When", "21–22 June 2017"), ("Where", "Novi Sad")],
            '<dl class="event-facts"><dt>When</dt><dd>21–22 June 2017</dd>'
            "<dt>Where</dt><dd>Novi Sad</dd></dl>",
        ),
        (
            [("Where", 'Hall "A" < B & C')],
            '<dl class="event-facts"><dt>Where</dt>'
            '<dd>Hall "A" &lt; B &amp; C</dd></dl>',
        ),
    ],
)
def test_facts_html_is_escaped_markup(facts, html):
    assert facts_html(facts) == html


def test_feed_entry_of_a_news_item():
    entry = feed_entry(
        REPORT.with_changes(modified=datetime(2024, 3, 8, tzinfo=PRAGUE)), absolute
    )
    assert entry.guid == entry.url == f"{SITE}/en/news/annual-report/"
    assert entry.title == "Annual report on trafficking & exploitation"
    assert (entry.summary_html, entry.content_html) == (REPORT.summary, REPORT.content)
    assert entry.published == datetime(2024, 3, 5, 10, tzinfo=PRAGUE)
    assert entry.updated == datetime(2024, 3, 8, tzinfo=PRAGUE)
    assert entry.tags == ("Reports", "Labour exploitation")
    assert entry.image_url == f"{SITE}/images/chart.png"
    assert entry.extra_text_html is None
    assert entry.language == "en"


def test_EntryMaker_writes_facts_in_each_items_language_once():
    asked = []

    def latvian(message):
        asked.append(message)
        return LATVIAN[message]

    entry_of = EntryMaker(
        absolute, {"en": "en_GB", "lv": "lv_LV"}, {"en": str, "lv": latvian}
    )
    first = entry_of(WEBINAR)
    assert entry_of(WEBINAR) is first
    assert asked == ["When"]
    assert first.extra_text_html == (
        '<dl class="event-facts"><dt>Laiks</dt>'
        "<dd>2027. gada 14. janvāris 10:00–12:30</dd></dl>"
    )
    assert "June 2017" in entry_of(CONFERENCE).extra_text_html


def test_entry_digests_tell_entries_apart_and_are_made_once():
    maker = EntryMaker(absolute, {"en": "en_GB", "lv": "lv_LV"}, {"en": str, "lv": str})
    first = maker.digest_of(WEBINAR)
    assert maker.digest_of(WEBINAR) is first
    assert maker.digest_of(CONFERENCE) != first
    assert len(first) == 40
