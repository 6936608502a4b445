"""Search bundles kept by their inputs, so that the same pages give the same bytes.

Pagefind 1.5 writes its filter files in hash-map order, which changes from run to
run: two builds of the same pages would differ, and every build would rewrite the
bundle. A bundle is therefore kept under the digest of everything that makes it
(Pagefind's version, its options, every page) and reused while that digest holds.
"""

import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from plugins.base.confine import confined

KEEP = 8  # bundles kept: a few sites (demo, fixture) built in turn all stay cached


def inputs_digest(pages, selectors, version: str) -> str:
    """A digest of the Pagefind version, its options and every page, in order."""
    digest = hashlib.sha256()
    for part in [version, *selectors]:
        digest.update(part.encode() + b"\0")
    for page in pages:
        digest.update(f"{page.link}\0{page.lang}\0{len(page.html)}\0".encode())
        digest.update(page.html)
    return digest.hexdigest()


def cached(root: Path, digest: str, build: Callable[[], dict]) -> dict[str, bytes]:
    """The bundle kept for the digest, else `build()`'s, kept for next time."""
    files = load(root, digest)
    if files is None:
        files = build()
        store(root, digest, files)
    return files


def load(root: Path, digest: str) -> dict[str, bytes] | None:
    """The bundle kept for a digest, or None; a hit counts as a recent use."""
    folder = root / digest
    if not folder.is_dir():
        return None
    os.utime(folder)
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def store(root: Path, digest: str, files: dict[str, bytes]) -> None:
    """Keep a bundle, written whole before it appears, and forget the oldest ones."""
    root.mkdir(parents=True, exist_ok=True)
    temporary = Path(tempfile.mkdtemp(prefix=".incoming-", dir=root))
    try:
        for name, data in files.items():
            target = confined(temporary, name)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    try:
        os.replace(temporary, root / digest)
    except OSError:  # kept meanwhile by a concurrent build: theirs is as good
        shutil.rmtree(temporary, ignore_errors=True)
    evict(root, KEEP)


def evict(root: Path, keep: int) -> list[str]:
    """Remove all but the `keep` most recently used bundles; return their names."""
    kept = sorted(
        (folder for folder in root.iterdir() if not folder.name.startswith(".")),
        key=lambda folder: folder.stat().st_mtime_ns,
        reverse=True,
    )
    for folder in kept[keep:]:
        shutil.rmtree(folder, ignore_errors=True)
    return [folder.name for folder in kept[keep:]]
