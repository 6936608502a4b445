"""Item HTML kept between builds (plugins/multilingual/kept_html.py)."""

import os
import time
from pathlib import Path

from plugins.base.cache import SHARDS, Store
from plugins.multilingual import hooks
from plugins.multilingual.kept_html import NAMESPACE, KeptHtml, link_targets


def store(tmp_path) -> Store:
    return Store(tmp_path / "cache", NAMESPACE, keep=2 * len(SHARDS), owned=True)


def build(tmp_path, calls: list) -> KeptHtml:
    """One build finishing two bodies, as the registry does."""
    kept = KeptHtml(store(tmp_path), "inputs")
    finish = kept.maker("item lv", lambda raw: calls.append(raw) or raw.upper())
    assert [finish("<p>a</p>"), finish("<p>b</p>")] == ["<P>A</P>", "<P>B</P>"]
    kept.save()
    return kept


def test_the_next_build_makes_nothing_it_has_seen(tmp_path):
    calls = []
    build(tmp_path, calls)  # which asserts that "<P>A</P>" came back
    assert "<p>a</p>" in calls  # its shard was not read: made again
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
    (kept_file,) = [
        path for path in folder.iterdir() if b"<P>A</P>" in path.read_bytes()
    ]
    kept_file.write_bytes(kept_file.read_bytes().replace(b"<P>A</P>", b"<SCRIPT>"))
    os.chmod(kept_file, 0o666)
    calls = []
    build(tmp_path, calls)  # which asserts that "<P>A</P>" came back
    assert "<p>a</p>" in calls  # its shard was not read: made again


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


class Source:
    """What source_key reads of a Pelican content object."""

    def __init__(self, folder, text: str, age: float = 3600):
        self.relative_source_path = "news/a.lv.md"
        self.source_path = str(folder / "a.lv.md")
        Path(self.source_path).write_text(text, encoding="utf-8")
        then = time.time() - age
        os.utime(self.source_path, (then, then))


def item_build(tmp_path, content, calls: list, links: str = "links") -> list:
    """One build taking an item's body and summary, as item_from_content does."""
    kept = KeptHtml(store(tmp_path), "inputs")
    kept.know_links(links, time.time_ns())

    def sources():
        calls.append(content.source_path)
        return ["<p>body</p>", "<p>summary</p>"]

    made = kept.parts(
        kept.source_key("item lv", content), "item lv", sources, str.upper
    )
    kept.save()
    return made


def test_an_unchanged_file_is_not_handed_to_pelican_again(tmp_path):
    content, calls = Source(tmp_path, "Title: A\n\nBody"), []
    assert item_build(tmp_path, content, calls) == ["<P>BODY</P>", "<P>SUMMARY</P>"]
    assert item_build(tmp_path, content, calls) == ["<P>BODY</P>", "<P>SUMMARY</P>"]
    assert len(calls) == 1


def test_a_changed_file_or_link_target_is_handed_to_pelican(tmp_path):
    calls = []
    item_build(tmp_path, Source(tmp_path, "Title: A\n\nBody"), calls)
    item_build(tmp_path, Source(tmp_path, "Title: A\n\nBody."), calls)
    item_build(tmp_path, Source(tmp_path, "Title: A\n\nBody."), calls, "moved")
    assert len(calls) == 3


def test_a_file_saved_as_the_build_began_is_not_kept_by_its_bytes(tmp_path):
    kept = KeptHtml(store(tmp_path), "inputs")
    kept.know_links("links", time.time_ns())
    assert kept.source_key("item lv", Source(tmp_path, "x", age=3600)) is not None
    assert kept.source_key("item lv", Source(tmp_path, "x", age=0.5)) is None
    assert kept.source_key("item lv", Source(tmp_path, "x", age=-5)) is None


def test_a_file_with_an_attach_link_is_always_handed_to_pelican(tmp_path):
    kept = KeptHtml(store(tmp_path), "inputs")
    kept.know_links("links", time.time_ns())
    text = "Title: A\n\n![Map]({attach}map.png)"
    assert kept.source_key("item lv", Source(tmp_path, text)) is None


def test_without_link_targets_or_a_store_no_file_is_keyed(tmp_path):
    content = Source(tmp_path, "Title: A")
    assert KeptHtml(store(tmp_path), "inputs").source_key("item lv", content) is None
    nothing = KeptHtml()
    nothing.know_links("links", time.time_ns())
    assert nothing.source_key("item lv", content) is None


def test_parts_lost_from_the_kept_file_are_made_again(tmp_path):
    content, calls = Source(tmp_path, "Title: A\n\nBody"), []
    item_build(tmp_path, content, calls)
    kept = KeptHtml(store(tmp_path), "inputs")
    body = KeptHtml.key("item lv", "<p>body</p>")
    del kept.kept[body]
    kept.store.write_map("inputs", kept.kept)
    assert item_build(tmp_path, content, calls) == ["<P>BODY</P>", "<P>SUMMARY</P>"]
    assert len(calls) == 2


class Linked:
    def __init__(self, url: str):
        self.url = url


def test_link_targets_change_with_any_address_and_not_with_order():
    context = {
        "generated_content": {"news/a.md": Linked("lv/news/a/")},
        "static_content": {"images/b.png": Linked("images/b.png")},
    }
    same = {key: dict(reversed(value.items())) for key, value in context.items()}
    assert link_targets(context) == link_targets(same)
    moved = {**context, "generated_content": {"news/a.md": Linked("lv/news/b/")}}
    assert link_targets(moved) != link_targets(context)
    assert link_targets({}) != link_targets(context)
