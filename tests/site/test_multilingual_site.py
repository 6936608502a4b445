"""The fixture site as readers and search engines meet it: languages and links."""

import re
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup

from tools.catalogs import po_path, read_catalog

from .conftest import SITEURL

PREFIXES = {
    "cs": "cs",
    "lv": "lv",
    "sr-Cyrl": "sr",
    "sr-Latn": "sr-latn",
    "bg": "bg",
    "en": "en",
}


@pytest.mark.parametrize(("code", "prefix"), PREFIXES.items())
def test_every_language_has_its_home_with_bcp47_lang(page, code, prefix):
    html = page(f"{prefix}/").html
    assert html["lang"] == code


@pytest.mark.parametrize(
    "path",
    [
        "lv/",
        "lv/news/",
        "lv/events/",
        "lv/tags/",
        "lv/sitemap/",
        "en/who-we-are/",
        "sr-latn/news/annual-report/",
        "bg/contacts/",
    ],
)
def test_canonical_is_absolute_address_of_the_page(page, path):
    canonical = page(path).find("link", rel="canonical")["href"]
    assert canonical == f"{SITEURL}/{path}"


def alternates(soup):
    return {
        link["hreflang"]: link["href"]
        for link in soup.find_all("link", rel="alternate", hreflang=True)
        if link.get("type") is None
    }


def test_item_alternates_list_every_version_and_x_default(page):
    assert alternates(page("lv/news/annual-report/")) == {
        "lv": f"{SITEURL}/lv/news/annual-report/",
        "sr-Cyrl": f"{SITEURL}/sr/news/annual-report/",
        "sr-Latn": f"{SITEURL}/sr-latn/news/annual-report/",
        "en": f"{SITEURL}/en/news/annual-report/",
        "x-default": f"{SITEURL}/en/news/annual-report/",
    }


def test_item_without_english_points_x_default_at_itself(page):
    assert alternates(page("lv/news/riga-seminar/")) == {
        "lv": f"{SITEURL}/lv/news/riga-seminar/",
        "x-default": f"{SITEURL}/lv/news/riga-seminar/",
    }


def test_home_alternates_every_language_and_the_chooser(page):
    found = alternates(page("bg/"))
    assert found["x-default"] == f"{SITEURL}/"
    assert {code for code in found if code != "x-default"} == set(PREFIXES)


def switcher(soup):
    return {
        link["hreflang"]: (link["href"], link.find_parent("li").get("class"))
        for link in soup.select("nav.switcher a")
    }


def test_switcher_links_the_same_item_or_a_notice_page(page):
    soup = page("en/news/annual-report/")
    entries = switcher(soup)
    assert entries["lv"] == ("/lv/news/annual-report/", None)
    assert entries["sr-Latn"] == ("/sr-latn/news/annual-report/", None)
    assert entries["cs"] == (
        "/cs/not-translated/news/annual-report/",
        ["unavailable"],
    )
    for link in soup.select("nav.switcher li:not(.unavailable) a"):
        assert link["lang"] == link["hreflang"]


@pytest.mark.parametrize(
    ("path", "code", "name", "note"),
    [
        ("en/news/annual-report/", "cs", "Čeština", "not available"),
        ("cs/news/working-group/", "lv", "Latviešu", "není k dispozici"),
        ("lv/news/riga-seminar/", "en", "English", "nav pieejams"),
        ("sr/news/annual-report/", "cs", "Čeština", "није доступно"),
        ("sr-latn/news/annual-report/", "cs", "Čeština", "nije dostupno"),
        ("bg/contacts/", "sr-Cyrl", "Српски (ћирилица)", "не е налично"),
    ],
)
def test_an_unavailable_language_says_so_in_words_in_the_pages_language(
    page, path, code, name, note
):
    (item,) = page(path).select(f"nav.switcher li.unavailable:has(a[hreflang={code}])")
    assert item.a.find("span", lang=code).get_text() == name
    assert item.a.select_one(".note").get_text() == note
    assert item.a.get_text(" ", strip=True) == f"{name} {note}"


def test_untranslated_page_switches_to_its_notice_page(page):
    entries = switcher(page("bg/contacts/"))
    assert entries["en"] == ("/en/not-translated/page/contacts/", ["unavailable"])
    assert entries["bg"] == ("/bg/contacts/", None)


def test_the_notice_page_names_the_item_and_links_it_in_its_languages(page):
    soup = page("cs/not-translated/news/riga-seminar/")
    box = soup.select_one("main .notice-box")
    assert box.h1.get_text() == "V tomto jazyce není k dispozici"
    assert box.p.get_text() == (
        "Tato stránka do tohoto jazyka přeložena nebyla. Můžete si ji přečíst zde:"
    )
    (version,) = box.select(".versions li")
    assert version.a["href"] == "/lv/news/riga-seminar/"
    assert (version.a["lang"], version.a["hreflang"]) == ("lv", "lv")
    title = page("lv/news/riga-seminar/").h1.get_text(strip=True)
    assert version.a.get_text() == title
    assert version.select_one(".lang-label").get_text() == "(lotyština)"
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert soup.title.get_text().startswith("V tomto jazyce není k dispozici – ")


def test_the_notice_page_opens_without_a_fragment(page):
    for link in page("lv/news/riga-seminar/").select("nav.switcher a"):
        assert "#" not in link["href"]


def test_the_list_below_the_notice_leaves_out_the_item(page):
    soup = page("en/not-translated/news/riga-seminar/")
    links = [a["href"] for a in soup.select("main .entries .entry-title a")]
    assert links and "/lv/news/riga-seminar/" not in links
    assert "/en/news/annual-report/" in links
    assert soup.select_one("main p.more a")["href"] == "/en/news/"


def test_notice_pages_are_not_in_the_sitemap(site):
    sitemap = (site / "sitemap.xml").read_text()
    assert "not-translated" not in sitemap
    assert (site / "en/not-translated/news/riga-seminar/index.html").is_file()
    assert not (site / "lv/not-translated/news/riga-seminar").exists()


@pytest.mark.parametrize(
    ("path", "label"),
    [
        ("cs/events/", "(srbština – cyrilice)"),
        ("en/events/", "(Serbian – Cyrillic)"),
        ("lv/events/", "(serbu – kirilica)"),
    ],
)
def test_language_labels_do_not_nest_parentheses(page, path, label):
    link = page(path).find("main").find("a", hreflang="sr-Cyrl")
    assert link.parent.find(class_="lang-label").get_text() == label


def test_items_only_in_other_languages_are_listed_with_language(page):
    entry = page("en/news/").find("a", href="/lv/news/riga-seminar/")
    assert entry["lang"] == "lv" and entry["hreflang"] == "lv"
    assert entry.parent.find(class_="lang-label").get_text() == "(Latvian)"
    own = page("en/news/").find("a", href="/en/news/annual-report/")
    assert own.get("lang") is None


def test_foreign_item_in_tag_and_home_lists(page):
    assert page("cs/").find("a", href="/lv/news/riga-seminar/") is not None
    tag_page = page("en/tags/training/")
    assert tag_page.find("a", href="/lv/news/riga-seminar/")["lang"] == "lv"


def test_serbian_latin_page_is_transliterated(page):
    soup = page("sr-latn/news/annual-report/")
    assert soup.h1.get_text() == "LJUBOV i Njujork: godišnji izveštaj"
    text = soup.select_one(".content").get_text(" ")
    assert "DŽEP, Džemper, Đorđe i Ćuprija" in text
    assert "https://www.astra.rs/о-нама" in text
    assert soup.select_one(".content code").get_text() == "Љубав"
    assert soup.select_one('.content span[lang="en"]').get_text().startswith("Њ")
    links = [a["href"] for a in soup.select(".content a")]
    assert links == [
        # The bare address in the text is a link (plugins/text); its text is as typed.
        "https://www.astra.rs/%D0%BE-%D0%BD%D0%B0%D0%BC%D0%B0",
        "/sr-latn/",
        "/sr-latn/news/",
        "/documents/strategy.pdf",
        "/documents/form.docx",
    ]
    labels = [span.get_text() for span in soup.select(".content .document-label")]
    assert labels == ["(PDF, 1 kB, 3 stranice)", "(DOCX, 1 kB)"]
    assert soup.find("meta", attrs={"name": "description"})["content"].startswith(
        "Mreža"
    )


def test_serbian_latin_interface_and_menu_are_latin(page):
    soup = page("sr-latn/")
    menu = [a.get_text() for a in soup.select("nav.main-nav a")]
    assert "Ko smo mi" in menu
    assert (
        soup.select_one(".site-name a").get_text()
        == "Regionalna mreža protiv trgovine ljudima"
    )


def test_serbian_latin_tag_urls_are_latin(page, site):
    assert (site / "sr-latn/tags/izvestaji/index.html").exists()
    assert page("sr/tags/").find("a", href="/sr/tags/izvestaji/") is not None


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("cs/news/working-group/", "13. března 2017"),
        ("lv/news/annual-report/", "2024. gada 5. marts"),
        ("bg/events/belgrade-conference/", "2 май 2017\u202fг."),  # CLDR: narrow nbsp
        ("en/news/annual-report/", "5 March 2024"),
        ("sr/news/annual-report/", "5. март 2024."),
    ],
)
def test_dates_in_the_long_form_of_each_language(page, path, expected):
    assert page(path).select_one(".item-date time").get_text() == expected


def test_item_shows_publisher_and_contact(page):
    prepared = (
        page("lv/news/annual-report/").select_one(".prepared").get_text(" ", strip=True)
    )
    assert "Iekšlietu ministrija" in prepared and "+371 67219263" in prepared


def test_images_become_figures_with_captions(page, site):
    figure = page("en/news/annual-report/").select_one(".content figure")
    assert re.fullmatch(r"/images/chart\.[0-9a-f]{6}\.40\.png", figure.img["src"])
    assert figure.img["alt"] == "Bar chart of identified victims per country"
    assert figure.figcaption.get_text() == "Identified victims, 2023"
    assert (site / figure.img["src"].lstrip("/")).exists()
    assert not (site / "images/chart.png").exists()  # the editor's file stays out


def test_links_to_content_files_resolve_to_pages(page):
    content = page("en/who-we-are/").select_one(".content")
    assert content.find("a")["href"] == "/en/news/annual-report/"


def test_institutional_pages_in_the_language_menu(page):
    menu = [a["href"] for a in page("cs/").select("nav.main-nav a")]
    assert "/cs/who-we-are/" in menu
    assert "/bg/contacts/" not in menu


def test_breadcrumbs_and_skip_link(page):
    soup = page("en/news/annual-report/")
    assert soup.body.find("a")["href"] == "#main"
    assert soup.find(id="main").name == "main"
    crumbs = [a.get_text() for a in soup.select("nav.breadcrumbs a")]
    assert crumbs == ["Home", "News"]


def test_footer_has_the_languages_publisher(page):
    footer = page("lv/").select_one(".site-footer").get_text(" ", strip=True)
    assert "Iekšlietu ministrija" in footer


def test_root_is_a_plain_language_chooser(page):
    links = {a["hreflang"]: a["href"] for a in page("").select(".language-list a")}
    assert links == {code: f"/{prefix}/" for code, prefix in PREFIXES.items()}


def test_root_links_every_languages_accessibility_statement(page):
    links = [
        (a["lang"], a.get_text(strip=True), a["href"])
        for a in page("").select("footer .chooser-links a")
    ]
    assert links == [
        ("cs", "Prohlášení o přístupnosti", "/cs/accessibility/"),
        ("lv", "Paziņojums par piekļūstamību", "/lv/accessibility/"),
        ("sr-Cyrl", "Изјава о приступачности", "/sr/accessibility/"),
        ("sr-Latn", "Izjava o pristupačnosti", "/sr-latn/accessibility/"),
        ("bg", "Декларация за достъпност", "/bg/accessibility/"),
        ("en", "Accessibility statement", "/en/accessibility/"),
    ]


def test_sitemap_lists_pages_with_hreflang_alternates(site):
    ns = {
        "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
        "x": "http://www.w3.org/1999/xhtml",
    }
    root = ET.parse(site / "sitemap.xml").getroot()
    urls = {
        url.findtext("s:loc", namespaces=ns): url for url in root.findall("s:url", ns)
    }
    report = urls[f"{SITEURL}/lv/news/annual-report/"]
    hreflangs = {link.get("hreflang") for link in report.findall("x:link", ns)}
    assert hreflangs == {"lv", "sr-Cyrl", "sr-Latn", "en"}
    assert report.findtext("s:lastmod", namespaces=ns) == "2024-03-05"
    assert f"{SITEURL}/bg/contacts/" in urls
    assert f"{SITEURL}/lv/404.html" not in urls


def test_html_site_map_per_language(page):
    links = {a["href"] for a in page("bg/sitemap/").select("main a")}
    assert {
        "/bg/contacts/",
        "/bg/events/belgrade-conference/",
        "/lv/news/riga-seminar/",
    } <= links


def interface_phrases(code: str) -> set[str]:
    """English interface strings whose translation differs (placeholders removed)."""
    catalog = read_catalog(po_path(code), code)
    phrases = set()
    for message in catalog:
        if not message.id or isinstance(message.id, tuple):
            continue
        if message.string != message.id and "%(" not in message.id:
            phrases.add(message.id)
    return phrases


@pytest.mark.parametrize(
    ("code", "prefix"), [("lv", "lv"), ("bg", "bg"), ("sr", "sr-latn")]
)
def test_no_english_words_on_the_interface(site, code, prefix):
    phrases = interface_phrases(code)
    assert "Skip to main content" in phrases
    for file in sorted((site / prefix).rglob("*.html")):
        soup = BeautifulSoup(file.read_text(encoding="utf-8"), "lxml")
        for foreign in soup.select("[lang]:not(html)"):
            foreign.decompose()
        text = soup.get_text(" ", strip=True)
        leaked = [phrase for phrase in phrases if phrase in text]
        assert leaked == [], f"{file.relative_to(site)}: {leaked}"
