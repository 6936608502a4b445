"""Markdown source as editors type it, made to render as they meant it.

Pure line rewrites, run before Python-Markdown reads the blocks:
- Word-style bullets ("•<tab>", "–<tab>", "1)<tab>", "a)<tab>") become Markdown lists;
- a date at the start of a line ("9. martā") keeps its number as text;
- a list written right under a paragraph gets the blank line Markdown needs.
And the pieces the inline and tree processors use: bare addresses, table alignment.
"""

import re

from plugins.base.date_words import NUMBERED_LINE, starts_with_date

# "•<tab>text" or "• text" (Word, LibreOffice, pasted web pages).
SYMBOL_BULLET = re.compile(r"^(?P<indent>[ ]{0,3})[•◦▪‣●·][ \t]+")
# "–<tab>", "1)<tab>", "a)<tab>": only a tab tells them from a dash in prose
# ("– so it goes") or a sentence ("1) see above"). Python-Markdown turns tabs into
# spaces before raw HTML and code are set aside, so the tab is marked first.
TAB_BULLET = re.compile(r"^(?P<bullet>[ ]{0,3}(?:\d{1,3}\)|[a-z]\)|[–—]))[ ]*\t+")
TAB_MARK = "\ue001"
MARKED_BULLET = re.compile(
    r"^(?P<indent>[ ]{0,3})(?:(?P<mark>\d{1,3}|[a-z])\)|[–—])" + TAB_MARK
)
# Python-Markdown's fences: bullets inside code stay as written.
FENCE = re.compile(r"^(?:`{3,}|~{3,})")
# Marks the first text of an item of a lettered list; the tree processor removes it
# and gives the list type="a".
LETTERED = "\ue000"
# A Markdown list item: what ends a paragraph when a blank line comes before it.
LIST_ITEM = re.compile(r"^[ ]{0,3}(?:[*+-]|(?P<number>\d{1,9})\.)[ \t]+\S")
# A bare address in running text. The character before it (see `starts_bare_url`)
# rules out attributes, paths, e-mail addresses and addresses inside HTML syntax: a
# look-behind in the pattern made every paragraph's inline pass 40 % slower.
# \x02 and \x03 wrap Python-Markdown's placeholders (a link found before): never
# part of an address.
BARE_URL = re.compile(r"(?P<url>(?:https?://|www\.)[^\s<>\"\x02\x03]+)")
NOT_BEFORE_URL = frozenset("/\"'=<>&@.:-_")
# Punctuation that ends a sentence rather than an address.
TRAILING = ".,;:!?'\"»”’)]*_"
# Python-Markdown's table alignment styles; the site's CSP forbids inline styles.
ALIGN_CLASSES = {
    "text-align: left;": "align-left",
    "text-align: right;": "align-right",
    "text-align: center;": "align-center",
}


def _word_bullet(line: str) -> str | None:
    """The Markdown list item for a Word-style bullet line, or None."""
    symbol = SYMBOL_BULLET.match(line)
    if symbol:
        return f"{symbol['indent']}- {line[symbol.end() :]}"
    marked = MARKED_BULLET.match(line)
    if marked is None:
        return None
    text = line[marked.end() :]
    if marked["mark"] is None:
        return f"{marked['indent']}- {text}"
    # Markdown numbers the items itself: "1." only has to start the list.
    lettered = "" if marked["mark"].isdigit() else LETTERED
    return f"{marked['indent']}1. {lettered}{text}"


def _outside_fences(lines: list[str]) -> list[bool]:
    """For each line, whether it is outside a fenced code block."""
    outside, fence = [], None
    for line in lines:
        opening = FENCE.match(line)
        if fence is None and opening:
            fence = opening[0]
        elif fence is not None and line.rstrip() == fence:
            fence = None
            outside.append(False)
            continue
        outside.append(fence is None)
    return outside


def mark_tabs(lines: list[str]) -> list[str]:
    """Mark the tab of "1)<tab>", "a)<tab>" and "–<tab>" lines (not in fenced code)
    before Python-Markdown turns tabs into spaces."""
    return [
        TAB_BULLET.sub(lambda found: found["bullet"] + TAB_MARK, line)
        if outside
        else line
        for line, outside in zip(lines, _outside_fences(lines), strict=True)
    ]


def restore_tabs(html: str) -> str:
    """Put back the tabs of marked lines that did not become list items, and drop
    lettered-list marks Markdown did not make an item (in a link, a lazy quote)."""
    return html.replace(TAB_MARK, "\t").replace(LETTERED, "")


def word_bullets(lines: list[str]) -> list[str]:
    """Rewrite Word-style bullet and numbered lines as Markdown list items: two or
    more in a row, or one where a list may start."""
    items = [_word_bullet(line) for line in lines]
    rewritten = []
    for index, (line, item) in enumerate(zip(lines, items, strict=True)):
        before = lines[index - 1] if index else ""
        in_run = (index and items[index - 1]) or (
            index + 1 < len(items) and items[index + 1]
        )
        may_start = not before.strip() or before.rstrip().endswith(":")
        if item and (in_run or may_start or LIST_ITEM.match(before)):
            line = item
        rewritten.append(line)
    return rewritten


def escape_dates(lines: list[str], code: str) -> list[str]:
    """Write "9\\. martā" for a line starting with a date, so it stays text;
    dates on consecutive lines (a programme) keep their own lines."""
    escaped: list[str] = []
    previous_was_date = False
    for line in lines:
        found = NUMBERED_LINE.match(line)
        is_date = bool(found) and starts_with_date(found["number"], found["rest"], code)
        if is_date:
            after = line[found.end("number") + 1 :]
            line = f"{found['lead']}{found['number']}\\.{after}"
            if previous_was_date and not found["lead"].strip():
                escaped[-1] = escaped[-1].rstrip() + "  "  # a Markdown line break
        escaped.append(line)
        previous_was_date = is_date
    return escaped


def _starts_list(lines: list[str], index: int) -> bool:
    """Tell whether the line starts a list an editor wrote under a paragraph:
    two items or more, or one after a line ending with a colon."""
    item = LIST_ITEM.match(lines[index])
    if item is None or item["number"] not in (None, "1"):
        return False
    following = index + 1 < len(lines) and LIST_ITEM.match(lines[index + 1])
    return bool(following) or lines[index - 1].rstrip().endswith(":")


def _is_paragraph(first_line: str) -> bool:
    """Tell whether a block starting with this line is paragraph text (not a list
    item, a quote, a heading, a table or indented code)."""
    return not (
        LIST_ITEM.match(first_line)
        or first_line.startswith(("    ", "\t"))
        or first_line.lstrip().startswith((">", "#", "|"))
    )


def separate_lists(lines: list[str]) -> list[str]:
    """Insert the blank line Markdown needs between a paragraph and a list."""
    separated: list[str] = []
    block_start = None
    for index, line in enumerate(lines):
        if not line.strip():
            block_start = None
        elif block_start is None:
            block_start = index
        elif (
            _is_paragraph(lines[block_start])
            and not LIST_ITEM.match(lines[index - 1])
            and _starts_list(lines, index)
        ):
            separated.append("")
            block_start = index
        separated.append(line)
    return separated


def starts_bare_url(text: str, start: int) -> bool:
    """Tell whether an address found at `start` stands on its own in the text."""
    before = text[start - 1] if start else " "
    return not (before.isalnum() or before in NOT_BEFORE_URL)


def trim_url(candidate: str) -> str:
    """Leave sentence punctuation out of an address: "x.org/a)." -> "x.org/a"."""
    url = candidate
    while url and url[-1] in TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def url_href(url: str) -> str:
    """The address a bare URL links to: "www.x.org" -> "https://www.x.org"."""
    return url if url.startswith(("http://", "https://")) else f"https://{url}"
