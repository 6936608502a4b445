"""Where an alias must not go: the output paths of the site's own pages.

The content checker runs before Pelican reads anything, so the pages are worked out
from the content files themselves (language, kind, slug), laid out by
plugins/base/urls.py. Entries ending in "/*" reserve a whole folder: an
item's folder (its page, print view, calendar file), and the folders the site fills
itself (tags, calendar, feeds, search, text views, theme, images).
"""

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from plugins.base import urls
from plugins.base.aliases import REDIRECT_MAP
from plugins.base.languages import Language, build_languages, normalise_code
from plugins.base.transliteration.core import latin_slug

CONTENT_FOLDERS = ("news", "events", "pages")
# Files and folders at the site root that are not a language's pages.
ROOT_PATHS = frozenset(
    {
        "index.html",
        "sitemap.xml",
        REDIRECT_MAP,
        "text/*",
        "theme/*",
        "images/*",
        "feeds/*",
        "pagefind/*",
    }
)


class ContentFile(Protocol):
    """What reserved paths read of a content file (plugins/checks/metadata.py)."""

    folder: str

    def value(self, key: str) -> str:
        """The value of a metadata key, or ''."""


@dataclass(frozen=True)
class PageSource:
    """What decides an item's address: its language, kind and slug."""

    lang: str  # site language code: "lv", "sr-Cyrl"
    kind: str  # "news", "events", "page" (or another category)
    slug: str


def page_source(
    file: ContentFile, default_language: str, slugify: Callable[[str], str]
) -> PageSource | None:
    """The address parts of one content file; None when it has no usable language."""
    lang = normalise_code(file.value("Lang") or default_language)
    slug = file.value("Slug") or (
        slugify(file.value("Title")) if file.value("Title") else ""
    )
    if lang is None or urls.segment_problem(slug):
        return None  # a slug that is no address: the content checks report it
    if file.folder == "pages":
        kind = "page"
    else:
        kind = (file.value("Category") or file.folder).strip().lower()
    return PageSource(lang, kind, slug)


def language_paths(language: Language) -> set[str]:
    """The pages every language site has, and the folders it fills itself."""
    prefix = language.prefix
    paths = {urls.output_file(urls.home_path(prefix)), f"{prefix}/404.html"}
    for section in urls.SECTIONS:
        paths.add(urls.output_file(urls.section_path(prefix, section)))
        paths.add(f"{prefix}/{section}/page/*")
    paths |= {
        f"{prefix}/{folder}/*" for folder in urls.RESERVED_SLUGS - set(urls.SECTIONS)
    }
    return paths


def item_folders(source: PageSource, languages: Iterable[Language]) -> Iterator[str]:
    """The folder of an item in its language, and of its generated Latin copies."""
    for language in languages:
        if language.code == source.lang:
            yield urls.item_path(language.prefix, source.kind, source.slug) + "*"
        elif language.generated_from == source.lang:
            slug = latin_slug(source.slug)
            yield urls.item_path(language.prefix, source.kind, slug) + "*"


def site_languages(codes: Iterable[str], overrides) -> list[Language]:
    """The site's languages with their URL prefixes.

    Unknown codes and malformed overrides are left out: the multilingual plugin
    reports them itself, once, with the setting's name.
    """
    known = [code for code in map(normalise_code, codes) if code]
    prefixes = {
        code: {"prefix": values["prefix"]}
        for code, values in (overrides if isinstance(overrides, dict) else {}).items()
        if isinstance(values, dict) and isinstance(values.get("prefix"), str)
    }
    return build_languages(known, prefixes)


def reserved_paths(
    sources: Iterable[PageSource], languages: Iterable[Language]
) -> frozenset[str]:
    """Every output path and folder of the site's own pages."""
    languages = list(languages)
    reserved = set(ROOT_PATHS)
    for language in languages:
        reserved |= language_paths(language)
    for source in sources:
        reserved.update(item_folders(source, languages))
    return frozenset(reserved)


def page_sources(
    files: Iterable[ContentFile], default_language: str, slugify: Callable[[str], str]
) -> list[PageSource]:
    """The address parts of every parsed news, event and page file that has them."""
    sources = []
    for file in files:
        if file.folder not in CONTENT_FOLDERS:
            continue
        source = page_source(file, default_language, slugify)
        if source is not None:
            sources.append(source)
    return sources
