"""The fixture site's feeds as a feed reader meets them."""

import re
from datetime import date

import feedparser
import pytest
from lxml import etree

from plugins.base.dates import format_event_when
from tools.catalogs import po_path, read_catalog

from .conftest import SITEURL, build_site

PREFIXES = {
    "cs": "cs",
    "lv": "lv",
    "sr-Cyrl": "sr",
    "sr-Latn": "sr-latn",
    "bg": "bg",
    "en": "en",
}
CATALOGS = {"cs": "cs", "lv": "lv", "sr-Cyrl": "sr", "sr-Latn": "sr_Latn", "bg": "bg"}
SECTIONS = ["all", "news", "events"]
FORMATS = ["rss", "atom"]
COMBINED = "feeds/all-languages.atom.xml"


def feed_paths(site):
    """Every feed file of the site, site-relative."""
    found = sorted(site.glob("*/feeds/**/*.xml")) + [site / COMBINED]
    return [path.relative_to(site).as_posix() for path in found]


def parse(site, path):
    """A feed parsed by feedparser, which must find nothing wrong."""
    parsed = feedparser.parse((site / path).read_bytes())
    assert not parsed.bozo, f"{path}: {parsed.get('bozo_exception')}"
    return parsed


def output_file(site, url):
    """The built file an absolute address of the site is served from."""
    assert url.startswith(SITEURL + "/"), url
    path = url[len(SITEURL) + 1 :]
    return site / (path + "index.html" if path == "" or path.endswith("/") else path)


def translated(code, message):
    """A message in a language's interface catalog (English as written)."""
    if code not in CATALOGS:
        return message
    return read_catalog(po_path(CATALOGS[code]), CATALOGS[code])[message].string


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("section", SECTIONS)
@pytest.mark.parametrize(("code", "prefix"), PREFIXES.items())
def test_every_language_has_rss_and_atom_for_each_section(
    site, code, prefix, section, fmt
):
    parsed = parse(site, f"{prefix}/feeds/{section}.{fmt}.xml")
    assert parsed.feed.language == code


def test_every_feed_parses_and_says_its_language(site):
    paths = feed_paths(site)
    assert "sr-latn/feeds/tags/izvestaji.rss.xml" in paths
    by_prefix = {prefix: code for code, prefix in PREFIXES.items()}
    for path in paths:
        expected = by_prefix.get(path.split("/")[0], "en")  # combined: English words
        assert parse(site, path).feed.language == expected, path


def test_every_item_links_to_a_built_page_and_is_its_own_guid(site):
    for path in feed_paths(site):
        for entry in parse(site, path).entries:
            assert output_file(site, entry.link).is_file(), (path, entry.link)
            assert entry.id == entry.link
    for path in [p for p in feed_paths(site) if p.endswith(".rss.xml")]:
        channel = etree.parse(site / path).getroot()
        assert set(channel.xpath("//item/guid/@isPermaLink")) <= {"true"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_self_link_comes_first_and_is_the_file(site, fmt):
    path = f"lv/feeds/tags/zinojumi.{fmt}.xml"
    root = etree.parse(site / path).getroot()
    links = root.xpath("//*[local-name()='link'][@href]")
    assert (links[0].get("rel"), links[0].get("href")) == ("self", f"{SITEURL}/{path}")


def test_two_builds_give_byte_identical_feeds(site, tmp_path):
    again = tmp_path / "again"
    result = build_site(again)
    assert result.returncode == 0, result.stderr
    assert feed_paths(again) == feed_paths(site)
    changed = [
        path
        for path in feed_paths(site)
        if (again / path).read_bytes() != (site / path).read_bytes()
    ]
    assert changed == []


ESCAPED_TITLES = [
    (
        "Annual report on trafficking & exploitation",
        b"Annual report on trafficking &amp; exploitation",
    ),
    (
        'When pay < minimum: "fair" recruiters & workers\' rights',
        b'When pay &lt; minimum: "fair" recruiters &amp; workers\' rights',
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("title", "raw"), ESCAPED_TITLES)
def test_titles_with_markup_characters_are_escaped(site, fmt, title, raw):
    path = f"en/feeds/news.{fmt}.xml"
    assert raw in (site / path).read_bytes()
    assert title in [entry.title for entry in parse(site, path).entries]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("prefix", "title"),
    [
        ("lv", "Seminārs darba inspektoriem Rīgā"),
        ("lv", "Gada ziņojums par cilvēku tirdzniecību"),
        ("sr", "ЉУБОВ и Њујорк: годишњи извештај"),
        ("sr-latn", "LJUBOV i Njujork: godišnji izveštaj"),
    ],
)
def test_latvian_and_serbian_titles_round_trip_byte_exact(site, fmt, prefix, title):
    path = f"{prefix}/feeds/news.{fmt}.xml"
    assert f">{title}</title>".encode() in (site / path).read_bytes()
    titles = [entry.title.encode() for entry in parse(site, path).entries]
    assert title.encode() in titles


@pytest.mark.parametrize(
    ("prefix", "links"),
    [
        ("en", {"en/news/annual-report/", "en/news/fair-recruiters/"}),
        ("cs", {"cs/news/working-group/"}),
        ("lv", {"lv/news/annual-report/", "lv/news/riga-seminar/"}),
        ("bg", set()),
    ],
)
def test_items_only_in_other_languages_stay_out(site, prefix, links):
    for fmt in FORMATS:
        parsed = parse(site, f"{prefix}/feeds/news.{fmt}.xml")
        assert {entry.link for entry in parsed.entries} == {
            f"{SITEURL}/{link}" for link in links
        }


def test_a_tag_used_only_in_other_languages_has_no_feed_there(site):
    assert (site / "lv/feeds/tags/apmacibas.rss.xml").is_file()
    assert not (site / "en/feeds/tags/training.rss.xml").exists()
    assert (site / "en/tags/training/index.html").is_file()


@pytest.mark.parametrize("code", PREFIXES)
def test_feed_titles_and_descriptions_are_in_the_language(site, page, code):
    site_name = page(f"{PREFIXES[code]}/").select_one(".site-name a").get_text()
    parsed = parse(site, f"{PREFIXES[code]}/feeds/news.rss.xml")
    assert parsed.feed.title == f"{translated(code, 'News')} – {site_name}"
    description = translated(code, "News from %(site)s") % {"site": site_name}
    assert parsed.feed.subtitle == description


def test_newest_item_dates_the_feed_and_the_whole_site_dates_empty_feeds(site):
    english = etree.parse(site / "en/feeds/all.rss.xml").getroot()
    assert english.xpath("//lastBuildDate/text()") == english.xpath(
        "(//item/pubDate)[1]/text()"
    )
    newest = max(
        entry.updated_parsed
        for path in feed_paths(site)
        if path.endswith(".atom.xml")
        for entry in parse(site, path).entries
    )
    empty = parse(site, "cs/feeds/events.atom.xml")
    assert empty.entries == []
    assert empty.feed.updated_parsed == newest


def entry_at(parsed, url):
    """The entry of a parsed feed linking to url."""
    (found,) = [entry for entry in parsed.entries if entry.link == url]
    return found


def test_items_carry_full_text_absolute_links_image_and_tags(site):
    parsed = parse(site, "en/feeds/all.atom.xml")
    report = entry_at(parsed, f"{SITEURL}/en/news/annual-report/")
    content = report.content[0].value
    chart = re.search(r'src="([^"]+/images/chart\.[0-9a-f]{6}\.40\.png)"', content)[1]
    assert chart.startswith(f"{SITEURL}/images/")  # the processed picture, absolute
    assert f'href="{SITEURL}/en/who-we-are/"' in content
    assert report.summary == "<p>The network publishes its annual report.</p>"
    assert [tag.term for tag in report.tags] == ["Reports", "Labour exploitation"]
    assert [link.href for link in report.links if link.rel == "enclosure"] == [chart]
    assert output_file(site, chart).is_file()


BELGRADE_WHEN = format_event_when(date(2017, 6, 21), date(2017, 6, 22), "en_GB")
NOVI_SAD_WHEN = format_event_when(date(2026, 11, 30), date(2026, 12, 1), "sr_Latn_RS")


@pytest.mark.parametrize(
    ("path", "url", "facts"),
    [
        (
            "en/feeds/events.rss.xml",
            f"{SITEURL}/en/events/belgrade-conference/",
            [BELGRADE_WHEN, "Belgrade"],
        ),
        (
            "sr-latn/feeds/events.atom.xml",
            f"{SITEURL}/sr-latn/events/hotline-volunteer-training/",
            [NOVI_SAD_WHEN, "Novi Sad"],
        ),
    ],
)
def test_events_carry_their_date_and_place(site, path, url, facts):
    event = entry_at(parse(site, path), url)
    for fact in facts:
        assert f"<dd>{fact}</dd>" in event.summary
        assert f"<dd>{fact}</dd>" in event.content[0].value


def test_all_languages_feed_marks_each_entry_with_its_language(site):
    parsed = parse(site, COMBINED)
    languages = {
        entry.link.removeprefix(SITEURL + "/"): entry.title_detail.language
        for entry in parsed.entries
    }
    assert languages["lv/news/riga-seminar/"] == "lv"
    assert languages["sr/news/annual-report/"] == "sr-Cyrl"
    assert languages["en/news/annual-report/"] == "en"
    assert not any(link.startswith("sr-latn/") for link in languages)
