"""Text renders as the editor typed it (plugins/text): dates at a line start, Word
bullets, lists under a paragraph, bare addresses and table alignment, on the page
and in its text version; the checks warn only where a number is truly ambiguous."""

import shutil

import feedparser
import pytest

from .conftest import SETTINGS, check_content

LATVIAN = "lv/news/typed-text/"


def content_of(page, path: str):
    """The item's rendered text (the <div class="content"> of its article)."""
    return page(path).find("article").find("div", class_="content")


def texts(elements) -> list[str]:
    return [" ".join(element.get_text().split()) for element in elements]


@pytest.fixture(params=["", "text/"], ids=["page", "text-view"])
def view(request):
    """Each test runs on the page and on its text-only version."""
    return request.param


def test_dates_at_a_line_start_stay_text(page, view):
    content = content_of(page, view + LATVIAN)
    paragraphs = texts(content.find_all("p", recursive=False))
    assert "9. martā notika sanāksme." in paragraphs
    assert "2024. gadā darbs turpinājās." in paragraphs
    first_list = content.find("ul")
    assert texts(first_list.find_all("li")) == [
        "2024. gadā pieņemtās izmaiņas",
        "2025. gada plāns",
    ]
    assert first_list.find("ol") is None


def test_real_numbered_lists_keep_working(page, view):
    lists = content_of(page, view + LATVIAN).find_all("ol")
    assert texts(lists[0].find_all("li")) == ["Jānis", "Anna"]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("cs/news/typed-text/", ["15. ledna 2027 se pracovní skupina sejde znovu."]),
        ("sr/news/typed-text/", ["9. марта 2024. године мрежа је одржала састанак."]),
        (
            "sr-latn/news/typed-text/",
            ["9. marta 2024. godine mreža je održala sastanak."],
        ),
    ],
)
def test_dates_in_other_languages(page, view, path, expected):
    paragraphs = texts(content_of(page, view + path).find_all("p"))
    assert paragraphs[: len(expected)] == expected


def test_a_date_in_the_summary_stays_text(page):
    description = page(LATVIAN).find("meta", attrs={"name": "description"})
    assert description["content"] == "9. martā sanāksme notika Rīgā."


def test_a_list_under_a_paragraph_is_a_list(page, view):
    content = content_of(page, view + LATVIAN)
    heading = content.find("p", string="Programma")
    assert heading is not None
    assert texts(heading.find_next_sibling("ul").find_all("li")) == [
        "reģistrācija",
        "lekcijas",
    ]


def test_word_bullets_are_lists(page, view):
    content = content_of(page, view + LATVIAN)
    bullets = content.find("p", string="Dienas:").find_next_sibling("ul")
    assert texts(bullets.find_all("li")) == ["pirmā diena", "otrā diena"]
    lettered = content.find("p", string="Kārtība:").find_next_sibling("ol")
    assert lettered["type"] == "a"
    assert texts(lettered.find_all("li")) == ["pieteikums", "apstiprinājums"]


def test_bare_addresses_are_links(page, view):
    links = [
        (a["href"], a.get_text())
        for p in content_of(page, view + LATVIAN).find_all("p")
        for a in p.find_all("a")
    ]
    assert links == [
        ("https://www.vdi.gov.lv/lv/seminari", "https://www.vdi.gov.lv/lv/seminari"),
        ("https://www.example.lv", "www.example.lv"),
    ]


def test_table_alignment_is_a_class_not_a_style(page, view, site):
    table = content_of(page, view + LATVIAN).find("table")
    assert [cell.get("class") for cell in table.find_all(["th", "td"])] == [
        ["align-left"], ["align-right"], ["align-center"],
        ["align-left"], ["align-right"], ["align-center"],
    ]  # fmt: skip
    assert table.find(attrs={"style": True}) is None
    css = (site / "theme/css/site.css").read_text(encoding="utf-8")
    assert ".content .align-right { text-align: right; }" in css
    assert ".content .align-center { text-align: center; }" in css


AMBIGUOUS = (
    'content/news/zinojums.lv.md:6: warning: The line starts with "2018." and'
    ' readers would see "1." instead: Markdown makes it the first item of a'
    ' numbered list. Fix: write "2018\\." to keep the number as text, or start the'
    " list at 1."
)


def test_check_warns_only_about_the_ambiguous_number(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(SETTINGS.parent / "content", content)
    (content / "news/zinojums.lv.md").write_text(
        "Title: Ziņojums\nDate: 2026-11-19\nLang: lv\nSlug: zinojums\n\n"
        "2018. Ziņojums par situāciju.\n\n9. martā notika sanāksme.\n\n"
        "1. pirmais\n2. otrais\n",
        encoding="utf-8",
    )
    result = check_content(content, timeout=300)
    assert result.stdout.splitlines() == [AMBIGUOUS, "0 errors, 1 warning in 1 file."]


def test_feeds_keep_the_date_as_text(site):
    feed = feedparser.parse((site / "lv/feeds/news.atom.xml").read_bytes())
    (entry,) = [e for e in feed.entries if e.link.endswith("/lv/news/riga-seminar/")]
    assert "<p>9. martā seminārs turpinājās Daugavpilī.</p>" in entry.content[0].value
    assert "<ol>" not in entry.content[0].value
