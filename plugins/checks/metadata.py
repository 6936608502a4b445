"""Read the metadata block of a Markdown file the way the build does (the meta
extension after plugins/editor_metadata), but keep the line number of every field."""

import re
from dataclasses import dataclass
from functools import cached_property

from plugins.base.metadata_keys import canonical_key
from plugins.base.metadata_lines import (
    UNQUOTED_KEYS,
    YAML_END,
    KeyLine,
    metadata_entries,
    read_key_line,
    without_quotes,
)

# "Event start: ...": what an editor meant as a key, but Markdown does not accept.
KEY_LIKE_LINE = re.compile(r"^\s*\w[\w .'-]{0,30}:")


@dataclass(frozen=True)
class Field:
    """One `Key: value` entry; continuation lines are joined with a space.

    `name` is the key as written (`Datums`); `parts` keeps the text of each line
    (the key's line, then every indented continuation line) as written, `value`
    what the build reads (straight quotes around a whole Title removed)."""

    name: str
    value: str
    line: int
    parts: tuple[str, ...] = ()

    @property
    def continued(self) -> bool:
        """Tell whether the value goes on over indented continuation lines."""
        return len(self.parts) > 1

    @property
    def canonical_name(self) -> str:
        """Return the site's spelling of the key meant (`Datums` -> `Date`), or the
        key as written when the site does not know it."""
        return canonical_key(self.name) or self.name

    @property
    def key(self) -> str:
        """Return the key as Pelican stores it: the site's key, lower case."""
        return self.canonical_name.lower()


@dataclass(frozen=True)
class ContentFile:
    """A Markdown file split into metadata fields and body; path is relative to
    the content root, with forward slashes."""

    path: str
    fields: tuple[Field, ...]
    body: str
    body_line: int
    broken_line: int | None = None

    @cached_property
    def _first_fields(self) -> dict[str, Field]:
        """The first field of each key: site-wide checks ask for them many times."""
        first: dict[str, Field] = {}
        for field in self.fields:
            first.setdefault(field.key, field)
        return first

    def field(self, key: str) -> Field | None:
        """Return the first field with this key (any case), or None."""
        return self._first_fields.get(key.lower())

    def value(self, key: str) -> str:
        """Return the value of the first field with this key, or ''."""
        field = self.field(key)
        return field.value if field else ""

    @property
    def folder(self) -> str:
        """Return the top folder under the content root: news, events, pages..."""
        return self.path.split("/", 1)[0] if "/" in self.path else ""


def split_lines(text: str) -> list[str]:
    """Split text into lines as Python-Markdown does (any newline, BOM removed)."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return [line.expandtabs(4) for line in text.split("\n")]


def _ends_block_by_mistake(lines: list[str], index: int) -> bool:
    """Tell whether a non-metadata line looks like a botched `Key: value` line."""
    if KEY_LIKE_LINE.match(lines[index]):
        return True
    for line in lines[index + 1 :]:
        if not line.strip():
            return False
        if read_key_line(line):
            return True
    return False


def _field(lines: list[str], entry: KeyLine, indexes: list[int]) -> Field:
    """The field of one entry's lines, its value as the build reads it."""
    parts = [entry.value] + [lines[index].strip() for index in indexes[1:]]
    shown = without_quotes(parts) if entry.key in UNQUOTED_KEYS else parts
    value = " ".join(part for part in shown if part)
    return Field(entry.written, value, indexes[0] + 1, tuple(parts))


def parse_content_file(path: str, text: str) -> ContentFile:
    """Split Markdown source into metadata fields (with line numbers) and body."""
    lines = split_lines(text)
    entries, stop = metadata_entries(lines)
    broken_line, body_start = None, stop
    if stop < len(lines):
        if not lines[stop].strip() or YAML_END.match(lines[stop]):
            body_start = stop + 1
        elif _ends_block_by_mistake(lines, stop):
            broken_line = stop + 1
    fields = tuple(_field(lines, entry, indexes) for entry, indexes in entries)
    body = "\n".join(lines[body_start:])
    return ContentFile(path, fields, body, body_start + 1, broken_line)
