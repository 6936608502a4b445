"""Aliases never replace a page: reserved paths from the content, and the checker."""

import pytest

from plugins.base.languages import build_languages
from plugins.base.reserved import (
    PageSource,
    page_source,
    page_sources,
    reserved_paths,
    site_languages,
)
from plugins.checks.core import check_content_tree, check_texts
from plugins.checks.metadata import parse_content_file
from plugins.checks.options import CheckOptions

LANGUAGES = build_languages(["cs", "lv", "sr-Cyrl", "sr-Latn", "bg", "en"])
SOURCES = [
    PageSource("lv", "news", "annual-report"),
    PageSource("sr-Cyrl", "news", "радна-група"),
    PageSource("en", "page", "who-we-are"),
    PageSource("bg", "events", "belgrade-conference"),
]


def title_slug(title: str) -> str:
    return title.lower().replace(" ", "-")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Title: A\nLang: lv\nSlug: a-b\n", PageSource("lv", "news", "a-b")),
        ("Title: Darba grupa\nLang: lv\n", PageSource("lv", "news", "darba-grupa")),
        ("Title: A\nLang: sr\nSlug: a\n", PageSource("sr-Cyrl", "news", "a")),
        ("Title: A\nSlug: a\n", PageSource("en", "news", "a")),
        (
            "Title: A\nLang: bg\nSlug: a\nCategory: Events\n",
            PageSource("bg", "events", "a"),
        ),
        ("Title: A\nLang: xx\nSlug: a\n", None),
        ("Lang: lv\n", None),
    ],
)
def test_page_source_of_a_news_file(text, source):
    file = parse_content_file("news/a.md", text + "\nText.\n")
    assert page_source(file, "en", title_slug) == source


def test_pages_folder_files_are_pages():
    file = parse_content_file("pages/a.md", "Title: A\nLang: cs\nSlug: kdo\n\nText\n")
    assert page_source(file, "en", title_slug) == PageSource("cs", "page", "kdo")


@pytest.mark.parametrize(
    "path",
    [
        "index.html",
        "sitemap.xml",
        "_redirects.map",
        "text/*",
        "theme/*",
        "images/*",
        "feeds/*",
        "lv/index.html",
        "lv/404.html",
        "lv/news/index.html",
        "lv/news/page/*",
        "lv/events/index.html",
        "sr-latn/tags/*",
        "bg/calendar/*",
        "cs/feeds/*",
        "en/search/*",
        "en/sitemap/*",
        "lv/accessibility/*",
        "lv/news/annual-report/*",
        "sr/news/радна-група/*",
        "sr-latn/news/radna-grupa/*",
        "en/who-we-are/*",
        "bg/events/belgrade-conference/*",
    ],
)
def test_reserved_paths_cover_the_site_pages(path):
    assert path in reserved_paths(SOURCES, LANGUAGES)


@pytest.mark.parametrize(
    "path", ["lv/news/*", "lv/*", "en/news/annual-report/*", "lv/who-we-are/*"]
)
def test_old_addresses_under_a_language_stay_free(path):
    assert path not in reserved_paths(SOURCES, LANGUAGES)


def test_page_sources_of_parsed_files():
    files = [
        parse_content_file("news/a.lv.md", "Title: A\nLang: lv\nSlug: a\n\nT\n"),
        parse_content_file("news/b.md", "Title: \nLang: lv\n\nT\n"),
        parse_content_file("drafts/c.md", "Title: C\nLang: lv\n\nT\n"),
        parse_content_file("pages/p.en.md", "Title: P\nLang: en\n\nT\n"),
        parse_content_file("events/e.md", "Title: E E\nCategory: Events\n\nT\n"),
    ]
    assert page_sources(files, "en", title_slug) == [
        PageSource("lv", "news", "a"),
        PageSource("en", "page", "p"),
        PageSource("en", "events", "e-e"),
    ]


def news(aliases: str) -> str:
    return f"Title: A\nDate: 2017-03-13\nLang: lv\nSlug: a\nAliases: {aliases}\n\nT\n"


def report(texts, reserved=()):
    options = CheckOptions(reserved_paths=frozenset(reserved))
    return [problem.describe() for problem in check_texts(texts, options)]


REPLACES = (
    " would replace a page of the site. Fix: remove it, or write the real old address."
)


@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("/lv/news/annual-report/", REPLACES),
        ("/lv/news/annual-report/print/", REPLACES),
        ("/LV/News/Annual-Report/", REPLACES),
        ("/lv/tags/old/", REPLACES),
        ("/lv/news/page/7/", REPLACES),
        (
            "/text/lv/",
            " is in the site's own folder text/. Fix: write only the path, e.g."
            " /old/page.html.",
        ),
        (
            "/sitemap.xml",
            ' ends in ".xml"; only addresses of pages (ending in "/", ".html",'
            ' ".php"…) are redirected. Fix: write only the path, e.g.'
            " /old/page.html.",
        ),
        ("/", REPLACES),
        ("/lv/news/old-slug/", None),
        ("/lv/news/annual-report.html", None),
        ("/lv/vecs/raksts.html", None),
        (
            "/index.php?id=42",
            ' has a query or fragment ("?…" or "#…"); only the path of an old'
            " address can be redirected."
            " Fix: write only the path, e.g. /old/page.html.",
        ),
        (
            "/old%0Apage.html",
            " contains a control or invisible character. Fix: write only the path, e.g."
            " /old/page.html.",
        ),
    ],
)
def test_the_checker_keeps_aliases_off_real_pages(alias, expected):
    reserved = reserved_paths(SOURCES, LANGUAGES)
    problems = report({"news/a.md": news(alias)}, reserved)
    assert problems == (
        [f'news/a.md:5: error: Alias "{alias}"{expected}'] if expected else []
    )


def test_aliases_differing_only_in_case_collide():
    texts = {"news/a.md": news("/Old.html"), "news/b.md": news("/old.html")}
    texts["news/b.md"] = texts["news/b.md"].replace("Slug: a", "Slug: b")
    assert report(texts) == [
        'news/a.md:5: error: Alias "/Old.html" is also used by news/b.md.'
        " Fix: keep it in one file only.",
        'news/b.md:5: error: Alias "/old.html" is also used by news/a.md.'
        " Fix: keep it in one file only.",
    ]


def test_percent_encoded_and_plain_spellings_collide():
    texts = {"news/a.md": news("/ziņas.html, /zi%C5%86as.html")}
    assert report(texts) == [
        'news/a.md:5: error: Alias "/zi%C5%86as.html" is listed twice in this file.'
        " Fix: remove one of them."
    ]


def test_content_tree_check_reports_a_real_page_with_file_and_line(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.md").write_text(news("/lv/news/a/"), encoding="utf-8")

    def site_paths(files):
        return reserved_paths(page_sources(files, "en", title_slug), LANGUAGES)

    problems = check_content_tree(tmp_path, ["lv", "en"], site_paths=site_paths)
    assert [problem.describe() for problem in problems] == [
        f'news/a.md:5: error: Alias "/lv/news/a/"{REPLACES}'
    ]


@pytest.mark.parametrize(
    ("codes", "overrides", "prefixes"),
    [
        (["cs", "sr", "sr-Latn"], {}, ["cs", "sr", "sr-latn"]),
        (["lv", "xx"], {"lv": {"prefix": "latviski"}}, ["latviski"]),
        (["en"], {"en": {"prefix": 3, "colour": "red"}}, ["en"]),
        (["en"], "not a dict", ["en"]),
    ],
)
def test_site_languages_tolerate_what_the_multilingual_plugin_reports(
    codes, overrides, prefixes
):
    assert [language.prefix for language in site_languages(codes, overrides)] == (
        prefixes
    )
