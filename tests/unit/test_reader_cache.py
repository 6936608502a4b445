"""Pelican's reader cache is reused only when made by the same plugin code, Markdown
settings and libraries (base.reader_cache, tools.build.with_trusted_cache)."""

import pytest

from plugins.base.reader_cache import (
    DIGEST_FILE,
    drop_stale_reader_cache,
    readers_digest,
)
from tools.build import with_trusted_cache

PELICAN_FILES = (
    "ArticlesGenerator-Readers",
    "PagesGenerator-Readers",
    "PagesGenerator",
)
SETTINGS = {"MARKDOWN": {"extension_configs": {}}, "DEFAULT_LANG": "en"}


def plugin_tree(tmp_path, source="X = 1\n"):
    plugins = tmp_path / "plugins"
    (plugins / "text").mkdir(parents=True, exist_ok=True)
    (plugins / "text" / "markdown_ext.py").write_text(source)
    return plugins


def cache_with_pelican_files(tmp_path):
    root = tmp_path / "cache"
    (root / "feeds").mkdir(parents=True)
    (root / "feeds" / "kept").write_bytes(b"ours")
    for name in PELICAN_FILES:
        (root / name).write_bytes(b"\x80\x04N.")
    return root


@pytest.mark.parametrize(
    "change",
    [
        lambda tmp, s: (plugin_tree(tmp, "X = 2\n"), s),
        lambda tmp, s: (plugin_tree(tmp), {**s, "DEFAULT_LANG": "lv"}),
        lambda tmp, s: (plugin_tree(tmp), {**s, "MARKDOWN": {"x": 1}}),
    ],
    ids=["plugin code", "language", "Markdown settings"],
)
def test_the_digest_changes_with_what_reading_depends_on(tmp_path, change):
    before = readers_digest(SETTINGS, plugin_tree(tmp_path))
    plugins, settings = change(tmp_path, SETTINGS)
    assert readers_digest(settings, plugins) != before
    assert readers_digest(SETTINGS, plugin_tree(tmp_path)) == before


def test_a_cache_made_by_other_code_is_dropped_and_ours_kept(tmp_path):
    root = cache_with_pelican_files(tmp_path)
    assert drop_stale_reader_cache(root, "new") is True
    assert sorted(path.name for path in root.iterdir()) == ["feeds", DIGEST_FILE]
    assert (root / "feeds" / "kept").read_bytes() == b"ours"
    assert (root / DIGEST_FILE).read_text() == "new"


def test_a_cache_made_by_the_same_code_is_kept(tmp_path):
    root = cache_with_pelican_files(tmp_path)
    drop_stale_reader_cache(root, "same")
    for name in PELICAN_FILES:
        (root / name).write_bytes(b"\x80\x04N.")
    assert drop_stale_reader_cache(root, "same") is False
    assert all((root / name).is_file() for name in PELICAN_FILES)


def test_the_build_drops_a_stale_cache_before_pelican_reads_it(tmp_path):
    root = cache_with_pelican_files(tmp_path)
    (root / DIGEST_FILE).write_text("made by older code")
    settings = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True}
    with_trusted_cache({**settings, "CACHE_PATH": str(root)})
    assert not any((root / name).exists() for name in PELICAN_FILES)
    assert (root / DIGEST_FILE).read_text() != "made by older code"
