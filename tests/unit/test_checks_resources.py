"""Images and media from other sites, and the Summary checked like the body."""

import pytest

from plugins.checks.core import check_file_text
from plugins.checks.options import CheckOptions
from plugins.checks.resource_rules import is_other_site

HEAD = "Title: Darba grupa\nDate: 2017-03-13\nLang: lv\n"  # the body starts on line 5
EXISTING = CheckOptions(existing_files=frozenset({"images/x.jpg", "news/b.md"}))
SEES = "from another site, which would see every reader of the page and of the feeds."
SAVE_GIF = "save p.gif into images/ and write ![Pixel](images/p.gif), or link to it"


def report(text, options=EXISTING):
    problems = check_file_text("news/a.md", text, options)
    return [problem.describe() for problem in problems]


def other_site(line, where, url, fix):
    return f'news/a.md:{line}: error: {where} loads "{url}" {SEES} Fix: {fix}'


@pytest.mark.parametrize(
    ("body", "where", "url", "fix"),
    [
        ("![Pixel](https://tracker.example/p.gif)", "The image", "https://tracker.example/p.gif",
         f"{SAVE_GIF} instead: [Pixel](https://tracker.example/p.gif)."),
        ("![Pixel](//tracker.example/p.gif)", "The image", "//tracker.example/p.gif",
         f"{SAVE_GIF} instead: [Pixel](//tracker.example/p.gif)."),
        ("![Pixel](<HTTP://tracker.example/p.gif>)", "The image", "HTTP://tracker.example/p.gif",
         f"{SAVE_GIF} instead: [Pixel](HTTP://tracker.example/p.gif)."),
        ("![Pixel][p]\n\n[p]: https://t.example/p.gif", "The image", "https://t.example/p.gif",
         f"{SAVE_GIF} instead: [Pixel](https://t.example/p.gif)."),
        ("![Pixel] [P]\n\n[p]: https://t.example/p.gif", "The image", "https://t.example/p.gif",
         f"{SAVE_GIF} instead: [Pixel](https://t.example/p.gif)."),
        ("![Pixel]\n\n[pixel]: //t.example/p.gif?id=7", "The image",
         "//t.example/p.gif?id=7",
         f"{SAVE_GIF} instead: [Pixel](//t.example/p.gif?id=7)."),
        ("![Chart](https://t.example/stats/)", "The image", "https://t.example/stats/",
         "link to it instead: [Chart](https://t.example/stats/)."),
        ('<img alt="P" src="https://t.example/p.gif">', "<img src=…>", "https://t.example/p.gif",
         "save p.gif into images/ and write images/p.gif in its place, or link to it"
         " instead: [text](https://t.example/p.gif)."),
        ('<img alt="P" src="images/x.jpg" srcset="images/x.jpg, //t.example/2.gif 2x">',
         "<img srcset=…>", "//t.example/2.gif",
         "save 2.gif into images/ and write images/2.gif in its place, or link to it"
         " instead: [text](//t.example/2.gif)."),
        ('<video src="https://t.example/v.mp4"></video>', "<video src=…>",
         "https://t.example/v.mp4", "link to it instead: [text](https://t.example/v.mp4)."),
        ('<video poster="https://t.example/v.jpg"></video>', "<video poster=…>",
         "https://t.example/v.jpg",
         "save v.jpg into images/ and write images/v.jpg in its place, or link to it"
         " instead: [text](https://t.example/v.jpg)."),
        ('<audio src="https://t.example/a.mp3"></audio>', "<audio src=…>",
         "https://t.example/a.mp3", "link to it instead: [text](https://t.example/a.mp3)."),
        ('<source srcset="https://t.example/a.webp">', "<source srcset=…>",
         "https://t.example/a.webp",
         "save a.webp into images/ and write images/a.webp in its place, or link to it"
         " instead: [text](https://t.example/a.webp)."),
        ('<track src="https://t.example/a.vtt">', "<track src=…>", "https://t.example/a.vtt",
         "link to it instead: [text](https://t.example/a.vtt)."),
        ('<input type="image" src="https://t.example/i.png">', "<input src=…>",
         "https://t.example/i.png",
         "save i.png into images/ and write images/i.png in its place, or link to it"
         " instead: [text](https://t.example/i.png)."),
        ('<table background="https://t.example/b.png"></table>',
         "<table background=…>", "https://t.example/b.png",
         "save b.png into images/ and write images/b.png in its place, or link to it"
         " instead: [text](https://t.example/b.png)."),
    ],
)  # fmt: skip
def test_images_and_media_from_other_sites_are_errors(body, where, url, fix):
    # <video> and <audio> are also refused as players (body_rules): not this rule
    assert other_site(5, where, url, fix) in report(HEAD + "\n" + body)


@pytest.mark.parametrize(
    "body",
    [
        "[The report](https://example.org/report.pdf)",
        '<a href="https://example.org/">The ministry</a>',
        "[The report][r]\n\n[r]: https://example.org/report.pdf",
        "![Chart](images/x.jpg)\n\n[chart]: https://example.org/chart.png",
        "`![Pixel](https://t.example/p.gif)`",
        "    ![Pixel](https://t.example/p.gif)",
    ],
)
def test_links_to_other_sites_and_code_are_fine(body):
    assert report(HEAD + "\n" + body) == []


@pytest.mark.parametrize(
    ("url", "other"),
    [
        ("https://t.example/p.gif", True),
        ("//t.example/p.gif", True),
        ("\\\\t.example/p.gif", True),
        ("/\\t.example/p.gif", True),
        (" \t//t.example/p.gif", True),
        ("&#x2F;&#x2F;t.example/p.gif", True),
        ("ht\ttps://t.example/p.gif", True),
        ("images/x.jpg", False),
        ("/images/x.jpg", False),
        ("{static}/images/x.jpg", False),
        ("data:image/gif;base64,R0lGOD", False),  # reported as data, not twice
    ],
)
def test_is_other_site(url, other):
    assert is_other_site(url) is other


def test_an_image_from_another_site_in_the_summary_is_an_error():
    text = HEAD + "Summary: Read on ![x](https://t.example/p.gif)\n\nText."
    assert report(text) == [
        other_site(
            4,
            "The image",
            "https://t.example/p.gif",
            "save p.gif into images/ and write ![x](images/p.gif), or link to it"
            " instead: [x](https://t.example/p.gif).",
        )
    ]


def test_the_summary_is_checked_like_the_body_on_every_line():
    text = (
        HEAD + "Summary: First line,\n"
        "    <script>alert(1)</script> and [more](javascript:alert(1))\n"
        "    ![Missing](images/nope.jpg)\n\nText."
    )
    assert report(text) == [
        'news/a.md:5: error: Address "javascript:alert(1)" runs a script and is not'
        " allowed. Fix: link to a web page (https://…) instead.",
        "news/a.md:5: error: Raw HTML <script> is not allowed: content cannot run"
        " scripts. Fix: remove it.",
        'news/a.md:6: error: Image "images/nope.jpg" does not exist. Fix: check the'
        " file name; image paths start at the content folder, e.g. images/photo.jpg.",
    ]


def test_a_plain_summary_is_fine():
    text = HEAD + "Summary: A *short* [summary](news/b.md).\n\nText."
    assert report(text) == []
