"""`Status: hidden`: built at its address, listed nowhere else in the output."""

import gzip

import pytest

# (own page, words that appear only in the hidden item: title, tag, text, address)
HIDDEN = [
    ("lv/news/hidden-notice/", ("Zeltkalna", "hidden-notice")),
    ("en/events/quartzwhistle-briefing/", ("Quartzwhistle", "quartzwhistle-briefing")),
    ("en/marblecrest-terms/", ("Marblecrest", "marblecrest-terms")),
]
# The build's bookkeeping (fingerprints of every page) is not a published listing.


def readable(path) -> str:
    """A file's text, gzip-compressed search fragments unpacked first."""
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace")


@pytest.fixture(scope="module")
def output_texts(site):
    """Every file of the built site by its relative path, as text."""
    return {
        path.relative_to(site).as_posix(): readable(path)
        for path in site.rglob("*")
        if path.is_file()
    }


def own_files(page_path: str, relative: str) -> bool:
    """The hidden item's own page, its text and print versions and its .ics."""
    return relative.startswith((page_path, "text/" + page_path))


@pytest.mark.parametrize(("page_path", "words"), HIDDEN)
def test_a_hidden_item_is_built_at_its_address(site, page, page_path, words):
    assert (site / page_path / "index.html").is_file()
    assert words[0] in page(page_path).h1.get_text()
    robots = page(page_path).find("meta", attrs={"name": "robots"})
    assert robots is not None and robots["content"] == "noindex"
    text = page("text/" + page_path).find("meta", attrs={"name": "robots"})
    assert text is not None and text["content"] == "noindex"


@pytest.mark.parametrize(("page_path", "words"), HIDDEN)
def test_a_hidden_item_is_listed_nowhere(output_texts, page_path, words):
    found = {
        relative: word
        for relative, text in output_texts.items()
        for word in words
        if word in text and not own_files(page_path, relative)
    }
    assert found == {}


def test_the_scan_sees_a_listed_item_everywhere(output_texts):
    """The scan above can fail: a listed item shows in lists, feeds, search."""
    places = {
        relative for relative, text in output_texts.items() if "riga-seminar" in text
    }
    assert "lv/news/index.html" in places
    assert "sitemap.xml" in places
    assert any(relative.startswith("lv/feeds/") for relative in places)
    assert any(relative.startswith("pagefind/") for relative in places)


def test_pages_of_listed_items_are_indexable(page):
    assert page("lv/news/riga-seminar/").find("meta", attrs={"name": "robots"}) is None


def test_a_hidden_items_only_tag_has_no_page_and_no_link(site, page):
    assert not (site / "lv/tags/zeltkalna-birka").exists()
    tags = page("lv/news/hidden-notice/").find("p", class_="tags")
    assert [a.get_text() for a in tags.find_all("a")] == ["Apmācības"]
    assert "Zeltkalna birka" in tags.get_text()


def test_a_hidden_event_has_its_own_ics_but_no_calendar_entry(site, page):
    ics = (site / "en/events/quartzwhistle-briefing/event.ics").read_text()
    assert "Quartzwhistle briefing" in ics
    links = page("en/events/quartzwhistle-briefing/").find(
        "dd", class_="calendar-links"
    )
    assert [a["href"] for a in links.find_all("a")] == [
        "/en/events/quartzwhistle-briefing/event.ics"
    ]
