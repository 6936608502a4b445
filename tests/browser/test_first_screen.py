"""On a 375 × 667 phone the page's first headline shows without scrolling.

At 100 % and at 200 % zoom (a 187 × 333 CSS-pixel window at device scale 2), in
every language and on every page type with the site's header, the first line of
the first visible heading in <main> (the home's first news headline, an article's
title) ends above the fold. The text and print views have no header to measure.
"""

import pytest

from tests.browser.pages import PREFIXES, page_types

pytestmark = pytest.mark.browser

SCREENS = {
    "100%": {"viewport": {"width": 375, "height": 667}, "device_scale_factor": 1},
    "200%": {"viewport": {"width": 187, "height": 333}, "device_scale_factor": 2},
}
WITHOUT_HEADER = ("text view", "text view of a list", "print view")
# The first visible heading of <main>, where its first line ends, and its text.
FIRST_HEADLINE = """() => {
  const visible = element => element.getClientRects().length > 0
    && element.getBoundingClientRect().width > 1;
  const heading = [...document.querySelectorAll("main :is(h1, h2, h3)")].find(visible);
  if (!heading) return null;
  const style = getComputedStyle(heading);
  const lineHeight = parseFloat(style.lineHeight) || 1.2 * parseFloat(style.fontSize);
  const top = heading.getBoundingClientRect().top + window.scrollY;
  return [Math.round(top + lineHeight), heading.textContent.trim().slice(0, 40)];
}"""


def below_the_fold(page, served, addresses) -> dict[str, str]:
    """The pages whose first headline's first line ends below the window's height."""
    report = {}
    fold = page.viewport_size["height"]
    for address in addresses:
        page.goto(f"{served}/{address.split('#')[0]}")
        found = page.evaluate(FIRST_HEADLINE)
        if found is None:
            report[address] = "no visible heading in <main>"
        elif found[0] > fold:
            report[address] = f"“{found[1]}” ends at {found[0]} px > {fold} px"
    return report


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("prefix", PREFIXES)
def test_the_first_headline_is_on_the_first_screen(new_page, served, prefix, screen):
    page = new_page(**SCREENS[screen])
    pages = page_types(prefix)
    addresses = [path for name, path in pages.items() if name not in WITHOUT_HEADER]
    assert below_the_fold(page, served, addresses) == {}


def test_a_headline_below_the_fold_is_reported(new_page, served):
    page = new_page(**SCREENS["100%"])
    page.route(
        "**/lv/feeds/",
        lambda route: route.fulfill(
            status=200,
            content_type="text/html",
            body='<main><p style="height:900px">x</p><h1>Barotnes</h1></main>',
        ),
    )
    assert below_the_fold(page, served, ["lv/feeds/", "lv/sitemap/"]) == {
        "lv/feeds/": "“Barotnes” ends at 968 px > 667 px"
    }
