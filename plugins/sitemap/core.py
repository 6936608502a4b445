"""sitemap.xml with hreflang alternates, built with lxml's ElementTree.

lxml rather than the standard library's ElementTree: a site of twenty thousand pages
has some hundred thousand elements, which lxml builds and writes in C.
"""

from dataclasses import dataclass
from datetime import date

from lxml import etree as ET

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"


@dataclass(frozen=True)
class SitemapEntry:
    """One page: its absolute address, alternates (hreflang, address), last change."""

    loc: str
    alternates: tuple[tuple[str, str], ...] = ()
    lastmod: date | None = None


def sitemap_xml(entries) -> bytes:
    """The sitemap document, entries in the order given, UTF-8 with a declaration."""
    urlset = ET.Element(
        f"{{{SITEMAP_NS}}}urlset", nsmap={None: SITEMAP_NS, "xhtml": XHTML_NS}
    )
    for entry in entries:
        url = ET.SubElement(urlset, f"{{{SITEMAP_NS}}}url")
        ET.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = entry.loc
        if entry.lastmod:
            ET.SubElement(
                url, f"{{{SITEMAP_NS}}}lastmod"
            ).text = entry.lastmod.isoformat()
        for hreflang, href in entry.alternates:
            ET.SubElement(
                url,
                f"{{{XHTML_NS}}}link",
                {"rel": "alternate", "hreflang": hreflang, "href": href},
            )
    ET.indent(urlset)
    return ET.tostring(urlset, encoding="utf-8", xml_declaration=True) + b"\n"
