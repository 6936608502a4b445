"""Pelican's reader cache is pickled: it is read only from a folder nobody else can
write (base.cache.untrusted_cache, tools.build.with_trusted_cache)."""

import logging
import os

import pytest

from plugins.base.cache import untrusted_cache
from tools.build import with_trusted_cache


def cache_folder(tmp_path, folder_mode=0o755, file_mode=0o644):
    """A cache folder holding one of Pelican's pickles, with these modes."""
    root = tmp_path / "cache"
    root.mkdir()
    pickle = root / "ArticlesGenerator-Readers"
    pickle.write_bytes(b"\x80\x04N.")
    pickle.chmod(file_mode)
    root.chmod(folder_mode)
    return root


def test_a_folder_only_the_builder_writes_is_trusted(tmp_path):
    assert untrusted_cache(cache_folder(tmp_path)) == ""


def test_a_missing_folder_has_nothing_to_load(tmp_path):
    assert untrusted_cache(tmp_path / "nothing") == ""


@pytest.mark.parametrize(
    ("folder_mode", "file_mode", "culprit"),
    [
        (0o777, 0o644, "cache"),
        (0o775, 0o644, "cache"),
        (0o755, 0o666, "ArticlesGenerator-Readers"),
        (0o755, 0o664, "ArticlesGenerator-Readers"),
    ],
)
def test_what_others_may_write_is_not_trusted(
    tmp_path, folder_mode, file_mode, culprit
):
    root = cache_folder(tmp_path, folder_mode, file_mode)
    assert untrusted_cache(root).endswith(f"{culprit} may be written by other users")


def test_a_folder_of_another_user_is_not_trusted(tmp_path, monkeypatch):
    root = cache_folder(tmp_path)
    monkeypatch.setattr(os, "getuid", lambda: root.stat().st_uid + 1)
    assert untrusted_cache(root).endswith("cache belongs to another user")


def settings_for(root):
    return {"CACHE_CONTENT": True, "CACHE_PATH": str(root), "LOAD_CONTENT_CACHE": True}


def test_the_build_leaves_an_untrusted_cache_unread(tmp_path, caplog):
    settings = settings_for(cache_folder(tmp_path, folder_mode=0o777))
    with caplog.at_level(logging.WARNING):
        checked = with_trusted_cache(settings)
    assert checked["LOAD_CONTENT_CACHE"] is False
    assert settings["LOAD_CONTENT_CACHE"] is True  # the site's settings untouched
    assert "not reading Pelican's content cache" in caplog.text
    assert "Fix: chmod go-w it, or delete the folder (make clean)." in caplog.text


def test_the_build_reads_a_trusted_cache(tmp_path):
    settings = settings_for(cache_folder(tmp_path))
    assert with_trusted_cache(settings) is settings
