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
    LINK_URL,
    html_tags,
    line_of,
    mask_code,
    srcset_urls,
)
from plugins.checks.metadata import ContentFile
from plugins.checks.options import CheckOptions
from plugins.checks.path_hints import (
    file_name,
    home_folder,
    is_static_type,
    local_file_name,
)
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
MARKDOWN_IMAGE = re.compile(r"!\[(?P<text>" + LINK_TEXT + r")\]\(\s*<?" + LINK_URL)
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


def _markdown_images(text: str) -> Iterator[tuple[str, str, int]]:
    """Yield the address, alt text and offset of every Markdown image, inline or
    by reference."""
    for found in MARKDOWN_IMAGE.finditer(text):
        yield found["url"], found["text"], found.start()
    definitions: dict[str, str] = {}
    for found in DEFINITION.finditer(text):
        definitions.setdefault(_reference_id(found["id"]), found["url"])
    for found in REFERENCE_IMAGE.finditer(text):
        key = _reference_id(found["id"] or found["text"])
        if key in definitions:
            yield definitions[key], found["text"], found.start()


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


def _other_site_problem(
    path: str, line: int, url: str, where: str, alt: str | None
) -> Problem:
    text = shorten(alt, 40) if alt else "text"
    fix = f"link to it instead: [{text}]({shorten(url, 40)})."
    name = file_name(url.split("://", 1)[-1].lstrip("/").partition("/")[2])
    if name and is_static_type(name):
        folder = home_folder(name)
        if alt is not None:
            written = f"![{shorten(alt, 40)}]({folder}/{name})"
        else:
            written = f"{folder}/{name} in its place"
        fix = f"save {name} into {folder}/ and write {written}, or {fix}"
    return error(
        path,
        line,
        f'{where} loads "{shorten(url)}" from another site, which would see every'
        " reader of the page and of the feeds.",
        fix,
    )


def _local_file_problem(
    path: str, line: int, url: str, where: str, alt: str | None
) -> Problem | None:
    """The error for a picture that is a file on the editor's computer, or None."""
    name = local_file_name(url)
    if name is None:
        return None
    folder = home_folder(name)
    if alt is not None:
        message = f'{where} "{shorten(url)}" is a file on your computer,'
        written = f"![{shorten(alt, 40)}]({folder}/{name})"
    else:
        message = f'{where} points to "{shorten(url)}", a file on your computer,'
        written = f"{folder}/{name} in its place"
    return error(
        path,
        line,
        message + " which readers cannot load.",
        f"copy {name} into {folder}/ and write {written}.",
    )


def _resource_problem(
    path: str, line: int, url: str, where: str, alt: str | None = None
) -> Problem | None:
    """The error for a picture or medium the page cannot load from this site."""
    local = _local_file_problem(path, line, url, where, alt)
    if local is not None:
        return local
    if is_other_site(url):
        return _other_site_problem(path, line, url, where, alt)
    return None


def check_external_resources(
    item: ContentFile, options: CheckOptions
) -> Iterator[Problem]:
    """Report images and media loaded from another site or from the editor's
    computer (links to other sites stay allowed)."""
    text = mask_code(item.body)
    for url, alt, offset in _markdown_images(text):
        line = line_of(text, offset, item.body_line)
        problem = _resource_problem(item.path, line, url, "The image", alt)
        if problem is not None:
            yield problem
    for where, url, offset in _html_resources(text):
        line = line_of(text, offset, item.body_line)
        problem = _resource_problem(item.path, line, url, where)
        if problem is not None:
            yield problem
