"""The accessibility statement of every language, after the EU model statement."""

import xml.etree.ElementTree as ET

import pytest

from .conftest import SITEURL
from .test_feeds import PREFIXES

SECTIONS = [
    "compliance-status",
    "non-accessible-content",
    "statement-preparation",
    "statement-feedback",
    "enforcement-procedure",
]
# Title, the prepared date in the language's long form, contact from MULTILINGUAL_SITE.
STATEMENTS = {
    "cs": ("Prohlášení o přístupnosti", "23. listopadu 2026", "obchodovani@example.cz"),
    "lv": (
        "Paziņojums par piekļūstamību",
        "2026. gada 23. novembris",
        "cilvektirdznieciba@example.lv",
    ),
    "sr-Cyrl": (
        "Изјава о приступачности",
        "23. новембар 2026.",
        "kancelarija@example.rs",
    ),
    "sr-Latn": (
        "Izjava o pristupačnosti",
        "23. novembar 2026.",
        "kancelarija@example.rs",
    ),
    "bg": ("Декларация за достъпност", "23 ноември 2026\u202fг.", "komisia@example.bg"),
    "en": ("Accessibility statement", "23 November 2026", "secretariat@example.eu"),
}


@pytest.mark.parametrize(("code", "prefix"), PREFIXES.items())
def test_every_language_has_the_statement_in_its_words(page, code, prefix):
    title, prepared, email = STATEMENTS[code]
    statement = page(f"{prefix}/accessibility/")
    assert statement.html["lang"] == code
    assert statement.h1.get_text() == title
    assert [s["aria-labelledby"] for s in statement.select("main section")] == SECTIONS
    assert statement.select_one("time[datetime='2026-11-23']").get_text() == prepared
    assert (
        statement.select_one(".statement-contact a[href^='mailto:']")["href"]
        == f"mailto:{email}"
    )
    assert statement.select_one(".statement-contact a[href^='tel:']") is not None
    assert f"{SITEURL}/{prefix}/" in statement.main.get_text()


def test_the_english_statement_says_partially_compliant_and_why(page):
    main = page("en/accessibility/").main
    status = main.select_one("[data-status]")
    assert status["data-status"] == "partial"
    assert status.get_text(" ", strip=True).startswith(
        "This website is partially compliant with the Web Content Accessibility "
        "Guidelines (WCAG) 2.1, level AA, and the European standard EN 301 549"
    )
    assert len(main.select("#non-accessible-content ~ ul li")) == 2
    text = main.get_text(" ", strip=True)
    assert "self-assessment" in text and "at 200% zoom" in text
    assert "national enforcement body for the Web Accessibility Directive" in text


@pytest.mark.parametrize(
    "path",
    [
        "lv/",
        "lv/news/annual-report/",
        "lv/calendar/2027/01/",
        "lv/search/",
        "lv/404.html",
        "lv/accessibility/",
    ],
)
def test_every_page_footer_links_the_statement(page, path):
    footer = page(path).select_one("footer.site-footer")
    link = footer.find("a", href="/lv/accessibility/")
    assert link is not None and link.get_text() == "Paziņojums par piekļūstamību"


def test_text_view_links_the_text_statement(page):
    footer = page("text/bg/news/").select_one("footer")
    assert footer.find("a", href="/text/bg/accessibility/") is not None
    assert page("text/bg/accessibility/").h1.get_text() == "Декларация за достъпност"


def test_the_site_map_and_sitemap_xml_list_the_statement(page, site):
    assert page("cs/sitemap/").find("a", href="/cs/accessibility/") is not None
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ET.parse(site / "sitemap.xml").getroot()
    addresses = {url.findtext("s:loc", namespaces=ns) for url in root}
    assert {f"{SITEURL}/{prefix}/accessibility/" for prefix in PREFIXES.values()} <= (
        addresses
    )


def test_the_switcher_links_the_statement_in_every_language(page):
    switcher = page("sr-latn/accessibility/").select(".switcher a")
    assert [a["href"] for a in switcher] == [
        f"/{prefix}/accessibility/" for prefix in PREFIXES.values()
    ]
