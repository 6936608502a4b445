"""Rules about the characters of a file: no control characters, no invisible
characters that reorder text, and metadata that Pelican reads as the checks do."""

import re
import unicodedata
from collections.abc import Iterator

from plugins.base.characters import ANYWHERE, CONTROL, IN_METADATA
from plugins.checks.markdown_text import line_of
from plugins.checks.metadata import ContentFile
from plugins.checks.options import CheckOptions
from plugins.checks.problem import Problem, error

# Unicode gives controls no names; these are the ones editors meet.
CONTROL_NAMES = {
    "\x00": "NULL",
    "\x07": "BELL",
    "\x08": "BACKSPACE",
    "\x0b": "VERTICAL TAB",
    "\x0c": "FORM FEED",
    "\x1b": "ESCAPE",
    "\x7f": "DELETE",
    "\x85": "NEXT LINE",
}
# Pelican keeps only the first line of these keys, so a continuation line is lost.
FIRST_LINE_ONLY = ("Tags", "Date", "Modified", "Status", "Category", "Slug", "Author")
# Pelican reads these as lists, one entry per line, not as one joined value.
LINE_LISTS = ("Authors",)


def character_name(char: str) -> str:
    """Return a character as editors can look it up: `U+202E RIGHT-TO-LEFT OVERRIDE`."""
    name = CONTROL_NAMES.get(char) or unicodedata.name(char, "CONTROL CHARACTER")
    return f"U+{ord(char):04X} {name}"


def _found_characters(item: ContentFile) -> Iterator[tuple[str, int]]:
    """Yield each forbidden character with its line: metadata, then the body."""
    for field in item.fields:
        for offset, part in enumerate(field.parts):
            for found in IN_METADATA.finditer(part):
                yield found[0], field.line + offset
    for found in ANYWHERE.finditer(item.body):
        yield found[0], line_of(item.body, found.start(), item.body_line)


def _character_problem(path: str, char: str, lines: list[int]) -> Problem:
    more = len(lines) - 1
    also = f" (also on {more} more line{'s' if more > 1 else ''})" if more else ""
    kind = (
        "Control character" if re.match(f"[{CONTROL}]", char) else "Invisible character"
    )
    return error(
        path,
        lines[0],
        f"{kind} {character_name(char)} is not allowed{also}.",
        "delete it; if your editor does not show it, retype the line.",
    )


def check_invisible_characters(
    item: ContentFile, options: CheckOptions
) -> Iterator[Problem]:
    """Report control characters, bidi controls anywhere and zero-width characters
    in metadata: each character once, at the first line it is on."""
    lines: dict[str, list[int]] = {}
    for char, line in _found_characters(item):
        seen = lines.setdefault(char, [])
        if not seen or seen[-1] != line:
            seen.append(line)
    for char, found_lines in lines.items():
        yield _character_problem(item.path, char, sorted(set(found_lines)))


def check_continuation_lines(
    item: ContentFile, options: CheckOptions
) -> Iterator[Problem]:
    """Report indented continuation lines of keys whose later lines Pelican drops."""
    for field in item.fields:
        if not field.continued:
            continue
        if field.key in (key.lower() for key in FIRST_LINE_ONLY):
            yield error(
                item.path,
                field.line + 1,
                f"{field.name} goes on over an indented line, but the site reads only"
                " its first line.",
                f'write the whole value on the "{field.name}:" line.',
            )
        elif field.key in (key.lower() for key in LINE_LISTS):
            yield error(
                item.path,
                field.line + 1,
                f"{field.name} goes on over an indented line, which the site would"
                " read as a separate name.",
                f'write all names on the "{field.name}:" line, separated by commas.',
            )
