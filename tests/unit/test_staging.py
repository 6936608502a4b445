"""The staging folder: an exact hard-linked copy of the output, made cheaply."""

import json
import os

import pytest

from plugins.base.beside import state_folder
from plugins.base.listing import list_tree
from plugins.multilingual.output import OutputTree
from tools import staging, swap
from tools.build import Built, build_once, level_for_next_build
from tools.lock import BuildLock


def write(root, files: dict) -> None:
    """Create files (path → text) under a folder."""
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def tree(root) -> dict:
    """Every file under a folder: path → (inode, text)."""
    return {
        path.relative_to(root).as_posix(): (path.stat().st_ino, path.read_text())
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def output(tmp_path):
    """A published site of a few files in nested folders."""
    root = tmp_path / "output"
    write(root, {"index.html": "home", "en/news/a/index.html": "a", "en/feed.xml": "f"})
    return root


def test_first_staging_links_every_file(output):
    folder = staging.prepare_staging(output)
    assert folder.name == ".output.building"
    assert tree(folder) == tree(output)


def test_retired_output_is_brought_level_and_reused(output):
    old = tree(output)
    folder = staging.prepare_staging(output)
    (folder / "en/news/a/index.html").unlink()
    write(folder, {"en/news/a/index.html": "a2", "en/news/b/index.html": "b"})
    (folder / "en/feed.xml").unlink()
    swap.swap_in(folder, output)
    retired = output.with_name(".output.previous")
    assert tree(retired) == old  # kept as it was published
    published = tree(output)
    again = staging.prepare_staging(output)
    assert not retired.exists()
    assert tree(again) == published
    assert tree(output) == published


def test_leftovers_in_the_retired_tree_are_removed(output):
    retired = output.with_name(".output.previous")
    write(retired, {"stale.html": "x", "en/news/gone/index.html": "y"})
    write(retired, {"index.html": "other bytes"})
    folder = staging.prepare_staging(output)
    assert tree(folder) == tree(output)


def test_a_file_replaced_by_a_folder_and_back(output):
    retired = output.with_name(".output.previous")
    write(retired, {"index.html/inner": "x", "en/feed.xml/inner": "y"})
    (retired / "en/news").mkdir(parents=True)
    (retired / "en/news/a").write_text("file where a folder is")
    folder = staging.prepare_staging(output)
    assert tree(folder) == tree(output)


def test_a_killed_builds_staging_is_reused(output):
    killed = output.with_name(".output.building")
    write(killed, {"index.html": "half written", "extra.html": "e"})
    folder = staging.prepare_staging(output)
    assert folder == killed
    assert tree(folder) == tree(output)
    assert not output.with_name(".output.previous").exists()


def test_a_failed_build_is_set_aside_not_published(output):
    before = tree(output)
    folder = staging.prepare_staging(output)
    write(folder, {"broken.html": "b"})
    staging.discard(folder, output)
    assert not folder.exists()
    assert tree(output) == before
    assert tree(staging.prepare_staging(output)) == before


def test_no_output_yet_gives_an_empty_staging_folder(tmp_path):
    folder = staging.prepare_staging(tmp_path / "output")
    assert folder.is_dir() and not os.listdir(folder)


def test_a_list_of_changed_files_is_enough_after_a_build_that_only_wrote(output):
    swap.swap_in(staging.prepare_staging(output), output)
    folder = staging.prepare_staging(output)
    (folder / "en/feed.xml").unlink()
    write(folder, {"en/feed.xml": "f2", "en/news/b/index.html": "b"})
    swap.swap_in(folder, output)
    written = ["en/feed.xml", "en/news/b/index.html"]
    again = staging.prepare_staging(output, rewritten=written)
    assert tree(again) == tree(output)


def test_a_killed_builds_folder_is_compared_in_full_whatever_the_list(output):
    swap.swap_in(staging.prepare_staging(output), output)
    killed = staging.prepare_staging(output, rewritten=[])  # takes the retired tree
    write(killed, {"stray.html": "s"})  # ... and the build is killed
    folder = staging.prepare_staging(output, rewritten=[])
    assert tree(folder) == tree(output)


def test_levelled_after_a_build_the_next_staging_needs_no_comparing(output):
    settings = {"OUTPUT_PATH": str(output)}
    assert level_for_next_build(settings) is False  # no retired output yet
    swap.swap_in(staging.prepare_staging(output), output)
    folder = staging.prepare_staging(output)
    (folder / "en/feed.xml").unlink()
    write(folder, {"en/feed.xml": "f2", "en/news/b/index.html": "b"})
    (folder / "index.html").unlink()
    swap.swap_in(folder, output)  # a full build: it wrote, added and removed
    retired = output.with_name(".output.previous")
    assert tree(retired) != tree(output)
    assert level_for_next_build(settings) is True
    assert tree(retired) == tree(output)  # the same inodes: hard links
    assert staging.take_changed(output) == []  # the next build relinks nothing
    again = staging.prepare_staging(output, rewritten=[])
    assert tree(again) == tree(output)


def test_levelling_is_left_to_the_next_build_when_it_cannot_be_done_now(output):
    settings = {"OUTPUT_PATH": str(output)}
    swap.swap_in(staging.prepare_staging(output), output)
    retired = output.with_name(".output.previous")
    write(retired, {"stale.html": "s"})
    with BuildLock(output):  # another build is running
        assert level_for_next_build(settings) is False
    assert (retired / "stale.html").exists()  # untouched
    killed = staging.prepare_staging(output)  # ... or one was killed
    staging.link_tree(output, retired)
    write(retired, {"stale.html": "s"})
    assert level_for_next_build(settings) is False
    assert killed.exists() and (retired / "stale.html").exists()
    assert tree(staging.prepare_staging(output)) == tree(output)


@pytest.fixture
def photo(tmp_path):
    """A published photo, its source and the staged hard link to the live file."""
    content, live, staged = (tmp_path / name for name in ("content", "out", "stage"))
    for folder in (content, live, staged):
        (folder / "images").mkdir(parents=True)
    (content / "images/face.jpg").write_bytes(b"old face")
    (live / "images/face.jpg").write_bytes(b"old face")
    os.link(live / "images/face.jpg", staged / "images/face.jpg")
    stamp = (content / "images/face.jpg").stat().st_mtime_ns
    os.utime(live / "images/face.jpg", ns=(stamp, stamp + 10**9))  # copied later
    return content, live, staged


def set_mtime(path, mtime_ns: int) -> None:
    """Give a file a modification time, as `cp -p` or an unzip does."""
    os.utime(path, ns=(mtime_ns, mtime_ns))


@pytest.mark.parametrize("replacement", [b"new face", b"blurred face"])
def test_a_replacement_with_an_older_date_is_copied_again(photo, replacement):
    content, live, staged = photo
    source = content / "images/face.jpg"
    older = source.stat().st_mtime_ns - 10**12
    source.write_bytes(replacement)  # same size, then a longer one
    set_mtime(source, older)
    unlinked = staging.unlink_outdated_statics(content, ["images"], staged)
    assert unlinked == ["images/face.jpg"]
    assert not (staged / "images/face.jpg").exists()
    assert (live / "images/face.jpg").read_bytes() == b"old face"


def test_a_newer_source_is_copied_again(photo):
    content, live, staged = photo
    source = content / "images/face.jpg"
    later = (live / "images/face.jpg").stat().st_mtime_ns + 10**9
    set_mtime(source, later)
    assert staging.unlink_outdated_statics(content, ["images"], staged) == [
        "images/face.jpg"
    ]


def test_same_bytes_take_the_source_time_without_touching_the_live_file(photo):
    content, live, staged = photo
    source = content / "images/face.jpg"
    before = (live / "images/face.jpg").stat()
    assert staging.unlink_outdated_statics(content, ["images"], staged) == []
    copy = (staged / "images/face.jpg").stat()
    assert copy.st_mtime_ns == source.stat().st_mtime_ns
    assert copy.st_ino != before.st_ino  # its own inode: the live time stays
    after = (live / "images/face.jpg").stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert (live / "images/face.jpg").read_bytes() == b"old face"
    assert (staged / "images/face.jpg").read_bytes() == b"old face"


def test_equal_size_and_time_are_not_read(photo, monkeypatch):
    content, _live, staged = photo
    staging.unlink_outdated_statics(content, ["images"], staged)  # stamps the time

    def unread(*_args):
        raise AssertionError("bytes read although size and time agree")

    monkeypatch.setattr(staging, "same_bytes", unread)
    assert staging.unlink_outdated_statics(content, ["images"], staged) == []


def test_prune_removes_what_the_build_did_not_produce_and_the_folders_it_empties(
    tmp_path,
):
    site = tmp_path / "staging"
    for relative in (
        "index.html",
        "en/news/kept/index.html",
        "en/news/gone/index.html",
        "en/news/gone/print/index.html",
        "lv/old/deep/er/index.html",
    ):
        (site / relative).parent.mkdir(parents=True, exist_ok=True)
        (site / relative).write_text(relative)
    (site / "empty-before").mkdir()
    (site / "en/link").symlink_to(site / "lv")
    removed = staging.prune(site, {"index.html", "en/news/kept/index.html"})
    assert removed == [
        "en/link",
        "en/news/gone/index.html",
        "en/news/gone/print/index.html",
        "lv/old/deep/er/index.html",
    ]
    left = sorted(p.relative_to(site).as_posix() for p in site.rglob("*"))
    assert left == [
        "en",
        "en/news",
        "en/news/kept",
        "en/news/kept/index.html",
        "index.html",
    ]


def test_prune_goes_deeper_than_pythons_stack(tmp_path):
    site = tmp_path / "staging"
    deep = site
    try:
        for _level in range(1_200):  # an alias may nest its folders this deep
            deep = deep / "a"
            deep.mkdir(parents=True)
        (deep / "index.html").write_text("old")
        (site / "index.html").write_text("home")
        removed = staging.prune(site, {"index.html"})
        assert removed == ["a/" * 1_200 + "index.html"]
        assert [path.name for path in site.iterdir()] == ["index.html"]
    finally:  # pytest's own clean-up of old temporary folders recurses
        staging.remove_tree(site)


def listing_maker(write_files: dict, keep: tuple = ()):
    """A `make` for tools.build like its full_build: it writes these files, keeps
    these others as the last build left them (OutputTree.keep), prunes the rest,
    and says which files it changed."""

    def make(settings, folder):
        tree = OutputTree(folder)
        for relative, text in write_files.items():
            tree.write(relative, text)
        kept = [relative for relative in keep if tree.keep(relative)]
        assert kept == list(keep)
        expected = set(write_files) | set(keep)
        removed = staging.prune(folder, expected)
        untouched = set(tree.unchanged) - set(tree.written)
        return Built(tree, changed=sorted((expected - untouched) | set(removed)))

    return make


def test_the_next_build_relinks_only_what_the_last_one_changed(output, monkeypatch):
    settings = {"OUTPUT_PATH": str(output), "PATH": str(output.parent)}
    first = {"index.html": "home 2", "en/news/b/index.html": "b", "en/feed.xml": "f"}
    assert build_once(settings, make=listing_maker(first))
    listed = json.loads((state_folder(output) / staging.CHANGED_LIST).read_text())
    assert listed["paths"] == [
        "en/news/a/index.html",
        "en/news/b/index.html",
        "index.html",
    ]

    def compared(*_folders):
        raise AssertionError("the trees were compared")

    monkeypatch.setattr(staging, "mirror_links", compared)
    # The next build keeps both pages the last one wrote without reading them: were
    # either not relinked, the old site's bytes (or none) would be published.
    second = listing_maker(
        {"en/feed.xml": "f2"}, keep=("index.html", "en/news/b/index.html")
    )
    assert build_once(settings, make=second)
    assert tree(output).keys() == {"index.html", "en/news/b/index.html", "en/feed.xml"}
    assert {name: text for name, (_inode, text) in tree(output).items()} == {
        "index.html": "home 2",
        "en/news/b/index.html": "b",
        "en/feed.xml": "f2",
    }


def test_a_list_that_no_longer_fits_the_folders_is_not_used(output):
    settings = {"OUTPUT_PATH": str(output), "PATH": str(output.parent)}
    assert build_once(settings, make=listing_maker({"index.html": "home 2"}))
    place = state_folder(output) / staging.CHANGED_LIST
    kept = place.read_text()
    assert staging.take_changed(output) == [
        "en/feed.xml",
        "en/news/a/index.html",
        "index.html",
    ]  # two removed, one written
    assert not place.exists()  # taken: a failed build cannot leave it behind
    for spoilt in (
        kept.replace('"en/feed.xml"', '"../outside.txt"'),
        kept.replace('"paths"', '"files"'),
        "[]",
        "not json",
    ):
        place.write_text(spoilt)
        assert staging.take_changed(output) is None
    place.write_text(kept)
    moved = output.with_name("moved")
    output.rename(moved)
    staging.link_tree(moved, output)  # another output folder, with the same files
    assert staging.take_changed(output) is None


def test_a_first_build_leaves_an_empty_list(tmp_path):
    output = tmp_path / "output"
    settings = {"OUTPUT_PATH": str(output), "PATH": str(tmp_path)}
    assert build_once(settings, make=listing_maker({"index.html": "home"}))
    assert staging.take_changed(output) == []  # its retired output is a full copy
    assert tree(staging.retired_path(output)) == tree(output)


def test_prune_with_the_listing_made_before_the_build_wrote(tmp_path):
    """What the build wrote after the listing was made is its own: pruning by the
    listing removes what the listing held and the build did not produce, and
    keeps a folder that was empty then and holds a new file now."""
    site = tmp_path / "staging"
    for relative in ("index.html", "en/gone/index.html", "en/kept/index.html"):
        (site / relative).parent.mkdir(parents=True, exist_ok=True)
        (site / relative).write_text(relative)
    (site / "lv/new").mkdir(parents=True)
    (site / "old-empty").mkdir()
    listing = list_tree(site)
    (site / "lv/new/index.html").write_text("written by the build")
    (site / "en/gone/print").mkdir()  # made after the listing: left alone
    expected = {"index.html", "en/kept/index.html", "lv/new/index.html"}
    assert staging.prune(site, expected, listing) == ["en/gone/index.html"]
    left = sorted(p.relative_to(site).as_posix() for p in site.rglob("*"))
    assert left == [
        "en",
        "en/gone",
        "en/gone/print",
        "en/kept",
        "en/kept/index.html",
        "index.html",
        "lv",
        "lv/new",
        "lv/new/index.html",
    ]
