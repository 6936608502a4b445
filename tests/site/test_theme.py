"""The theme's page structure: one header in every language, list thumbnails, print."""

import pytest

LANGUAGE_HOMES = ("cs/", "lv/", "sr/", "sr-latn/", "bg/", "en/")


@pytest.mark.parametrize("home", LANGUAGE_HOMES)
def test_one_header_in_every_language(page, home):
    header = page(home).select_one("header.site-header")
    names = [element["class"][0] for element in header.select(".masthead > *")]
    assert names == ["site-name", "header-tools"]
    tools = header.select_one(".header-tools")
    folded = [d["class"] for d in tools.find_all("details", recursive=False)]
    assert folded == [["disclosure", "languages"], ["disclosure", "menu"]]
    assert tools.select_one("details.languages > nav.switcher") is not None
    assert tools.select_one("details.menu > nav.main-nav") is not None
    assert tools.select_one("form.site-search") is not None
    assert tools.select_one("a.search-link")["href"] == f"/{home}search/"


@pytest.mark.parametrize(
    ("home", "summary"),
    [("lv/", "Valoda: Latviešu"), ("sr-latn/", "Jezik: Srpski (latinica)")],
)
def test_the_language_summary_names_the_language_for_screen_readers(
    page, home, summary
):
    found = page(home).select_one("details.languages > summary .visually-hidden")
    assert found.get_text() == summary


def test_the_home_heading_is_for_screen_readers_and_the_news_come_first(page):
    main = page("lv/").select_one("main")
    heading = main.select_one("h1")
    assert heading["class"] == ["visually-hidden"]
    assert heading.get_text() == "Reģionālais tīkls cilvēku tirdzniecības novēršanai"
    assert main.select_one("h2").get_text() == "Jaunākās ziņas"


@pytest.mark.parametrize(
    "path", ["lv/news/annual-report/", "bg/contacts/", "en/404.html", "sr/news/"]
)
def test_the_address_for_paper_is_the_canonical_address(page, path):
    soup = page(path)
    canonical = soup.select_one('link[rel="canonical"]')["href"]
    assert soup.select_one("p.print-address").get_text() == canonical


def test_the_404_page_has_a_trail_like_every_page(page):
    trail = page("lv/404.html").select(".breadcrumbs li")
    assert [li.get_text(strip=True) for li in trail] == ["Sākums", "Lapa nav atrasta"]


def test_a_list_entry_shows_its_first_picture_small_and_sized(page):
    entry = page("en/news/").select_one("li.entry.has-thumbnail")
    assert entry.select_one(".entry-title a")["href"] == "/en/news/annual-report/"
    thumbnail = entry.select_one("img.entry-thumbnail")
    assert thumbnail.attrs == {
        "class": ["entry-thumbnail"],
        "src": "/images/chart.975c24.40.png",
        "srcset": "/images/chart.975c24.40.png 40w",
        "sizes": "40px",
        "width": "40",
        "height": "20",
        "alt": "",
        "loading": "lazy",
        "decoding": "async",
    }


@pytest.mark.parametrize("path", ["lv/news/", "text/en/news/", "text/en/"])
def test_no_thumbnail_without_a_picture_or_in_the_text_view(page, path):
    assert page(path).select("main img") == []
    assert page(path).select(".has-thumbnail") == []


@pytest.mark.parametrize("path", ["text/lv/news/annual-report/", "text/bg/contacts/"])
def test_text_view_header_links_are_a_paragraph_apart(page, path):
    links = page(path).select("header nav li > a, footer li > a")
    assert links == []
    assert page(path).select("header nav li > p > a")
