"""feed.xsl: a feed opened in a browser reads as a page; readers get the plain feed."""

from datetime import UTC, datetime

import feedparser
import pytest
from lxml import etree

from plugins.feeds.core import FeedEntry, FeedSpec, build_feeds
from plugins.feeds.stylesheet import StylesheetWords, feed_stylesheet, with_stylesheet

WORDS = StylesheetWords(
    notice="Šī ir ziņu plūsma.",
    back="Atpakaļ uz vietni",
    stylesheet_link="/theme/css/site.css",
)
WHEN = datetime(2024, 3, 5, 10, 0, tzinfo=UTC)
SPEC = FeedSpec(
    feed_id_url="https://example.org/lv/feeds/all.atom.xml",
    self_url_rss="https://example.org/lv/feeds/all.rss.xml",
    self_url_atom="https://example.org/lv/feeds/all.atom.xml",
    site_url="https://example.org/lv/",
    title="Reģionālais tīkls",
    description="Jaunumi un pasākumi",
    language="lv",
    author_name="Iekšlietu ministrija",
    updated_when_empty=WHEN,
    stylesheet="/lv/feeds/feed.xsl",
)
ENTRY = FeedEntry(
    guid="https://example.org/lv/news/report/",
    url="https://example.org/lv/news/report/",
    title="Gada ziņojums <2024>",
    summary_html="<p>Kopsavilkums</p>",
    content_html="",
    published=WHEN,
    updated=WHEN,
)


@pytest.fixture(name="files", scope="module")
def files_fixture():
    return build_feeds(SPEC, [ENTRY])


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_each_feed_names_the_stylesheet_and_stays_a_plain_feed(files, kind):
    data = getattr(files, kind)
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n")
    assert b'<?xml-stylesheet type="text/xsl" href="/lv/feeds/feed.xsl"?>' in data
    parsed = feedparser.parse(data)
    assert not parsed.bozo
    assert [entry.title for entry in parsed.entries] == ["Gada ziņojums <2024>"]


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_the_stylesheet_shows_either_format_as_a_page(files, kind):
    transform = etree.XSLT(etree.fromstring(feed_stylesheet(WORDS)))
    page = transform(etree.fromstring(getattr(files, kind)))
    root = page.getroot()
    assert root.tag == "html" and root.get("lang") == "lv"
    assert root.findtext("head/title") == "Reģionālais tīkls"
    assert root.find("head/link").attrib == {
        "rel": "stylesheet",
        "href": "/theme/css/site.css",
    }
    main = root.find("body/main")
    assert main.findtext("p[@class='feed-notice']") == "Šī ir ziņu plūsma."
    assert main.findtext("h1") == "Reģionālais tīkls"
    assert main.findtext("p[@class='feed-description']") == "Jaunumi un pasākumi"
    back = main.find("p/a")
    assert (back.get("href"), back.text) == (
        "https://example.org/lv/",
        "Atpakaļ uz vietni",
    )
    links = [(a.get("href"), a.text) for a in main.iterfind(".//li/h2/a")]
    assert links == [("https://example.org/lv/news/report/", "Gada ziņojums <2024>")]
    # Nothing the Content-Security-Policy would block: no script, no inline style.
    assert not page.xpath("//script|//style|//@style|//@*[starts-with(name(), 'on')]")


def test_a_path_with_quotes_cannot_break_out_of_the_instruction():
    data = with_stylesheet(b"<rss/>", '/a"b?>c.xsl')
    assert b'href="/a&quot;b?&gt;c.xsl"?>' in data
    assert etree.fromstring(data).tag == "rss"
