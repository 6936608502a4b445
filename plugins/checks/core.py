"""Check a whole content tree and report every problem at once.

Pure: reads files, imports nothing from Pelican. The plugin's register() calls
check_content_tree() and prints format_report()."""

from collections.abc import Callable, Collection, Mapping, Sequence
from pathlib import Path

from plugins.checks.body_rules import check_references, check_unsafe_html
from plugins.checks.date_rules import check_dates, check_event, check_publication_date
from plugins.checks.metadata import ContentFile, parse_content_file
from plugins.checks.options import (
    KNOWN_KEYS,
    SITE_LANGUAGES,
    CheckOptions,
    simple_slugify,
)
from plugins.checks.problem import Problem, error, format_report, summary_line
from plugins.checks.rules import (
    check_category,
    check_keys,
    check_language,
    check_metadata_block,
    check_page_fields,
    check_status,
    check_timezone,
    check_title,
    check_translation_flag,
)
from plugins.checks.script_rules import check_mixed_words, check_serbian_script
from plugins.checks.site_rules import check_site

__all__ = [
    "CheckOptions",
    "Problem",
    "check_content_tree",
    "check_file_text",
    "check_texts",
    "format_report",
    "summary_line",
]

CONTENT_FOLDERS = ("news", "events", "pages")
MARKDOWN_SUFFIXES = (".md", ".markdown")

FILE_RULES = (
    check_metadata_block,
    check_title,
    check_language,
    check_keys,
    check_dates,
    check_publication_date,
    check_event,
    check_category,
    check_timezone,
    check_status,
    check_translation_flag,
    check_page_fields,
    check_references,
    check_unsafe_html,
    check_mixed_words,
    check_serbian_script,
)


def _check_item(item: ContentFile, options: CheckOptions) -> list[Problem]:
    return [problem for rule in FILE_RULES for problem in rule(item, options)]


def check_file_text(
    path_label: str, text: str, options: CheckOptions | None = None
) -> list[Problem]:
    """Return the problems of one file; path_label is relative to the content root."""
    options = options or CheckOptions()
    return sorted(set(_check_item(parse_content_file(path_label, text), options)))


def check_texts(
    texts: Mapping[str, str], options: CheckOptions | None = None
) -> list[Problem]:
    """Return the problems of many files (path label -> text), cross-file ones too."""
    options = options or CheckOptions()
    items = [parse_content_file(path, text) for path, text in texts.items()]
    problems = [problem for item in items for problem in _check_item(item, options)]
    problems.extend(check_site(items, options))
    return sorted(set(problems))


def _read_text(path: Path, label: str) -> str | Problem:
    """Return the file's text, or a Problem saying why it cannot be read."""
    try:
        data = path.read_bytes()
    except OSError as reason:
        return error(
            label,
            1,
            f"The file cannot be read ({reason.strerror}).",
            "check that the file exists and may be read.",
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as reason:
        line = data.count(b"\n", 0, reason.start) + 1
        return error(
            label,
            line,
            "The file is not saved as UTF-8 text.",
            'save it again with the encoding "UTF-8".',
        )


def _content_files(content_root: Path) -> list[Path]:
    """Return every Markdown file under news/, events/ and pages/, sorted."""
    return sorted(
        path
        for folder in CONTENT_FOLDERS
        for path in (content_root / folder).rglob("*")
        if path.suffix.lower() in MARKDOWN_SUFFIXES and path.is_file()
    )


def check_content_tree(
    content_root: Path,
    languages: Sequence[str] = SITE_LANGUAGES,
    *,
    default_language: str = "",
    slugify: Callable[[str], str] = simple_slugify,
    reserved_paths: Collection[str] = frozenset(),
    extra_keys: Sequence[str] = (),
) -> list[Problem]:
    """Return every problem in the content tree, sorted by file and line."""
    content_root = Path(content_root)
    if not content_root.is_dir():
        raise FileNotFoundError(f"checks: content folder {content_root} does not exist")
    existing = frozenset(
        path.relative_to(content_root).as_posix()
        for path in content_root.rglob("*")
        if path.is_file()
    )
    options = CheckOptions(
        languages=tuple(languages),
        default_language=default_language,
        slugify=slugify,
        existing_files=existing,
        reserved_paths=frozenset(reserved_paths),
        known_keys=KNOWN_KEYS + tuple(extra_keys),
    )
    texts, unreadable = {}, []
    for path in _content_files(content_root):
        label = path.relative_to(content_root).as_posix()
        text = _read_text(path, label)
        if isinstance(text, Problem):
            unreadable.append(text)
        else:
            texts[label] = text
    return sorted(unreadable + check_texts(texts, options))
