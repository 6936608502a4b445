"""The bench's browser measurement: when it can run, and which page it opens."""

from pathlib import Path

import pytest

from bench import browser
from bench.run import Workspace, browser_measurement


def test_without_chromium_the_bench_says_so_and_measures_nothing(monkeypatch):
    monkeypatch.delenv("CHROMIUM", raising=False)
    monkeypatch.setattr(browser.shutil, "which", lambda name: None)
    assert browser.unavailable() == (
        "Chromium is not installed (apt-get install -y chromium): not measured."
    )
    measured = browser_measurement(Workspace(Path("/nonexistent")), 1000, 1)
    assert measured == {"note": browser.unavailable()}


def test_without_playwright_the_bench_says_so(monkeypatch):
    monkeypatch.setenv("CHROMIUM", "/usr/bin/chromium")
    monkeypatch.setattr(browser.importlib.util, "find_spec", lambda name: None)
    assert browser.unavailable().startswith("Playwright is not installed")


def test_the_page_opened_is_the_edited_items_own(tmp_path):
    for folder in ("en/news/other-item", "en/news/the-item", "lv/news/the-item"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "index.html").write_text("<p>page</p>")
    edited = Path("content/news/the-item.en.md")
    assert browser.page_of(tmp_path, edited) == "en/news/the-item/"
    with pytest.raises(AssertionError, match="no page of missing.en.md"):
        browser.page_of(tmp_path, Path("news/missing.en.md"))
