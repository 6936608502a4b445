"""One cache for everything kept between builds: `<CACHE_PATH>/<namespace>/<key>`.

A value is kept under the digest of the inputs that made it, so changed inputs never
get old output. It is bytes, or plain data (str, numbers, lists, dicts, dataclasses)
written as MessagePack by msgspec and read back into the type the reader names.
Nothing here unpickles or imports anything: a file in the cache folder is at worst
wrong data, and a file that is not one of ours (cut short, another format, another
shape) is a miss, never an exception. A value is written whole under a temporary
name and then renamed, so a killed or concurrent build never leaves half of one.
With CACHE_CONTENT off, nothing is read or written.

Pure: no Pelican imports; settings are read as a plain mapping.
"""

import contextlib
import gc
import hashlib
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Collection, Mapping
from pathlib import Path
from typing import Any, TypeVar

import msgspec

logger = logging.getLogger(__name__)
T = TypeVar("T")

# Every file starts with the format and the kind of its value: raw bytes or data.
HEADER = b"cache1"
BYTES, DATA = b"B", b"D"
NAMESPACE = re.compile(r"[a-z][a-z0-9-]*")
TEMPORARY_PREFIX = ".incoming-"
ENCODER = msgspec.msgpack.Encoder()
# A map of many small entries (read_map) is kept in one file per last hex digit of
# its keys: an edit rewrites one sixteenth of it, not all of its megabytes.
SHARDS = "0123456789abcdef"
# A file saved after a build began to read it (or just before: file times lag the
# clock by up to a tick) may differ from what was read: what was made from it is
# not kept under the file as it is now (kept item HTML, the checks' memo).
SETTLED_NS = 1_000_000_000


def cache_root(settings: Mapping[str, Any]) -> Path | None:
    """The cache folder if caching is on (CACHE_CONTENT and a CACHE_PATH), else None."""
    if not settings.get("CACHE_CONTENT") or not settings.get("CACHE_PATH"):
        return None
    return Path(settings["CACHE_PATH"])


def untrusted_cache(root: Path) -> str:
    """Why Pelican's own reader cache in `root` must not be loaded, or "".

    That cache is pickled: loading it runs whatever code a pickle names. It is
    trusted only in a folder owned by the user who builds and writable by nobody
    else, as the project's own code is; any other folder's files may have been
    planted."""
    try:
        folders = [root, *(path for path in root.iterdir() if path.is_file())]
        for path in folders:
            reason = not_owned(path)
            if reason:
                return reason
    except FileNotFoundError:
        return ""
    except OSError as error:
        return f"{root} cannot be inspected ({error.strerror})"
    return ""


def not_owned(path: Path) -> str:
    """Why a file or folder may hold what someone else wrote, or "": it must belong
    to the user who builds and be writable by nobody else. Raises OSError."""
    status = path.lstat()
    if status.st_uid != os.getuid():
        return f"{path} belongs to another user"
    if status.st_mode & 0o022:
        return f"{path} may be written by other users"
    return ""


def source_digest(folder: Path, deep: bool = False) -> str:
    """A digest of a plugin's Python source (`deep`: its subfolders' too): changed
    code never serves old output."""
    digest = hashlib.sha256()
    found = Path(folder).rglob("*.py") if deep else Path(folder).glob("*.py")
    for path in sorted(found):
        name = path.relative_to(folder).as_posix()
        digest.update(name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def shard_of(key: str) -> str:
    """The shard of a map's key: its last character when it is a hex digit."""
    last = key[-1:]
    return last if last and last in SHARDS else SHARDS[0]


@contextlib.contextmanager
def collector_paused():
    """Python's cycle collector paused (if it was on): a decoded map of thousands
    of entries is thousands of objects that all live on, which the collector,
    looking at young objects every 700 allocations, would go over again and again
    (the content checks' map at N=1000: 126 ms to decode, 58 ms paused)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


class Store:
    """One namespace of the cache: values kept by a digest of their inputs.

    `keep` and `max_bytes` bound the namespace (least recently used go first, the
    newest value always stays); without them, `forget_unused()` after a build
    removes what the build did not ask for. `owned`: values go into pages as they
    are (HTML already sanitised), so a file is read only when it, its folder and the
    cache folder belong to the user who builds and nobody else may write them
    (see not_owned); any other is a miss, with a warning.
    """

    def __init__(
        self,
        root: Path | None,
        namespace: str,
        *,
        salt: str = "",
        keep: int | None = None,
        max_bytes: int | None = None,
        owned: bool = False,
    ):
        if not NAMESPACE.fullmatch(namespace):
            raise ValueError(f"cache: namespace {namespace!r} is not a plain name")
        self.folder = Path(root) / namespace if root else None
        self.salt = salt
        self.keep = keep
        self.max_bytes = max_bytes
        self.owned = owned
        self.used: set[str] = set()

    @classmethod
    def in_cache(cls, settings: Mapping[str, Any], namespace: str, **options):
        """The namespace in the cache the settings name (off when caching is off)."""
        return cls(cache_root(settings), namespace, **options)

    def beside(self, namespace: str, **options) -> "Store":
        """Another namespace of the same cache (off when this one is)."""
        return Store(self.folder.parent if self.folder else None, namespace, **options)

    @property
    def on(self) -> bool:
        """Tell whether values are read and written at all."""
        return self.folder is not None

    def key(self, inputs: str) -> str:
        """The file name of the value made from these inputs (a stable text)."""
        return hashlib.sha256(f"{self.salt}\0{inputs}".encode()).hexdigest()

    def read_bytes(self, inputs: str) -> bytes | None:
        """The bytes kept for these inputs, or None."""
        return self._read(inputs, BYTES)

    def write_bytes(self, inputs: str, data: bytes) -> None:
        """Keep bytes for these inputs."""
        self._write(inputs, BYTES, bytes(data))

    def read(self, inputs: str, kind: type[T]) -> T | None:
        """The data kept for these inputs, decoded as `kind`, or None."""
        payload = self._read(inputs, DATA)
        if payload is None:
            return None
        try:
            with collector_paused():
                return msgspec.msgpack.decode(payload, type=kind)
        except msgspec.MsgspecError:  # another shape: kept by other code
            logger.debug("cache: %s holds data of another shape; ignored", inputs)
            return None

    def write(self, inputs: str, value: Any) -> None:
        """Keep plain data (anything msgspec encodes) for these inputs."""
        if self.on:
            self._write(inputs, DATA, ENCODER.encode(value))

    def read_map(self, inputs: str, kind: type[T]) -> T | dict:
        """A map kept by write_map for these inputs, decoded as `kind` (a dict
        type); the entries of a shard that is missing or spoilt are left out."""
        found = {}
        for shard in SHARDS:
            part = self.read(f"{inputs}\0{shard}", kind)
            if part:
                found.update(part)
        return found

    def write_map(
        self, inputs: str, values: Mapping, before: Collection[str] | None = None
    ) -> int:
        """Keep a map whose keys are digests (text ending in a hex digit), one file
        per shard (SHARDS); with `before`, the keys of the map read_map gave, only
        the shards whose keys differ from them are written. A namespace of maps
        keeps SHARDS files per value (see `keep`). The number of files written."""
        shards = {shard: {} for shard in SHARDS}
        for key, value in values.items():
            shards[shard_of(key)][key] = value
        earlier = {shard: set() for shard in SHARDS}
        for key in before if before is not None else ():
            earlier[shard_of(key)].add(key)
        written = 0
        for shard, part in shards.items():
            if before is None or part.keys() != earlier[shard]:
                self.write(f"{inputs}\0{shard}", part)
                written += 1
        return written

    def bytes_for(self, inputs: str, make: Callable[[], bytes]) -> bytes:
        """The bytes kept for these inputs, else make()'s, kept for next time."""
        data = self.read_bytes(inputs)
        if data is None:
            data = make()
            self.write_bytes(inputs, data)
        return data

    def value_for(self, inputs: str, kind: type[T], make: Callable[[], T]) -> T:
        """The data kept for these inputs, else make()'s, kept for next time."""
        value = self.read(inputs, kind)
        if value is None:
            value = make()
            self.write(inputs, value)
        return value

    def _read(self, inputs: str, kind: bytes) -> bytes | None:
        """The payload of the file for these inputs if it is ours and of this kind."""
        if self.folder is None:
            return None
        key = self.key(inputs)
        self.used.add(key)
        path = self.folder / key
        try:
            if self.owned and self._not_owned(path):
                return None
            with path.open("rb") as kept:
                data = kept.read()
            if self.keep or self.max_bytes:
                os.utime(path)  # a use: the least recently used go first
        except OSError:
            return None
        if data[: len(HEADER) + 1] != HEADER + kind:
            logger.debug("cache: %s is not a cache file of this kind; ignored", path)
            return None
        return data[len(HEADER) + 1 :]

    def _not_owned(self, path: Path) -> bool:
        """Tell whether a file or a folder above it may hold what someone else wrote
        (see `owned`); raises FileNotFoundError when the file is not there."""
        for place in (path, self.folder, self.folder.parent):
            reason = not_owned(place)
            if reason:
                logger.warning(
                    "cache: not reading %s: %s. Fix: chmod go-w it, or delete the"
                    " folder (make clean).",
                    path,
                    reason,
                )
                return True
        return False

    def _write(self, inputs: str, kind: bytes, payload: bytes) -> None:
        """Write the file for these inputs whole, then make it appear at once."""
        if self.folder is None:
            return
        key = self.key(inputs)
        self.used.add(key)
        self.folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=TEMPORARY_PREFIX, dir=self.folder)
        try:
            with os.fdopen(handle, "wb") as output:
                output.write(HEADER + kind)
                output.write(payload)
            os.replace(temporary, self.folder / key)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        if self.keep or self.max_bytes:
            self.evict()

    def entries(self) -> list[Path]:
        """The files of this namespace, most recently used first."""
        if self.folder is None or not self.folder.is_dir():
            return []
        stats = []
        for path in self.folder.iterdir():
            if path.name.startswith(TEMPORARY_PREFIX):
                continue
            try:
                stats.append((path.stat().st_mtime_ns, path))
            except OSError:  # removed meanwhile by a concurrent build
                continue
        return [path for _mtime, path in sorted(stats, reverse=True)]

    def evict(self) -> list[str]:
        """Remove the least recently used files beyond `keep` or `max_bytes`."""
        entries = self.entries()
        kept = entries[: self.keep] if self.keep else entries
        if self.max_bytes:
            total, within = 0, []
            for path in kept:
                total += path.stat().st_size
                if within and total > self.max_bytes:
                    break
                within.append(path)
            kept = within
        kept = set(kept)
        gone = [path for path in entries if path not in kept]
        for path in gone:
            remove(path)
        return [path.name for path in gone]

    def forget_unused(self) -> None:
        """Remove every file this store did not read or write (after a full build)."""
        for path in self.entries():
            if path.name not in self.used:
                remove(path)


def remove(path: Path) -> None:
    """Remove a cache file, or a folder an older cache left there."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)  # or removed meanwhile by a concurrent build
