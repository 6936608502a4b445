"""Each language site lists its own items first, then those only in others."""

import feedparser
import pytest

from .conftest import SITEURL


def titles_in(container) -> list[tuple[str, str | None]]:
    """(href, lang) of each entry link directly listed in a container."""
    return [
        (link["href"], link.get("lang"))
        for link in container.select(":scope > ul.entries .entry-title a")
    ]


def latest_news(soup):
    """The home's "Latest news" section."""
    return soup.find(id="latest-news").parent


def test_the_english_home_lists_its_own_news_then_the_others_in_a_block(page):
    news = latest_news(page("en/"))
    assert titles_in(news) == [
        ("/en/news/annual-report/", None),
        ("/en/news/fair-recruiters/", None),
    ]
    block = news.select_one("section.elsewhere")
    assert block.h3.get_text() == "Also in other languages"
    assert titles_in(block) == [
        ("/lv/news/riga-seminar/", "lv"),
        ("/cs/news/working-group/", "cs"),
    ]
    labels = [span.get_text() for span in block.select(".lang-label")]
    assert labels == ["(Latvian)", "(Czech)"]


@pytest.mark.parametrize(
    ("prefix", "heading"),
    [
        ("lv", "Arī citās valodās"),
        ("cs", "Také v jiných jazycích"),
        ("sr", "Такође на другим језицима"),
        ("sr-latn", "Takođe na drugim jezicima"),
        ("bg", "Също на други езици"),
    ],
)
def test_the_block_is_labelled_in_the_page_language(page, prefix, heading):
    block = latest_news(page(f"{prefix}/")).select_one("section.elsewhere")
    assert block.h3.get_text() == heading
    assert all(link.get("lang") for link in block.select(".entry-title a"))


def test_the_news_list_keeps_the_order_and_archives_keep_dates(page):
    news = page("lv/news/").find("h1").parent
    assert titles_in(news) == [
        ("/lv/news/annual-report/", None),
        ("/lv/news/riga-seminar/", None),
    ]
    others = news.select_one("section.elsewhere")
    assert others.h2.get_text() == "Arī citās valodās"
    assert [href for href, _lang in titles_in(others)] == [
        "/cs/news/working-group/",
        "/en/news/fair-recruiters/",
    ]
    # The site map is an archive: everything by date, own and others mixed.
    sitemap = [a["href"] for a in page("lv/sitemap/").select("#sitemap-news ~ ul a")]
    assert sitemap[:3] == [
        "/lv/news/annual-report/",
        "/lv/news/riga-seminar/",
        "/cs/news/working-group/",
    ]


def test_upcoming_events_of_other_languages_come_after_the_own(page):
    upcoming = page("sr/events/").find(id="upcoming").parent
    assert [href for href, _ in titles_in(upcoming)] == [
        "/sr/events/hotline-volunteer-training/"
    ]
    others = upcoming.select_one("section.elsewhere")
    assert [href for href, lang in titles_in(others)] == [
        "/lv/events/forced-labour-webinar/"
    ]


@pytest.mark.parametrize("prefix", ["lv", "en", "sr", "bg"])
def test_the_language_feed_holds_what_the_home_lists_as_its_own(site, page, prefix):
    own = [href for href, _ in titles_in(latest_news(page(f"{prefix}/")))]
    feed = feedparser.parse((site / prefix / "feeds/news.rss.xml").read_bytes())
    links = [entry.link.removeprefix(SITEURL) for entry in feed.entries]
    assert links[: len(own)] == own
    assert all(link.startswith(f"/{prefix}/") for link in links)
