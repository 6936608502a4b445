"""The input policy for files: formats, static types, sizes, links and names."""

import copy
import fnmatch
import os
import runpy
from pathlib import Path

import pytest
from pelican.generators import StaticGenerator
from pelican.readers import Readers
from pelican.settings import DEFAULT_CONFIG

from plugins.checks.core import check_content_tree, format_report
from plugins.checks.file_rules import content_problem, file_kind
from plugins.checks.policy import IGNORED_NAMES, MAX_MARKDOWN_BYTES, MAX_STATIC_BYTES
from tests.media_samples import tiny_picture

PROJECT = Path(__file__).resolve().parents[2]
LANGUAGES = ["lv", "en"]
JPEG = tiny_picture("JPEG")
PNG = tiny_picture("PNG")
ITEM = "Title: Ziņa\nDate: 2020-01-01\nLang: lv\nSlug: zina\n\nTeksts.\n"


def write(root: Path, files: dict) -> None:
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            data = data.encode()
        path.write_bytes(data)


def report(root: Path) -> list[str]:
    return format_report(check_content_tree(root, LANGUAGES)).splitlines()[:-1]


@pytest.mark.parametrize(
    "conf", ["pelican.conf.py", "tests/site/pelican.conf.py", "bench/bench.conf.py"]
)
def test_pelican_reads_only_markdown_and_skips_hidden_files(conf):
    settings = copy.deepcopy(DEFAULT_CONFIG)
    found = runpy.run_path(str(PROJECT / conf))
    settings.update({key: value for key, value in found.items() if key.isupper()})
    assert sorted(Readers(settings).extensions) == ["markdown", "md", "static"]
    ignored = settings["IGNORE_FILES"]
    assert tuple(ignored) == IGNORED_NAMES  # the checks skip what Pelican skips
    assert any(fnmatch.fnmatch(".htaccess", pattern) for pattern in ignored)
    assert not any(fnmatch.fnmatch("photo.jpg", pattern) for pattern in ignored)


def test_pelican_copies_no_hidden_static_file(tmp_path):
    """Pelican's own default ("**/.*") would publish .htaccess and .git/config."""
    write(tmp_path, {"images/a.jpg": JPEG, "images/.htaccess": "x", ".git/x": "x"})
    write(tmp_path, {"images/.git/config": "[remote]"})
    settings = copy.deepcopy(DEFAULT_CONFIG)
    found = runpy.run_path(str(PROJECT / "pelican.conf.py"))
    settings.update({key: value for key, value in found.items() if key.isupper()})
    settings["PATH"] = str(tmp_path)
    generator = StaticGenerator(
        context={},
        settings=settings,
        path=str(tmp_path),
        theme=settings["THEME"],
        output_path=str(tmp_path / "output"),
    )
    assert generator.get_files(["images"], extensions=False) == {"images/a.jpg"}


def test_files_that_are_not_markdown_are_errors_in_the_content_folders(tmp_path):
    write(
        tmp_path,
        {
            "news/ok.md": ITEM,
            "news/evil.rst": "Title: x\n\n.. include:: /etc/passwd\n   :literal:\n",
            "pages/old.html": "<html><head><title>x</title></head></html>",
            "events/photo.JPG": JPEG,
            "README.txt": "Outside the content folders: not read, not checked.",
        },
    )
    assert report(tmp_path) == [
        "content/events/photo.JPG:1: error: Only Markdown files (.md) are read from"
        ' events/; "photo.JPG" is not one. Fix: move it to images/photo.JPG and link'
        " it from there.",
        "content/news/evil.rst:1: error: Only Markdown files (.md) are read from"
        ' news/; "evil.rst" is not one. Fix: convert it to Markdown and save it as'
        ' "evil.md".',
        "content/pages/old.html:1: error: Only Markdown files (.md) are read from"
        ' pages/; "old.html" is not one. Fix: convert it to Markdown and save it as'
        ' "old.md".',
    ]


def test_static_folders_publish_only_images_and_documents(tmp_path):
    write(
        tmp_path,
        {
            "images/ok.jpg": JPEG,
            "images/report.pdf": b"%PDF-1.7\n",
            "images/table.csv": "a,b\n1,2\n",
            "images/logo.svg": '<svg onload="alert(1)"/>',
            "images/login.html": "<form><input type=password></form>",
            "images/evil.js": "alert(1)",
            "images/tool.exe": b"MZ\x90\x00",
            "images/LICENSE": "no extension",
        },
    )
    assert report(tmp_path) == [
        "content/images/LICENSE:1: error: Files of no type (no extension) are not"
        " published. Fix: use one of avif, csv, doc, docx, epub, gif, jpeg, jpg, odp,"
        " ods, odt, pdf, png, ppt, pptx, rtf, txt, webp, xls, xlsx, or remove the"
        " file.",
        'content/images/evil.js:1: error: Files of type ".js" are not published: a'
        " page, style or script here would run with the site's own rights. Fix:"
        " remove it; write pages in Markdown under pages/.",
        'content/images/login.html:1: error: Files of type ".html" are not'
        " published: a page, style or script here would run with the site's own"
        " rights. Fix: remove it; write pages in Markdown under pages/.",
        "content/images/logo.svg:1: error: SVG images are not published: an SVG file"
        " can carry scripts. Fix: export the picture as PNG and link the .png file"
        " instead.",
        'content/images/tool.exe:1: error: Files of type ".exe" are not published.'
        " Fix: use one of avif, csv, doc, docx, epub, gif, jpeg, jpg, odp, ods, odt,"
        " pdf, png, ppt, pptx, rtf, txt, webp, xls, xlsx, or remove the file.",
    ]


def test_a_file_whose_bytes_are_not_its_type_is_an_error(tmp_path):
    write(
        tmp_path,
        {
            "images/page.jpg": "<!doctype html><script>alert(1)</script>",
            "images/photo.jpg": PNG,
            "images/notes.txt": "  <html><body>phishing</body></html>",
            "images/empty.png": b"",
        },
    )
    assert report(tmp_path) == [
        "content/images/empty.png:1: error: The name ends in .png (PNG image), but"
        " the file is an empty file. Fix: save it again as the type its name says,"
        " or remove it.",
        "content/images/notes.txt:1: error: The name ends in .txt (plain text), but"
        " the file is HTML, SVG or XML. Fix: save it again as the type its name"
        " says, or remove it.",
        "content/images/page.jpg:1: error: The name ends in .jpg (JPEG image), but"
        " the file is HTML, SVG or XML. Fix: save it again as the type its name"
        " says, or remove it.",
        "content/images/photo.jpg:1: error: The name ends in .jpg (JPEG image), but"
        ' the file is a PNG image. Fix: rename it to "photo.png".',
    ]


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (JPEG, "jpeg"),
        (PNG, "png"),
        (b"GIF89a\x01\x00", "gif"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "webp"),
        (b"\x00\x00\x00\x1cftypavif\x00\x00", "avif"),
        (b"%PDF-1.4", "pdf"),
        (b"PK\x03\x04\x14\x00", "zip"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
        (b"{\\rtf1\\ansi", "rtf"),
        (b"\xef\xbb\xbf <svg/>", "markup"),
        (b"", "empty"),
        (b"plain words", None),
    ],
)
def test_file_kind(head, kind):
    assert file_kind(head) == kind


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("a.jpeg", JPEG),
        ("a.docx", b"PK\x03\x04"),
        ("a.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"),
        ("a.csv", b"name,date\n"),
        ("a.webp", b"RIFF\x10\x00\x00\x00WEBPVP8 "),
    ],
)
def test_files_of_their_own_type_pass(name, head):
    assert content_problem(f"images/{name}", head) is None


def test_files_over_the_size_limits_are_errors(tmp_path):
    write(tmp_path, {"news/long.md": ITEM + "x" * MAX_MARKDOWN_BYTES})
    big = tmp_path / "images" / "huge.jpg"
    big.parent.mkdir()
    with big.open("wb") as data:
        data.write(JPEG)
        data.truncate(MAX_STATIC_BYTES + 1)
    assert report(tmp_path) == [
        "content/images/huge.jpg:1: error: The file is 51 MB; files in static"
        " folders may be at most 50 MB. Fix: make it smaller (resize the picture,"
        " save the PDF for screen), or link to it where it is published.",
        "content/news/long.md:1: error: The file is 513 KB; a Markdown file may be"
        " at most 512 KB. Fix: split it into several items, or put long tables in"
        " a PDF under images/.",
    ]


def test_hidden_files_and_folders_are_skipped(tmp_path):
    write(
        tmp_path,
        {
            "news/ok.md": ITEM,
            "images/.htaccess": "AddType text/html .jpg",
            "news/.draft.rst": "never read",
            "images/.git/config": "[core]",
        },
    )
    os.symlink("/etc/passwd", tmp_path / "images" / ".secret")
    assert report(tmp_path) == []


def test_links_that_leave_the_content_folder_are_errors(tmp_path):
    content = tmp_path / "content"
    write(
        tmp_path,
        {
            "content/news/ok.md": ITEM,
            "content/images/ok.jpg": JPEG,
            "outside/post.md": ITEM,
            "outside/photo.jpg": JPEG,
        },
    )
    os.symlink(tmp_path / "outside/post.md", content / "news/linked.md")
    os.symlink(tmp_path / "outside/photo.jpg", content / "images/linked.jpg")
    os.symlink(tmp_path / "outside", content / "images/shared")
    os.symlink("ok.jpg", content / "images/same.jpg")  # inside: fine
    os.symlink("../news", content / "images/news")
    os.symlink("gone.jpg", content / "images/broken.jpg")
    outside = tmp_path / "outside"
    assert report(content) == [
        'content/images/broken.jpg:1: error: "images/broken.jpg" is a link to'
        " images/gone.jpg, which does not exist. Fix: copy the file in, or remove"
        " the link.",
        f'content/images/linked.jpg:1: error: "images/linked.jpg" is a link to'
        f" {outside}/photo.jpg, outside the content folder. Fix: copy the file into"
        " the content folder instead of linking to it.",
        'content/images/news:1: error: "images/news" is a link to the folder news;'
        " linked folders are not allowed. Fix: move or copy the files here instead"
        " of linking to the folder.",
        f'content/images/shared:1: error: "images/shared" is a link to {outside},'
        " outside the content folder. Fix: copy the file into the content folder"
        " instead of linking to it.",
        f'content/news/linked.md:1: error: "news/linked.md" is a link to'
        f" {outside}/post.md, outside the content folder. Fix: copy the file into"
        " the content folder instead of linking to it.",
    ]


def test_a_linked_top_folder_is_an_error(tmp_path):
    write(tmp_path, {"elsewhere/ok.md": ITEM, "content/pages/.keep": ""})
    os.symlink(tmp_path / "elsewhere", tmp_path / "content" / "news")
    assert report(tmp_path / "content") == [
        f'content/news:1: error: "news" is a link to {tmp_path}/elsewhere, outside'
        " the content folder. Fix: copy the file into the content folder instead of"
        " linking to it.",
    ]


def test_names_with_invisible_characters_or_not_nfc_are_errors(tmp_path):
    write(
        tmp_path,
        {
            "images/photo\u202egnp.jpg": JPEG,
            "images/cafe\u0301.jpg": JPEG,
            "news/zero\u200bwidth/item.md": ITEM,
        },
    )
    assert report(tmp_path) == [
        'content/images/cafe\u0301.jpg:1: error: The name "cafe\u0301.jpg" has'
        " letters and accents stored apart (not Unicode NFC), so links typed by"
        ' editors do not find it. Fix: rename it to "caf\u00e9.jpg".',
        'content/images/photo\\u202egnp.jpg:1: error: The name "photo\\u202egnp.jpg"'
        " contains an invisible or control character (U+202E RIGHT-TO-LEFT"
        " OVERRIDE). Fix: rename it with visible letters, digits, hyphens and dots"
        " only.",
        'content/news/zero\\u200bwidth:1: error: The name "zero\\u200bwidth" contains'
        " an invisible or control character (U+200B ZERO WIDTH SPACE). Fix: rename"
        " it with visible letters, digits, hyphens and dots only.",
    ]
