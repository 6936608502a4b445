"""The input policy in one place: what content may be, how big, and which names.

Pure constants and small predicates; the rules in file_rules.py and name_rules.py
read them, README "Content format" lists them for editors.
"""

import fnmatch
import functools
import math
import re
import unicodedata
from collections.abc import Sequence

from plugins.base import urls

# Folders Pelican reads items from (ARTICLE_PATHS and PAGE_PATHS).
CONTENT_FOLDERS = ("news", "events", "pages")
# The only text format the site reads: the checks understand it, and it cannot
# include local files (reStructuredText's `.. include::` can).
MARKDOWN_SUFFIXES = (".md", ".markdown")

# What a static folder (STATIC_PATHS, images/) may publish, by lower-case extension.
IMAGE_TYPES = {
    ".jpg": "JPEG image",
    ".jpeg": "JPEG image",
    ".png": "PNG image",
    ".gif": "GIF image",
    ".webp": "WebP image",
    ".avif": "AVIF image",
}
# No archives (.zip): nobody can see what is inside; no HTML, SVG, XML, scripts.
DOCUMENT_TYPES = {
    ".pdf": "PDF document",
    ".odt": "OpenDocument text",
    ".ods": "OpenDocument spreadsheet",
    ".odp": "OpenDocument presentation",
    ".docx": "Word document",
    ".xlsx": "Excel workbook",
    ".pptx": "PowerPoint presentation",
    ".doc": "Word 97-2003 document",
    ".xls": "Excel 97-2003 workbook",
    ".ppt": "PowerPoint 97-2003 presentation",
    ".rtf": "RTF document",
    ".txt": "plain text",
    ".csv": "CSV table",
    ".epub": "EPUB book",
}
STATIC_TYPES = IMAGE_TYPES | DOCUMENT_TYPES
# Types that would run in the site's own origin (script-src 'self' allows them).
ACTIVE_TYPES = frozenset(
    {".html", ".htm", ".xhtml", ".shtml", ".js", ".mjs", ".css", ".svg", ".svgz"}
    | {".xml", ".xsl", ".xslt", ".php", ".wasm", ".swf", ".map", ".json"}
)

KILOBYTE = 1024
MEGABYTE = 1024 * KILOBYTE
MAX_MARKDOWN_BYTES = 512 * KILOBYTE
MAX_STATIC_BYTES = 50 * MEGABYTE

MAX_SLUG_LENGTH = 100
SLUG_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_TAGS = 20
MAX_TAG_LENGTH = 60

# Addresses directly under a language prefix that a page's slug must not take: the
# folders the site fills itself (urls.RESERVED_SLUGS), its views and the root's own
# folders, which would confuse readers under a language too.
RESERVED_PAGE_SLUGS = urls.RESERVED_SLUGS | {
    "index", "print", "text", "theme", "images", "pagefind", "404"
}  # fmt: skip
# A news item or event with this slug would share the folder of the list's pages.
RESERVED_ITEM_SLUGS = frozenset({"page", "index", "print"})


# Names the site skips without a word (Pelican's IGNORE_FILES, the same list in
# pelican.conf.py): hidden files (.DS_Store, .htaccess, Vim's .x.swp), what
# editors' programs leave behind (backups~, #Emacs#, ~$Office locks, Thumbs.db,
# desktop.ini) and README files, notes for the people who edit the folder.
IGNORED_NAMES = (
    ".*", "*~", "#*#", "~$*", "*.swp", "Thumbs.db", "desktop.ini",
    "README", "README.*", "Readme.*", "readme.*",
)  # fmt: skip


def is_ignored(name: str, patterns: Sequence[str] = IGNORED_NAMES) -> bool:
    """Tell whether a file or folder name is skipped, as Pelican's IGNORE_FILES."""
    return ignored_names(tuple(patterns)).match(name) is not None


@functools.cache
def ignored_names(patterns: tuple[str, ...]) -> re.Pattern:
    """One expression for every pattern: each file of the tree is matched once,
    not once per pattern (fnmatch.fnmatch, POSIX: no case folding)."""
    if not patterns:
        return re.compile(r"(?!)")  # matches nothing
    return re.compile("|".join(fnmatch.translate(pattern) for pattern in patterns))


def invisible_character(text: str) -> str | None:
    """The first control or invisible formatting character (bidi overrides,
    zero-width spaces) in text, or None."""
    for char in text:
        if unicodedata.category(char) in ("Cc", "Cf"):
            return char
    return None


def describe_character(char: str) -> str:
    """A character as editors can look it up: `U+202E RIGHT-TO-LEFT OVERRIDE`."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X} {name}".rstrip()


def size_label(size: int) -> str:
    """A file size for a message, rounded up (`513 KB`, `51 MB`), so a file over
    a limit never reads as the limit itself."""
    if size >= MEGABYTE:
        return f"{math.ceil(size / MEGABYTE)} MB"
    return f"{max(1, math.ceil(size / KILOBYTE))} KB"
