"""Files in the wrong place (issue 15, item 7): an item outside news/, events/,
pages/, a file outside every folder the site reads, an item saved as .txt; and
what editors' programs leave behind, skipped without a word."""

from pathlib import PurePosixPath

import pytest

from plugins.checks.core import check_content_tree, format_report
from plugins.checks.place_rules import suffix_of
from plugins.checks.policy import is_ignored
from tests.media_samples import tiny_picture

from .test_checks_files import ITEM, write

JPEG = tiny_picture("JPEG")
STATIC = ("images", "documents")
LOST = "Title: Lost\nLang: en\n\nText\n"
ITEMS = '"{}" is outside news/, events/ and pages/, so the site does not publish it.'
READS = (
    "it reads items in news/, events/ and pages/; pictures and documents in"
    " images/ and documents/."
)


def report(root) -> list[str]:
    problems = check_content_tree(root, ["lv", "en"], static_paths=STATIC)
    return format_report(problems).splitlines()[:-1]


@pytest.mark.parametrize(
    ("label", "text", "fix"),
    [
        (
            "lost.en.md",
            LOST,
            "move it into news/ (news items), events/ (events) or pages/ (pages"
            ' such as "Who we are").',
        ),
        (
            "images/lost2.en.md",
            LOST + "Category: events\n",  # after the block: not metadata
            "move it into news/ (news items), events/ (events) or pages/ (pages"
            ' such as "Who we are").',
        ),
        (
            "newdir/lost3.en.md",
            "Title: Lost\nCategory: Events\n\nText\n",
            'move it to events/lost3.en.md (its Category is "Events").',
        ),
        (
            "lost.cs.md",
            "Title: Setkání\nEvent-start: 2027-02-10\n\nText\n",
            'move it to events/lost.cs.md (it has "Event-start:").',
        ),
        (
            "documents/about.lv.markdown",
            "Title: Par mums\nOrder: 3\n\nTeksts\n",
            'move it to pages/about.lv.markdown (it has "Order:").',
        ),
        (
            "drafts/2024/news.lv.md",
            ITEM,
            'move it to news/news.lv.md (it has "Date:").',
        ),
        (
            "lost.cs.md",
            "Název: Setkání\nDatum: 2024-05-01\nJazyk: cs\n\nText\n",
            'move it to news/lost.cs.md (it has "Datum:").',
        ),
        (
            "notes.md",
            "Ask Jana about the photos.\n",
            "move it into news/, events/ or pages/ if it is an item; notes for"
            " editors go in a file named README.md, which the site skips.",
        ),
    ],
)
def test_an_item_outside_the_item_folders_is_an_error(tmp_path, label, text, fix):
    write(tmp_path, {"news/ok.md": ITEM, label: text})
    assert report(tmp_path) == [
        f"content/{label}:1: error: {ITEMS.format(label)} Fix: {fix}"
    ]


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (
            {"foto.jpg": JPEG},
            'content/foto.jpg:1: error: "foto.jpg" is at the top of the content'
            f" folder, where the site publishes nothing: {READS} Fix: move it to"
            " images/foto.jpg and link it from there.",
        ),
        (
            {"strategy.pdf": b"%PDF-1.7\n"},
            'content/strategy.pdf:1: error: "strategy.pdf" is at the top of the'
            f" content folder, where the site publishes nothing: {READS} Fix: move"
            " it to documents/strategy.pdf and link it from there.",
        ),
        (
            {"notes.txt": "Ask Jana about the photos.\n"},
            'content/notes.txt:1: error: "notes.txt" is at the top of the content'
            f" folder, where the site publishes nothing: {READS} Fix: move it to"
            " documents/notes.txt and link it from there; notes for editors go in"
            " README.txt, which the site skips.",
        ),
        (
            {"Makefile": "all:\n"},
            'content/Makefile:1: error: "Makefile" is at the top of the content'
            f" folder, where the site publishes nothing: {READS} Fix: move it into"
            " one of those folders, or remove it.",
        ),
        (
            {"photos/a.jpg": JPEG, "photos/2024/b.jpg": JPEG},
            'content/photos:1: error: The folder "photos/" (2 files) is not'
            f" published: the site reads {READS[9:]} Fix: move its pictures and"
            " documents into those folders and link them from there, or remove"
            " the folder.",
        ),
        (
            {"old/report.docx": b"PK\x03\x04"},
            'content/old:1: error: The folder "old/" (1 file) is not published:'
            f" the site reads {READS[9:]} Fix: move its pictures and documents"
            " into those folders and link them from there, or remove the folder.",
        ),
    ],
)
def test_a_file_outside_every_folder_the_site_reads_is_an_error(
    tmp_path, files, expected
):
    write(tmp_path, {"news/ok.md": ITEM, **files})
    assert report(tmp_path) == [expected]


DOCUMENTS = "documents/"
THERE = " and link it from there."
MARKDOWN = "convert it to Markdown and save it as"


@pytest.mark.parametrize(
    ("label", "data", "fix"),
    [
        ("news/praha.cs.txt", "Title: Praha\n\nText.\n", 'rename it to "praha.cs.md".'),
        ("news/praha", "Title: Praha\n\nText.\n", 'rename it to "praha.md".'),
        ("news/notes.txt", "Some notes.\n", f"move it to {DOCUMENTS}notes.txt{THERE}"),
        ("events/photo.JPG", JPEG, f"move it to images/photo.JPG{THERE}"),
        ("pages/plan.pdf", b"%PDF-1.7\n", f"move it to {DOCUMENTS}plan.pdf{THERE}"),
        ("pages/old.html", "<html></html>", f'{MARKDOWN} "old.md".'),
        ("news/a.rst", "Title: A\n====\n", f'{MARKDOWN} "a.md".'),
    ],
)  # fmt: skip
def test_a_file_in_an_item_folder_that_is_not_markdown_says_where_it_goes(
    tmp_path, label, data, fix
):
    write(tmp_path, {label: data})
    folder, name = label.split("/")
    assert report(tmp_path) == [
        f"content/{label}:1: error: Only Markdown files (.md) are read from"
        f' {folder}/; "{name}" is not one. Fix: {fix}'
    ]


JUNK = {
    "images/Thumbs.db": b"\xd0\xcf\x11\xe0",
    "images/desktop.ini": "[.ShellClassInfo]",
    "images/.DS_Store": b"\x00\x00\x00\x01Bud1",
    "news/item.en.md~": ITEM,
    "news/.item.en.md.swp": b"b0VIM 9.0",
    "news/item.en.swp": b"b0VIM 9.0",
    "news/#item.en.md#": ITEM,
    "documents/~$report.docx": b"\x05anna",
    "README.md": "# Notes for editors\n",
    "news/README": "Write one file per language.",
    "images/readme.txt": "Photos: ask before use.",
}


def test_what_editors_programs_leave_behind_is_skipped_silently(tmp_path):
    write(tmp_path, {"news/ok.md": ITEM, "images/ok.jpg": JPEG, **JUNK})
    assert report(tmp_path) == []


def test_the_tag_table_at_the_top_of_the_content_folder_is_the_sites_own(tmp_path):
    write(tmp_path, {"news/ok.md": ITEM, "tags.toml": ""})
    assert report(tmp_path) == []


@pytest.mark.parametrize("label", sorted(JUNK))
def test_each_left_behind_name_is_ignored(label):
    assert is_ignored(label.rsplit("/", 1)[-1])


@pytest.mark.parametrize(
    "name", ["photo.jpg", "item.en.md", "swp.md", "notes.txt", "my~photo.jpg"]
)
def test_ordinary_names_are_not_ignored(name):
    assert not is_ignored(name)


@pytest.mark.parametrize(
    ("label", "fixed"),
    [("news/upper.en.MD", "upper.en.md"), ("pages/mixed.Markdown", "mixed.markdown")],
)
def test_an_item_whose_extension_is_not_lower_case_is_an_error(tmp_path, label, fixed):
    """Pelican compares extensions as written: news/x.MD is never read."""
    write(tmp_path, {label: ITEM})
    suffix = label.rsplit(".", 1)[1]
    assert report(tmp_path) == [
        f'content/{label}:1: error: The name ends in ".{suffix}", but the site reads'
        f' only ".{suffix.lower()}" in lower case, so it does not publish this item.'
        f' Fix: rename it to "{fixed}".'
    ]


def test_the_sites_own_ignore_patterns_are_used_and_none_ignores_nothing():
    assert is_ignored("draft.bak", ("*.bak", "notes"))
    assert is_ignored("notes", ("*.bak", "notes"))
    assert not is_ignored("notes.md", ("*.bak", "notes"))
    assert not is_ignored(".hidden", ("*.bak",))
    assert not is_ignored(".hidden", ())


@pytest.mark.parametrize(
    "label",
    [
        "news/a.en.md",
        "news/a.en.MD",
        "news/a.markdown",
        "news/.hidden",
        "news/name.",
        "news/..",
        "news/no-suffix",
        "a.b/c",
        "top.md",
        "news/a..md",
        "",
    ],
)
def test_suffix_of_is_what_purepath_gives(label):
    assert suffix_of(label) == PurePosixPath(label).suffix
