"""Link previews (Open Graph, Twitter cards) and robots.txt.

Pure: no Pelican. The handlers give the addresses, already absolute.
"""

from dataclasses import dataclass

ARTICLE_KINDS = ("news", "events", "page")


@dataclass(frozen=True)
class OpenGraph:
    """What a link preview of one page shows, besides its title and description."""

    type: str  # "article" for an item, "website" for lists and the home page
    url: str
    site_name: str
    locale: str
    alternate_locales: tuple[str, ...]
    image: str = ""  # absolute address of the item's first image, published copy
    card: str = "summary"  # Twitter card: "summary_large_image" with an image


def og_locale(locale: str) -> str:
    """Open Graph's language_TERRITORY: `sr_Cyrl_RS` → `sr_RS`, `cs_CZ` stays."""
    parts = locale.split("_")
    return f"{parts[0]}_{parts[-1]}" if len(parts) > 1 else parts[0]


def alternate_locales(current: str, others) -> tuple[str, ...]:
    """The Open Graph locales of the other languages, each once, not the current."""
    mine = og_locale(current)
    seen: list[str] = []
    for locale in map(og_locale, others):
        if locale != mine and locale not in seen:
            seen.append(locale)
    return tuple(seen)


def page_type(kind: str | None) -> str:
    """`article` for an item page, `website` for every other page."""
    return "article" if kind in ARTICLE_KINDS else "website"


def robots_txt(sitemap_url: str) -> bytes:
    """robots.txt: everything may be crawled; the sitemap's absolute address.

    The text views name their full page as canonical and the print views say
    noindex, so search engines fold them into the full page: nothing is hidden.
    """
    return f"User-agent: *\nDisallow:\n\nSitemap: {sitemap_url}\n".encode()
