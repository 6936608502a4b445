"""Limits that keep a build bounded: how deep lists, quotes and raw HTML may nest.

Python-Markdown's time grows with the square of the nesting (10,000 nested list
levels ran for more than ten minutes), and beyond about 255 levels lxml drops
text without a word. Every check here is one pass over the text."""

import re
from collections.abc import Iterator

from plugins.checks.markdown_text import line_of, mask_code
from plugins.checks.metadata import ContentFile
from plugins.checks.options import CheckOptions
from plugins.checks.problem import Problem, error

DEEPEST_MARKDOWN = 20
DEEPEST_HTML = 100
# One level of Markdown nesting at the start of a line: a quote or a list marker.
LEVEL_MARKER = re.compile(r"[ ]{0,3}(?:>[ ]?|(?:[-*+]|\d{1,9}[.)])[ ]+)")
TAG = re.compile(r"<(?P<end>/?)(?P<name>[A-Za-z][\w-]*)(?:\s[^<>]*)?>")
# Elements that never have content, or whose end tag may be left out: they do
# not nest the way a missing </div> does.
NOT_NESTING = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
    "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "thead",
    "tbody", "tfoot", "option", "colgroup", "caption", "rb", "rt", "rp",
})  # fmt: skip


def markdown_depth(line: str) -> int:
    """Return how many lists and quotes a line is inside: four spaces of
    indentation and each leading `>` or list marker are one level."""
    text = line.lstrip(" ")
    depth, position = (len(line) - len(text)) // 4, 0
    while found := LEVEL_MARKER.match(text, position):
        depth += 1
        position = found.end()
    return depth


def _too_deep_line(body: str) -> tuple[int, int] | None:
    """Return the offset and depth of the first line nested too deep, or None."""
    offset = 0
    for line in body.split("\n"):
        if line.strip():
            depth = markdown_depth(line)
            if depth > DEEPEST_MARKDOWN:
                return offset, depth
        offset += len(line) + 1
    return None


def _too_deep_tag(text: str) -> tuple[int, int] | None:
    """Return the offset and depth of the first raw HTML tag nested too deep."""
    depth = 0
    for tag in TAG.finditer(text):
        if tag["name"].lower() in NOT_NESTING or tag[0].endswith("/>"):
            continue
        depth = max(depth - 1, 0) if tag["end"] else depth + 1
        if depth > DEEPEST_HTML:
            return tag.start(), depth
    return None


def check_nesting(item: ContentFile, options: CheckOptions) -> Iterator[Problem]:
    """Report the first line where lists, quotes or raw HTML nest too deep."""
    text = mask_code(item.body)
    too_deep = _too_deep_line(text)
    if too_deep:
        yield error(
            item.path,
            line_of(text, too_deep[0], item.body_line),
            f"Lists or quotes are nested {too_deep[1]} levels deep here;"
            f" the site allows {DEEPEST_MARKDOWN}.",
            "use fewer levels: indent less, or split the list.",
        )
    too_deep = _too_deep_tag(text)
    if too_deep:
        yield error(
            item.path,
            line_of(text, too_deep[0], item.body_line),
            f"Raw HTML elements are nested {too_deep[1]} levels deep here;"
            f" the site allows {DEEPEST_HTML}.",
            "close the elements you open (</div>), or write the text in Markdown.",
        )
