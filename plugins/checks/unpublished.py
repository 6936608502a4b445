"""What the site does not publish yet: drafts and files whose Date is after the
build day (scheduled), which `make check` lists after the problems; and the TODO
placeholders `make newpost` and `make translate` write, which only a draft may keep."""

import re
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache

from plugins.base.characters import shorten
from plugins.base.event_times import DateError, parse_when
from plugins.base.schedule import day_of
from plugins.checks.markdown_text import line_of, mask_code
from plugins.checks.metadata import ContentFile
from plugins.checks.options import CheckOptions
from plugins.checks.problem import Problem, error

# Fields the new-file commands fill with a placeholder, and what replaces it.
PLACEHOLDER_FIELDS = {
    "Title": "the title",
    "Summary": "the summary",
    "Location": "the place of the event",
}
# "TODO", or "TODO: <the original to translate>" (tools/editors/new_files.py).
PLACEHOLDER_VALUE = re.compile(r"^TODO\b")
PLACEHOLDER_WORD = re.compile(r"\bTODO\b")
UNTIL_READY = 'or add "Status: draft" until the item is ready.'


def is_draft(item: ContentFile) -> bool:
    """Tell whether Pelican leaves the file out of the site (Status: draft)."""
    return item.value("Status").strip().lower() == "draft"


def publication_day(item: ContentFile) -> date | None:
    """The day of a file's Date, or None without a readable one."""
    value = item.value("Date")
    return day_of_date(value) if value else None


@lru_cache(maxsize=65536)
def day_of_date(value: str) -> date | None:
    """The day a Date value names, or None: the links rule asks it of every file
    on every run of the devserver's checks (dates repeat, and parsing is pure)."""
    try:
        return day_of(parse_when(value))
    except DateError:
        return None


def unpublished_lines(items: Iterable[ContentFile], today: date) -> list[str]:
    """One line per draft or scheduled file, in path order, with its Date."""
    lines = []
    for item in sorted(items, key=lambda item: item.path):
        day = publication_day(item)
        dated = f", Date {day.isoformat()}" if day else ""
        if is_draft(item):
            lines.append(f"{item.path}: draft, not published{dated}.")
        elif day is not None and day > today:
            lines.append(f"{item.path}: scheduled, published on {day.isoformat()}.")
    return lines


def check_placeholders(item: ContentFile, options: CheckOptions) -> Iterator[Problem]:
    """Report a TODO placeholder left in Title, Summary, Location or the text of a
    file the site publishes (anything but a draft)."""
    if is_draft(item):
        return
    for key, what in PLACEHOLDER_FIELDS.items():
        field = item.field(key)
        if field is not None and PLACEHOLDER_VALUE.match(field.value):
            yield error(
                item.path,
                field.line,
                f'{key} still holds the placeholder "{shorten(field.value)}".',
                f"write {what} in its place, {UNTIL_READY}",
            )
    text = mask_code(item.body)  # the new-file commands' notes are comments
    found = PLACEHOLDER_WORD.finditer(text)
    lines = {line_of(text, word.start(), item.body_line) for word in found}
    for line in sorted(lines):
        yield error(
            item.path,
            line,
            'The text still holds the placeholder "TODO".',
            f"write the text in its place, {UNTIL_READY}",
        )
