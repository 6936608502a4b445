"""Usable at 320 CSS pixels and at 200 % zoom without scrolling sideways (WCAG 1.4.10).

200 % zoom on a 1280 × 800 screen is a 640 × 400 CSS-pixel viewport at device scale
factor 2. Calendar month grids are data tables, which 1.4.10 lets scroll; the
full view fits them anyway, the text view (no CSS) is not measured there.
"""

import pytest

from tests.browser.pages import CHOOSER, PREFIXES, page_types, screenshot

pytestmark = pytest.mark.browser

VIEWPORTS = {
    "320px": {"viewport": {"width": 320, "height": 640}, "device_scale_factor": 1},
    "zoom200": {"viewport": {"width": 640, "height": 400}, "device_scale_factor": 2},
}
REPRESENTATIVE = (
    "home",
    "news list",
    "article",
    "event",
    "institutional page",
    "calendar month",
    "tag",
    "search",
    "feeds",
    "accessibility statement",
    "text view",
    "print view",
)
# The widest elements of a page that scrolls sideways, for the failure message.
TOO_WIDE = """() => {
  const width = document.documentElement.clientWidth;
  return [...document.body.querySelectorAll("*")]
    .filter(element => element.getBoundingClientRect().right > width + 0.5)
    .slice(-3)
    .map(element => `${element.tagName.toLowerCase()}.${element.className}`);
}"""


def sideways(page, served, addresses) -> dict[str, str]:
    """The pages wider than the window, with their widest elements."""
    report = {}
    for address in addresses:
        page.goto(f"{served}/{address}")
        scroll, window = page.evaluate(
            "[document.documentElement.scrollWidth, window.innerWidth]"
        )
        if scroll > window:
            report[address] = f"{scroll} > {window}: {page.evaluate(TOO_WIDE)}"
    return report


@pytest.mark.parametrize("size", VIEWPORTS)
@pytest.mark.parametrize("prefix", PREFIXES)
def test_representative_pages_need_no_sideways_scrolling(
    new_page, served, prefix, size
):
    page = new_page(**VIEWPORTS[size])
    pages = page_types(prefix)
    addresses = [pages[name] for name in REPRESENTATIVE if name in pages]
    assert sideways(page, served, addresses) == {}
    if size == "320px":
        page.goto(f"{served}/{pages['home']}")
        screenshot(page, f"{prefix}-home-320px")


@pytest.mark.parametrize("size", VIEWPORTS)
def test_the_language_chooser_needs_no_sideways_scrolling(new_page, served, size):
    page = new_page(locale="de-DE", **VIEWPORTS[size])
    assert sideways(page, served, CHOOSER.values()) == {}


def test_a_page_too_wide_is_reported(new_page, served):
    page = new_page(**VIEWPORTS["320px"])
    wide = "<pre>" + "x" * 120 + "</pre></main>"  # preformatted: never wraps
    page.route(
        "**/lv/feeds/",
        lambda route: route.fulfill(
            response=route.fetch(),
            body=route.fetch().text().replace("</main>", wide),
        ),
    )
    assert list(sideways(page, served, ["lv/feeds/"])) == ["lv/feeds/"]


# Weekday headers whose text is wider than their column (cut or overflowing).
HEADERS_CUT = """() => [...document.querySelectorAll(".month-grid th")]
  .filter(th => th.scrollWidth > th.clientWidth + 0.5)
  .map(th => th.innerText)"""


@pytest.mark.parametrize("width", [320, 375])
@pytest.mark.parametrize("prefix", PREFIXES)
def test_calendar_weekday_headers_are_whole_on_a_phone(new_page, served, prefix, width):
    page = new_page(viewport={"width": width, "height": 700}, device_scale_factor=1)
    page.goto(f"{served}/{prefix}/calendar/2017/06/")
    assert page.evaluate(HEADERS_CUT) == []
    shown = page.locator(".month-grid th").all_inner_texts()
    assert len(shown) == 7 and all(1 <= len(name) <= 2 for name in shown), shown
    if prefix == "lv":
        screenshot(page, f"lv-calendar-month-{width}px")


def test_calendar_weekday_headers_are_abbreviated_on_a_wide_screen(new_page, served):
    page = new_page(viewport={"width": 1280, "height": 800})
    page.goto(f"{served}/lv/calendar/2017/06/")
    shown = page.locator(".month-grid th").all_inner_texts()
    assert shown[:4] == ["Pirmd.", "Otrd.", "Trešd.", "Ceturtd."]
    assert page.evaluate(HEADERS_CUT) == []
