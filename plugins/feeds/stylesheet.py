"""The XSLT stylesheet that shows a feed as a readable page in a browser.

A click on a feed link opens the feed in the browser; its `<?xml-stylesheet?>`
(added by core.py) names this stylesheet, served from the same site, which turns
the RSS or Atom document into a page with the feed's title, its items and a
sentence on how to subscribe. Feed readers ignore it and read the plain feed.
The output has no inline script or style, so the site's Content-Security-Policy
allows it. Pure: no Pelican imports; built with lxml, never with strings.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

XSL = "http://www.w3.org/1999/XSL/Transform"
ATOM = "http://www.w3.org/2005/Atom"
STYLESHEET_FILE = "feed.xsl"  # beside the language's feeds: `lv/feeds/feed.xsl`
PROCESSING_INSTRUCTION = "xml-stylesheet"
# Either format: the first of the union that the document has.
TITLE = "rss/channel/title|atom:feed/atom:title"
DESCRIPTION = "rss/channel/description|atom:feed/atom:subtitle"
LANGUAGE = "rss/channel/language|atom:feed/@xml:lang"
HOME = "rss/channel/link|atom:feed/atom:link[@rel='alternate']/@href"
ENTRIES = "rss/channel/item|atom:feed/atom:entry"
# feedgen writes an Atom entry's link without rel (alternate by default).
ENTRY_LINK = "link|atom:link[not(@rel) or @rel='alternate']/@href"
ENTRY_TITLE = "title|atom:title"


@dataclass(frozen=True)
class StylesheetWords:
    """What the page around a feed says, in the feed's language."""

    notice: str  # what a feed is and how to subscribe to it
    back: str  # the link to the page the feed follows
    stylesheet_link: str  # the site's CSS, root-relative (same origin)


def xsl(parent, instruction: str, **attributes) -> etree._Element:
    """An XSLT instruction under parent."""
    return etree.SubElement(parent, f"{{{XSL}}}{instruction}", attributes)


def html(parent, tag: str, text: str = "", **attributes) -> etree._Element:
    """A literal HTML element of the output under parent."""
    element = etree.SubElement(parent, tag, attributes)
    if text:
        element.text = text
    return element


def value_of(parent, select: str) -> None:
    """The text of the first node a path selects."""
    xsl(parent, "value-of", select=select)


def feed_stylesheet(words: StylesheetWords) -> bytes:
    """The XSLT 1.0 stylesheet turning an RSS or Atom feed into an HTML page."""
    root = etree.Element(f"{{{XSL}}}stylesheet", nsmap={"xsl": XSL, "atom": ATOM})
    root.set("version", "1.0")
    root.set("exclude-result-prefixes", "atom")
    xsl(root, "output", method="html", encoding="UTF-8")
    template = xsl(root, "template", match="/")
    page = html(template, "html", lang="{" + LANGUAGE.replace("|", " | ") + "}")
    head = html(page, "head")
    html(head, "meta", charset="utf-8")
    html(head, "meta", name="viewport", content="width=device-width, initial-scale=1")
    value_of(html(head, "title"), TITLE)
    html(head, "link", rel="stylesheet", href=words.stylesheet_link)
    main = html(html(page, "body"), "main", id="main", **{"class": "wrap feed-view"})
    html(main, "p", words.notice, **{"class": "feed-notice", "role": "note"})
    value_of(html(main, "h1"), TITLE)
    value_of(html(main, "p", **{"class": "feed-description"}), DESCRIPTION)
    html(html(main, "p"), "a", words.back, href="{" + HOME + "}")
    entries = html(main, "ul", **{"class": "entries"})
    each = xsl(entries, "for-each", select=ENTRIES)
    entry = html(each, "li", **{"class": "entry"})
    title = html(entry, "h2", **{"class": "entry-title"})
    value_of(html(title, "a", href="{" + ENTRY_LINK + "}"), ENTRY_TITLE)
    etree.indent(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def with_stylesheet(feed: bytes, href: str) -> bytes:
    """The feed with an `<?xml-stylesheet?>` naming the stylesheet at href."""
    root = etree.fromstring(feed)
    instruction = etree.ProcessingInstruction(
        PROCESSING_INSTRUCTION, f'type="text/xsl" href="{escaped(href)}"'
    )
    root.addprevious(instruction)
    return etree.tostring(
        root.getroottree(), xml_declaration=True, encoding="UTF-8", pretty_print=True
    )


def escaped(href: str) -> str:
    """A path as a pseudo-attribute value of a processing instruction."""
    return (
        href.replace("&", "&amp;")
        .replace('"', "&quot;")
        .replace("<", "&lt;")
        .replace("?>", "?&gt;")
    )
