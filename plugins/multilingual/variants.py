"""Page variants: other renderings of a page at their own address (text, print).

A plugin describes a variant; the renderer produces it from the same page plan and
context as the full page, so nothing is parsed twice.
"""

from collections.abc import Callable
from dataclasses import dataclass

from plugins.base.items import Item
from plugins.base.languages import Language

from .site_pages import PageSpec


@dataclass(frozen=True)
class PageVariant:
    """How to render one kind of variant of the pages it applies to."""

    name: str  # what templates see as `view`: "text", "print"
    applies: Callable[[PageSpec], bool]
    path_of: Callable[[str], str]  # the variant's path for a full page's path
    # Where links inside the variant lead, given the full page path they name
    # (a text page links to text pages: readers stay in the mode they chose).
    link_target: Callable[[str], str] = lambda path: path
    template: str | None = None  # a template of its own, else the page's
    # The item as this variant shows it (e.g. images replaced by their alt text);
    # gets the item, the language and that language's gettext.
    item_view: Callable[[Item, Language, Callable], Item] | None = None
