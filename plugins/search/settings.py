"""The SEARCH_ settings, declared once (validated with every plugin's at start)."""

from plugins.base.settings import (
    Declaration,
    Option,
    list_of,
    text,
    texts,
    whole_number,
)

KINDS = ("news", "events", "page")
BUNDLE_PATTERN = r"[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)*"

DECLARATION = Declaration(
    prefix="SEARCH_",
    options=(
        Option(
            "SEARCH_KINDS",
            KINDS,
            list_of(KINDS),
            'Which items are searchable: news, events, institutional pages ("page").',
        ),
        Option(
            "SEARCH_BUNDLE",
            "pagefind",
            text(
                "a folder path such as 'pagefind' (lower-case letters, digits, '-', "
                "'_' and '/' between names)",
                BUNDLE_PATTERN,
            ),
            "The folder of the Pagefind bundle in the output (pagefind.js, the "
            "indexes).",
        ),
        Option(
            "SEARCH_PAGE_SIZE",
            10,
            whole_number(1, 100),
            'Results shown at first, and added by each "More results".',
        ),
        Option(
            "SEARCH_EXCERPT_WORDS",
            30,
            whole_number(5, 100),
            "Words in the excerpt under each result.",
        ),
        Option(
            "SEARCH_EXCLUDE_SELECTORS",
            (".page-tools", ".item-date", ".translations"),
            texts("a list of CSS selectors such as ['.page-tools']"),
            "CSS selectors of the parts of an item page that are not indexed.",
        ),
    ),
)
