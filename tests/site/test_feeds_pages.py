"""How readers find the feeds: autodiscovery, the Feeds page, RSS and footer links."""

from pathlib import Path

import feedparser
import pytest
from lxml import etree

from .conftest import SETTINGS, SITEURL, build_site
from .test_feeds import COMBINED, PREFIXES, output_file

RSS = "application/rss+xml"
ATOM = "application/atom+xml"


def feed_links(soup):
    """(type, href, hreflang) of every feed autodiscovery link in the head."""
    return [
        (link["type"], link["href"], link.get("hreflang"))
        for link in soup.head.find_all("link", rel="alternate", type=[RSS, ATOM])
    ]


def main_feed(prefix, code):
    """The autodiscovery links of a language's main feed."""
    return [
        (RSS, f"{SITEURL}/{prefix}/feeds/all.rss.xml", code),
        (ATOM, f"{SITEURL}/{prefix}/feeds/all.atom.xml", code),
    ]


@pytest.mark.parametrize(
    "path",
    [
        "lv/",
        "lv/news/annual-report/",
        "lv/events/forced-labour-webinar/",
        "lv/tags/",
        "lv/tags/konferences/",
        "lv/sitemap/",
        "lv/feeds/",
        "lv/404.html",
    ],
)
def test_every_page_announces_its_languages_main_feed(page, path):
    assert feed_links(page(path)) == main_feed("lv", "lv")


@pytest.mark.parametrize(
    ("path", "prefix", "code", "feed"),
    [
        ("en/news/", "en", "en", "news"),
        ("sr-latn/news/", "sr-latn", "sr-Latn", "news"),
        ("bg/events/", "bg", "bg", "events"),
        ("en/tags/reports/", "en", "en", "tags/reports"),
        ("sr/tags/izvestaji/", "sr", "sr-Cyrl", "tags/izvestaji"),
    ],
)
def test_lists_announce_their_own_feed_first(page, path, prefix, code, feed):
    assert feed_links(page(path)) == [
        (RSS, f"{SITEURL}/{prefix}/feeds/{feed}.rss.xml", code),
        (ATOM, f"{SITEURL}/{prefix}/feeds/{feed}.atom.xml", code),
        *main_feed(prefix, code),
    ]


def test_autodiscovery_titles_name_the_feed_and_format(page):
    titles = [
        link["title"]
        for link in page("en/tags/reports/").head.find_all("link", type=[RSS, ATOM])
    ]
    assert titles == [
        "Reports – Regional Anti-Trafficking Network (RSS)",
        "Reports – Regional Anti-Trafficking Network (Atom)",
        "Regional Anti-Trafficking Network (RSS)",
        "Regional Anti-Trafficking Network (Atom)",
    ]


def test_every_announced_feed_exists(site, page):
    for path in ["en/news/", "sr/tags/izvestaji/", "bg/events/", "cs/"]:
        for _type, href, _lang in feed_links(page(path)):
            assert output_file(site, href).is_file(), href


@pytest.mark.parametrize(
    ("path", "href"),
    [
        ("en/news/", "/en/feeds/news.rss.xml"),
        ("lv/tags/zinojumi/", "/lv/feeds/tags/zinojumi.rss.xml"),
        ("sr-latn/tags/izvestaji/", "/sr-latn/feeds/tags/izvestaji.rss.xml"),
        ("en/tags/training/", None),  # only Latvian items: no English feed
    ],
)
def test_news_and_tag_lists_link_their_rss_feed(site, page, path, href):
    link = page(path).select_one("main .feed-link a[type='application/rss+xml']")
    assert (link["href"] if link else None) == href
    if link:
        assert (site / href.lstrip("/")).is_file()
        # The icon is CSS decoration: no <img>, so the text-only view shows none.
        assert link.img is None
        assert link.select_one("span.feed-icon")["aria-hidden"] == "true"
        assert (site / "theme/images/feed.svg").is_file()


@pytest.mark.parametrize(("code", "prefix"), PREFIXES.items())
def test_footer_links_the_feeds_page(page, code, prefix):
    footer = page(f"{prefix}/news/").select_one("footer.site-footer")
    assert footer.find("a", href=f"/{prefix}/feeds/")


@pytest.mark.parametrize(("code", "prefix"), PREFIXES.items())
def test_feeds_page_lists_every_feed_of_the_language(site, page, code, prefix):
    soup = page(f"{prefix}/feeds/")
    listed = [a["href"] for a in soup.select("main .feed-line a.feed-format")]
    files = sorted((site / prefix / "feeds").rglob("*.xml"))
    expected = [f"/{file.relative_to(site).as_posix()}" for file in files]
    assert sorted(listed) == sorted([*expected, f"/{COMBINED}"])
    assert len(listed) == len(set(listed))
    assert soup.html["lang"] == code


def test_feeds_page_names_feeds_in_the_language(page):
    soup = page("lv/feeds/")
    names = [name.get_text() for name in soup.select("main .feed-name")]
    assert names[3:] == [
        "Apmācības",
        "Darba ekspluatācija",
        "Ziņojumi",
        "Visas valodas",
    ]
    assert "News" not in soup.main.get_text()


def test_bad_feeds_settings_stop_the_build_with_one_message(tmp_path):
    settings = tmp_path / "bad.conf.py"
    settings.write_text(
        "import runpy\n"
        f"globals().update(runpy.run_path({str(SETTINGS)!r}))\n"
        "FEEDS_LIMIT = 0\n"
        "FEEDS_CONTENT = 'teaser'\n",
        encoding="utf-8",
    )
    result = build_site(tmp_path / "output", settings=Path(settings))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert (
        "FEEDS_LIMIT: 0 is not valid. Expected a whole number of 1 or more.\n"
        "FEEDS_CONTENT: 'teaser' is not valid. Expected one of: 'full', 'summary'."
    ) in result.stderr
    assert not (tmp_path / "output").exists()


@pytest.mark.parametrize(("code", "prefix"), PREFIXES.items())
def test_feeds_page_has_one_line_per_subject_rss_first(page, code, prefix):
    soup = page(f"{prefix}/feeds/")
    for line in soup.select("main .feed-line"):
        formats = [a.get_text(strip=True) for a in line.select("a.feed-format")]
        assert formats in (["RSS", "Atom"], ["Atom"])  # all languages: Atom only
        assert [a["type"] for a in line.select("a.feed-format")][0] in (RSS, ATOM)
    events = soup.find(id="feed-events")
    calendar = events.select_one("a.feed-calendar")
    assert calendar["href"] == f"/{prefix}/calendar/events.ics"
    assert calendar["type"] == "text/calendar"
    assert soup.select_one("main p.feeds-how").get_text(strip=True)


def test_feeds_page_says_how_to_subscribe_in_the_language(page):
    how = page("lv/feeds/").select_one("main p.feeds-how").get_text()
    assert how.startswith("Lai sekotu kādai tēmai, nokopējiet tās RSS saites adresi")
    line = page("lv/feeds/").find(id="feed-news")
    assert [a.get_text(strip=True) for a in line("a")] == ["RSS", "Atom"]
    assert line.select_one(".feed-name").get_text() == "Jaunumi"


@pytest.mark.parametrize(
    ("feed", "stylesheet"),
    [
        ("lv/feeds/news.rss.xml", "/lv/feeds/feed.xsl"),
        ("sr-latn/feeds/all.atom.xml", "/sr-latn/feeds/feed.xsl"),
        ("feeds/all-languages.atom.xml", "/en/feeds/feed.xsl"),
    ],
)
def test_feeds_name_a_same_origin_stylesheet_that_exists(site, feed, stylesheet):
    data = (site / feed).read_bytes()
    instruction = f'<?xml-stylesheet type="text/xsl" href="{stylesheet}"?>'
    assert instruction.encode() in data.split(b"\n", 2)[1]
    parsed = feedparser.parse(data)
    assert not parsed.bozo and parsed.entries
    assert (site / stylesheet.lstrip("/")).is_file()


def test_a_feed_opened_in_a_browser_reads_as_a_page_in_its_language(site):
    transform = etree.XSLT(etree.parse(str(site / "bg/feeds/feed.xsl")))
    page = transform(etree.parse(str(site / "bg/feeds/all.rss.xml"))).getroot()
    assert page.get("lang") == "bg"
    assert page.findtext("body/main/p[@class='feed-notice']").startswith(
        "Това е канал за новини"
    )
    titles = [a.text for a in page.iterfind("body/main/ul/li/h2/a")]
    assert titles and all(titles)
