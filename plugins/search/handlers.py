"""Thin handlers: read the build's SiteState, call the search core, hand back."""

from pathlib import Path

from plugins.base import urls
from plugins.base.cache import cache_root
from plugins.base.settings import Declaration
from plugins.multilingual import hooks
from plugins.multilingual.site_pages import PageSpec

from . import cache, core, indexer, words
from .settings import DECLARATION


def declare_settings(sender) -> Declaration:
    """`settings_declarations` receiver: the SEARCH_ options, validated at start."""
    return DECLARATION


def searchable_items(state, language, kinds) -> list:
    """The items of a language the index holds."""
    return [
        item
        for item in state.registry
        if core.is_searchable(item, language.code, kinds)
    ]


def search_pages(state, language) -> list[PageSpec]:
    """`language_pages` receiver: the language's search page (not in sitemaps)."""
    kinds = state.settings["SEARCH_KINDS"]
    choices = core.search_choices(searchable_items(state, language, kinds), kinds)
    forms = words.word_forms(state.settings["SEARCH_BUNDLE"], language.code)
    return [
        PageSpec(
            "search.html",
            core.search_path(language.prefix),
            {
                "search_choices": choices,
                "search_finds_forms": core.is_stemmed(language.code) or bool(forms),
                "search_forms": forms,
            },
            same_page_in=lambda other: (core.search_path(other.prefix), True),
            indexable=False,
        )
    ]


def search_context(state, language, spec) -> dict:
    """`page_context` receiver: the header form's target; an item's index facets."""
    settings = state.settings
    searchable = core.is_searchable(spec.item, language.code, settings["SEARCH_KINDS"])
    return {
        "search": {
            "path": core.search_path(language.prefix),
            "bundle": f"{settings['SEARCH_BUNDLE']}/pagefind.js",
            "page_size": settings["SEARCH_PAGE_SIZE"],
            "excerpt_words": settings["SEARCH_EXCERPT_WORDS"],
            "facets": core.item_facets(spec.item) if searchable else None,
        }
    }


def indexed_pages(state, kinds) -> list[indexer.IndexedPage]:
    """The full item pages this build wrote, read back from the output folder."""
    output = Path(state.pelican_settings["OUTPUT_PATH"])
    return [
        indexer.IndexedPage(
            link=state.address.link(spec.path),
            lang=language.code,
            html=(output / urls.output_file(spec.path)).read_bytes(),
        )
        for language in state.languages
        for spec in state.pages.get(language.code, [])
        if core.is_searchable(spec.item, language.code, kinds)
    ]


@hooks.replaces_its_files
def search_bundle(state, changed=None, quick=False) -> list[tuple[str, bytes]]:
    """`site_files` receiver: the Pagefind bundle of every language's items.

    The devserver's quick rebuild (`quick`) leaves the index as it is: Pagefind
    can only index a whole site again (seconds for a large one) under new file
    names, so the edited text becomes searchable at the next build. Any other build
    indexes every page, even when only some items changed (`changed`).
    """
    if quick:
        return []
    settings = state.settings
    pages = indexed_pages(state, settings["SEARCH_KINDS"])
    if not pages:
        return []
    selectors = settings["SEARCH_EXCLUDE_SELECTORS"]
    version = f"{indexer.pagefind_version()} {words.tables_version()}"
    files = cache.cached(
        cache_root(state.pelican_settings),
        cache.inputs_digest(pages, selectors, version),
        lambda: {
            **indexer.build_bundle(pages, selectors, indexer.pagefind_binary()),
            **words.word_tables(pages, selectors),
        },
    )
    return [
        (f"{settings['SEARCH_BUNDLE']}/{name}", data) for name, data in files.items()
    ]
