"""A Markdown extension: the text renders as the editor typed it, nothing lost.

- Word-style bullets, dates at the start of a line and lists right under a
  paragraph are rewritten before the blocks are read (see `core.py`);
- bare addresses (https://…, www.…) become links;
- table column alignment becomes a class (the site's CSP forbids inline styles).

The file's language (its `Lang:`, else the `language` setting) decides which dates
it writes; the meta extension has read it by the time the preprocessor runs.
"""

import xml.etree.ElementTree as etree

from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from plugins.base.date_words import language_of
from plugins.text.core import (
    ALIGN_CLASSES,
    BARE_URL,
    LETTERED,
    escape_dates,
    mark_tabs,
    restore_tabs,
    separate_lists,
    starts_bare_url,
    trim_url,
    url_href,
    word_bullets,
)

# Before whitespace is normalised (30): a tab is what tells "1)<tab>" from "1) ".
BULLETS_PRIORITY = 35
# After meta (27), fenced code (25) and raw HTML blocks (20) are taken out.
PREPROCESSOR_PRIORITY = 18
# After links and <autolinks> (120), before raw inline HTML (90) and emphasis.
BARE_URL_PRIORITY = 115
# What a bare address must have after its start to be one.
URL_STARTS = ("", "www.", "http://", "https://")


class TabMarkPreprocessor(Preprocessor):
    """Mark the tab of Word-style bullets while tabs are still tabs."""

    def run(self, lines):
        """Return the lines with the tab after "1)", "a)" and "–" marked."""
        return mark_tabs(lines)


class TabMarkPostprocessor(Postprocessor):
    """Give back the tabs of marked lines that stayed text (raw HTML, paragraphs);
    no mark of this extension is left in the page."""

    def run(self, text):
        """Return the HTML with every mark a tab again."""
        return restore_tabs(text)


class TypedTextPreprocessor(Preprocessor):
    """Turn Word bullets into lists, keep dates as text and separate lists from
    paragraphs in one document."""

    def __init__(self, md, language: str):
        super().__init__(md)
        self.default = language
        self.language = ""

    def run(self, lines):
        """Return the lines rewritten for the file's language."""
        lang = (getattr(self.md, "Meta", None) or {}).get("lang", [""])[0]
        # Pelican renders the Summary later with the same Markdown, its Meta reset:
        # the language of the file's first conversion still holds.
        if lang or not self.language:
            self.language = language_of(lang, self.default)
        lines = escape_dates(word_bullets(lines), self.language)
        return separate_lists(lines)


class BareUrlProcessor(InlineProcessor):
    """Link a bare https://… or www.… address, its text the address itself."""

    ANCESTOR_EXCLUDES = ("a",)

    def handleMatch(self, m, data):  # noqa: N802 (Python-Markdown's API name)
        """Return the link and the span of the address (punctuation stays out)."""
        url = trim_url(m["url"])
        if not starts_bare_url(data, m.start("url")) or url in URL_STARTS:
            return None, None, None
        link = etree.Element("a", {"href": url_href(url)})
        link.text = url
        return link, m.start("url"), m.start("url") + len(url)


class TypedTextTreeprocessor(Treeprocessor):
    """Give lettered lists type="a" and aligned table cells a class."""

    def run(self, root):
        """Walk the tree once."""
        for element in root.iter():
            if element.tag == "ol" and self._lettered(element):
                element.set("type", "a")
            elif element.tag in ("th", "td") and "style" in element.attrib:
                align = ALIGN_CLASSES.get(element.attrib.pop("style"))
                if align:
                    element.set("class", align)

    @staticmethod
    def _lettered(ordered_list) -> bool:
        """Remove the lettered marks of a list's items; tell whether there were any."""
        found = False
        for item in ordered_list.findall("li"):
            holder = item[0] if len(item) and item[0].tag == "p" else item
            if (holder.text or "").startswith(LETTERED):
                holder.text = holder.text[len(LETTERED) :]
                found = True
        return found


class TypedTextExtension(Extension):
    """Register the processors; `language` is the site's default language."""

    def __init__(self, **kwargs):
        self.config = {"language": ["", "Language of files without Lang:"]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md):  # noqa: N802 (Python-Markdown's API name)
        """Add the processors to a Markdown instance."""
        language = self.getConfig("language")
        md.preprocessors.register(
            TabMarkPreprocessor(md), "tab_marks", BULLETS_PRIORITY
        )
        md.postprocessors.register(TabMarkPostprocessor(md), "tab_marks", 5)
        md.preprocessors.register(
            TypedTextPreprocessor(md, language), "typed_text", PREPROCESSOR_PRIORITY
        )
        md.inlinePatterns.register(
            BareUrlProcessor(BARE_URL.pattern, md), "bare_url", BARE_URL_PRIORITY
        )
        md.treeprocessors.register(TypedTextTreeprocessor(md), "typed_text", 6)


def makeExtension(**kwargs):  # noqa: N802 (Python-Markdown's API name)
    """Entry point used by Python-Markdown for `plugins.text.markdown_ext`."""
    return TypedTextExtension(**kwargs)
