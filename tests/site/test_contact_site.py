"""Urgent help, tel: links, organisation JSON-LD, link previews, icons, robots.txt and
"last updated" on the fixture site."""

import json
from pathlib import Path

import pytest

from tests.site.conftest import SITEURL

ROOT = Path(__file__).resolve().parents[2]
HOMES = {
    "cs/": ("Linka pomoci obětem obchodu s lidmi", "tel:+420800077777"),
    "lv/": ("Palīdzības tālrunis cilvēku tirdzniecības upuriem", "tel:+37180003030"),
    "sr/": ("Линија помоћи жртвама трговине људима", "tel:+381800100200"),
    "sr-latn/": ("Linija pomoći žrtvama trgovine ljudima", "tel:+381800100200"),
    "bg/": ("Гореща линия за пострадали от трафик на хора", "tel:+35980020100"),
    "en/": ("Anti-trafficking helpline", "tel:+3280012345"),
}


def help_box(soup):
    """The urgent-help landmark of a page, with its heading and phone link."""
    box = soup.select_one("section.urgent-help")
    heading = soup.find(id=box["aria-labelledby"])
    return box, heading, box.select_one("a[href^='tel:']")


@pytest.mark.parametrize(("path", "expected"), HOMES.items())
def test_every_home_page_shows_its_languages_urgent_help(page, path, expected):
    box, heading, link = help_box(page(path))
    service, href = expected
    assert box.find_parent("main") is not None
    assert heading.name == "h2" and heading.get_text(strip=True)
    assert box.strong.get_text() == f"{service}:"
    assert link["href"] == href
    # the number stays as the settings write it
    assert link.get_text() != href


@pytest.mark.parametrize(
    "path", ["bg/contacts/", "en/news/annual-report/", "text/bg/contacts/"]
)
def test_urgent_help_is_in_every_pages_footer_and_the_text_view(page, path):
    box, heading, link = help_box(page(path))
    assert box.find_parent("footer") is not None
    assert heading.get_text() == (
        "Need help now?" if "/en/" in f"/{path}" else "Нуждаете ли се от помощ веднага?"
    )
    assert link["href"] == HOMES["en/" if "en/" in path else "bg/"][1]


def test_urgent_help_is_in_the_print_view(page):
    _box, _heading, link = help_box(page("bg/contacts/print/"))
    assert link["href"] == "tel:+35980020100"


def test_body_phone_numbers_are_tel_links_and_dates_years_code_are_not(page):
    content = page("bg/contacts/").select_one(".content")
    links = [(a.get_text(), a["href"]) for a in content.select("a[href^='tel:']")]
    assert links == [
        ("02 807 8050", "tel:+35928078050"),
        ("0800 20 100", "tel:+35980020100"),
        ("+359 2 807 8050", "tel:+35928078050"),  # the editor's own link, not nested
    ]
    assert content.select("a a") == []
    assert content.code.get_text() == "02 807 8050"
    text = content.get_text()
    assert "20.05.2019" in text and "1 200" in text and "112" in text


def test_contact_metadata_and_footer_phone_are_tel_links(page):
    prepared = page("bg/contacts/").select_one(".prepared")
    assert prepared.a["href"] == "tel:+35928078050"
    assert "Мария Петрова, 02 807 8050" in prepared.get_text()
    footer = page("en/news/annual-report/").select_one("footer.site-footer address")
    assert footer.select_one("a[href^='tel:']")["href"] == "tel:+3225550100"


@pytest.mark.parametrize("path", [*HOMES, "bg/contacts/"])
def test_home_and_contact_pages_carry_the_government_organization(page, path):
    scripts = page(path).select("script[type='application/ld+json']")
    data = [json.loads(script.string) for script in scripts]
    [organization] = [d for d in data if d["@type"] == "GovernmentOrganization"]
    home = path.split("/")[0]
    assert organization["url"] == f"{SITEURL}/{home}/"
    assert organization["logo"] == f"{SITEURL}/theme/images/emblem.svg"
    point, helpline = organization["contactPoint"]
    assert point["telephone"].startswith("+") and "@" in point["email"]
    assert helpline["telephone"] == HOMES[f"{home}/"][1].removeprefix("tel:")
    assert organization["name"] and organization["address"]


def test_other_pages_carry_no_organization(page):
    for path in ("bg/news/", "en/news/annual-report/"):
        scripts = page(path).select("script[type='application/ld+json']")
        types = [json.loads(script.string)["@type"] for script in scripts]
        assert "GovernmentOrganization" not in types


def meta(soup, key: str) -> list[str]:
    """Every content of the Open Graph property or Twitter name `key`."""
    found = soup.select(f"meta[property='{key}']") or soup.select(f"meta[name='{key}']")
    return [tag["content"] for tag in found]


def test_item_link_preview(site, page):
    soup = page("en/news/annual-report/")
    assert meta(soup, "og:type") == ["article"]
    assert meta(soup, "og:url") == [f"{SITEURL}/en/news/annual-report/"]
    assert meta(soup, "og:title") == [soup.title.get_text()]
    assert meta(soup, "og:description") == ["The network publishes its annual report."]
    assert meta(soup, "og:locale") == ["en_GB"]
    assert meta(soup, "og:locale:alternate") == ["lv_LV", "sr_RS"]
    [image] = meta(soup, "og:image")
    assert (
        image.startswith(f"{SITEURL}/images/")
        and image != f"{SITEURL}/images/chart.png"
    )
    assert (site / image.removeprefix(f"{SITEURL}/")).is_file()
    assert meta(soup, "twitter:card") == ["summary_large_image"]
    assert meta(soup, "twitter:image") == [image]


def test_list_link_preview(page):
    soup = page("lv/")
    assert meta(soup, "og:type") == ["website"]
    assert meta(soup, "og:locale") == ["lv_LV"]
    assert meta(soup, "og:locale:alternate") == ["cs_CZ", "sr_RS", "bg_BG", "en_GB"]
    assert meta(soup, "og:image") == []
    assert meta(soup, "twitter:card") == ["summary"]


def test_robots_txt_names_the_sitemap(site):
    robots = (site / "robots.txt").read_text()
    assert robots == f"User-agent: *\nDisallow:\n\nSitemap: {SITEURL}/sitemap.xml\n"
    assert (site / "sitemap.xml").is_file()


@pytest.mark.parametrize("path", ["", "lv/", "text/lv/", "bg/contacts/"])
def test_favicon_and_emblem(site, page, path):
    theme = ROOT / "theme" / "static" / "images"
    assert (site / "favicon.ico").read_bytes() == (theme / "favicon.ico").read_bytes()
    soup = page(path)
    icons = [link["href"] for link in soup.select("link[rel~='icon']")]
    if path.startswith("text/"):
        assert icons == []  # the text view has no images
        return
    assert "/favicon.ico" in icons
    for href in icons:
        assert (site / href.lstrip("/")).is_file()
    if path:
        emblem = soup.select_one(".site-name img.emblem")
        assert emblem["alt"] == "" and (site / emblem["src"].lstrip("/")).is_file()


@pytest.mark.parametrize(
    "path", ["bg/contacts/", "text/bg/contacts/", "bg/contacts/print/"]
)
def test_last_updated_where_modified_is_set(page, path):
    time = page(path).find("time", datetime="2026-11-20")
    assert time is not None and time.get_text() == "20 ноември 2026\u202fг."
    label = time.parent.find_previous_sibling("dt") or time.parent
    assert "Последна актуализация:" in label.get_text()


def test_no_last_updated_without_modified(page):
    assert page("en/who-we-are/").select(".last-updated") == []


@pytest.mark.parametrize("path", ["en/", "text/en/", "en/news/", "text/en/news/"])
def test_urgent_help_is_shown_once_per_page(page, path):
    assert len(page(path).select("section.urgent-help")) == 1


@pytest.mark.parametrize(
    ("path", "href"),
    [
        ("en/accessibility/", "tel:+3225550100"),
        ("lv/accessibility/", "tel:+37167219263"),
    ],
)
def test_accessibility_statement_phone_is_e164(page, path, href):
    link = page(path).select_one(".statement-contact a[href^='tel:']")
    assert link["href"] == href
