"""Search bundles kept by their inputs, so that the same pages give the same bytes.

Pagefind 1.5 writes its filter files in hash-map order, which changes from run to
run: two builds of the same pages would differ, and every build would rewrite the
bundle. A bundle is therefore kept in the cache's `search` namespace under the
digest of everything that makes it (Pagefind's version, its options, every page)
and reused while that digest holds. With the cache off, every build runs Pagefind.
"""

import hashlib
from collections.abc import Callable
from pathlib import Path

from plugins.base.cache import Store
from plugins.base.confine import path_problem, unsafe_output

# Bundles kept: the sites and content states a person (or the test suite) builds in
# turn; Pagefind's output is not reproducible, so an evicted bundle changes bytes.
KEEP = 32
MAX_BYTES = 512 * 2**20  # and not more than this on disk (the newest always stays)
Bundle = dict[str, bytes]  # file name inside the bundle -> its bytes


def inputs_digest(pages, selectors, version: str) -> str:
    """A digest of the Pagefind version, its options and every page, in order."""
    digest = hashlib.sha256()
    for part in [version, *selectors]:
        digest.update(part.encode() + b"\0")
    for page in pages:
        digest.update(f"{page.link}\0{page.lang}\0{len(page.html)}\0".encode())
        digest.update(page.html)
    return digest.hexdigest()


def bundles(root: Path | None) -> Store:
    """The search namespace of the cache at `root` (None: caching is off)."""
    return Store(root, "search", keep=KEEP, max_bytes=MAX_BYTES)


def cached(root: Path | None, digest: str, build: Callable[[], Bundle]) -> Bundle:
    """The bundle kept for the digest, else `build()`'s, kept for next time."""
    files = load(root, digest)
    if files is None:
        files = build()
        store(root, digest, files)
    return files


def load(root: Path | None, digest: str) -> Bundle | None:
    """The bundle kept for a digest, or None; one with an unsafe name is a miss."""
    files = bundles(root).read(digest, Bundle)
    if files is None or any(path_problem(name) for name in files):
        return None
    return files


def store(root: Path | None, digest: str, files: Bundle) -> None:
    """Keep a bundle whose every name is a plain relative path; the oldest go."""
    for name in files:
        problem = path_problem(name)
        if problem:
            raise unsafe_output(name, problem)
    bundles(root).write(digest, dict(sorted(files.items())))
