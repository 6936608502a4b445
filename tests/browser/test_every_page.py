"""Every page type in every language, as served with the site's CSP: it loads, logs
no error, fetches nothing from another site, and axe-core finds no WCAG 2.1 A or AA
violation in the light or the dark colour scheme. A few are kept as screenshots.

axe-core is the npm package pinned in package-lock.json. It is added to each page as
an init script, which the page's CSP does not block, so the pages are checked
exactly as served (an inline <script> tag would need the CSP switched off) and the
browser compiles it once per context instead of once per page.
"""

import pytest

from tests.browser.pages import CHOOSER, PREFIXES, offsite, page_types, screenshot
from tests.needs import axe_script

pytestmark = pytest.mark.browser

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# In the dark scheme only colours change: check again what colours decide.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
AXE_RUNS = (
    ("light", {"runOnly": {"type": "tag", "values": WCAG_21_AA}}),
    ("dark", {"runOnly": {"type": "rule", "values": COLOUR_RULES}}),
)
# Only what the report needs comes back from the page; `checked` proves that the
# colour-contrast rule did run on it.
RUN_AXE = """options => axe.run(document, {...options, resultTypes: ["violations"]})
  .then(result => ({
    checked: [...result.passes, ...result.incomplete, ...result.violations]
      .map(rule => rule.id),
    violations: result.violations.map(rule => ({
      id: rule.id,
      help: rule.help,
      targets: rule.nodes.map(node => node.target.join(" ")),
    })),
  }))"""
# Kept in tests/artifacts/screenshots/ for people to look at (1280 px wide).
SCREENSHOTS = ("home", "article", "calendar month", "accessibility statement")
DESKTOP = {"width": 1280, "height": 800}


def axe_violations(page) -> list[str]:
    """axe's violations on the open page, in the light and the dark scheme."""
    found = []
    for scheme, options in AXE_RUNS:
        page.emulate_media(color_scheme=scheme)
        result = page.evaluate(RUN_AXE, options)
        assert "color-contrast" in result["checked"], page.url
        found += [
            f"{scheme}: {rule['id']} ({rule['help']}) at {', '.join(rule['targets'])}"
            for rule in result["violations"]
        ]
    page.emulate_media(color_scheme="light")
    return found


def check_pages(page, served, pages: dict[str, str]) -> dict[str, list[str]]:
    """Visit each page; what is wrong with each, by address (empty: nothing)."""
    report = {}
    for name, address in pages.items():
        page.problems.clear()
        response = page.goto(f"{served}/{address}")
        if name == "search":  # its script loads the index after the page
            page.wait_for_selector("form[data-search]:not([hidden])")
        problems = [] if response.ok else [f"HTTP {response.status}"]
        problems += axe_violations(page) + page.problems
        if problems:
            report[address] = problems
        if name in SCREENSHOTS:
            screenshot(page, f"{address.split('/')[0]}-{name.replace(' ', '-')}")
    return report


@pytest.fixture
def checked_page(new_page):
    """A page with axe-core loaded into every document it opens."""
    return lambda **options: new_page(scripts=[axe_script()], **options)


@pytest.mark.parametrize("prefix", PREFIXES)
def test_every_page_type_is_clean_and_accessible(checked_page, served, prefix):
    page = checked_page(viewport=DESKTOP)
    pages = page_types(prefix)
    assert check_pages(page, served, pages) == {}
    assert offsite(page.requests) == []
    # Each page, the stylesheet, the scripts of search and print were fetched.
    assert len(page.requests) >= len(pages) + 3


def test_the_language_chooser_is_clean_and_accessible(checked_page, served):
    # A browser language the site lacks: the chooser stays instead of redirecting.
    page = checked_page(viewport=DESKTOP, locale="de-DE")
    assert check_pages(page, served, CHOOSER) == {}
    assert page.url == f"{served}/"
    screenshot(page, "root-language-chooser")
    assert offsite(page.requests) == []


@pytest.mark.parametrize(
    ("prefix", "query"), [("lv", "?q=tirdzniec"), ("bg", "?section=events")]
)
def test_search_results_are_accessible(checked_page, served, prefix, query):
    page = checked_page()
    page.goto(f"{served}/{prefix}/search/{query}")
    page.wait_for_selector(".search-result")
    assert axe_violations(page) == []
    assert page.problems == []


def test_the_dark_scheme_is_the_one_axe_checks(checked_page, served):
    page = checked_page(viewport=DESKTOP)
    page.goto(f"{served}/lv/")
    background = "getComputedStyle(document.body).backgroundColor"
    assert page.evaluate(background) == "rgb(255, 255, 255)"
    page.emulate_media(color_scheme="dark")
    assert page.evaluate(background) == "rgb(20, 24, 29)"
    screenshot(page, "lv-home-dark")


def test_axe_finds_a_contrast_violation_when_there_is_one(checked_page, served):
    page = checked_page()
    page.goto(f"{served}/lv/")
    page.evaluate(
        "document.querySelector('main h2').style.color = '#f0f0f0'"
    )  # pale grey on white (the home's h1 is for screen readers only)
    assert any("color-contrast" in found for found in axe_violations(page))


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.1:8123/lv/", []),
        ("data:image/svg+xml,<svg/>", []),
        ("https://fonts.example.net/a.woff2", ["https://fonts.example.net/a.woff2"]),
        ("http://localhost:8123/lv/", ["http://localhost:8123/lv/"]),
    ],
)
def test_offsite_names_requests_that_leave_the_loopback_origin(url, expected):
    assert offsite([url]) == expected
