"""Search settings: defaults, and every problem named with setting and value."""

import pytest

from plugins.base.settings import ConfigError, settings_problems, validated
from plugins.search.settings import DECLARATION


def problems_of(settings) -> list[str]:
    """The search's problems with these settings."""
    return settings_problems([DECLARATION], settings)


def test_defaults_are_valid():
    assert dict(validated([DECLARATION], {})) == dict(DECLARATION.defaults)
    assert validated([DECLARATION], {})["SEARCH_PAGE_SIZE"] == 10


@pytest.mark.parametrize(
    ("settings", "problem"),
    [
        (
            {"SEARCH_KIND": ["news"]},
            "SEARCH_KIND: unknown setting. Expected one of: SEARCH_KINDS, "
            "SEARCH_BUNDLE, SEARCH_PAGE_SIZE, SEARCH_EXCERPT_WORDS, "
            "SEARCH_EXCLUDE_SELECTORS.",
        ),
        (
            {"SEARCH_KINDS": ["news", "articles"]},
            "SEARCH_KINDS: ['news', 'articles'] is not valid. Expected a non-empty "
            "list of 'news', 'events', 'page'.",
        ),
        (
            {"SEARCH_KINDS": []},
            "SEARCH_KINDS: [] is not valid. Expected a non-empty list of 'news', "
            "'events', 'page'.",
        ),
        (
            {"SEARCH_KINDS": "news"},
            "SEARCH_KINDS: 'news' is not valid. Expected a non-empty list of 'news', "
            "'events', 'page'.",
        ),
        (
            {"SEARCH_BUNDLE": "/pagefind"},
            "SEARCH_BUNDLE: '/pagefind' is not valid. Expected a folder path such as "
            "'pagefind' (lower-case letters, digits, '-', '_' and '/' between names).",
        ),
        (
            {"SEARCH_BUNDLE": "../pagefind"},
            "SEARCH_BUNDLE: '../pagefind' is not valid. Expected a folder path such "
            "as 'pagefind' (lower-case letters, digits, '-', '_' and '/' between "
            "names).",
        ),
        (
            {"SEARCH_PAGE_SIZE": 0},
            "SEARCH_PAGE_SIZE: 0 is not valid. Expected a whole number from 1 to 100.",
        ),
        (
            {"SEARCH_PAGE_SIZE": True},
            "SEARCH_PAGE_SIZE: True is not valid. Expected a whole number from 1 to "
            "100.",
        ),
        (
            {"SEARCH_EXCERPT_WORDS": "30"},
            "SEARCH_EXCERPT_WORDS: '30' is not valid. Expected a whole number from 5 "
            "to 100.",
        ),
        (
            {"SEARCH_EXCLUDE_SELECTORS": ".page-tools"},
            "SEARCH_EXCLUDE_SELECTORS: '.page-tools' is not valid. Expected a list of "
            "CSS selectors such as ['.page-tools'].",
        ),
        (
            {"SEARCH_EXCLUDE_SELECTORS": [".page-tools", " "]},
            "SEARCH_EXCLUDE_SELECTORS: ['.page-tools', ' '] is not valid. Expected a "
            "list of CSS selectors such as ['.page-tools'].",
        ),
    ],
)
def test_each_problem_names_setting_value_and_expectation(settings, problem):
    assert problems_of(settings) == [problem]


def test_every_problem_is_reported_at_once():
    settings = {"SEARCH_PAGE_SIZE": 0, "SEARCH_BUNDLE": "", "OTHER": 1}
    with pytest.raises(ConfigError) as raised:
        validated([DECLARATION], settings)
    lines = str(raised.value).splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "SEARCH_BUNDLE",
        "SEARCH_PAGE_SIZE",
    ]


@pytest.mark.parametrize(
    ("bundle", "valid"),
    [
        ("pagefind", True),
        ("assets/search-index", True),
        ("_pagefind", False),
        ("Pagefind", False),
        ("pagefind/", False),
    ],
)
def test_bundle_folders(bundle, valid):
    assert (problems_of({"SEARCH_BUNDLE": bundle}) == []) is valid
