"""The devserver's change detection: what it watches and when it rebuilds."""

import gc
import os
import threading
from dataclasses import dataclass

import pytest

from plugins.multilingual.session import BuildKind
from tools import staging, swap
from tools import watch as watching
from tools.build import Built
from tools.watch import (
    KernelChanges,
    Watcher,
    edited_content,
    watched_files,
    watched_roots,
)


def test_watched_files_lists_every_file_once(tmp_path):
    content = tmp_path / "content"
    (content / "news" / "__pycache__").mkdir(parents=True)
    (content / "news" / "a.md").write_text("Title: A\n")
    (content / "news" / "__pycache__" / "x.pyc").write_bytes(b"")
    settings_file = tmp_path / "pelican.conf.py"
    settings_file.write_text("PATH = 'content'\n")
    assert watched_files([content, settings_file]) == {
        str(content / "news" / "a.md"),
        str(settings_file),
    }


def test_watched_roots_cover_content_theme_catalogs_plugins_and_settings(tmp_path):
    settings = {"PATH": str(tmp_path), "THEME": str(tmp_path / "missing-theme")}
    settings_file = tmp_path / "site.conf.py"
    settings_file.write_text("")
    roots = {root.name for root in watched_roots(settings, str(settings_file))}
    assert roots == {tmp_path.name, "translations", "plugins", "site.conf.py"}


@pytest.fixture
def content(tmp_path):
    """A content folder with two items and a picture."""
    folder = tmp_path / "content"
    (folder / "news").mkdir(parents=True)
    for name in ("a.lv.md", "b.en.md", "photo.jpg"):
        (folder / "news" / name).write_text("x")
    return folder


# changed paths (relative to the content folder's parent), files that are new since
# the last full build, and what the watcher makes of it
EDITS = [
    (["content/news/a.lv.md"], [], ["news/a.lv.md"]),
    (
        ["content/news/a.lv.md", "content/news/b.en.md"],
        [],
        ["news/a.lv.md", "news/b.en.md"],
    ),
    # an editor's temporary file that came and went: nothing to build
    (["content/news/.a.lv.md.tmp"], [], []),
    # files the build never reads (IGNORE_FILES): an editor's swap and lock files,
    # which stay while the text is open, a README, anything in a hidden folder
    (["content/news/.a.lv.md.kate-swp"], ["content/news/.a.lv.md.kate-swp"], []),
    (["content/news/.~lock.a.lv.md#"], ["content/news/.~lock.a.lv.md#"], []),
    (
        ["content/news/a.lv.md", "content/README.txt"],
        ["content/README.txt"],
        ["news/a.lv.md"],
    ),
    (["content/.drafts/c.lv.md"], ["content/.drafts/c.lv.md"], []),
    # saved by replacing the file (deleted + added): still an edit of its text
    (["content/news/a.lv.md", "content/news/4913"], [], ["news/a.lv.md"]),
    # a new item, a removed one, a picture, the settings: a full build
    (["content/news/c.lv.md"], ["content/news/c.lv.md"], None),
    (["content/news/gone.lv.md"], ["!content/news/gone.lv.md"], None),
    (["content/news/photo.jpg"], [], None),
    (["content/news/a.lv.md", "pelican.conf.py"], ["pelican.conf.py"], None),
]


@pytest.mark.parametrize(("changed", "new", "expected"), EDITS)
def test_edited_content_says_quick_or_full(content, changed, new, expected):
    root = content.parent
    known = watched_files([content])
    for name in new:
        if name.startswith("!"):
            known.add(str(root / name[1:]))  # known, and now gone
        else:
            (root / name).parent.mkdir(exist_ok=True)
            (root / name).write_text("x")
    paths = [str(root / name) for name in changed]
    assert edited_content(known, paths, content) == expected


class CountingWatcher(Watcher):
    """A Watcher whose builds are counted instead of run; the second one crashes."""

    def __init__(self, content):
        super().__init__(
            {
                "PATH": str(content),
                "THEME": str(content),
                "OUTPUT_PATH": str(content.parent / "out"),
            },
            str(content / "news" / "a.lv.md"),
        )
        self.builds = 0

    def reported(self, **options):
        """Count; the second build raises what a bug would."""
        self.builds += 1
        if self.builds == 2:
            raise ZeroDivisionError("integer division or modulo by zero")
        return None


def test_the_watch_goes_on_after_a_crash_and_builds_on_the_next_change(
    content, monkeypatch, capsys
):
    stop = threading.Event()
    seen = []
    monkeypatch.setattr(watching, "Watcher", lambda *_: CountingWatcher(content))

    def on_build(watcher, built):
        seen.append((watcher.builds, watcher.failure))
        item = content / "news" / "b.en.md"
        if len(seen) < 3:
            item.write_text(f"edit {len(seen)}")
        else:
            stop.set()

    watching.watch({}, "", on_build, stop_event=stop)
    assert [builds for builds, _ in seen] == [1, 2, 3]
    crash = seen[1][1]
    assert crash.startswith(
        "Unexpected error: ZeroDivisionError: integer division or modulo by zero\n"
        "This is a bug in the site generator, not a mistake in the content."
    )
    assert crash in capsys.readouterr().err


def test_kernel_changes_follow_a_settings_file_saved_by_replacing_it(tmp_path):
    settings_file = tmp_path / "pelican.conf.py"
    settings_file.write_text("A = 1\n")
    kernel = KernelChanges([settings_file])
    try:
        for value in (2, 3):
            replacement = tmp_path / "pelican.conf.py.new"
            replacement.write_text(f"A = {value}\n")
            os.replace(replacement, settings_file)
            changed = kernel.next()
            assert str(settings_file) in changed
            kernel.ready.clear()
            kernel.ready.wait(5)  # watching the new file
    finally:
        kernel.stop_event.set()


class BuiltWatcher(Watcher):
    """A Watcher whose full build is taken as done (the output is already there)."""

    def reported(self, **options):
        return "built"


def test_after_a_full_build_the_watcher_readies_the_first_edit(
    content, tmp_path, monkeypatch
):
    output = tmp_path / "out"
    (output / "en").mkdir(parents=True)
    (output / "en" / "index.html").write_text("home")
    swap.swap_in(staging.prepare_staging(output), output)
    (output / "en" / "new.html").write_text("written by the full build")
    settings = {
        "PATH": str(content),
        "THEME": str(content),
        "OUTPUT_PATH": str(output),
        "PLUGINS": ["plugins.checks"],
    }
    watcher = BuiltWatcher(settings, str(content / "news" / "a.lv.md"))
    collected = []
    monkeypatch.setattr(
        gc, "collect", lambda generation=2: collected.append(generation)
    )
    assert watcher.step() == "built"
    assert collected == [1]  # the young objects the build left, while no one waits
    # The next staging folder is level with the output: the first edit relinks
    # nothing; and the checks' memo holds every Markdown file.
    assert staging.take_changed(output) == []
    retired = staging.retired_path(output)
    assert (retired / "en" / "new.html").stat().st_ino == (
        (output / "en" / "new.html").stat().st_ino
    )
    parsed = sorted(item.path for item, _problems in watcher.checked.files.values())
    assert parsed == ["news/a.lv.md", "news/b.en.md"]


class SettlingWatcher(Watcher):
    """A Watcher whose first build leaves work to settle, and which notes each
    step and settling instead of building."""

    def __init__(self, content):
        super().__init__(
            {"PATH": str(content), "THEME": str(content), "OUTPUT_PATH": "out"},
            str(content / "news" / "a.lv.md"),
        )
        self.noted: list[str] = []
        self.pending = False

    @property
    def unsettled(self) -> bool:
        return self.pending

    def settle(self):
        if self.pending:
            self.noted.append("settled")
            self.pending = False

    def step(self, changed=()):
        self.settle()
        self.noted.append(f"step {sorted(changed)}")
        if self.known is None:
            self.known, self.pending = set(), True
            return "built"
        return False


def test_the_watch_settles_once_it_was_idle_after_a_build(content, monkeypatch):
    stop = threading.Event()
    watcher = SettlingWatcher(content)
    monkeypatch.setattr(watching, "Watcher", lambda *_: watcher)
    monkeypatch.setattr(watching, "SETTLE_WHEN_IDLE_S", 0.05)
    told = []

    def on_build(watcher, built):
        told.append(list(watcher.noted))  # the page is told before settling
        threading.Timer(0.5, stop.set).start()

    watching.watch({}, "", on_build, stop_event=stop)
    assert told == [["step []"]]
    assert watcher.noted[:3] == ["step []", "settled", "step []"]
    assert watcher.noted.count("settled") == 1


@dataclass(frozen=True)
class RecordLeft:
    """A session whose record waits to be saved, as a quick rebuild leaves it."""

    unsaved_record: object = None


def test_settling_saves_the_record_then_collects_young_objects(tmp_path, monkeypatch):
    folders = {"PATH": str(tmp_path), "THEME": str(tmp_path)}
    watcher = Watcher({**folders, "OUTPUT_PATH": str(tmp_path / "out")}, "")
    noted = []
    monkeypatch.setattr(gc, "collect", lambda generation=2: noted.append(generation))
    save = lambda output: noted.append(output.name) or True  # noqa: E731
    watcher.last = Built(None, RecordLeft(save), BuildKind.QUICK)
    assert watcher.unsettled
    watcher.settle()
    assert noted == ["out", 1]
    assert not watcher.unsettled
    watcher.settle()
    assert noted == ["out", 1]  # nothing was left to do


def test_kernel_changes_answer_an_empty_set_when_idle(tmp_path):
    kernel = KernelChanges([tmp_path])
    try:
        assert kernel.next(timeout=0.05) == set()
        (tmp_path / "a.md").write_text("x")
        assert str(tmp_path / "a.md") in kernel.next(timeout=5)
    finally:
        kernel.stop_event.set()
