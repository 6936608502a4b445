"""Skip pages whose inputs have not changed since the last build.

A page's fingerprint digests everything its HTML is made from: the build-wide inputs
(templates, catalogs, plugin code, settings, the build day), what its language shares
(site information, menu) and its own context (items, lists, switcher, plugin additions).
When the fingerprint recorded for an output file matches and the file is still there
(the staging folder starts as a copy of the last output), rendering is skipped.

The record lives inside the output, so it is swapped in with the pages it describes and
thrown away with a failed build: it can never claim pages that were not published.
"""

import dataclasses
import hashlib
import json
from datetime import date, datetime
from pathlib import Path

from .items import Item, Tag
from .languages import Language
from .registry import Listed

RECORD_FILE = ".fingerprints.json"
RECORD_VERSION = 1
BASIC = (str, int, float, bool, type(None))
SHARED_TYPES = (Listed, Tag, Language)


def files_digest(roots, suffixes) -> str:
    """A digest of the names and bytes of every file with these suffixes."""
    digest = hashlib.sha256()
    for root in map(Path, roots):
        for path in sorted(root.rglob("*")) if root.is_dir() else []:
            if path.is_file() and path.suffix in suffixes:
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


# Settings that do not change what a page says: where things are read from and
# written to (content and theme are digested by what they hold; the output folder
# differs between staging, tests and the published one) and how many processes render.
NEUTRAL_SETTINGS = frozenset(
    {
        "PATH",
        "OUTPUT_PATH",
        "CACHE_PATH",
        "THEME",
        "PLUGIN_PATHS",
        "MULTILINGUAL_TRANSLATIONS_DIR",
        "MULTILINGUAL_PROCESSES",
    }
)


def settings_digest(settings) -> str:
    """A digest of every setting made of plain values (others cannot be compared)."""
    plain = {}
    for key in sorted(settings):
        value = settings[key]
        if key.isupper() and key not in NEUTRAL_SETTINGS and is_plain(value):
            plain[key] = value
    return hashlib.sha256(repr(plain).encode()).hexdigest()


def is_plain(value) -> bool:
    """True for values whose repr is stable from one process to the next."""
    if isinstance(value, BASIC):
        return True
    if isinstance(value, list | tuple):
        return all(is_plain(item) for item in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and is_plain(v) for k, v in value.items())
    return False


class Digester:
    """Stable digests of template contexts; each item keeps its own (Item.revision)."""

    def __init__(self):
        # Digests of the registry's long-lived values (list entries, tags, languages),
        # kept with the value itself so its id cannot be reused by another object,
        # and with the paths of the items they hold.
        self._shared: dict[int, tuple[object, bytes, frozenset[str]]] = {}
        # Paths of the items fed since the last page began: what the page shows.
        self.seen: set[str] = set()

    def item(self, item: Item) -> bytes:
        """The revision of an item: a digest of every field."""
        return item.revision

    def shared(self, value) -> bytes:
        """The digest of a value the registry hands to many pages, made once."""
        known = self._shared.get(id(value))
        if known is None:
            outer, self.seen = self.seen, set()
            digest = hashlib.sha1(type(value).__name__.encode())
            for field in dataclasses.fields(value):
                self.feed(digest, getattr(value, field.name))
            held, self.seen = frozenset(self.seen), outer
            known = self._shared[id(value)] = (value, digest.digest(), held)
        self.seen |= known[2]
        return known[1]

    def feed(self, digest, value) -> None:
        """Add one context value to a running digest."""
        if isinstance(value, BASIC):
            digest.update(f"{type(value).__name__}:{value!r};".encode())
        elif isinstance(value, Item):
            digest.update(b"item:" + self.item(value))
            self.seen.add(value.path)
        elif isinstance(value, SHARED_TYPES):
            digest.update(self.shared(value))
        elif isinstance(value, date | datetime):
            digest.update(f"{type(value).__name__}:{value.isoformat()};".encode())
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            digest.update(type(value).__name__.encode() + b"(")
            for field in dataclasses.fields(value):
                self.feed(digest, getattr(value, field.name))
            digest.update(b")")
        elif isinstance(value, dict):
            digest.update(b"{")
            for key, item in value.items():
                self.feed(digest, key)
                self.feed(digest, item)
            digest.update(b"}")
        elif isinstance(value, list | tuple):
            digest.update(b"[")
            for item in value:
                self.feed(digest, item)
            digest.update(b"]")
        else:
            # Functions and services (url(), the registry) are the same for every
            # page; what they return depends on inputs digested elsewhere.
            digest.update(type(value).__name__.encode() + b";")

    def page(self, base: str, template: str, context: dict, shared: dict) -> str:
        """A page's fingerprint: the build's base and the context it does not share.

        Afterwards `seen` holds the paths of the items the page shows.
        """
        self.seen = set()
        digest = hashlib.sha256(f"{base}|{template}|".encode())
        for key in sorted(context):
            value = context[key]
            if shared.get(key, dataclasses.MISSING) is value:
                continue
            self.feed(digest, key)
            self.feed(digest, value)
        return digest.hexdigest()


class Record:
    """The fingerprints of the last build's files, and this build's."""

    def __init__(self, output, base: str, previous: dict[str, str] | None = None):
        self.output = output
        self.base = base
        if previous is None:
            previous = self.load(Path(output.root), base)
        self.previous = previous
        self.current: dict[str, str] = {}
        # Output file -> paths of the items it shows (see Digester.seen): what the
        # devserver's quick rebuild renders again when an item's text changes.
        self.shows: dict[str, frozenset[str]] = {}

    @staticmethod
    def load(root: Path, base: str) -> dict[str, str]:
        """The last build's fingerprints in an output folder, if made from `base`."""
        path = root / RECORD_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if data.get("version") != RECORD_VERSION or data.get("base") != base:
            return {}
        return data.get("files", {})

    def reuse(self, relative: str, fingerprint: str) -> bool:
        """Keep the last build's file if its inputs are the same; record it anyway."""
        self.current[relative] = fingerprint
        return self.previous.get(relative) == fingerprint and self.output.keep(relative)

    def save(self) -> None:
        """Write this build's record into the output."""
        data = {"version": RECORD_VERSION, "base": self.base, "files": self.current}
        self.output.write(RECORD_FILE, json.dumps(data, sort_keys=True, indent=0))
