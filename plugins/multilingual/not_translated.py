"""Where the language switcher sends a reader when an item is not in their language.

Each listed item gets, in every site language it has no version in, a small page at
`<lang>/not-translated/<kind>/<slug>/`: a notice naming the item and linking it in
the languages it exists in, then what the language publishes of the same kind,
without that item. A static page per (item, language) needs no JavaScript and no
fragment, so the reader lands at the top with the header in view.
"""

from collections.abc import Iterator
from functools import partial
from itertools import islice

from plugins.base import urls
from plugins.base.items import Item
from plugins.base.languages import Language

from .registry import Registry

LIST_KINDS = {"news": ("news",), "events": ("events",), "page": ("page",)}


def missing_languages(registry: Registry, item: Item) -> list[Language]:
    """The site languages a listed item has no listed version in."""
    if item.hidden:
        return []
    versions = registry.versions_seen_from(item)
    listed = {code for code, other in versions.items() if not other.hidden}
    return [language for language in registry.languages if language.code not in listed]


def notice_path(language: Language, item: Item) -> str:
    """The notice page of an item in a language it is not in."""
    return urls.not_translated_path(language.prefix, item.kind, item.slug)


def back_path(language: Language, item: Item) -> str:
    """Where the notice sends a reader for the language's own list of that kind."""
    if item.kind in urls.SECTIONS:
        return urls.section_path(language.prefix, item.kind)
    return urls.home_path(language.prefix)


def notice_pages(registry: Registry, language: Language, size: int) -> Iterator:
    """(path, make_context, item) of every notice page of a language: one per
    listed item it has no version of; `make_context()` answers its context, whose
    list holds `size` entries at most."""
    for key in sorted({item.key for item in registry}):
        item = registry.representative(key)
        if language not in missing_languages(registry, item):
            continue
        make = partial(notice_context, registry, language, item, size)
        yield notice_path(language, item), make, item


def notice_context(registry: Registry, language: Language, item: Item, size: int):
    """The context of an item's notice page in a language (see notice_pages)."""
    # The first `size` only: filtering the whole list for every missing item
    # made the notice pages quadratic in the number of items.
    listing = registry.listing(language.code, LIST_KINDS[item.kind])
    entries = list(islice((e for e in listing if e.item.key != item.key), size))
    versions = [
        other for other in registry.versions(item.key).values() if not other.hidden
    ]
    return {
        "missing": item,
        "versions": versions,
        "entries": entries,
        "more_path": back_path(language, item),
        "noindex": True,
    }


def notice_version(registry: Registry, item: Item):
    """The notice page in another language: the item where it exists there, else
    that language's notice page."""
    versions = {}  # filled when first asked: most notice pages are never rendered

    def version(language: Language) -> tuple[str, bool]:
        if not versions:
            versions.update(
                (code, other)
                for code, other in registry.versions(item.key).items()
                if not other.hidden
            )
        if language.code in versions:
            return versions[language.code].path, True
        return notice_path(language, item), False

    return version
