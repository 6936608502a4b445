"""The URL layout of every language site, as paths relative to the site root.

Paths have no leading slash and end in "/" for pages written as `index.html`, so the
same path gives the output file, the link (with the site's sub-path) and the absolute
address (with SITEURL).
"""

import re
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urlsplit

# Folder names under a language prefix that an institutional page's slug must not take.
RESERVED_SLUGS = frozenset(
    {
        "news",
        "events",
        "tags",
        "calendar",
        "search",
        "sitemap",
        "feeds",
        "page",
        "accessibility",
        "not-translated",
    }
)
SECTIONS = ("news", "events")
# A slug becomes a folder name: one segment, no controls, within a file name's bytes.
NOT_IN_SEGMENT = re.compile(r"[/\\\x00-\x1f\x7f-\x9f]")
SEGMENT_BYTES = 255


class SlugError(ValueError):
    """A slug that is not one plain path segment (the content checks say so first)."""


def segment_problem(slug: str) -> str:
    """What keeps a slug from being one plain path segment, or ''."""
    if not slug:
        return "is empty"
    if slug in (".", ".."):
        return "is a dot segment"
    if NOT_IN_SEGMENT.search(slug):
        return "holds a slash, backslash or control character"
    if len(slug.encode("utf-8")) > SEGMENT_BYTES:
        return f"is longer than {SEGMENT_BYTES} bytes"
    return ""


def plain_segment(slug: str, what: str = "Slug") -> str:
    """The slug itself if it is one plain path segment; else SlugError."""
    problem = segment_problem(slug)
    if problem:
        raise SlugError(
            f"error: {what} {slug!r} {problem}, so it cannot be an address. "
            f"Fix: set a plain {what} (letters, digits and '-')."
        )
    return slug


def home_path(prefix: str) -> str:
    """The home page of a language: `lv/`."""
    return f"{prefix}/"


def section_path(prefix: str, section: str, page: int = 1) -> str:
    """A section list, paginated from page 2 on: `lv/news/`, `lv/news/page/2/`."""
    if page == 1:
        return f"{prefix}/{section}/"
    return f"{prefix}/{section}/page/{page}/"


def item_path(prefix: str, kind: str, slug: str) -> str:
    """A news item or event lives in its section; a page directly under the prefix."""
    plain_segment(slug)
    if kind in SECTIONS:
        return f"{prefix}/{kind}/{slug}/"
    return f"{prefix}/{slug}/"


def tags_path(prefix: str) -> str:
    """The tag index of a language."""
    return f"{prefix}/tags/"


def tag_path(prefix: str, tag_slug: str) -> str:
    """The list of items carrying one tag."""
    plain_segment(tag_slug, "Tag slug")
    return f"{prefix}/tags/{tag_slug}/"


def not_translated_path(prefix: str, kind: str, slug: str) -> str:
    """Where the switcher sends readers of a language an item is not in:
    `en/not-translated/news/riga-seminar/`."""
    plain_segment(slug)
    return f"{prefix}/not-translated/{kind}/{slug}/"


def sitemap_page_path(prefix: str) -> str:
    """The HTML site map of a language."""
    return f"{prefix}/sitemap/"


def output_file(path: str) -> str:
    """The file a path is written to: directories get `index.html`."""
    return f"{path}index.html" if path == "" or path.endswith("/") else path


@dataclass(frozen=True)
class SiteAddress:
    """Turns site-relative paths into links and absolute addresses."""

    site_url: str

    @cached_property
    def base_path(self) -> str:
        """The sub-path the site is served under ("" at a domain's root)."""
        return urlsplit(self.site_url).path.rstrip("/")

    def link(self, path: str) -> str:
        """A root-relative link that works on any host serving the site."""
        return f"{self.base_path}/{path}"

    def absolute(self, path: str) -> str:
        """The absolute address of a path, for canonical links, feeds and sitemaps."""
        return f"{self.site_url.rstrip('/')}/{path}"
