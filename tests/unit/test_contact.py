"""Phone numbers as tel: links, urgent help, the organisation's JSON-LD, settings."""

import json

import pytest

from plugins.base.phones import example_number, tel_href
from plugins.base.settings import settings_problems
from plugins.contact.core import (
    UrgentHelp,
    link_phones_in_html,
    link_phones_in_text,
    organization_jsonld,
    urgent_help,
)
from plugins.contact.settings import DECLARATION


@pytest.mark.parametrize(
    ("number", "region", "href"),
    [
        ("+420 974 832 421", "CZ", "tel:+420974832421"),
        ("974 832 421", "CZ", "tel:+420974832421"),
        ("8000 3030", "LV", "tel:+37180003030"),
        ("011 311 7420", "RS", "tel:+381113117420"),
        ("02 807 8050", "BG", "tel:+35928078050"),
        ("0 800 505 510", "UA", "tel:+380800505510"),
        ("0800 12 345", "BE", "tel:+3280012345"),
        ("+32 2 555 01 20", "UA", "tel:+3225550120"),  # a foreign number as written
        ("112", "CZ", None),  # emergency short numbers are not dialable numbers
        ("12345", "CZ", None),
        ("call us", "CZ", None),
        ("", "CZ", None),
    ],
)
def test_tel_href_is_e164_in_the_languages_country(number, region, href):
    assert tel_href(number, region) == href


@pytest.mark.parametrize(
    ("text", "region", "html"),
    [
        (
            "Call +420 974 832 415 (8:00–16:00)",
            "CZ",
            'Call <a href="tel:+420974832415" class="tel">+420 974 832 415</a>'
            " (8:00–16:00)",
        ),
        (
            "zvaniet 67219263 vai 8000 3030",
            "LV",
            'zvaniet <a href="tel:+37167219263" class="tel">67219263</a> vai '
            '<a href="tel:+37180003030" class="tel">8000 3030</a>',
        ),
        ("Jana <Nováková> & co.", "CZ", "Jana &lt;Nováková&gt; &amp; co."),
        # dates, years, times and counts are not phone numbers
        ("dne 2026-11-23 a 12. 3. 2024, rok 2025", "CZ", None),
        ("20. 11. 2026. у 10:30", "RS", None),
        ("38 victims in 2025, 2,400 people, 1 200 000 EUR", "GB", None),
        ("ISBN 978-80-7312-123-4, IČO 12345678", "CZ", None),
        ("call 112 or 158", "CZ", None),
        # addresses, postcodes, legal references, bank accounts, ranges
        ("Nad Štolou 936/3, 170 34 Praha 7", "CZ", None),
        ("Čiekurkalna 1. līnija 1, k-2, Rīga, LV-1026", "LV", None),
        ("Булевар Михајла Пупина 2, 11070 Београд", "RS", None),
        ("бул. „Дондуков“ 52, 1000 София", "BG", None),
        ("Rue de la Loi 42, 1040 Brussels", "BE", None),
        ("10:30–12:00, 2019–2025, 1. 1. 2026 – 31. 12. 2026", "CZ", None),
        ("з 24.02.2022 по 31.12.2025", "UA", None),
        ("zákon č. 262/2006 Sb., č. j. MV-12345-6/OBP-2025", "CZ", None),
        ("IBAN CZ65 0800 0000 1920 0014 5399", "CZ", None),
        ("2026. gada 20. novembris", "LV", None),
    ],
)
def test_link_phones_in_text(text, region, html):
    expected = html if html is not None else text
    assert link_phones_in_text(text, region) == expected


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        (
            "<p>telefon: +420 222 515 730</p>",
            '<p>telefon: <a href="tel:+420222515730" class="tel">+420 222 515 730</a>'
            "</p>",
        ),
        (
            "<li><strong>Linka:</strong> 800&nbsp;077&nbsp;777</li>",
            '<li><strong>Linka:</strong> <a href="tel:+420800077777" class="tel">'
            "800\xa0077\xa0777</a></li>",
        ),
        # never inside a link, code or a time element
        ('<p><a href="/cs/x/">+420 222 515 730</a></p>', None),
        ('<p><a href="tel:+420222515730">222 515 730</a></p>', None),
        ("<p><code>+420 222 515 730</code></p>", None),
        ("<pre><code>222 515 730\n</code></pre>", None),
        ('<p><time datetime="2026-11-23">2026-11-23</time></p>', None),
        # text after a closed link is linked again
        (
            '<p><a href="/a/">a</a> 222 515 730</p>',
            '<p><a href="/a/">a</a> <a href="tel:+420222515730" class="tel">'
            "222 515 730</a></p>",
        ),
        # escaped markup around a number stays escaped text
        (
            "<p>&lt;script&gt;alert(1)&lt;/script&gt; 974 832 415</p>",
            "<p>&lt;script&gt;alert(1)&lt;/script&gt; "
            '<a href="tel:+420974832415" class="tel">974 832 415</a></p>',
        ),
        # text without a number stays byte for byte, entities included
        ("<p>Tom &amp; Jerry&nbsp;– 2026</p>", None),
        ('<img src="/a/974832415.jpg" alt="974 832 415">', None),
    ],
)
def test_link_phones_in_html(fragment, expected):
    assert link_phones_in_html(fragment, "CZ") == (expected or fragment)


def test_urgent_help_from_settings():
    values = {"service": "Linka", "phone": "800 077 777", "hours": "nonstop"}
    assert urgent_help(values, "CZ") == UrgentHelp(
        "Linka", "800 077 777", "tel:+420800077777", "nonstop", ""
    )
    assert urgent_help({}, "CZ") is None


def test_organization_jsonld_is_a_government_organization():
    site = {
        "publisher": "Ministerstvo vnitra",
        "address": "Nad Štolou 936/3, 170 34 Praha 7",
        "phone": "+420 974 832 421",
        "email": "info@example.cz",
    }
    helpline = UrgentHelp("Linka", "800 077 777", "tel:+420800077777")
    data = organization_jsonld(
        site, "https://x.example/cs/", "CZ", "https://x.example/e.svg", helpline
    )
    assert json.loads(json.dumps(data)) == {
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization",
        "name": "Ministerstvo vnitra",
        "url": "https://x.example/cs/",
        "address": "Nad Štolou 936/3, 170 34 Praha 7",
        "logo": "https://x.example/e.svg",
        "contactPoint": [
            {
                "@type": "ContactPoint",
                "contactType": "customer service",
                "telephone": "+420974832421",
                "email": "info@example.cz",
            },
            {
                "@type": "ContactPoint",
                "contactType": "helpline",
                "name": "Linka",
                "telephone": "+420800077777",
            },
        ],
    }


def test_organization_jsonld_without_contacts_has_no_contact_point():
    data = organization_jsonld({"name": "Síť"}, "https://x.example/", "CZ")
    assert "contactPoint" not in data and data["name"] == "Síť"


GOOD = {
    "MULTILINGUAL_LANGUAGES": ["cs", "sr-Cyrl", "sr-Latn", "en"],
    "MULTILINGUAL_SITE": {"cs": {"phone": "+420 974 832 421"}},
    "CONTACT_HELP": {"cs": {"service": "Linka", "phone": "800 077 777"}},
}


def problems_of(**settings) -> list[str]:
    """The CONTACT_ problems of the good settings with some values changed."""
    return settings_problems([DECLARATION], {**GOOD, **settings})


@pytest.mark.parametrize(
    ("settings", "problems"),
    [
        ({}, []),
        (
            {"CONTACT_HELP": {"lv": {"service": "L", "phone": "8000 3030"}}},
            [
                "CONTACT_HELP: 'lv' is not a site language. Expected one of: 'cs', "
                "'sr-Cyrl', 'sr-Latn', 'en'."
            ],
        ),
        (
            {"CONTACT_HELP": {"cs": {"service": "L", "phone": "1", "url": "x"}}},
            [
                "CONTACT_HELP['cs']: unknown keys url. Expected some of: service, "
                "phone, hours, text.",
                "CONTACT_HELP['cs']['phone']: '1' is not a valid phone number in CZ. "
                "Expected a number such as '+420 974 832 421' (the country code may "
                "be left out for the language's own country).",
            ],
        ),
        (
            {"CONTACT_HELP": {"cs": {"hours": "nonstop"}}},
            [
                "CONTACT_HELP['cs']: no 'service' or 'phone'. Expected the service's "
                "name and its phone number."
            ],
        ),
        (
            {"MULTILINGUAL_SITE": {"en": {"phone": "0800 12 345"}}},
            [
                "MULTILINGUAL_SITE['en']['phone']: '0800 12 345' is not a valid phone "
                "number in GB. Expected a number such as '+420 974 832 421' (the "
                "country code may be left out for the language's own country)."
            ],
        ),
        (
            {
                "MULTILINGUAL_SITE": {"en": {"phone": "0800 12 345"}},
                "MULTILINGUAL_LANGUAGE_OVERRIDES": {"en": {"country": "BE"}},
            },
            [],
        ),
        (
            {"CONTACT_PAGE": 3},
            [
                "CONTACT_PAGE: 3 is not valid. Expected the slug of an "
                "institutional page, e.g. 'contacts'."
            ],
        ),
    ],
)
def test_contact_settings(settings, problems):
    assert problems_of(**settings) == problems


@pytest.mark.parametrize(
    ("region", "expected"), [("CZ", "+420 212 345 678"), ("LV", "+371 63 123 456")]
)
def test_example_number_is_a_valid_number_of_the_country(region, expected):
    assert example_number(region) == expected
    assert tel_href(expected, region)
