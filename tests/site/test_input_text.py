"""The text input policy on real builds: what the checks refuse stops the build with
`file:line` and a fix; what they accept, the build reads the same way; and with the
checks switched off, odd characters and skipped times do not crash the build."""

import json
import shutil

import lxml.etree
import pytest
from bs4 import BeautifulSoup

from .conftest import SETTINGS, build_site

FIXTURE_CONTENT = SETTINGS.parent / "content"
CONTINUED_EVENT = """Title: Regional meeting
    of the working group
Date: 2026-10-01
Lang: en
Slug: regional-meeting
Event-start: 2027-02-10 10:00
Location: Rīga,
    Brīvības iela 36
Publisher: Ministry
    of the Interior
Aliases: /old/meeting.html,
    /old/meeting-2.html

An event without a Category line: the folder makes it an event.
"""
HOSTILE = {
    "news/pixel.en.md": "Title: Pixel\nDate: 2026-01-01\nLang: en\n"
    "Summary: Hi ![x](https://tracker.example/p.gif)\n\nText.\n",
    "news/override.en.md": "Title: Evil\u202etxt.exe\nDate: 2026-01-01\nLang: en\n\n"
    "Form\x0cfeed.\n",
    "events/gap.lv.md": "Title: Gap\nDate: 2026-01-01\nLang: lv\nLocation: Rīga\n"
    "Event-start: 2021-03-28 03:30\nTimezone: Europe/Riga\n\nText.\n",
    "events/long.lv.md": "Title: Long\nDate: 0000-01-01\nLang: lv\nLocation: Rīga\n"
    "Event-start: 2020-01-01\nEvent-end: 2022-01-01\n\nText.\n",
    "news/deep.en.md": "Title: Deep\nDate: 2026-01-01\nLang: en\n\n"
    + "\n".join("    " * level + "- x" for level in range(25)),
    "news/praha.cs.md": "Title: Praha\nDate: 2026-01-01\nLang: cs\n"
    "Praha: setkání odborníků se konalo v pondělí.\n\nText.\n",
    "news/video.en.md": "Title: Video\nDate: 2026-01-01\nLang: en\n\n"
    '<video src="talk.mp4">Video</video>\n',
}
EXPECTED_REPORT = [
    'content/events/gap.lv.md:5: error: Event-start "2021-03-28 03:30" does not'
    " exist in Europe/Riga: the clocks jump from 03:00 to 04:00 that night. Fix:"
    ' write the time the clocks show, e.g. "2021-03-28 04:30".',
    'content/events/long.lv.md:2: error: Date "0000-01-01" is outside the years'
    " 1900 to 2200. Fix: check the year.",
    'content/events/long.lv.md:6: error: Event-end "2022-01-01" is 731 days after'
    " Event-start; an event may last at most 400 days. Fix: check the years;"
    " publish a longer programme as separate events.",
    "content/news/deep.en.md:25: error: Lists or quotes are nested 21 levels deep"
    " here; the site allows 20. Fix: use fewer levels: indent less, or split the"
    " list.",
    "content/news/override.en.md:1: error: Invisible character U+202E RIGHT-TO-LEFT"
    " OVERRIDE is not allowed. Fix: delete it; if your editor does not show it,"
    " retype the line.",
    "content/news/override.en.md:5: error: Control character U+000C FORM FEED is"
    " not allowed. Fix: delete it; if your editor does not show it, retype the line.",
    'content/news/pixel.en.md:4: error: The image loads "https://tracker.example/'
    'p.gif" from another site, which would see every reader of the page and of'
    " the feeds. Fix: save p.gif into images/ and write ![x](images/p.gif), or"
    " link to it instead: [x](https://tracker.example/p.gif).",
    'content/news/praha.cs.md:4: error: "Praha: setkání odborníků se konalo v'
    ' po…" is read as the metadata key "Praha", so the line would disappear from'
    " the page. Fix: leave a blank line between the metadata and the text.",
    "content/news/video.en.md:5: error: Raw HTML <video> is not allowed: players"
    " are removed and readers would see only the text inside it. Fix: link to the"
    " video, or upload it to documents/ and link to it.",
]


def content_with(folder, files):
    """A copy of the fixture content with more files in it."""
    content = folder / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    for name, text in files.items():
        (content / name).write_text(text, encoding="utf-8")
    return content


def without_checks(folder):
    """Settings of the fixture site with the checks plugin switched off."""
    settings = folder / "nochecks.conf.py"
    settings.write_text(
        "import runpy\n"
        f"_site = runpy.run_path({str(SETTINGS)!r})\n"
        "globals().update({k: v for k, v in _site.items() if k.isupper()})\n"
        'PLUGINS = [name for name in PLUGINS if name != "plugins.checks"]\n',
        encoding="utf-8",
    )
    return settings


@pytest.fixture(scope="module")
def continued_site(tmp_path_factory):
    """A site with an event written with continuation lines and no Category."""
    folder = tmp_path_factory.mktemp("continued")
    content = content_with(folder, {"events/meeting.en.md": CONTINUED_EVENT})
    result = build_site(folder / "out", extra=("--input", str(content)))
    assert result.returncode == 0, result.stdout + result.stderr
    return folder / "out"


def test_continuation_lines_are_joined_on_the_page(continued_site):
    page = continued_site / "en/events/regional-meeting/index.html"
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")
    assert soup.h1.get_text(strip=True) == "Regional meeting of the working group"
    text = " ".join(soup.get_text().split())
    assert "Rīga, Brīvības iela 36" in text
    assert "Ministry of the Interior" in text


def test_continued_aliases_each_redirect(continued_site):
    redirects = (continued_site / "_redirects.map").read_text(encoding="utf-8")
    for old in ("/old/meeting.html", "/old/meeting-2.html"):
        assert f'"{old}" "/en/events/regional-meeting/";' in redirects


def test_an_event_without_a_category_is_an_event(continued_site):
    event = continued_site / "en/events/regional-meeting"
    assert (event / "event.ics").is_file()
    assert not (continued_site / "en/news/regional-meeting").exists()
    calendar = (continued_site / "en/calendar/events.ics").read_text(encoding="utf-8")
    assert "URL:https://network.example.org/en/events/regional-meeting/" in calendar


def test_refused_text_stops_the_build_with_every_problem(tmp_path):
    content = content_with(tmp_path, HOSTILE)
    result = build_site(tmp_path / "out", extra=("--input", str(content)))
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Traceback" not in output
    reported = [line for line in output.splitlines() if ": error: " in line]
    assert reported == EXPECTED_REPORT
    assert not (tmp_path / "out").exists()


def test_without_the_checks_odd_characters_and_skipped_times_do_not_crash(tmp_path):
    files = {
        name: HOSTILE[name] for name in ("news/override.en.md", "events/gap.lv.md")
    }
    files["news/override.en.md"] = files["news/override.en.md"].replace(
        "Lang: en\n", "Lang: en\nSummary: A\x0bB\x00C\n"
    )
    content = content_with(tmp_path, files)
    result = build_site(
        tmp_path / "out", without_checks(tmp_path), ("--input", str(content))
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = tmp_path / "out"
    for feed in out.glob("*/feeds/*.xml"):
        lxml.etree.parse(str(feed))  # well-formed, whatever the titles held
    gap = BeautifulSoup(
        (out / "lv/events/gap/index.html").read_text(encoding="utf-8"), "lxml"
    )
    event = json.loads(gap.find("script", type="application/ld+json").string)
    assert event["startDate"] == "2021-03-28T04:30:00+03:00"
    assert "04:30" in gap.get_text() and "03:30" not in gap.get_text()
