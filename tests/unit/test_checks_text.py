"""Rules about characters: control and invisible characters, continuation lines."""

import pytest

from plugins.checks.core import check_file_text
from plugins.checks.metadata import parse_content_file
from plugins.checks.text_rules import character_name

HEAD = "Title: Darba grupa\nDate: 2017-03-13\nLang: lv\n"
FIX = "Fix: delete it; if your editor does not show it, retype the line."


def report(text, path="news/a.md"):
    return [problem.describe() for problem in check_file_text(path, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Title: Darba\u202egrupa\nDate: 2017-03-13\nLang: lv\n\nText.",
            "news/a.md:1: error: Invisible character U+202E RIGHT-TO-LEFT OVERRIDE"
            f" is not allowed. {FIX}",
        ),
        (
            HEAD + "\nOne\x0ctwo.",
            "news/a.md:5: error: Control character U+000C FORM FEED"
            f" is not allowed. {FIX}",
        ),
        (
            HEAD + "Summary: A\x0bB\n\nText.",
            "news/a.md:4: error: Control character U+000B VERTICAL TAB"
            f" is not allowed. {FIX}",
        ),
        (
            HEAD + "\nA\x00\n\nB\x00\n\nC\x00",
            "news/a.md:5: error: Control character U+0000 NULL is not allowed"
            f" (also on 2 more lines). {FIX}",
        ),
        (
            HEAD + "\n```\ncode \x1b[31m\n```",
            "news/a.md:6: error: Control character U+001B ESCAPE is not allowed."
            f" {FIX}",
        ),
        (
            HEAD + "\nA \u2066isolate\u2069.",
            "news/a.md:5: error: Invisible character U+2066 LEFT-TO-RIGHT ISOLATE"
            f" is not allowed. {FIX}",
        ),
        (
            HEAD + "Slug: darba\u200bgrupa\n\nText.",
            "news/a.md:4: error: Invisible character U+200B ZERO WIDTH SPACE"
            f" is not allowed. {FIX}",
        ),
        (
            HEAD + "Location: Rīga,\n    Brīvības\ufeff iela\n\nText.",
            "news/a.md:5: error: Invisible character U+FEFF ZERO WIDTH NO-BREAK SPACE"
            f" is not allowed. {FIX}",
        ),
        (
            HEAD + "\nA\x85B",
            "news/a.md:5: error: Control character U+0085 NEXT LINE"
            f" is not allowed. {FIX}",
        ),
    ],
)
def test_control_and_invisible_characters_are_errors(text, expected):
    assert expected in report(text)


@pytest.mark.parametrize(
    "text",
    [
        "\ufeff" + HEAD + "\nA byte order mark at the start is fine.",
        HEAD + "\nTabs\tand\r\nWindows line ends are fine.\r\n",
        HEAD + "\nZero-width joiners in the text are fine: 👩\u200d💻.",
    ],
)
def test_ordinary_whitespace_is_no_problem(text):
    assert not [line for line in report(text) if "character" in line]


def test_character_names():
    assert character_name("\u202e") == "U+202E RIGHT-TO-LEFT OVERRIDE"
    assert character_name("\x01") == "U+0001 CONTROL CHARACTER"


def test_continuation_lines_are_joined_with_a_space():
    item = parse_content_file(
        "events/a.md", HEAD + "Location: Rīga,\n    Brīvības 36\n"
    )
    assert item.value("Location") == "Rīga, Brīvības 36"
    assert item.field("Location").parts == ("Rīga,", "Brīvības 36")


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (
            "Tags",
            "news/a.md:5: error: Tags goes on over an indented line, but the site"
            " reads only its first line."
            ' Fix: write the whole value on the "Tags:" line.',
        ),
        (
            "Authors",
            "news/a.md:5: error: Authors goes on over an indented line, which the site"
            " would read as a separate name. Fix: write all names on the"
            ' "Authors:" line, separated by commas.',
        ),
    ],
)
def test_continuation_lines_pelican_would_drop_are_errors(key, expected):
    assert report(HEAD + f"{key}: a,\n    b\n\nText.") == [expected]


@pytest.mark.parametrize(
    "key", ["Title", "Location", "Publisher", "Aliases", "Summary"]
)
def test_continuation_lines_of_other_keys_are_fine(key):
    other_lines = HEAD.replace("Title: Darba grupa", "Slug: darba-grupa")
    text = f"{key}: /first\n    /second\n" + other_lines + "\nText."
    assert report(text if key == "Title" else "Title: T\n" + text) == []
