"""Publishing that loses nothing: build into a staging folder, then swap it in.

The staging folder starts as a hard-linked copy of the current output, so files whose
bytes do not change keep their inode and modification time (nothing is rewritten),
and the writers replace files instead of editing them in place, so the live output
never changes under a reader until the swap.
"""

import os
import shutil
from pathlib import Path


def staging_path(output: Path) -> Path:
    """The folder a build writes to, beside the output."""
    return output.with_name(f".{output.name}.building")


def prepare_staging(output: Path) -> Path:
    """A fresh staging folder seeded with hard links to the current output."""
    staging = staging_path(output)
    if staging.exists():
        shutil.rmtree(staging)  # left by a build that was killed
    if output.is_dir():
        shutil.copytree(output, staging, copy_function=os.link, symlinks=True)
    else:
        staging.mkdir(parents=True)
    return staging


def prune(staging: Path, keep: set[str]) -> list[str]:
    """Remove files of earlier builds that this build did not produce."""
    removed = []
    for path in sorted(staging.rglob("*")):
        relative = path.relative_to(staging).as_posix()
        if path.is_file() and relative not in keep:
            path.unlink()
            removed.append(relative)
    for folder in sorted(staging.rglob("*"), reverse=True):
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    return removed


def swap_in(staging: Path, output: Path) -> None:
    """Make the staging folder the output; the old output is removed afterwards."""
    retired = output.with_name(f".{output.name}.previous")
    if retired.exists():
        shutil.rmtree(retired)
    if output.exists():
        os.replace(output, retired)
    os.replace(staging, output)
    if retired.exists():
        shutil.rmtree(retired)


def discard(staging: Path) -> None:
    """Throw away a failed build's staging folder."""
    shutil.rmtree(staging, ignore_errors=True)
