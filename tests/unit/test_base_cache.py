"""The one cache: namespaced values kept by their inputs, never code."""

import gc
import os
import pickle
from dataclasses import dataclass
from pathlib import Path

import pytest

from plugins.base import cache as cache_module
from plugins.base.cache import HEADER, SHARDS, Store, cache_root, source_digest


@dataclass(frozen=True)
class Point:
    name: str
    at: tuple[int, int]


def files_under(root: Path) -> list[str]:
    """Every file under a folder, relative, sorted."""
    files = (path for path in root.rglob("*") if path.is_file())
    return sorted(path.relative_to(root).as_posix() for path in files)


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        ({"CACHE_CONTENT": True, "CACHE_PATH": "/tmp/c"}, Path("/tmp/c")),
        ({"CACHE_CONTENT": False, "CACHE_PATH": "/tmp/c"}, None),
        ({"CACHE_CONTENT": True, "CACHE_PATH": ""}, None),
        ({"CACHE_CONTENT": True}, None),
        ({}, None),
    ],
)
def test_caching_is_on_with_cache_content_and_a_cache_path(settings, expected):
    assert cache_root(settings) == expected


def test_bytes_and_data_come_back_as_they_were_kept(tmp_path):
    store = Store(tmp_path, "things")
    store.write_bytes("a", b"\x00raw")
    store.write("b", {"points": [Point("x", (1, 2))], "n": 3})
    again = Store(tmp_path, "things")  # another build
    assert again.read_bytes("a") == b"\x00raw"
    assert again.read("b", dict[str, list[Point] | int]) == {
        "points": [Point("x", (1, 2))],
        "n": 3,
    }
    assert again.read("c", dict) is None
    assert files_under(tmp_path) == sorted(
        f"things/{again.key(inputs)}" for inputs in ("a", "b")
    )


@pytest.mark.parametrize("collecting", [True, False])
def test_data_is_decoded_with_the_cycle_collector_paused(
    tmp_path, monkeypatch, collecting
):
    store = Store(tmp_path, "data")
    store.write("map", {"a": [1, 2], "b": [3]})
    seen = []
    decode = cache_module.msgspec.msgpack.decode

    def watched(payload, **options):
        seen.append(gc.isenabled())
        return decode(payload, **options)

    monkeypatch.setattr(cache_module.msgspec.msgpack, "decode", watched)
    (gc.enable if collecting else gc.disable)()
    try:
        assert store.read("map", dict[str, list[int]]) == {"a": [1, 2], "b": [3]}
        assert store.read("map", dict[str, str]) is None  # another shape: a miss
        assert seen == [False, False]
        assert gc.isenabled() is collecting  # as it was before
    finally:
        gc.enable()


def test_namespaces_and_salts_keep_values_apart(tmp_path):
    Store(tmp_path, "feeds").write_bytes("same inputs", b"feed")
    Store(tmp_path, "calendar").write_bytes("same inputs", b"calendar")
    assert Store(tmp_path, "feeds").read_bytes("same inputs") == b"feed"
    assert Store(tmp_path, "calendar").read_bytes("same inputs") == b"calendar"
    assert Store(tmp_path, "feeds", salt="new code").read_bytes("same inputs") is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["calendar", "feeds"]


@pytest.mark.parametrize("namespace", ["", "../x", "a/b", "Feeds", ".hidden"])
def test_a_namespace_is_a_plain_name(tmp_path, namespace):
    with pytest.raises(ValueError, match="is not a plain name"):
        Store(tmp_path, namespace)


def test_with_cache_content_off_nothing_is_read_or_written(tmp_path):
    settings = {"CACHE_CONTENT": False, "CACHE_PATH": str(tmp_path)}
    on = Store.in_cache({**settings, "CACHE_CONTENT": True}, "feeds")
    on.write_bytes("a", b"kept")
    off = Store.in_cache(settings, "feeds")
    assert not off.on
    calls = []
    assert off.bytes_for("a", lambda: calls.append(1) or b"made") == b"made"
    assert off.value_for("b", list[int], lambda: calls.append(2) or [2]) == [2]
    assert off.read_bytes("a") is None
    off.forget_unused()
    assert calls == [1, 2]
    assert files_under(tmp_path) == [f"feeds/{on.key('a')}"]


def test_same_inputs_are_made_once_and_unused_ones_forgotten(tmp_path):
    calls = []

    def make(text):
        def build():
            calls.append(text)
            return text.encode()

        return build

    first = Store(tmp_path, "feeds", salt="code")
    assert first.bytes_for("a", make("a")) == b"a"
    assert first.bytes_for("b", make("b")) == b"b"
    second = Store(tmp_path, "feeds", salt="code")
    assert second.bytes_for("a", make("a")) == b"a"
    assert calls == ["a", "b"]
    second.forget_unused()
    assert files_under(tmp_path) == [f"feeds/{second.key('a')}"]
    assert Store(tmp_path, "feeds", salt="other").bytes_for("a", make("a")) == b"a"
    assert calls == ["a", "b", "a"]


def kept_file(store: Store, inputs: str) -> Path:
    """Where the store keeps the value of these inputs."""
    return store.folder / store.key(inputs)


@pytest.mark.parametrize(
    "content",
    [
        b"",  # cut short before the header
        HEADER,  # cut short after it
        HEADER + b"D\xc1",  # a byte MessagePack never uses
        HEADER + b"D\x92\x01",  # an array cut short
        b'{"points": []}',  # JSON from some other tool
        HEADER + b"B" + b"\x81\xa1n\x03",  # bytes where data was kept
        HEADER + b"D" + b"\x81\xa1n\xa3str",  # data of another shape
    ],
)
def test_a_corrupt_or_foreign_file_is_a_miss(tmp_path, content):
    store = Store(tmp_path, "things")
    store.write("v", {"n": 3})
    kept_file(store, "v").write_bytes(content)
    assert store.read("v", dict[str, int]) is None
    assert store.value_for("v", dict[str, int], lambda: {"n": 4}) == {"n": 4}
    assert Store(tmp_path, "things").read("v", dict[str, int]) == {"n": 4}


def test_bytes_are_only_read_from_files_written_as_bytes(tmp_path):
    store = Store(tmp_path, "feeds")
    store.write("v", b"data")
    assert store.read_bytes("v") is None
    kept_file(store, "v").write_bytes(b"<rss>not written by the store</rss>")
    assert store.read_bytes("v") is None
    assert store.bytes_for("v", lambda: b"made") == b"made"


def test_a_folder_or_unreadable_entry_is_a_miss(tmp_path):
    store = Store(tmp_path, "search")
    kept_file(store, "v").mkdir(parents=True)
    assert store.read_bytes("v") is None
    assert store.read("v", dict) is None


class Touch:
    """What an attacker would pickle: unpickling it creates a file."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


@pytest.mark.parametrize("prefix", [b"", HEADER + b"D", HEADER + b"B"])
def test_a_pickle_put_in_the_cache_folder_never_runs(tmp_path, prefix):
    marker = tmp_path / "pwned"
    payload = pickle.dumps(Touch(marker))
    store = Store(tmp_path / "cache", "checks")
    store.write("memo", {"a": 1})
    kept_file(store, "memo").write_bytes(prefix + payload)
    (store.folder / "checks-0123.pickle").write_bytes(payload)  # the old memo's name
    assert store.read("memo", dict[str, int]) is None
    read = store.read_bytes("memo")
    assert read is None or read == payload  # at worst the bytes themselves
    assert store.value_for("memo", dict[str, int], lambda: {"a": 2}) == {"a": 2}
    store.forget_unused()
    assert not marker.exists()
    pickle.loads(payload)  # the payload is live: this test could fail
    assert marker.exists()


def test_old_files_and_folders_are_forgotten_too(tmp_path):
    store = Store(tmp_path, "search")
    (store.folder / "0123abcd" / "fragment").mkdir(parents=True)  # an old bundle
    (store.folder / "0123abcd" / "fragment" / "x.pf_fragment").write_bytes(b"x")
    (store.folder / "checks-0123.pickle").write_bytes(b"old")
    store.write_bytes("new", b"bundle")
    store.forget_unused()
    assert files_under(tmp_path) == [f"search/{store.key('new')}"]


def test_a_failed_make_leaves_nothing_and_a_write_no_temporary_file(tmp_path):
    store = Store(tmp_path, "feeds")

    def broken():
        raise RuntimeError("feedgen failed")

    with pytest.raises(RuntimeError):
        store.bytes_for("a", broken)
    assert not tmp_path.joinpath("feeds").exists()
    store.bytes_for("a", lambda: b"x")
    assert os.listdir(store.folder) == [store.key("a")]


def aged(store: Store, inputs: str, seconds: int) -> None:
    """Make a value look last used `seconds` after the epoch."""
    os.utime(kept_file(store, inputs), ns=(seconds * 10**9, seconds * 10**9))


def test_the_least_recently_used_values_go_beyond_keep(tmp_path):
    unbounded, store = Store(tmp_path, "search"), Store(tmp_path, "search", keep=2)
    for n in range(3):
        unbounded.write_bytes(f"d{n}", b"1")
        aged(store, f"d{n}", n + 1)
    assert store.evict() == [store.key("d0")]
    assert store.read_bytes("d1") == b"1"  # used now: the most recent
    store.write_bytes("d3", b"1")  # a write evicts by itself
    assert store.read_bytes("d2") is None
    assert store.read_bytes("d1") == store.read_bytes("d3") == b"1"


def test_the_oldest_values_go_beyond_max_bytes_but_the_newest_stays(tmp_path):
    unbounded = Store(tmp_path, "search")
    store = Store(tmp_path, "search", max_bytes=2 * (len(HEADER) + 1 + 100))
    for n in range(3):
        unbounded.write_bytes(f"d{n}", bytes(100))
        aged(store, f"d{n}", n + 1)
    assert store.evict() == [store.key("d0")]
    store.write_bytes("big", bytes(1000))  # alone above the bound: kept
    assert [path.name for path in store.entries()] == [store.key("big")]


def test_source_digest_changes_with_the_code(tmp_path):
    (tmp_path / "core.py").write_text("A = 1\n")
    before = source_digest(tmp_path)
    (tmp_path / "core.py").write_text("A = 2\n")
    assert source_digest(tmp_path) != before


def digest_key(number: int) -> str:
    """A map key as the caches make them: a hex digest."""
    return f"{number:064x}"


def test_a_map_comes_back_whole_from_its_shards(tmp_path):
    store = Store(tmp_path, "maps")
    values = {digest_key(n): f"value {n}" for n in range(40)}
    assert store.write_map("inputs", values) == len(SHARDS)
    assert store.read_map("inputs", dict[str, str]) == values
    assert store.read_map("other inputs", dict[str, str]) == {}


def test_only_the_shards_whose_keys_changed_are_written(tmp_path):
    store = Store(tmp_path, "maps")
    values = {digest_key(n): "v" for n in range(40)}
    store.write_map("inputs", values)
    before = store.read_map("inputs", dict[str, str])
    assert store.write_map("inputs", before, before) == 0
    changed = {**before, digest_key(1000): "new"}
    del changed[digest_key(1)]
    assert store.write_map("inputs", changed, before) == 2  # ...8 in, ...1 out
    assert store.read_map("inputs", dict[str, str]) == changed


def test_a_spoilt_shard_loses_only_its_own_entries(tmp_path):
    store = Store(tmp_path, "maps")
    values = {digest_key(n): "v" for n in range(32)}
    store.write_map("inputs", values)
    (tmp_path / "maps" / store.key("inputs\0a")).write_bytes(b"not ours")
    found = store.read_map("inputs", dict[str, str])
    assert found == {key: "v" for key in values if not key.endswith("a")}
