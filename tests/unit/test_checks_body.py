"""Rules about the body: alt text, links to missing files, script in content."""

import pytest

from plugins.checks.core import check_file_text
from plugins.checks.markdown_text import mask_code
from plugins.checks.options import CheckOptions
from plugins.checks.target_rules import content_paths

HEAD = "Title: Darba grupa\nDate: 2017-03-13\nLang: lv\n\n"  # the body starts on line 5
EXISTING = CheckOptions(
    existing_files=frozenset(
        {"images/x.jpg", "images/Photo one.jpg", "news/a.md", "news/other.md"}
    )
)


def report(body, options=EXISTING, path="news/a.md"):
    problems = check_file_text(path, HEAD + body, options)
    return [problem.describe() for problem in problems]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Intro.\n\n![](images/x.jpg)",
            'news/a.md:7: error: Image "images/x.jpg" has no alt text.'
            " Fix: describe the picture between the brackets:"
            " ![What it shows](images/x.jpg).",
        ),
        (
            '![ ](images/x.jpg "Caption")',
            'news/a.md:5: error: Image "images/x.jpg" has no alt text.'
            " Fix: describe the picture between the brackets:"
            " ![What it shows](images/x.jpg).",
        ),
        (
            '<img src="images/x.jpg">',
            'news/a.md:5: error: Image "images/x.jpg" has no alt text.'
            ' Fix: add alt="What the picture shows" to the <img> tag.',
        ),
    ],
)
def test_images_need_alt_text(body, expected):
    assert report(body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "![Ministrs](images/x.jpg)",
        "![Ministrs](/images/x.jpg)",
        "![Ministrs](../images/x.jpg)",
        "![Ministrs](./images/x.jpg)",
        "![Ministrs]({static}/images/x.jpg)",
        "![Ministrs](images/Photo%20one.jpg)",
        "![Ministrs](<images/Photo one.jpg>)",
        "[Cits]({filename}/news/other.md)",
        "[Cits]({filename}other.md)",
        "[Cits](other.md#part)",
        "[Cits](../news/other.md)",
        "[Cits](/lv/par-mums/)",
        "[Cits](#anchor)",
        "[Cits](mailto:info@example.com)",
        '<img src="images/x.jpg" alt="Ministrs">',
    ],
)
def test_links_and_images_that_exist(body):
    assert report(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "![Foto](images/nope.jpg)",
            'news/a.md:5: error: Image "images/nope.jpg" does not exist.'
            " Fix: check the file name; image paths start at the content folder,"
            " e.g. images/photo.jpg.",
        ),
        (
            "Text\n[Cits]({filename}/news/gone.md)",
            'news/a.md:6: error: Link "{filename}/news/gone.md" points to a file that'
            " does not exist. Fix: check the path; links start at the content folder,"
            " e.g. {filename}/news/file.md.",
        ),
        (
            "[Cits](gone.md)",
            'news/a.md:5: error: Link "gone.md" points to a file that does not exist.'
            " Fix: check the path; links start at the content folder,"
            " e.g. {filename}/news/file.md.",
        ),
        (
            "See [the report][r].\n\n[r]: images/report.pdf",
            'news/a.md:7: error: Link "images/report.pdf" points to a file that does'
            " not exist. Fix: check the file name; documents are linked from the"
            " content folder, e.g. documents/report.pdf.",
        ),
        (
            "![Foto](../../images/x.jpg)",  # one folder up too many
            'news/a.md:5: error: Image "../../images/x.jpg" does not exist.'
            ' Fix: did you mean "../images/x.jpg"?',
        ),
    ],
)
def test_links_and_images_to_missing_files(body, expected):
    assert report(body) == [expected]


def test_missing_files_are_not_checked_without_a_file_list():
    assert report("![Foto](images/nope.jpg)", options=CheckOptions()) == []


@pytest.mark.parametrize(
    ("url", "file_path", "paths"),
    [
        ("images/x.jpg", "news/a.md", ["images/x.jpg", "news/images/x.jpg"]),
        ("/images/x.jpg", "news/a.md", ["images/x.jpg"]),
        ("../images/x.jpg", "news/a.md", ["../images/x.jpg", "images/x.jpg"]),
        ("{filename}/pages/b.md#top", "news/a.md", ["pages/b.md"]),
        ("{filename}b.md", "news/2018/a.md", ["news/2018/b.md"]),
        ("|static|/images/a%20b.png", "news/a.md", ["images/a b.png"]),
        ("https://example.com/x.md", "news/a.md", None),
        ("//example.com/x.md", "news/a.md", None),
        ("#anchor", "news/a.md", None),
    ],
)
def test_content_paths(url, file_path, paths):
    assert content_paths(url, file_path) == paths


SCRIPT = "Fix: remove it."


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Text <script>alert(1)</script>",
            "news/a.md:5: error: Raw HTML <script> is not allowed: content cannot run"
            f" scripts. {SCRIPT}",
        ),
        (
            'Intro\n\n<IFRAME SRC="https://example.com/"></IFRAME>',
            "news/a.md:7: error: Raw HTML <iframe> is not allowed: embedded pages are"
            " removed. Fix: link to the page instead.",
        ),
        (
            '<object data="x.swf"></object>',
            "news/a.md:5: error: Raw HTML <object> is not allowed: embedded objects are"
            " removed. Fix: link to the file instead.",
        ),
        (
            '<video src="documents/talk.mp4" controls>Video</video>',
            "news/a.md:5: error: Raw HTML <video> is not allowed: players are removed"
            " and readers would see only the text inside it. Fix: link to the video,"
            " or upload it to documents/ and link to it.",
        ),
        (
            "<AUDIO src=x.mp3></AUDIO>",
            "news/a.md:5: error: Raw HTML <audio> is not allowed: players are removed"
            " and readers would see only the text inside it. Fix: link to the"
            " recording, or upload it to documents/ and link to it.",
        ),
        (
            '<a href="#"\n   onclick="steal()">x</a>',
            "news/a.md:5: error: Attribute onclick= runs a script and is not allowed."
            " Fix: remove onclick=… from the <a> tag.",
        ),
        (
            "<b OnMouseOver=alert(1)>x</b>",
            "news/a.md:5: error: Attribute onmouseover= runs a script and is not"
            " allowed. Fix: remove onmouseover=… from the <b> tag.",
        ),
        (
            "[x](javascript:alert(1))",
            'news/a.md:5: error: Address "javascript:alert(1)" runs a script and is not'
            " allowed. Fix: link to a web page (https://…) instead.",
        ),
        (
            "[x](JaVaScRiPt:alert(1))",
            'news/a.md:5: error: Address "JaVaScRiPt:alert(1)" runs a script and is not'
            " allowed. Fix: link to a web page (https://…) instead.",
        ),
        (
            "[x](jav&#x09;ascript:alert(1))",
            'news/a.md:5: error: Address "jav&#x09;ascript:alert(1)" runs a script and'
            " is not allowed. Fix: link to a web page (https://…) instead.",
        ),
        (
            "[x][r]\n\n[r]: javascript:alert(1)",
            'news/a.md:7: error: Address "javascript:alert(1)" runs a script and is not'
            " allowed. Fix: link to a web page (https://…) instead.",
        ),
        (
            "<a href=' vbscript:msgbox(1)'>x</a>",
            'news/a.md:5: error: Address " vbscript:msgbox(1)" runs a script and is not'
            " allowed. Fix: link to a web page (https://…) instead.",
        ),
        (
            "![Logo](data:image/png;base64,iVBORw0KGgo)",
            'news/a.md:5: error: Address "data:image/png;base64,iVBORw0KGgo" embeds'
            " data, which the site removes. Fix: save the file under images/ and link"
            " to it.",
        ),
    ],
)
def test_script_in_content_is_an_error(body, expected):
    assert report(body, options=CheckOptions()) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "Write `<script>` or `[x](javascript:alert(1))` in code.",
        "```html\n<script>alert(1)</script>\n![](images/nope.jpg)\n```",
        "~~~\n<iframe src=x></iframe>\n~~~",
        "Example:\n\n    <script>alert(1)</script>\n    ![](nope.jpg)\n\nAfter.",
        "<!-- <script>alert(1)</script> -->",
        "``<a onclick=x>``",
        "We discussed the online=true setting and javascript: in general.",
    ],
)
def test_code_and_comments_are_ignored(body):
    assert report(body) == []


def test_indented_text_in_a_list_is_not_code():
    body = "- item\n\n    ![](images/x.jpg)"
    assert report(body) == [
        'news/a.md:7: error: Image "images/x.jpg" has no alt text. Fix: describe the'
        " picture between the brackets: ![What it shows](images/x.jpg).",
    ]


@pytest.mark.parametrize(
    ("body", "masked"),
    [
        ("a `b` c", "a     c"),
        ("a ``b ` c`` d", "a           d"),
        ("```\nx\n```\ny", "   \n \n   \ny"),
        ("```\nnot closed\n", "```\nnot closed\n"),
        ("<!--\nx\n-->y", "    \n \n   y"),
    ],
)
def test_mask_code_keeps_positions(body, masked):
    assert mask_code(body) == masked


def numbered(line: int, number: str, shown: int = 1) -> str:
    """The warning about a line starting with a number that is not a date."""
    place = "the first item" if shown == 1 else f"item {shown}"
    return (
        f'news/a.md:{line}: warning: The line starts with "{number}." and readers'
        f' would see "{shown}." instead: Markdown makes it {place} of a numbered'
        f' list. Fix: write "{number}\\." to keep the number as text, or start the'
        " list at 1."
    )


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("lv", "Intro.\n\n2018. Ziņojums par situāciju.\n", [numbered(7, "2018")]),
        ("lv", "- 2018. Ziņojums\n", [numbered(5, "2018")]),
        ("lv", "3. punkts\n4. punkts\n", [numbered(5, "3")]),
        ("en", "9. martā\n", [numbered(5, "9")]),  # not a date in English
        # Dates in the file's language: the build keeps them as text.
        ("lv", "2018. gada 2. oktobrī notika kurss.\n", []),
        ("lv", "9. martā notika sanāksme.\n", []),
        ("lv", "- 2024. gadā pieņemtās izmaiņas\n", []),
        ("cs", "15. ledna 2027 se sešli.\n\n3. března\n", []),
        ("sr", "9. марта 2024. године\n", []),
        (None, "9. March\n", [numbered(4, "9")]),  # no Lang: the site's language
        # Real lists, and numbers Markdown leaves as text.
        ("lv", "1. first\n2. second\n", []),
        ("lv", "1. first\n1. second\n1. third\n", []),  # Markdown numbers them
        (
            "lv",
            "1. first\n2. second\n\n2018. Ziņojums par situāciju.\n",
            [numbered(8, "2018", 3)],
        ),
        ("lv", "Intro:\n1. first\n2. second\n", []),
        ("lv", "1. first\n\n5. fifth\n", []),
        ("lv", "1. first\n\n    more\n\n5. fifth\n", []),
        ("lv", "Para\n2018. Ziņojums\n", []),
        ("lv", "2018\\. gada 2. oktobrī notika kurss.\n", []),
        ("lv", "```\n2018. in code\n```\n", []),
    ],
)
def test_a_number_at_the_start_of_a_line_is_a_list_only_if_meant(lang, body, expected):
    lang_line = f"Lang: {lang}\n" if lang else ""
    text = f"Title: A\nDate: 2020-01-01\n{lang_line}\n{body}"
    found = [
        p.describe("")
        for p in check_file_text("news/a.md", text)
        if "numbered list" in p.message
    ]
    assert [line.removeprefix("/") for line in found] == expected


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        ("2018. Ziņojums par situāciju.", [numbered(4, "2018")]),
        ("9. martā notika sanāksme.", []),
        ("Kopsavilkums\n    2018. Ziņojums", []),  # joined into one paragraph
    ],
)
def test_a_number_at_the_start_of_the_summary(summary, expected):
    text = f"Title: A\nDate: 2020-01-01\nLang: lv\nSummary: {summary}\n\nText.\n"
    found = [
        p.describe("")
        for p in check_file_text("news/a.md", text)
        if "numbered list" in p.message
    ]
    assert [line.removeprefix("/") for line in found] == expected
