"""The devserver's quick rebuild writes exactly what a full build would."""

import shutil
from argparse import Namespace

import pytest

from plugins.base import urls
from plugins.multilingual.fingerprints import RecordPlace
from plugins.multilingual.session import BuildKind
from tools.build import load_settings
from tools.watch import Watcher

from .conftest import SETTINGS, build_site
from .test_safe_publishing import tree_digest

QUICK, FULL = BuildKind.QUICK, BuildKind.FULL


@pytest.fixture(scope="module")
def devserver(tmp_path_factory):
    """A watcher over a copy of the fixture content, after its first (full) build."""
    root = tmp_path_factory.mktemp("devserver")
    content = root / "content"
    shutil.copytree(SETTINGS.parent / "content", content)
    folders = Namespace(
        settings=str(SETTINGS), input=str(content), output=str(root / "output")
    )
    watcher = Watcher(load_settings(folders), str(SETTINGS))
    first = watcher.step()
    assert first and first.kind is FULL
    return watcher


def edit(watcher: Watcher, relative: str, old: str, new: str) -> set[str]:
    """Replace text in a content file; the paths inotify would report."""
    path = watcher.content / relative
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return {str(path)}


def fresh(watcher: Watcher) -> dict:
    """Every file of a full build of the same content in another folder."""
    folder = watcher.content.parent / "fresh"
    shutil.rmtree(folder, ignore_errors=True)
    result = build_site(folder, extra=["--input", str(watcher.content)])
    assert result.returncode == 0, result.stderr
    return tree_digest(folder)


def without_search(files: dict) -> dict:
    """The files outside the search index, which a quick rebuild leaves as it was."""
    return {path: digest for path, digest in files.items() if "pagefind/" not in path}


EDITS = [
    # body and summary of a Latvian news item: its page, lists, tags, feeds
    ("news/report.lv.md", "Tīkls publicē", "Tīkls šodien publicē", ""),
    # Serbian Cyrillic: the generated Latin copy follows
    ("news/report.sr.md", "Мрежа објављује", "Мрежа данас објављује", ""),
    # an event: its calendar pages and .ics files
    ("events/webinar.lv.md", "Seminārs darba", "Praktisks seminārs darba", ""),
    # the body only (the item has its own summary): its own page and its views
    ("news/report.en.md", "Read the [national", "Read the full [national", ""),
    # an institutional page is in every page's menu: a full build
    (
        "pages/who-we-are.en.md",
        "\n\n",
        "\n\nUpdated.\n\n",
        "pages/who-we-are.en.md is an institutional page, in every page's menu",
    ),
    # a new title changes lists, feeds and the sitemap: a full build
    (
        "news/report.en.md",
        "Title: ",
        "Title: New: ",
        "the metadata of news/report.en.md changed",
    ),
]


@pytest.mark.parametrize(("relative", "old", "new", "declined"), EDITS)
def test_an_edit_gives_the_site_a_full_build_gives(
    devserver, capsys, relative, old, new, declined
):
    capsys.readouterr()
    changed = edit(devserver, relative, old, new)
    built = devserver.step(changed)
    assert built, "the build failed"
    kind = FULL if declined else QUICK
    # declined: a build as `make html` makes it, which may render only the pages
    # showing the item (a new title: items.SHOWN_FIELDS)
    assert built.kind in ((FULL, BuildKind.REVISED) if declined else (QUICK,))
    said = capsys.readouterr().out
    assert (f"A full build: {declined}." in said) == bool(declined)
    assert built.output.written, "nothing was written"
    published, full = tree_digest(devserver.content.parent / "output"), fresh(devserver)
    if kind is QUICK:
        published, full = without_search(published), without_search(full)
    assert published == full


def test_the_search_index_waits_for_the_next_full_build(devserver):
    index = devserver.content.parent / "output" / "pagefind"
    before = tree_digest(index)
    changed = edit(devserver, "news/report.lv.md", "\n\n", "\n\nMeklējams vārds.\n\n")
    built = devserver.step(changed)
    assert built and built.kind is QUICK
    assert tree_digest(index) == before


def test_a_broken_edit_keeps_the_site_and_the_fix_rebuilds(devserver, capsys):
    output = devserver.content.parent / "output"
    before = tree_digest(output)
    changed = edit(
        devserver, "news/report.lv.md", "\n\n", "\n\n![](images/missing.png)\n\n"
    )
    assert devserver.step(changed) is None
    assert "content/news/report.lv.md:9: error: Image" in capsys.readouterr().err
    assert tree_digest(output) == before
    changed = edit(devserver, "news/report.lv.md", "![](images/missing.png)", "Labots.")
    built = devserver.step(changed)
    assert built and built.kind is not QUICK  # after a failure, Pelican reads all
    assert tree_digest(output) == fresh(devserver)


def test_nothing_changed_means_no_build(devserver):
    assert devserver.step() is False


def test_a_quick_rebuild_derives_a_new_session_and_leaves_the_last_one(devserver):
    last = devserver.last.session
    (before,) = [
        item
        for item in last.registry.every_item()
        if item.source_path == "news/report.lv.md"
    ]
    path = before.path
    text = before.content
    changed = edit(devserver, "news/report.lv.md", "\n\n", "\n\nVēl viens teikums.\n\n")
    built = devserver.step(changed)
    assert built and built.kind is QUICK
    assert built.session is not last
    assert last.registry.item_at(path) is before and before.content == text
    after = built.session.registry.item_at(path)
    assert "Vēl viens teikums." in after.content
    assert last.record.current is not built.session.record.current


def test_the_record_of_a_quick_rebuild_is_saved_after_the_page_is_told(devserver):
    changed = edit(devserver, "news/report.lv.md", "\n\n", "\n\nPierakstīts.\n\n")
    built = devserver.step(changed)
    assert built and built.kind is QUICK
    session = devserver.last.session
    place = RecordPlace.for_settings(devserver.settings)
    (item,) = [
        item
        for item in session.registry.every_item()
        if item.source_path == "news/report.lv.md"
    ]
    page = urls.output_file(item.path)
    assert session.unsaved_record is not None  # the page need not wait for it
    assert place.load(session.record.base).get(page) != session.record.current[page]
    devserver.settle()  # what watch() does once on_build told the pages
    assert devserver.last.session.unsaved_record is None
    assert place.load(session.record.base)[page] == session.record.current[page]
    devserver.settle()  # once only
