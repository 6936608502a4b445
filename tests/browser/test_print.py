"""Printing a full page (not the print view) keeps the site's name and the address."""

import pytest

from tests.browser.pages import PREFIXES, page_types

pytestmark = pytest.mark.browser

OWN_LAYOUT = ("text view", "text view of a list", "print view")
# What a printed page shows of where it came from: the name, the address, the link.
ON_PAPER = """() => {
  const shown = element => element && element.getClientRects().length > 0;
  const name = document.querySelector(".site-name a");
  const address = document.querySelector(".print-address");
  const menu = document.querySelector(".main-nav");
  return {
    name: shown(name) ? name.textContent.trim() : null,
    address: shown(address) ? address.textContent.trim() : null,
    canonical: document.querySelector("link[rel=canonical]").href,
    menu: shown(menu),
  };
}"""


def on_paper(page, served, address: str, media: str) -> dict:
    """What the page shows of its name and address in a medium."""
    page.emulate_media(media=media)
    page.goto(f"{served}/{address.split('#')[0]}")
    return page.evaluate(ON_PAPER)


@pytest.mark.parametrize("prefix", PREFIXES)
def test_a_printed_page_keeps_the_site_name_and_its_address(new_page, served, prefix):
    page = new_page(viewport={"width": 800, "height": 1000})
    pages = page_types(prefix)
    site_name = on_paper(page, served, pages["home"], "screen")["name"]
    for name, address in pages.items():
        if name in OWN_LAYOUT:
            continue
        printed = on_paper(page, served, address, "print")
        assert printed["name"] == site_name, address
        assert printed["address"] == printed["canonical"], address
        assert printed["menu"] is False, address


def test_the_address_line_is_for_paper_only(new_page, served):
    page = new_page(viewport={"width": 375, "height": 667})
    shown = on_paper(page, served, "lv/news/annual-report/", "screen")
    assert shown["address"] is None
    assert shown["canonical"] == "https://network.example.org/lv/news/annual-report/"
