"""From planned feeds to the bytes of their RSS and Atom files.

Pure: no Pelican imports. `absolute` turns a site-relative path into the full
address (the multilingual plugin's `SiteAddress.absolute`).
"""

from __future__ import annotations

import hashlib
import heapq
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from babel import Locale

from plugins.feeds.core import FeedEntry, FeedSpec, build_feeds
from plugins.feeds.entries import event_facts, facts_html, feed_entry
from plugins.feeds.plan import PlannedFeed
from plugins.feeds.words import Gettext, feed_description, feed_title

Absolute = Callable[[str], str]
FeedBytes = tuple[bytes, bytes]  # a feed's RSS and Atom files, as the memo keeps them


@dataclass(frozen=True)
class FeedVoice:
    """Who speaks in a language's feeds, and in which words."""

    language: str  # BCP 47 code: the feeds' <language> and xml:lang
    site_name: str
    publisher: str
    gettext: Gettext
    stylesheet: str = ""  # root-relative path of the language's feed.xsl


def feed_spec(
    planned: PlannedFeed,
    voice: FeedVoice,
    absolute: Absolute,
    options: Mapping[str, object],
    updated_when_empty: datetime,
) -> FeedSpec:
    """The FeedSpec of a planned feed, in the voice of its language."""
    address = planned.address
    return FeedSpec(
        feed_id_url=absolute(address.atom),
        self_url_rss=absolute(address.rss or address.atom),
        self_url_atom=absolute(address.atom),
        site_url=absolute(planned.page_path),
        title=feed_title(address, voice.site_name, voice.gettext),
        description=feed_description(address, voice.site_name, voice.gettext),
        language=voice.language,
        author_name=voice.publisher or voice.site_name,
        updated_when_empty=updated_when_empty,
        limit=options["FEEDS_LIMIT"],
        content_mode=options["FEEDS_CONTENT"],
        stylesheet=voice.stylesheet,
    )


def feed_files(
    planned: PlannedFeed,
    spec: FeedSpec,
    entry_of: Callable[[object], FeedEntry],
    memo=None,
) -> list[tuple[str, bytes]]:
    """(site-relative path, bytes) of the feed's RSS file, if any, and Atom file.

    With a memo (a plugins/base/cache.py Store), a feed whose spec and entries are
    the same as in an earlier build is not built again; `entry_of` is then an
    EntryMaker, whose entry digests serve every feed an entry is in.
    """
    items = newest_items(planned.items, spec.limit)
    entries = [entry_of(item) for item in items]

    def build() -> FeedBytes:
        built = build_feeds(spec, entries)
        return built.rss, built.atom

    if memo is None:
        return published_files(planned, build())
    inputs = repr(spec) + "".join(map(entry_of.digest_of, items))
    return published_files(planned, memo.value_for(inputs, FeedBytes, build))


def newest_items(items, limit) -> list:
    """The items that can be among a feed's `limit` newest entries: those dated on
    or after the limit-th newest date (ties kept; build_feeds picks exactly)."""
    items = list(items)
    if not isinstance(limit, int) or limit < 1 or len(items) <= limit:
        return items
    if any(item.date is None for item in items):
        return items
    cutoff = heapq.nlargest(limit, (item.date for item in items))[-1]
    return [item for item in items if item.date >= cutoff]


def published_files(planned: PlannedFeed, made: FeedBytes) -> list[tuple[str, bytes]]:
    """The feed's files: the Atom file, after the RSS file if the feed has one."""
    rss, atom = made
    files = [(planned.address.rss, rss)] if planned.address.rss else []
    return [*files, (planned.address.atom, atom)]


class EntryMaker:
    """Each item's feed entry and its digest, made once however many feeds hold it."""

    def __init__(
        self,
        absolute: Absolute,
        locales: Mapping[str, Locale],
        gettexts: Mapping[str, Gettext],
    ):
        self.absolute = absolute
        self.locales = locales
        self.gettexts = gettexts
        self.made: dict[str, FeedEntry] = {}
        self.digests: dict[str, str] = {}

    def __call__(self, item) -> FeedEntry:
        """The item's entry."""
        if item.path not in self.made:
            # An event's date and place are written in the item's own language.
            facts = event_facts(item, self.locales[item.lang], self.gettexts[item.lang])
            self.made[item.path] = feed_entry(item, self.absolute, facts_html(facts))
        return self.made[item.path]

    def digest_of(self, item) -> str:
        """A digest of everything the item's entry says, for the feed memo."""
        if item.path not in self.digests:
            self.digests[item.path] = hashlib.sha1(
                repr(self(item)).encode()
            ).hexdigest()
        return self.digests[item.path]
