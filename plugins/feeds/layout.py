"""Where the feeds of each language live, as paths relative to the site root.

    <prefix>/feeds/                        the Feeds page of a language
    <prefix>/feeds/feed.xsl                how browsers show the language's feeds
    <prefix>/feeds/all.rss.xml, .atom.xml  news and events
    <prefix>/feeds/news.rss.xml, ...       news only
    <prefix>/feeds/events.rss.xml, ...     events only
    <prefix>/feeds/tags/<tag>.rss.xml, ... one tag (news and events)
    feeds/all-languages.atom.xml           every language together (optional)

Pure: no Pelican imports. Paths follow plugins/base/urls.py: no leading
slash, pages end in "/".
"""

from __future__ import annotations

from dataclasses import dataclass

FEEDS_FOLDER = "feeds"
SECTION_FEEDS = ("all", "news", "events")  # every language has these three
TAG = "tag"
ALL_LANGUAGES = "languages"
ALL_LANGUAGES_ATOM = f"{FEEDS_FOLDER}/all-languages.atom.xml"
RSS_SUFFIX = ".rss.xml"
ATOM_SUFFIX = ".atom.xml"
RSS_TYPE = "application/rss+xml"
ATOM_TYPE = "application/atom+xml"


@dataclass(frozen=True)
class FeedAddress:
    """One feed: what it follows and the site-relative paths of its files."""

    kind: str  # "all" | "news" | "events" | "tag" | "languages"
    atom: str
    rss: str | None = None  # None: published as Atom only
    label: str = ""  # the tag's name for a tag feed

    @property
    def formats(self) -> tuple[tuple[str, str, str], ...]:
        """(format name, media type, path) of each file, RSS first."""
        files = [("RSS", RSS_TYPE, self.rss)] if self.rss else []
        return (*files, ("Atom", ATOM_TYPE, self.atom))


def feeds_page_path(prefix: str) -> str:
    """The Feeds page of a language: `lv/feeds/`."""
    return f"{prefix}/{FEEDS_FOLDER}/"


def stylesheet_path(prefix: str) -> str:
    """The XSLT stylesheet a language's feeds are shown with in browsers."""
    return f"{prefix}/{FEEDS_FOLDER}/feed.xsl"


def feed_address(prefix: str, kind: str, tag_slug: str = "", label: str = ""):
    """The RSS and Atom paths of a language's section feed or tag feed."""
    if kind == TAG:
        stem = f"{prefix}/{FEEDS_FOLDER}/tags/{tag_slug}"
    elif kind in SECTION_FEEDS:
        stem = f"{prefix}/{FEEDS_FOLDER}/{kind}"
    else:
        raise ValueError(
            f"feeds: no feed kind {kind!r}; expected one of: "
            + ", ".join(repr(name) for name in (*SECTION_FEEDS, TAG))
        )
    return FeedAddress(kind, stem + ATOM_SUFFIX, stem + RSS_SUFFIX, label)


def all_languages_address() -> FeedAddress:
    """The combined feed of every language (Atom only: RSS items have no language)."""
    return FeedAddress(ALL_LANGUAGES, ALL_LANGUAGES_ATOM)
