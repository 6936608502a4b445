"""Planned feeds to files: the spec of each feed and entries in other languages."""

import dataclasses
from datetime import UTC, datetime

import feedparser
import pytest
from lxml import etree

from plugins.base.cache import Store
from plugins.feeds import files as feeds_files
from plugins.feeds.core import FeedEntry, FeedSpec, build_feeds
from plugins.feeds.files import FeedVoice, feed_files, feed_spec
from plugins.feeds.layout import all_languages_address, feed_address
from plugins.feeds.plan import PlannedFeed

SITE = "https://network.example.org"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ATOM = "{http://www.w3.org/2005/Atom}"
OPTIONS = {"FEEDS_LIMIT": 7, "FEEDS_CONTENT": "summary"}
WHEN_EMPTY = datetime(2026, 11, 2, tzinfo=UTC)
VOICE = FeedVoice("lv", "Reģionālais tīkls", "Iekšlietu ministrija", lambda m: m)


def absolute(path):
    """SiteAddress.absolute of the fixture site."""
    return f"{SITE}/{path}"


def entry(number, language=None):
    """An entry of the given language (None: unsaid)."""
    url = f"{SITE}/lv/news/item-{number}/"
    moment = datetime(2024, 3, number, tzinfo=UTC)
    return FeedEntry(
        url, url, f"Item {number}", "", "", moment, moment, language=language
    )


def test_feed_spec_of_a_tag_feed():
    planned = PlannedFeed(
        feed_address("lv", "tag", "zinojumi", "Ziņojumi"), "lv/tags/zinojumi/", ()
    )
    assert feed_spec(planned, VOICE, absolute, OPTIONS, WHEN_EMPTY) == FeedSpec(
        feed_id_url=f"{SITE}/lv/feeds/tags/zinojumi.atom.xml",
        self_url_rss=f"{SITE}/lv/feeds/tags/zinojumi.rss.xml",
        self_url_atom=f"{SITE}/lv/feeds/tags/zinojumi.atom.xml",
        site_url=f"{SITE}/lv/tags/zinojumi/",
        title="Ziņojumi – Reģionālais tīkls",
        description="News and events tagged “Ziņojumi” from Reģionālais tīkls",
        language="lv",
        author_name="Iekšlietu ministrija",
        updated_when_empty=WHEN_EMPTY,
        limit=7,
        content_mode="summary",
    )


def test_author_falls_back_to_the_site_name():
    planned = PlannedFeed(feed_address("lv", "all"), "lv/", ())
    voice = dataclasses.replace(VOICE, publisher="")
    spec = feed_spec(planned, voice, absolute, OPTIONS, WHEN_EMPTY)
    assert spec.author_name == "Reģionālais tīkls"


@pytest.mark.parametrize(
    ("address", "paths"),
    [
        (
            feed_address("lv", "news"),
            ["lv/feeds/news.rss.xml", "lv/feeds/news.atom.xml"],
        ),
        (all_languages_address(), ["feeds/all-languages.atom.xml"]),
    ],
)
def test_feed_files_are_written_where_the_address_says(address, paths):
    planned = PlannedFeed(address, "lv/", (1, 2))
    spec = feed_spec(planned, VOICE, absolute, OPTIONS, WHEN_EMPTY)
    files = feed_files(planned, spec, entry)
    assert [path for path, _data in files] == paths
    for _path, data in files:
        parsed = feedparser.parse(data)
        assert not parsed.bozo
        assert [e.title for e in parsed.entries] == ["Item 2", "Item 1"]


class CountedEntries:
    """entry() with the digest a memo asks for, like EntryMaker."""

    def __call__(self, number):
        return entry(number)

    def digest_of(self, number):
        return str(number)


def test_a_feed_with_the_same_spec_and_entries_comes_from_the_cache(
    tmp_path, monkeypatch
):
    built = []

    def counted(spec, entries):
        built.append(spec.feed_id_url)
        return build_feeds(spec, entries)

    monkeypatch.setattr(feeds_files, "build_feeds", counted)
    planned = PlannedFeed(feed_address("lv", "news"), "lv/", (1, 2))
    spec = feed_spec(planned, VOICE, absolute, OPTIONS, WHEN_EMPTY)
    first = feed_files(planned, spec, CountedEntries(), Store(tmp_path, "feeds"))
    again = feed_files(planned, spec, CountedEntries(), Store(tmp_path, "feeds"))
    assert again == first == feed_files(planned, spec, entry)
    assert len(built) == 2  # the first and the one without a memo
    more = PlannedFeed(planned.address, "lv/", (1, 2, 3))
    feed_files(more, spec, CountedEntries(), Store(tmp_path, "feeds"))
    assert len(built) == 3


def test_atom_entries_in_another_language_say_so_with_xml_lang():
    spec = feed_spec(
        PlannedFeed(all_languages_address(), "", ()),
        dataclasses.replace(VOICE, language="en"),
        absolute,
        OPTIONS,
        WHEN_EMPTY,
    )
    entries = [entry(3, "sr-Cyrl"), entry(2, "en"), entry(1)]
    atom = etree.fromstring(build_feeds(spec, entries).atom)
    assert atom.get(XML_LANG) == "en"
    assert [e.get(XML_LANG) for e in atom.iter(f"{ATOM}entry")] == [
        "sr-Cyrl",
        None,
        None,
    ]
    parsed = feedparser.parse(build_feeds(spec, entries).atom)
    assert [e.title_detail.language for e in parsed.entries] == ["sr-Cyrl", "en", "en"]


def test_rss_items_have_no_language_of_their_own():
    spec = feed_spec(
        PlannedFeed(feed_address("lv", "all"), "lv/", ()),
        VOICE,
        absolute,
        OPTIONS,
        WHEN_EMPTY,
    )
    rss = build_feeds(spec, [entry(1, "en")]).rss
    assert b"xml:lang" not in rss
    assert etree.fromstring(rss).xpath("/rss/channel/language/text()") == ["lv"]
