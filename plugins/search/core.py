"""What the search index files each item under, and what the search page offers.

Pure functions of items: the handlers pass them in, the templates render the result
as Pagefind's `data-pagefind-*` attributes and as the search page's filter choices.
"""

from dataclasses import dataclass
from datetime import date, datetime

# Languages Pagefind 1.5 stems (its snowball stemmers, by primary language subtag).
# In the others a word is found only as typed, or by typing its beginning: the
# search page says so (see README, "How search finds inflected words").
STEMMED_LANGUAGES = (
    "ar ca da de el en es eu fi fr ga hi hu hy id it"  # space-separated subtags
    " lt ne nl no pt ro ru sr sv ta tr yi"
)
# Pagefind leaves a page without a sort key out of sorted results. Undated items
# (institutional pages) get a key that puts them last in either order instead.
UNDATED_NEWEST = "0000-00-00"
UNDATED_OLDEST = "9999-99-99"


@dataclass(frozen=True)
class Facets:
    """An item's filters and sort keys in the index."""

    section: str  # the item's kind: news, events, page
    year: str  # "" when the item has no date
    tags: tuple[str, ...]  # tag slugs
    newest: str  # sort key for "newest first"
    oldest: str  # sort key for "oldest first"


@dataclass(frozen=True)
class Choices:
    """The filters a language's search page offers: only values that find something."""

    count: int  # searchable items in the language
    sections: tuple[str, ...]
    years: tuple[str, ...]  # newest first
    tags: tuple  # Tag(name, slug), by name


def search_path(prefix: str) -> str:
    """The search page of a language: `lv/search/`."""
    return f"{prefix}/search/"


def is_stemmed(language_code: str) -> bool:
    """True when Pagefind finds other forms of a word in this language by itself."""
    return language_code.split("-")[0].lower() in STEMMED_LANGUAGES.split()


def item_day(item) -> date | None:
    """The day results show and sort by: an event's start, else the publication."""
    moment = item.event_start if item.is_event and item.event_start else item.date
    if isinstance(moment, datetime):
        return moment.date()
    return moment


def item_facets(item) -> Facets:
    """The section, year, tags and sort keys of an item."""
    day = item_day(item)
    iso = day.isoformat() if day else ""
    return Facets(
        section=item.kind,
        year=str(day.year) if day else "",
        tags=tuple(tag.slug for tag in item.tags),
        newest=iso or UNDATED_NEWEST,
        oldest=iso or UNDATED_OLDEST,
    )


def is_searchable(item, language_code: str, kinds) -> bool:
    """True for a listed (not hidden) item page of the language whose kind is
    searched."""
    return (
        item is not None
        and item.lang == language_code
        and item.kind in kinds
        and not item.hidden
    )


def search_choices(items, kinds) -> Choices:
    """Sections, years and tags of the given (one language's searchable) items."""
    items = list(items)
    facets = [item_facets(item) for item in items]
    present = {facet.section for facet in facets}
    tags = {tag.slug: tag for item in items for tag in item.tags}
    return Choices(
        count=len(items),
        sections=tuple(kind for kind in kinds if kind in present),
        years=tuple(sorted({f.year for f in facets if f.year}, reverse=True)),
        tags=tuple(sorted(tags.values(), key=lambda tag: tag.name.casefold())),
    )
