"""What a person does on the site: switch language, read the text and print views,
use the keyboard only, leaf through the calendar. Nothing may log an error or fetch
anything from another site on the way."""

import pytest

from tests.browser.pages import offsite, screenshot

pytestmark = pytest.mark.browser

FOCUSED = """() => {
  const element = document.activeElement;
  return element.id || element.className || element.tagName.toLowerCase();
}"""


def clean(page) -> bool:
    """No console error, no CSP report, no request outside the site."""
    assert page.problems == []
    assert offsite(page.requests) == []
    return True


def switch_to(page, code: str) -> None:
    """Follow the language switcher's link to a language, and wait for the page."""
    with page.expect_navigation():
        page.click(f".switcher a[hreflang='{code}']")


def test_switching_language_on_an_article_lands_on_its_translation(new_page, served):
    page = new_page()
    page.goto(f"{served}/lv/news/annual-report/")
    switch_to(page, "en")
    assert page.url == f"{served}/en/news/annual-report/"
    assert page.get_attribute("html", "lang") == "en"
    assert page.text_content("h1") == "Annual report on trafficking & exploitation"
    assert clean(page)


@pytest.mark.parametrize(
    ("start", "code", "landing", "back"),
    [
        ("lv/news/riga-seminar/", "en", "en/not-translated/news/riga-seminar/", "lv"),
        ("lv/network-meeting/", "bg", "bg/not-translated/page/network-meeting/", "lv"),
    ],
)
def test_an_untranslated_page_leads_to_a_notice_with_the_header_in_view(
    new_page, served, start, code, landing, back
):
    page = new_page(viewport={"width": 375, "height": 740})
    page.goto(f"{served}/{start}")
    page.click("details.languages > summary")  # a phone's header folds the list
    unavailable = page.locator(f".switcher a[hreflang='{code}']")
    assert (
        page.evaluate(
            "link => getComputedStyle(link).fontStyle", unavailable.element_handle()
        )
        == "normal"
    )  # said in words, not in italics
    assert unavailable.locator(".note").is_visible()
    with page.expect_navigation():
        unavailable.click()
    assert page.url == f"{served}/{landing}"
    assert page.get_attribute("html", "lang") == code
    assert page.evaluate("window.scrollY") == 0  # the header stays in view
    assert page.locator(".site-header").is_visible()
    notice = page.locator(".notice-box h1")
    assert notice.is_visible()
    assert notice.bounding_box()["y"] < 740  # on the first screen
    screenshot(page, f"{code}-not-translated-375px")
    version = page.locator(f".notice-box a[hreflang='{back}']")
    with page.expect_navigation():
        version.click()
    assert page.url == f"{served}/{start}"
    assert clean(page)


def test_the_text_view_leads_to_the_text_notice(new_page, served):
    page = new_page()
    page.goto(f"{served}/text/lv/news/riga-seminar/")
    czech = page.locator("nav li", has=page.locator("a[hreflang='cs']"))
    assert czech.inner_text() == "Čeština – nav pieejams"
    with page.expect_navigation():
        page.click("a[hreflang='cs']")
    assert page.url == f"{served}/text/cs/not-translated/news/riga-seminar/"
    assert page.text_content("h1") == "V tomto jazyce není k dispozici"
    assert clean(page)


@pytest.mark.parametrize(
    ("locale", "home"),
    [("sr-Latn-RS", "sr-latn/"), ("sr-RS", "sr/"), ("sr-Cyrl-RS", "sr/")],
)
def test_the_chooser_follows_a_serbian_browser_to_its_script(
    new_page, served, locale, home
):
    page = new_page(locale=locale)
    page.goto(f"{served}/")
    page.wait_for_url(f"{served}/{home}")
    assert page.url == f"{served}/{home}"
    assert clean(page)


def test_the_text_view_keeps_to_text_pages(new_page, served):
    page = new_page()
    page.goto(f"{served}/lv/news/annual-report/")
    with page.expect_navigation():
        page.click("a[data-view='text']")
    visited = [page.url]
    with page.expect_navigation():  # the main menu's "News"
        page.click("nav a[href='/text/lv/news/']")
    visited.append(page.url)
    with page.expect_navigation():  # an item of the list
        page.click("main .entry-title a[href='/text/lv/news/riga-seminar/']")
    visited.append(page.url)
    assert visited == [
        f"{served}/text/lv/news/annual-report/",
        f"{served}/text/lv/news/",
        f"{served}/text/lv/news/riga-seminar/",
    ]
    assert page.evaluate("document.styleSheets.length") == 0
    assert page.locator("img, script, iframe").count() == 0
    with page.expect_navigation():
        page.click("a[data-view='full']")
    assert page.url == f"{served}/lv/news/riga-seminar/"
    assert clean(page)


def test_the_print_view_prints_and_leads_back(new_page, served):
    page = new_page()
    # Count print() calls instead of opening the dialogue headless Chromium lacks.
    page.add_init_script(
        "window.print = () => { window.printed = (window.printed || 0) + 1; }"
    )
    page.goto(f"{served}/lv/events/forced-labour-webinar/")
    with page.expect_navigation():
        page.click("a[data-view='print']")
    assert page.url == f"{served}/lv/events/forced-labour-webinar/print/"
    assert "https://network.example.org/lv/events/forced-labour-webinar/" in (
        page.text_content(".print-address")
    )
    page.click("button[data-print]")
    assert page.evaluate("window.printed") == 1
    page.emulate_media(media="print")
    assert page.is_hidden(".print-actions")
    page.emulate_media(media="screen")
    with page.expect_navigation():
        page.click("a[data-view='full']")
    assert page.url == f"{served}/lv/events/forced-labour-webinar/"
    assert clean(page)


@pytest.mark.parametrize(
    "address",
    ["lv/", "sr/news/annual-report/", "bg/calendar/2027/01/", "text/en/who-we-are/"],
)
def test_the_skip_link_comes_first_and_moves_focus_to_the_content(
    new_page, served, address
):
    page = new_page()
    page.goto(f"{served}/{address}")
    page.keyboard.press("Tab")
    skip = page.locator("a[href='#main']")
    assert skip.evaluate("link => link === document.activeElement")
    box = skip.bounding_box()  # shown on focus, inside the window
    assert box is not None and box["y"] >= 0 and box["width"] > 1
    page.keyboard.press("Enter")
    assert page.evaluate(FOCUSED) == "main"
    assert page.url.endswith("#main")
    page.keyboard.press("Tab")  # the next stop is inside the content
    assert page.evaluate("document.activeElement.closest('main') !== null")
    assert clean(page)


def test_the_calendar_goes_from_month_to_month_by_keyboard(new_page, served):
    page = new_page()
    page.goto(f"{served}/lv/calendar/2027/01/")
    assert page.text_content("h1") == "Janvāris, 2027"
    with page.expect_navigation():
        page.locator(".calendar-nav a[rel='prev']").first.press("Enter")
    assert page.url == f"{served}/lv/calendar/2026/12/"
    assert page.text_content("h1") == "Decembris, 2026"
    with page.expect_navigation():
        page.locator(".calendar-nav a[rel='next']").first.press("Enter")
    assert page.url == f"{served}/lv/calendar/2027/01/"
    # A day with events leads to its list, and focus goes with it.
    page.locator(".month-grid a[href='#day-2027-01-14']").press("Enter")
    assert page.evaluate(FOCUSED) == "day-2027-01-14"
    assert page.is_visible("#day-2027-01-14 + .entries a")
    assert clean(page)
