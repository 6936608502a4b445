"""Publishing that loses nothing: build into a staging folder, then swap it in.

The staging folder starts as a hard-linked copy of the current output, so files whose
bytes do not change keep their inode and modification time (nothing is rewritten),
and the writers replace files instead of editing them in place, so the live output
never changes under a reader until the swap.

The output a swap retires is kept beside it (`.output.previous`) and becomes the
next build's staging folder: bringing it level with the output relinks only the
files the last build replaced, where a fresh copy would link every file of the site.
Which files those are, a build that succeeded leaves beside the output for the next
one (keep_changed); without that list the two trees are compared in full (21,811
folders at N=1000: 0.4 s). The swap itself is in tools/swap.py.
"""

import contextlib
import errno
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Collection
from pathlib import Path

from plugins.base.beside import state_folder, tree_identity
from plugins.base.confine import path_problem
from plugins.base.listing import Listing, list_tree

CHANGED_LIST = "changed.json"  # in the state folder: see keep_changed
# Relinking a name costs about 15 µs; comparing both trees at N=1000 (23,699 files
# in 21,811 folders) 0.4-0.6 s: a longer list is compared in full instead.
RELINK_AT_MOST = 20_000


def staging_path(output: Path) -> Path:
    """The folder a build writes to, beside the output."""
    return output.with_name(f".{output.name}.building")


def retired_path(output: Path) -> Path:
    """Where the output a swap replaced is kept for the next build."""
    return output.with_name(f".{output.name}.previous")


def prepare_staging(output: Path, rewritten: Collection[str] | None = None) -> Path:
    """A staging folder holding hard links to exactly the current output's files.

    `rewritten` may list every file whose name the last build pointed at a new
    file or removed (take_changed): only those are relinked in the retired output,
    instead of comparing the whole tree. None: the last build may have changed
    anything.
    """
    staging, retired = staging_path(output), retired_path(output)
    if staging.exists():  # left by a build that failed or was killed
        rewritten = None  # the retired output is no longer the one before the last
        if retired.exists():
            remove_tree(staging)
        else:
            os.replace(staging, retired)
    if not output.is_dir():
        staging.mkdir(parents=True)
    elif retired.is_dir():
        if rewritten is None or len(rewritten) > RELINK_AT_MOST:
            mirror_links(output, retired)
        else:
            try:
                relink(output, retired, rewritten)
            except OSError:  # e.g. a folder where the list names a file
                mirror_links(output, retired)
        os.replace(retired, staging)
    else:
        link_tree(output, staging)
    return staging


def mirror_links(source: Path, target: Path) -> None:
    """Make `target` a hard-linked copy of `source`, touching only what differs.

    A file is the same when both names point to one inode; `scandir` reads inode
    numbers and types from the directory itself, so an unchanged tree costs no `stat`.
    Plain strings, not Path objects: a site has tens of thousands of names.
    """
    pending = [(os.fspath(source), os.fspath(target))]
    while pending:
        source_folder, target_folder = pending.pop()
        with os.scandir(source_folder) as entries:
            wanted = {entry.name: entry for entry in entries}
        with os.scandir(target_folder) as entries:
            present = {entry.name: entry for entry in entries}
        for name, entry in present.items():
            there = wanted.get(name)
            if there is None or is_folder(there) != is_folder(entry):
                remove_entry(entry)
            elif is_folder(entry):
                pending.append((there.path, entry.path))
            elif entry.inode() != there.inode():
                os.unlink(entry.path)
                os.link(there.path, entry.path, follow_symlinks=False)
        for name, entry in wanted.items():
            there = present.get(name)
            if there is not None and is_folder(there) == is_folder(entry):
                continue
            path = os.path.join(target_folder, name)
            if is_folder(entry):
                link_tree(Path(entry.path), Path(path))
            else:
                os.link(entry.path, path, follow_symlinks=False)


def keep_changed(output: Path, paths: Collection[str]) -> None:
    """After a swap, keep for the next build the files whose names in the output may
    lead elsewhere than in the retired output (what the build wrote, removed or let
    Pelican copy), with both folders' identities."""
    record = {
        "output": tree_identity(output),
        "retired": tree_identity(retired_path(output)),
        "paths": sorted(paths),
    }
    place = state_folder(output) / CHANGED_LIST
    temporary = place.with_name(f".{place.name}.tmp")
    temporary.write_text(json.dumps(record), encoding="utf-8")
    os.replace(temporary, place)


def take_changed(output: Path) -> list[str] | None:
    """The list keep_changed left, while it still describes the output and the
    retired output as they are; None otherwise (the trees are then compared). It is
    taken away: a build that fails after this leaves the retired output otherwise."""
    place = state_folder(output) / CHANGED_LIST
    try:
        record = json.loads(place.read_text(encoding="utf-8"))
        place.unlink()
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict):
        return None
    paths = record.get("paths")
    identities = (tree_identity(output), tree_identity(retired_path(output)))
    if (
        None in identities
        or [record.get("output"), record.get("retired")] != list(identities)
        or not isinstance(paths, list)
        or not all(isinstance(path, str) and not path_problem(path) for path in paths)
    ):
        return None
    return paths


def relink(source: Path, target: Path, paths: Collection[str]) -> None:
    """Point `target`'s names at `source`'s files for these relative paths (a name
    `source` no longer has is removed). OSError when a folder stands where a path
    names a file, on either side: the caller compares the trees instead. Plain
    strings, as in mirror_links."""
    source, target = os.fspath(source), os.fspath(target)
    for relative in paths:
        there, here = os.path.join(source, relative), os.path.join(target, relative)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(here)
        try:
            os.link(there, here, follow_symlinks=False)
        except FileNotFoundError:
            if not os.path.lexists(there):
                continue  # removed by the last build
            os.makedirs(os.path.dirname(here), exist_ok=True)
            os.link(there, here, follow_symlinks=False)


def is_folder(entry: os.DirEntry) -> bool:
    """A real folder, not a link to one."""
    return entry.is_dir(follow_symlinks=False)


def remove_entry(entry: os.DirEntry) -> None:
    """Delete a file, link or folder found by `scandir`."""
    if is_folder(entry):
        shutil.rmtree(entry.path)
    else:
        os.unlink(entry.path)


def unlink_outdated_statics(content: Path, static_paths, staging: Path) -> list[str]:
    """Unlink staged copies of static files whose source changed, before Pelican
    copies them again; return their paths.

    Pelican copies a static file over the old one in place; through a hard link
    that would change the live file. A photo replaced by an older-dated file (as
    `cp -p` or an unzip make it) must still be replaced, so a staged copy is
    outdated when its size differs, when its source is newer (Pelican would copy),
    or when the bytes differ. Bytes are read only when sizes agree and times do
    not; equal bytes then take the source's time, so the next build reads nothing.
    """
    unlinked = []
    for static in static_paths:
        for source in sorted((content / static).rglob("*")):
            if not source.is_file():
                continue
            relative = source.relative_to(content).as_posix()
            staged = staging / relative
            if staged.is_file() and is_outdated(source, staged):
                staged.unlink()
                unlinked.append(relative)
    return unlinked


def is_outdated(source: Path, staged: Path) -> bool:
    """Tell whether a staged copy no longer holds its source's bytes (see above)."""
    mine, theirs = source.stat(), staged.stat()
    if mine.st_size != theirs.st_size or mine.st_mtime_ns > theirs.st_mtime_ns:
        return True
    if mine.st_mtime_ns == theirs.st_mtime_ns:
        return False
    if not same_bytes(source, staged):
        return True
    # Same bytes, older source: the copy takes the source's time. The staged file
    # is a hard link to the live one, whose time must not change under its
    # readers (nginx's Last-Modified), so it gets an inode of its own first.
    if theirs.st_nlink > 1:
        private = staged.with_name(f".{staged.name}.stamp")
        shutil.copyfile(staged, private)
        os.replace(private, staged)
    os.utime(staged, ns=(theirs.st_atime_ns, mine.st_mtime_ns))
    return False


def same_bytes(first: Path, second: Path, chunk: int = 1 << 20) -> bool:
    """Tell whether two files of equal size hold the same bytes, read in chunks."""
    with first.open("rb") as one, second.open("rb") as other:
        while True:
            block = one.read(chunk)
            if block != other.read(chunk):
                return False
            if not block:
                return True


def link_tree(source: Path, target: Path) -> None:
    """Copy a folder as hard links: GNU `cp -al` where there is one (tens of
    thousands of files in a fraction of a second), else the standard library."""
    cp = shutil.which("cp")
    if cp and sys.platform.startswith("linux"):
        copied = subprocess.run(
            [cp, "-al", str(source), str(target)], capture_output=True, check=False
        )
        if copied.returncode == 0:
            return
        # Do it again step by step: it works, or raises the OSError (a full disk,
        # a read-only folder) that the build can explain in plain words.
        if target.exists():
            remove_tree(target)
    link_tree_slowly(source, target)


def link_tree_slowly(source: Path, target: Path) -> None:
    """Copy a folder as hard links, one name at a time."""
    for folder, subfolders, files in os.walk(source):
        there = os.path.join(target, os.path.relpath(folder, source))
        os.makedirs(there, exist_ok=True)
        links = [name for name in subfolders if os.path.islink(f"{folder}/{name}")]
        for name in files + links:
            os.link(
                os.path.join(folder, name),
                os.path.join(there, name),
                follow_symlinks=False,
            )


def prune(staging: Path, keep: set[str], listing: Listing | None = None) -> list[str]:
    """Remove files (and links) of earlier builds that this build did not produce,
    and the folders left empty.

    `listing`: the staging folder as the build found it before it wrote anything
    but what `keep` names (OutputTree.keep_listed); without it, the folder is
    walked now. Either way one walk (plugins/base/listing.py)."""
    if listing is None:
        listing = list_tree(staging)
    root, counts = listing.root, dict(listing.counts)
    removed: list[str] = []
    for relative in listing.files:
        if relative not in keep:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(os.path.join(root, relative))
            removed.append(relative)
            counts[relative.rpartition("/")[0]] -= 1
    for folder in reversed(listing.folders):  # every folder after the folders in it
        if folder and not counts[folder]:
            try:
                os.rmdir(os.path.join(root, folder))
            except OSError as error:
                if error.errno == errno.ENOTEMPTY:
                    continue  # written since the listing was made
                if error.errno != errno.ENOENT:
                    raise
            counts[folder.rpartition("/")[0]] -= 1
    return sorted(removed)


def remove_tree(folder: Path) -> None:
    """Delete a folder that nothing uses any more: GNU `rm -rf` where there is one."""
    rm = shutil.which("rm")
    if rm and sys.platform.startswith("linux"):
        subprocess.run([rm, "-rf", "--", str(folder)], check=True)
    else:
        shutil.rmtree(folder)


def discard(staging: Path, output: Path) -> None:
    """Set a failed build's staging folder aside; the next build brings it level."""
    retired = retired_path(output)
    if not staging.exists():
        return
    if retired.exists():
        remove_tree(staging)
    else:
        os.replace(staging, retired)


def remove_work_folders(output: Path) -> None:
    """Delete the staging and retired folders (when the disk is full, say): the
    output alone stays, and the next build starts with a fresh copy of it."""
    for folder in (staging_path(output), retired_path(output)):
        if folder.exists():
            remove_tree(folder)
