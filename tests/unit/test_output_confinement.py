"""Output confinement: no writer puts a file outside the output folder."""

import pytest

from plugins.base import urls
from plugins.base.confine import OutputPathError, confined
from plugins.multilingual.from_pelican import tag_of
from plugins.multilingual.output import OutputTree
from plugins.search import cache, indexer

HOSTILE = [
    ("../../tmp/x", "has an empty, '.' or '..' segment"),
    ("/etc/x", "is absolute"),
    ("a/../../b", "has an empty, '.' or '..' segment"),
    (".", "has an empty, '.' or '..' segment"),
    ("..", "has an empty, '.' or '..' segment"),
    ("a\\b", "holds a backslash"),
    ("a/\x00b", "holds a control character"),
    ("lv/\nnews", "holds a control character"),
    ("a//b", "has an empty, '.' or '..' segment"),
    ("lv/news/", "has an empty, '.' or '..' segment"),
    ("", "is empty"),
]


@pytest.mark.parametrize(("relative", "problem"), HOSTILE)
def test_hostile_paths_are_refused_with_the_file_named(tmp_path, relative, problem):
    with pytest.raises(OutputPathError) as raised:
        confined(tmp_path / "out", relative, "news/evil.md")
    assert str(raised.value) == (
        f"news/evil.md: error: The output path {relative!r} {problem}; nothing was "
        "written. Fix: give the file a plain Slug (letters, digits and '-') and "
        "build again."
    )


def test_a_plain_path_is_the_target_inside_the_root(tmp_path):
    assert confined(tmp_path, "lv/news/x/index.html") == (
        tmp_path / "lv/news/x/index.html"
    )


def test_a_symlink_inside_the_output_pointing_out_is_refused(tmp_path):
    output, outside = tmp_path / "output", tmp_path / "outside"
    output.mkdir()
    outside.mkdir()
    (output / "images").symlink_to(outside)
    tree = OutputTree(output)
    with pytest.raises(OutputPathError, match="leads outside the output folder"):
        tree.write("images/x.html", "<p>x</p>")
    assert list(outside.iterdir()) == []


def test_a_symlinked_file_inside_the_output_pointing_out_is_refused(tmp_path):
    output = tmp_path / "output"
    output.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep")
    (output / "x.html").symlink_to(victim)
    with pytest.raises(OutputPathError, match="'x.html' leads outside"):
        OutputTree(output).write("x.html", "<p>x</p>")
    assert victim.read_text() == "keep"


def test_a_symlink_that_stays_inside_is_allowed(tmp_path):
    output = tmp_path / "output"
    (output / "real").mkdir(parents=True)
    (output / "alias").symlink_to(output / "real")
    assert confined(output, "alias/x.html") == output / "alias/x.html"


@pytest.mark.parametrize("relative", ["../../tmp/x", "/etc/x", "a/../../b"])
def test_output_tree_writes_nothing_outside(tmp_path, relative):
    output = tmp_path / "a" / "b" / "output"
    output.mkdir(parents=True)
    with pytest.raises(OutputPathError):
        OutputTree(output).write(relative, "x", "pages/evil.md")
    with pytest.raises(OutputPathError):
        OutputTree(output).keep(relative)
    assert [path for path in tmp_path.rglob("*") if path.is_file()] == []


def test_output_tree_names_the_content_file(tmp_path):
    with pytest.raises(OutputPathError, match=r"^pages/evil\.md: error: "):
        OutputTree(tmp_path).write("../x/index.html", "x", "pages/evil.md")


@pytest.mark.parametrize(
    ("slug", "problem"),
    [
        ("../../../../tmp/x", "holds a slash, backslash or control character"),
        (".", "is a dot segment"),
        ("..", "is a dot segment"),
        ("", "is empty"),
        ("a\\b", "holds a slash, backslash or control character"),
        ("a\tb", "holds a slash, backslash or control character"),
        ("x" * 256, "is longer than 255 bytes"),
    ],
)
def test_urls_refuse_a_slug_that_is_not_a_plain_segment(slug, problem):
    with pytest.raises(urls.SlugError) as raised:
        urls.item_path("lv", "news", slug)
    assert str(raised.value) == (
        f"error: Slug {slug!r} {problem}, so it cannot be an address. "
        "Fix: set a plain Slug (letters, digits and '-')."
    )
    with pytest.raises(urls.SlugError, match="^error: Tag slug"):
        urls.tag_path("lv", slug)


def test_urls_accept_plain_slugs():
    assert urls.item_path("lv", "page", "par-mums") == "lv/par-mums/"
    assert urls.tag_path("sr-Cyrl", "знање") == "sr-Cyrl/tags/знање/"


def test_a_tag_without_a_usable_slug_is_refused():
    with pytest.raises(urls.SlugError) as raised:
        tag_of("!!!", "en")
    assert str(raised.value) == (
        "error: Tag '!!!' gives the slug '', which is empty. "
        "Fix: write the tag with letters or digits."
    )


def test_search_staging_refuses_a_link_outside_its_folder(tmp_path):
    page = indexer.IndexedPage("/../../x/", "en", b"<p>x</p>")
    with pytest.raises(OutputPathError):
        indexer.stage_pages([page], tmp_path / "site")
    assert not (tmp_path / "x").exists()


def test_search_cache_refuses_a_bundle_name_outside_its_folder(tmp_path):
    with pytest.raises(OutputPathError):
        cache.store(tmp_path / "cache", "digest", {"../../escaped": b"x"})
    assert not (tmp_path / "escaped").exists()
    assert list(tmp_path.rglob("*")) == []  # nothing kept either


def test_a_proven_folder_still_checks_a_symlinked_file(tmp_path):
    output = tmp_path / "output"
    output.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep")
    tree = OutputTree(output)
    tree.write("lv/a.html", "a")
    (output / "lv/b.html").symlink_to(victim)
    with pytest.raises(OutputPathError, match="'lv/b.html' leads outside"):
        tree.write("lv/b.html", "b")
    assert victim.read_text() == "keep"
    assert (output / "lv/a.html").read_text() == "a"


def test_a_symlinked_folder_inside_a_proven_one_is_refused(tmp_path):
    output, outside = tmp_path / "output", tmp_path / "outside"
    (output / "lv").mkdir(parents=True)
    outside.mkdir()
    tree = OutputTree(output)
    tree.write("lv/a.html", "a")  # "lv" is proven; its new subfolders by one lstat
    tree.write("lv/news/index.html", "n")
    (output / "lv/evil").symlink_to(outside)
    with pytest.raises(OutputPathError, match="'lv/evil/index.html' leads outside"):
        tree.write("lv/evil/index.html", "x")
    assert list(outside.iterdir()) == []
    assert (output / "lv/news/index.html").read_text() == "n"


def test_a_symlink_deep_below_a_proven_folder_is_refused(tmp_path):
    output, outside = tmp_path / "output", tmp_path / "outside"
    output.mkdir()
    (outside / "b" / "c").mkdir(parents=True)
    tree = OutputTree(output)
    tree.write("index.html", "root")
    tree.write("lv/index.html", "lv")
    (output / "lv/a").symlink_to(outside)
    with pytest.raises(OutputPathError, match="'lv/a/b/c/index.html' leads outside"):
        tree.write("lv/a/b/c/index.html", "x")
    with pytest.raises(OutputPathError, match="leads outside"):
        tree.keep("lv/a/b/c/index.html")
    assert list((outside / "b" / "c").iterdir()) == []
    tree.write("lv/d/e/f/index.html", "deep")  # real folders: proven one by one
    assert (output / "lv/d/e/f/index.html").read_text() == "deep"
