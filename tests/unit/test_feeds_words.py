"""Feed titles, descriptions and autodiscovery links in the feed's language."""

import pytest

from plugins.feeds.layout import all_languages_address, feed_address
from plugins.feeds.words import (
    autodiscovery_links,
    feed_description,
    feed_title,
    section_name,
)

SITE = "Reģionālais tīkls"
WORDS = {
    "News": "Jaunumi",
    "Events": "Pasākumi",
    "All languages": "Visas valodas",
    "News from %(site)s": "Jaunumi, ko publicē %(site)s",
    "News and events tagged “%(tag)s” from %(site)s": "Birka „%(tag)s”: %(site)s",
}


class Catalog:
    """A gettext that translates from WORDS and remembers what it was asked."""

    def __init__(self):
        self.asked = []

    def __call__(self, message):
        self.asked.append(message)
        return WORDS.get(message, message)


NEWS = feed_address("lv", "news")
TAGGED = feed_address("lv", "tag", "zinojumi", "Ziņojumi & <citi>")


@pytest.mark.parametrize(
    ("address", "title", "asked"),
    [
        (feed_address("lv", "all"), SITE, []),
        (NEWS, "Jaunumi – Reģionālais tīkls", ["News"]),
        (feed_address("lv", "events"), "Pasākumi – Reģionālais tīkls", ["Events"]),
        (TAGGED, "Ziņojumi & <citi> – Reģionālais tīkls", []),
        (
            all_languages_address(),
            "Visas valodas – Reģionālais tīkls",
            ["All languages"],
        ),
    ],
)
def test_feed_title(address, title, asked):
    catalog = Catalog()
    assert feed_title(address, SITE, catalog) == title
    # The main and tag feeds need no catalog: most pages name only those.
    assert catalog.asked == asked


@pytest.mark.parametrize(
    ("address", "description"),
    [
        (feed_address("lv", "all"), "News and events from Reģionālais tīkls"),
        (NEWS, "Jaunumi, ko publicē Reģionālais tīkls"),
        (feed_address("lv", "events"), "Events from Reģionālais tīkls"),
        (TAGGED, "Birka „Ziņojumi & <citi>”: Reģionālais tīkls"),
        (
            all_languages_address(),
            "News and events from Reģionālais tīkls in every language",
        ),
    ],
)
def test_feed_description(address, description):
    assert feed_description(address, SITE, Catalog()) == description


def test_section_name_refuses_what_is_not_a_section():
    with pytest.raises(ValueError) as raised:
        section_name("tag", Catalog())
    assert str(raised.value) == "feeds: 'tag' is not a section feed"


def test_autodiscovery_links_rss_then_atom_for_each_feed():
    links = autodiscovery_links(
        [NEWS, feed_address("lv", "all")],
        SITE,
        Catalog(),
        "lv",
        lambda path: f"https://x.org/{path}",
    )
    assert links == [
        {
            "rel": "alternate",
            "type": "application/rss+xml",
            "href": "https://x.org/lv/feeds/news.rss.xml",
            "hreflang": "lv",
            "title": "Jaunumi – Reģionālais tīkls (RSS)",
        },
        {
            "rel": "alternate",
            "type": "application/atom+xml",
            "href": "https://x.org/lv/feeds/news.atom.xml",
            "hreflang": "lv",
            "title": "Jaunumi – Reģionālais tīkls (Atom)",
        },
        {
            "rel": "alternate",
            "type": "application/rss+xml",
            "href": "https://x.org/lv/feeds/all.rss.xml",
            "hreflang": "lv",
            "title": "Reģionālais tīkls (RSS)",
        },
        {
            "rel": "alternate",
            "type": "application/atom+xml",
            "href": "https://x.org/lv/feeds/all.atom.xml",
            "hreflang": "lv",
            "title": "Reģionālais tīkls (Atom)",
        },
    ]
