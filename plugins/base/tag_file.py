"""Reading content/tags.toml: the tag table and every problem, with its line.

The file is content: untrusted. Every mistake becomes a TableProblem (line, what,
how to fix it), never a traceback; the entries that are right still form a table.
"""

import re
import tomllib
from collections import defaultdict
from dataclasses import dataclass

from plugins.base.characters import IN_METADATA, shorten
from plugins.base.languages import KNOWN_LANGUAGES, normalise_code
from plugins.base.tag_table import DERIVED, TagTable
from plugins.base.transliteration.core import slugify

KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
HEADER = re.compile(r"""^\s*\[\s*["']?([^\]"']*)["']?\s*\]""")
ENTRY = re.compile(r"""^\s*["']?([^=\s"']+)["']?\s*=""")
TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")
MAX_NAME_LENGTH = 60
EXAMPLE = '[labour-exploitation] followed by lines such as en = "labour exploitation"'


@dataclass(frozen=True, order=True)
class TableProblem:
    """One mistake in tags.toml."""

    line: int
    severity: str
    message: str
    fix: str


def problem(line: int, message: str, fix: str) -> TableProblem:
    """An error of tags.toml at a line."""
    return TableProblem(line, "error", message, fix)


def entry_lines(text: str) -> dict[tuple[str, str], int]:
    """(key, "") -> the line of each [key], (key, language) -> each name's line."""
    lines, key = {}, ""
    for number, line in enumerate(text.splitlines(), start=1):
        header = HEADER.match(line)
        if header:
            key = header.group(1).strip()
            lines.setdefault((key, ""), number)
        elif (entry := ENTRY.match(line)) is not None:
            lines.setdefault((key, entry.group(1)), number)
    return lines


def read_tag_table(text: str, fallback: str = "en") -> tuple[TagTable, list]:
    """The table of a tags.toml text and the problems found in it."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = TOML_LINE.search(str(error))
        reason = TOML_LINE.sub("", str(error)).strip()
        line = int(found.group(1)) if found else 1
        return TagTable(fallback=fallback), [
            problem(line, f"This is not valid TOML ({reason}).", f"write {EXAMPLE}.")
        ]
    lines = entry_lines(text)
    names, problems = {}, []
    for key, value in data.items():
        entry, found = table_entry(key, value, lines)
        problems += found
        if entry:
            names[key] = entry
    problems += clashes(names, lines)
    return TagTable(names, fallback), sorted(problems)


def table_entry(key, value, lines) -> tuple[dict[str, str], list]:
    """The names of one [key] table (language code -> name) and its problems."""
    line = lines.get((key, ""), 1)
    if not isinstance(value, dict):
        return {}, [
            problem(
                lines.get(("", key), line),
                f'"{shorten(key)}" is not a table of names.',
                f"write {EXAMPLE}.",
            )
        ]
    problems = []
    if not KEY.fullmatch(key):
        suggestion = slugify(key, "en") or "tag-name"
        problems.append(
            problem(
                line,
                f"The key [{shorten(key)}] is not lower-case ASCII letters, digits "
                "and single hyphens.",
                f"write [{suggestion}] (editors may still write any name in Tags:).",
            )
        )
    entry = {}
    for language, name in value.items():
        where = lines.get((key, language), line)
        code, found = named_language(key, language, name, where)
        problems += found
        if code:
            entry[code] = name.strip()
    if not entry and not problems:
        problems.append(problem(line, f"[{key}] has no names.", f"write {EXAMPLE}."))
    return entry, problems


def named_language(key: str, language: str, name, line: int):
    """The site code of one `language = "name"` line of [key], or None, and its
    problems."""
    code = normalise_code(language)
    if code is None:
        known = ", ".join(row["authored"] for row in KNOWN_LANGUAGES.values())
        return None, [
            problem(
                line,
                f'"{shorten(language)}" in [{key}] is not a language.',
                f"use one of {known}.",
            )
        ]
    why = name_problem(name)
    if why:
        return None, [
            problem(
                line,
                f"The {language} name of [{key}] {why}.",
                'write the name in quotes, e.g. en = "training".',
            )
        ]
    return code, []


def name_problem(name) -> str:
    """What keeps a value from being a tag's name, or ""."""
    if not isinstance(name, str):
        return "is not text"
    if IN_METADATA.search(name):
        return "holds a control or invisible character"
    if not any(character.isalnum() for character in name):
        return "has no letters or digits"
    if len(name) > MAX_NAME_LENGTH:
        return f"is longer than {MAX_NAME_LENGTH} characters"
    return ""


def clashes(names: dict[str, dict[str, str]], lines) -> list[TableProblem]:
    """Two keys that editors would write alike or whose names share an address."""
    found = []
    seen: dict[str, str] = {}  # a key or name, case-folded -> the first key it names
    for key, entry in names.items():
        for written in {key.casefold(), *(n.casefold() for n in entry.values())}:
            other = seen.setdefault(written, key)
            if other != key:
                found.append(
                    problem(
                        lines.get((key, ""), 1),
                        f'"{written}" names both [{other}] and [{key}].',
                        "give each tag its own names; one tag may carry one name once.",
                    )
                )
    table = TagTable(names)
    for code in KNOWN_LANGUAGES:
        addresses = defaultdict(list)
        for key in names:
            addresses[slugify(table.name(key, code), code)].append(key)
        for slug, keys in addresses.items():
            if len(keys) > 1 and any(named_in(names[key], code) for key in keys):
                found.append(
                    problem(
                        lines.get((keys[-1], ""), 1),
                        f"[{keys[0]}] and [{keys[-1]}] have the same address "
                        f"tags/{slug}/ in language {code}.",
                        "give them names that differ in letters or digits.",
                    )
                )
    return found


def named_in(entry: dict[str, str], code: str) -> bool:
    """Whether a tag has a name of its own in a language (sr-Latn: also from sr)."""
    return code in entry or DERIVED.get(code) in entry
