"""Where feeds live and which items each feed of a language holds."""

from datetime import date, datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from plugins.base.items import Item, Tag
from plugins.feeds.files import newest_items
from plugins.feeds.handlers import holds_changed
from plugins.feeds.layout import (
    all_languages_address,
    feed_address,
    feeds_page_path,
)
from plugins.feeds.plan import (
    EPOCH,
    all_languages_plan,
    feed_items,
    language_plan,
    may_hold,
    newest_update,
    page_feed,
)
from plugins.multilingual.registry import Listed

PRAGUE = ZoneInfo("Europe/Prague")
REPORTS = Tag("Reports", "reports")
TRAINING = Tag("Apmācības", "apmacibas")
PAGES = {"all": "en/", "news": "en/news/", "events": "en/events/"}


def make_item(slug, kind="news", lang="en", day=1, **changes):
    """An item published on day `day` of March 2024."""
    folder = f"{kind}/" if kind != "page" else ""
    fields = {
        "kind": kind,
        "lang": lang,
        "slug": slug,
        "title": slug,
        "path": f"{lang}/{folder}{slug}/",
        "source_path": f"{kind}/{slug}.{lang}.md",
        "date": datetime(2024, 3, day, 10, tzinfo=PRAGUE),
    }
    return Item(**{**fields, **changes})


REPORT = make_item("report", day=5, tags=(REPORTS,))
CONFERENCE = make_item(
    "conference", kind="events", day=2, event_start=date(2024, 6, 21)
)
RIGA = make_item("riga", lang="lv", day=9, tags=(TRAINING,))
ABOUT = make_item("about", kind="page", date=None, tags=(REPORTS,))
LISTING = [Listed(RIGA, True), Listed(REPORT, False), Listed(CONFERENCE, False)]
TAGS = {
    "apmacibas": (TRAINING, [Listed(RIGA, True)]),
    "reports": (REPORTS, [Listed(REPORT, False), Listed(ABOUT, False)]),
}


@pytest.mark.parametrize(
    ("prefix", "kind", "slug", "rss", "atom"),
    [
        ("en", "all", "", "en/feeds/all.rss.xml", "en/feeds/all.atom.xml"),
        ("lv", "news", "", "lv/feeds/news.rss.xml", "lv/feeds/news.atom.xml"),
        (
            "sr-latn",
            "events",
            "",
            "sr-latn/feeds/events.rss.xml",
            "sr-latn/feeds/events.atom.xml",
        ),
        (
            "sr-latn",
            "tag",
            "izvestaji",
            "sr-latn/feeds/tags/izvestaji.rss.xml",
            "sr-latn/feeds/tags/izvestaji.atom.xml",
        ),
    ],
)
def test_feed_layout(prefix, kind, slug, rss, atom):
    address = feed_address(prefix, kind, slug)
    assert (address.rss, address.atom) == (rss, atom)
    assert [media for _name, media, _path in address.formats] == [
        "application/rss+xml",
        "application/atom+xml",
    ]


def test_feeds_page_and_the_all_languages_feed():
    assert feeds_page_path("sr-latn") == "sr-latn/feeds/"
    combined = all_languages_address()
    assert combined.formats == (
        ("Atom", "application/atom+xml", "feeds/all-languages.atom.xml"),
    )


def test_unknown_feed_kind_is_refused():
    with pytest.raises(ValueError) as raised:
        feed_address("en", "pages")
    assert str(raised.value) == (
        "feeds: no feed kind 'pages'; expected one of: 'all', 'news', 'events', 'tag'"
    )


def tag_page(slug):
    """The English tag list of a tag."""
    return f"en/tags/{slug}/"


def plan_of(include_untranslated):
    """The English plan from the table above, as (kind, label, page, slugs)."""
    plan = language_plan("en", LISTING, TAGS, PAGES, tag_page, include_untranslated)
    return [
        (p.address.kind, p.address.label, p.page_path, [i.slug for i in p.items])
        for p in plan
    ]


def test_language_plan_keeps_other_languages_out_by_default():
    assert plan_of(include_untranslated=False) == [
        ("all", "", "en/", ["report", "conference"]),
        ("news", "", "en/news/", ["report"]),
        ("events", "", "en/events/", ["conference"]),
        ("tag", "Reports", "en/tags/reports/", ["report"]),
    ]


def test_language_plan_can_include_untranslated_items():
    assert plan_of(include_untranslated=True) == [
        ("all", "", "en/", ["riga", "report", "conference"]),
        ("news", "", "en/news/", ["riga", "report"]),
        ("events", "", "en/events/", ["conference"]),
        ("tag", "Apmācības", "en/tags/apmacibas/", ["riga"]),
        ("tag", "Reports", "en/tags/reports/", ["report"]),
    ]


def test_pages_and_undated_items_stay_out_of_feeds():
    undated = make_item("undated", date=None)
    entries = [Listed(ABOUT, False), Listed(undated, False), Listed(REPORT, False)]
    assert feed_items(entries, include_untranslated=True) == [REPORT]


@pytest.mark.parametrize(
    ("template", "context", "include_untranslated", "expected"),
    [
        ("news.html", {}, False, "en/feeds/news.rss.xml"),
        ("events.html", {}, False, "en/feeds/events.rss.xml"),
        (
            "tag.html",
            {"tag": REPORTS, "entries": TAGS["reports"][1]},
            False,
            "en/feeds/tags/reports.rss.xml",
        ),
        ("tag.html", {"tag": TRAINING, "entries": TAGS["apmacibas"][1]}, False, None),
        (
            "tag.html",
            {"tag": TRAINING, "entries": TAGS["apmacibas"][1]},
            True,
            "en/feeds/tags/apmacibas.rss.xml",
        ),
        ("home.html", {}, False, None),
        ("item.html", {}, False, None),
    ],
)
def test_page_feed_follows_what_the_page_lists(
    template, context, include_untranslated, expected
):
    address = page_feed("en", template, context, include_untranslated)
    assert (address.rss if address else None) == expected


def test_all_languages_plan_leaves_out_generated_latin_copies_and_pages():
    copy = make_item("report", lang="sr-Latn", generated_from="sr-Cyrl")
    cyrillic = make_item("report", lang="sr-Cyrl")
    planned = all_languages_plan([REPORT, cyrillic, copy, ABOUT, RIGA], "")
    assert planned.items == (REPORT, cyrillic, RIGA)
    assert planned.page_path == ""
    assert planned.address.rss is None


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ([REPORT, CONFERENCE], REPORT.date),
        (
            [
                REPORT,
                CONFERENCE.with_changes(modified=datetime(2024, 4, 1, tzinfo=PRAGUE)),
            ],
            datetime(2024, 4, 1, tzinfo=PRAGUE),
        ),
        (
            [ABOUT.with_changes(date=datetime(2030, 1, 1, tzinfo=PRAGUE)), RIGA],
            RIGA.date,
        ),
        ([], EPOCH),
    ],
)
def test_newest_update_dates_empty_feeds_from_content(items, expected):
    assert newest_update(items) == expected


def dated(day: int) -> SimpleNamespace:
    """An item of a feed, published on a day of May 2024."""
    return SimpleNamespace(path=f"en/news/{day}/", date=datetime(2024, 5, day))


@pytest.mark.parametrize(
    ("changed", "include_untranslated", "holds"),
    [
        ({REPORT.path}, False, True),
        ({CONFERENCE.path, "en/news/gone/"}, False, True),
        ({RIGA.path}, False, False),  # listed, but untranslated: not in feeds
        ({RIGA.path}, True, True),
        ({ABOUT.path}, True, False),  # a page: not in the news and events list
        (set(), True, False),
    ],
)
def test_a_quick_rebuild_plans_only_languages_whose_feeds_may_show_an_edit(
    changed, include_untranslated, holds
):
    assert may_hold(LISTING, changed, include_untranslated) is holds


def test_an_edited_item_no_feed_shows_plans_no_feed():
    undated = make_item("undated", date=None)  # feeds show dated items only
    assert feed_items([Listed(undated, False)], True) == []
    assert may_hold([Listed(undated, False)], {undated.path}, True) is False


@pytest.mark.parametrize(
    ("changed", "limit", "holds"),
    [
        (None, 2, True),  # a full build writes every feed
        ({"en/news/5/"}, 2, True),  # among the two newest
        ({"en/news/4/"}, 2, True),
        ({"en/news/1/"}, 2, False),  # in the feed, but not among those it shows
        ({"en/news/1/"}, 50, True),
        ({"en/news/1/"}, None, True),
        ({"en/news/9/"}, 50, False),  # not in this feed at all
    ],
)
def test_a_quick_rebuild_writes_a_feed_only_when_it_shows_a_changed_item(
    changed, limit, holds
):
    planned = SimpleNamespace(items=tuple(dated(day) for day in range(1, 6)))
    assert holds_changed(planned, changed, limit) is holds


@pytest.mark.parametrize(
    ("days", "limit", "kept"),
    [
        ([5, 3, 3, 3, 1], 2, [5, 3, 3, 3]),  # ties at the cutoff all stay
        ([5, 3, 3, 3, 1], 1, [5]),
        ([1, 5, 3], 2, [5, 3]),  # in the order given
        ([1, 5, 3], 3, [1, 5, 3]),
        ([1, 5, 3], 50, [1, 5, 3]),
        ([1, 5, 3], None, [1, 5, 3]),
    ],
)
def test_newest_items_keeps_those_dated_on_or_after_the_cutoff(days, limit, kept):
    items = [dated(day) for day in days]
    assert [item.date.day for item in newest_items(items, limit)] == kept
