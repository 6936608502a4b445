"""Find what matters in Markdown body text: code to ignore, images, links and
raw HTML tags, each with its position so problems can name the line."""

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

# Python-Markdown fences start in column 0 and close with the very same fence.
FENCE = re.compile(r"^(?P<fence>`{3,}|~{3,})")
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
CODE_SPAN = re.compile(r"(?s)(?<!`)(`+)(?!`)((?:(?!\n[ \t]*\n).)+?)(?<!`)\1(?!`)")
HTML_COMMENT = re.compile(r"(?s)<!--.*?-->")
LINK_TITLE = r"""(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?"""
# A link's or image's text: no bracket but whole [pairs]. "[^\]]*" was tried from
# every "[" of a long run of them to its end (quadratic: 14 s for 50,000 "[").
LINK_TEXT = r"(?:[^\[\]]|\[[^\[\]]*\])*+"
# A link's address as Python-Markdown reads it: spaces inside are kept
# (`images/my photo.jpg`, `C:\My Pictures\a.jpg`); a quoted title ends it.
URL_PART = r"(?:[^()\s<>]|\([^()\s]*\))"
LINK_URL = rf"(?P<url>{URL_PART}*(?:[ ]+(?![\"']){URL_PART}+)*)"
MARKDOWN_LINK = re.compile(
    r"(?P<bang>!?)\[(?P<text>" + LINK_TEXT + r")\]"
    r"\(\s*<?" + LINK_URL + r">?" + LINK_TITLE + r"\s*\)"
)
REFERENCE_DEFINITION = re.compile(r"(?m)^[ ]{0,3}\[[^\]]+\]:[ \t]*<?(?P<url>[^\s>]+)>?")
# Attributes start with a space, so <images/a b.jpg> and <https://x> are not tags.
HTML_TAG = re.compile(r"<(?P<name>[A-Za-z][\w:-]*)(?P<attributes>(?:\s[^<>]*)?)/?>")
HTML_ATTRIBUTE = re.compile(
    r"""(?P<name>[^\s=/>"']+)(?:\s*=\s*(?P<value>"[^"]*"|'[^']*'|[^\s>"']+))?"""
)
URL_ATTRIBUTES = frozenset(
    {"href", "src", "action", "formaction", "xlink:href", "poster", "background",
     "cite", "data", "srcset"}
)  # fmt: skip


@dataclass(frozen=True)
class Reference:
    """An image or link target found in the text; `text` is the alt text."""

    kind: str
    url: str
    text: str
    offset: int
    in_html: bool = False


@dataclass(frozen=True)
class HtmlTag:
    """A raw HTML start tag with its attributes (values unquoted, lower-case names)."""

    name: str
    attributes: tuple[tuple[str, str | None], ...]
    offset: int


def blank(text: str) -> str:
    """Replace every character except newlines with a space, keeping positions."""
    if "\n" not in text:
        return " " * len(text)
    return re.sub(r"[^\n]", " ", text)


def _mask_code_blocks(lines: list[str]) -> list[str]:
    """Blank fenced code blocks and indented code blocks (not list content)."""
    masked: list[str] = []
    fence, in_code, previous_blank = None, False, True
    for index, line in enumerate(lines):
        if fence is not None:
            fence = None if line.rstrip(" ") == fence else fence
            masked.append(blank(line))
            continue
        opening = FENCE.match(line)
        if opening and opening["fence"] in (
            text.rstrip(" ") for text in lines[index + 1 :]
        ):
            fence = opening["fence"]
            masked.append(blank(line))
            continue
        stripped = line.strip()
        indented = bool(stripped) and line.startswith("    ")
        if indented and (in_code or (previous_blank and not _in_list(masked))):
            in_code = True
        elif stripped:
            in_code = False
        masked.append(blank(line) if in_code and indented else line)
        previous_blank = not stripped
    return masked


def _in_list(lines_so_far: list[str]) -> bool:
    """Tell whether the last non-blank line belongs to a list (item or indented)."""
    for line in reversed(lines_so_far):
        if line.strip():
            return bool(LIST_ITEM.match(line)) or line.startswith((" ", "\t"))
    return False


# Most rules of a file start from its masked body: mask it once per file.
@functools.lru_cache(maxsize=16)
def mask_code(body: str) -> str:
    """Blank code blocks, code spans and HTML comments, keeping every position."""
    text = "\n".join(_mask_code_blocks(body.split("\n")))
    text = CODE_SPAN.sub(lambda found: blank(found[0]), text)
    return HTML_COMMENT.sub(lambda found: blank(found[0]), text)


def line_of(text: str, offset: int, first_line: int) -> int:
    """Return the file line number of a position in text starting at first_line."""
    return first_line + bisect.bisect_left(_newlines(text), offset)


# Rules ask for the lines of many positions in the same few texts: counting from
# the start each time made a file with 20,000 tags take seconds (quadratic).
@functools.lru_cache(maxsize=8)
def _newlines(text: str) -> list[int]:
    """Return the offset of every newline in the text."""
    return [found.start() for found in re.finditer("\n", text)]


def html_tags(text: str) -> Iterator[HtmlTag]:
    """Yield every raw HTML start tag in the text."""
    for tag in HTML_TAG.finditer(text):
        attributes = tuple(
            (found["name"].lower(), _unquote(found["value"]))
            for found in HTML_ATTRIBUTE.finditer(tag["attributes"])
        )
        yield HtmlTag(tag["name"].lower(), attributes, tag.start())


def _unquote(value: str | None) -> str | None:
    if value and value[0] in "\"'" and value[-1] == value[0]:
        return value[1:-1]
    return value


def references(text: str) -> Iterator[Reference]:
    """Yield images and links written in Markdown or as raw HTML attributes."""
    for found in MARKDOWN_LINK.finditer(text):
        kind = "image" if found["bang"] else "link"
        yield Reference(kind, found["url"], found["text"], found.start())
    for found in REFERENCE_DEFINITION.finditer(text):
        yield Reference("link", found["url"], "", found.start())
    for tag in html_tags(text):
        attributes = dict(tag.attributes)
        for name, value in tag.attributes:
            if name not in URL_ATTRIBUTES or value is None:
                continue
            kind = "image" if (tag.name, name) == ("img", "src") else "link"
            alt = attributes.get("alt") or ""
            for url in srcset_urls(value) if name == "srcset" else [value]:
                yield Reference(kind, url, alt, tag.offset, in_html=True)


def srcset_urls(value: str) -> list[str]:
    """Return the addresses of a srcset: "a.jpg 1x, b.jpg 2x" -> [a.jpg, b.jpg]."""
    return [part.split()[0] for part in value.split(",") if part.split()]
