"""Hints for a path that leads nowhere: the file on the editor's own computer it
names (`C:\\Users\\anna\\foto.jpg`, `file:///…`), or the file it most likely
meant (`foto.JPG` for `foto.jpg`, `meeting.jpg` for `meting.jpg`), written the
way the editor wrote the path."""

import difflib
import functools
import html
import posixpath
import re
from collections.abc import Collection, Sequence
from urllib.parse import unquote

from plugins.base.sanitize import IGNORED_IN_URLS
from plugins.checks.policy import IMAGE_TYPES, STATIC_TYPES

# C:\… or C:/… (a drive), \\server\share\… (a network folder), file:… and the
# home folders of macOS and Linux: addresses only the editor's computer knows.
LOCAL_PATH = re.compile(
    r"^(?:[A-Za-z]:[\\/]|\\\\[^\\/]|file:|/Users/|/home/|~[\\/])", re.IGNORECASE
)
# Pelican's own link prefixes: {filename}news/x.md is read from the file's folder.
PELICAN_PREFIX = re.compile(
    r"^(?:\{(?:filename|static|attach)\}|\|(?:filename|static|attach)\|)"
)
# The project's static folders (STATIC_PATHS): pictures, then documents.
DEFAULT_STATIC = ("images", "documents")
# How alike two names must be (difflib's ratio) to be offered as a typo's fix.
CLOSE_ENOUGH = 0.8


def local_file_name(url: str) -> str | None:
    """The file name of an address on the editor's computer, else None."""
    plain = IGNORED_IN_URLS.sub("", html.unescape(url))
    if not LOCAL_PATH.match(plain):
        return None
    return file_name(html.unescape(url).strip())


def file_name(url: str) -> str | None:
    """The last part of a path or address, without query or fragment, or None."""
    path = re.split(r"[?#]", url, maxsplit=1)[0]
    name = unquote(re.split(r"[\\/]", path)[-1]).strip()
    return name if name and name not in (".", "..") else None


def is_static_type(name: str) -> bool:
    """Tell whether a file name ends in a picture's or document's extension."""
    return posixpath.splitext(name)[1].lower() in STATIC_TYPES


def home_folder(name: str, static_paths: Sequence[str] = DEFAULT_STATIC) -> str:
    """The static folder a file belongs in: images/ for pictures, documents/ for
    the rest (the first static folder where the site has no such folder)."""
    suffix = posixpath.splitext(name)[1].lower()
    wanted = "images" if suffix in IMAGE_TYPES else "documents"
    return wanted if wanted in static_paths else static_paths[0]


@functools.lru_cache(maxsize=4)
def _by_name(existing: frozenset[str]) -> dict[str, list[str]]:
    """Every file by its lower-case name (frozensets keep their hash: cheap)."""
    index: dict[str, list[str]] = {}
    for label in sorted(existing):
        index.setdefault(posixpath.basename(label).lower(), []).append(label)
    return index


@functools.lru_cache(maxsize=4)
def _by_folder(existing: frozenset[str]) -> dict[str, dict[str, str]]:
    """Every folder's files by their lower-case names."""
    index: dict[str, dict[str, str]] = {}
    for label in sorted(existing):
        folder, name = posixpath.split(label)
        index.setdefault(folder, {}).setdefault(name.lower(), label)
    return index


def closest_file(targets: Sequence[str], existing: Collection[str]) -> str | None:
    """The existing file a missing path most likely meant: the same path or name
    in other letter case (in another folder too), else a close name in its folder."""
    existing = frozenset(existing)
    index = _by_name(existing)
    for target in targets:
        same = index.get(posixpath.basename(target).lower(), [])
        folder = posixpath.dirname(target).lower()
        for label in same:
            if posixpath.dirname(label).lower() == folder:
                return label
        if same:
            return same[0]
    for target in targets:
        here = _by_folder(existing).get(posixpath.dirname(target), {})
        name = posixpath.basename(target).lower()
        alike = [other for other in here if _same_language(name, other)]
        close = difflib.get_close_matches(name, alike, n=1, cutoff=CLOSE_ENOUGH)
        if close:
            return here[close[0]]
    return None


def _same_language(name: str, other: str) -> bool:
    """False for `x.en.md` and `x.cs.md`: another language is not a typo."""
    parts, others = name.split("."), other.split(".")
    if len(parts) < 3 or len(others) < 3:
        return True
    return parts[-2] == others[-2]


def written_like(url: str, file_path: str, label: str) -> str:
    """A content file's path written as the editor wrote `url`: from the content
    folder, from the file (`./`, `../`, Pelican's `{filename}`), or from `/`."""
    prefix = PELICAN_PREFIX.match(url)
    rest = url[prefix.end() :] if prefix else url
    start = prefix.group(0) if prefix else ""
    if rest.startswith("/"):
        return f"{start}/{label}"
    if prefix or rest.startswith(("./", "../")):
        return start + posixpath.relpath(label, posixpath.dirname(file_path) or ".")
    return label
