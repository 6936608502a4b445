"""Images and links that cannot work (issue 15, item 6): a file on the editor's
computer, a name in the wrong letter case or with a typo ("did you mean"), and
names with spaces, which work when the file exists."""

import pytest

from plugins.checks.core import check_file_text
from plugins.checks.options import CheckOptions
from plugins.checks.path_hints import (
    closest_file,
    local_file_name,
    written_like,
)

HEAD = "Title: Foto\nDate: 2024-05-02\nLang: en\n\n"  # the body starts on line 5
FILES = frozenset(
    {
        "images/foto.JPG",
        "images/Meeting.jpg",
        "images/my photo.jpg",
        "images/working-group-meeting.jpg",
        "documents/strategy-2024.pdf",
        "documents/Plan.PDF",
        "news/hotline-launch.en.md",
        "news/a.en.md",
    }
)
LOCAL = "is a file on your computer, which readers cannot load."
NOT_THERE = (
    "Fix: check the file name; image paths start at the content folder,"
    " e.g. images/photo.jpg."
)


def report(body: str, path: str = "news/a.en.md") -> list[str]:
    options = CheckOptions(existing_files=FILES)
    return [p.describe() for p in check_file_text(path, HEAD + body, options)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            r"![a](C:\Users\anna\Desktop\foto.jpg)",
            rf'The image "C:\Users\anna\Desktop\foto.jpg" {LOCAL}'
            " Fix: copy foto.jpg into images/ and write ![a](images/foto.jpg).",
        ),
        (
            "![b](file:///C:/x.jpg)",
            f'The image "file:///C:/x.jpg" {LOCAL}'
            " Fix: copy x.jpg into images/ and write ![b](images/x.jpg).",
        ),
        (
            "![Ministr](C:/Users/anna/My Pictures/ministr 1.png)",
            f'The image "C:/Users/anna/My Pictures/ministr 1.png" {LOCAL} Fix: copy'
            " ministr 1.png into images/ and write ![Ministr](images/ministr 1.png).",
        ),
        (
            r"![Mapa](\\server\share\mapa.png)",
            rf'The image "\\server\share\mapa.png" {LOCAL}'
            " Fix: copy mapa.png into images/ and write ![Mapa](images/mapa.png).",
        ),
        (
            "![Foto](/Users/anna/Desktop/IMG_0001.jpeg)",
            f'The image "/Users/anna/Desktop/IMG_0001.jpeg" {LOCAL} Fix: copy'
            " IMG_0001.jpeg into images/ and write ![Foto](images/IMG_0001.jpeg).",
        ),
        (
            '<img alt="Mapa" src="FILE:///home/anna/mapa.png">',
            '<img src=…> points to "FILE:///home/anna/mapa.png", a file on your'
            " computer, which readers cannot load. Fix: copy mapa.png into images/"
            " and write images/mapa.png in its place.",
        ),
        (
            r"[Plan](C:\Users\anna\Documents\plan 2024.docx)",
            r'Link "C:\Users\anna\Documents\plan 2024.docx" points to a file on your'
            " computer, which readers cannot open. Fix: copy plan 2024.docx into"
            " documents/ and write [Plan](documents/plan 2024.docx).",
        ),
        (
            r"[Older news](C:\Users\anna\news\old.en.md)",
            r'Link "C:\Users\anna\news\old.en.md" points to a file on your computer,'
            " which readers cannot open. Fix: copy old.en.md into the content folder"
            " (an item into news/, events/ or pages/, a document into documents/)"
            " and link it from there.",
        ),
        (
            '<a href="file:///C:/plan.pdf">Plan</a>',
            'Link "file:///C:/plan.pdf" points to a file on your computer, which'
            " readers cannot open. Fix: copy plan.pdf into documents/ and write"
            ' href="documents/plan.pdf".',
        ),
    ],
)
def test_a_file_on_the_editors_computer_is_an_error(body, expected):
    assert report(body) == [f"news/a.en.md:5: error: {expected}"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("![a](images/foto.jpg)", '"images/foto.JPG"'),
        ("![a](foto.jpg)", '"images/foto.JPG"'),
        ("![a](../images/FOTO.jpg)", '"../images/foto.JPG"'),
        ("![a](/images/foto.jpeg)", '"/images/foto.JPG"'),
        ("![a](images/meeting.jpg)", '"images/Meeting.jpg"'),
        ("![a](images/working-grup-meeting.jpg)", '"images/working-group-meeting.jpg"'),
        ("![a](images/My Photo.jpg)", '"images/my photo.jpg"'),
        ("![a]({static}/images/meeting.JPG)", '"{static}/images/Meeting.jpg"'),
        ("![a](documents/foto.jpg)", '"images/foto.JPG"'),  # another folder
        ("![a](images/holiday.jpg)", None),
    ],
)  # fmt: skip
def test_a_missing_image_suggests_the_file_it_most_likely_meant(body, expected):
    url = body[body.index("(") + 1 : -1]
    fix = f"Fix: did you mean {expected}?" if expected else NOT_THERE
    assert report(body) == [
        f'news/a.en.md:5: error: Image "{url}" does not exist. {fix}'
    ]


@pytest.mark.parametrize(
    ("body", "url", "expected"),
    [
        ("[Plan](documents/plan.pdf)", "documents/plan.pdf", '"documents/Plan.PDF"'),
        ("[S](../documents/strategy-2025.pdf)", "../documents/strategy-2025.pdf",
         '"../documents/strategy-2024.pdf"'),
        ("[S](images/strategy-2024.pdf)", "images/strategy-2024.pdf",
         '"documents/strategy-2024.pdf"'),
        ("[H]({filename}/news/hotline-launch.EN.md)",
         "{filename}/news/hotline-launch.EN.md",
         '"{filename}/news/hotline-launch.en.md"'),
        ("[H]({filename}hotline-lanch.en.md)", "{filename}hotline-lanch.en.md",
         '"{filename}hotline-launch.en.md"'),
    ],
)  # fmt: skip
def test_a_missing_document_or_item_suggests_the_file_it_most_likely_meant(
    body, url, expected
):
    assert report(body) == [
        f'news/a.en.md:5: error: Link "{url}" points to a file that does not exist.'
        f" Fix: did you mean {expected}?"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "![Photo](images/my photo.jpg)",
        "![Photo](../images/my photo.jpg)",
        "![Photo](<images/my photo.jpg>)",
        "![Photo](images/my%20photo.jpg)",
        '![Photo](images/my photo.jpg "A caption")',
    ],
)
def test_a_name_with_spaces_is_fine_when_the_file_exists(body):
    assert report(body) == []


def test_a_missing_name_with_spaces_is_reported_like_any_missing_file():
    assert report("![c](../images/holiday photo.jpg)") == [
        f'news/a.en.md:5: error: Image "../images/holiday photo.jpg" does not exist.'
        f" {NOT_THERE}"
    ]


@pytest.mark.parametrize(
    ("url", "name"),
    [
        (r"C:\Users\anna\foto.jpg", "foto.jpg"),
        ("c:/x/y.png", "y.png"),
        ("file:///C:/x.jpg?raw=1#top", "x.jpg"),
        ("file://server/share/My%20Photo.jpg", "My Photo.jpg"),
        (r"\\server\share\a.pdf", "a.pdf"),
        ("/home/anna/a.png", "a.png"),
        ("~/Desktop/a.png", "a.png"),
        ("file:///C:/folder/", None),
        ("images/x.jpg", None),
        ("/images/x.jpg", None),
        ("https://example.org/x.jpg", None),
        ("{static}/images/x.jpg", None),
    ],
)
def test_local_file_name(url, name):
    assert local_file_name(url) == name


@pytest.mark.parametrize(
    ("targets", "found"),
    [
        (["images/foto.jpg"], "images/foto.JPG"),
        (["images/MEETING.JPG"], "images/Meeting.jpg"),
        (["news/images/foto.jpg", "images/foto.jpg"], "images/foto.JPG"),
        (["images/plan.pdf"], "documents/Plan.PDF"),
        (["images/meetng.jpg"], "images/Meeting.jpg"),
        (["images/x.jpg"], None),
        (["pages/meeting.jpg"], "images/Meeting.jpg"),
        (["news/hotline-launch.cs.md"], None),  # a translation, not a typo
        (["news/hotline-lunch.en.md"], "news/hotline-launch.en.md"),
    ],
)
def test_closest_file(targets, found):
    assert closest_file(targets, FILES) == found


@pytest.mark.parametrize(
    ("url", "written"),
    [
        ("images/foto.jpg", "images/foto.JPG"),
        ("./../images/foto.jpg", "../images/foto.JPG"),
        ("/images/foto.jpg", "/images/foto.JPG"),
        ("{static}/images/foto.jpg", "{static}/images/foto.JPG"),
        ("{static}../images/foto.jpg", "{static}../images/foto.JPG"),
        ("|filename|foto.jpg", "|filename|../images/foto.JPG"),
    ],
)
def test_written_like(url, written):
    assert written_like(url, "news/a.en.md", "images/foto.JPG") == written


DOCUMENT_FIX = (
    "check the file name; documents are linked from the content folder,"
    " e.g. documents/report.pdf."
)
PATH_FIX = (
    "check the path; links start at the content folder, e.g. {filename}/news/file.md."
)


@pytest.mark.parametrize(
    ("body", "url", "fix"),
    [
        ("[PDF](../documents/missing.pdf)", "../documents/missing.pdf", DOCUMENT_FIX),
        ("[PDF](missing.pdf)", "missing.pdf", DOCUMENT_FIX),
        ("[PDF](files/missing.pdf)", "files/missing.pdf", DOCUMENT_FIX),
        ("[Plan](plan.docx)", "plan.docx", DOCUMENT_FIX),
        ("[About](about/)", "about/", PATH_FIX),
        ("[Old](page.html#top)", "page.html#top", PATH_FIX),
        ("[Site](www.example.org)", "www.example.org",
         "write the full address: https://www.example.org."),
    ],
)  # fmt: skip
def test_a_relative_link_must_name_a_file_the_build_can_find(body, url, fix):
    """The figures extension makes every relative link a Pelican {static} link: a
    missing one stopped the build with Pelican's "Cannot get modification stamp"."""
    assert report(body) == [
        f'news/a.en.md:5: error: Link "{url}" points to a file that does not exist.'
        f" Fix: {fix}"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "[Strategy](../documents/strategy-2024.pdf)",
        "[News](/en/news/)",
        "[Top](#top)",
        '<a href="about/">About</a>',  # raw HTML: not rewritten, not a file
        "[Mail](mailto:info@example.org)",
        "[Ask](?q=1)",
    ],
)
def test_links_that_are_not_files_or_exist_are_fine(body):
    assert report(body) == []


@pytest.mark.parametrize(
    ("body", "url", "scheme"),
    [
        ("[Call](skype:helpline?call)", "skype:helpline?call", "skype"),
        ("[SMS](sms:+37167829674)", "sms:+37167829674", "sms"),
        ("[Chat](viber://chat?number=123)", "viber://chat?number=123", "viber"),
        ('<a href="ftp://files.example.org/plan.pdf">Plan</a>',
         "ftp://files.example.org/plan.pdf", "ftp"),
    ],
)  # fmt: skip
def test_a_link_the_sanitiser_would_empty_is_an_error(body, url, scheme):
    """Only https, http, mailto and tel survive: the text stayed, the link went."""
    assert report(body) == [
        f'news/a.en.md:5: error: Link "{url}" is a {scheme}: address, which the site'
        " removes: only https:, http:, mailto: and tel: links are kept. Fix: link to"
        " a web page (https://…) instead, or write a phone number as tel:+…."
    ]
