"""From planned feeds to the bytes of their RSS and Atom files.

Pure: no Pelican imports. `absolute` turns a site-relative path into the full
address (the multilingual plugin's `SiteAddress.absolute`).
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from babel import Locale

from plugins.feeds.core import FeedEntry, FeedSpec, build_feeds
from plugins.feeds.entries import event_facts, facts_html, feed_entry
from plugins.feeds.plan import PlannedFeed
from plugins.feeds.words import Gettext, feed_description, feed_title

Absolute = Callable[[str], str]


@dataclass(frozen=True)
class FeedVoice:
    """Who speaks in a language's feeds, and in which words."""

    language: str  # BCP 47 code: the feeds' <language> and xml:lang
    site_name: str
    publisher: str
    gettext: Gettext


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
    )


def feed_files(
    planned: PlannedFeed,
    spec: FeedSpec,
    entry_of: Callable[[object], FeedEntry],
    memo=None,
) -> list[tuple[str, bytes]]:
    """(site-relative path, bytes) of the feed's RSS file, if any, and Atom file.

    With a memo (plugins/multilingual/memo.py), a feed whose spec and entries are the
    same as in an earlier build is not built again.
    """
    entries = [entry_of(item) for item in planned.items]

    def build() -> bytes:
        built = build_feeds(spec, entries)
        return pickle.dumps((built.rss, built.atom), protocol=pickle.HIGHEST_PROTOCOL)

    made = memo.bytes_for(repr((spec, entries)), build) if memo else build()
    rss, atom = pickle.loads(made)
    files = [(planned.address.rss, rss)] if planned.address.rss else []
    return [*files, (planned.address.atom, atom)]


def entry_maker(
    absolute: Absolute, locales: Mapping[str, Locale], gettexts: Mapping[str, Gettext]
) -> Callable[[object], FeedEntry]:
    """A function giving each item's entry, made once however many feeds hold it."""
    made: dict[str, FeedEntry] = {}

    def entry_of(item) -> FeedEntry:
        if item.path not in made:
            # An event's date and place are written in the item's own language.
            facts = event_facts(item, locales[item.lang], gettexts[item.lang])
            made[item.path] = feed_entry(item, absolute, facts_html(facts))
        return made[item.path]

    return entry_of
