"""Old addresses that keep working: redirect pages and the nginx redirect map.

Pure: imports nothing from Pelican. What an alias may be, and the file it is written
to, are the base layer's rules (plugins/base/aliases.py): one owner.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote
from xml.etree import ElementTree as ET

from plugins.base.aliases import (
    alias_output_path,
    alias_problem,
    matching_key,
)

MAP_HEADER = (
    "# Old addresses (Aliases metadata) and the page each one now lives at.\n"
    "# Written by plugins/aliases at every build; deploy/nginx.conf includes it\n"
    "# inside `map $uri $redirect_target { ... }` and answers 301.\n"
)
INDEX = "index.html"


class AliasError(ValueError):
    """An alias that cannot be redirected (the content checker reports these first)."""


@dataclass(frozen=True)
class Redirect:
    """One old address and the page it leads to."""

    alias: str  # as the editor wrote it
    output_path: str  # the redirect page written for it: "lv/vecs/raksts.html"
    target: str  # root-relative link of the page, percent-encoded: "/lv/news/x/"
    address: str  # absolute address of the page, for rel="canonical"
    title: str
    lang: str  # BCP 47 code of the page: "lv", "sr-Cyrl"

    @property
    def request_paths(self) -> tuple[str, ...]:
        """Every request path of the old address, as nginx's `$uri` (decoded) has it.

        A folder's page is asked for as `/old/`, `/old` and `/old/index.html`.
        """
        page = "/" + self.output_path
        if not page.endswith("/" + INDEX):
            return (page,)
        folder = page[: -len(INDEX)]
        return tuple(path for path in (folder, folder.rstrip("/"), page) if path)


def split_aliases(values: Iterable[str]) -> list[str]:
    """The aliases of an item, in order: comma- or space-separated, blanks dropped."""
    return [alias for value in values for alias in re.split(r"[,\s]+", value) if alias]


def redirect_to(
    alias: str, *, link: str, address: str, title: str, lang: str
) -> Redirect:
    """The redirect from one old address to a page (its root-relative link)."""
    problem = alias_problem(alias)
    if problem:
        raise AliasError(problem)
    return Redirect(
        alias=alias,
        output_path=alias_output_path(alias),
        target=quote(link, safe="/-._~"),
        address=address,
        title=title,
        lang=lang,
    )


def redirect_page(redirect: Redirect) -> bytes:
    """A small HTML page that sends browsers (and static hosts) to the new address."""
    page = ET.Element("html", lang=redirect.lang)
    head = ET.SubElement(page, "head")
    ET.SubElement(head, "meta", charset="utf-8")
    ET.SubElement(head, "title").text = redirect.title
    ET.SubElement(head, "meta", name="robots", content="noindex")
    ET.SubElement(head, "link", rel="canonical", href=redirect.address)
    ET.SubElement(
        head,
        "meta",
        {"http-equiv": "refresh", "content": f"0; url={redirect.target}"},
    )
    body = ET.SubElement(page, "body")
    paragraph = ET.SubElement(body, "p")
    ET.SubElement(paragraph, "a", href=redirect.target).text = redirect.title
    ET.indent(page)
    document = ET.tostring(page, encoding="unicode", method="html")
    return f"<!doctype html>\n{document}\n".encode()


def nginx_string(text: str) -> str:
    """A double-quoted nginx configuration string."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def nginx_map(redirects: Iterable[Redirect]) -> bytes:
    """The entries of nginx's `map $uri $redirect_target`, sorted, one per line.

    nginx refuses to start on a key given twice (compared without ASCII case), so a
    repeated request path is an error here, never a broken web server later.
    """
    entries: dict[str, tuple[str, str]] = {}
    for redirect in redirects:
        for path in redirect.request_paths:
            key = matching_key(path)
            if key in entries and entries[key] != (path, redirect.target):
                raise AliasError(
                    f'Alias "{redirect.alias}" repeats the old address {path}.'
                )
            entries[key] = (path, redirect.target)
    lines = [
        f"{nginx_string(path)} {nginx_string(target)};\n"
        for _key, (path, target) in sorted(entries.items())
    ]
    return (MAP_HEADER + "".join(lines)).encode()
