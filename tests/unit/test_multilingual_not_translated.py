"""The pages the language switcher sends readers to when an item is not in their
language: which exist, what they name, link and list."""

import pytest

from plugins.multilingual import not_translated
from tests.unit.multilingual_builders import (
    BY_CODE,
    event,
    news,
    on,
    page,
    registry_of,
)

LV, EN, CS = BY_CODE["lv"], BY_CODE["en"], BY_CODE["cs"]
REGISTRY = registry_of(
    [
        news("lv", "riga-only", 5),
        news("lv", "both", 4),
        news("en", "both", 4),
        news("en", "english-only", 3),
        news("cs", "czech-only", 2),
        news("lv", "secret", 6, hidden=True),
        news("lv", "hidden-here", 1, hidden=True),
        news("en", "hidden-here", 1),
        event("lv", "fair", on(12)),
        page("lv", "about"),
        page("en", "contact"),
    ],
    codes=("cs", "lv", "sr-Latn", "en"),
)
SITE = [BY_CODE[code] for code in ("cs", "lv", "sr-Latn", "en")]


def notices(language, size=10) -> dict:
    """The notice pages of a language: path -> context."""
    pages = not_translated.notice_pages(REGISTRY, language, size)
    return {path: make() for path, make, _item in pages}


def test_a_notice_page_for_every_listed_item_the_language_lacks():
    assert sorted(notices(EN)) == [
        "en/not-translated/events/fair/",
        "en/not-translated/news/czech-only/",
        "en/not-translated/news/riga-only/",
        "en/not-translated/page/about/",
    ]
    assert sorted(notices(LV)) == [
        "lv/not-translated/news/czech-only/",
        "lv/not-translated/news/english-only/",
        "lv/not-translated/news/hidden-here/",  # the Latvian one is hidden
        "lv/not-translated/page/contact/",
    ]


def test_the_notice_names_the_item_and_its_versions():
    context = notices(CS)["cs/not-translated/news/both/"]
    assert [item.path for item in context["versions"]] == [
        "lv/news/both/",
        "en/news/both/",
    ]
    assert context["missing"].title == "both (en)"  # the fallback language's
    assert (context["more_path"], context["noindex"]) == ("cs/news/", True)


def test_hidden_versions_are_not_offered():
    context = notices(LV)["lv/not-translated/news/hidden-here/"]
    assert [item.path for item in context["versions"]] == ["en/news/hidden-here/"]


@pytest.mark.parametrize(
    ("path", "listed"),
    [  # the same kind of item, without the one the reader came from
        (
            "en/not-translated/news/riga-only/",
            ["both", "english-only", "czech-only", "hidden-here"],
        ),
        (
            "en/not-translated/news/czech-only/",
            ["riga-only", "both", "english-only", "hidden-here"],
        ),
        ("en/not-translated/events/fair/", []),
        ("en/not-translated/page/about/", ["contact"]),
    ],
)
def test_the_list_below_the_notice_leaves_out_the_item(path, listed):
    entries = notices(EN)[path]["entries"]
    assert [entry.item.slug for entry in entries] == listed


def test_the_list_stops_at_the_page_size():
    entries = notices(EN, size=1)["en/not-translated/news/riga-only/"]["entries"]
    assert [entry.item.slug for entry in entries] == ["both"]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("lv", ("lv/news/riga-only/", True)),
        ("en", ("en/not-translated/news/riga-only/", False)),
        ("sr-Latn", ("sr-latn/not-translated/news/riga-only/", False)),
    ],
)
def test_a_notice_page_in_another_language(code, expected):
    item = REGISTRY.representative(("article", "riga-only"))
    assert not_translated.notice_version(REGISTRY, item)(BY_CODE[code]) == expected


def test_a_hidden_item_has_no_missing_languages():
    secret = REGISTRY.item_at("lv/news/secret/")
    assert not_translated.missing_languages(REGISTRY, secret) == []
    riga = REGISTRY.item_at("lv/news/riga-only/")
    missing = not_translated.missing_languages(REGISTRY, riga)
    assert missing == [language for language in SITE if language.code != "lv"]
