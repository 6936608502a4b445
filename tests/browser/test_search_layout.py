"""The search page on a phone: filters folded, nothing moves as results arrive."""

import pytest

from tests.browser.pages import SEARCH_WORDS

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 375, "height": 667}}
DESK = {"viewport": {"width": 1280, "height": 800}}
# The layout shifts the page had so far (what Lighthouse's CLS adds up).
SHIFTS = """() => new Promise(resolve => {
  new PerformanceObserver(list => resolve(
    list.getEntries().filter(entry => !entry.hadRecentInput).map(entry => entry.value)
  )).observe({type: "layout-shift", buffered: true});
  setTimeout(() => resolve([]), 500);
})"""


def open_results(page, served, prefix):
    """The search page of a language with its word's results shown."""
    page.goto(f"{served}/{prefix}/search/?q={SEARCH_WORDS[prefix]}")
    page.wait_for_selector(".search-result")


@pytest.mark.parametrize("prefix", ["lv", "bg", "sr-latn"])
def test_results_arrive_without_moving_anything(new_page, served, prefix):
    page = new_page(**PHONE)
    open_results(page, served, prefix)
    assert page.evaluate(SHIFTS) == []


def test_a_page_that_moves_is_caught(new_page, served):
    page = new_page(**PHONE)
    open_results(page, served, "lv")
    page.evaluate("document.querySelector('main h1').style.marginTop = '200px'")
    page.wait_for_timeout(100)
    assert page.evaluate(SHIFTS) != []


@pytest.mark.parametrize(("screen", "shown"), [(PHONE, False), (DESK, True)])
def test_the_filters_are_folded_on_a_phone_only(new_page, served, screen, shown):
    page = new_page(**screen)
    open_results(page, served, "lv")
    assert page.is_visible("#search-section") is shown
    assert page.is_visible(".search-more-options > summary") is not shown
    if not shown:
        page.click(".search-more-options > summary")
        assert page.is_visible("#search-section")
