"""Rules of content/tags.toml: the file's own mistakes, and tags it does not name."""

from collections.abc import Iterator
from pathlib import Path

from plugins.base.tag_file import read_tag_table
from plugins.base.tag_table import TAG_FILE, TagTable
from plugins.checks.metadata import ContentFile
from plugins.checks.name_rules import tags_of
from plugins.checks.options import CheckOptions
from plugins.checks.policy import MAX_TAGS
from plugins.checks.problem import Problem, error, warning


def read_tag_file(content_root: Path) -> tuple[TagTable | None, list[Problem]]:
    """The tag table of a content folder (None without tags.toml or when it cannot
    be read; the entries that are right when it has mistakes) and the file's
    problems, each at its line."""
    source = Path(content_root) / TAG_FILE
    if not source.is_file():
        return None, []
    try:
        text = source.read_text(encoding="utf-8")
    except UnicodeDecodeError as reason:
        line = source.read_bytes().count(b"\n", 0, reason.start) + 1
        return None, [
            error(
                TAG_FILE,
                line,
                "The file is not saved as UTF-8 text.",
                'save it again with the encoding "UTF-8".',
            )
        ]
    except OSError as reason:
        return None, [
            error(
                TAG_FILE,
                1,
                f"The file cannot be read ({reason.strerror}).",
                "check that the file exists and may be read.",
            )
        ]
    table, found = read_tag_table(text)
    problems = [Problem(TAG_FILE, p.line, p.severity, p.message, p.fix) for p in found]
    return table, problems


def check_tag_names(items: list[ContentFile], options: CheckOptions) -> Iterator:
    """Warn about tags tags.toml does not name: they show as written everywhere."""
    table = options.tag_table
    if table is None or options.tag_file_broken:
        return  # until the file is right, any tag may look unknown: say nothing
    for item in items:
        tags = tags_of(item)
        if not tags or len(tags) > MAX_TAGS:
            continue
        line = item.field("Tags").line
        for tag in tags:
            if table.key_of(tag) is None:
                yield unknown_tag(item.path, line, tag, table)


def unknown_tag(path: str, line: int, tag: str, table: TagTable) -> Problem:
    """The warning about one tag that tags.toml does not name."""
    message = (
        f'Tag "{tag}" is not in {TAG_FILE}, so every language shows it as written.'
    )
    key = table.closest_key(tag)
    if key is not None:
        names = ", ".join(f'"{name}"' for name in table.names[key].values())
        fix = f"did you mean [{key}] ({names})? Write its key or one of its names."
    else:
        fix = (
            f"add it to {TAG_FILE} with its name in every language,"
            " or use a tag from there."
        )
    return warning(path, line, message, fix)
