"""The devserver's change detection: what it watches and when it rebuilds."""

import os

from tools.watch import watched_roots, watched_stamp


def test_stamp_changes_when_a_watched_file_changes(tmp_path):
    content = tmp_path / "content"
    (content / "news").mkdir(parents=True)
    item = content / "news" / "a.md"
    item.write_text("Title: A\n")
    settings_file = tmp_path / "pelican.conf.py"
    settings_file.write_text("PATH = 'content'\n")
    roots = [content, settings_file]
    before = watched_stamp(roots)
    assert watched_stamp(roots) == before
    os.utime(item, ns=(1, 1))
    assert watched_stamp(roots) != before
    moved = watched_stamp(roots)
    settings_file.write_text("PATH = 'other'\n")
    os.utime(settings_file, ns=(2, 2))
    assert watched_stamp(roots) != moved


def test_watched_roots_cover_content_theme_catalogs_plugins_and_settings(tmp_path):
    settings = {"PATH": str(tmp_path), "THEME": str(tmp_path / "missing-theme")}
    settings_file = tmp_path / "site.conf.py"
    settings_file.write_text("")
    roots = {root.name for root in watched_roots(settings, str(settings_file))}
    assert roots == {tmp_path.name, "translations", "plugins", "site.conf.py"}
