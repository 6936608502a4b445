"""The input policy for names: slugs, tags and the refused Template key."""

import pytest

from plugins.aliases.core import AliasError, redirect_to
from plugins.base.aliases import alias_problem
from plugins.checks.core import check_file_text, check_texts
from plugins.checks.metadata import parse_content_file
from plugins.checks.name_rules import cleaned_slug, slug_text_problem, tags_of

LONG = "a" * 101


def item(slug_line: str = "", *, title: str = "Report", extra: str = "") -> str:
    return f"Title: {title}\nDate: 2020-01-01\nLang: en\n{slug_line}{extra}\nText.\n"


def lines(path: str, text: str) -> list[str]:
    return [problem.describe() for problem in check_file_text(path, text)]


@pytest.mark.parametrize(
    ("slug", "expected"),
    [
        (
            "../../tmp/x",
            'Slug "../../tmp/x" contains ".", which would make it a path or a file'
            ' name. Fix: write "Slug: tmp-x" (translations share the same slug).',
        ),
        (
            ".",
            'Slug "." contains ".", which would make it a path or a file name.'
            " Fix: write lower-case letters, digits and hyphens, e.g."
            ' "annual-report".',
        ),
        (
            "..",
            'Slug ".." contains ".", which would make it a path or a file name.'
            " Fix: write lower-case letters, digits and hyphens, e.g."
            ' "annual-report".',
        ),
        (
            "a/b",
            'Slug "a/b" contains "/", which would make it a path or a file name.'
            ' Fix: write "Slug: a-b" (translations share the same slug).',
        ),
        (
            "a\\b",
            'Slug "a\\b" contains "\\", which would make it a path or a file name.'
            ' Fix: write "Slug: a-b" (translations share the same slug).',
        ),
        (
            "404.html",
            'Slug "404.html" contains ".", which would make it a path or a file'
            ' name. Fix: write "Slug: 404-html" (translations share the same'
            " slug).",
        ),
        (
            "r\u0435port",
            'Slug "r\u0435port" contains "\u0435" (U+0435 CYRILLIC SMALL LETTER IE),'
            " which is not a lower-case ASCII letter, digit or hyphen."
            ' Fix: write "Slug: report" (translations share the same slug).',
        ),
        (
            "rep\u200bort",
            'Slug "rep\\u200bort" contains (U+200B ZERO WIDTH SPACE), which is not'
            " a lower-case ASCII letter, digit or hyphen."
            ' Fix: write "Slug: report" (translations share the same slug).',
        ),
        (
            "cafe\u0301",
            'Slug "cafe\u0301" contains "\u0301" (U+0301 COMBINING ACUTE ACCENT),'
            " which is not a lower-case ASCII letter, digit or hyphen."
            ' Fix: write "Slug: cafe" (translations share the same slug).',
        ),
        (
            "Annual-Report",
            'Slug "Annual-Report" contains "A" (U+0041 LATIN CAPITAL LETTER A),'
            " which is not a lower-case ASCII letter, digit or hyphen."
            ' Fix: write "Slug: annual-report" (translations share the same slug).',
        ),
        (
            "a--b",
            'Slug "a--b" starts or ends with a hyphen, or has two in a row.'
            ' Fix: write "Slug: a-b" (translations share the same slug).',
        ),
        (
            "-a",
            'Slug "-a" starts or ends with a hyphen, or has two in a row.'
            ' Fix: write "Slug: a" (translations share the same slug).',
        ),
        (
            "ab-" * 40 + "end",
            "Slug is 123 characters long; at most 100 are allowed."
            ' Fix: write "Slug: ' + "ab-" * 32 + 'ab" (translations share the same'
            " slug).",
        ),
    ],
)
def test_unsafe_slugs_name_the_cleaned_slug(slug, expected):
    # A zero-width space is also reported by the invisible-character rule.
    found = lines("news/a.md", item(f"Slug: {slug}\n"))
    assert [line for line in found if "Invisible character" not in line] == [
        f"news/a.md:4: error: {expected}"
    ]


@pytest.mark.parametrize(
    ("path", "slug", "expected"),
    [
        ("pages/a.md", "index", "about-index"),
        ("pages/a.md", "print", "about-print"),
        ("pages/a.md", "pagefind", "about-pagefind"),
        ("pages/a.md", "404", "about-404"),
        ("news/a.md", "page", "about-page"),
    ],
)
def test_reserved_slugs(path, slug, expected):
    assert lines(path, item(f"Slug: {slug}\n")) == [
        f'{path}:4: error: Slug "{slug}" is the address of a section of the site.'
        f' Fix: choose another slug, e.g. "{expected}".'
    ]


@pytest.mark.parametrize("slug", ["report", "report-2020", "a", "9", "x" * 100])
def test_plain_slugs_pass(slug):
    assert slug_text_problem(slug) is None
    assert lines("news/a.md", item(f"Slug: {slug}\n")) == []


@pytest.mark.parametrize("title", ["🎉🎉🎉", "!!!", "— … —"])
def test_a_title_without_letters_needs_a_slug_line(title):
    assert lines("news/a.md", item(title=title)) == [
        "news/a.md:1: error: The Title has no letters or digits to make the address"
        ' (slug) from. Fix: add a line such as "Slug: annual-report".'
    ]
    assert lines("news/a.md", item("Slug: party\n", title=title)) == []


def test_a_slug_made_from_a_long_title_is_too_long():
    title = " ".join(["word"] * 30)
    assert lines("news/a.md", item(title=title)) == [
        "news/a.md:1: error: The slug made from the Title is 149 characters long;"
        ' at most 100 are allowed. Fix: add a shorter Slug line, e.g. "Slug: '
        + "-".join(["word"] * 20)
        + '".'
    ]


def test_a_page_title_that_gives_a_reserved_slug():
    assert lines("pages/a.md", item(title="Print")) == [
        'pages/a.md:1: error: Slug "print" (made from the Title) is the address of'
        ' a section of the site. Fix: add a line such as "Slug: about-print".'
    ]


def test_cleaned_slug_transliterates_in_the_item_language():
    assert cleaned_slug("Щастие", "bg") == "shtastie"
    assert cleaned_slug("Ђорђе", "sr") == "djordje"


def test_a_tag_without_letters_has_no_address():
    assert lines("news/a.md", item(extra="Tags: EU, !!!, OSCE\n")) == [
        'news/a.md:4: error: Tag "!!!" has no letters or digits, so it has no'
        " address. Fix: write the tag with letters or digits, or remove it."
    ]


def test_too_many_and_too_long_tags():
    many = ", ".join(f"tag{number}" for number in range(21))
    assert lines("news/a.md", item(extra=f"Tags: {many}\n")) == [
        "news/a.md:4: error: This item has 21 tags; at most 20 are allowed."
        " Fix: keep the tags readers look for; the text is searched anyway."
    ]
    assert lines("news/a.md", item(extra=f"Tags: EU, {'x' * 61}\n")) == [
        f'news/a.md:4: error: Tag "{"x" * 59}…" is 61 characters long; at most 60'
        " are allowed. Fix: use a short tag; write the details in the text."
    ]
    twenty = ", ".join(f"tag{number}" for number in range(20))
    assert lines("news/a.md", item(extra=f"Tags: {twenty}, {'y' * 60}\n")) != []
    assert lines("news/a.md", item(extra=f"Tags: {twenty}\n")) == []


def test_tags_are_split_as_pelican_splits_them():
    parsed = parse_content_file("news/a.md", "Title: A\nTags: a, b; c,, c ;\n\n")
    assert tags_of(parsed) == ["a, b", "c,, c"]
    parsed = parse_content_file("news/a.md", "Title: A\nTags: a, b,, a , \n\n")
    assert tags_of(parsed) == ["a", "b"]


def test_different_tags_with_one_address_are_reported_in_every_file():
    texts = {
        "news/a.md": item("Slug: a\n", extra="Tags: C++, EU\n"),
        "news/b.md": item("Slug: b\n", extra="Tags: C#\n"),
        "news/c.md": item("Slug: c\n", extra="Tags: c\n"),
        "news/d.md": item("Slug: d\n", extra="Tags: eu\n"),  # case only: one tag
        "news/e.md": item("Slug: e\n", extra="Tags: c\n").replace("en\n", "lv\n"),
    }
    message = (
        ' error: Tags "C#", "C++" and "c" all have the address /en/tags/c/ in'
        ' language "en". Fix: give them names that differ in letters or digits'
        ' (e.g. "C sharp"), or use one name.'
    )
    assert [problem.describe() for problem in check_texts(texts)] == [
        f"news/a.md:5:{message}",
        f"news/b.md:5:{message}",
        f"news/c.md:5:{message}",
    ]


def test_two_tags_with_one_address_both_have_it():
    texts = {"news/a.md": item("Slug: a\n", extra="Tags: C++, C#\n")}
    assert [problem.describe() for problem in check_texts(texts)] == [
        'news/a.md:5: error: Tags "C#" and "C++" both have the address /en/tags/c/'
        ' in language "en". Fix: give them names that differ in letters or digits'
        ' (e.g. "C sharp"), or use one name.'
    ]


def test_template_is_refused():
    assert lines("pages/a.md", item(extra="Template: ../../x\n")) == [
        'pages/a.md:4: error: Template "../../x" is not used: the site chooses the'
        " layout of every page itself. Fix: remove the Template line."
    ]


@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        (
            "/_redirects-old.map",
            'Alias "/_redirects-old.map" has a name starting with "_" or "."; the'
            " web server treats such files as its own.",
        ),
        (
            "/lv/_old/",
            'Alias "/lv/_old/" has a name starting with "_" or "."; the web server'
            " treats such files as its own.",
        ),
        (
            "/.well-known/x.html",
            'Alias "/.well-known/x.html" has a name starting with "_" or "."; the'
            " web server treats such files as its own.",
        ),
        ("/theme/x.html", 'Alias "/theme/x.html" is in the site\'s own folder theme/.'),
        ("/Images/old/", 'Alias "/Images/old/" is in the site\'s own folder images/.'),
        ("/pagefind/", 'Alias "/pagefind/" is in the site\'s own folder pagefind/.'),
        ("/theme", 'Alias "/theme" is in the site\'s own folder theme/.'),  # its index
        (
            "/old/report.pdf",
            'Alias "/old/report.pdf" ends in ".pdf"; only addresses of pages'
            ' (ending in "/", ".html", ".php"…) are redirected.',
        ),
        (
            "/old/app.js",
            'Alias "/old/app.js" ends in ".js"; only addresses of pages'
            ' (ending in "/", ".html", ".php"…) are redirected.',
        ),
        ("/old/", None),
        ("/old", None),
        ("/index.php", None),
        ("/cgi-bin/show.cgi", None),
        ("/lv/vecs/raksts.HTML", None),
    ],
)
def test_where_an_alias_may_write(alias, expected):
    assert alias_problem(alias) == expected
    if expected:
        with pytest.raises(AliasError, match="Alias"):
            redirect_to(alias, link="/en/x/", address="a", title="t", lang="en")
