"""The interface catalogs are complete, current and consistent in every language."""

import pytest
from babel.messages.plurals import get_plural

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


def test_serbian_latin_catalog_is_the_transliterated_cyrillic_one():
    latin = read_catalog(po_path("sr_Latn"), "sr_Latn")
    expected = latin_catalog(read_catalog(po_path("sr"), "sr"))
    assert {m.id: m.string for m in latin if m.id} == {
        m.id: m.string for m in expected if m.id
    }
