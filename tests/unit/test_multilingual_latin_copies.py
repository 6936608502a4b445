"""The generated Serbian Latin site: a Latin copy of every Serbian Cyrillic item."""

from datetime import UTC, datetime

import pytest

from plugins.base.items import Tag
from plugins.base.settings import settings_problems
from plugins.base.urls import SiteAddress
from plugins.multilingual.latin_copies import (
    latin_copies,
    latin_copy,
    latin_link_map,
    relink,
)
from plugins.multilingual.settings import DECLARATION
from tests.unit.multilingual_builders import BY_CODE, at, event, make_item, news

CYRILLIC, LATIN = BY_CODE["sr-Cyrl"], BY_CODE["sr-Latn"]
ADDRESS = SiteAddress("https://example.org/network")
SITE_LANGUAGES = [BY_CODE[code] for code in ("sr-Cyrl", "sr-Latn", "en")]

SOURCE = event(
    "sr-Cyrl",
    "obuka",
    at(12, 10),
    at(12, 16),
    title="Обука за ђаке: ЊЕГОШ",
    content=(
        '<p title="Љубав">Читајте <a href="/network/sr/news/izvestaj/#deo">извештај</a>'
        ' и <a href="/network/sr/events/">догађаје</a>; <code>код</code></p>'
    ),
    summary='<p>Кратко <a href="/network/sr/">почетна</a></p>',
    description="Обука у Београду",
    tags=("Обука",),
    publisher="Министарство",
    contact="+381 11 123",
    location="Београд, Шумадијска 3",
    timezone="Europe/Belgrade",
    aliases=("/sr/stari/",),
    image="images/obuka.jpg",
    modified=datetime(2024, 4, 2, tzinfo=UTC),
)
LINKS = {
    "/network/sr/news/izvestaj/": "/network/sr-latn/news/izvestaj/",
    "/network/sr/events/": "/network/sr-latn/events/",
    "/network/sr/": "/network/sr-latn/",
}


def test_the_latin_copy_has_every_text_in_latin_and_links_to_latin_pages():
    twin = latin_copy(SOURCE, LATIN, LINKS)
    assert {
        "lang": twin.lang,
        "slug": twin.slug,
        "path": twin.path,
        "title": twin.title,
        "content": twin.content,
        "summary": twin.summary,
        "description": twin.description,
        "tags": twin.tags,
        "publisher": twin.publisher,
        "contact": twin.contact,
        "location": twin.location,
        "generated_from": twin.generated_from,
    } == {
        "lang": "sr-Latn",
        "slug": "obuka",
        "path": "sr-latn/events/obuka/",
        "title": "Obuka za đake: NJEGOŠ",
        "content": (
            '<p title="Ljubav">Čitajte <a href="/network/sr-latn/news/izvestaj/#deo">'
            'izveštaj</a> i <a href="/network/sr-latn/events/">događaje</a>; '
            "<code>код</code></p>"
        ),
        "summary": '<p>Kratko <a href="/network/sr-latn/">početna</a></p>',
        "description": "Obuka u Beogradu",
        "tags": (Tag("Obuka", "obuka"),),
        "publisher": "Ministarstvo",
        "contact": "+381 11 123",
        "location": "Beograd, Šumadijska 3",
        "generated_from": "sr-Cyrl",
    }


@pytest.mark.parametrize(
    "name",
    [
        "kind",
        "source_path",
        "date",
        "modified",
        "event_start",
        "event_end",
        "timezone",
        "order",
        "aliases",
        "image",
        "hidden",
    ],
)
def test_the_latin_copy_keeps_what_is_not_text(name):
    assert getattr(latin_copy(SOURCE, LATIN, LINKS), name) == getattr(SOURCE, name)


def test_the_latin_copy_shares_the_key_so_translations_stay_linked():
    twin = latin_copy(SOURCE, LATIN, {})
    assert twin.key == SOURCE.key == ("article", "obuka")


def test_the_latin_copy_is_a_new_item_and_leaves_the_source_alone():
    before = SOURCE.revision
    twin = latin_copy(SOURCE, LATIN, LINKS)
    assert twin is not SOURCE
    assert SOURCE.title == "Обука за ђаке: ЊЕГОШ"
    assert SOURCE.revision == before != twin.revision


@pytest.mark.parametrize(
    ("slug", "path"),
    [
        ("izvestaj", "sr-latn/news/izvestaj/"),  # ASCII slugs are kept
        ("извештај-ђак", "sr-latn/news/izvestaj-djak/"),
        ("Љубав", "sr-latn/news/ljubav/"),
    ],
)
def test_the_latin_copy_lives_at_a_latin_address(slug, path):
    source = news("sr-Cyrl", slug)
    twin = latin_copy(source, LATIN, {})
    assert (twin.path, twin.slug) == (path, slug)


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ('<a href="/sr/a/">x</a>', '<a href="/sr-latn/a/">x</a>'),
        ('<a href="/sr/a/#top">x</a>', '<a href="/sr-latn/a/#top">x</a>'),
        ('<img src="/sr/a/">', '<img src="/sr-latn/a/">'),
        # only exact links move: deeper paths, other sites and queries stay
        ('<a href="/sr/a/b/">x</a>', '<a href="/sr/a/b/">x</a>'),
        ('<a href="https://example.org/sr/a/">x</a>', None),
        ('<a href="/sr/a/?q=1">x</a>', None),
        ("<p>/sr/a/</p>", None),
        ("<a href='/sr/a/'>x</a>", None),  # the sanitiser writes double quotes
    ],
)
def test_relink_swaps_exact_links_to_source_pages(fragment, expected):
    assert relink(fragment, {"/sr/a/": "/sr-latn/a/"}) == (expected or fragment)


def test_relink_without_a_map_returns_the_fragment_as_it_is():
    fragment = '<a href="/sr/a/">x</a>'
    assert relink(fragment, {}) is fragment


def test_the_link_map_names_every_source_item_home_and_section():
    sources = [news("sr-Cyrl", "извештај"), make_item("sr-Cyrl", "o-nama", "page")]
    assert latin_link_map(sources, CYRILLIC, LATIN, ADDRESS) == {
        "/network/sr/news/извештај/": "/network/sr-latn/news/izvestaj/",
        "/network/sr/o-nama/": "/network/sr-latn/o-nama/",
        "/network/sr/": "/network/sr-latn/",
        "/network/sr/news/": "/network/sr-latn/news/",
        "/network/sr/events/": "/network/sr-latn/events/",
    }


def test_every_cyrillic_item_gets_a_latin_copy_linking_the_others_copies():
    first = news("sr-Cyrl", "prvi", content='<a href="/network/sr/news/drugi/">Два</a>')
    second = news("sr-Cyrl", "drugi", content="<p>Други</p>")
    english = news("en", "prvi")
    copies = latin_copies([first, second, english], SITE_LANGUAGES, ADDRESS)
    assert [(twin.path, twin.content) for twin in copies] == [
        ("sr-latn/news/prvi/", '<a href="/network/sr-latn/news/drugi/">Dva</a>'),
        ("sr-latn/news/drugi/", "<p>Drugi</p>"),
    ]


def test_an_authored_latin_version_wins_over_the_copy():
    authored = news("sr-Latn", "prvi", title="Napisano rukom")
    items = [news("sr-Cyrl", "prvi"), news("sr-Cyrl", "drugi"), authored]
    copies = latin_copies(items, SITE_LANGUAGES, ADDRESS)
    assert [twin.slug for twin in copies] == ["drugi"]
    assert all(twin.generated_from == "sr-Cyrl" for twin in copies)


def test_an_authored_latin_version_of_another_kind_does_not_block_the_copy():
    # pages and articles have different keys even with the same slug
    items = [news("sr-Cyrl", "isto"), make_item("sr-Latn", "isto", "page")]
    copies = latin_copies(items, SITE_LANGUAGES, ADDRESS)
    assert [(twin.kind, twin.path) for twin in copies] == [
        ("news", "sr-latn/news/isto/")
    ]


def test_a_site_without_latin_serbian_gets_no_copies():
    languages = [BY_CODE["sr-Cyrl"], BY_CODE["en"]]
    assert latin_copies([news("sr-Cyrl", "prvi")], languages, ADDRESS) == []


@pytest.mark.parametrize(
    ("codes", "problems"),
    [
        (["sr-Cyrl", "sr-Latn", "en"], []),
        (["sr-Cyrl", "en"], []),
        (
            ["sr-Latn", "en"],
            [
                "MULTILINGUAL_LANGUAGES: 'sr-Latn' is made from 'sr-Cyrl', which is "
                "not in the list. Expected 'sr-Cyrl' in MULTILINGUAL_LANGUAGES too."
            ],
        ),
    ],
)
def test_a_generated_language_without_its_source_is_refused_at_start(codes, problems):
    # Before this check the build stopped with KeyError: 'sr-Cyrl' in latin_copies.
    settings = {
        "TIMEZONE": "Europe/Riga",
        "MULTILINGUAL_LANGUAGES": codes,
        "MULTILINGUAL_FALLBACK": "en",
    }
    assert settings_problems([DECLARATION], settings) == problems
