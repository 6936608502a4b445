"""Skip pages whose inputs have not changed since the last build.

A page's fingerprint digests everything its HTML is made from: the build-wide inputs
(templates, catalogs, plugin code, settings, the build day), what its language shares
(site information, menu) and its own context (items, lists, switcher, plugin additions).
When the fingerprint recorded for an output file matches and the file is still there
(the staging folder starts as a copy of the last output), rendering is skipped.

The record is bookkeeping, not part of the site: it lives beside the published output
(`.<output>.state/`), never in what is uploaded. Each record names the folder it
describes by its device and inode, which the renames of publishing keep (the staging
folder becomes the output). A build trusts only the record of the output its staging
copy was made from, so a record of a failed build, or of a build killed before or after
its swap, can never make a build keep pages it should render.
"""

import dataclasses
import hashlib
import os
from datetime import date, datetime
from pathlib import Path

import msgspec

from plugins.base.beside import state_folder, tree_identity
from plugins.base.items import Item, Tag
from plugins.base.languages import Language

from .registry import Listed

RECORD_PREFIX = "fingerprints-"
RECORD_VERSION = 4
# Set by tools/build.py when OUTPUT_PATH is a staging folder beside the published one.
PUBLISHED_SETTING = "MULTILINGUAL_PUBLISHED_PATH"
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
        PUBLISHED_SETTING,
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
    """Stable digests of template contexts; each item keeps its own digests.

    A page shows other items by their face (Item.face_revision: title, summary,
    picture, dates… but not the body, which only the item's own page shows): a
    change of an item's body makes its own page again, not every list showing it.
    """

    def __init__(self):
        # Digests of the registry's long-lived values (list entries, tags, languages),
        # kept with the value itself so its id cannot be reused by another object,
        # and with the paths of the items they hold.
        self._shared: dict[int, tuple[object, bytes, frozenset[str]]] = {}
        # Paths of the items fed since the last page began: what the page shows.
        self.seen: set[str] = set()

    def item(self, item: Item) -> bytes:
        """What a page shows of an item that is not its own: its face."""
        return item.face_revision

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

    def page(
        self, base: str, template: str, context: dict, shared: dict, own=None
    ) -> str:
        """A page's fingerprint: the build's base, the context it does not share and
        every field of `own`, the item whose page it is (None: a list, say).

        Afterwards `seen` holds the paths of the items whose face the page shows.
        """
        self.seen = set()
        digest = hashlib.sha256(f"{base}|{template}|".encode())
        for key in sorted(context):
            value = context[key]
            if shared.get(key, dataclasses.MISSING) is value:
                continue
            self.feed(digest, key)
            self.feed(digest, value)
        if own is not None:
            digest.update(b"own:" + own.revision)
        return digest.hexdigest()


class Dependencies(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """What a build's files depend on, kept with their fingerprints: with it, the
    next build (a new process) renders only the pages that show an item whose text
    changed (see dependencies.py)."""

    inputs: str  # a digest of the site's inputs besides items and the base
    paths: list[str]  # every item's site-relative path, sorted
    revisions: list[str]  # each one's digests (dependencies.revisions_of)
    shows: dict[str, list[int]]  # output file -> the items it shows (indexes)
    languages: dict[str, list[str]]  # language code -> the files of its pages
    produced: list[str]  # every file the build wrote or kept, site files too
    # The files of site_files receivers that replace theirs (hooks.site_files).
    replaced: list[str] = []


class RecordFile(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """The record of one output folder, as kept beside the published output."""

    version: int
    tree: str  # the identity of the folder it describes (beside.tree_identity)
    base: str  # the build's base: theme, catalogs, plugin code, settings, day
    files: dict[str, str]  # output file -> fingerprint
    dependencies: Dependencies | None = None


@dataclasses.dataclass(frozen=True)
class RecordPlace:
    """Where records are kept, and the published output a build starts from."""

    folder: Path
    published: Path

    @classmethod
    def for_settings(cls, settings) -> "RecordPlace":
        """Beside the published output (OUTPUT_PATH unless a build stages it)."""
        published = Path(settings.get(PUBLISHED_SETTING) or settings["OUTPUT_PATH"])
        return cls(state_folder(published), published)

    def path_for(self, identity: str) -> Path:
        """The record file of the folder with this identity."""
        return self.folder / f"{RECORD_PREFIX}{identity}.json"

    def load(self, base: str) -> dict[str, str]:
        """The fingerprints of the published output's files, if made from `base`."""
        recorded = self.read(base)
        return recorded.files if recorded is not None else {}

    def read(self, base: str) -> "RecordFile | None":
        """The published output's whole record, if made from `base` (None when there
        is none, or it is spoilt, of another folder, version or base)."""
        identity = tree_identity(self.published)
        if identity is None:
            return None
        try:
            data = self.path_for(identity).read_bytes()
            recorded = msgspec.json.decode(data, type=RecordFile)
        except (OSError, msgspec.MsgspecError):
            return None
        if recorded.tree != identity or recorded.version != RECORD_VERSION:
            return None
        return recorded if recorded.base == base else None

    def save(
        self,
        tree: Path,
        base: str,
        files: dict[str, str],
        dependencies: "Dependencies | None" = None,
    ) -> None:
        """Record the fingerprints of the files in `tree` (and what the build's files
        depend on); drop other folders' records but the published output's (a
        failed build must not cost its record)."""
        identity = tree_identity(tree)
        if identity is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        recorded = RecordFile(RECORD_VERSION, identity, base, files, dependencies)
        target = self.path_for(identity)
        temporary = target.with_name(f".{target.name}.tmp")
        try:
            temporary.write_bytes(msgspec.json.encode(recorded))  # UTF-8 JSON
        except OSError:  # a full disk: leave no half-written record behind
            temporary.unlink(missing_ok=True)
            raise
        os.replace(temporary, target)
        keep = {target.name}
        published = tree_identity(self.published)
        if published is not None:
            keep.add(self.path_for(published).name)
        for other in self.folder.glob(f"{RECORD_PREFIX}*.json"):
            if other.name not in keep:
                other.unlink(missing_ok=True)


class Record:
    """The fingerprints of the last build's files, and this build's."""

    def __init__(
        self,
        output,
        base: str,
        previous: dict[str, str] | None = None,
        place: RecordPlace | None = None,
    ):
        self.output = output
        self.base = base
        self.place = place
        if previous is None:
            previous = place.load(base) if place is not None else {}
        self.previous = previous
        self.current: dict[str, str] = {}
        # Output file -> paths of the items it shows (see Digester.seen): what the
        # devserver's quick rebuild renders again when an item's text changes.
        self.shows: dict[str, frozenset[str]] = {}
        # Saved with the fingerprints when the build sets it (session.py).
        self.dependencies: Dependencies | None = None

    def reuse(self, relative: str, fingerprint: str) -> bool:
        """Keep the last build's file if its inputs are the same; record it anyway."""
        self.current[relative] = fingerprint
        return self.previous.get(relative) == fingerprint and self.output.keep(relative)

    def save(self, tree: Path | None = None) -> None:
        """Write this build's record beside the output, naming the folder it fills
        (`tree`: where that folder is now, when it has been published since)."""
        if self.place is not None:
            self.place.save(
                tree or Path(self.output.root),
                self.base,
                self.current,
                self.dependencies,
            )
