"""Small hand-built items and registries for the unit tests of plugins/multilingual."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from plugins.base import urls
from plugins.base.items import Item, Tag
from plugins.base.languages import build_languages
from plugins.multilingual.registry import Registry

LANGUAGES = build_languages(["cs", "lv", "sr-Cyrl", "sr-Latn", "bg", "en"])
BY_CODE = {language.code: language for language in LANGUAGES}
# The templates a language site renders its pages with (tiny in-memory themes).
PAGE_TEMPLATES = (
    "home.html",
    "news.html",
    "events.html",
    "item.html",
    "page.html",
    "tags.html",
    "tag.html",
    "sitemap.html",
    "not_translated.html",
    "404.html",
)
RIGA = ZoneInfo("Europe/Riga")
SETTINGS = {
    "MULTILINGUAL_HOME_NEWS": 2,
    "MULTILINGUAL_HOME_EVENTS": 2,
    "MULTILINGUAL_PAGE_SIZE": 3,
    "MULTILINGUAL_NOT_TRANSLATED_PAGES": True,
}


def make_item(lang: str, slug: str, kind: str = "news", **fields) -> Item:
    """An item with a title, path and source file made from its language and slug."""
    prefix = BY_CODE[lang].prefix
    values = {
        "title": f"{slug} ({lang})",
        "path": urls.item_path(prefix, kind, slug),
        "source_path": f"{kind}/{slug}.{lang}.md",
        "content": f"<p>{slug} in {lang}</p>",
        **fields,
    }
    if "tags" in values:
        values["tags"] = tuple(Tag(name, name.lower()) for name in values["tags"])
    return Item(kind=kind, lang=lang, slug=slug, **values)


def news(lang: str, slug: str, day: int = 1, **fields) -> Item:
    """A news item published on a day of May 2024."""
    return make_item(lang, slug, date=datetime(2024, 5, day, tzinfo=UTC), **fields)


def event(lang: str, slug: str, start, end=None, **fields) -> Item:
    """An event from `start` to `end` (dates, or aware datetimes)."""
    published = datetime(2024, 4, 1, tzinfo=UTC)
    return make_item(
        lang,
        slug,
        "events",
        date=published,
        event_start=start,
        event_end=end,
        **fields,
    )


def page(lang: str, slug: str, order: int = 0, **fields) -> Item:
    """An institutional page at a place in the menu."""
    return make_item(lang, slug, "page", order=order, **fields)


def at(day: int, hour: int = 0, minute: int = 0) -> datetime:
    """A moment of May 2024 in Riga."""
    return datetime(2024, 5, day, hour, minute, tzinfo=RIGA)


def on(day: int) -> date:
    """A day of May 2024."""
    return date(2024, 5, day)


def registry_of(items, codes=("lv", "en"), **options) -> Registry:
    """A registry of some site languages (English the fallback unless told)."""
    languages = [BY_CODE[code] for code in codes]
    return Registry(languages, items, **{"fallback": "en", **options})
