"""Bad content, or a build killed halfway, leaves the published site as it was."""

import hashlib
import re
import shutil
import signal
import subprocess
import sys
import time

import pytest

from .conftest import ROOT, SETTINGS, build_site

# "0 files written", not the end of "140 files written".
NOTHING_WRITTEN = re.compile(r"\b0 files written")

BAD_NEWS = """Title: Darba grupa
Date: 2017-02-30
Lang: lv-LV
Evnet-start: 2017-03-01

![](images/missing.jpg)
"""
BAD_EVENT = """Title:
Date: 2018-01-01
Lang: bg
Category: events
Event-start: 2018-12-18 10:00
Event-end: 2018-12-17

<script>alert(1)</script>
"""


def tree_digest(folder) -> dict:
    """Every file of a folder with a hash of its bytes."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(
            path.read_bytes()
        ).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def published(tmp_path, site):
    """A copy of the built fixture site standing in for the live output."""
    output = tmp_path / "output"
    shutil.copytree(site, output)
    return output


@pytest.fixture
def bad_content(tmp_path):
    """The fixture content plus two files full of editor mistakes."""
    content = tmp_path / "content"
    shutil.copytree(SETTINGS.parent / "content", content)
    (content / "news" / "bad.lv.md").write_text(BAD_NEWS, encoding="utf-8")
    (content / "events" / "bad.bg.md").write_text(BAD_EVENT, encoding="utf-8")
    return content


def test_bad_content_lists_every_problem_and_keeps_the_site(published, bad_content):
    before = tree_digest(published)
    result = build_site(published, extra=["--input", str(bad_content)])
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    report = result.stderr
    assert "Build failed; the previous site is unchanged." in report
    for expected in [
        "content/news/bad.lv.md:2: error:",
        'content/news/bad.lv.md:3: error: Lang "lv-LV"',
        "content/news/bad.lv.md:4: error:",
        "content/news/bad.lv.md:6: error:",
        "content/events/bad.bg.md:1: error: Title is empty.",
        "content/events/bad.bg.md:6: error:",
        "content/events/bad.bg.md:8: error:",
    ]:
        assert expected in report, expected
    assert "Event-start" in report and "2017-02-30" in report
    assert tree_digest(published) == before
    assert not (published.parent / ".output.building").exists()


def test_a_killed_build_leaves_the_site_untouched(published):
    before = tree_digest(published)
    staging = published.parent / ".output.building"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tools.build",
            "--settings",
            str(SETTINGS),
            "--output",
            str(published),
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not (staging / "theme").exists() and process.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the build finished before the kill"
    assert tree_digest(published) == before
    result = build_site(published)
    assert result.returncode == 0, result.stderr
    assert not staging.exists()
    assert tree_digest(published) == before


def test_unchanged_files_are_not_rewritten(published):
    stamps = {p: p.stat().st_mtime_ns for p in published.rglob("*.html")}
    result = build_site(published)
    assert result.returncode == 0, result.stderr
    assert NOTHING_WRITTEN.search(result.stdout)
    assert {p: p.stat().st_mtime_ns for p in published.rglob("*.html")} == stamps


def test_two_builds_are_byte_identical(tmp_path, site):
    second = tmp_path / "second"
    result = build_site(second)
    assert result.returncode == 0, result.stderr
    assert tree_digest(second) == tree_digest(site)


def test_an_incremental_build_equals_a_fresh_one(tmp_path, published):
    """Pages kept by their fingerprints are exactly what a fresh build writes."""
    content = tmp_path / "content"
    shutil.copytree(SETTINGS.parent / "content", content)
    edited = content / "news" / "report.lv.md"
    edited.write_text(
        edited.read_text(encoding="utf-8").replace(
            "Tīkls publicē", "Tīkls šodien publicē"
        ),
        encoding="utf-8",
    )
    (content / "news" / "riga-only.lv.md").unlink()
    incremental = build_site(published, extra=["--input", str(content)])
    assert incremental.returncode == 0, incremental.stderr
    assert not NOTHING_WRITTEN.search(incremental.stdout)
    fresh = tmp_path / "fresh"
    result = build_site(fresh, extra=["--input", str(content)])
    assert result.returncode == 0, result.stderr
    assert tree_digest(published) == tree_digest(fresh)
    assert not (published / "lv/news/riga-seminar/index.html").exists()


def test_one_process_and_several_give_the_same_site(tmp_path, site):
    settings = tmp_path / "one-process.conf.py"
    settings.write_text(
        "import runpy\n"
        f"globals().update(runpy.run_path({str(SETTINGS)!r}))\n"
        "MULTILINGUAL_PROCESSES = 1\n",
        encoding="utf-8",
    )
    output = tmp_path / "output"
    result = build_site(output, settings=settings)
    assert result.returncode == 0, result.stderr
    assert tree_digest(output) == tree_digest(site)


def test_a_build_never_writes_into_the_live_files(tmp_path, published):
    """Nothing a build writes may reach the live output through a hard link,
    even a changed document, which Pelican copies over the old file in place."""
    content = tmp_path / "content"
    shutil.copytree(SETTINGS.parent / "content", content)
    document = content / "documents" / "strategy.pdf"
    document.write_bytes(document.read_bytes() + b"\0")
    live = {
        path: (path.stat().st_ino, path.stat().st_mtime_ns)
        for path in published.rglob("*")
        if path.is_file()
    }
    old_document = (published / "documents" / "strategy.pdf").read_bytes()
    result = build_site(published, extra=["--input", str(content)])
    assert result.returncode == 0, result.stderr
    changed = [
        path
        for path, (inode, mtime) in live.items()
        if path.exists()
        and path.stat().st_ino == inode
        and path.stat().st_mtime_ns != mtime
    ]
    assert changed == []
    published_document = (published / "documents" / "strategy.pdf").read_bytes()
    assert published_document == old_document + b"\0"
