"""Page plans: which pages a language site has and what each one lists."""

from datetime import UTC, datetime

import pytest

from plugins.base.items import Tag
from plugins.multilingual import site_pages
from plugins.multilingual.registry import Listed
from tests.unit.multilingual_builders import (
    BY_CODE,
    SETTINGS,
    at,
    event,
    news,
    on,
    page,
    registry_of,
)

LV, EN = BY_CODE["lv"], BY_CODE["en"]
TODAY = on(10)


def slugs(entries) -> list[str]:
    """The slugs of a list's entries, in order."""
    return [entry.item.slug for entry in entries]


def plan(registry, language=LV, settings=SETTINGS, today=TODAY) -> dict:
    """The pages of a language site by path."""
    specs = site_pages.language_site(registry, language, settings, today)
    return {spec.path: spec for spec in specs}


# --- the whole plan -------------------------------------------------------------


def test_a_language_site_has_these_pages_in_this_order():
    registry = registry_of(
        [
            news("lv", "report", 3, tags=("Atbalsts",)),
            event("lv", "meeting", on(12)),
            page("lv", "about"),
            news("en", "english-only", 4),
        ]
    )
    specs = site_pages.language_site(registry, LV, SETTINGS, TODAY)
    assert [(spec.template, spec.path, spec.indexable) for spec in specs] == [
        ("home.html", "lv/", True),
        ("news.html", "lv/news/", True),
        ("events.html", "lv/events/", True),
        ("item.html", "lv/events/meeting/", True),
        ("item.html", "lv/news/report/", True),
        ("page.html", "lv/about/", True),
        ("tags.html", "lv/tags/", True),
        ("tag.html", "lv/tags/atbalsts/", True),
        ("sitemap.html", "lv/sitemap/", True),
        ("not_translated.html", "lv/not-translated/news/english-only/", False),
        ("404.html", "lv/404.html", False),
    ]


def test_only_the_languages_own_items_get_pages_there():
    registry = registry_of([news("lv", "report"), news("en", "english-only")])
    assert [spec.item.path for spec in site_pages.item_pages(registry, LV)] == [
        "lv/news/report/"
    ]


# --- the news list and its pagination -------------------------------------------


@pytest.mark.parametrize(
    ("count", "pages"),
    [
        (0, [("lv/news/", 0, None, None)]),
        (1, [("lv/news/", 1, None, None)]),
        (3, [("lv/news/", 3, None, None)]),
        (
            4,
            [
                ("lv/news/", 3, None, "lv/news/page/2/"),
                ("lv/news/page/2/", 1, "lv/news/", None),
            ],
        ),
        (
            7,
            [
                ("lv/news/", 3, None, "lv/news/page/2/"),
                ("lv/news/page/2/", 3, "lv/news/", "lv/news/page/3/"),
                ("lv/news/page/3/", 1, "lv/news/page/2/", None),
            ],
        ),
    ],
)
def test_news_pages_split_at_the_page_size(count, pages):
    registry = registry_of([news("lv", f"n{n}", n + 1) for n in range(count)])
    specs = list(site_pages.news_pages(registry, LV, SETTINGS))
    assert [
        (
            spec.path,
            len(spec.context["entries"]),
            spec.context["pagination"]["previous"],
            spec.context["pagination"]["next"],
        )
        for spec in specs
    ] == pages
    for number, spec in enumerate(specs, start=1):
        links = spec.context["pagination"]
        assert (links["number"], links["count"]) == (number, len(pages))
        assert links["pages"] == [(n, path) for n, (path, *_) in enumerate(pages, 1)]


def test_news_pages_run_newest_first_across_pages():
    registry = registry_of([news("lv", f"n{day}", day) for day in (5, 1, 4, 2, 3)])
    specs = site_pages.news_pages(registry, LV, SETTINGS)
    assert [slugs(spec.context["entries"]) for spec in specs] == [
        ["n5", "n4", "n3"],
        ["n2", "n1"],
    ]


def test_every_news_page_has_the_news_page_as_its_twin():
    registry = registry_of([news("lv", f"n{n}", n + 1) for n in range(4)])
    second = list(site_pages.news_pages(registry, LV, SETTINGS))[1]
    assert second.same_page_in(EN) == ("en/news/", True)


@pytest.mark.parametrize(
    ("size", "expected"),
    [(0, [[]]), (1, [[1]]), (2, [[1, 2]]), (3, [[1, 2], [3]])],
)
def test_paginate_always_gives_at_least_one_page(size, expected):
    assert site_pages.paginate([1, 2, 3][:size], 2) == expected


# --- events: upcoming or past ---------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "when"),
    [
        (on(10), None, "upcoming"),  # all day, today
        (on(11), None, "upcoming"),
        (on(9), None, "past"),  # all day, yesterday
        (on(8), on(12), "upcoming"),  # several days, running today
        (on(7), on(9), "past"),  # several days, ended yesterday
        (at(10, 9), at(10, 11), "upcoming"),  # earlier today counts as today
        (at(9, 20), at(10, 0), "past"),  # ends at 00:00: its last day is the 9th
        (at(9, 20), at(10, 0, 30), "upcoming"),  # ends after midnight, on the 10th
        (at(10, 0), None, "upcoming"),  # starts at 00:00 today, no end
        (at(8, 9), at(10, 0), "past"),  # several days, ends at 00:00
        (at(8, 9), at(11, 0), "upcoming"),  # several days, last day the 10th
        # the end written in another zone: 21:00 UTC is 00:00 in Riga
        (at(9, 20), datetime(2024, 5, 9, 21, tzinfo=UTC), "past"),
        (at(9, 20), datetime(2024, 5, 9, 21, 1, tzinfo=UTC), "upcoming"),
    ],
)
def test_an_event_is_upcoming_until_its_last_day_is_over(start, end, when):
    entry = Listed(event("lv", "e", start, end), foreign=False)
    upcoming, past = site_pages.split_events([entry], TODAY)
    assert {"upcoming": upcoming, "past": past}[when] == [entry]
    assert len(upcoming) + len(past) == 1


def test_upcoming_events_run_soonest_first_and_past_ones_latest_first():
    entries = [
        Listed(item, foreign=False)
        for item in [
            event("lv", "b-soon", on(12)),
            event("lv", "later", on(20)),
            event("lv", "a-soon", at(12, 18)),
            event("lv", "running", on(1), on(30)),
            event("lv", "long-ago", on(1)),
            event("lv", "yesterday", on(9)),
            event("lv", "a-yesterday", on(9)),
            news("lv", "not-an-event"),
        ]
    ]
    upcoming, past = site_pages.split_events(entries, TODAY)
    assert slugs(upcoming) == ["running", "a-soon", "b-soon", "later"]
    assert slugs(past) == ["yesterday", "a-yesterday", "long-ago"]


def test_the_events_page_and_the_home_split_events_on_the_same_day():
    registry = registry_of(
        [
            event("lv", "over", at(9, 20), at(10, 0)),
            event("lv", "tonight", at(10, 20), at(11, 0)),
            event("lv", "next-week", on(17)),
            event("lv", "next-month", on(30)),
        ]
    )
    events = site_pages.events_page(registry, LV, TODAY)
    assert slugs(events.context["upcoming"]) == ["tonight", "next-week", "next-month"]
    assert slugs(events.context["past"]) == ["over"]
    home = site_pages.home_page(registry, LV, SETTINGS, TODAY)
    assert slugs(home.context["upcoming"]) == ["tonight", "next-week"]


# --- the home page --------------------------------------------------------------


def test_the_home_shows_the_latest_news_up_to_its_setting():
    registry = registry_of([news("lv", f"n{day}", day) for day in (1, 3, 2)])
    home = site_pages.home_page(registry, LV, SETTINGS, TODAY)
    assert slugs(home.context["news"]) == ["n3", "n2"]
    settings = {**SETTINGS, "MULTILINGUAL_HOME_NEWS": 0, "MULTILINGUAL_HOME_EVENTS": 0}
    empty = site_pages.home_page(registry, LV, settings, TODAY)
    assert (empty.context["news"], empty.context["upcoming"]) == ([], [])
    assert home.same_page_in(EN) == ("en/", True)


# --- untranslated and hidden items ----------------------------------------------


def listed_everywhere(registry, language=LV) -> dict[str, list]:
    """What each list of a language site shows: (slug, foreign) per entry."""
    pages = plan(registry, language)

    def entries(path, key):
        return [(e.item.slug, e.foreign) for e in pages[path].context[key]]

    prefix = language.prefix
    tags = pages[f"{prefix}/tags/"].context["tags"]
    return {
        "home news": entries(f"{prefix}/", "news"),
        "home events": entries(f"{prefix}/", "upcoming"),
        "news": entries(f"{prefix}/news/", "entries"),
        "events": entries(f"{prefix}/events/", "upcoming"),
        "tags": {
            slug: [e.item.slug for e in listed] for slug, (_, listed) in tags.items()
        },
        "sitemap news": entries(f"{prefix}/sitemap/", "news"),
        "sitemap events": entries(f"{prefix}/sitemap/", "events"),
        "sitemap pages": entries(f"{prefix}/sitemap/", "pages"),
    }


UNTRANSLATED = [
    news("lv", "both", 2, tags=("Atbalsts",)),
    news("en", "both", 2, tags=("Support",)),
    news("en", "english-only", 3, tags=("Support",)),
    event("en", "english-event", on(20)),
    page("en", "english-page"),
]


def test_untranslated_items_are_listed_as_foreign_when_the_setting_says_so():
    registry = registry_of(UNTRANSLATED, list_untranslated=True)
    # Home and sections: the language's own items first; archives: by date.
    assert listed_everywhere(registry) == {
        "home news": [("both", False), ("english-only", True)],
        "home events": [("english-event", True)],
        "news": [("both", False), ("english-only", True)],
        "events": [("english-event", True)],
        "tags": {"atbalsts": ["both"], "support": ["english-only"]},
        "sitemap news": [("english-only", True), ("both", False)],
        "sitemap events": [("english-event", True)],
        "sitemap pages": [("english-page", True)],
    }


def test_untranslated_items_are_left_out_when_the_setting_says_so():
    registry = registry_of(UNTRANSLATED, list_untranslated=False)
    assert listed_everywhere(registry) == {
        "home news": [("both", False)],
        "home events": [],
        "news": [("both", False)],
        "events": [],
        "tags": {"atbalsts": ["both"]},
        "sitemap news": [("both", False)],
        "sitemap events": [],
        "sitemap pages": [],
    }


HIDDEN = [
    news("lv", "public", 1, tags=("Atbalsts",)),
    news("lv", "secret", 5, tags=("Atbalsts", "Slepens"), hidden=True),
    event("lv", "secret-event", on(20), hidden=True),
    page("lv", "secret-page", hidden=True),
    news("en", "secret-abroad", 6, hidden=True),
    # hidden in Latvian, public in English: the Latvian lists show neither
    news("lv", "hidden-here", 7, hidden=True),
    news("en", "hidden-here", 7),
]


@pytest.mark.parametrize("list_untranslated", [True, False])
def test_hidden_items_are_in_no_list_of_any_language(list_untranslated):
    registry = registry_of(HIDDEN, list_untranslated=list_untranslated)
    assert listed_everywhere(registry) == {
        "home news": [("public", False)],
        "home events": [],
        "news": [("public", False)],
        "events": [],
        "tags": {"atbalsts": ["public"]},
        "sitemap news": [("public", False)],
        "sitemap events": [],
        "sitemap pages": [],
    }
    english = listed_everywhere(registry, EN)
    expected = [("hidden-here", False)]
    if list_untranslated:
        expected.append(("public", True))
    assert english["news"] == expected
    assert registry.pages_in("lv") == []


def test_hidden_items_get_a_page_that_is_not_indexable():
    registry = registry_of(HIDDEN)
    pages = plan(registry)
    assert {
        path: spec.indexable for path, spec in pages.items() if spec.item is not None
    } == {
        "lv/events/secret-event/": False,
        "lv/news/hidden-here/": False,
        "lv/news/public/": True,
        "lv/news/secret/": False,
        "lv/secret-page/": False,
    }
    assert "lv/tags/slepens/" not in pages


# --- twins: the same page in another language -----------------------------------


@pytest.mark.parametrize(
    ("item", "in_english"),
    [
        (news("lv", "both"), ("en/news/both/", True)),
        (news("lv", "latvian-only"), ("en/not-translated/news/latvian-only/", False)),
        (
            event("lv", "latvian-event", on(12)),
            ("en/not-translated/events/latvian-event/", False),
        ),
        (page("lv", "latvian-page"), ("en/not-translated/page/latvian-page/", False)),
        (
            news("lv", "hidden-abroad"),
            ("en/not-translated/news/hidden-abroad/", False),
        ),
        (news("lv", "secret", hidden=True), ("en/news/", False)),
        (page("lv", "secret-page", hidden=True), ("en/", False)),
    ],
)
def test_an_items_version_is_its_translation_else_its_notice_page(item, in_english):
    registry = registry_of(
        [
            item,
            news("en", "both"),
            news("en", "hidden-abroad", hidden=True),
        ]
    )
    assert site_pages.item_version(registry, item)(EN) == in_english
    assert site_pages.item_version(registry, item)(LV) == (item.path, True)


def test_without_notice_pages_the_switcher_leads_to_the_section_or_home():
    item = news("lv", "latvian-only")
    registry = registry_of([item, page("lv", "about")])
    settings = {**SETTINGS, "MULTILINGUAL_NOT_TRANSLATED_PAGES": False}
    pages = plan(registry, EN, settings)
    assert not [path for path in pages if "not-translated" in path]
    latvian = plan(registry, LV, settings)
    assert latvian["lv/news/latvian-only/"].same_page_in(EN) == ("en/news/", False)
    assert latvian["lv/about/"].same_page_in(EN) == ("en/", False)
    assert "en/not-translated/news/latvian-only/" in plan(registry, EN)


def test_a_hidden_item_links_its_public_translations():
    hidden = news("lv", "both", hidden=True)
    registry = registry_of([hidden, news("en", "both")])
    assert site_pages.item_version(registry, hidden)(EN) == ("en/news/both/", True)


def test_a_tag_pages_version_is_the_same_tag_else_the_tag_index():
    registry = registry_of(
        [
            news("lv", "a", tags=("Shared", "Latvian")),
            news("en", "b", tags=("Shared",)),
        ],
        list_untranslated=False,
    )
    shared, latvian = Tag("Shared", "shared"), Tag("Latvian", "latvian")
    assert site_pages.tag_version(registry, shared)(EN) == ("en/tags/shared/", True)
    assert site_pages.tag_version(registry, latvian)(EN) == ("en/tags/", False)


# --- the menu of institutional pages --------------------------------------------


@pytest.mark.parametrize(
    ("pages", "menu"),
    [
        ([("b", 0, "B"), ("a", 0, "A")], ["a", "b"]),  # same order: by title
        ([("a", 2, "A"), ("b", 1, "B")], ["b", "a"]),  # low Order first
        ([("a", 0, "alpha"), ("b", 0, "Beta")], ["a", "b"]),  # case does not count
        ([("a", 1, "A"), ("b", -1, "B"), ("c", 0, "C")], ["b", "c", "a"]),
    ],
)
def test_the_menu_lists_institutional_pages_by_order_then_title(pages, menu):
    registry = registry_of(
        [page("lv", slug, order, title=title) for slug, order, title in pages]
        + [page("lv", "hidden", -5, hidden=True), page("en", "english", -9)]
    )
    assert [item.slug for item in registry.pages_in("lv")] == menu


def test_the_404_page_is_not_indexable_and_twins_the_other_404():
    spec = site_pages.not_found_page(LV)
    assert (spec.template, spec.path, spec.indexable) == (
        "404.html",
        "lv/404.html",
        False,
    )
    assert spec.same_page_in(EN) == ("en/404.html", True)


# --- own language first ---------------------------------------------------------

OTHERS_NEWER = [
    news("lv", "lv-old", 1),
    news("en", "en-new", 9),
    news("lv", "lv-mid", 4),
    news("cs", "cs-newest", 10),
    news("en", "en-mid", 5),
]


@pytest.mark.parametrize(
    ("limit", "expected"),
    [
        (None, ["lv-mid", "lv-old", "cs-newest", "en-new", "en-mid"]),
        (2, ["lv-mid", "lv-old", "cs-newest", "en-new"]),
        (1, ["lv-mid", "cs-newest"]),
        (0, []),
    ],
)
def test_own_language_first_keeps_each_part_in_order_and_cuts_each(limit, expected):
    entries = registry_of(OTHERS_NEWER).listing("lv", ("news",))
    assert slugs(site_pages.own_language_first(entries, limit)) == expected


def test_the_news_list_paginates_own_items_then_the_others():
    registry = registry_of(OTHERS_NEWER)
    settings = {**SETTINGS, "MULTILINGUAL_PAGE_SIZE": 2}
    pages = plan(registry, settings=settings)
    assert [
        [(e.item.slug, e.foreign) for e in pages[path].context["entries"]]
        for path in ("lv/news/", "lv/news/page/2/", "lv/news/page/3/")
    ] == [
        [("lv-mid", False), ("lv-old", False)],
        [("cs-newest", True), ("en-new", True)],
        [("en-mid", True)],
    ]
    assert pages["lv/news/page/3/"].context["pagination"]["previous"] == (
        "lv/news/page/2/"
    )


def test_the_home_shows_its_own_news_first_then_the_others_up_to_its_setting():
    home = site_pages.home_page(registry_of(OTHERS_NEWER), LV, SETTINGS, TODAY)
    assert [(e.item.slug, e.foreign) for e in home.context["news"]] == [
        ("lv-mid", False),
        ("lv-old", False),
        ("cs-newest", True),
        ("en-new", True),
    ]
