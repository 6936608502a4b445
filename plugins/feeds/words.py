"""A feed's title and description in the feed's language, and autodiscovery links.

Pure: no Pelican imports. `gettext` is the language's catalog lookup; calling it
with literal strings is how `tools.catalogs` finds these interface strings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from plugins.feeds.layout import ALL_LANGUAGES, TAG, FeedAddress
from plugins.feeds.stylesheet import StylesheetWords

# As in the pages' <title>: "News – Regional Anti-Trafficking Network".
TITLE_SEPARATOR = " – "

Gettext = Callable[[str], str]


def section_name(kind: str, gettext: Gettext) -> str:
    """The translated name of what a section feed follows: "News", "Events"."""
    if kind == "news":
        return gettext("News")
    if kind == "events":
        return gettext("Events")
    if kind == ALL_LANGUAGES:
        return gettext("All languages")
    raise ValueError(f"feeds: {kind!r} is not a section feed")


def feed_title(address: FeedAddress, site_name: str, gettext: Gettext) -> str:
    """The site's name for its main feed, else "<section or tag> – <site name>"."""
    if address.kind == "all":
        return site_name
    if address.kind == TAG:
        return address.label + TITLE_SEPARATOR + site_name
    return section_name(address.kind, gettext) + TITLE_SEPARATOR + site_name


def feed_description(address: FeedAddress, site_name: str, gettext: Gettext) -> str:
    """One sentence saying what the feed carries, in the feed's language."""
    kind = address.kind
    if kind == "all":
        text = gettext("News and events from %(site)s")
    elif kind == "news":
        text = gettext("News from %(site)s")
    elif kind == "events":
        text = gettext("Events from %(site)s")
    elif kind == TAG:
        text = gettext("News and events tagged “%(tag)s” from %(site)s")
    else:
        text = gettext("News and events from %(site)s in every language")
    return text % {"site": site_name, "tag": address.label}


def autodiscovery_links(
    addresses: Iterable[FeedAddress],
    site_name: str,
    gettext: Gettext,
    hreflang: str,
    absolute: Callable[[str], str],
) -> list[dict[str, str]]:
    """`<link rel="alternate">` data for base.html's head_links, RSS then Atom."""
    links = []
    for address in addresses:
        title = feed_title(address, site_name, gettext)
        for format_name, media_type, path in address.formats:
            links.append(
                {
                    "rel": "alternate",
                    "type": media_type,
                    "href": absolute(path),
                    "hreflang": hreflang,
                    "title": f"{title} ({format_name})",
                }
            )
    return links


def stylesheet_words(gettext: Gettext, stylesheet_link: str) -> StylesheetWords:
    """What the page a browser shows for a feed says, in the feed's language."""
    return StylesheetWords(
        notice=gettext(
            "This is a feed: your feed reader can show you everything new here. "
            "To subscribe, copy the address of this page from the address bar "
            "and add it to your feed reader."
        ),
        back=gettext("Back to the site"),
        stylesheet_link=stylesheet_link,
    )
