"""A feed opened in Chromium reads as a page (feed.xsl), under the site's CSP."""

import pytest


@pytest.mark.parametrize(
    ("feed", "lang", "notice"),
    [
        ("lv/feeds/news.rss.xml", "lv", "Šī ir ziņu plūsma"),
        ("sr-latn/feeds/all.atom.xml", "sr-Latn", "Ovo je fid"),
    ],
)
def test_a_click_on_a_feed_shows_a_readable_page(served, new_page, feed, lang, notice):
    page = new_page()
    page.goto(f"{served}/{feed}")
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("p.feed-notice").inner_text().startswith(notice)
    assert page.locator("h1").inner_text()
    links = page.locator("main li h2 a")
    assert links.count() > 0
    assert links.first.get_attribute("href").startswith("https://network.example.org/")
    # The site's style sheet applies: the notice has its coloured rule on the left.
    border = page.locator("p.feed-notice").evaluate(
        "element => getComputedStyle(element).borderLeftStyle"
    )
    assert border == "solid"
    # What the stylesheet made carries no inline style or event handler.
    assert page.evaluate(OWN_INLINE_CODE) == []
    assert without_xslt_banner(page) == []


# Chromium 156 puts a banner of its own into pages made by XSLT, which browsers are
# phasing out: an element with an inline style and handler, which the site's policy
# blocks (so it is not shown), each block reported as a console error.
XSLT_BANNER = "xslt-warning-banner"
BANNER_BLOCKED = (
    "Applying inline style violates the following Content Security Policy",
    "Executing inline event handler violates the following Content Security Policy",
)
OWN_INLINE_CODE = f"""() => Array.from(document.querySelectorAll("*"))
    .filter(element => !element.closest("{XSLT_BANNER}"))
    .filter(element => Array.from(element.attributes).some(
        attribute => attribute.name === "style" || attribute.name.startsWith("on")))
    .map(element => element.outerHTML.slice(0, 80))"""


def without_xslt_banner(page) -> list[str]:
    """The page's problems, less the blocked parts of Chromium's XSLT banner."""
    if page.locator(XSLT_BANNER).count() == 0:
        return page.problems
    return [text for text in page.problems if not text.startswith(BANNER_BLOCKED)]
