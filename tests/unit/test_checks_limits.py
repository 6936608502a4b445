"""Limits: how deep lists, quotes and raw HTML may nest, checked in one pass."""

import time

import pytest

from plugins.checks.core import check_file_text
from plugins.checks.limit_rules import markdown_depth
from plugins.checks.markdown_text import line_of

HEAD = "Title: Darba grupa\nDate: 2017-03-13\nLang: lv\n\n"  # the body starts on line 5
TOO_DEEP = (
    "Lists or quotes are nested {depth} levels deep here; the site allows 20."
    " Fix: use fewer levels: indent less, or split the list."
)


def report(body):
    return [problem.describe() for problem in check_file_text("news/a.md", HEAD + body)]


def nested_list(levels):
    return "\n".join("    " * level + "- item" for level in range(levels))


@pytest.mark.parametrize(
    ("line", "depth"),
    [
        ("Text", 0),
        ("- item", 1),
        ("    - item", 2),
        ("1. item", 1),
        ("> quote", 1),
        ("> > - item", 3),
        (">>>quote", 3),
        ("- - - item", 3),
        ("        text in a list", 2),
    ],
)
def test_markdown_depth(line, depth):
    assert markdown_depth(line) == depth


def test_twenty_levels_of_lists_are_fine():
    assert report(nested_list(20)) == []


def test_a_list_nested_deeper_than_20_levels_is_an_error_at_that_line():
    assert report(nested_list(30)) == [
        "news/a.md:25: error: " + TOO_DEEP.format(depth=21)
    ]


@pytest.mark.parametrize(
    "body", ["> " * 21 + "quote", "- " * 21 + "item", "Intro.\n\n" + "> - " * 11]
)
def test_quotes_and_lists_on_one_line_count_too(body):
    line = 5 + body.count("\n")
    depth = 22 if body.startswith("Intro") else 21
    assert report(body) == [f"news/a.md:{line}: error: " + TOO_DEEP.format(depth=depth)]


def test_code_blocks_do_not_count():
    code = "```\n" + nested_list(30) + "\n```"
    assert report(code) == []


def test_raw_html_nested_deeper_than_100_levels_is_an_error():
    assert report("Intro.\n\n" + "<div>" * 101 + "text" + "</div>" * 101) == [
        "news/a.md:7: error: Raw HTML elements are nested 101 levels deep here;"
        " the site allows 100. Fix: close the elements you open (</div>), or write"
        " the text in Markdown."
    ]


@pytest.mark.parametrize(
    "body",
    [
        "<div>text</div>" * 500,
        "<p>one" * 500,
        "<br>" * 500,
        "<span/>" * 500,
        "<div>" * 100 + "text",
    ],
)
def test_elements_that_do_not_nest_are_fine(body):
    assert report(body) == []


def cpu_seconds(body):
    """CPU time of this process to check a body, best of three: other processes
    on a busy machine do not count, so only the growth is measured."""
    runs = []
    for _ in range(3):
        start = time.process_time()
        report(body)
        runs.append(time.process_time() - start)
    return min(runs)


# Hostile runs of the characters the rules' patterns start on; each was (or could
# be) tried from every position to the end of the file: quadratic, minutes at 1 MB.
@pytest.mark.parametrize(
    "unit",
    ["<div>", "[", "![", "](", "[a", "![a][", "ж" * 8 + "a", "a.b+", "&#", "<a "],
)
def test_the_checks_take_time_in_proportion_to_the_file(unit):
    small, large = cpu_seconds(unit * 2_000), cpu_seconds(unit * 32_000)
    assert large < small * 16 * 4  # linear is 16x, quadratic 256x


def test_line_of_counts_the_lines_before_a_position():
    text = "a\nb\n\nc"
    assert [line_of(text, offset, 5) for offset in (0, 1, 2, 4, 5)] == [5, 5, 6, 7, 8]
