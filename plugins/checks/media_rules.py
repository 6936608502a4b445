"""Rules about pictures and documents themselves, reported where they are used.

A picture's or document's problem is reported at every Markdown line that links it
(`news/x.md:12: error: "images/a.heic": ...`), where the editor can act on it; a
file no Markdown uses is reported at the file itself.
"""

import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path, PurePosixPath

from PIL import Image, UnidentifiedImageError

from plugins.checks.markdown_text import line_of, mask_code, references
from plugins.checks.metadata import parse_content_file
from plugins.checks.policy import IMAGE_TYPES, MEGABYTE, size_label
from plugins.checks.problem import Problem, error, warning
from plugins.checks.target_rules import content_paths

MAX_MEGAPIXELS = 50
# A PDF this big takes minutes to download on a phone.
MAX_PDF_BYTES = 20 * MEGABYTE
# Words of an Author property that name an office or a program, not a person.
OFFICE_WORDS = frozenset(
    {"microsoft", "office", "user", "admin", "administrator", "windows", "unknown"}
    | {"ministry", "ministerstvo", "ministrija", "министерство", "министарство"}
)
NAME_WORD = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?$")


def picture_problem(path: Path, label: str) -> Problem | None:
    """Report a picture that cannot be decoded or is over the pixel limit."""
    try:
        with Image.open(path) as picture:
            width, height = picture.size
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        return error(
            label,
            1,
            "The picture cannot be read: it is damaged or not a picture.",
            "open it in an image editor and export it again as JPEG or PNG.",
        )
    megapixels = width * height / 1_000_000
    if megapixels > MAX_MEGAPIXELS:
        return error(
            label,
            1,
            f"The picture is {width}×{height} pixels ({megapixels:.0f} megapixels);"
            f" pictures may have at most {MAX_MEGAPIXELS} megapixels.",
            "export it at most 6000 pixels wide; the site makes smaller versions.",
        )
    return None


def names_a_person(author: str) -> bool:
    """Tell whether an Author property looks like a person's name: two to four
    capitalised words, none of them an office or a program."""
    words = author.replace(",", " ").split()
    if not 2 <= len(words) <= 4:
        return False
    if any(word.lower().strip(".") in OFFICE_WORDS for word in words):
        return False
    return all(NAME_WORD.match(word) and word[0].isupper() for word in words)


def pdf_problems(path: Path, label: str, size: int) -> Iterator[Problem]:
    """Warn about a PDF too big for phones, or whose Author names a person."""
    if size > MAX_PDF_BYTES:
        yield warning(
            label,
            1,
            f"The PDF is {size_label(size)}; readers on phones wait minutes for it"
            f" (keep PDFs under {size_label(MAX_PDF_BYTES)}).",
            'save it again with "Reduce file size" or "Optimise for screen".',
        )
    from pypdf import PdfReader  # 65 ms to import: only for a site with PDFs
    from pypdf.errors import PyPdfError

    try:
        author = str((PdfReader(path).metadata or {}).get("/Author", "") or "")
    except (PyPdfError, OSError, ValueError, KeyError, TypeError):
        return
    if names_a_person(author.strip()):
        yield warning(
            label,
            1,
            f'The PDF names "{author.strip()}" as its Author; it is published'
            " as it is (a signed PDF must not change).",
            "remove the name in the program that made the PDF (File > Properties)"
            " and export it again, unless this person may be named.",
        )


def media_problems(root: Path, label: str, size: int) -> list[Problem]:
    """The problems of one picture or PDF whose name and first bytes are right."""
    suffix = PurePosixPath(label).suffix.lower()
    if suffix in IMAGE_TYPES:
        problem = picture_problem(root / label, label)
        return [problem] if problem else []
    if suffix == ".pdf":
        return list(pdf_problems(root / label, label, size))
    return []


def usages(texts: Mapping[str, str], labels: Iterable[str]) -> dict[str, list]:
    """(Markdown file, line) of every link or image to each of the labels."""
    wanted = {label: [] for label in labels}
    for path, text in texts.items():
        item = parse_content_file(path, text)
        body = mask_code(item.body)
        for reference in references(body):
            for target in content_paths(reference.url, path) or ():
                if target in wanted:
                    line = line_of(body, reference.offset, item.body_line)
                    wanted[target].append((path, line))
                    break
    return wanted


def at_usages(problems: list[Problem], texts: Mapping[str, str]) -> list[Problem]:
    """Problems of static files moved to the Markdown lines that use the files."""
    used = usages(texts, {problem.path for problem in problems})
    moved = []
    for problem in problems:
        places = used.get(problem.path) or []
        if not places:
            moved.append(problem)
        for path, line in places:
            moved.append(
                Problem(
                    path,
                    line,
                    problem.severity,
                    f'"{problem.path}": {problem.message}',
                    problem.fix,
                )
            )
    return moved
