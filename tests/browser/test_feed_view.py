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
    assert page.problems == []
