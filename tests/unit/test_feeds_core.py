"""Unit tests of the pure feed builder (plugins.feeds.core) and URL absolutizer."""

import dataclasses
from datetime import UTC, datetime, timedelta, timezone

import dateutil.tz
import feedparser
import pytest
from lxml import etree

from plugins.feeds.absolute import absolutize_html, absolutize_srcset
from plugins.feeds.core import (
    FeedEntry,
    FeedInputError,
    FeedSpec,
    build_feeds,
    image_media_type,
    newest_entries,
)

RIGA = timezone(timedelta(hours=2))
SITE = "https://example.org"
NS = {
    "atom": "http://www.w3.org/2005/Atom",
    "content": "http://purl.org/rss/1.0/modules/content/",
}
FORMATS = ["rss", "atom"]


def make_spec(**changes):
    """A Latvian news feed spec, with some fields changed."""
    spec = FeedSpec(
        feed_id_url=f"{SITE}/lv/",
        self_url_rss=f"{SITE}/lv/feeds/news.rss.xml",
        self_url_atom=f"{SITE}/lv/feeds/news.atom.xml",
        site_url=f"{SITE}/lv/news/",
        title="Ziņas",
        description="Ministrijas ziņas",
        language="lv",
        author_name="Iekšlietu ministrija",
        updated_when_empty=datetime(2020, 1, 1, tzinfo=UTC),
    )
    return dataclasses.replace(spec, **changes)


def make_entry(number, **changes):
    """News item `number`, published on day `number` of March 2024 at 10:00."""
    url = f"{SITE}/lv/news/item-{number}/"
    published = datetime(2024, 3, number, 10, 0, tzinfo=RIGA)
    entry = FeedEntry(
        guid=url,
        url=url,
        title=f"Item {number}",
        summary_html=f"<p>Summary {number}</p>",
        content_html=f"<p>Content {number}</p>",
        published=published,
        updated=published,
    )
    return dataclasses.replace(entry, **changes)


def build(fmt, entries=(), **spec_changes):
    """The bytes of one feed format."""
    return getattr(build_feeds(make_spec(**spec_changes), list(entries)), fmt)


def parse(feed_bytes):
    """Parse with feedparser and insist it found nothing wrong."""
    parsed = feedparser.parse(feed_bytes)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


def xml(feed_bytes):
    """Parse the raw XML for exact checks."""
    return etree.fromstring(feed_bytes)


def xpath(feed_bytes, path):
    """Evaluate path on the raw XML, with the `atom:` and `content:` prefixes."""
    return xml(feed_bytes).xpath(path, namespaces=NS)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("language", ["cs", "lv", "sr-Cyrl", "sr-Latn", "bg", "en"])
def test_feed_language_is_the_bcp47_code(fmt, language):
    assert parse(build(fmt, [make_entry(1)], language=language)).feed.language == (
        language
    )


def test_atom_language_is_xml_lang_on_the_feed_element():
    root = xml(build("atom", language="sr-Latn"))
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "sr-Latn"


@pytest.mark.parametrize(
    ("fmt", "self_url"),
    [
        ("rss", f"{SITE}/lv/feeds/news.rss.xml"),
        ("atom", f"{SITE}/lv/feeds/news.atom.xml"),
    ],
)
def test_self_link_is_the_feed_file(fmt, self_url):
    links = parse(build(fmt, [make_entry(1)])).feed.links
    assert [link.href for link in links if link.rel == "self"] == [self_url]


@pytest.mark.parametrize("fmt", FORMATS)
def test_feed_link_is_the_human_page(fmt):
    parsed = parse(build(fmt, [make_entry(1)]))
    assert parsed.feed.link == f"{SITE}/lv/news/"


def test_rss_channel_link_element_is_the_human_page():
    assert xml(build("rss")).xpath("/rss/channel/link/text()") == [f"{SITE}/lv/news/"]


@pytest.mark.parametrize(
    ("guid", "is_permalink"),
    [
        (f"{SITE}/lv/news/item-1/", "true"),
        ("tag:example.org,2024-03-01:lv/news/item-1", "false"),
        (f"{SITE}/lv/news/old-address/", "false"),
    ],
)
def test_guid_passes_through_and_says_if_it_is_the_page(guid, is_permalink):
    rss = build("rss", [make_entry(1, guid=guid)])
    atom = build("atom", [make_entry(1, guid=guid)])
    assert xml(rss).xpath("//item/guid/@isPermaLink") == [is_permalink]
    assert [entry.id for entry in parse(rss).entries] == [guid]
    assert xpath(atom, "/atom:feed/atom:entry/atom:id/text()") == [guid]
    assert [entry.link for entry in parse(atom).entries] == [f"{SITE}/lv/news/item-1/"]


@pytest.mark.parametrize(
    ("fmt", "path", "expected"),
    [
        ("rss", "//item/pubDate/text()", ["Fri, 01 Mar 2024 10:00:00 +0200"]),
        (
            "rss",
            "/rss/channel/lastBuildDate/text()",
            ["Tue, 05 Mar 2024 09:30:00 +0200"],
        ),
        (
            "atom",
            "/atom:feed/atom:entry/atom:published/text()",
            ["2024-03-01T10:00:00+02:00"],
        ),
        (
            "atom",
            "/atom:feed/atom:entry/atom:updated/text()",
            ["2024-03-05T09:30:00+02:00"],
        ),
        ("atom", "/atom:feed/atom:updated/text()", ["2024-03-05T09:30:00+02:00"]),
    ],
)
def test_dates_come_from_the_content(fmt, path, expected):
    entry = make_entry(1, updated=datetime(2024, 3, 5, 9, 30, tzinfo=RIGA))
    feed = build(fmt, [entry])
    assert xpath(feed, path) == expected


@pytest.mark.parametrize(
    ("fmt", "path", "expected"),
    [
        (
            "rss",
            "/rss/channel/lastBuildDate/text()",
            ["Fri, 08 Mar 2024 12:00:00 +0200"],
        ),
        ("atom", "/atom:feed/atom:updated/text()", ["2024-03-08T12:00:00+02:00"]),
    ],
)
def test_feed_updated_is_the_newest_update_not_the_newest_item(fmt, path, expected):
    old_but_edited = make_entry(1, updated=datetime(2024, 3, 8, 12, tzinfo=RIGA))
    feed = build(fmt, [make_entry(4), old_but_edited, make_entry(2)])
    assert xpath(feed, path) == expected


@pytest.mark.parametrize(
    ("fmt", "path", "expected"),
    [
        (
            "rss",
            "/rss/channel/lastBuildDate/text()",
            ["Wed, 01 Jan 2020 00:00:00 +0000"],
        ),
        ("atom", "/atom:feed/atom:updated/text()", ["2020-01-01T00:00:00+00:00"]),
    ],
)
def test_empty_feed_uses_the_given_date(fmt, path, expected):
    feed = build(fmt, [])
    assert xpath(feed, path) == expected
    assert parse(feed).entries == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_is_byte_identical_even_when_the_clock_moves(fmt, monkeypatch):
    entries = [make_entry(3, image_url="a.jpg", tags=["x"]), make_entry(1)]
    first = build(fmt, entries)
    # feedgen stamps `datetime.now(dateutil.tz.tzutc())` as a default; moving that
    # "clock" to another zone changes every such stamp, so a leak would show.
    monkeypatch.setattr(
        dateutil.tz, "tzutc", lambda: timezone(timedelta(hours=9, minutes=17))
    )
    assert build(fmt, entries) == first
    assert b"python-feedgen" not in first
    assert b"<generator>Pelican</generator>" in first


TITLES = [
    "Tom & Jerry",
    "x < y > z",
    'He said "yes"',
    "It's done",
    "&amp; is not &",
    "<b>not bold</b>",
    "Национални координатор",
    "Darba grupa turpina darbu — Iekšlietu ministrija",
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("title", TITLES)
def test_titles_round_trip_exactly(fmt, title):
    parsed = parse(build(fmt, [make_entry(1, title=title)], title=title))
    assert parsed.feed.title.encode() == title.encode()
    assert [entry.title.encode() for entry in parsed.entries] == [title.encode()]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("count", "limit", "expected_days"),
    [
        (3, 50, [3, 2, 1]),
        (28, 2, [28, 27]),
        (28, 1, [28]),
    ],
)
def test_newest_items_up_to_the_limit(fmt, count, limit, expected_days):
    entries = [make_entry(day) for day in range(1, count + 1)]
    parsed = parse(build(fmt, entries, limit=limit))
    assert [entry.title for entry in parsed.entries] == [
        f"Item {day}" for day in expected_days
    ]


def test_default_limit_is_fifty():
    entries = [
        make_entry(1, guid=f"tag:example.org,2024:{n:03d}", title=str(n))
        for n in range(60)
    ]
    assert len(parse(build("rss", entries)).entries) == 50


def test_newest_first_and_ties_broken_by_guid_whatever_the_input_order():
    same_time = datetime(2024, 3, 5, 10, tzinfo=RIGA)
    tied = [make_entry(5, guid=f"tag:x,2024:{g}", published=same_time) for g in "cab"]
    entries = [make_entry(1), tied[0], make_entry(9), tied[1], tied[2]]
    expected = [make_entry(9).guid, "tag:x,2024:a", "tag:x,2024:b", "tag:x,2024:c"]
    assert [e.guid for e in newest_entries(entries, 4)] == expected
    assert [e.guid for e in newest_entries(reversed(entries), 4)] == expected


@pytest.mark.parametrize(
    ("fmt", "mode", "path", "expected"),
    [
        ("rss", "full", "//item/description/text()", ["<p>Summary 1</p>"]),
        ("rss", "full", "//item/content:encoded/text()", ["<p>Content 1</p>"]),
        ("rss", "summary", "//item/description/text()", ["<p>Summary 1</p>"]),
        ("rss", "summary", "//item/content:encoded/text()", []),
        ("atom", "full", "//atom:entry/atom:summary/text()", ["<p>Summary 1</p>"]),
        ("atom", "full", "//atom:entry/atom:content/text()", ["<p>Content 1</p>"]),
        ("atom", "full", "//atom:entry/atom:content/@type", ["html"]),
        ("atom", "summary", "//atom:entry/atom:summary/text()", ["<p>Summary 1</p>"]),
        ("atom", "summary", "//atom:entry/atom:content/text()", []),
    ],
)
def test_content_mode_chooses_summary_and_full_text(fmt, mode, path, expected):
    feed = build(fmt, [make_entry(1)], content_mode=mode)
    assert xpath(feed, path) == expected
    parse(feed)


EVENT_PREFIX = '<p class="when">12. marts, Rīga</p>'


@pytest.mark.parametrize(
    ("fmt", "path", "expected"),
    [
        ("rss", "//item/description/text()", [EVENT_PREFIX + "<p>Summary 1</p>"]),
        ("rss", "//item/content:encoded/text()", [EVENT_PREFIX + "<p>Content 1</p>"]),
        (
            "atom",
            "//atom:entry/atom:content/text()",
            [EVENT_PREFIX + "<p>Content 1</p>"],
        ),
    ],
)
def test_event_date_and_place_come_before_the_text(fmt, path, expected):
    feed = build(fmt, [make_entry(1, extra_text_html=EVENT_PREFIX)])
    assert xpath(feed, path) == expected


RELATIVE_CONTENT = (
    '<p><a href="/lv/news/x/">x</a> <img src="images/a.jpg" alt=""> '
    '<a href="../other/">o</a> <a href="mailto:info@example.org">m</a> '
    '<a href="#part-2">p</a> <a href="https://gov.example/">g</a></p>'
)
ABSOLUTE_CONTENT = (
    f'<p><a href="{SITE}/lv/news/x/">x</a> '
    f'<img src="{SITE}/lv/news/item-1/images/a.jpg" alt=""> '
    f'<a href="{SITE}/lv/news/other/">o</a> <a href="mailto:info@example.org">m</a> '
    '<a href="#part-2">p</a> <a href="https://gov.example/">g</a></p>'
)


@pytest.mark.parametrize(
    ("fmt", "path"),
    [
        ("rss", "//item/content:encoded/text()"),
        ("rss", "//item/description/text()"),
        ("atom", "//atom:entry/atom:content/text()"),
        ("atom", "//atom:entry/atom:summary/text()"),
    ],
)
def test_relative_links_in_item_html_become_absolute(fmt, path):
    entry = make_entry(1, summary_html=RELATIVE_CONTENT, content_html=RELATIVE_CONTENT)
    assert xpath(build(fmt, [entry]), path) == [ABSOLUTE_CONTENT]


@pytest.mark.parametrize("fmt", FORMATS)
def test_image_becomes_an_enclosure_and_tags_become_categories(fmt):
    entry = make_entry(1, image_url="../../images/Photo.JPG", tags=["Rīga", "EU"])
    parsed = parse(build(fmt, [entry])).entries[0]
    assert [(e.href, e.type, e.length) for e in parsed.enclosures] == [
        (f"{SITE}/lv/images/Photo.JPG", "image/jpeg", "0")
    ]
    assert [tag.term for tag in parsed.tags] == ["Rīga", "EU"]
    alternates = [link.href for link in parsed.links if link.rel == "alternate"]
    assert alternates == [f"{SITE}/lv/news/item-1/"]


@pytest.mark.parametrize(
    ("url", "media_type"),
    [
        ("https://x.org/a.jpg", "image/jpeg"),
        ("https://x.org/a.JPEG?w=2", "image/jpeg"),
        ("https://x.org/a.png", "image/png"),
        ("https://x.org/a.webp", "image/webp"),
        ("https://x.org/a.svg", "image/svg+xml"),
        ("https://x.org/photo", "application/octet-stream"),
    ],
)
def test_image_media_type(url, media_type):
    assert image_media_type(url) == media_type


@pytest.mark.parametrize(
    ("spec_changes", "entry_changes", "message"),
    [
        (
            {"content_mode": "teaser"},
            {},
            "feeds: content_mode is 'teaser'; expected one of: 'full', 'summary'",
        ),
        ({"limit": 0}, {}, "feeds: limit is 0; expected a whole number >= 1"),
        (
            {"description": " ", "author_name": ""},
            {},
            "feeds: description is empty; expected some text; "
            "author_name is empty; expected some text",
        ),
        (
            {"updated_when_empty": datetime(2020, 1, 1)},
            {"url": "/lv/news/a/", "updated": datetime(2024, 3, 1)},
            "feeds: updated_when_empty has no time zone; "
            "entry 'https://example.org/lv/news/item-1/' has the URL '/lv/news/a/'; "
            "expected an absolute URL such as 'https://example.org/en/news/item/'; "
            "entry 'https://example.org/lv/news/item-1/': updated date "
            "has no time zone",
        ),
    ],
)
def test_unusable_input_is_reported_all_at_once(spec_changes, entry_changes, message):
    with pytest.raises(FeedInputError) as raised:
        build_feeds(make_spec(**spec_changes), [make_entry(1, **entry_changes)])
    assert str(raised.value) == message


BASE = f"{SITE}/lv/news/item-1/"


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ('<a href="/lv/x/">', f'<a href="{SITE}/lv/x/">'),
        ('<a href="b/">', f'<a href="{BASE}b/">'),
        ('<a href="../b/">', f'<a href="{SITE}/lv/news/b/">'),
        ("<a href='../b/'>", f'<a href="{SITE}/lv/news/b/">'),
        ("<a href='#top' class=k>", "<a href='#top' class=k>"),
        ("<a href=mailto:a@b.lv>", "<a href=mailto:a@b.lv>"),
        ('<a href="https://a.lv/?a=1&b=2">', '<a href="https://a.lv/?a=1&b=2">'),
        ("<img src=images/a.jpg alt=x>", f'<img src="{BASE}images/a.jpg" alt=x>'),
        ('<IMG SRC="a.jpg"/>', f'<IMG SRC="{BASE}a.jpg"/>'),
        ('<a href="?p=1&amp;q=2">', f'<a href="{BASE}?p=1&amp;q=2">'),
        ('<a href="//cdn.example/x">', '<a href="https://cdn.example/x">'),
        ('<a href="mailto:a@b.lv">', '<a href="mailto:a@b.lv">'),
        ('<a href="#frag">', '<a href="#frag">'),
        ('<a href="https://a.lv/x">', '<a href="https://a.lv/x">'),
        ('<a href="">', '<a href="">'),
        (
            '<a  class = "k"  href = "x" >t &nbsp;</a>',
            f'<a  class = "k"  href = "{BASE}x" >t &nbsp;</a>',
        ),
        ('<a data-href="x" title="href=x">', '<a data-href="x" title="href=x">'),
        ("<p>href=x src=y</p>", "<p>href=x src=y</p>"),
        ('<!-- <a href="x"> -->', '<!-- <a href="x"> -->'),
        (
            '<script>var a = "<img src=x>";</script>',
            '<script>var a = "<img src=x>";</script>',
        ),
        (
            '<p>a</p>\n<p>\n<img\n src="a.png"></p>\n<a href="b">',
            f'<p>a</p>\n<p>\n<img\n src="{BASE}a.png"></p>\n<a href="{BASE}b">',
        ),
        ('<video poster="p.jpg"></video>', f'<video poster="{BASE}p.jpg"></video>'),
        (
            '<img srcset="a.jpg 1x, /b.jpg 2x">',
            f'<img srcset="{BASE}a.jpg 1x, {SITE}/b.jpg 2x">',
        ),
    ],
)
def test_absolutize_html(fragment, expected):
    assert absolutize_html(fragment, BASE) == expected


@pytest.mark.parametrize(
    ("srcset", "expected"),
    [
        ("a.jpg", f"{BASE}a.jpg"),
        ("a.jpg 480w,b.jpg 800w", f"{BASE}a.jpg 480w,{BASE}b.jpg 800w"),
        ("img.php?a=1,2 1x, c.jpg 2x", f"{BASE}img.php?a=1,2 1x, {BASE}c.jpg 2x"),
        (
            "https://x.lv/a.jpg 1x, data:image/png;base64,AA 2x",
            "https://x.lv/a.jpg 1x, data:image/png;base64,AA 2x",
        ),
    ],
)
def test_absolutize_srcset(srcset, expected):
    assert absolutize_srcset(srcset, BASE) == expected
