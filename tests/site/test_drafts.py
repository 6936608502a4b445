"""Drafts and scheduled items in real builds: absent from every output file of a
published build, shown with a banner by the devserver's preview, published on
their day by the nightly rebuild."""

import gzip
from argparse import Namespace
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from plugins.multilingual.session import BuildKind
from tools.build import load_settings
from tools.watch import Watcher

from .conftest import SETTINGS, build_site

TODAY, ITS_DAY = "2027-02-15", "2027-03-01"
FILES = {
    "news/welcome.en.md": """Title: Lanternfield welcome
Date: 2027-01-10
Lang: en
Slug: welcome
Summary: The Lanternfield office opens.

The Lanternfield office opens its doors.
""",
    "news/future-report.en.md": """Title: Velvetmoor report
Date: 2027-03-01 09:00
Lang: en
Slug: future-report
Tags: Velvetmoor
Summary: The Velvetmoor report is out.

The Velvetmoor report counts cases.
""",
    # No Category line: Pelican's draft writer crashed on such a draft.
    "news/draft-note.en.md": """Title: Thornquill note
Date: 2027-01-05
Lang: en
Slug: draft-note
Tags: Thornquill
Summary: A Thornquill note.
Status: draft

The Thornquill note is not ready.
""",
    "events/spring-forum.lv.md": """Title: Ashgrove forums
Date: 2027-03-01
Lang: lv
Slug: spring-forum
Summary: Ashgrove forums Rīgā.
Event-start: 2027-03-20 10:00
Event-end: 2027-03-20 12:00
Location: Rīga
Timezone: Europe/Riga

Ashgrove forums notiks Rīgā.
""",
    "pages/draft-page.en.md": """Title: Copperfen rules
Lang: en
Slug: draft-page
Status: draft

Copperfen rules of the network.
""",
}
# (own page, word found only in that item, its banner in a preview)
UNPUBLISHED = [
    ("en/news/future-report/", "Velvetmoor", "Scheduled for 1 March 2027"),
    ("en/news/draft-note/", "Thornquill", "Draft – not published"),
    ("lv/events/spring-forum/", "Ashgrove", "Publicēšana plānota: 2027. gada 1. marts"),
    ("en/draft-page/", "Copperfen", "Draft – not published"),
]
DRAFTS = [entry for entry in UNPUBLISHED if entry[2].startswith("Draft")]


def readable(path: Path) -> str:
    """A file's text, gzip-compressed search fragments unpacked first."""
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace")


def texts_of(output: Path) -> dict[str, str]:
    """Every output file by its relative path, as text."""
    return {
        path.relative_to(output).as_posix(): readable(path)
        for path in output.rglob("*")
        if path.is_file()
    }


def build(tmp: Path, output: Path, today: str, preview: bool) -> dict[str, str]:
    """Build the small content folder with a build day, preview on or off."""
    settings = tmp / f"settings-{today}-{preview}.py"
    settings.write_text(
        "import runpy\n"
        f"_fixture = runpy.run_path({str(SETTINGS)!r})\n"
        "globals().update({k: v for k, v in _fixture.items() if k.isupper()})\n"
        f"PATH = {str(tmp / 'content')!r}\n"
        f"MULTILINGUAL_TODAY = {today!r}\n"
        f"MULTILINGUAL_PREVIEW = {preview!r}\n",
        encoding="utf-8",
    )
    result = build_site(output, settings)
    assert result.returncode == 0, result.stdout + result.stderr
    return texts_of(output)


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> dict[str, dict[str, str]]:
    """The output of a preview, then of a published build into the same folder (as
    `make html` after `make devserver`), then of the nightly build on the day."""
    tmp = tmp_path_factory.mktemp("drafts")
    for name, text in FILES.items():
        (tmp / "content" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp / "content" / name).write_text(text, encoding="utf-8")
    return {
        "preview": build(tmp, tmp / "output", TODAY, preview=True),
        "published": build(tmp, tmp / "output", TODAY, preview=False),
        "on its day": build(tmp, tmp / "nightly", ITS_DAY, preview=False),
    }


def own_files(page_path: str, relative: str) -> bool:
    """The item's own page, its text and print versions and its .ics."""
    return relative.startswith((page_path, "text/" + page_path))


def soup(texts: dict[str, str], path: str) -> BeautifulSoup:
    """A page of a build, parsed."""
    return BeautifulSoup(texts[path + "index.html"], "lxml")


@pytest.mark.parametrize(("page_path", "word", "banner"), UNPUBLISHED)
def test_a_published_build_has_no_trace_of_drafts_or_scheduled_items(
    builds, page_path, word, banner
):
    slug = page_path.rstrip("/").rsplit("/", 1)[1]
    found = {
        relative
        for relative, text in builds["published"].items()
        if word in text or slug in text
    }
    assert found == set()


def test_the_scan_sees_a_published_item_everywhere(builds):
    """The scan above can fail: a published item shows in lists, feeds, sitemap."""
    places = {
        relative
        for relative, text in builds["published"].items()
        if "Lanternfield" in text
    }
    assert {"en/index.html", "en/news/index.html"} <= places
    assert any(relative.startswith("en/feeds/") for relative in places)
    assert "en/news/welcome/" in builds["published"]["sitemap.xml"]


@pytest.mark.parametrize(("page_path", "word", "banner"), UNPUBLISHED)
def test_a_preview_shows_them_with_a_banner_and_noindex(
    builds, page_path, word, banner
):
    for path in (page_path, "text/" + page_path):
        page = soup(builds["preview"], path)
        assert word in page.h1.get_text()
        shown = page.find("p", class_="preview-banner")
        assert shown is not None and shown.get_text() == banner
        robots = page.find("meta", attrs={"name": "robots"})
        assert robots is not None and robots["content"] == "noindex"


@pytest.mark.parametrize(("page_path", "word", "banner"), UNPUBLISHED)
def test_a_preview_lists_them_nowhere(builds, page_path, word, banner):
    found = {
        relative
        for relative, text in builds["preview"].items()
        if word in text and not own_files(page_path, relative)
    }
    assert found == set()


def test_published_pages_have_no_banner(builds):
    for name in ("preview", "published"):
        assert (
            soup(builds[name], "en/news/welcome/").find(class_="preview-banner") is None
        )


def test_the_nightly_build_on_its_day_publishes_the_scheduled_items(builds):
    nightly = builds["on its day"]
    assert "Velvetmoor" in soup(nightly, "en/").get_text()
    assert "Velvetmoor" in soup(nightly, "en/news/").get_text()
    assert "en/news/future-report/" in nightly["sitemap.xml"]
    assert "Ashgrove" in nightly["lv/events/spring-forum/event.ics"]
    report = soup(nightly, "en/news/future-report/")
    assert report.find(class_="preview-banner") is None
    assert report.find("meta", attrs={"name": "robots"}) is None


@pytest.mark.parametrize(("page_path", "word", "banner"), DRAFTS)
def test_drafts_stay_out_of_the_nightly_build(builds, page_path, word, banner):
    assert [path for path, text in builds["on its day"].items() if word in text] == []


def test_the_devserver_rebuilds_an_edited_scheduled_item_quickly(tmp_path):
    """The preview marks the item it reads again as the full build did: an edit of
    its text stays a quick rebuild, and the page keeps its banner."""
    for name, text in FILES.items():
        (tmp_path / "content" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "content" / name).write_text(text, encoding="utf-8")
    settings = load_settings(
        Namespace(
            settings=str(SETTINGS),
            input=str(tmp_path / "content"),
            output=str(tmp_path / "output"),
        )
    )
    settings.update(MULTILINGUAL_TODAY=TODAY, MULTILINGUAL_PREVIEW=True)
    watcher = Watcher(settings, str(SETTINGS))
    assert watcher.step().kind is BuildKind.FULL
    path = tmp_path / "content/news/future-report.en.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("counts cases", "counts every case"),
        encoding="utf-8",
    )
    assert watcher.step({str(path)}).kind is BuildKind.QUICK
    page = BeautifulSoup(
        (tmp_path / "output/en/news/future-report/index.html").read_text("utf-8"),
        "lxml",
    )
    assert "counts every case" in page.get_text()
    assert page.find("p", class_="preview-banner").get_text() == (
        "Scheduled for 1 March 2027"
    )
