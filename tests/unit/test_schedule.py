"""Scheduled items and drafts: left out of a build before their day, marked and
hidden in a preview (plugins/base/schedule.py, then the registry and page plans)."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from plugins.base import schedule
from plugins.multilingual import site_pages
from tests.unit.multilingual_builders import (
    BY_CODE,
    SETTINGS,
    at,
    news,
    on,
    registry_of,
)

LV = BY_CODE["lv"]
TODAY = on(10)


def build(items, today=TODAY, preview=False):
    """The registry and the lv page plan a build on `today` makes of the items."""
    registry = registry_of(schedule.publishable(items, today, preview))
    specs = site_pages.language_site(registry, LV, SETTINGS, today)
    return registry, {spec.path: spec for spec in specs}


def listed_slugs(registry) -> list[str]:
    """The slugs of lv's news list."""
    return [entry.item.slug for entry in registry.listing("lv", ("news",))]


@pytest.mark.parametrize(
    ("published", "today", "scheduled"),
    [
        (at(11, 9), on(10), True),  # tomorrow morning
        (at(10, 23, 59), on(10), False),  # later today: published today
        (at(10, 0), on(10), False),
        (at(9, 12), on(10), False),
        (date(2024, 5, 11), on(10), True),  # a Date without a time
    ],
)
def test_an_item_is_scheduled_when_its_day_is_after_the_build_day(
    published, today, scheduled
):
    item = news("lv", "item").with_changes(date=published)
    assert schedule.is_scheduled(item, today) is scheduled


def test_the_day_of_a_date_is_counted_in_its_own_zone():
    """00:30 on the 11th in Riga is still the 10th in UTC: the day is the 11th."""
    early = datetime(2024, 5, 11, 0, 30, tzinfo=ZoneInfo("Europe/Riga"))
    item = news("lv", "x").with_changes(date=early)
    assert schedule.is_scheduled(item, on(10)) is True


def test_an_item_without_a_date_is_never_scheduled():
    item = news("lv", "x").with_changes(date=None)
    assert schedule.is_scheduled(item, on(1)) is False


def test_a_build_leaves_a_scheduled_item_out_of_everything():
    items = [news("lv", "today", 10), news("lv", "later", 20, tags=("Zeltkalns",))]
    registry, pages = build(items)
    assert [item.slug for item in registry.every_item()] == ["today"]
    assert listed_slugs(registry) == ["today"]
    assert "lv/news/later/" not in pages
    assert "lv/tags/zeltkalns/" not in pages


def test_the_build_on_its_day_publishes_it_on_top_of_the_lists():
    items = [news("lv", "today", 10), news("lv", "later", 20, tags=("Zeltkalns",))]
    registry, pages = build(items, today=on(20))
    assert listed_slugs(registry) == ["later", "today"]
    assert "lv/news/later/" in pages
    assert pages["lv/news/later/"].indexable is True
    assert "lv/tags/zeltkalns/" in pages
    home = pages["lv/"].context
    assert [entry.item.slug for entry in home["news"]] == ["later", "today"]


def test_a_preview_builds_a_scheduled_item_hidden_and_marked():
    items = [news("lv", "today", 10), news("lv", "later", 20, tags=("Zeltkalns",))]
    registry, pages = build(items, preview=True)
    later = registry.item_at("lv/news/later/")
    assert (later.hidden, later.preview) == (True, "scheduled")
    assert listed_slugs(registry) == ["today"]  # listed nowhere
    assert pages["lv/news/later/"].indexable is False
    assert "lv/tags/zeltkalns/" not in pages


def test_a_preview_keeps_a_draft_marked_as_a_draft_even_when_dated_later():
    draft = news("lv", "draft", 20, hidden=True, preview="draft")
    assert schedule.marked(draft, TODAY).preview == "draft"


def test_a_published_item_is_not_marked_in_a_preview():
    item = news("lv", "today", 10)
    assert schedule.marked(item, TODAY) is item


@pytest.mark.parametrize(
    ("fixed", "expected"),
    [("2027-03-01", date(2027, 3, 1)), (date(2027, 3, 1), date(2027, 3, 1))],
)
def test_a_fixed_build_day_is_taken_as_it_is(fixed, expected):
    assert schedule.build_day(fixed, "Europe/Riga") == expected


def test_without_a_fixed_day_the_build_day_is_today_in_the_zone():
    assert schedule.build_day("", "Pacific/Kiritimati") == (
        datetime.now(ZoneInfo("Pacific/Kiritimati")).date()
    )
