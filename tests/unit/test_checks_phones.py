"""The checks' warning for a `Contact:` whose phone number cannot be linked."""

import pytest

from plugins.checks.core import check_file_text
from plugins.checks.handlers import phone_regions
from plugins.checks.options import CheckOptions


def report(contact: str, lang: str = "lv", options=None) -> list[str]:
    text = (
        "Title: Darba grupa\nDate: 2017-03-13\n"
        f"Lang: {lang}\nContact: {contact}\n\nTeksts.\n"
    )
    return [p.describe() for p in check_file_text("news/a.md", text, options)]


@pytest.mark.parametrize(
    ("contact", "lang"),
    [
        ("+371 67219263", "lv"),
        ("67219263", "lv"),  # a national number of the language's country
        ("Jana Nováková, 974 832 415", "cs"),
        ("+32 2 555 01 00", "lv"),  # another country's, with its + code
        ("jana@example.lv", "lv"),  # no number at all
        ("Kancelārija, 2026", "lv"),  # a year is not meant as a phone
        ("Mārtiņa iela 1, LV-1026", "lv"),
    ],
)
def test_contacts_with_a_valid_or_no_phone_number_pass(contact, lang):
    assert report(contact, lang) == []


@pytest.mark.parametrize(
    ("contact", "lang", "expected"),
    [
        (
            "+371 6721 92",
            "lv",
            'news/a.md:4: warning: Contact "+371 6721 92" holds no phone number '
            "valid in LV, so readers cannot call it with a tap. Fix: check the "
            "digits; write a number of another country with its + code, e.g. "
            '"+371 63 123 456".',
        ),
        (
            # a Belgian national number on the Czech site: read as Czech, invalid
            "Sekretariát, 02 555 01 00",
            "cs",
            'news/a.md:4: warning: Contact "Sekretariát, 02 555 01 00" holds no '
            "phone number valid in CZ, so readers cannot call it with a tap. Fix: "
            "check the digits; write a number of another country with its + code, "
            'e.g. "+420 212 345 678".',
        ),
    ],
)
def test_contact_phone_that_cannot_be_linked_is_a_warning(contact, lang, expected):
    assert report(contact, lang) == [expected]


def test_the_sites_country_overrides_decide_where_numbers_are_read():
    regions = phone_regions(
        {"MULTILINGUAL_LANGUAGE_OVERRIDES": {"en": {"country": "BE"}, "cs": "x"}}
    )
    assert dict(regions)["en"] == "BE" and dict(regions)["cs"] == "CZ"
    assert dict(regions)["sr"] == "RS" and dict(regions)["sr-Latn"] == "RS"
    assert report("0800 12 345", "en") != []  # read in GB by default
    options = CheckOptions(phone_regions=regions)
    assert report("0800 12 345", "en", options) == []
