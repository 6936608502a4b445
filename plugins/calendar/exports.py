"""What the calendar exports about items: iCalendar files and schema.org data.

Items are the multilingual plugin's `Item`s (read by attribute, not imported), so this
module stays free of Pelican; `absolute` turns a site-relative path into an address.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from plugins.calendar import paths
from plugins.calendar.archive import start_order
from plugins.calendar.ics import CalendarEvent, event_calendar, single_event_calendar
from plugins.calendar.jsonld import Publisher, event_jsonld, news_jsonld

Absolute = Callable[[str], str]
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
ICALENDAR_TYPE = "text/calendar"


def uid_key(key: tuple[str, ...]) -> str:
    """Return the UID stem of an item key, URI-safe: ("article", "x") → "article-x"."""
    return quote("-".join(key), safe="-_.~")


def item_stamp(item: Any) -> datetime:
    """Return when an item last changed, as an aware time (DTSTAMP)."""
    moment = item.updated or EPOCH
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def calendar_event(
    item: Any, feed_lang: str, absolute: Absolute, domain: str, descriptions: bool
) -> CalendarEvent:
    """Return an event item as an entry of a feed in `feed_lang`."""
    return CalendarEvent(
        uid_key=uid_key(item.key),
        lang=feed_lang,
        domain=domain,
        title=item.title,
        start=item.event_start,
        end=item.event_end,
        url=absolute(item.path),
        stamp=item_stamp(item),
        location=item.location,
        description=item.description if descriptions else "",
        language_of_text=item.lang if item.lang != feed_lang else "",
    )


def language_feed(
    items: Iterable[Any],
    feed_lang: str,
    name: str,
    absolute: Absolute,
    domain: str,
    descriptions: bool = True,
) -> bytes:
    """Return one language's .ics feed: its events and others' ones, soonest first."""
    events = sorted(
        (item for item in items if item.event_start is not None),
        key=lambda item: (*start_order(item.event_start), item.slug),
    )
    return event_calendar(
        [
            calendar_event(item, feed_lang, absolute, domain, descriptions)
            for item in events
        ],
        name,
        feed_lang,
    )


def event_file(
    item: Any, absolute: Absolute, domain: str, descriptions: bool = True
) -> tuple[str, bytes]:
    """Return the path and bytes of an event's own .ics, for "add to calendar"."""
    event = calendar_event(item, item.lang, absolute, domain, descriptions)
    return paths.event_file_path(item.path), single_event_calendar(event)


def feed_head_link(lang: str, link: str, title: str) -> dict[str, str]:
    """Return the <link rel="alternate" type="text/calendar"> of a language's feed."""
    return {
        "rel": "alternate",
        "type": ICALENDAR_TYPE,
        "href": link,
        "hreflang": lang,
        "title": title,
    }


def item_jsonld(
    item: Any, absolute: Absolute, publisher: Publisher
) -> dict[str, Any] | None:
    """Return schema.org data for an event or news item, None for anything else."""
    shared = {
        "url": absolute(item.path),
        "language": item.lang,
        "publisher": publisher,
        "description": item.description,
        "image": absolute(item.image) if item.image else "",
    }
    if item.kind == "events" and item.event_start is not None:
        return event_jsonld(
            name=item.title,
            start=item.event_start,
            end=item.event_end,
            location=item.location,
            **shared,
        )
    if item.kind == "news" and item.date is not None:
        return news_jsonld(
            headline=item.title,
            published=item.date,
            modified=item.modified,
            **shared,
        )
    return None
