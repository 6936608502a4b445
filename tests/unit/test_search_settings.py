"""Search settings: defaults, and every problem named with setting and value."""

import pytest

from plugins.search.settings import (
    DEFAULTS,
    SettingsError,
    checked_settings,
    settings_problems,
    with_defaults,
)


def test_defaults_are_valid_and_not_shared():
    values = checked_settings({})
    assert values == dict(DEFAULTS)
    values["SEARCH_PAGE_SIZE"] = 3
    assert with_defaults({})["SEARCH_PAGE_SIZE"] == 10


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
            "SEARCH_KINDS: expected a non-empty list of 'news', 'events', 'page', "
            "found ['news', 'articles'].",
        ),
        (
            {"SEARCH_KINDS": []},
            "SEARCH_KINDS: expected a non-empty list of 'news', 'events', 'page', "
            "found [].",
        ),
        (
            {"SEARCH_BUNDLE": "/pagefind"},
            "SEARCH_BUNDLE: expected a folder path such as 'pagefind' (lower-case "
            "letters, digits, '-', '_' and '/' between names), found '/pagefind'.",
        ),
        (
            {"SEARCH_BUNDLE": "../pagefind"},
            "SEARCH_BUNDLE: expected a folder path such as 'pagefind' (lower-case "
            "letters, digits, '-', '_' and '/' between names), found '../pagefind'.",
        ),
        (
            {"SEARCH_PAGE_SIZE": 0},
            "SEARCH_PAGE_SIZE: expected a whole number from 1 to 100, found 0.",
        ),
        (
            {"SEARCH_PAGE_SIZE": True},
            "SEARCH_PAGE_SIZE: expected a whole number from 1 to 100, found True.",
        ),
        (
            {"SEARCH_EXCERPT_WORDS": "30"},
            "SEARCH_EXCERPT_WORDS: expected a whole number from 5 to 100, found '30'.",
        ),
        (
            {"SEARCH_EXCLUDE_SELECTORS": ".page-tools"},
            "SEARCH_EXCLUDE_SELECTORS: expected a list of CSS selectors such as "
            "['.page-tools'], found '.page-tools'.",
        ),
        (
            {"SEARCH_EXCLUDE_SELECTORS": [".page-tools", " "]},
            "SEARCH_EXCLUDE_SELECTORS: expected a list of CSS selectors such as "
            "['.page-tools'], found ['.page-tools', ' '].",
        ),
    ],
)
def test_each_problem_names_setting_value_and_expectation(settings, problem):
    assert settings_problems(settings) == [problem]


def test_every_problem_is_reported_at_once():
    settings = {"SEARCH_PAGE_SIZE": 0, "SEARCH_BUNDLE": "", "OTHER": 1}
    with pytest.raises(SettingsError) as raised:
        checked_settings(settings)
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
    assert (settings_problems({"SEARCH_BUNDLE": bundle}) == []) is valid
