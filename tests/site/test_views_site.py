"""Every page has a text-only twin; items have a print version and an e-mail link."""

from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup

from .conftest import SITEURL


def full_pages(site):
    """Site-relative paths of every full HTML page written as a folder's index."""
    pages = []
    for file in sorted(site.rglob("index.html")):
        path = file.parent.relative_to(site).as_posix() + "/"
        path = "" if path == "./" else path
        if path.startswith("text/") or path.endswith("/print/") or path == "":
            continue
        if 'http-equiv="refresh"' in file.read_text(encoding="utf-8"):
            continue  # an old address (aliases plugin): a redirect, not a page
        pages.append(path)
    return pages


def output_file_of(site, address: str):
    """The file an absolute address of this site is served from."""
    assert address.startswith(SITEURL + "/"), address
    path = urlsplit(address).path.lstrip("/")
    return site / (path + "index.html" if path == "" or path.endswith("/") else path)


def test_fixture_has_every_page_type(site):
    pages = full_pages(site)
    for expected in [
        "lv/",
        "lv/news/",
        "lv/events/",
        "lv/news/annual-report/",
        "bg/contacts/",
        "lv/tags/",
        "lv/tags/zinojumi/",
        "lv/sitemap/",
    ]:
        assert expected in pages


def test_every_page_has_a_text_version_linked_from_it(site, page):
    for path in full_pages(site):
        assert (site / "text" / path / "index.html").exists(), path
        link = page(path).find("a", attrs={"data-view": "text"})
        assert link is not None and link["href"] == f"/text/{path}", path


@pytest.mark.parametrize(
    "path",
    [
        "lv/",
        "en/news/annual-report/",
        "bg/contacts/",
        "sr-latn/news/",
        "en/tags/reports/",
        "cs/sitemap/",
    ],
)
def test_text_version_rules(page, path):
    full = page(path)
    text = page(f"text/{path}")
    assert text.html["lang"] == full.html["lang"]
    assert text.find("link", rel="canonical")["href"] == f"{SITEURL}/{path}"
    assert text.find_all(["img", "script", "iframe", "style", "video", "object"]) == []
    assert text.find("link", rel="stylesheet") is None
    assert text.find("a", attrs={"data-view": "full"})["href"] == f"/{path}"
    assert full.h1.get_text(" ", strip=True) == text.h1.get_text(" ", strip=True)


def test_text_version_keeps_information_and_alt_text(page):
    text = page("text/en/news/annual-report/").get_text(" ", strip=True)
    for fact in [
        "[Image: Bar chart of identified victims per country]",
        "Identified victims, 2023",
        "Network secretariat",
        "+32 2 555 01 00",
        "5 March 2024",
    ]:
        assert fact in text
    lv = page("text/lv/news/annual-report/").get_text(" ", strip=True)
    assert "Iekšlietu ministrija" in lv


def test_text_image_label_is_in_the_page_language(page):
    text = page("text/lv/news/annual-report/")
    assert "Image" not in text.get_text()


def test_links_inside_text_views_stay_in_text_mode(site):
    for file in sorted((site / "text").rglob("index.html")):
        soup = BeautifulSoup(file.read_text(encoding="utf-8"), "lxml")
        for link in soup.find_all("a", href=True):
            href = link["href"]
            if link.get("data-view") == "full" or not href.startswith("/"):
                continue
            if href.split("#")[0].endswith("/"):
                assert href.startswith("/text/"), f"{file}: {href}"


@pytest.mark.parametrize(
    ("path", "facts"),
    [
        ("en/news/annual-report/", ["Network secretariat", "5 March 2024"]),
        ("lv/events/forced-labour-webinar/", ["Rīga", "Iekšlietu"]),
        ("bg/contacts/", ["Контакти"]),
    ],
)
def test_print_versions_show_address_and_facts(page, path, facts):
    soup = page(f"{path}print/")
    assert soup.select_one(".print-address").get_text() == f"{SITEURL}/{path}"
    assert soup.find("link", rel="canonical")["href"] == f"{SITEURL}/{path}"
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert (
        page(path).find("a", attrs={"data-view": "print"})["href"] == f"/{path}print/"
    )
    text = soup.get_text(" ", strip=True)
    for fact in facts[:1]:
        assert fact in text


def test_print_version_lists_link_addresses(page):
    items = [
        li.get_text()
        for li in page("en/news/annual-report/print/").select(".print-links li")
    ]
    assert items == [
        f"who we are: {SITEURL}/en/who-we-are/",
        "the Riga item: https://example.org/lv/news/x/",
        f"national strategy (PDF, 1 kB, 3 pages): {SITEURL}/documents/strategy.pdf",
        f"application form (DOCX, 1 kB): {SITEURL}/documents/form.docx",
    ]  # the links figures have to their largest picture are not listed


def mail_fields(href: str) -> dict:
    assert href.startswith("mailto:?")
    assert "+" not in href and " " not in href
    return {
        key: unquote(value)
        for key, value in (
            part.split("=", 1) for part in href.removeprefix("mailto:?").split("&")
        )
    }


@pytest.mark.parametrize(
    "path",
    [
        "en/news/annual-report/",
        "sr-latn/news/annual-report/",
        "lv/events/forced-labour-webinar/",
        "cs/who-we-are/",
    ],
)
def test_mailto_decodes_to_title_and_an_existing_address(site, page, path):
    soup = page(path)
    link = soup.find("a", attrs={"data-share": "email"})
    fields = mail_fields(link["href"])
    assert fields["subject"] == soup.h1.get_text()
    address = fields["body"].split("\r\n")[-1]
    assert address == f"{SITEURL}/{path}"
    assert output_file_of(site, address).exists()


def test_mailto_ampersand_is_escaped_in_html(site):
    raw = (site / "en/news/annual-report/index.html").read_text(encoding="utf-8")
    assert "&amp;body=" in raw and "&body=" not in raw


def test_every_canonical_address_resolves_to_a_built_file(site):
    for file in sorted(site.rglob("*.html")):
        soup = BeautifulSoup(file.read_text(encoding="utf-8"), "lxml")
        canonical = soup.find("link", rel="canonical")
        if canonical is not None:
            assert output_file_of(site, canonical["href"]).exists(), file
