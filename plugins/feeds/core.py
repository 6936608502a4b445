"""Build the RSS 2.0 and Atom feeds of one language from plain data, with feedgen.

Pure: no Pelican imports. The output is fully determined by the input (no clock,
no feedgen version string), so an unchanged site rebuilds to identical files.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache, partial
from posixpath import splitext
from types import MappingProxyType
from urllib.parse import urlsplit

from feedgen.ext.base import BaseEntryExtension
from feedgen.feed import FeedGenerator
from lxml import etree

from plugins.feeds.absolute import absolutize_html, absolutize_url
from plugins.feeds.stylesheet import with_stylesheet

CONTENT_MODES = ("full", "summary")
GENERATOR_NAME = "Pelican"
IMAGE_MEDIA_TYPES = MappingProxyType(
    {
        ".avif": "image/avif",
        ".gif": "image/gif",
        ".jpeg": "image/jpeg",
        ".jpg": "image/jpeg",
        ".png": "image/png",
        ".svg": "image/svg+xml",
        ".webp": "image/webp",
    }
)
UNKNOWN_MEDIA_TYPE = "application/octet-stream"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class FeedInputError(ValueError):
    """The data given to build a feed is unusable; the message lists every problem."""


@dataclass(frozen=True)
class FeedSpec:
    """One feed: its addresses, its words, its language and what items carry."""

    feed_id_url: str  # stable Atom <id> of the feed
    self_url_rss: str  # where the RSS file is published (rel="self")
    self_url_atom: str  # where the Atom file is published (rel="self")
    site_url: str  # the human page the feed belongs to (RSS <link>, Atom alternate)
    title: str
    description: str
    language: str  # BCP 47, e.g. "sr-Latn"
    author_name: str
    updated_when_empty: datetime  # lastBuildDate/updated of a feed with no items
    limit: int = 50
    content_mode: str = "full"  # "full": summary and full text; "summary": summary
    # Root-relative path of the XSLT stylesheet browsers show the feed with ("": none).
    stylesheet: str = ""


@dataclass(frozen=True)
class FeedEntry:
    """One news item or event as it appears in a feed."""

    guid: str  # the item URL, or a tag: URI that never changes
    url: str  # absolute URL of the item's page
    title: str
    summary_html: str
    content_html: str
    published: datetime
    updated: datetime
    tags: Sequence[str] = ()
    image_url: str | None = None
    extra_text_html: str | None = None  # e.g. an event's date and place
    language: str | None = None  # BCP 47; Atom marks entries in another language


@dataclass(frozen=True)
class FeedFiles:
    """The bytes of the two feed files, ready to be written."""

    rss: bytes
    atom: bytes


def build_feeds(spec: FeedSpec, entries: Iterable[FeedEntry]) -> FeedFiles:
    """Build the RSS 2.0 and Atom files for the newest `spec.limit` entries."""
    entries = list(entries)
    problems = feed_problems(spec, entries)
    if problems:
        raise FeedInputError("feeds: " + "; ".join(problems))
    newest = newest_entries(entries, spec.limit)
    rss = _feed_generator(spec, newest, spec.self_url_rss).rss_str(pretty=True)
    atom = _feed_generator(spec, newest, spec.self_url_atom).atom_str(pretty=True)
    if spec.stylesheet:  # feedgen cannot write processing instructions itself
        rss, atom = (with_stylesheet(feed, spec.stylesheet) for feed in (rss, atom))
    return FeedFiles(rss=rss, atom=atom)


def feed_problems(spec: FeedSpec, entries: Sequence[FeedEntry]) -> list[str]:
    """List every reason why spec and entries cannot make a feed (empty when fine)."""
    problems = []
    if spec.content_mode not in CONTENT_MODES:
        problems.append(
            f"content_mode is {spec.content_mode!r}; expected one of: "
            + ", ".join(repr(mode) for mode in CONTENT_MODES)
        )
    if not isinstance(spec.limit, int) or spec.limit < 1:
        problems.append(f"limit is {spec.limit!r}; expected a whole number >= 1")
    for name in ("title", "description", "author_name"):
        if not getattr(spec, name).strip():
            problems.append(f"{name} is empty; expected some text")
    if not _is_aware(spec.updated_when_empty):
        problems.append("updated_when_empty has no time zone")
    for entry in entries:
        problems.extend(_entry_problems(entry))
    return problems


def newest_entries(entries: Iterable[FeedEntry], limit: int) -> list[FeedEntry]:
    """Return the `limit` latest published entries, newest first, ties by guid."""
    by_guid = sorted(entries, key=lambda entry: entry.guid)
    return sorted(by_guid, key=lambda entry: entry.published, reverse=True)[:limit]


def feed_updated(entries: Sequence[FeedEntry], when_empty: datetime) -> datetime:
    """Return the newest update date among the entries, or when_empty if none."""
    return max((entry.updated for entry in entries), default=when_empty)


def is_permalink(entry: FeedEntry) -> bool:
    """Tell whether the entry's guid is its page URL (RSS isPermaLink)."""
    return entry.guid == entry.url


def image_media_type(url: str) -> str:
    """Guess an image's media type from its file extension."""
    extension = splitext(urlsplit(url).path)[1].lower()
    return IMAGE_MEDIA_TYPES.get(extension, UNKNOWN_MEDIA_TYPE)


def item_html(entry: FeedEntry, body_html: str) -> str:
    """Put the entry's extra text before body_html and make every URL absolute."""
    combined = (entry.extra_text_html or "") + body_html
    return absolute_html(combined, entry.url)


# An item appears in several feeds (all, its section, each tag; RSS and Atom):
# make its URLs absolute once. Pure, so memoising cannot serve stale output.
absolute_html = lru_cache(maxsize=8192)(absolutize_html)


def _entry_problems(entry: FeedEntry) -> list[str]:
    """List what is wrong with one entry, naming it by its guid."""
    problems = []
    parts = urlsplit(entry.url)
    if not (parts.scheme and parts.netloc):
        problems.append(
            f"entry {entry.guid!r} has the URL {entry.url!r}; expected an absolute "
            "URL such as 'https://example.org/en/news/item/'"
        )
    for name in ("published", "updated"):
        if not _is_aware(getattr(entry, name)):
            problems.append(f"entry {entry.guid!r}: {name} date has no time zone")
    return problems


def _is_aware(moment: datetime) -> bool:
    """Tell whether a datetime carries a time zone."""
    return isinstance(moment, datetime) and moment.utcoffset() is not None


def _feed_generator(
    spec: FeedSpec, entries: Sequence[FeedEntry], self_url: str
) -> FeedGenerator:
    """Fill a FeedGenerator whose rel="self" link is self_url."""
    generator = FeedGenerator()
    generator.id(spec.feed_id_url)
    generator.title(spec.title)
    generator.description(spec.description)
    generator.language(spec.language)
    generator.author(name=spec.author_name)
    # feedgen uses the LAST link as RSS <link>: self first, the human page last.
    generator.link(href=self_url, rel="self")
    generator.link(href=spec.site_url, rel="alternate")
    # Without a version the output does not change when feedgen is upgraded.
    generator.generator(GENERATOR_NAME)
    generator.updated(feed_updated(entries, spec.updated_when_empty))
    for entry in entries:
        _add_entry(generator, spec, entry)
    return generator


def _add_entry(generator: FeedGenerator, spec: FeedSpec, entry: FeedEntry) -> None:
    """Append one entry: links, dates, tags, image, summary and maybe full text."""
    item = generator.add_entry(order="append")
    item.guid(entry.guid, permalink=is_permalink(entry))
    item.title(entry.title)
    item.link(href=entry.url, rel="alternate")
    item.published(entry.published)
    item.updated(entry.updated)
    for tag in entry.tags:
        item.category(term=tag)
    if entry.image_url:
        image_url = absolutize_url(entry.image_url, entry.url)
        item.register_extension("image", partial(_ImageEnclosure, image_url))
    if entry.language and entry.language != spec.language:
        item.register_extension(
            "language", partial(_EntryLanguage, entry.language), rss=False
        )
    if entry.summary_html or entry.extra_text_html:
        item.summary(item_html(entry, entry.summary_html), type="html")
    if spec.content_mode == "full" and entry.content_html:
        item.content(item_html(entry, entry.content_html), type="html")


class _ImageEnclosure(BaseEntryExtension):
    """feedgen entry extension writing the item's image as an enclosure.

    feedgen 1.0.0 drops rel, type and length from Atom entry links (a shadowed
    variable in FeedEntry.atom_entry), which would turn `item.enclosure()` into a
    second "alternate" link; this writes both formats' elements itself.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self.media_type = image_media_type(url)

    def extend_rss(self, item):
        """Add `<enclosure url length type>` to an RSS item."""
        etree.SubElement(
            item, "enclosure", url=self.url, length="0", type=self.media_type
        )
        return item

    def extend_atom(self, entry):
        """Add `<link rel="enclosure">` to an Atom entry, in feedgen's namespace."""
        etree.SubElement(
            entry,
            "link",
            rel="enclosure",
            href=self.url,
            type=self.media_type,
            length="0",
        )
        return entry


class _EntryLanguage(BaseEntryExtension):
    """feedgen entry extension marking an Atom entry's language with xml:lang."""

    def __init__(self, language: str) -> None:
        self.language = language

    def extend_atom(self, entry):
        """Set xml:lang on the `<entry>`: its text is not in the feed's language."""
        entry.set(XML_LANG, self.language)
        return entry
