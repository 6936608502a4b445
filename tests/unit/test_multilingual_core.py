"""Languages, URLs and the translation registry: the pure pieces of the core."""

from datetime import UTC, datetime

import pytest

from plugins.base import urls
from plugins.base.event_times import parse_event_moment
from plugins.base.items import Item, Tag
from plugins.base.languages import build_languages, normalise_code
from plugins.multilingual.registry import Registry

LANGUAGES = build_languages(["cs", "lv", "sr-Cyrl", "sr-Latn", "bg", "en"])
BY_CODE = {language.code: language for language in LANGUAGES}


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("lv", "lv"),
        ("LV", "lv"),
        (" cs ", "cs"),
        ("sr", "sr-Cyrl"),
        ("sr-Cyrl", "sr-Cyrl"),
        ("sr-latn", "sr-Latn"),
        ("sr-Latn", "sr-Latn"),
        ("en", "en"),
        ("lv-LV", None),
        ("de", None),
        ("", None),
    ],
)
def test_normalise_code(written, code):
    assert normalise_code(written) == code


@pytest.mark.parametrize(
    ("code", "native", "in_english", "in_czech"),
    [
        ("cs", "Čeština", "Czech", "čeština"),
        ("lv", "Latviešu", "Latvian", "lotyština"),
        ("sr-Cyrl", "Српски (ћирилица)", "Serbian – Cyrillic", "srbština – cyrilice"),
        ("sr-Latn", "Srpski (latinica)", "Serbian – Latin", "srbština – latinka"),
        ("bg", "Български", "Bulgarian", "bulharština"),
        ("en", "English", "English", "angličtina"),
    ],
)
def test_language_names(code, native, in_english, in_czech):
    language = BY_CODE[code]
    assert language.native_name == native
    assert language.name_in(BY_CODE["en"]) == in_english
    assert language.name_in(BY_CODE["cs"]) == in_czech


@pytest.mark.parametrize(
    ("code", "identifier"),
    [
        ("cs", "cs_CZ"),
        ("lv", "lv_LV"),
        ("sr-Cyrl", "sr_Cyrl_RS"),
        ("sr-Latn", "sr_Latn_RS"),
        ("bg", "bg_BG"),
        ("en", "en_GB"),
    ],
)
def test_languages_use_the_cldr_locale_of_their_country(code, identifier):
    # The territory gives the calendar its first day of the week.
    assert str(BY_CODE[code].babel) == identifier


def test_unknown_language_in_settings_is_refused():
    with pytest.raises(ValueError, match="de"):
        build_languages(["en", "de"])


def test_overrides_change_prefix_and_locale():
    (english,) = build_languages(
        ["en"], {"en": {"prefix": "english", "locale": "en_US"}}
    )
    assert (english.prefix, english.locale) == ("english", "en_US")


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (urls.home_path("lv"), "lv/"),
        (urls.section_path("lv", "news"), "lv/news/"),
        (urls.section_path("lv", "news", 2), "lv/news/page/2/"),
        (urls.item_path("sr-latn", "news", "izvestaj"), "sr-latn/news/izvestaj/"),
        (urls.item_path("bg", "events", "conference"), "bg/events/conference/"),
        (urls.item_path("cs", "page", "who-we-are"), "cs/who-we-are/"),
        (urls.tags_path("en"), "en/tags/"),
        (urls.tag_path("en", "training"), "en/tags/training/"),
        (urls.sitemap_page_path("bg"), "bg/sitemap/"),
        (urls.output_file("lv/news/"), "lv/news/index.html"),
        (urls.output_file(""), "index.html"),
        (urls.output_file("lv/404.html"), "lv/404.html"),
    ],
)
def test_url_layout(path, expected):
    assert path == expected


@pytest.mark.parametrize(
    ("site_url", "link", "absolute"),
    [
        ("https://example.org", "/lv/news/", "https://example.org/lv/news/"),
        ("https://example.org/", "/lv/news/", "https://example.org/lv/news/"),
        (
            "https://gov.example/network",
            "/network/lv/news/",
            "https://gov.example/network/lv/news/",
        ),
    ],
)
def test_site_address(site_url, link, absolute):
    address = urls.SiteAddress(site_url)
    assert address.link("lv/news/") == link
    assert address.absolute("lv/news/") == absolute


def make_item(lang, slug, kind="news", day=1, tags=(), generated_from=None, order=0):
    """A small Item for registry tests."""
    prefix = BY_CODE[lang].prefix
    return Item(
        kind=kind,
        lang=lang,
        slug=slug,
        title=f"{slug} ({lang})",
        path=urls.item_path(prefix, kind, slug),
        source_path=f"{kind}/{slug}.{lang}.md",
        date=datetime(2024, 1, day, tzinfo=UTC),
        tags=tuple(Tag(name, name.lower()) for name in tags),
        generated_from=generated_from,
        order=order,
    )


@pytest.fixture
def registry():
    items = [
        make_item("en", "report", day=5, tags=("Reports",)),
        make_item("lv", "report", day=5, tags=("Ziņojumi",)),
        make_item("lv", "riga-only", day=9, tags=("Reports",)),
        make_item("bg", "sofia-only", day=3),
        make_item("sr-Cyrl", "belgrade", day=2),
        make_item("sr-Latn", "belgrade", day=2, generated_from="sr-Cyrl"),
        make_item("en", "about", kind="page", order=2),
        make_item("en", "contacts", kind="page", order=1),
    ]
    return Registry(LANGUAGES, items, fallback="en")


def titles(listed):
    return [(entry.item.title, entry.foreign) for entry in listed]


def test_listing_mixes_untranslated_items_marked_foreign(registry):
    assert titles(registry.listing("cs", ("news",))) == [
        ("riga-only (lv)", True),
        ("report (en)", True),
        ("sofia-only (bg)", True),
        ("belgrade (sr-Cyrl)", True),
    ]
    assert titles(registry.listing("lv", ("news",)))[:2] == [
        ("riga-only (lv)", False),
        ("report (lv)", False),
    ]


def test_generated_latin_copy_is_never_the_representative(registry):
    assert registry.representative(("article", "belgrade")).lang == "sr-Cyrl"


def test_untranslated_items_can_be_left_out():
    items = [make_item("en", "report"), make_item("lv", "riga-only")]
    registry = Registry(LANGUAGES, items, fallback="en", list_untranslated=False)
    assert titles(registry.listing("lv", ("news",))) == [("riga-only (lv)", False)]


def test_switcher_marks_missing_languages(registry):
    item = registry.item_at("lv/news/report/")
    entries = {
        v.language.code: (v.item is not None, v.current)
        for v in registry.switcher(item)
    }
    assert entries == {
        "cs": (False, False),
        "lv": (True, True),
        "sr-Cyrl": (False, False),
        "sr-Latn": (False, False),
        "bg": (False, False),
        "en": (True, False),
    }


def test_pages_in_menu_order(registry):
    assert [page.slug for page in registry.pages_in("en")] == ["contacts", "about"]
    assert registry.pages_in("lv") == []


def test_tags_are_labelled_in_the_language_itself(registry):
    tags = registry.tags_in("lv")
    assert list(tags) == ["reports", "ziņojumi"]
    label, entries = tags["reports"]
    assert label.name == "Reports"
    assert [(e.item.slug, e.foreign) for e in entries] == [("riga-only", False)]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2018-12-18", "2018-12-18"),
        ("2018-12-18 10:00", "2018-12-18T10:00:00+02:00"),
        ("2018-12-18T10:00:30", "2018-12-18T10:00:30+02:00"),
        ("2018-07-01 10:00", "2018-07-01T10:00:00+03:00"),
    ],
)
def test_event_moments_are_dates_or_zoned_times(value, expected):
    assert parse_event_moment(value, "Europe/Riga").isoformat() == expected


@pytest.mark.parametrize(
    "value", ["2018-02-30", "2018-12-18 25:00", "18.12.2018", "2018-12-18 10:00Z"]
)
def test_impossible_or_offset_event_moments_are_refused(value):
    with pytest.raises(ValueError):
        parse_event_moment(value, "Europe/Riga")


def test_with_items_derives_a_new_registry_and_leaves_the_old_one(registry):
    old = registry.item_at(urls.item_path("lv", "news", "report"))
    old_listing = registry.listing("lv")
    edited = old.with_changes(content="<p>Jauns teksts</p>")
    derived = registry.with_items({old.path: edited})
    assert derived is not registry
    assert derived.item_at(old.path) is edited
    assert registry.item_at(old.path) is old
    assert registry.listing("lv") == old_listing
    assert [entry.item for entry in derived.listing("lv")] == [
        edited if entry.item is old else entry.item for entry in old_listing
    ]
    assert derived.versions(old.key)["lv"] is edited
    assert derived.versions(old.key)["en"] is registry.versions(old.key)["en"]


@pytest.mark.parametrize(
    "change",
    [
        {"content": "<p>Jauns teksts</p>", "summary": "<p>Jauns</p>"},
        {"date": datetime(2030, 1, 1, tzinfo=UTC)},  # now the newest
        {"hidden": True},
    ],
)
def test_with_items_answers_as_a_registry_made_afresh(registry, change):
    asked = [(lang, kinds) for lang in ("lv", "en", "bg") for kinds in KINDS]
    for lang, kinds in asked:  # answers found before the edit
        registry.listing(lang, kinds)
        registry.tags_in(lang)
    old = registry.item_at(urls.item_path("lv", "news", "report"))
    edited = old.with_changes(**change)
    derived = registry.with_items({old.path: edited})
    afresh = Registry(
        registry.languages,
        [edited if item is old else item for item in registry.every_item()],
        registry.fallback,
    )
    for lang, kinds in asked:
        assert derived.listing(lang, kinds) == afresh.listing(lang, kinds)
        assert derived.tags_in(lang) == afresh.tags_in(lang)
    assert any(e.item is edited for e in derived.listing("lv")) != change.get("hidden")


KINDS = [("news", "events"), ("news", "events", "page")]


def test_with_items_refuses_a_path_it_has_no_item_at(registry):
    stray = make_item("lv", "nowhere")
    with pytest.raises(KeyError, match="no item to replace at lv/"):
        registry.with_items({stray.path: stray})
