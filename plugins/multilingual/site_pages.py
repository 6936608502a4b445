"""Which pages each language site has: a plan the renderer turns into files."""

from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from plugins.base import urls
from plugins.base.event_times import last_day
from plugins.base.items import Item, Tag
from plugins.base.languages import Language

from .not_translated import notice_pages, notice_path, notice_version
from .registry import Listed, Registry


class DeferredContext(Mapping):
    """A page context made when first read, for a plan that lists many pages of
    which a rebuild may render few (a calendar's months): `make()` answers the
    dict, once; `checked_by(check)` gives one that passes what it makes to
    `check` first (plan_language checks a plugin's contexts so)."""

    def __init__(self, make: Callable[[], dict], check: Callable | None = None):
        self._make = make
        self._check = check
        self._made: dict | None = None

    def checked_by(self, check: Callable[[dict], None]) -> "DeferredContext":
        """The same context, checked by `check` when it is made."""
        return DeferredContext(self._make, check)

    def made(self) -> dict:
        """The context itself, made (and checked) on the first call."""
        if self._made is None:
            context = self._make()
            if self._check is not None:
                self._check(context)
            self._made = context
        return self._made

    def __getitem__(self, key):
        return self.made()[key]

    def __iter__(self):
        return iter(self.made())

    def __len__(self) -> int:
        return len(self.made())


@dataclass
class PageSpec:
    """One page to render: template, path, context, the same page in other languages."""

    template: str
    path: str
    context: Mapping = field(default_factory=dict)  # or a DeferredContext
    item: Item | None = None
    # The same page in another language: (path, True) or a fallback (path, False).
    same_page_in: Callable[[Language], tuple[str, bool]] | None = None
    indexable: bool = True  # listed in sitemaps


def paginate(entries: list, size: int) -> list[list]:
    """Split a list into pages of `size` (always at least one, maybe empty, page)."""
    return [entries[n : n + size] for n in range(0, len(entries), size)] or [[]]


def event_day(item: Item) -> date:
    """The day an event starts (all-day or timed)."""
    start = item.event_start
    return start.date() if isinstance(start, datetime) else start


def event_last_day(item: Item) -> date:
    """The last day an event covers (an end at 00:00 ends the day before)."""
    return last_day(item.event_start, item.event_end)


def split_events(entries: list[Listed], today: date) -> tuple[list, list]:
    """Upcoming (soonest first, running ones included) and past (latest first)."""
    events = [entry for entry in entries if entry.item.event_start is not None]
    upcoming = [e for e in events if event_last_day(e.item) >= today]
    past = [e for e in events if event_last_day(e.item) < today]
    upcoming.sort(key=lambda e: (event_day(e.item), e.item.slug))
    past.sort(key=lambda e: (event_day(e.item), e.item.slug), reverse=True)
    return upcoming, past


def own_language_first(entries: list[Listed], limit: int | None = None) -> list:
    """Entries in the list's language, then those only in others (each part in its
    order, each cut to `limit`): templates show the second part as its own block."""
    own = [entry for entry in entries if not entry.foreign][:limit]
    others = [entry for entry in entries if entry.foreign][:limit]
    return own + others


def section_version(section: str) -> Callable[[Language], tuple[str, bool]]:
    """A section page in another language: the same section there."""
    return lambda language: (urls.section_path(language.prefix, section), True)


def item_version(registry: Registry, item: Item, notices: bool = True):
    """An item in another language: its translation, else the notice page saying
    it is not there (not_translated.py); without notice pages, or for a hidden
    item, that section or home."""
    versions = registry.versions_seen_from(item)
    listed = notices and any(not other.hidden for other in versions.values())

    def version(language: Language) -> tuple[str, bool]:
        if language.code in versions:
            return versions[language.code].path, True
        if listed:
            return notice_path(language, registry.representative(item.key)), False
        if item.kind in urls.SECTIONS:
            return urls.section_path(language.prefix, item.kind), False
        return urls.home_path(language.prefix), False

    return version


def home_page(registry, language, settings, today) -> PageSpec:
    """The home page: latest news, upcoming events, institutional pages."""
    news = registry.listing(language.code, kinds=("news",))
    upcoming, _past = split_events(registry.listing(language.code, ("events",)), today)
    return PageSpec(
        "home.html",
        urls.home_path(language.prefix),
        {
            "news": own_language_first(news, settings["MULTILINGUAL_HOME_NEWS"]),
            "upcoming": own_language_first(
                upcoming, settings["MULTILINGUAL_HOME_EVENTS"]
            ),
        },
        same_page_in=lambda other: (urls.home_path(other.prefix), True),
    )


def news_pages(registry, language, settings) -> Iterator[PageSpec]:
    """The news list, paginated, the language's own items first."""
    pages = paginate(
        own_language_first(registry.listing(language.code, kinds=("news",))),
        settings["MULTILINGUAL_PAGE_SIZE"],
    )
    for number, entries in enumerate(pages, start=1):
        yield PageSpec(
            "news.html",
            urls.section_path(language.prefix, "news", number),
            {
                "entries": entries,
                "pagination": pagination(language, "news", number, len(pages)),
            },
            same_page_in=section_version("news"),
        )


def pagination(language: Language, section: str, number: int, count: int) -> dict:
    """Links of a paginated list: previous, next and every page."""

    def path(n):
        return urls.section_path(language.prefix, section, n)

    return {
        "number": number,
        "count": count,
        "previous": path(number - 1) if number > 1 else None,
        "next": path(number + 1) if number < count else None,
        "pages": [(n, path(n)) for n in range(1, count + 1)],
    }


def events_page(registry, language, today) -> PageSpec:
    """The events section: upcoming and past events, the language's own first."""
    upcoming, past = split_events(registry.listing(language.code, ("events",)), today)
    return PageSpec(
        "events.html",
        urls.section_path(language.prefix, "events"),
        {"upcoming": own_language_first(upcoming), "past": own_language_first(past)},
        same_page_in=section_version("events"),
    )


def item_pages(
    registry, language, notices: bool = True, only: Collection[str] | None = None
) -> Iterator[PageSpec]:
    """Every item written in (or generated for) the language (`only`: those of
    these paths); `notices`: the switcher leads to notice pages where an item is
    missing."""
    for item in registry.every_item():
        if item.lang != language.code or (only is not None and item.path not in only):
            continue
        template = "page.html" if item.kind == "page" else "item.html"
        yield PageSpec(
            template,
            item.path,
            {},
            item=item,
            same_page_in=item_version(registry, item, notices),
            indexable=not item.hidden,
        )


def tag_pages(registry, language) -> Iterator[PageSpec]:
    """The tag index and one list per tag."""
    tags = registry.tags_in(language.code)
    yield PageSpec(
        "tags.html",
        urls.tags_path(language.prefix),
        {"tags": tags},
        same_page_in=lambda other: (urls.tags_path(other.prefix), True),
    )
    for slug, (tag, entries) in tags.items():
        yield PageSpec(
            "tag.html",
            urls.tag_path(language.prefix, slug),
            {"tag": tag, "entries": entries},
            same_page_in=tag_version(registry, tag),
        )


def tag_version(registry: Registry, tag: Tag):
    """A tag page in another language: the same tag there (by its tags.toml key,
    else by its slug), else that language's tag index."""

    def version(language: Language) -> tuple[str, bool]:
        slug = registry.tag_in(tag, language.code).slug
        if slug in registry.tags_in(language.code):
            return urls.tag_path(language.prefix, slug), True
        return urls.tags_path(language.prefix), False

    return version


def sitemap_page(registry, language) -> PageSpec:
    """The HTML site map: sections, institutional pages and every listed item."""
    return PageSpec(
        "sitemap.html",
        urls.sitemap_page_path(language.prefix),
        {
            "news": registry.listing(language.code, ("news",)),
            "events": registry.listing(language.code, ("events",)),
            "pages": registry.listing(language.code, ("page",)),
        },
        same_page_in=lambda other: (urls.sitemap_page_path(other.prefix), True),
    )


def not_translated_pages(registry, language, settings) -> Iterator[PageSpec]:
    """The notice pages of the items the language has no version of."""
    size = settings["MULTILINGUAL_PAGE_SIZE"]
    for path, make_context, item in notice_pages(registry, language, size):
        yield PageSpec(
            "not_translated.html",
            path,
            DeferredContext(make_context),
            same_page_in=notice_version(registry, item),
            indexable=False,
        )


def not_found_page(language) -> PageSpec:
    """The 404 page of a language (served by the web server for missing paths)."""
    return PageSpec(
        "404.html",
        f"{language.prefix}/404.html",
        {},
        same_page_in=lambda other: (f"{other.prefix}/404.html", True),
        indexable=False,
    )


def language_site(registry, language, settings, today) -> Iterator[PageSpec]:
    """Every page of one language site."""
    yield home_page(registry, language, settings, today)
    yield from news_pages(registry, language, settings)
    yield events_page(registry, language, today)
    notices = settings["MULTILINGUAL_NOT_TRANSLATED_PAGES"]
    yield from item_pages(registry, language, notices)
    yield from tag_pages(registry, language)
    yield sitemap_page(registry, language)
    if notices:
        yield from not_translated_pages(registry, language, settings)
    yield not_found_page(language)
