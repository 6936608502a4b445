"""The demo site: its content passes the checks in every language it lists."""

from collections import defaultdict
from pathlib import Path

import pytest
from pelican.settings import read_settings

from plugins.checks.core import format_report
from plugins.checks.handlers import problems_in

PROJECT = Path(__file__).resolve().parents[2]
CONTENT = PROJECT / "content"


@pytest.fixture(scope="module")
def settings():
    return read_settings(
        str(PROJECT / "pelican.conf.py"),
        override={"PATH": str(CONTENT), "CACHE_CONTENT": False},
    )


def test_demo_content_has_no_problems(settings):
    problems = problems_in(settings)
    assert problems == [], format_report(problems, root_label="content")


def written_languages(folder: Path) -> set[str]:
    """The languages of a demo folder, from the `<slug>.<lang>.md` file names."""
    return {path.suffixes[-2].lstrip(".") for path in folder.glob("*.md")}


def test_every_written_language_has_news_events_and_pages(settings):
    authored = {"sr-Cyrl": "sr"}
    wanted = {
        authored.get(code, code)
        for code in settings["MULTILINGUAL_LANGUAGES"]
        if code != "sr-Latn"
    }
    missing = defaultdict(list)
    for section in ("news", "events", "pages"):
        for code in sorted(wanted - written_languages(CONTENT / section)):
            missing[code].append(section)
    assert dict(missing) == {}
