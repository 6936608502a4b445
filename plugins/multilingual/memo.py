"""Files kept by the digest of what makes them, so an unchanged feed is not rebuilt.

Feeds and calendars are pure functions of their items; building them with feedgen or
icalendar costs far more than digesting their inputs. A plugin asks for the bytes of
a file with the inputs that make it and a function that makes it; the memo answers
from `CACHE_PATH/<name>/` when the same inputs were seen before. The plugin's own
source code is part of every key, so changed code never serves old output.
"""

import hashlib
import os
from collections.abc import Callable
from pathlib import Path


def source_digest(folder: Path) -> str:
    """A digest of a plugin's Python source."""
    digest = hashlib.sha256()
    for path in sorted(Path(folder).glob("*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


class DiskMemo:
    """Bytes kept on disk by a digest of their inputs; unused ones are forgotten."""

    def __init__(self, folder: Path | None, salt: str):
        self.folder = Path(folder) if folder else None
        self.salt = salt
        self.used: set[str] = set()

    def bytes_for(self, inputs: str, make: Callable[[], bytes]) -> bytes:
        """The kept bytes for these inputs (a stable text, e.g. a repr), else make()."""
        if self.folder is None:
            return make()
        key = hashlib.sha256(f"{self.salt}\0{inputs}".encode()).hexdigest()
        self.used.add(key)
        path = self.folder / key
        try:
            return path.read_bytes()
        except FileNotFoundError:
            data = make()
        self.folder.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{key}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, path)
        return data

    def forget_unused(self) -> None:
        """Remove kept files this build did not ask for."""
        if self.folder is None or not self.folder.is_dir():
            return
        for path in self.folder.iterdir():
            if path.name not in self.used:
                path.unlink()
