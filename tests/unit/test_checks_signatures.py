"""One-shot runs of the checks keep each file's signature and the cross-file
rules' results in the cache (signatures.py, core.field_problems)."""

import os
import time

import pytest

from plugins.base.cache import SHARDS, Store
from plugins.checks import core, signatures
from plugins.checks.core import check_content_tree
from tests.media_samples import tiny_picture

TWO_NEWS = {
    "news/a.md": "Title: A\nDate: 2020-01-01\nLang: lv\n\nText\n",
    "news/b.md": "Title: B\nDate: 2020-01-01\nLang: lv\n\nText\n",
}
LATER_NS = 5_000_000_000  # the runs below begin this long after the files were saved


def write_tree(root, files):
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")


@pytest.fixture
def later(monkeypatch):
    """Runs begin LATER_NS after now: the files written so far count as settled."""
    now = time.time_ns
    monkeypatch.setattr(signatures.time, "time_ns", lambda: now() + LATER_NS)


@pytest.fixture
def read(monkeypatch) -> list[str]:
    """The Markdown files the checks read, in order, from now on."""
    seen = []
    original = core._read_text

    def reading(path, label):
        seen.append(label)
        return original(path, label)

    monkeypatch.setattr(core, "_read_text", reading)
    return seen


@pytest.fixture
def field_runs(monkeypatch) -> list[int]:
    """One entry per run of the cross-file field rules from now on."""
    runs = []
    rules = core.FIELD_RULES

    def first(items, options):
        runs.append(len(items))
        return rules[0](items, options)

    monkeypatch.setattr(core, "FIELD_RULES", (first, *rules[1:]))
    return runs


def run(content, cache, functions="f1"):
    return check_content_tree(content, cache=cache, functions=functions)


def cache_in(tmp_path) -> Store:
    return Store(tmp_path / "cache", "checks", keep=len(SHARDS))


def test_a_file_whose_signature_is_kept_is_not_read_again(tmp_path, later, read):
    content = tmp_path / "content"
    write_tree(content, TWO_NEWS)
    cache = cache_in(tmp_path)
    first = run(content, cache)
    assert sorted(read) == ["news/a.md", "news/b.md"]
    assert run(content, cache) == first
    assert len(read) == 2  # neither read again
    (content / "news/b.md").write_text("Title: B\nLang: lv\n\nText\n")
    second = run(content, cache)
    assert read[2:] == ["news/b.md"]
    assert [(p.path, p.line) for p in second] == [("news/b.md", 1)]  # no Date


def test_an_edit_that_keeps_size_and_time_is_still_seen(tmp_path, later, read):
    """`touch -d` (or `cp -p`) can take the modification time back; the change
    time it cannot: the file is read again."""
    content = tmp_path / "content"
    write_tree(content, TWO_NEWS)
    cache = cache_in(tmp_path)
    assert run(content, cache) == []
    path = content / "news/a.md"
    before = path.stat()
    path.write_text(TWO_NEWS["news/a.md"].replace("2020-01-01", "2020-02-31"))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    assert path.stat().st_mtime_ns == before.st_mtime_ns
    problems = run(content, cache)
    assert read[2:] == ["news/a.md"]
    assert [(p.path, p.line, p.severity) for p in problems] == [
        ("news/a.md", 2, "error")
    ]


def test_a_file_saved_just_before_the_run_is_read_every_time(tmp_path, read):
    content = tmp_path / "content"
    write_tree(content, TWO_NEWS)
    cache = cache_in(tmp_path)
    run(content, cache)
    run(content, cache)
    assert sorted(read) == ["news/a.md", "news/a.md", "news/b.md", "news/b.md"]


def test_signatures_serve_only_with_the_results_they_lead_to(tmp_path, later, read):
    """New options (here: another language list) keep no results: every file is
    read, whatever its signature."""
    content = tmp_path / "content"
    write_tree(content, TWO_NEWS)
    cache = cache_in(tmp_path)
    run(content, cache)
    problems = check_content_tree(content, ["en"], cache=cache, functions="f1")
    assert sorted(read) == ["news/a.md", "news/a.md", "news/b.md", "news/b.md"]
    assert {p.path for p in problems} == {"news/a.md", "news/b.md"}  # lv unknown


def test_texts_not_read_are_read_when_a_problem_is_shown_where_used(
    tmp_path, later, read
):
    content = tmp_path / "content"
    write_tree(
        content,
        {
            "news/a.md": "Title: A\nDate: 2020-01-01\nLang: lv\n\n![A](images/a.jpg)\n",
            "images/a.jpg": tiny_picture("JPEG"),
        },
    )
    cache = cache_in(tmp_path)
    assert run(content, cache) == []
    (content / "images/a.jpg").write_bytes(b"\xff\xd8\xff\xe0 only the first bytes")
    problems = run(content, cache)
    assert [(p.path, p.line) for p in problems] == [("news/a.md", 5)]
    assert read == ["news/a.md"]  # the second run read it only when asked
    assert problems == check_content_tree(content)  # as a run without a cache


def test_field_results_are_kept_while_every_field_is_as_it_was(
    tmp_path, later, field_runs
):
    content = tmp_path / "content"
    write_tree(content, TWO_NEWS)
    cache = cache_in(tmp_path)
    first = run(content, cache)
    assert field_runs == [2]
    assert run(content, cache) == first
    (content / "news/a.md").write_text(TWO_NEWS["news/a.md"] + "More text.\n")
    assert run(content, cache) == first
    assert field_runs == [2]  # an edit of the text leaves the fields
    (content / "news/b.md").write_text(TWO_NEWS["news/b.md"].replace("B", "A", 1))
    assert run(content, cache) == check_content_tree(content)
    assert field_runs == [2, 2, 2]  # new fields: found again (and without a cache)


def test_field_results_are_kept_per_set_of_functions(tmp_path, later, field_runs):
    content = tmp_path / "content"
    write_tree(content, TWO_NEWS)
    cache = cache_in(tmp_path)
    run(content, cache, functions="f1")
    run(content, cache, functions="f2")
    run(content, cache, functions="")  # functions unknown: nothing is kept
    run(content, cache, functions="")
    assert field_runs == [2, 2, 2, 2]
    run(content, cache, functions="f1")
    assert field_runs == [2, 2, 2, 2]


def test_signed_texts_read_on_demand_and_leave_out_what_cannot_be_read(tmp_path):
    (tmp_path / "a.md").write_bytes(b"Title: A\r\n\r\nText\r\n")
    texts = signatures.SignedTexts(str(tmp_path), ["a.md", "gone.md"], {})
    assert texts["a.md"] == "Title: A\r\n\r\nText\r\n"  # as _read_text reads it
    assert "gone.md" not in texts
    assert "other.md" not in texts
    assert dict(texts) == {"a.md": "Title: A\r\n\r\nText\r\n"}
