"""Item HTML kept between builds (plugins/multilingual/kept_html.py)."""

import os

from plugins.base.cache import Store
from plugins.multilingual import hooks
from plugins.multilingual.kept_html import NAMESPACE, KeptHtml


def store(tmp_path) -> Store:
    return Store(tmp_path / "cache", NAMESPACE, keep=2, owned=True)


def build(tmp_path, calls: list) -> KeptHtml:
    """One build finishing two bodies, as the registry does."""
    kept = KeptHtml(store(tmp_path), "inputs")
    finish = kept.maker("item lv", lambda raw: calls.append(raw) or raw.upper())
    assert [finish("<p>a</p>"), finish("<p>b</p>")] == ["<P>A</P>", "<P>B</P>"]
    kept.save()
    return kept


def test_the_next_build_makes_nothing_it_has_seen(tmp_path):
    calls = []
    build(tmp_path, calls)
    assert calls == ["<p>a</p>", "<p>b</p>"]
    again = build(tmp_path, calls)
    assert calls == ["<p>a</p>", "<p>b</p>"]
    assert again.made == 0


def test_the_same_html_in_another_scope_is_made_again(tmp_path):
    build(tmp_path, [])
    kept = KeptHtml(store(tmp_path), "inputs")
    assert kept.html("<p>a</p>", "latin", lambda raw: "latin") == "latin"
    assert kept.made == 1


def test_a_file_others_may_write_is_not_read(tmp_path):
    build(tmp_path, [])
    folder = tmp_path / "cache" / NAMESPACE
    (kept_file,) = folder.iterdir()
    kept_file.write_bytes(kept_file.read_bytes().replace(b"<P>A</P>", b"<SCRIPT>"))
    os.chmod(kept_file, 0o666)
    calls = []
    build(tmp_path, calls)
    assert calls == ["<p>a</p>", "<p>b</p>"]


def test_a_rewrite_that_declares_nothing_keeps_nothing(tmp_path):
    settings = {"CACHE_CONTENT": True, "CACHE_PATH": str(tmp_path / "cache")}
    catalogs = tmp_path / "translations"

    def undeclared(text, language, translations):
        return text

    assert KeptHtml.for_build(settings, catalogs, undeclared).store is None
    declared = hooks.rewrites_from("pictures")(undeclared)
    assert KeptHtml.for_build(settings, catalogs, declared).store is not None
    off = {**settings, "CACHE_CONTENT": False}
    assert KeptHtml.for_build(off, catalogs, declared).store is None
