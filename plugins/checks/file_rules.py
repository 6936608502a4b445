"""Rules about the files themselves: which ones the content folders may hold, what
a static folder may publish, links that leave the content folder, names.

The tree is walked without following links; a link is judged by where it leads.
"""

import os
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from plugins.checks.media_rules import media_problems
from plugins.checks.policy import (
    ACTIVE_TYPES,
    IGNORED_NAMES,
    IMAGE_TYPES,
    MAX_STATIC_BYTES,
    STATIC_TYPES,
    describe_character,
    invisible_character,
    is_ignored,
    size_label,
)
from plugins.checks.problem import Problem, error

# First bytes of each type a static file may have (what `file` would say).
SIGNATURES = (
    (b"\xff\xd8\xff", "jpeg"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"%PDF-", "pdf"),
    (b"PK\x03\x04", "zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"{\\rtf", "rtf"),
)
KIND_NAMES = {
    "jpeg": "a JPEG image",
    "png": "a PNG image",
    "gif": "a GIF image",
    "webp": "a WebP image",
    "avif": "an AVIF image",
    "pdf": "a PDF document",
    "zip": "a ZIP archive",
    "ole": "an old Office document",
    "rtf": "an RTF document",
    "markup": "HTML, SVG or XML",
    "empty": "an empty file",
    None: "of an unknown type",
}
# The kinds each extension may hold; text types may hold anything but markup.
EXPECTED_KINDS = {
    ".jpg": {"jpeg"}, ".jpeg": {"jpeg"}, ".png": {"png"}, ".gif": {"gif"},
    ".webp": {"webp"}, ".avif": {"avif"}, ".pdf": {"pdf"}, ".rtf": {"rtf"},
    ".doc": {"ole"}, ".xls": {"ole"}, ".ppt": {"ole"},
    ".docx": {"zip"}, ".xlsx": {"zip"}, ".pptx": {"zip"}, ".odt": {"zip"},
    ".ods": {"zip"}, ".odp": {"zip"}, ".epub": {"zip"},
}  # fmt: skip
# Pictures cameras and scanners make that browsers do not show.
UNSHOWN_PICTURES = {
    ".heic": "HEIC", ".heif": "HEIF", ".tif": "TIFF", ".tiff": "TIFF", ".bmp": "BMP",
}  # fmt: skip
IMAGE_EXTENSIONS = {"jpeg": ".jpg", "png": ".png", "gif": ".gif", "webp": ".webp"}
HEAD_BYTES = 32


@dataclass(frozen=True)
class Tree:
    """What the walk found: every file (links to files inside count), and the
    problems of links and names on the way."""

    files: tuple[str, ...]
    problems: tuple[Problem, ...]


def in_folders(label: str, folders: Iterable[str]) -> bool:
    """Tell whether a content-relative path is one of the folders or inside one."""
    return any(label == folder or label.startswith(folder + "/") for folder in folders)


def scan_tree(
    root: Path, published: Sequence[str], ignored: Sequence[str] = IGNORED_NAMES
) -> Tree:
    """Walk the content folder without following links, skipping ignored names.

    Names and links are judged only in the `published` folders (those Pelican
    reads); scandir tells files, folders and links apart without a `stat`.
    """
    real_root = Path(os.path.realpath(root))
    files, problems = [], []
    stack = [""]
    while stack:
        prefix = stack.pop()
        with os.scandir(root / prefix if prefix else root) as entries:
            for entry in entries:
                if is_ignored(entry.name, ignored):
                    continue
                label = prefix + entry.name
                judged = in_folders(label, published)
                if judged:
                    problems.extend(name_problems(label))
                if entry.is_symlink():
                    problem = link_problem(real_root, Path(entry.path), label)
                    if problem is None:
                        files.append(label)
                    elif judged:
                        problems.append(problem)
                elif entry.is_dir(follow_symlinks=False):
                    stack.append(label + "/")
                else:
                    files.append(label)
    files.sort(key=lambda label: label.split("/"))
    return Tree(tuple(files), tuple(problems))


def visible(text: str) -> str:
    """Text with control and formatting characters written as `\\u202e`."""
    return "".join(
        f"\\u{ord(char):04x}" if invisible_character(char) else char for char in text
    )


def name_problems(label: str) -> Iterator[Problem]:
    """Report a file or folder name with invisible characters or not in NFC."""
    name = label.rsplit("/", 1)[-1]
    if name.isascii() and name.isprintable():  # most names: nothing to look at
        return
    char = invisible_character(name)
    if char is not None:
        yield error(
            visible(label),  # a bidi override would turn the report line around
            1,
            f'The name "{visible(name)}" contains an invisible or control'
            f" character ({describe_character(char)}).",
            "rename it with visible letters, digits, hyphens and dots only.",
        )
    elif unicodedata.normalize("NFC", name) != name:
        yield error(
            label,
            1,
            f'The name "{name}" has letters and accents stored apart (not Unicode'
            " NFC), so links typed by editors do not find it.",
            f'rename it to "{unicodedata.normalize("NFC", name)}".',
        )


def link_problem(real_root: Path, path: Path, label: str) -> Problem | None:
    """Report a symbolic link that leaves the content folder, leads to a folder
    or to nothing; a link to a file inside is fine (Pelican follows it)."""
    target = Path(os.path.realpath(path))
    if not target.is_relative_to(real_root):
        return error(
            label,
            1,
            f'"{label}" is a link to {target}, outside the content folder.',
            "copy the file into the content folder instead of linking to it.",
        )
    inside = target.relative_to(real_root).as_posix()
    if not target.exists():
        return error(
            label,
            1,
            f'"{label}" is a link to {inside}, which does not exist.',
            "copy the file in, or remove the link.",
        )
    if target.is_dir():
        return error(
            label,
            1,
            f'"{label}" is a link to the folder {inside}; linked folders are'
            " not allowed.",
            "move or copy the files here instead of linking to the folder.",
        )
    return None


def static_type_problem(label: str) -> Problem | None:
    """Report a static file whose type the site does not publish."""
    suffix = PurePosixPath(label).suffix.lower()
    if suffix in STATIC_TYPES:
        return None
    allowed = ", ".join(sorted({ext[1:] for ext in STATIC_TYPES}))
    if suffix in UNSHOWN_PICTURES:
        message = (
            f"{UNSHOWN_PICTURES[suffix]} pictures cannot be shown by most browsers."
        )
        fix = "export it as JPEG (photos) or PNG (charts) and link that file instead."
    elif suffix == ".zip":
        message = (
            "ZIP archives are not published: readers cannot see what is inside"
            " before they open it, and an archive can carry programs."
        )
        fix = "publish the files themselves (PDF, CSV, XLSX...) and link each one."
    elif suffix in (".svg", ".svgz"):
        message = "SVG images are not published: an SVG file can carry scripts."
        fix = "export the picture as PNG and link the .png file instead."
    elif suffix in ACTIVE_TYPES:
        message = (
            f'Files of type "{suffix}" are not published: a page, style or'
            " script here would run with the site's own rights."
        )
        fix = "remove it; write pages in Markdown under pages/."
    else:
        kind = f'type "{suffix}"' if suffix else "no type (no extension)"
        message = f"Files of {kind} are not published."
        fix = f"use one of {allowed}, or remove the file."
    return error(label, 1, message, fix)


def file_kind(head: bytes) -> str | None:
    """What the first bytes of a file say it is: "jpeg", "markup", ... or None."""
    if not head:
        return "empty"
    for signature, kind in SIGNATURES:
        if head.startswith(signature):
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[4:8] == b"ftyp" and head[8:12] in (b"avif", b"avis"):
        return "avif"
    if head.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"<"):
        return "markup"
    return None


def content_problem(label: str, head: bytes) -> Problem | None:
    """Report a static file whose first bytes are not of the type its name says."""
    suffix = PurePosixPath(label).suffix.lower()
    kind = file_kind(head)
    expected = EXPECTED_KINDS.get(suffix)
    if expected is None:  # .txt and .csv: any text, but never markup
        if kind != "markup":
            return None
    elif kind in expected:
        return None
    real = IMAGE_EXTENSIONS.get(kind)
    if real and suffix in IMAGE_TYPES:
        fix = f'rename it to "{PurePosixPath(label).stem}{real}".'
    else:
        fix = "save it again as the type its name says, or remove it."
    return error(
        label,
        1,
        f"The name ends in {suffix} ({STATIC_TYPES[suffix]}),"
        f" but the file is {KIND_NAMES[kind]}.",
        fix,
    )


def check_static_files(root: Path, labels: Iterable[str]) -> Iterator[Problem]:
    """Report static files of types the site does not publish, too big, or whose
    content is not what their name says."""
    for label in labels:
        problem = static_type_problem(label)
        if problem is None:
            problem = _read_problem(root / label, label)
        if problem is not None:
            yield problem
        else:  # the right type: what is inside (pixels, PDF properties)
            yield from media_problems(root, label, (root / label).stat().st_size)


def _read_problem(path: Path, label: str) -> Problem | None:
    """The size and first-bytes check of one static file."""
    try:
        size = path.stat().st_size
        with path.open("rb") as data:
            head = data.read(HEAD_BYTES)
    except OSError as reason:
        return error(
            label,
            1,
            f"The file cannot be read ({reason.strerror}).",
            "check that the file exists and may be read.",
        )
    if size > MAX_STATIC_BYTES:
        return error(
            label,
            1,
            f"The file is {size_label(size)}; files in static folders may be at most"
            f" {size_label(MAX_STATIC_BYTES)}.",
            "make it smaller (resize the picture, save the PDF for screen),"
            " or link to it where it is published.",
        )
    return content_problem(label, head)
