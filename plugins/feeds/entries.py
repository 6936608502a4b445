"""Turn a site item into a feed entry: addresses, dates, tags, image, event facts.

Pure: no Pelican imports. Items are read by attribute, as the multilingual
registry makes them (see plugins/base/items.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from urllib.parse import urlsplit
from xml.etree import ElementTree as ET

from babel import Locale

from plugins.base.dates import format_event_when
from plugins.feeds.core import FeedEntry

Gettext = Callable[[str], str]


def event_facts(item, locale: Locale | str, gettext: Gettext) -> list[tuple[str, str]]:
    """(label, text) pairs of an event's date and place; nothing for news."""
    if not item.is_event or item.event_start is None:
        return []
    facts = [
        (gettext("When"), format_event_when(item.event_start, item.event_end, locale))
    ]
    if item.location:
        facts.append((gettext("Where"), item.location))
    return facts


def facts_html(facts: Sequence[tuple[str, str]]) -> str:
    """The facts as `<dl class="event-facts">`, as on the event's page; "" if none."""
    if not facts:
        return ""
    facts_list = ET.Element("dl", {"class": "event-facts"})
    for label, text in facts:
        ET.SubElement(facts_list, "dt").text = label
        ET.SubElement(facts_list, "dd").text = text
    return ET.tostring(facts_list, encoding="unicode", method="html")


def image_address(image: str, absolute: Callable[[str], str]) -> str | None:
    """The absolute address of an item's site-relative (or absolute) image path."""
    if not image:
        return None
    if urlsplit(image).scheme:
        return image
    return absolute(image.lstrip("/"))


def feed_entry(item, absolute: Callable[[str], str], extra_html: str = "") -> FeedEntry:
    """The feed entry of an item; its canonical address is also its GUID."""
    url = absolute(item.path)
    return FeedEntry(
        guid=url,
        url=url,
        title=item.title,
        summary_html=item.summary,
        content_html=item.content,
        published=item.date,
        updated=item.updated or item.date,
        tags=tuple(tag.name for tag in item.tags),
        image_url=image_address(item.image, absolute),
        extra_text_html=extra_html or None,
        language=item.lang,
    )
