"""The lines of a metadata block as Python-Markdown's meta extension reads them,
and the rewrite that lets it read what editors meant: a key in their own language
(`Datums:` becomes `Date:`) and a value wholly in straight quotes (`Title: "Annual
report"` becomes `Title: Annual report`). Lines keep their number and order.
"""

import re
from dataclasses import dataclass

from plugins.base.metadata_keys import canonical_key, localized_key

# The patterns of markdown.extensions.meta: keys are ASCII only there.
META_KEY_LINE = re.compile(
    r"^(?P<indent>[ ]{0,3})(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)"
)
# A key of up to three words in any script (`Název:`, `Časové pásmo:`): read only
# when the words are in the table of plugins/base/metadata_keys.py.
WORD_KEY_LINE = re.compile(
    r"^(?P<indent>[ ]{0,3})(?P<key>[^\W\d_]+(?:[ -][^\W\d_]+){0,2}):\s*(?P<value>.*)"
)
CONTINUATION_LINE = re.compile(r"^[ ]{4,}(?P<value>.*)")
YAML_BEGIN = re.compile(r"^-{3}(\s.*)?")
YAML_END = re.compile(r"^(-{3}|\.{3})(\s.*)?")

# Values the site shows as text, where quotes around the whole are not meant to show.
UNQUOTED_KEYS = frozenset({"Title", "Summary", "Location"})
STRAIGHT_QUOTES = ('"', "'")


@dataclass(frozen=True)
class KeyLine:
    """A `Key: value` line: the key as written, the key it means (None if the site
    does not know it), and the value with the space around it removed."""

    written: str
    key: str | None
    value: str
    indent: str = ""


def read_key_line(line: str) -> KeyLine | None:
    """Return the line as a metadata entry, or None where the meta extension would
    end the block (a key in the editors' words counts as an entry)."""
    found = META_KEY_LINE.match(line)
    if found:
        written = found["key"]
        return KeyLine(
            written, canonical_key(written), found["value"].strip(), found["indent"]
        )
    found = WORD_KEY_LINE.match(line)
    if found and localized_key(found["key"]):
        written = found["key"]
        return KeyLine(
            written, localized_key(written), found["value"].strip(), found["indent"]
        )
    return None


def without_quotes(parts: list[str]) -> list[str]:
    """Remove straight quotes that wrap a whole value, given as its lines' stripped
    texts, when the same quote mark does not also stand inside it."""
    filled = [index for index, part in enumerate(parts) if part]
    if not filled:
        return parts
    first, last = filled[0], filled[-1]
    whole = " ".join(parts[first : last + 1])
    mark = whole[0]
    if len(whole) < 2 or mark not in STRAIGHT_QUOTES or not whole.endswith(mark):
        return parts
    if mark in whole[1:-1]:
        return parts
    result = list(parts)
    result[first] = result[first][1:].lstrip()
    result[last] = result[last][:-1].rstrip()
    if last and not result[last]:
        return parts  # a blank continuation line would end the metadata block
    return result


def metadata_entries(lines: list[str]) -> tuple[list[tuple[KeyLine, list[int]]], int]:
    """Return each entry with the indexes of its lines (key line first), and the
    index of the first line after the block, as the meta extension reads it."""
    entries: list[tuple[KeyLine, list[int]]] = []
    index = 1 if lines and YAML_BEGIN.match(lines[0]) else 0
    while index < len(lines):
        line = lines[index]
        if not line.strip() or YAML_END.match(line):
            return entries, index
        entry = read_key_line(line)
        if entry:
            entries.append((entry, [index]))
        elif CONTINUATION_LINE.match(line) and entries:
            entries[-1][1].append(index)
        else:
            return entries, index
        index += 1
    return entries, index


def rewrite_metadata_lines(lines: list[str]) -> list[str]:
    """Write each key in the editors' words as the site's key and unquote values
    of Title, Summary and Location, so the meta extension reads what was meant."""
    result = list(lines)
    for entry, indexes in metadata_entries(lines)[0]:
        if entry.key is None:
            continue
        values = [entry.value] + [lines[i].strip() for i in indexes[1:]]
        if entry.key in UNQUOTED_KEYS:
            values = without_quotes(values)
        if entry.written.lower() != entry.key.lower() or values[0] != entry.value:
            result[indexes[0]] = f"{entry.indent}{entry.key}: {values[0]}"
        for index, value in zip(indexes[1:], values[1:], strict=True):
            if value != lines[index].strip():
                result[index] = f"    {value}"
    return result
