"""A Markdown extension: captions, galleries and content-root image paths.

- A paragraph holding only images becomes a <figure> (one image) or a gallery of
  figures (several); an image's title becomes its visible <figcaption>.
- Paths written relative to the content folder (`images/x.jpg`, `news/y.md`) or to the
  file (`../images/x.jpg`) become Pelican `{static}` / `{filename}` links, so they
  resolve to the published address wherever the page ends up.
"""

import re
import xml.etree.ElementTree as etree

from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

EXTERNAL_PREFIXES = ("#", "/", "{")
# Any address with a scheme (https:, mailto:, sms:, skype:, C:) is no content file:
# made a {static} link, Pelican looked for "content/sms:+371…" and warned.
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def pelican_link(target: str, marker: str) -> str:
    """`images/x.jpg` → `{static}/images/x.jpg`; `../x.md` → `{filename}../x.md`."""
    if not target or target.startswith(EXTERNAL_PREFIXES) or SCHEME.match(target):
        return target
    if target.startswith(("./", "../")):
        return "{" + marker + "}" + target
    return "{" + marker + "}/" + target


def is_image_paragraph(element) -> bool:
    """True for a <p> that holds images and nothing else but white space."""
    if element.tag != "p" or len(element) == 0 or (element.text or "").strip():
        return False
    for child in element:
        if child.tag not in ("img", "br") or (child.tail or "").strip():
            return False
    return any(child.tag == "img" for child in element)


def figure_for(image) -> etree.Element:
    """<figure><img><figcaption>title</figcaption></figure> for one image."""
    figure = etree.Element("figure")
    caption = image.attrib.pop("title", "").strip()
    image.tail = None
    figure.append(image)
    if caption:
        etree.SubElement(figure, "figcaption").text = caption
    return figure


class FiguresTreeprocessor(Treeprocessor):
    """Rewrites image paragraphs and local links in the parsed document."""

    def run(self, root):
        """Walk the tree once, fixing links, then replace image paragraphs."""
        for element in root.iter():
            if element.tag == "img":
                element.set("src", pelican_link(element.get("src", ""), "static"))
                element.set("loading", "lazy")
            elif element.tag == "a":
                target = element.get("href", "")
                marker = (
                    "filename" if target.split("#")[0].endswith(".md") else "static"
                )
                element.set("href", pelican_link(target, marker))
        for parent in list(root.iter()):
            for index, child in enumerate(list(parent)):
                if is_image_paragraph(child):
                    parent.remove(child)
                    parent.insert(index, self.figures(child))

    def figures(self, paragraph):
        """One figure, or a gallery of figures for several images."""
        images = [child for child in paragraph if child.tag == "img"]
        if len(images) == 1:
            replacement = figure_for(images[0])
        else:
            replacement = etree.Element("div", {"class": "gallery"})
            replacement.extend(figure_for(image) for image in images)
        replacement.tail = paragraph.tail
        return replacement


class FiguresExtension(Extension):
    """Register the tree processor after inline images are parsed."""

    def extendMarkdown(self, md):  # noqa: N802 (Python-Markdown's API name)
        """Add the processor to a Markdown instance."""
        md.treeprocessors.register(FiguresTreeprocessor(md), "figures", 5)


def makeExtension(**kwargs):  # noqa: N802 (Python-Markdown's API name)
    """Entry point used by Python-Markdown for `plugins.figures.markdown_ext`."""
    return FiguresExtension(**kwargs)
