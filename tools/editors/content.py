"""The content tree as editors see it: every file is one language version of an
item, and the versions of an item share its section (news, events, pages) and slug."""

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from plugins.base.event_times import DateError, parse_when
from plugins.checks.metadata import ContentFile, parse_content_file
from plugins.checks.options import CheckOptions
from plugins.checks.site_rules import slug_of
from tools.editors.languages import canonical_code

SECTIONS = ("news", "events", "pages")
MARKDOWN_SUFFIXES = (".md", ".markdown")


@dataclass(frozen=True)
class Version:
    """One file: an item in one language; path is relative to the content folder."""

    path: str
    section: str
    slug: str
    lang: str
    item: ContentFile

    @property
    def published(self) -> date | datetime | None:
        """Return the Date, or None when it is missing or unreadable."""
        return read_when(self.item.value("Date"))

    @property
    def updated(self) -> date | datetime | None:
        """Return the last change: Modified when readable, else Date."""
        return read_when(self.item.value("Modified")) or self.published

    @property
    def is_draft(self) -> bool:
        """Tell whether the file has Status: draft (written, but not published)."""
        return self.item.value("Status").lower() == "draft"


def read_when(value: str) -> date | datetime | None:
    """Return a metadata date, or None when it is empty or unreadable."""
    if not value.strip():
        return None
    try:
        return parse_when(value)
    except DateError:
        return None


def as_datetime(when: date | datetime) -> datetime:
    """Return a date as the start of its day, a datetime as it is."""
    return when if isinstance(when, datetime) else datetime.combine(when, time())


def content_files(content_root: Path) -> list[Path]:
    """Return every Markdown file under news/, events/ and pages/, sorted."""
    return sorted(
        path
        for section in SECTIONS
        for path in (content_root / section).rglob("*")
        if path.suffix.lower() in MARKDOWN_SUFFIXES and path.is_file()
    )


def version_of(
    path: str,
    text: str,
    languages: Sequence[str],
    default_language: str,
    slugify: Callable[[str], str],
) -> Version | None:
    """Return the Version a file's text describes, or None without a title or slug."""
    item = parse_content_file(path, text)
    slug = slug_of(item, CheckOptions(slugify=slugify))
    if slug is None:
        return None
    written = item.value("Lang") or default_language
    lang = canonical_code(written, languages) or written
    return Version(path, path.split("/", 1)[0], slug.text, lang, item)


def read_versions(
    content_root: Path,
    languages: Sequence[str],
    default_language: str,
    slugify: Callable[[str], str],
) -> list[Version]:
    """Return a Version for every readable content file under content_root."""
    versions = []
    for path in content_files(content_root):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # `make check` explains why; here it is simply not there
        label = path.relative_to(content_root).as_posix()
        version = version_of(label, text, languages, default_language, slugify)
        if version is not None:
            versions.append(version)
    return versions


def group_versions(
    versions: Iterable[Version],
) -> dict[tuple[str, str], dict[str, Version]]:
    """Group versions by (section, slug), then language; the first file wins."""
    groups: dict[tuple[str, str], dict[str, Version]] = defaultdict(dict)
    for version in sorted(versions, key=lambda version: version.path):
        groups[version.section, version.slug].setdefault(version.lang, version)
    return dict(groups)
