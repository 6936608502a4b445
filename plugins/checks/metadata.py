"""Read the metadata block of a Markdown file the way Python-Markdown's meta
extension does, but keep the line number of every field."""

import re
from dataclasses import dataclass
from functools import cached_property

# The same patterns as markdown.extensions.meta, so we see what Pelican sees.
KEY_LINE = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)")
CONTINUATION_LINE = re.compile(r"^[ ]{4,}(?P<value>.*)")
YAML_BEGIN = re.compile(r"^-{3}(\s.*)?")
YAML_END = re.compile(r"^(-{3}|\.{3})(\s.*)?")
# "Event start: ...": what an editor meant as a key, but Markdown does not accept.
KEY_LIKE_LINE = re.compile(r"^\s*\w[\w .'-]{0,30}:")


@dataclass(frozen=True)
class Field:
    """One `Key: value` entry; continuation lines are joined with a space.

    `parts` keeps the text of each line (the key's line, then every indented
    continuation line), as Python-Markdown hands them to Pelican."""

    name: str
    value: str
    line: int
    parts: tuple[str, ...] = ()

    @property
    def continued(self) -> bool:
        """Tell whether the value goes on over indented continuation lines."""
        return len(self.parts) > 1

    @property
    def key(self) -> str:
        """Return the key as Pelican stores it: lower case."""
        return self.name.lower()


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
        if KEY_LINE.match(line):
            return True
    return False


def parse_content_file(path: str, text: str) -> ContentFile:
    """Split Markdown source into metadata fields (with line numbers) and body."""
    lines = split_lines(text)
    entries: list[tuple[str, list[str], int]] = []
    index = 1 if lines and YAML_BEGIN.match(lines[0]) else 0
    broken_line = None
    while index < len(lines):
        line = lines[index]
        if not line.strip() or YAML_END.match(line):
            index += 1
            break
        key_match = KEY_LINE.match(line)
        more_match = CONTINUATION_LINE.match(line)
        if key_match:
            entries.append((key_match["key"], [key_match["value"].strip()], index + 1))
        elif more_match and entries:
            entries[-1][1].append(more_match["value"].strip())
        else:
            if _ends_block_by_mistake(lines, index):
                broken_line = index + 1
            break
        index += 1
    fields = tuple(
        Field(name, " ".join(part for part in values if part), line, tuple(values))
        for name, values, line in entries
    )
    return ContentFile(path, fields, "\n".join(lines[index:]), index + 1, broken_line)
