"""Search bundles kept by their inputs: same pages, same bytes."""

import os

import pytest

from plugins.search import cache
from plugins.search.cache import bundles, cached, inputs_digest, load, store
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


def test_a_bundle_is_kept_whole_in_the_search_namespace(tmp_path):
    assert load(tmp_path, "d1") is None
    store(tmp_path, "d1", {"index/b": b"2", "a": b"1"})
    assert load(tmp_path, "d1") == {"a": b"1", "index/b": b"2"}
    assert [p.name for p in tmp_path.iterdir()] == ["search"]
    assert [p.name for p in (tmp_path / "search").iterdir()] == [
        bundles(tmp_path).key("d1")
    ]


def test_with_the_cache_off_every_build_runs_pagefind(tmp_path):
    builds = []
    for _ in range(2):
        cached(None, "d1", lambda: builds.append(1) or {"a": b"1"})
    assert len(builds) == 2
    assert load(None, "d1") is None


@pytest.mark.parametrize("name", ["../../escaped", "/etc/x", "a//b", "a\\b"])
def test_a_kept_bundle_with_an_unsafe_name_is_a_miss(tmp_path, name):
    bundles(tmp_path).write("d1", {"a": b"1", name: b"x"})
    assert load(tmp_path, "d1") is None
    assert cached(tmp_path, "d1", lambda: {"a": b"2"}) == {"a": b"2"}


def test_the_least_recently_used_bundles_are_forgotten(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "KEEP", 2)
    for n in range(2):
        store(tmp_path, f"d{n}", {"a": b"1"})
        path = tmp_path / "search" / bundles(tmp_path).key(f"d{n}")
        os.utime(path, ns=((n + 1) * 10**9, (n + 1) * 10**9))
    load(tmp_path, "d0")  # used now: the most recent
    store(tmp_path, "d2", {"a": b"1"})
    assert [n for n in range(3) if load(tmp_path, f"d{n}")] == [0, 2]


def test_bundles_beyond_the_size_bound_are_forgotten(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "MAX_BYTES", 2500)
    for n in range(3):
        store(tmp_path, f"d{n}", {"a": bytes(1000)})
    assert [n for n in range(3) if load(tmp_path, f"d{n}")] == [1, 2]
