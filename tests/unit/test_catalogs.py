"""The interface catalogs are complete, current and consistent in every language."""

from gettext import c2py
from io import BytesIO

import pytest
from babel.messages.mofile import write_mo
from babel.messages.plurals import get_plural
from babel.support import Translations

from tools.catalogs import (
    GENERATED,
    LANGUAGES,
    TRANSLATIONS,
    extract_template,
    latin_catalog,
    po_path,
    read_catalog,
)

# Every catalog started so far of a language in the table (plugins/base/languages.py);
# a site language without one is refused by the multilingual settings check.
ALL = tuple(code for code in LANGUAGES + tuple(GENERATED) if po_path(code).is_file())


def message_ids(catalog):
    return {message.id for message in catalog if message.id}


@pytest.fixture(scope="module")
def template():
    return read_catalog(TRANSLATIONS / "messages.pot", None)


def test_messages_pot_is_current(template):
    extracted = message_ids(extract_template())
    assert extracted == message_ids(template), "run `make catalogs`"


@pytest.mark.parametrize("code", ALL)
def test_every_string_is_translated_and_not_fuzzy(template, code):
    catalog = read_catalog(po_path(code), code)
    assert message_ids(template) <= message_ids(catalog), "run `make catalogs`"
    problems = []
    for message in catalog:
        if not message.id:
            continue
        strings = (
            message.string if isinstance(message.string, tuple) else (message.string,)
        )
        if message.fuzzy or not all(strings):
            problems.append(message.id)
    assert problems == []


@pytest.mark.parametrize("code", ALL)
def test_plural_forms_match_cldr(code):
    catalog = read_catalog(po_path(code), code)
    assert catalog.num_plurals == get_plural(code).num_plurals
    for message in catalog:
        if message.pluralizable:
            assert len(message.string) == catalog.num_plurals, message.id


@pytest.mark.parametrize("code", ALL)
def test_plural_forms_header_picks_the_cldr_form_of_every_number(code):
    """gettext runs the header's expression, so a copied header gives wrong forms."""
    header = c2py(read_catalog(po_path(code), code).plural_expr)
    cldr = c2py(get_plural(code).plural_expr)
    assert [header(n) for n in range(1001)] == [cldr(n) for n in range(1001)]


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (1, "1 публікація"),
        (3, "3 публікації"),
        (5, "5 публікацій"),
        (11, "11 публікацій"),
        (21, "21 публікація"),
        (22, "22 публікації"),
        (112, "112 публікацій"),
    ],
)
def test_ukrainian_counts_take_one_of_three_forms(count, expected):
    compiled = BytesIO()
    write_mo(compiled, read_catalog(po_path("uk"), "uk"))
    compiled.seek(0)
    translations = Translations(fp=compiled)
    text = translations.ngettext("%(num)d item", "%(num)d items", count)
    assert text % {"num": count} == expected


def test_serbian_latin_catalog_is_the_transliterated_cyrillic_one():
    latin = read_catalog(po_path("sr_Latn"), "sr_Latn")
    expected = latin_catalog(read_catalog(po_path("sr"), "sr"))
    assert {m.id: m.string for m in latin if m.id} == {
        m.id: m.string for m in expected if m.id
    }
