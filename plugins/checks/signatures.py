"""The Markdown files' signatures, kept in the cache from one run of the checks to
the next, so that a one-shot run (`make html`, `make check`) need not read every
file to find the per-file results it kept (93 ms of 332 at N=1000).

For each file the cache keeps its `stat` signature (size, modification and change
times, inode) and the text_key of the text it had then. A file whose signature is
the same, and whose results are kept, is not read. The kernel sets a file's change
time (st_ctime) to the clock on every write, rename or change of its times, and
nobody but the kernel can set it, so an edited file cannot show its old signature
(`touch -d` or `cp -p` can take the modification time back, not the change time).
A file changed less than SETTLED_NS before the run began is read every time, as in
the devserver's memo (memo.py): a second save within one tick of the clock could
keep all of its signature.

The texts of files not read are read when something asks for them (SignedTexts):
only a static file with a problem, whose problem is shown at the lines that use
it, makes the checks look at every text.

Pure: reads files, imports nothing from Pelican.
"""

import hashlib
import os
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from plugins.base.cache import SETTLED_NS, Store

# label -> (size, modification ns, change ns, inode, text_key)
Signed = dict[str, tuple[int, int, int, int, str]]


def text_key(path: str, text: str) -> str:
    """The key of one file's text, under which its per-file results are kept."""
    return hashlib.sha1(f"{path}\0{text}".encode()).hexdigest()


def signatures_store(cache: Store) -> Store:
    """Where a content folder's signatures are kept: beside the checks' results,
    one value per content folder, the two most recent kept."""
    return cache.beside("check-signatures", keep=2)


class SignedTexts(Mapping):
    """The texts of the Markdown files: those read, and those whose kept signature
    and results served instead, read when asked for (a file that cannot be read by
    then is left out)."""

    def __init__(self, folder: str, labels, read: dict[str, str]):
        self.folder = folder
        self.labels = dict.fromkeys(labels)
        self.read = read

    def __getitem__(self, label: str) -> str:
        if label not in self.read:
            if label not in self.labels:
                raise KeyError(label)
            try:
                with open(os.path.join(self.folder, label), "rb") as file:
                    self.read[label] = file.read().decode("utf-8")  # as _read_text
            except (OSError, UnicodeDecodeError):
                raise KeyError(label) from None
        return self.read[label]

    def __iter__(self) -> Iterator[str]:
        return (label for label in self.labels if label in self)

    def __contains__(self, label) -> bool:
        try:
            self[label]
        except KeyError:
            return False
        return True

    def __len__(self) -> int:
        return sum(1 for _label in self)


def read_signed(
    root: Path,
    labels,
    read_text: Callable[[Path, str], object],
    kept: Mapping[str, object],
    store: Store,
    started_ns: int | None = None,
) -> tuple[SignedTexts, dict[str, str], list]:
    """Each file's text_key, its text (SignedTexts) and what read_text answered
    for a file it could not read (a problem). A file is read unless its signature
    is the one kept and `kept` (the per-file results) holds its text_key; the
    signatures of now are kept for the next run when they changed. `read_text`
    answers a text or a problem; `started_ns`: when the run began (now)."""
    started_ns = time.time_ns() if started_ns is None else started_ns
    folder = os.fspath(root)
    inputs = f"signatures\0{folder}"
    before: Signed = store.read(inputs, Signed) or {}
    now: Signed = {}
    texts, keys, unreadable = {}, {}, []
    for label in labels:
        try:
            found = os.stat(os.path.join(folder, label))
            signature = (found.st_size, found.st_mtime_ns, found.st_ctime_ns)
            signature += (found.st_ino,)
        except OSError:
            signature = None
        known = before.get(label)
        if known is not None and known[:4] == signature and known[4] in kept:
            keys[label] = known[4]
            now[label] = known
            continue
        text = read_text(Path(folder, label), label)
        if not isinstance(text, str):
            unreadable.append(text)
            continue
        texts[label] = text
        keys[label] = text_key(label, text)
        if signature is not None and max(signature[1:3]) < started_ns - SETTLED_NS:
            now[label] = (*signature, keys[label])
    if now != before:
        store.write(inputs, now)
    return SignedTexts(folder, keys, texts), keys, unreadable
