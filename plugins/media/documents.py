"""Documents linked from content: what a reader is told before opening one.

Pure: no Pelican. "PDF, 1.5 MB, 32 pages" in the page's language: the type from the
extension, the size from CLDR (Babel's units), the pages of a PDF from pypdf and
their plural from the interface catalog. The file itself is published byte for byte:
a signed PDF must stay valid, so a PDF naming a person is reported, never rewritten.
"""

import logging
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from babel.units import format_unit

logger = logging.getLogger(__name__)
# Linked documents that get a label, by lower-case extension (policy.py decides
# which static files may be published at all).
DOCUMENT_EXTENSIONS = frozenset(
    {".pdf", ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".csv", ".rtf"}
    | {".doc", ".xls", ".ppt", ".txt", ".epub"}
)
KILOBYTE = 1000  # CLDR's kB and MB are decimal, as file managers now show them
MEGABYTE = 1000 * KILOBYTE


@dataclass(frozen=True)
class Document:
    """What the label of one document says."""

    kind: str  # PDF, DOCX, ...
    size: int  # bytes
    pages: int | None = None


def is_document(path: str) -> bool:
    """Tell whether a content path names a document that gets a label."""
    return PurePosixPath(path).suffix.lower() in DOCUMENT_EXTENSIONS


def pdf_pages(path: Path) -> int | None:
    """The pages of a PDF, where pypdf reads them without trouble."""
    from pypdf import PdfReader  # 65 ms to import: only for a site with PDFs
    from pypdf.errors import PyPdfError

    try:
        return len(PdfReader(path).pages)
    except (PyPdfError, OSError, ValueError, KeyError, TypeError) as error:
        logger.info("media: no page count for %s (%s)", path, error)
        return None


def document_facts(path: Path, known: dict | None = None) -> Document:
    """Type, size, and for a PDF its pages, of one document file. `known` (path ->
    [size, mtime_ns, pages]) spares reading a PDF whose size and time are known."""
    kind = PurePosixPath(path.name).suffix.lstrip(".").upper()
    stat = path.stat()
    if kind != "PDF":
        return Document(kind, stat.st_size)
    stamp = [stat.st_size, stat.st_mtime_ns]
    remembered = (known or {}).get(str(path))
    if isinstance(remembered, list) and remembered[:2] == stamp:
        return Document(kind, stat.st_size, remembered[2])
    pages = pdf_pages(path)
    if known is not None:
        known[str(path)] = [*stamp, pages]
    return Document(kind, stat.st_size, pages)


def size_text(size: int, locale: str) -> str:
    """A file size in CLDR's short units: "1.5 MB", "1,5 MB", "340 kB"."""
    if size < MEGABYTE:
        kilobytes = max(1, round(size / KILOBYTE))
        return format_unit(kilobytes, "digital-kilobyte", length="short", locale=locale)
    megabytes = size / MEGABYTE
    value = round(megabytes) if megabytes >= 100 else round(megabytes, 1)
    return format_unit(value, "digital-megabyte", length="short", locale=locale)


def document_label(document: Document, locale: str, ngettext) -> str:
    """The label beside a link: "PDF, 1.5 MB, 32 pages" in the page's language.

    `ngettext` is the language catalog's; the page count's plural comes from it.
    """
    parts = [document.kind, size_text(document.size, locale)]
    if document.pages:
        parts.append(
            ngettext("%(count)d page", "%(count)d pages", document.pages)
            % {"count": document.pages}
        )
    return ", ".join(parts)
