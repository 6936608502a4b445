"""Item HTML as the text-only view shows it: images as words, links in text mode."""

from collections.abc import Callable

import lxml.html

REMOVED = ("iframe", "video", "audio", "object", "embed", "svg")
# Kept for their content only: a <picture>'s <img> becomes words, and the link a
# figure has to its largest picture (plugins/media) leads to no text. libxml2 does
# not know <source> is empty and nests what follows inside it: unwrapped too.
UNWRAPPED = ("picture", "source", "a[@class='enlarge']")


def text_version_html(
    fragment: str, image_label: Callable[[str], str], link_for: Callable[[str], str]
) -> str:
    """Replace images by "[Image: alt]" and pass every link through `link_for`."""
    if not fragment.strip():
        return fragment
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    for element in root.xpath("|".join(f".//{tag}" for tag in REMOVED)):
        element.drop_tree()
    for element in root.xpath("|".join(f".//{tag}" for tag in UNWRAPPED)):
        element.drop_tag()
    for image in root.xpath(".//img"):
        replacement = lxml.html.Element("span", {"class": "image-text"})
        replacement.text = image_label(image.get("alt", "").strip())
        replacement.tail = image.tail
        image.getparent().replace(image, replacement)
    for link in root.xpath(".//a[@href]"):
        link.set("href", link_for(link.get("href")))
    inner = [lxml.html.tostring(child, encoding="unicode") for child in root]
    return (root.text or "") + "".join(inner)


def link_addresses(fragment: str, absolute: Callable[[str], str]) -> list[tuple]:
    """The (text, absolute address) of every link in a fragment, in order, once."""
    if not fragment.strip():
        return []
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    seen, found = set(), []
    for link in root.xpath(".//a[@href][not(@class='enlarge')]"):
        address = absolute(link.get("href"))
        if address.startswith("#") or address in seen:
            continue
        seen.add(address)
        found.append((" ".join(link.text_content().split()), address))
    return found
