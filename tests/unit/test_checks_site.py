"""Cross-file rules: slugs per language, translations, aliases."""

import pytest

from plugins.base.aliases import alias_output_path
from plugins.checks.core import check_texts
from plugins.checks.options import CheckOptions, simple_slugify


def item(title="Darba grupa", lang="lv", **fields):
    """Build a news file; keyword fields use '_' for '-' and come after Lang."""
    lines = [f"Title: {title}", "Date: 2017-03-13"] + (
        [f"Lang: {lang}"] if lang else []
    )
    lines += [
        f"{key.replace('_', '-').capitalize()}: {value}"
        for key, value in fields.items()
    ]
    return "\n".join(lines) + "\n\nTeksts.\n"


def report(texts, **options):
    problems = check_texts(texts, CheckOptions(**options))
    return [problem.describe() for problem in problems]


def test_same_slug_in_one_language_names_both_files():
    texts = {
        "news/a.md": item(slug="darba-grupa"),
        "news/b.md": item(slug="darba-grupa"),
    }
    assert report(texts) == [
        'news/a.md:4: error: Slug "darba-grupa" is also used by news/b.md in language'
        ' "lv". Fix: give one of them a different "Slug:" line.',
        'news/b.md:4: error: Slug "darba-grupa" is also used by news/a.md in language'
        ' "lv". Fix: give one of them a different "Slug:" line.',
    ]


def test_a_slug_made_from_the_title_says_so():
    texts = {"news/a.md": item("Darba grupa"), "pages/b.md": item("Darba  grupa!")}
    assert report(texts)[0] == (
        'news/a.md:1: error: Slug "darba-grupa" (made from the Title) is also used by'
        ' pages/b.md in language "lv". Fix: give one of them a different "Slug:" line.'
    )


def test_three_files_with_one_slug_list_the_others():
    texts = {f"news/{name}.md": item(slug="x") for name in "abc"}
    assert report(texts)[1] == (
        'news/b.md:4: error: Slug "x" is also used by news/a.md, news/c.md in language'
        ' "lv". Fix: give one of them a different "Slug:" line.'
    )


def test_a_file_without_lang_is_in_the_site_language():
    texts = {
        "news/a.md": item(lang="cs", slug="x"),
        "news/b.md": item(lang="", slug="x"),
    }
    assert [line.split(": error: ")[0] for line in report(texts) if "Slug" in line] == [
        "news/a.md:4",
        "news/b.md:3",
    ]


@pytest.mark.parametrize(
    "texts",
    [
        {"news/a.md": item(slug="x"), "news/b.md": item(lang="en", slug="x")},
        {
            "news/a.md": item(lang="sr", title="Вести", slug="x"),
            "news/b.md": item("Vesti", "sr-Latn", slug="x", translation="true"),
        },
        {
            "news/a.md": item(slug="x"),
            "news/b.md": item(lang="cs", slug="x", translation="true"),
        },
    ],
)
def test_translations_share_a_slug_without_problems(texts):
    assert report(texts) == []


def test_a_translation_without_an_original_is_a_warning():
    texts = {
        "news/a.md": item(slug="x"),
        "news/b.md": item(lang="en", slug="y", translation="true"),
    }
    assert report(texts) == [
        'news/b.md:5: warning: This translation has no original with the slug "y".'
        ' Fix: use the Slug of the original, or remove "Translation: true".'
    ]


def test_a_custom_slugify_is_used():
    texts = {"news/a.md": item("A"), "news/b.md": item("B")}
    assert len(report(texts, slugify=lambda title: "same")) == 2


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Darba grupa turpina darbu", "darba-grupa-turpina-darbu"),
        ("Příliš žluťoučký kůň!", "prilis-zlutoucky-kun"),
        ("  Радна   група ", "радна-група"),
        ("HOFBSR_2018: news", "hofbsr-2018-news"),
    ],
)
def test_simple_slugify(title, slug):
    assert simple_slugify(title) == slug


@pytest.mark.parametrize(
    ("alias", "output"),
    [
        ("/old/path.html", "old/path.html"),
        ("/lv/vecs/", "lv/vecs/index.html"),
        ("/lv/vecs", "lv/vecs/index.html"),
        ("lv/vecs/index.html", "lv/vecs/index.html"),
        ("/a/./b/../c.html", "a/c.html"),
    ],
)
def test_alias_output_path(alias, output):
    assert alias_output_path(alias) == output


def test_colliding_aliases_are_reported_in_both_files():
    texts = {
        "news/a.md": item(slug="a", aliases="/old/path.html, /lv/vecs/"),
        "news/b.md": item(slug="b", aliases="/lv/vecs/index.html"),
    }
    assert report(texts) == [
        'news/a.md:5: error: Alias "/lv/vecs/" is also used by news/b.md.'
        " Fix: keep it in one file only.",
        'news/b.md:5: error: Alias "/lv/vecs/index.html" is also used by news/a.md.'
        " Fix: keep it in one file only.",
    ]


@pytest.mark.parametrize(
    ("aliases", "expected"),
    [
        (
            "/old.html /old.html",
            'Alias "/old.html" is listed twice in this file. Fix: remove one of them.',
        ),
        (
            "/lv/index.html",
            'Alias "/lv/index.html" would replace a page of the site.'
            " Fix: remove it, or write the real old address.",
        ),
        (
            "/lv/",
            'Alias "/lv/" would replace a page of the site.'
            " Fix: remove it, or write the real old address.",
        ),
        (
            "https://old.example.org/x.html",
            'Alias "https://old.example.org/x.html" is not a path on this site.'
            " Fix: write only the path, e.g. /old/page.html.",
        ),
        (
            "/../../etc/x.html",
            'Alias "/../../etc/x.html" points outside the site.'
            " Fix: write only the path, e.g. /old/page.html.",
        ),
    ],
)
def test_bad_aliases(aliases, expected):
    texts = {"news/a.md": item(slug="a", aliases=aliases)}
    assert report(texts, reserved_paths={"/lv/index.html"}) == [
        f"news/a.md:5: error: {expected}"
    ]
