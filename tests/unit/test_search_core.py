"""Search: what each item is filed under, and what a search page offers."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from plugins.base.items import Item, Tag
from plugins.search.core import (
    Facets,
    is_searchable,
    is_stemmed,
    item_facets,
    search_choices,
    search_path,
)

RIGA = ZoneInfo("Europe/Riga")
REPORTS = Tag("Ziņojumi", "zinojumi")
TRAINING = Tag("Apmācības", "apmacibas")


def item(kind="news", lang="lv", slug="x", **fields) -> Item:
    """A minimal item of the given kind and language."""
    return Item(
        kind, lang, slug, slug.title(), f"{lang}/{slug}/", f"{slug}.md", **fields
    )


@pytest.mark.parametrize(
    ("entry", "facets"),
    [
        (
            item(date=datetime(2024, 3, 5, 10, tzinfo=RIGA), tags=(REPORTS, TRAINING)),
            Facets(
                "news", "2024", ("zinojumi", "apmacibas"), "2024-03-05", "2024-03-05"
            ),
        ),
        # An event is filed under the day it starts, not the day it was announced.
        (
            item(
                "events",
                date=datetime(2026, 10, 1, tzinfo=RIGA),
                event_start=datetime(2027, 1, 14, 10, tzinfo=RIGA),
            ),
            Facets("events", "2027", (), "2027-01-14", "2027-01-14"),
        ),
        (
            item("events", event_start=date(2017, 6, 21)),
            Facets("events", "2017", (), "2017-06-21", "2017-06-21"),
        ),
        # Undated pages sort last whichever way the reader sorts.
        (item("page"), Facets("page", "", (), "0000-00-00", "9999-99-99")),
    ],
)
def test_item_facets(entry, facets):
    assert item_facets(entry) == facets


def test_undated_items_sort_after_dated_ones_both_ways():
    dated, undated = item_facets(item(date=datetime(1990, 1, 1))), item_facets(item())
    assert sorted([undated.newest, dated.newest], reverse=True)[-1] == undated.newest
    assert sorted([undated.oldest, dated.oldest])[-1] == undated.oldest


@pytest.mark.parametrize(
    ("code", "stemmed"),
    [
        ("en", True),
        ("sr-Cyrl", True),
        ("sr-Latn", True),
        ("cs", False),
        ("lv", False),
        ("bg", False),
    ],
)
def test_which_languages_pagefind_stems(code, stemmed):
    assert is_stemmed(code) is stemmed


@pytest.mark.parametrize(
    ("entry", "language", "kinds", "searchable"),
    [
        (item("news"), "lv", ("news", "events", "page"), True),
        (item("page"), "lv", ("news", "events"), False),
        (item("news", lang="en"), "lv", ("news",), False),
        (None, "lv", ("news",), False),
    ],
)
def test_is_searchable(entry, language, kinds, searchable):
    assert is_searchable(entry, language, kinds) is searchable


def test_search_path():
    assert search_path("sr-latn") == "sr-latn/search/"


def test_search_choices_offer_only_what_finds_something():
    items = [
        item("events", slug="a", event_start=date(2027, 1, 14), tags=(TRAINING,)),
        item("news", slug="b", date=datetime(2024, 3, 5), tags=(REPORTS, TRAINING)),
        item("news", slug="c", date=datetime(2024, 1, 1)),
    ]
    choices = search_choices(items, ("news", "events", "page"))
    assert choices.count == 3
    assert choices.sections == ("news", "events")  # in SEARCH_KINDS order, no pages
    assert choices.years == ("2027", "2024")
    assert choices.tags == (TRAINING, REPORTS)  # by name: Apmācības, Ziņojumi


def test_search_choices_of_a_language_without_items():
    choices = search_choices([], ("news",))
    assert (choices.count, choices.sections, choices.years, choices.tags) == (
        0,
        (),
        (),
        (),
    )
