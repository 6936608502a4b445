"""OutputTree: files written only when their bytes change, never in place."""

import os

import pytest

from plugins.base.confine import OutputPathError
from plugins.multilingual.output import OutputTree


def test_a_new_file_is_written_with_its_folders(tmp_path):
    tree = OutputTree(tmp_path)
    tree.write("lv/news/a/index.html", "<p>Ziņa</p>")
    assert (tmp_path / "lv/news/a/index.html").read_bytes() == "<p>Ziņa</p>".encode()
    assert (tree.written, tree.unchanged) == (["lv/news/a/index.html"], [])


def test_bytes_are_written_as_they_are(tmp_path):
    OutputTree(tmp_path).write("feed.xml", b"\xef\xbb\xbf<x/>")
    assert (tmp_path / "feed.xml").read_bytes() == b"\xef\xbb\xbf<x/>"


def test_unchanged_bytes_leave_the_file_alone(tmp_path):
    OutputTree(tmp_path).write("lv/index.html", "<p>same</p>")
    target = tmp_path / "lv/index.html"
    os.utime(target, (1_000_000, 1_000_000))
    before = target.stat()
    tree = OutputTree(tmp_path)
    tree.write("lv/index.html", "<p>same</p>")
    after = target.stat()
    assert (after.st_ino, after.st_mtime) == (before.st_ino, 1_000_000)
    assert (tree.written, tree.unchanged) == ([], ["lv/index.html"])


@pytest.mark.parametrize(
    "new",
    [
        "<p>diff</p>",  # the same size: the bytes are compared, not only the size
        "<p>longer text</p>",
        "",
    ],
)
def test_changed_bytes_replace_the_file_and_spare_a_hard_link(tmp_path, new):
    output, previous = tmp_path / "output", tmp_path / "previous"
    OutputTree(output).write("lv/index.html", "<p>same</p>")
    previous.mkdir()
    # tools/build.py stages a build in a hard-linked copy of the last output
    os.link(output / "lv/index.html", previous / "index.html")
    tree = OutputTree(output)
    tree.write("lv/index.html", new)
    assert (output / "lv/index.html").read_text() == new
    assert (previous / "index.html").read_text() == "<p>same</p>"
    assert (output / "lv/index.html").stat().st_nlink == 1
    assert (tree.written, tree.unchanged) == (["lv/index.html"], [])


def test_no_temporary_file_is_left_behind(tmp_path):
    tree = OutputTree(tmp_path)
    tree.write("lv/index.html", "a")
    tree.write("lv/index.html", "b")
    assert sorted(path.name for path in (tmp_path / "lv").iterdir()) == ["index.html"]


def test_keep_counts_a_file_of_the_last_build_that_is_still_there(tmp_path):
    OutputTree(tmp_path).write("lv/index.html", "a")
    tree = OutputTree(tmp_path)
    assert tree.keep("lv/index.html") is True
    assert tree.keep("lv/gone/index.html") is False
    assert (tree.written, tree.unchanged) == ([], ["lv/index.html"])


def test_keep_does_not_take_a_folder_for_a_file(tmp_path):
    (tmp_path / "lv/news").mkdir(parents=True)
    assert OutputTree(tmp_path).keep("lv/news") is False


def test_produced_is_every_file_written_or_confirmed(tmp_path):
    OutputTree(tmp_path).write("kept.html", "k")
    OutputTree(tmp_path).write("same.html", "s")
    tree = OutputTree(tmp_path)
    tree.write("new.html", "n")
    tree.write("same.html", "s")
    tree.keep("kept.html")
    tree.keep("missing.html")
    assert tree.produced == {"new.html", "same.html", "kept.html"}


def test_a_file_written_twice_is_produced_once(tmp_path):
    tree = OutputTree(tmp_path)
    tree.write("a.html", "1")
    tree.write("a.html", "2")
    assert tree.produced == {"a.html"}
    assert (tmp_path / "a.html").read_text() == "2"


@pytest.mark.parametrize(
    ("relative", "problem"),
    [
        ("../escaped.html", "has an empty, '.' or '..' segment"),
        ("/etc/passwd", "is absolute"),
        ("lv/../../escaped.html", "has an empty, '.' or '..' segment"),
        ("lv\\x.html", "holds a backslash"),
    ],
)
def test_a_path_leaving_the_output_is_refused_by_write_and_keep(
    tmp_path, relative, problem
):
    output = tmp_path / "output"
    output.mkdir()
    tree = OutputTree(output)
    with pytest.raises(OutputPathError) as raised:
        tree.write(relative, "x", "news/evil.lv.md")
    assert str(raised.value) == (
        f"news/evil.lv.md: error: The output path {relative!r} {problem}; nothing "
        "was written. Fix: give the file a plain Slug (letters, digits and '-') and "
        "build again."
    )
    with pytest.raises(OutputPathError, match=r"^error: The output path"):
        tree.keep(relative)
    assert tree.produced == set()
    assert [path.name for path in tmp_path.rglob("*")] == ["output"]


def test_a_symlinked_folder_made_after_a_write_is_still_refused(tmp_path):
    output, outside = tmp_path / "output", tmp_path / "outside"
    (output / "lv").mkdir(parents=True)
    outside.mkdir()
    tree = OutputTree(output)
    tree.write("lv/a.html", "a")  # "lv" is now proven inside
    (output / "lv/b.html").symlink_to(outside / "b.html")
    with pytest.raises(OutputPathError, match="'lv/b.html' leads outside"):
        tree.keep("lv/b.html")
    assert list(outside.iterdir()) == []


def test_a_link_inside_the_output_is_not_kept_but_written_again(tmp_path):
    output = tmp_path / "output"
    tree = OutputTree(output)
    tree.write("lv/a.html", "a")
    (output / "lv/b.html").symlink_to(output / "lv/a.html")
    assert tree.keep("lv/b.html") is False
    assert tree.keep("lv/a.html") is True
    assert tree.keep("lv/missing.html") is False
    tree.write("lv/b.html", "b")
    assert not (output / "lv/b.html").is_symlink()
    assert (output / "lv/a.html").read_text() == "a"
    assert tree.unchanged == ["lv/a.html"]


def test_keep_listed_confirms_what_keep_would_with_one_walk(tmp_path):
    """keep_listed answers as keep does for each file, plain files in real folders
    only, and keeps its walk for pruning (tools/staging.prune)."""
    output, outside = tmp_path / "output", tmp_path / "outside"
    (outside / "x").mkdir(parents=True)
    (outside / "x/index.html").write_text("outside")
    writer = OutputTree(output)
    for relative in ("lv/a/index.html", "lv/b/index.html", "en/index.html"):
        writer.write(relative, relative)
    (output / "lv/link.html").symlink_to(output / "en/index.html")
    (output / "lv/away").symlink_to(outside)
    (output / "lv/folder.html").mkdir()
    present = ["lv/a/index.html", "en/index.html", "lv/b/index.html"]
    tree = OutputTree(output)
    assert tree.keep_listed(iter(present)) is None
    assert tree.unchanged == present
    for absent in ("lv/link.html", "lv/away/x/index.html", "lv/folder.html", "no.html"):
        one = OutputTree(output)
        assert one.keep_listed(["en/index.html", absent]) == absent
    assert sorted(tree.listing.files) == sorted([*present, "lv/link.html", "lv/away"])
    assert tree.listing.files["lv/link.html"] is False  # a link, not a plain file


def test_keep_listed_refuses_a_path_leaving_the_output(tmp_path):
    OutputTree(tmp_path).write("lv/index.html", "a")
    with pytest.raises(OutputPathError, match="'../escaped.html'"):
        OutputTree(tmp_path).keep_listed(["lv/index.html", "../escaped.html"])
