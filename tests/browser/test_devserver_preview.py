"""The devserver as an editor's preview, in Chromium: save a file and the open page
shows the new text by itself; save a broken one and the page shows the error over
the last good version until the file is fixed."""

import re
import shutil
import time
from pathlib import Path

import pytest

from bench.devserver import WATCHING, DevserverProcess
from tests.site.conftest import SETTINGS

pytestmark = pytest.mark.browser

ITEM = "news/report.lv.md"
ADDRESS = "lv/news/annual-report/"
FIRST_BUILD = 600  # seconds: a full build of the fixture site on a busy machine
SEEN_WITHIN = 5_000  # milliseconds from a save to the page that shows it
# How soon a warm devserver's edit shows is a speed target, measured by `make bench`
# ("saved to seen in the browser", bench/browser.py; issue 20), not asserted here:
# on the shared 2-core machine the same code showed it after 0.6 to 1.25 s from one
# run to the next, so a 1 s bound (issue 15) failed on load, not on code. The test
# prints what it saw.


class Devserver(DevserverProcess):
    """The devserver on a copy of the fixture content and a free port."""

    def __init__(self, folder: Path):
        self.content = folder / "content"
        shutil.copytree(SETTINGS.parent / "content", self.content)
        super().__init__(SETTINGS, self.content, folder / "output")

    def save(self, old: str, new: str) -> None:
        """Edit the item as an editor's program would: write the whole file."""
        path = self.content / ITEM
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def devserver(chromium_path, tmp_path):
    """A devserver after its first build."""
    server = Devserver(tmp_path)
    try:
        server.wait_for(WATCHING, FIRST_BUILD)
        yield server
    finally:
        server.stop()


def shows(page, text: str, timeout: float = SEEN_WITHIN) -> None:
    """Wait until the page (reloaded by itself) shows the text."""
    page.wait_for_function(
        "text => document.body.innerText.includes(text)", arg=text, timeout=timeout
    )


def test_a_saved_edit_shows_in_the_open_page_and_an_error_over_it(new_page, devserver):
    page = new_page()
    page.goto(devserver.base + ADDRESS)
    shows(page, "Tīkls publicē gada ziņojumu")

    started = time.monotonic()
    devserver.save("Tīkls publicē", "Tīkls šodien publicē")
    shows(page, "Tīkls šodien publicē gada ziņojumu")
    seen_after = time.monotonic() - started
    print(f"\nedit seen in the page after {seen_after:.2f} s (see above)")
    devserver.wait_for(re.escape(devserver.base + ADDRESS) + "$", 30)

    started = time.monotonic()
    devserver.save("\n\nTīkls", "\n\n![](images/missing.png)\n\nTīkls")
    page.wait_for_selector("#devserver-overlay", timeout=SEEN_WITHIN)
    print(f"overlay seen after {time.monotonic() - started:.2f} s")
    overlay = page.inner_text("#devserver-overlay")
    assert "content/news/report.lv.md:9: error: Image" in overlay
    assert page.is_visible("#devserver-overlay")
    shows(page, "Tīkls šodien publicē")  # the last good page, under the overlay
    devserver.wait_for("content/news/report.lv.md:9: error: Image", 30)

    started = time.monotonic()
    devserver.save("![](images/missing.png)", "Labots.")
    shows(page, "Labots.", FIRST_BUILD * 1000)  # after a failure, a full build
    print(f"fix seen after {time.monotonic() - started:.2f} s")
    assert page.query_selector("#devserver-overlay") is None
    assert page.problems == []  # no CSP report: the script and style are allowed

    on_disk = [
        path
        for path in devserver.output.rglob("*")
        if path.is_file() and b"__devserver" in path.read_bytes()
    ]
    assert on_disk == []
