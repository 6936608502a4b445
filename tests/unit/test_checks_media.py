"""Checks of pictures and documents, reported at the Markdown line that uses them."""

import struct
import zlib
from pathlib import Path

import pytest

from plugins.checks.core import check_content_tree, format_report
from plugins.checks.media_rules import names_a_person
from tests.media_samples import pdf_document, tiny_picture

ITEM = "Title: Ziņa\nDate: 2020-01-01\nLang: lv\nSlug: zina\n\n{body}\n"


def write(root: Path, files: dict) -> None:
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode() if isinstance(data, str) else data)


def report(root: Path) -> list[str]:
    problems = check_content_tree(root, ["lv"], static_paths=("images", "documents"))
    return format_report(problems).splitlines()[:-1]


def png_header(width: int, height: int) -> bytes:
    """A PNG that says it is width×height pixels (no pixels follow)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", b"")


def test_a_heic_photo_is_reported_where_it_is_used(tmp_path):
    write(
        tmp_path,
        {
            "news/zina.md": ITEM.format(
                body="Teksts.\n\n![Sēde](images/IMG_1234.heic)"
            ),
            "images/IMG_1234.heic": b"\x00\x00\x00\x18ftypheic",
        },
    )
    assert report(tmp_path) == [
        'content/news/zina.md:8: error: "images/IMG_1234.heic": HEIC pictures cannot'
        " be shown by most browsers. Fix: export it as JPEG (photos) or PNG (charts)"
        " and link that file instead."
    ]


@pytest.mark.parametrize(("name", "kind"), [("scan.tif", "TIFF"), ("map.bmp", "BMP")])
def test_tiff_and_bmp_nobody_uses_are_reported_at_the_file(tmp_path, name, kind):
    write(tmp_path, {f"images/{name}": b"II*\x00"})
    assert report(tmp_path) == [
        f"content/images/{name}:1: error: {kind} pictures cannot be shown by most"
        " browsers. Fix: export it as JPEG (photos) or PNG (charts) and link that"
        " file instead."
    ]


def test_zip_archives_are_not_published(tmp_path):
    write(
        tmp_path,
        {
            "news/zina.md": ITEM.format(body="[Dati](documents/data.zip)"),
            "documents/data.zip": b"PK\x03\x04",
        },
    )
    assert report(tmp_path) == [
        'content/news/zina.md:6: error: "documents/data.zip": ZIP archives are not'
        " published: readers cannot see what is inside before they open it, and an"
        " archive can carry programs. Fix: publish the files themselves (PDF, CSV,"
        " XLSX...) and link each one."
    ]


def test_a_picture_over_50_megapixels_is_an_error(tmp_path):
    write(
        tmp_path,
        {
            "news/zina.md": ITEM.format(body="![Karte](images/map.png)"),
            "images/map.png": png_header(9000, 6000),
        },
    )
    assert report(tmp_path) == [
        'content/news/zina.md:6: error: "images/map.png": The picture is 9000×6000'
        " pixels (54 megapixels); pictures may have at most 50 megapixels. Fix:"
        " export it at most 6000 pixels wide; the site makes smaller versions."
    ]


def test_a_damaged_picture_is_an_error_and_a_good_one_is_not(tmp_path):
    write(
        tmp_path,
        {
            "news/zina.md": ITEM.format(
                body="![A](images/a.jpg)\n\n![B](../images/b.jpg)"
            ),
            "images/a.jpg": b"\xff\xd8\xff\xe0 only the first bytes",
            "images/b.jpg": tiny_picture("JPEG"),
        },
    )
    assert report(tmp_path) == [
        'content/news/zina.md:6: error: "images/a.jpg": The picture cannot be read:'
        " it is damaged or not a picture. Fix: open it in an image editor and export"
        " it again as JPEG or PNG."
    ]


def test_a_pdf_naming_a_person_is_a_warning_at_every_link(tmp_path):
    write(
        tmp_path,
        {
            "news/zina.md": ITEM.format(
                body="[Plāns](documents/plan.pdf)\n\nUn [vēlreiz](documents/plan.pdf)."
            ),
            "documents/plan.pdf": pdf_document(2, author="Jana Nováková"),
            "documents/office.pdf": pdf_document(2, author="Ministry of the Interior"),
        },
    )
    warning = (
        ' "documents/plan.pdf": The PDF names "Jana Nováková" as its Author; it is'
        " published as it is (a signed PDF must not change). Fix: remove the name in"
        " the program that made the PDF (File > Properties) and export it again,"
        " unless this person may be named."
    )
    assert report(tmp_path) == [
        f"content/news/zina.md:6: warning:{warning}",
        f"content/news/zina.md:8: warning:{warning}",
    ]


def test_a_huge_pdf_is_a_warning(tmp_path):
    write(tmp_path, {"documents/big.pdf": b"%PDF-1.7\n"})
    with (tmp_path / "documents/big.pdf").open("r+b") as big:
        big.truncate(21 * 1024 * 1024)  # sparse: no 21 MB written
    assert report(tmp_path) == [
        "content/documents/big.pdf:1: warning: The PDF is 21 MB; readers on phones"
        " wait minutes for it (keep PDFs under 20 MB). Fix: save it again with"
        ' "Reduce file size" or "Optimise for screen".'
    ]


def test_a_missing_document_is_reported(tmp_path):
    write(tmp_path, {"news/zina.md": ITEM.format(body="[Plāns](documents/nav.pdf)")})
    assert report(tmp_path) == [
        'content/news/zina.md:6: error: Link "documents/nav.pdf" points to a file'
        " that does not exist. Fix: check the file name; documents are linked from"
        " the content folder, e.g. documents/report.pdf."
    ]


@pytest.mark.parametrize(
    ("author", "person"),
    [
        ("Jana Nováková", True),
        ("Пётр Иванов", True),
        ("J. Ozoliņa-Bērziņa", True),
        ("Microsoft Office User", False),
        ("Ministry of the Interior", False),
        ("admin", False),
        ("", False),
        ("Writer 7.4", False),
    ],
)
def test_what_counts_as_a_person_in_an_author(author, person):
    assert names_a_person(author) is person
