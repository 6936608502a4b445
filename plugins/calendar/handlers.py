"""Thin handlers: read the build's SiteState, call the calendar core, hand back."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from weakref import WeakKeyDictionary

from plugins.base import urls
from plugins.base.cache import Store, source_digest
from plugins.base.jsonld import jsonld_script_text
from plugins.base.settings import Declaration
from plugins.calendar import exports, paths
from plugins.calendar.archive import Archive
from plugins.calendar.jsonld import Publisher
from plugins.calendar.pages import calendar_site, entry_spans, event_page_links
from plugins.calendar.settings import DECLARATION

ICALENDAR_LABEL = "iCalendar"  # a format's name, the same in every language


def declare_settings(sender) -> Declaration:
    """`settings_declarations` receiver: the CALENDAR_ options, validated at start."""
    return DECLARATION


def calendar_pages(state, language) -> list:
    """`language_pages` receiver: the calendar index, year and month pages."""
    archives = Archives(state.registry, state.settings["CALENDAR_NEWS"])
    return list(calendar_site(language, archives, state.today))


class Archives(Mapping):
    """Every language's archive, made when first asked for: a language's pages
    are listed from its own, and others' are read only by the switchers of the
    pages rendered (a quick rebuild renders few)."""

    def __init__(self, registry, with_news: bool):
        self.registry, self.with_news = registry, with_news

    def __getitem__(self, code: str) -> Archive:
        if code not in self.registry.by_code:
            raise KeyError(code)
        return language_archive(self.registry, code, self.with_news)

    def __iter__(self):
        return iter(self.registry.by_code)

    def __len__(self) -> int:
        return len(self.registry.by_code)


def calendar_files(state, changed=None, quick=False) -> list[tuple[str, bytes]]:
    """`site_files` receiver: each language's .ics feed and each event's .ics.

    Files whose events are unchanged since an earlier build come from the memo. In
    a quick rebuild (`changed` given) only files holding a changed event are made.
    """
    descriptions = state.settings["CALENDAR_DESCRIPTIONS"]
    domain = paths.uid_domain(state.address.site_url)
    memo = calendar_memo(state)
    events = [  # hidden events too: each one's own .ics is part of its page
        item
        for item in state.registry.every_item()
        if item.is_event and item.event_start is not None
    ]
    if changed is not None:
        events = [item for item in events if item.path in changed]
        if not events:
            return []
    feeds = [
        feed_file(state, language, domain, descriptions, memo)
        for language in state.languages
    ]
    files = feeds + [
        event_file(state, item, domain, descriptions, memo) for item in events
    ]
    if changed is None:  # a quick rebuild asks for a few files: keep the others
        memo.forget_unused()
    return files


def calendar_memo(state) -> Store:
    """Calendar files kept between builds in the cache's `calendar` namespace."""
    salt = f"{source_digest(Path(__file__).parent)}|{state.address.site_url}"
    return Store.in_cache(state.pelican_settings, "calendar", salt=salt)


def event_file(state, item, domain: str, descriptions: bool, memo) -> tuple:
    """One event's own .ics, built again only when the event changed."""
    data = memo.bytes_for(
        repr((item, domain, descriptions)),
        lambda: exports.event_file(item, state.address.absolute, domain, descriptions)[
            1
        ],
    )
    return paths.event_file_path(item.path), data


def feed_file(
    state, language, domain: str, descriptions: bool, memo
) -> tuple[str, bytes]:
    """A language's feed: its events and those only in other languages."""
    items = [entry.item for entry in state.registry.listing(language.code, ("events",))]
    name = calendar_name(state, language.code)
    data = memo.bytes_for(
        repr((items, language.code, name, domain, descriptions)),
        lambda: exports.language_feed(
            items, language.code, name, state.address.absolute, domain, descriptions
        ),
    )
    return paths.feed_path(language.prefix), data


def calendar_context(state, language, spec) -> dict:
    """`page_context` receiver: calendar links, feed <link>, an item's JSON-LD."""
    feed = paths.feed_path(language.prefix)
    webcal = state.settings["CALENDAR_WEBCAL"]
    title = f"{calendar_name(state, language.code)} ({ICALENDAR_LABEL})"
    context = {
        "calendar": {
            "index": paths.calendar_path(language.prefix),
            "feed": feed,
            "webcal": paths.webcal_url(state.address.absolute(feed)) if webcal else "",
        },
        "head_links": [
            exports.feed_head_link(language.code, state.address.absolute(feed), title)
        ],
    }
    if spec.item is not None:
        context.update(item_context(state, spec.item, language))
    return context


def item_context(state, item, language) -> dict:
    """The JSON-LD of a news item or event, and an event's own .ics path."""
    site = state.site_info[language.code]
    publisher = Publisher(
        name=item.publisher or site.get("publisher") or calendar_name(state, item.lang),
        url=state.address.absolute(urls.home_path(language.prefix)),
    )
    context = {}
    data = exports.item_jsonld(item, state.address.absolute, publisher)
    if data is not None:
        context["structured_data"] = jsonld_script_text(data)
    if item.is_event and item.event_start is not None:
        links = event_page_links(item, language.prefix, language.babel)
        if item.hidden:  # the calendar lists it nowhere: its month may have no page
            links["month"] = ""
        context["event"] = links
    return context


# Registry -> (language code, with news) -> Archive: every language's calendar
# pages need every language's archive (which months exist where); a registry is
# never changed, so each is made once per registry, and goes with it.
ARCHIVES: WeakKeyDictionary = WeakKeyDictionary()


def language_archive(registry, code: str, with_news: bool) -> Archive:
    """The days of a language's events (and news) with the entries on each."""
    made = ARCHIVES.setdefault(registry, {})
    if (code, with_news) not in made:
        events = registry.listing(code, ("events",))
        news = registry.listing(code, ("news",)) if with_news else []
        made[code, with_news] = Archive.from_spans(entry_spans(events, news))
    return made[code, with_news]


def calendar_name(state, code: str) -> str:
    """The name subscribers see: the site's name in that language."""
    site = state.site_info.get(code, {})
    return site.get("name") or state.pelican_settings.get("SITENAME", "")
