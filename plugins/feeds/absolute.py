"""Make the relative URLs in an HTML fragment absolute, changing nothing else.

Feed readers show an item away from the site, so `images/a.jpg` or `/lv/news/x/`
must become full addresses. lxml would have to re-serialise the whole fragment
(quotes, entities, void tags, whitespace inside tags all normalised), so instead
the standard library's tokenizer finds each start tag, which keeps comments,
`<script>` bodies and text out of the way, and only the values of URL attributes
are spliced; every other byte of the editor's HTML is kept as written.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

URL_ATTRIBUTES = frozenset({"href", "src", "poster"})
SRCSET_ATTRIBUTE = "srcset"

# One attribute inside a raw start tag: its name and, if any, its raw value.
_ATTRIBUTE = re.compile(
    r"""(?P<name>[^\s/>"'=]+)"""
    r"""(?:\s*=\s*(?P<value>"[^"]*"|'[^']*'|[^\s>]+))?"""
)
# One image candidate URL in a srcset: a run of non-spaces, trailing commas excluded.
_SRCSET_URL = re.compile(r"(?P<lead>(?:^|,)\s*)(?P<url>\S+?)(?=,*(?:\s|$))")


def absolutize_url(url: str, base_url: str) -> str:
    """Resolve a relative URL against base_url; keep absolute, `#frag` and empty."""
    stripped = url.strip()
    if not stripped or stripped.startswith("#") or urlsplit(stripped).scheme:
        return url
    return urljoin(base_url, stripped)


def absolutize_srcset(srcset: str, base_url: str) -> str:
    """Resolve every candidate URL of a `srcset` value, keeping its descriptors."""

    def resolve(match: re.Match[str]) -> str:
        return match.group("lead") + absolutize_url(match.group("url"), base_url)

    return _SRCSET_URL.sub(resolve, srcset)


def absolutize_html(fragment: str, base_url: str) -> str:
    """Return the HTML fragment with relative href/src/srcset/poster made absolute."""
    finder = _StartTagFinder()
    finder.feed(fragment)
    finder.close()
    line_starts = _line_starts(fragment)
    pieces = []
    done = 0
    for (line, column), raw_tag in finder.start_tags:
        start = line_starts[line - 1] + column
        pieces.append(fragment[done:start])
        pieces.append(_absolutize_start_tag(raw_tag, base_url))
        done = start + len(raw_tag)
    pieces.append(fragment[done:])
    return "".join(pieces)


class _StartTagFinder(HTMLParser):
    """Record where each start tag begins and its exact source text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.start_tags: list[tuple[tuple[int, int], str]] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        raw_tag = self.get_starttag_text()
        if raw_tag is not None:
            self.start_tags.append((self.getpos(), raw_tag))


def _line_starts(text: str) -> list[int]:
    """Offsets where each line begins, counting lines the way HTMLParser does."""
    starts = [0]
    starts.extend(match.end() for match in re.finditer("\n", text))
    return starts


def _absolutize_start_tag(raw_tag: str, base_url: str) -> str:
    """Rewrite the URL attribute values of one raw start tag such as `<img src=a>`."""
    name_end = re.match(r"<[^\s/>]+", raw_tag).end()

    def rewrite(match: re.Match[str]) -> str:
        raw_value = match.group("value")
        if raw_value is None:
            return match.group(0)
        new_value = _absolutize_value(match.group("name").lower(), raw_value, base_url)
        value_start = match.start("value") - match.start()
        return match.group(0)[:value_start] + new_value

    return raw_tag[:name_end] + _ATTRIBUTE.sub(rewrite, raw_tag[name_end:])


def _absolutize_value(name: str, raw_value: str, base_url: str) -> str:
    """Return the raw (possibly quoted) attribute value, rewritten only if needed."""
    if name not in URL_ATTRIBUTES and name != SRCSET_ATTRIBUTE:
        return raw_value
    quote = raw_value[0] if raw_value[0] in "\"'" else ""
    inner = raw_value[1:-1] if quote else raw_value
    value = html.unescape(inner)
    if name == SRCSET_ATTRIBUTE:
        new_value = absolutize_srcset(value, base_url)
    else:
        new_value = absolutize_url(value, base_url)
    if new_value == value:
        return raw_value
    return '"' + html.escape(new_value, quote=True) + '"'
