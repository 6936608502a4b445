"""Rules about where a file lies: the site reads items only from news/, events/
and pages/ and publishes files only from the static folders (images/,
documents/). Anything else in the content folder would be left out without a
word, so each such file is reported with the folder it belongs in."""

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path, PurePosixPath

from plugins.base.tag_table import TAG_FILE
from plugins.checks.file_rules import in_folders
from plugins.checks.metadata import ContentFile, parse_content_file
from plugins.checks.path_hints import home_folder, is_static_type
from plugins.checks.policy import CONTENT_FOLDERS, MARKDOWN_SUFFIXES
from plugins.checks.problem import Problem, error

# Enough of a file to read its metadata block.
HEAD_BYTES = 8192
# Files at the top of the content folder that the site reads itself.
SITE_FILES = frozenset({TAG_FILE})
# Plain-text names an item saved by a text editor may get instead of .md.
PLAIN_TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
ITEM_FOLDERS = "news/, events/ and pages/"


def in_item_folder(label: str) -> bool:
    """Tell whether a content-relative file lies inside news/, events/ or pages/."""
    return "/" in label and label.split("/", 1)[0] in CONTENT_FOLDERS


def suffix_of(label: str) -> str:
    """A path's suffix as PurePosixPath gives it, without making one (the checks
    ask for every file of the tree on every run): ".MD" of "news/a.en.MD"; none
    of ".hidden" or of a name ending in a dot."""
    name = label.rpartition("/")[2]
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def is_markdown(label: str) -> bool:
    """Tell whether a file name ends in .md or .markdown (any case)."""
    return suffix_of(label).lower() in MARKDOWN_SUFFIXES


def read_head(path: Path) -> ContentFile:
    """The metadata block of a file, read leniently (it is only for a hint)."""
    try:
        with path.open("rb") as source:
            head = source.read(HEAD_BYTES).decode("utf-8", errors="replace")
    except OSError:
        head = ""
    return parse_content_file(path.name, head)


def item_folder(item: ContentFile) -> tuple[str, str] | None:
    """The folder an item's metadata points to, and why: ("events", "its ...")."""
    category = item.value("Category").strip().lower()
    if category in ("news", "events"):
        return category, f'its Category is "{item.value("Category").strip()}"'
    for key, folder in (
        ("Event-start", "events"),
        ("Order", "pages"),
        ("Date", "news"),
    ):
        field = item.field(key)  # also as editors write it: Datum, Datums, …
        if field is not None:
            return folder, f'it has "{field.name}:"'
    return None


def item_outside_problem(root: Path, label: str) -> Problem:
    """The error for a Markdown file outside news/, events/ and pages/."""
    item = read_head(root / label)
    name = PurePosixPath(label).name
    where = item_folder(item)
    if where is not None:
        folder, reason = where
        fix = f"move it to {folder}/{name} ({reason})."
    elif item.field("Title") is not None:
        fix = (
            "move it into news/ (news items), events/ (events) or pages/"
            ' (pages such as "Who we are").'
        )
    else:
        fix = (
            "move it into news/, events/ or pages/ if it is an item; notes for"
            " editors go in a file named README.md, which the site skips."
        )
    return error(
        label,
        1,
        f'"{label}" is outside {ITEM_FOLDERS}, so the site does not publish it.',
        fix,
    )


def static_home(label: str, static_paths: Sequence[str]) -> str | None:
    """The static folder a picture or document belongs in, or None."""
    name = PurePosixPath(label).name
    if not static_paths or not is_static_type(name):
        return None
    return home_folder(name, static_paths)


def allowed_folders(static_paths: Sequence[str]) -> str:
    """The folders the site reads, as a message says them."""
    if not static_paths:
        return f"items in {ITEM_FOLDERS} only"
    *others, last = [f"{folder}/" for folder in static_paths]
    statics = f"{', '.join(others)} and {last}" if others else last
    return f"items in {ITEM_FOLDERS}; pictures and documents in {statics}"


def loose_file_problem(label: str, static_paths: Sequence[str]) -> Problem:
    """The error for a file at the top of the content folder."""
    home = static_home(label, static_paths)
    if home is not None:
        fix = f"move it to {home}/{label} and link it from there."
    else:
        fix = "move it into one of those folders, or remove it."
    if PurePosixPath(label).suffix.lower() in (".txt", ".text"):
        fix = fix[:-1] + "; notes for editors go in README.txt, which the site skips."
    return error(
        label,
        1,
        f'"{label}" is at the top of the content folder, where the site publishes'
        f" nothing: it reads {allowed_folders(static_paths)}.",
        fix,
    )


def unknown_folder_problem(
    folder: str, count: int, static_paths: Sequence[str]
) -> Problem:
    """The error for a top-level folder the site neither reads nor publishes."""
    files = "1 file" if count == 1 else f"{count} files"
    return error(
        folder,
        1,
        f'The folder "{folder}/" ({files}) is not published: the site reads'
        f" {allowed_folders(static_paths)}.",
        "move its pictures and documents into those folders and link them from"
        " there, or remove the folder.",
    )


def not_markdown_problem(
    root: Path, label: str, static_paths: Sequence[str]
) -> Problem:
    """The error for a file in news/, events/ or pages/ that is not Markdown."""
    path = PurePosixPath(label)
    home = static_home(label, static_paths)
    plain = path.suffix.lower() in PLAIN_TEXT_SUFFIXES
    if plain and read_head(root / label).field("Title") is not None:  # an item
        fix = f'rename it to "{path.stem}.md".'
    elif home is not None:
        fix = f"move it to {home}/{path.name} and link it from there."
    else:
        fix = f'convert it to Markdown and save it as "{path.stem}.md".'
    return error(
        label,
        1,
        f"Only Markdown files (.md) are read from {label.split('/', 1)[0]}/;"
        f' "{path.name}" is not one.',
        fix,
    )


def suffix_case_problem(label: str) -> Problem | None:
    """The error for `item.en.MD`: Pelican matches extensions in lower case only."""
    if suffix_of(label) in MARKDOWN_SUFFIXES:
        return None
    path = PurePosixPath(label)
    return error(
        label,
        1,
        f'The name ends in "{path.suffix}", but the site reads only'
        f' "{path.suffix.lower()}" in lower case, so it does not publish this item.',
        f'rename it to "{path.stem}{path.suffix.lower()}".',
    )


def check_places(
    root: Path, labels: Iterable[str], static_paths: Sequence[str]
) -> Iterator[Problem]:
    """Report files in news/, events/, pages/ that are not Markdown, items outside
    them, and files outside every folder the site reads (what a static folder
    may hold: file_rules.check_static_files)."""
    unknown: dict[str, int] = {}
    for label in labels:
        if in_item_folder(label):
            if not is_markdown(label):
                yield not_markdown_problem(root, label, static_paths)
            elif (problem := suffix_case_problem(label)) is not None:
                yield problem
        elif is_markdown(label):
            yield item_outside_problem(root, label)
        elif "/" not in label:
            if label not in SITE_FILES:
                yield loose_file_problem(label, static_paths)
        elif not in_folders(label, static_paths):
            top = label.split("/", 1)[0]
            unknown[top] = unknown.get(top, 0) + 1
    for folder, count in unknown.items():
        yield unknown_folder_problem(folder, count, static_paths)
