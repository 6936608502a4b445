"""Transliterate rendered HTML to Serbian Latin, changing nothing but Serbian text.

lxml would re-serialise the whole page, and libxml2's HTML serialiser percent-encodes
non-ASCII `href`/`src` values (`/sr/о-нама/` becomes `/sr/%D0%BE-...`), turns
`&nbsp;` into a raw character and normalises quotes; BeautifulSoup keeps the markup
but builds a Python tree and costs about 5 ms for a 400-word article. So, like
`plugins/feeds/absolute.py`, the standard library's tokenizer finds the text runs and
start tags with their source positions, and only the changed text is spliced back:
every other byte (entities, void tags, attribute order and quotes, comments, scripts)
is kept exactly as written. A 400-word article takes 1-1.5 ms, half of it in the
tokenizer.

Elements with `translate="no"` or a non-Serbian `lang` are left alone, text and
attributes; `code`, `pre`, `kbd`, `samp`, `script`, `style` and `textarea` keep
their text. Character references such as `&#1033;` are kept as written.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import NamedTuple

from plugins.base.transliteration.core import has_cyrillic, to_latin

TEXT_ATTRIBUTES = frozenset({"alt", "title", "aria-label", "placeholder"})
# <meta name=...> or <meta property=...> whose `content` is prose, not a URL or code.
META_TEXT_NAMES = frozenset(
    {
        "description", "keywords", "og:title", "og:description", "og:site_name",
        "og:image:alt", "twitter:title", "twitter:description", "twitter:image:alt",
    }
)  # fmt: skip
UNTOUCHED_TEXT_ELEMENTS = frozenset(
    {"code", "pre", "kbd", "samp", "script", "style", "textarea"}
)
VOID_ELEMENTS = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "source", "track", "wbr",
    }
)  # fmt: skip
# Text on both sides of these tags is one run of words: `<strong>Љ</strong>УБАВ`.
INLINE_ELEMENTS = frozenset(
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em",
        "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub",
        "sup", "time", "u", "var",
    }
)  # fmt: skip

# One attribute inside a raw start tag: its name and, if any, its raw value.
_ATTRIBUTE = re.compile(
    r"""(?P<name>[^\s/>"'=]+)"""
    r"""(?:\s*=\s*(?P<value>"[^"]*"|'[^']*'|[^\s>]+))?"""
)
_TAG_NAME = re.compile(r"<[^\s/>]+")


# Pure, and a running devserver transliterates the same bodies on every save:
# results of unchanged text are kept (bounded: the oldest go first).
@functools.lru_cache(maxsize=16384)
def transliterate_html(fragment: str) -> str:
    """Return the HTML fragment or document with its Serbian text in Gaj's Latin."""
    if not has_cyrillic(fragment) and "lang" not in fragment:
        return fragment
    finder = _SerbianTextFinder(fragment)
    finder.feed(fragment)
    finder.close()
    pieces = []
    done = 0
    for start, old, new in sorted(finder.edits()):
        pieces.append(fragment[done:start])
        pieces.append(new)
        done = start + len(old)
    pieces.append(fragment[done:])
    return "".join(pieces)


def latin_lang(lang: str) -> str | None:
    """The sr-Latn form of a Serbian language tag (`sr-RS` → `sr-Latn-RS`), else None.

    None also for tags already in Latin script, which need no change.
    """
    subtags = re.split(r"[-_]", lang.strip())
    if subtags[0].lower() != "sr":
        return None
    has_script = len(subtags) > 1 and len(subtags[1]) == 4 and subtags[1].isalpha()
    script = subtags[1] if has_script else None
    if script is not None and script.lower() == "latn":
        return None
    rest = subtags[2:] if script is not None else subtags[1:]
    return "-".join(["sr", "Latn", *rest])


def is_serbian(lang: str) -> bool:
    """Say whether a `lang` value is Serbian in any script (`sr`, `sr-Cyrl-RS`, ...)."""
    return re.split(r"[-_]", lang.strip())[0].lower() == "sr"


class _Element(NamedTuple):
    """An open element: whether its content is another language or code-like."""

    tag: str
    foreign: bool = False
    no_translate: bool = False
    code_like: bool = False

    @property
    def left_alone(self) -> bool:
        """Nothing inside, attributes included, is transliterated."""
        return self.foreign or self.no_translate


class _Text(NamedTuple):
    """A run of source text; position is None for a character reference."""

    position: int | None
    text: str
    editable: bool


class _SerbianTextFinder(HTMLParser):
    """Collect the Serbian texts and start tags to change, with source offsets."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self._open: list[_Element] = []
        self._runs: list[list[_Text]] = [[]]
        self._tag_edits: list[tuple[int, str, str]] = []

    def edits(self) -> list[tuple[int, str, str]]:
        """Every change as (source offset, old text, new text)."""
        return self._tag_edits + list(_text_edits(self._runs))

    def handle_starttag(self, tag: str, attrs: list) -> None:
        element = self._start(tag, dict(attrs))
        if tag not in VOID_ELEMENTS:
            self._open.append(element)

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self._start(tag, dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        tags = [element.tag for element in self._open]
        if tag in tags:
            del self._open[len(tags) - 1 - tags[::-1].index(tag) :]
        self._break_run_at(tag)

    def handle_data(self, data: str) -> None:
        element = self._parent()
        editable = not (element.left_alone or element.code_like)
        self._runs[-1].append(_Text(self._offset(), data, editable))

    def handle_entityref(self, name: str) -> None:
        self._runs[-1].append(_Text(None, html.unescape(f"&{name};"), False))

    def handle_charref(self, name: str) -> None:
        self._runs[-1].append(_Text(None, html.unescape(f"&#{name};"), False))

    def _start(self, tag: str, attrs: dict) -> _Element:
        """Record the start tag if it changes, break the run; return the element."""
        element = _child_element(self._parent(), tag, attrs)
        raw_tag = self.get_starttag_text()
        # Most tags have neither Cyrillic nor `lang`: skip the attribute scan.
        may_change = raw_tag is not None and (has_cyrillic(raw_tag) or "lang" in attrs)
        if may_change and not element.left_alone:
            new_tag = _translated_start_tag(raw_tag, tag, attrs)
            if new_tag != raw_tag:
                self._tag_edits.append((self._offset(), raw_tag, new_tag))
        self._break_run_at(tag)
        return element

    def _parent(self) -> _Element:
        return self._open[-1] if self._open else _Element("")

    def _break_run_at(self, tag: str) -> None:
        if tag not in INLINE_ELEMENTS and self._runs[-1]:
            self._runs.append([])

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column


def _child_element(parent: _Element, tag: str, attrs: dict) -> _Element:
    """The state of a new element: the nearest `lang` and `translate` win."""
    lang = attrs.get("lang")
    translate = (attrs.get("translate") or "").strip().lower()
    return _Element(
        tag=tag,
        foreign=parent.foreign if lang is None else not is_serbian(lang),
        no_translate=translate == "no" or (parent.no_translate and translate != "yes"),
        code_like=parent.code_like or tag in UNTOUCHED_TEXT_ELEMENTS,
    )


def _text_edits(runs: list[list[_Text]]) -> Iterator[tuple[int, str, str]]:
    """Yield (offset, old, new) per editable text, run neighbours as context."""
    for run in runs:
        for index, piece in enumerate(run):
            if not piece.editable:
                continue
            before = run[index - 1].text if index > 0 else ""
            after = run[index + 1].text if index + 1 < len(run) else ""
            latin = to_latin(piece.text, before=before, after=after)
            if latin != piece.text:
                yield piece.position, piece.text, latin


def _translated_start_tag(raw_tag: str, tag: str, attrs: dict) -> str:
    """Rewrite the prose attributes and a Serbian `lang` of one raw start tag."""
    meta_name = (attrs.get("name") or attrs.get("property") or "").strip().lower()
    prose = TEXT_ATTRIBUTES | (
        {"content"} if tag == "meta" and meta_name in META_TEXT_NAMES else set()
    )
    name_end = _TAG_NAME.match(raw_tag).end()

    def rewrite(match: re.Match[str]) -> str:
        name, raw_value = match.group("name").lower(), match.group("value")
        if raw_value is None or (name not in prose and name != "lang"):
            return match.group()
        quote = raw_value[0] if raw_value[0] in "\"'" else ""
        inner = raw_value[1:-1] if quote else raw_value
        if name == "lang":
            new_value = latin_lang(html.unescape(inner)) or inner
        else:
            # Transliteration only changes letters, so entities and quoting stay valid.
            new_value = to_latin(inner)
        value_start = match.start("value") - match.start()
        return match.group()[:value_start] + quote + new_value + quote

    return raw_tag[:name_end] + _ATTRIBUTE.sub(rewrite, raw_tag[name_end:])
