"""Parsing the metadata block the way Python-Markdown's meta extension does."""

import pytest

from plugins.checks.metadata import parse_content_file


@pytest.mark.parametrize(
    ("text", "fields", "body_line"),
    [
        ("Title: A\nLang: lv\n\nBody", [("Title", "A", 1), ("Lang", "lv", 2)], 4),
        ("title:   spaced  \n\nBody", [("title", "spaced", 1)], 3),
        ("Title: Long\n    second line\n\nBody", [("Title", "Long second line", 1)], 4),
        ("Title: Tab\n\tcontinued\n\nBody", [("Title", "Tab continued", 1)], 4),
        ("---\nTitle: Yaml\n---\nBody", [("Title", "Yaml", 2)], 4),
        (
            "\ufeffTitle: BOM\r\nLang: cs\r\n\r\nBody",
            [("Title", "BOM", 1), ("Lang", "cs", 2)],
            4,
        ),
        ("# Heading only\n\ntext", [], 1),
        ("\nBody", [], 2),
    ],
)
def test_fields_keep_their_line_numbers(text, fields, body_line):
    parsed = parse_content_file("news/a.md", text)
    assert [(f.name, f.value, f.line) for f in parsed.fields] == fields
    assert parsed.body_line == body_line


def test_body_starts_after_the_blank_line():
    parsed = parse_content_file("news/a.md", "Title: A\n\nFirst\nSecond\n")
    assert parsed.body == "First\nSecond\n"


@pytest.mark.parametrize(
    ("text", "broken_line"),
    [
        ("Title: A\nEvent start: 2018-12-18\nLocation: Riga\n\nBody", 2),
        ("Title A\nDate: 2017-03-13\n\nBody", 1),
        ("Title: A\nDate: 2017-03-13\n\nBody", None),
        ("# Heading\nplain text\n", None),
    ],
)
def test_a_botched_key_line_is_remembered(text, broken_line):
    assert parse_content_file("news/a.md", text).broken_line == broken_line


@pytest.mark.parametrize(
    ("key", "expected"),
    [("title", "A"), ("TITLE", "A"), ("Lang", "lv"), ("Slug", "")],
)
def test_value_looks_keys_up_in_any_case(key, expected):
    parsed = parse_content_file("news/a.md", "Title: A\nLANG: lv\n\nBody")
    assert parsed.value(key) == expected


@pytest.mark.parametrize(
    ("path", "folder"),
    [("news/a.md", "news"), ("events/2018/b.md", "events"), ("top.md", "")],
)
def test_folder_is_the_first_path_part(path, folder):
    assert parse_content_file(path, "").folder == folder
