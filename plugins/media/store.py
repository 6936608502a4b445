"""The picture cache: every processed picture once, by content and settings.

Pure: no Pelican. `<cache>/media/<key>/` holds a picture's published files and a
`record.json` describing them; `<cache>/media/index.json` remembers the digest of
each source by size and modification time, so an unchanged picture is not even read
again. Records are JSON, never pickles: the cache folder is not trusted with code.
"""

import hashlib
import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from .images import Variant

logger = logging.getLogger(__name__)
RECORD = "record.json"
INDEX = "index.json"
DOCUMENTS = "documents.json"  # page counts of PDFs by size and time
REPORT = "last-build.json"  # what the last build did: tests and `make bench` read it
DIGEST_LENGTH = 6  # hex digits of the content hash in published names


@dataclass(frozen=True)
class Picture:
    """A processed picture: its upright size and every published variant."""

    source: str  # content-relative path of the editor's file
    width: int
    height: int
    digest: str  # the content hash in the names
    variants: tuple[Variant, ...]

    def of_format(self, fmt: str) -> list[Variant]:
        """The variants of one format, narrowest first."""
        return sorted((v for v in self.variants if v.format == fmt), key=_width)

    @property
    def fallback(self) -> str:
        """The format every browser shows: jpeg or png."""
        return "png" if any(v.format == "png" for v in self.variants) else "jpeg"

    def default(self, width: int) -> Variant:
        """The fallback variant a plain <img src> and feeds use: the widest one not
        wider than `width`, else the narrowest."""
        candidates = self.of_format(self.fallback)
        fitting = [v for v in candidates if v.width <= width]
        return fitting[-1] if fitting else candidates[0]

    @property
    def largest(self) -> Variant:
        """The widest fallback variant: what a figure links to."""
        return self.of_format(self.fallback)[-1]


def _width(variant: Variant) -> int:
    return variant.width


def file_digest(path: Path) -> str:
    """The SHA-256 of a file's bytes, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as source:
        for block in iter(lambda: source.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def entry_key(source_digest: str, fingerprint: str, stem: str) -> str:
    """The cache key of a picture: its bytes, its name and everything that shapes
    the output; its first digits are the content hash in the published names."""
    text = f"{source_digest}\0{fingerprint}\0{stem}"
    return hashlib.sha256(text.encode()).hexdigest()


class PictureCache:
    """Processed pictures under one folder; see the module docstring."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self._index = self._load_index()
        self._index_changed = False

    def _load_index(self) -> dict:
        try:
            loaded = json.loads((self.folder / INDEX).read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return loaded if isinstance(loaded, dict) else {}

    def source_digest(self, path: Path, label: str) -> str:
        """The digest of a source file, read only when its size or time changed."""
        stat = path.stat()
        known = self._index.get(label)
        stamp = [stat.st_size, stat.st_mtime_ns]
        if isinstance(known, list) and known[:2] == stamp and len(known) == 3:
            return known[2]
        digest = file_digest(path)
        self._index[label] = [*stamp, digest]
        self._index_changed = True
        return digest

    def entry(self, key: str) -> Path:
        """The folder of one cached picture."""
        return self.folder / key

    def load(self, key: str, source: str) -> Picture | None:
        """The cached picture of a key, if its record and every file are there."""
        try:
            data = json.loads((self.entry(key) / RECORD).read_text("utf-8"))
            variants = tuple(Variant(**item) for item in data["variants"])
            picture = Picture(
                source, data["width"], data["height"], data["digest"], variants
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if all((self.entry(key) / v.name).is_file() for v in variants):
            return picture
        return None

    def save(self, key: str, picture: Picture, files: dict[str, bytes]) -> None:
        """Keep a processed picture: its files first, the record last."""
        folder = self.entry(key)
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            _write_atomically(folder / name, data)
        record = asdict(picture)
        del record["source"]  # the same bytes may be published under several names
        _write_atomically(folder / RECORD, json.dumps(record).encode())

    def pages_known(self) -> dict:
        """The page counts of documents the last builds read: path -> [size,
        mtime_ns, pages]."""
        try:
            loaded = json.loads((self.folder / DOCUMENTS).read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return loaded if isinstance(loaded, dict) else {}

    def save_pages(self, known: dict) -> None:
        """Keep the page counts for the next build."""
        self.folder.mkdir(parents=True, exist_ok=True)
        _write_atomically(self.folder / DOCUMENTS, json.dumps(known).encode())

    def save_report(self, report: dict) -> None:
        """Say what this build did with the pictures (counts and seconds)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        _write_atomically(self.folder / REPORT, json.dumps(report).encode())

    def save_index(self) -> None:
        """Write the digests learnt in this build."""
        if self._index_changed:
            self.folder.mkdir(parents=True, exist_ok=True)
            _write_atomically(self.folder / INDEX, json.dumps(self._index).encode())
            self._index_changed = False


def _write_atomically(path: Path, data: bytes) -> None:
    """Write a file under a temporary name, then rename it into place."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
