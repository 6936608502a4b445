"""Drafts and scheduled items: what a build publishes on its day.

An item whose Date falls after the build day is scheduled: like a draft, only a
preview build (the devserver, MULTILINGUAL_PREVIEW) has it, hidden and marked;
the first build on or after that day publishes it. Days are counted in the
site's TIMEZONE, as Pelican reads a Date.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from plugins.base.items import Item

DRAFT, SCHEDULED = "draft", "scheduled"


def build_day(fixed: str, timezone: str) -> date:
    """The day a build publishes for: `fixed` ("2026-11-23") or today in the zone."""
    if fixed:
        return date.fromisoformat(str(fixed))
    return datetime.now(ZoneInfo(timezone)).date()


def day_of(when: date | datetime) -> date:
    """The calendar day of a Date value (a datetime keeps its own zone's day)."""
    return when.date() if isinstance(when, datetime) else when


def is_scheduled(item: Item, today: date) -> bool:
    """Tell whether an item's Date is after the build day."""
    return item.date is not None and day_of(item.date) > today


def publishable(items: list[Item], today: date, preview: bool) -> list[Item]:
    """The items a build has: scheduled ones left out, or in a preview kept hidden
    and marked (drafts are marked when read, and only a preview reads them)."""
    if not preview:
        return [item for item in items if not is_scheduled(item, today)]
    return [marked(item, today) for item in items]


def marked(item: Item, today: date) -> Item:
    """The item as a preview shows it: a scheduled one hidden, with its state."""
    if item.preview or not is_scheduled(item, today):
        return item
    return item.with_changes(hidden=True, preview=SCHEDULED)
