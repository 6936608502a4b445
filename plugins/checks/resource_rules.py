"""Rules about resources a page loads: images and media come from this site only.

A picture from another site is fetched by every visitor's browser and every feed
reader, so that site learns who reads what (a tracking pixel). Links to other
sites stay fine: nothing is fetched until a reader follows them."""

import html
import re
from collections.abc import Iterator

from plugins.base.characters import shorten
from plugins.base.sanitize import IGNORED_IN_URLS, url_scheme
from plugins.checks.markdown_text import (
    LINK_TEXT,
    html_tags,
    line_of,
    mask_code,
    srcset_urls,
)
from plugins.checks.metadata import ContentFile
from plugins.checks.options import CheckOptions
from plugins.checks.problem import Problem, error

# (tag, attribute) pairs a browser loads by itself; "*" is any tag.
LOADED_ATTRIBUTES = frozenset({
    ("img", "src"), ("img", "srcset"), ("source", "src"), ("source", "srcset"),
    ("video", "src"), ("video", "poster"), ("audio", "src"), ("track", "src"),
    ("input", "src"), ("image", "href"), ("image", "xlink:href"), ("*", "background"),
})  # fmt: skip
SRCSET_ATTRIBUTES = frozenset({"srcset"})
# Schemes other rules report (script and data addresses), not as other sites.
REPORTED_ELSEWHERE = frozenset({"javascript", "vbscript", "data"})
MARKDOWN_IMAGE = re.compile(
    r"!\[(?P<text>" + LINK_TEXT + r")\]\(\s*<?(?P<url>(?:[^()\s<>]|\([^()\s]*\))*)>?"
)
# ![alt][id], ![alt] [id], ![alt][] and ![alt]: the address is defined elsewhere.
REFERENCE_IMAGE = re.compile(
    r"!\[(?P<text>" + LINK_TEXT + r")\](?:[ ]?\[(?P<id>[^\[\]]*)\])?(?!\()"
)
DEFINITION = re.compile(r"(?m)^[ ]{0,3}\[(?P<id>[^\]]+)\]:[ \t]*<?(?P<url>[^\s>]+)>?")


def is_other_site(url: str) -> bool:
    """Tell whether a browser would fetch this address from another site."""
    plain = IGNORED_IN_URLS.sub("", html.unescape(url)).replace("\\", "/")
    scheme = url_scheme(plain)
    if scheme:
        return scheme not in REPORTED_ELSEWHERE
    return plain.startswith("//")


def _reference_id(text: str) -> str:
    """Return a reference id as Python-Markdown compares them."""
    return " ".join(text.split()).lower()


def _markdown_images(text: str) -> Iterator[tuple[str, int]]:
    """Yield the address and offset of every Markdown image, inline or by reference."""
    for found in MARKDOWN_IMAGE.finditer(text):
        yield found["url"], found.start()
    definitions: dict[str, str] = {}
    for found in DEFINITION.finditer(text):
        definitions.setdefault(_reference_id(found["id"]), found["url"])
    for found in REFERENCE_IMAGE.finditer(text):
        key = _reference_id(found["id"] or found["text"])
        if key in definitions:
            yield definitions[key], found.start()


def _html_resources(text: str) -> Iterator[tuple[str, str, int]]:
    """Yield (tag, address, offset) of every resource raw HTML would load."""
    for tag in html_tags(text):
        for name, value in tag.attributes:
            loaded = (tag.name, name) in LOADED_ATTRIBUTES or ("*", name) in (
                LOADED_ATTRIBUTES
            )
            if not loaded or value is None:
                continue
            urls = srcset_urls(value) if name in SRCSET_ATTRIBUTES else [value]
            for url in urls:
                yield f"<{tag.name} {name}=…>", url, tag.offset


def _other_site_problem(path: str, line: int, url: str, where: str) -> Problem:
    return error(
        path,
        line,
        f'{where} loads "{shorten(url)}" from another site, which would see every'
        " reader of the page and of the feeds.",
        "download the file into images/ and write images/<name>,"
        f" or link to it instead: [text]({shorten(url, 40)}).",
    )


def check_external_resources(
    item: ContentFile, options: CheckOptions
) -> Iterator[Problem]:
    """Report images and media loaded from another site (links stay allowed)."""
    text = mask_code(item.body)
    for url, offset in _markdown_images(text):
        if is_other_site(url):
            line = line_of(text, offset, item.body_line)
            yield _other_site_problem(item.path, line, url, "The image")
    for where, url, offset in _html_resources(text):
        if is_other_site(url):
            line = line_of(text, offset, item.body_line)
            yield _other_site_problem(item.path, line, url, where)
