"""Search bundles kept by their inputs: same pages, same bytes."""

import os

import pytest

from plugins.search.cache import cached, evict, inputs_digest, load, store
from plugins.search.indexer import IndexedPage

PAGES = [IndexedPage("/lv/a/", "lv", b"<html>a"), IndexedPage("/en/a/", "en", b"b")]


@pytest.mark.parametrize(
    ("pages", "selectors", "version"),
    [
        (PAGES[:1], [".page-tools"], "pagefind-bin 1.5.2"),  # a page less
        (PAGES, [".page-tools", ".item-date"], "pagefind-bin 1.5.2"),  # an option more
        (PAGES, [".page-tools"], "pagefind-bin 1.6.0"),  # another Pagefind
        (
            [PAGES[0], IndexedPage("/en/a/", "en", b"c")],
            [".page-tools"],
            "pagefind-bin 1.5.2",
        ),
        (
            [PAGES[0], IndexedPage("/en/b/", "en", b"b")],
            [".page-tools"],
            "pagefind-bin 1.5.2",
        ),
        (
            [PAGES[0], IndexedPage("/en/a/", "bg", b"b")],
            [".page-tools"],
            "pagefind-bin 1.5.2",
        ),
    ],
)
def test_any_change_of_input_changes_the_digest(pages, selectors, version):
    same = inputs_digest(PAGES, [".page-tools"], "pagefind-bin 1.5.2")
    assert inputs_digest(list(PAGES), [".page-tools"], "pagefind-bin 1.5.2") == same
    assert inputs_digest(pages, selectors, version) != same


def test_a_bundle_is_built_once_and_then_reused(tmp_path):
    builds = []

    def build():
        builds.append(1)
        return {"pagefind.js": b"js", "fragment/x.pf_fragment": bytes([len(builds)])}

    first = cached(tmp_path, "d1", build)
    again = cached(tmp_path, "d1", build)
    assert again == first == {"fragment/x.pf_fragment": b"\x01", "pagefind.js": b"js"}
    assert len(builds) == 1
    assert cached(tmp_path, "d2", build)["fragment/x.pf_fragment"] == b"\x02"


def test_store_leaves_no_temporary_folder_and_keeps_the_first_bundle(tmp_path):
    assert load(tmp_path, "d1") is None
    store(tmp_path, "d1", {"a": b"1", "index/b": b"2"})
    store(tmp_path, "d1", {"a": b"other"})  # as if a concurrent build kept it first
    assert load(tmp_path, "d1") == {"a": b"1", "index/b": b"2"}
    assert [p.name for p in tmp_path.iterdir()] == ["d1"]


def test_the_least_recently_used_bundles_are_forgotten(tmp_path):
    for n in range(4):
        store(tmp_path, f"d{n}", {"a": b"1"})
        os.utime(tmp_path / f"d{n}", ns=(n * 10**9, n * 10**9))
    load(tmp_path, "d0")  # used now: the most recent
    assert evict(tmp_path, 2) == ["d2", "d1"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d0", "d3"]
