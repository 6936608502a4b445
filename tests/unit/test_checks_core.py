"""The whole content tree at once: reading, sorting and the editors' report."""

import os
import pickle

import pytest

from plugins.base.cache import SHARDS, Store
from plugins.checks import core
from plugins.checks import memo as memo_module
from plugins.checks.core import (
    CheckMemo,
    check_content_tree,
    check_file_text,
    format_report,
)
from plugins.checks.problem import Problem, summary_line
from tests.media_samples import tiny_picture

LANGUAGES = ["cs", "lv", "sr", "sr-Latn", "bg", "en"]

CLEAN_TREE = {
    "news/darba-grupa.md": (
        "Title: Darba grupa turpina darbu\nDate: 2017-03-13 09:30\n"
        "Modified: 2017-03-20\n"
        "Lang: lv\nSlug: darba-grupa\nCategory: news\nTags: HOFBSR, SIfunded\n"
        "Summary: Īsumā\nPublisher: Iekšlietu ministrija\nContact: +371 67829674\n"
        "Aliases: /old/path.html, /lv/vecs/\n\n"
        '![Ministrs runā](images/x.jpg "Paraksts")'
        " un [seminārs]({filename}/events/seminar.md).\n"
    ),
    "news/radna-grupa.md": (
        "Title: Радна група наставља рад\nDate: 2017-03-13\nLang: sr\n"
        "Slug: darba-grupa\n"
        "Translation: true\n\nРадна група наставља рад у сарадњи са OSCE.\n"
    ),
    "events/seminar.md": (
        "Title: Seminārs\nDate: 2018-11-01\nLang: lv\nEvent-start: 2018-12-18 10:00\n"
        "Event-end: 2018-12-18 16:00\nLocation: Rīga\nTimezone: Europe/Riga\n\n"
        "![Zāle](../images/x.jpg)\n"
    ),
    "pages/about.md": "Title: Par mums\nLang: lv\nStatus: hidden\n\nTeksts.\n",
    "images/x.jpg": tiny_picture("JPEG"),
    "README.md": "Not content: no metadata at all.\n",
}

MESSY = (
    "Title: \n"
    "Date: 2017-02-30\n"
    "Lang: lv-LV\n"
    "Evnet-start: 2018-12-18\n"
    "Category: Novinky\n"
    "\n"
    "![](images/missing.jpg)\n"
    '<a href="javascript:alert(1)" onclick="x()">klikšķis</a>\n'
)


def write_tree(root, files):
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")


def test_a_clean_tree_has_no_problems(tmp_path):
    write_tree(tmp_path, CLEAN_TREE)
    assert check_content_tree(tmp_path, LANGUAGES) == []


def test_every_problem_of_a_file_is_reported_at_once(tmp_path):
    write_tree(tmp_path, CLEAN_TREE | {"news/messy.md": MESSY})
    assert format_report(check_content_tree(tmp_path, LANGUAGES)) == "\n".join(
        [
            "content/news/messy.md:1: error: Title is empty."
            ' Fix: write the headline after "Title:".',
            'content/news/messy.md:2: error: Date "2017-02-30" does not exist:'
            " February 2017 has 28 days. Fix: check the day and the month.",
            'content/news/messy.md:3: error: Lang "lv-LV" is not a site language.'
            ' Fix: use "lv" (one of cs, lv, sr, sr-Latn, bg, en).',
            'content/news/messy.md:4: error: Unknown metadata key "Evnet-start".'
            ' Fix: did you mean "Event-start"?',
            'content/news/messy.md:5: error: Category "Novinky" is not a site category.'
            " Fix: use one of news, events.",
            'content/news/messy.md:7: error: Image "images/missing.jpg" does not exist.'
            " Fix: check the file name; image paths start at the content folder,"
            " e.g. images/photo.jpg.",
            'content/news/messy.md:7: error: Image "images/missing.jpg" has no alt'
            " text. Fix: describe the picture between the brackets:"
            " ![What it shows](images/missing.jpg).",
            'content/news/messy.md:8: error: Address "javascript:alert(1)" runs a'
            " script and is not allowed. Fix: link to a web page (https://…) instead.",
            "content/news/messy.md:8: error: Attribute onclick= runs a script and is"
            " not allowed. Fix: remove onclick=… from the <a> tag.",
            "9 errors, 0 warnings in 1 file.",
        ]
    )


def test_problems_are_sorted_by_file_then_line(tmp_path):
    files = {
        "pages/z.md": "Title: Z\nLang: xx\n\nText\n",
        "news/b.md": "Lang: lv\nDate: 2017-03-13\nTitle: B\nStatus: wrong\n\nText\n",
        "news/a.md": "Title: A\nDate: 2017-03-13\nLang: lv\nStatus: wrong\n\nText\n",
    }
    write_tree(tmp_path, files)
    problems = check_content_tree(tmp_path, LANGUAGES)
    assert [(p.path, p.line) for p in problems] == [
        ("news/a.md", 4),
        ("news/b.md", 4),
        ("pages/z.md", 2),
    ]


def test_a_file_that_is_not_utf8_names_the_line(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "old.md").write_bytes(
        "Title: Vecs\nLang: lv\n\nRīga\n".encode("cp1257")
    )
    assert [p.describe() for p in check_content_tree(tmp_path, LANGUAGES)] == [
        "news/old.md:4: error: The file is not saved as UTF-8 text."
        ' Fix: save it again with the encoding "UTF-8".'
    ]


def test_a_missing_content_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="checks: content folder .* does not"):
        check_content_tree(tmp_path / "nope", LANGUAGES)


def test_reserved_paths_reach_the_alias_rule(tmp_path):
    write_tree(tmp_path, CLEAN_TREE)
    problems = check_content_tree(tmp_path, LANGUAGES, reserved_paths={"old/path.html"})
    assert [p.describe() for p in problems] == [
        'news/darba-grupa.md:11: error: Alias "/old/path.html" would replace a page'
        " of the site. Fix: remove it, or write the real old address."
    ]


@pytest.mark.parametrize(
    ("extra_keys", "count"), [((), 1), (("Weight",), 0), (("weight",), 0)]
)
def test_extra_keys_are_allowed(tmp_path, extra_keys, count):
    write_tree(tmp_path, {"pages/a.md": "Title: A\nLang: lv\nWeight: 1\n\nText\n"})
    problems = check_content_tree(tmp_path, LANGUAGES, extra_keys=extra_keys)
    assert len(problems) == count


def test_check_file_text_sees_one_file_only():
    text = "Title: T\nDate: 2017-03-13\nLang: lv\nTranslation: true\n\nText\n"
    assert check_file_text("news/t.md", text) == []


@pytest.mark.parametrize(
    ("severities", "summary"),
    [
        ([], "No problems found."),
        (["error"], "1 error, 0 warnings in 1 file."),
        (["warning", "warning"], "0 errors, 2 warnings in 1 file."),
        (["error", "error", "warning"], "2 errors, 1 warning in 1 file."),
    ],
)
def test_summary_line(severities, summary):
    problems = [
        Problem("news/a.md", n, s, "M.", "f.") for n, s in enumerate(severities)
    ]
    assert summary_line(problems) == summary


@pytest.mark.parametrize(
    ("root_label", "line"),
    [
        ("content", "content/news/a.md:3: warning: Odd. Fix: do this."),
        ("content/", "content/news/a.md:3: warning: Odd. Fix: do this."),
        ("", "news/a.md:3: warning: Odd. Fix: do this."),
    ],
)
def test_format_report_prefixes_the_content_folder(root_label, line):
    problem = Problem("news/a.md", 3, "warning", "Odd.", "do this.")
    assert (
        format_report([problem], root_label)
        == f"{line}\n0 errors, 1 warning in 1 file."
    )


def test_an_empty_report_says_so():
    assert format_report([]) == "No problems found."


# One file with an error (its Lang), one without: what the memo tests edit.
TWO_NEWS = {
    "news/a.md": "Title: A\nDate: 2020-01-01\nLang: lv-LV\n\nText\n",
    "news/b.md": "Title: B\nDate: 2020-01-01\nLang: lv\n\nText\n",
}


def calls_of(monkeypatch, name: str, argument: int) -> list:
    """The given argument of every call the checks make to `core.<name>` from now."""
    seen = []
    original = getattr(core, name)

    def counted(*args):
        seen.append(args[argument])
        return original(*args)

    monkeypatch.setattr(core, name, counted)
    return seen


@pytest.fixture
def parsed(monkeypatch) -> list[str]:
    """The files the checks parse (those not taken from a memo), as they parse them."""
    return calls_of(monkeypatch, "parse_content_file", 0)


def test_memo_reuses_unchanged_files_and_forgets_removed_ones(tmp_path, parsed):
    content = tmp_path / "content"
    write_tree(content, TWO_NEWS)
    cache = Store(tmp_path / "cache", "checks", keep=len(SHARDS))
    first = check_content_tree(content, cache=cache)
    assert sorted(parsed) == ["news/a.md", "news/b.md"]
    assert check_content_tree(content, cache=cache) == first
    assert len(parsed) == 2  # both from the cache
    written = inodes(cache)
    assert check_content_tree(content, cache=cache) == first
    assert inodes(cache) == written  # nothing new to keep: not written again
    (content / "news" / "b.md").write_text("Title: B\nLang: lv\n\nText\n")
    second = check_content_tree(content, cache=cache)
    assert len(second) == len(first) + 1  # b.md lost its Date: found again
    assert parsed[2:] == ["news/b.md"]
    rewritten = {
        name for name, inode in inodes(cache).items() if written.get(name) != inode
    }
    assert 1 <= len(rewritten) <= 2  # the shards of b.md's old and new text
    (content / "news" / "a.md").unlink()
    assert [p.path for p in check_content_tree(content, cache=cache)] == ["news/b.md"]
    assert list(cache.read_map(core.options_digest(options_of(content)), dict)) == [
        core.text_key("news/b.md", (content / "news/b.md").read_text())
    ]


def inodes(cache: Store) -> dict:
    """Each file of a cache namespace and its inode (a new one: written again)."""
    return {path.name: path.stat().st_ino for path in cache.entries()}


def options_of(content) -> core.CheckOptions:
    """The options check_content_tree uses for a tree, by default."""
    files = frozenset(p.relative_to(content).as_posix() for p in content.rglob("*.md"))
    return core.CheckOptions(existing_files=files, languages=core.SITE_LANGUAGES)


def test_without_a_cache_every_file_is_parsed_every_time(tmp_path, parsed):
    content = tmp_path / "content"
    write_tree(content, TWO_NEWS)
    check_content_tree(content)
    check_content_tree(content, cache=Store(None, "checks"))
    assert len(parsed) == 4
    assert list(tmp_path.iterdir()) == [content]


def test_a_memo_kept_in_memory_starts_from_the_disk_and_follows_the_files(tmp_path):
    content = tmp_path / "content"
    write_tree(content, TWO_NEWS)
    cache = Store(tmp_path / "cache", "checks", keep=1)
    first = check_content_tree(content, cache=cache)
    kept = CheckMemo()
    assert check_content_tree(content, cache=cache, memo=kept) == first
    assert len(kept.files) == 2  # loaded from the cache
    (content / "news" / "b.md").write_text("Title: B\nLang: lv\n\nText\n")
    second = check_content_tree(content, cache=cache, memo=kept)
    assert len(second) == len(first) + 1  # b.md lost its Date: found again
    (content / "news" / "a.md").unlink()
    assert [p.path for p in check_content_tree(content, memo=kept)] == ["news/b.md"]
    assert len(kept.files) == 1
    assert list(kept.texts) in ([], ["news/b.md"])  # a.md's text is forgotten


@pytest.fixture
def read(monkeypatch) -> list[str]:
    """The files the checks read (those whose text a memo did not keep)."""
    return calls_of(monkeypatch, "_read_text", 1)


def test_a_memo_reads_again_only_the_files_whose_signature_changed(
    tmp_path, read, monkeypatch
):
    content = tmp_path / "content"
    write_tree(content, TWO_NEWS)
    kept = CheckMemo()
    first = check_content_tree(content, memo=kept)
    assert sorted(read) == ["news/a.md", "news/b.md"]
    # Saved just now: a second save within one tick of the clock could keep the
    # whole signature, so the files are read again.
    assert check_content_tree(content, memo=kept) == first
    assert len(read) == 4
    monkeypatch.setattr(memo_module, "SETTLED_NS", 0)  # as if saved long ago
    assert check_content_tree(content, memo=kept) == first
    assert len(read) == 6
    assert check_content_tree(content, memo=kept) == first
    assert len(read) == 6  # nothing read: both signatures are as they were
    b = content / "news" / "b.md"
    before = b.stat()
    b.write_text(TWO_NEWS["news/b.md"].replace("Text", "Lang"))  # the same size
    os.utime(b, ns=(before.st_atime_ns, before.st_mtime_ns))  # and time
    assert b.stat().st_size == before.st_size
    check_content_tree(content, memo=kept)
    assert read[6:] == ["news/b.md"]  # its change time (ctime) tells
    assert kept.texts["news/b.md"].text.endswith("Lang\n")


def test_a_run_told_the_edited_files_looks_at_no_other(tmp_path, read, monkeypatch):
    content = tmp_path / "content"
    write_tree(content, TWO_NEWS)
    monkeypatch.setattr(memo_module, "SETTLED_NS", 0)  # as if saved long ago
    walks = calls_of(monkeypatch, "scan_tree", 0)
    kept = CheckMemo()
    first = check_content_tree(content, memo=kept)
    assert (len(walks), sorted(read)) == (1, ["news/a.md", "news/b.md"])
    a = content / "news" / "a.md"
    a.write_text(a.read_text().replace("Date: 2020-01-01\n", ""))
    b = content / "news" / "b.md"
    b.write_text(b.read_text().replace("Lang: lv", "Lang: xx"))  # not told
    told = check_content_tree(content, memo=kept, edited=["news/a.md"])
    assert (len(walks), read[2:]) == (1, ["news/a.md"])  # no walk, no other read
    assert {p.path for p in told} == {"news/a.md"}  # its lost Date
    assert told != first
    untold = check_content_tree(content, memo=kept)
    assert (len(walks), read[3:]) == (2, ["news/b.md"])  # its signature changed
    assert untold == check_content_tree(content)  # as without a memo
    assert {p.path for p in untold} == {"news/a.md", "news/b.md"}


@pytest.mark.parametrize(
    "edited",
    [
        ["news/c.md"],  # a new file: the walk would find it
        ["images/logo.png"],  # not Markdown: its problems are the walk's
        ["news/a.md", "news/gone.md"],
    ],
)
def test_a_run_told_of_a_file_the_last_walk_did_not_find_walks_again(
    tmp_path, monkeypatch, edited
):
    content = tmp_path / "content"
    write_tree(content, {**TWO_NEWS, "images/logo.png": "not a picture"})
    walks = calls_of(monkeypatch, "scan_tree", 0)
    kept = CheckMemo()
    check_content_tree(content, memo=kept)
    check_content_tree(content, memo=kept, edited=["news/a.md"])
    assert len(walks) == 1
    check_content_tree(content, memo=kept, edited=edited)
    assert len(walks) == 2


def test_a_walk_of_another_tree_is_not_reused(tmp_path, monkeypatch):
    walks = calls_of(monkeypatch, "scan_tree", 0)
    kept = CheckMemo()
    for name in ("one", "two"):
        write_tree(tmp_path / name, TWO_NEWS)
        check_content_tree(tmp_path / name, memo=kept, edited=["news/a.md"])
    assert [os.path.basename(root) for root in walks] == ["one", "two"]


# A draft, and a file whose text links to it once the test adds the link.
DRAFT_AND_LINK = {
    "news/draft.md": "Title: D\nDate: 2020-01-01\nStatus: draft\nLang: lv\n\nText\n",
    "news/b.md": "Title: B\nDate: 2020-01-01\nLang: lv\n\nText\n",
    "news/c.md": "Title: C\nDate: 2020-01-01\nLang: lv\nSlug: c\n\nText\n",
}


def test_a_memo_keeps_the_field_rules_results_while_the_fields_stay(
    tmp_path, monkeypatch
):
    content = tmp_path / "content"
    write_tree(content, DRAFT_AND_LINK)
    runs = []

    def counted(items, options):
        runs.append(len(items))
        return []

    monkeypatch.setattr(core, "FIELD_RULES", (*core.FIELD_RULES, counted))
    kept = CheckMemo()
    assert check_content_tree(content, memo=kept) == []
    assert check_content_tree(content, memo=kept) == []
    assert runs == [3]
    b = content / "news" / "b.md"
    b.write_text(b.read_text() + "\nSee [the draft]({filename}draft.md).\n")
    linked = check_content_tree(content, memo=kept)
    assert runs == [3]  # a text edit: the fields are as they were
    assert [(p.path, p.message[:30]) for p in linked] == [
        ("news/b.md", 'Link "{filename}draft.md" poin')
    ]  # the link rule reads texts: it ran
    b.write_text(b.read_text().replace("Slug: b\n", "").replace("Title: B", "Title: C"))
    again = check_content_tree(content, memo=kept)
    assert runs == [3, 3]  # a changed Title: the field rules ran
    assert again == check_content_tree(content)  # as without a memo
    assert [p.path for p in again if "Slug" in p.message] == ["news/b.md", "news/c.md"]


def test_a_pickled_memo_in_the_cache_is_never_loaded(tmp_path, parsed):
    content = tmp_path / "content"
    write_tree(content, TWO_NEWS)
    cache = Store(tmp_path / "cache", "checks", keep=1)
    first = check_content_tree(content, cache=cache)
    marker = tmp_path / "pwned"
    payload = pickle.dumps(Touch(marker))
    (saved,) = cache.entries()
    saved.write_bytes(payload)
    (cache.folder / "checks-0123.pickle").write_bytes(payload)  # the old memo
    assert check_content_tree(content, cache=cache) == first
    assert len(parsed) == 4  # a miss: every file parsed again
    assert not marker.exists()
    assert [path.name for path in cache.entries()] == [saved.name]


class Touch:
    """Unpickling it creates a file: what a planted memo could do."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (type(self.marker).touch, (self.marker,))


def test_memo_files_of_other_rules_are_not_reused(monkeypatch):
    before = core.options_digest(core.CheckOptions())
    monkeypatch.setattr(core, "RULES_DIGEST", "rules after an upgrade")
    assert core.options_digest(core.CheckOptions()) != before
