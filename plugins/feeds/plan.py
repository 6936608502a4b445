"""Which feeds a language has and which items each one holds.

Pure: no Pelican imports. Items and list entries are read by attribute, as the
multilingual registry makes them: an entry has `.item` and `.foreign`; an item has
`.kind`, `.lang`, `.date`, `.updated` and `.generated_from`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from plugins.feeds.layout import (
    SECTION_FEEDS,
    TAG,
    FeedAddress,
    all_languages_address,
    feed_address,
)

FEED_ITEM_KINDS = ("news", "events")  # institutional pages are not in feeds
KINDS_OF_FEED = {"all": FEED_ITEM_KINDS, "news": ("news",), "events": ("events",)}
# What a page lists, by template: the feed that follows the same list.
PAGE_FEEDS = {"news.html": "news", "events.html": "events"}
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class PlannedFeed:
    """One feed to write: its files, the page it follows and its items."""

    address: FeedAddress
    page_path: str  # the human page: the language home, a section or a tag list
    items: tuple


def in_feeds(entry, include_untranslated: bool) -> bool:
    """Whether a list entry's item goes into feeds."""
    return (
        entry.item.kind in FEED_ITEM_KINDS
        and entry.item.date is not None
        and (include_untranslated or not entry.foreign)
    )


def feed_items(entries: Iterable, include_untranslated: bool) -> list:
    """The items of list entries that go into feeds, in the order given."""
    return [entry.item for entry in entries if in_feeds(entry, include_untranslated)]


def may_hold(listing: Iterable, changed: Collection[str], include_untranslated: bool):
    """Whether a language's feeds can hold a changed item (by path): all of them,
    tag feeds too, take their items from its news and events list (`listing`)."""
    return any(
        entry.item.path in changed and in_feeds(entry, include_untranslated)
        for entry in listing
    )


def language_plan(
    prefix: str,
    listing: Sequence,
    tags: Mapping[str, tuple],
    pages: Mapping[str, str],
    tag_page: Callable[[str], str],
    include_untranslated: bool,
) -> list[PlannedFeed]:
    """Every feed of one language: all, news, events, then each tag with items."""
    # listing: the language's news and events list; tags: {slug: (Tag, entries)};
    # pages: the home, news and events page paths by feed kind.
    items = feed_items(listing, include_untranslated)
    plan = [
        PlannedFeed(
            feed_address(prefix, kind),
            pages[kind],
            tuple(item for item in items if item.kind in KINDS_OF_FEED[kind]),
        )
        for kind in SECTION_FEEDS
    ]
    for slug, (tag, entries) in tags.items():
        tagged = feed_items(entries, include_untranslated)
        if tagged:
            address = feed_address(prefix, TAG, slug, tag.name)
            plan.append(PlannedFeed(address, tag_page(slug), tuple(tagged)))
    return plan


def all_languages_plan(items: Iterable, home_path: str) -> PlannedFeed:
    """The combined feed: every authored news item and event of every language."""
    chosen = [
        item
        for item in items
        if item.kind in FEED_ITEM_KINDS
        and item.date is not None
        and not item.generated_from
    ]
    return PlannedFeed(all_languages_address(), home_path, tuple(chosen))


def page_feed(
    prefix: str, template: str, context: Mapping, include_untranslated: bool
) -> FeedAddress | None:
    """The feed following what a page lists: its section, its tag, or None."""
    if template in PAGE_FEEDS:
        return feed_address(prefix, PAGE_FEEDS[template])
    if template == "tag.html":
        tag = context["tag"]
        if feed_items(context["entries"], include_untranslated):
            return feed_address(prefix, TAG, tag.slug, tag.name)
    return None


def newest_update(items: Iterable) -> datetime:
    """The latest change of any news item or event (else 1970): empty feeds' date."""
    # Content decides it, never the clock, so a rebuild gives the same bytes.
    return max(
        (
            item.updated
            for item in items
            if item.kind in FEED_ITEM_KINDS and item.updated is not None
        ),
        default=EPOCH,
    )
