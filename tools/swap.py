"""Putting a new site in place so that the output is, at every instant, the whole old
site or the whole new one, and finishing a swap that a crash cut in the middle.

Linux exchanges two names in one step (`renameat2` with RENAME_EXCHANGE): the staging
folder becomes the output and the old output takes the staging folder's name, from
which it moves to `.output.previous` for the next build. Where the kernel or the file
system cannot exchange (EINVAL, ENOSYS), two renames are used, and for a moment there
is no output. A journal beside the output, written before the first step and removed
after the last, names both folders by device and inode (renames keep them), so the
next build (under the lock) can put the right one back.
"""

import ctypes
import errno
import json
import logging
import os
from pathlib import Path

from plugins.base.beside import state_folder, tree_identity

from .staging import link_tree, remove_tree, retired_path, staging_path

logger = logging.getLogger(__name__)
RENAME_EXCHANGE = 2  # linux/fs.h
AT_FDCWD = -100
CANNOT_EXCHANGE = {errno.EINVAL, errno.ENOSYS, errno.ENOTSUP}
JOURNAL = "swap.json"


def load_renameat2():
    """glibc's renameat2, or None where there is none."""
    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    function.restype = ctypes.c_int
    return function


RENAMEAT2 = load_renameat2()


def exchange(first: Path, second: Path) -> bool:
    """Swap two names in one step; False, having moved nothing, where it cannot."""
    if RENAMEAT2 is None:
        return False
    names = os.fsencode(first), os.fsencode(second)
    if RENAMEAT2(AT_FDCWD, names[0], AT_FDCWD, names[1], RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in CANNOT_EXCHANGE:
        return False
    raise OSError(code, os.strerror(code), str(first), None, str(second))


def journal_path(output: Path) -> Path:
    """The journal of a swap in progress, beside the output."""
    return state_folder(output) / JOURNAL


def begin(staging: Path, output: Path) -> None:
    """Write down, durably, which folder is the new site and which the old one."""
    path = journal_path(output)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"new": tree_identity(staging), "old": tree_identity(output)}
    temporary = path.with_name(f".{path.name}.tmp")
    with open(temporary, "w", encoding="utf-8") as file:
        json.dump(data, file)
        file.flush()
        os.fsync(file.fileno())
    os.replace(temporary, path)


def read_journal(output: Path) -> dict | None:
    """The journal of a swap that did not finish, if there is one."""
    try:
        data = json.loads(journal_path(output).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def swap_in(staging: Path, output: Path) -> None:
    """Make the staging folder the output; the old output is kept for the next build."""
    retired = retired_path(output)
    if retired.exists():  # left by a build killed after its swap
        remove_tree(retired)
    if not output.exists():
        os.replace(staging, output)
        # The next build starts from a hard-linked copy of the output: made now, the
        # first edit after a first build relinks a few files instead of copying the
        # tree (21,811 folders at N=1000: 1.4 s of `cp -al`, most of it mkdir).
        published_cleanup(lambda: link_tree(output, retired), output)
        return
    begin(staging, output)
    if exchange(staging, output):
        published_cleanup(lambda: os.replace(staging, retired), output)
    else:
        os.replace(output, retired)
        try:
            os.replace(staging, output)
        except OSError:
            os.replace(retired, output)  # undo: the old site goes back
            journal_path(output).unlink(missing_ok=True)
            raise
    published_cleanup(lambda: journal_path(output).unlink(missing_ok=True), output)


def published_cleanup(step, output: Path) -> None:
    """A step after the new site is in place: a failure is only worth a warning
    (the next build tidies up), the site is published."""
    try:
        step()
    except OSError as error:
        logger.warning("build: %s is published; tidying up failed: %s", output, error)


def recover(output: Path) -> str | None:
    """Finish or undo a swap a crash cut in the middle; what was done, if anything.

    Called under the build lock, before anything else touches the work folders.
    """
    journal = read_journal(output)
    if journal is None:
        return None
    if output.is_dir():  # the swap had not begun, or the new site was in place
        journal_path(output).unlink(missing_ok=True)
        return None
    folders = {
        tree_identity(folder): folder
        for folder in (staging_path(output), retired_path(output))
        if folder.is_dir()
    }
    if journal.get("new") in folders:
        os.replace(folders[journal["new"]], output)
        said = "its new site, complete and checked, is now published"
    elif journal.get("old") in folders:
        os.replace(folders[journal["old"]], output)
        said = "the site published before it is back in place"
    else:
        said = "neither its new site nor the one before was found; building anew"
    journal_path(output).unlink(missing_ok=True)
    return f"The last build of {output} was interrupted while publishing: {said}."
