"""The typed-text Markdown extension, tested the Python-Markdown way: source → HTML."""

import markdown
import pytest

from plugins.text.core import (
    LETTERED,
    TAB_MARK,
    mark_tabs,
    restore_tabs,
    separate_lists,
    trim_url,
    word_bullets,
)
from plugins.text.markdown_ext import TypedTextExtension


def render(source: str, language: str = "en") -> str:
    """Markdown as the site renders it (extra, meta and the typed-text extension)."""
    return markdown.markdown(
        source,
        extensions=["extra", "meta", TypedTextExtension(language=language)],
        output_format="html5",
    ).replace("\n", "")


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Lang: lv\n\n9. martā notika sanāksme.", "<p>9. martā notika sanāksme.</p>"),
        ("Lang: lv\n\n2024. gadā viss.", "<p>2024. gadā viss.</p>"),
        (
            "Lang: lv\n\n- 2024. gadā pieņemtās izmaiņas",
            "<ul><li>2024. gadā pieņemtās izmaiņas</li></ul>",
        ),
        ("Lang: cs\n\n15. ledna 2027 se sešli.", "<p>15. ledna 2027 se sešli.</p>"),
        ("Lang: cs\n\n3. března", "<p>3. března</p>"),
        ("Lang: cs\n\n15. 1. 2027 se sešli.", "<p>15. 1. 2027 se sešli.</p>"),
        ("Lang: sr\n\n9. марта 2024. године", "<p>9. марта 2024. године</p>"),
        ("Lang: bg\n\n21. юни", "<p>21. юни</p>"),
        ("Lang: bg\n\n21 юни", "<p>21 юни</p>"),  # no dot: never a list
        ("Lang: uk\n\n2024. року", "<p>2024. року</p>"),
        # Real numbered lists keep working, in every language.
        ("Lang: lv\n\n1. Jānis\n2. Anna", "<ol><li>Jānis</li><li>Anna</li></ol>"),
        ("Lang: lv\n\n1. first\n2. second", "<ol><li>first</li><li>second</li></ol>"),
        # Only the page's language makes a date: Latvian words in an English page.
        ("Lang: en\n\n9. martā", "<ol><li>martā</li></ol>"),
        # A programme: dates on consecutive lines keep their lines.
        (
            "Lang: lv\n\n9. martā – atklāšana\n10. martā – darbnīcas",
            "<p>9. martā – atklāšana<br>10. martā – darbnīcas</p>",
        ),
        (
            "Lang: lv\n\n- 9. martā – atklāšana\n- 10. martā – darbnīcas",
            "<ul><li>9. martā – atklāšana</li><li>10. martā – darbnīcas</li></ul>",
        ),
        ("Lang: lv\n\n`9. martā`", "<p><code>9. martā</code></p>"),
        ("Lang: lv\n\n```\n9. martā\n```", "<pre><code>9. martā</code></pre>"),
    ],
)
def test_dates_at_a_line_start_stay_text(source, expected):
    assert render(source) == expected


def test_language_of_files_without_lang_is_the_setting():
    assert render("Title: X\n\n9. martā", language="lv") == "<p>9. martā</p>"


def test_the_summary_is_rendered_in_the_files_language():
    md = markdown.Markdown(extensions=["meta", TypedTextExtension(language="en")])
    md.convert("Lang: cs\n\nText.")
    md.preprocessors.deregister("meta")  # as Pelican does for formatted fields
    md.reset()
    assert md.convert("3. března") == "<p>3. března</p>"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("•\tone\n•\ttwo", "<ul><li>one</li><li>two</li></ul>"),
        ("• one\n• two", "<ul><li>one</li><li>two</li></ul>"),
        ("–\tone\n–\ttwo", "<ul><li>one</li><li>two</li></ul>"),
        ("1)\tone\n2)\ttwo", "<ol><li>one</li><li>two</li></ol>"),
        (
            "Text\na)\tone\nb)\ttwo",
            '<p>Text</p><ol type="a"><li>one</li><li>two</li></ol>',
        ),
        (
            "Text\nc)\tthird\nd)\tfourth",
            '<p>Text</p><ol type="a"><li>third</li><li>fourth</li></ol>',
        ),
        (
            "Lang: en\n\nSteps:\nc)\tthird",
            '<p>Steps:</p><ol type="a"><li>third</li></ol>',
        ),
        # Lazy quote text: no hidden mark is left behind.
        ("> Quote:\na)\tone", "<blockquote><p>Quote:1. one</p></blockquote>"),
        # One such line inside a paragraph, or in raw HTML, stays as typed.
        ("Text\na)\tone", "<p>Texta)\tone</p>"),
        ("<div>\n1. x\na)\tone</div>", "<div>1. xa)\tone</div>"),
        # Only with a tab: "– text" is a dash in prose, "1) text" a sentence.
        ("– so it goes", "<p>– so it goes</p>"),
        ("1) see above", "<p>1) see above</p>"),
        ("```\n•\tone\n```", "<pre><code>•   one</code></pre>"),
    ],
)
def test_word_bullets_become_lists(source, expected):
    assert render(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Para\n- a\n- b", "<p>Para</p><ul><li>a</li><li>b</li></ul>"),
        ("Para\n1. a\n2. b", "<p>Para</p><ol><li>a</li><li>b</li></ol>"),
        ("Lang: en\n\nTake:\n- a", "<p>Take:</p><ul><li>a</li></ul>"),
        # One line starting with "-" inside a paragraph stays text.
        ("Prices went up\n- not down", "<p>Prices went up- not down</p>"),
        # A number other than 1 under a paragraph is text, not a list.
        ("Para\n2018. x\n2019. y", "<p>Para2018. x2019. y</p>"),
        ("- a\nlazy\n- b", "<ul><li>a\nlazy</li><li>b</li></ul>".replace("\n", "")),
        ("Lang: lv\n\nPara\n9. martā\n10. martā", "<p>Para9. martā<br>10. martā</p>"),
    ],
)
def test_lists_under_a_paragraph(source, expected):
    assert render(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "See https://example.org/a now.",
            '<p>See <a href="https://example.org/a">https://example.org/a</a> now.</p>',
        ),
        (
            "Read www.example.org/x.",
            '<p>Read <a href="https://www.example.org/x">www.example.org/x</a>.</p>',
        ),
        (
            "(https://e.org/a_(b)), then",
            '<p>(<a href="https://e.org/a_(b)">https://e.org/a_(b)</a>), then</p>',
        ),
        ("`https://e.org`", "<p><code>https://e.org</code></p>"),
        (
            "[https://e.org](https://e.org)",
            '<p><a href="https://e.org">https://e.org</a></p>',
        ),
        ("<https://e.org>", '<p><a href="https://e.org">https://e.org</a></p>'),
        (
            '<a href="https://e.org">https://e.org</a>',
            '<p><a href="https://e.org">https://e.org</a></p>',
        ),
        ("mail anna@www.example.org", "<p>mail anna@www.example.org</p>"),
        ("Run javascript:alert(1)", "<p>Run javascript:alert(1)</p>"),
        ("www.", "<p>www.</p>"),
        (  # a link Markdown found first is not part of the address
            "www.x.org[site](https://e.org)",
            '<p><a href="https://www.x.org">www.x.org</a>'
            '<a href="https://e.org">site</a></p>',
        ),
    ],
)
def test_bare_urls_become_links(source, expected):
    assert render(source) == expected


def test_table_alignment_becomes_classes():
    assert render("| a | b | c |\n|--:|:-:|:--|\n| 1 | 2 | 3 |") == (
        '<table><thead><tr><th class="align-right">a</th>'
        '<th class="align-center">b</th><th class="align-left">c</th></tr></thead>'
        '<tbody><tr><td class="align-right">1</td><td class="align-center">2</td>'
        '<td class="align-left">3</td></tr></tbody></table>'
    )


@pytest.mark.parametrize(
    ("candidate", "expected"),
    [
        ("https://e.org/a.", "https://e.org/a"),
        ("https://e.org/a).", "https://e.org/a"),
        ("https://e.org/a_(b)", "https://e.org/a_(b)"),
        ("https://e.org/?q=1&x=2»", "https://e.org/?q=1&x=2"),
    ],
)
def test_trim_url(candidate, expected):
    assert trim_url(candidate) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["•\tone"], ["- one"]),
        (["10)\tten"], ["1. ten"]),  # Markdown numbers the items itself
        (["c)\tthird"], ["1. \ue000third"]),
        (["Text", "a)\tone"], ["Text", "a)\tone"]),  # one line in a paragraph
        (["~~~", "•\tone", "~~~"], ["~~~", "•\tone", "~~~"]),
    ],
)
def test_word_bullets(lines, expected):
    rewritten = word_bullets(mark_tabs(lines))
    assert [line.replace(TAB_MARK, "\t") for line in rewritten] == expected


def test_no_mark_is_left_in_the_page():
    assert restore_tabs(f"<p>a){TAB_MARK}x <a href='{LETTERED}y'>z</a></p>") == (
        "<p>a)\tx <a href='y'>z</a></p>"
    )


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Para", "- a", "- b"], ["Para", "", "- a", "- b"]),
        (["# Heading", "- a", "- b"], ["# Heading", "- a", "- b"]),
        (["> quote", "- a", "- b"], ["> quote", "- a", "- b"]),
        (["Para", "- a"], ["Para", "- a"]),
    ],
)
def test_separate_lists(lines, expected):
    assert separate_lists(lines) == expected
