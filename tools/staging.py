"""Publishing that loses nothing: build into a staging folder, then swap it in.

The staging folder starts as a hard-linked copy of the current output, so files whose
bytes do not change keep their inode and modification time (nothing is rewritten),
and the writers replace files instead of editing them in place, so the live output
never changes under a reader until the swap.
"""

import os
import shutil
import subprocess
import sys
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
        link_tree(output, staging)
    else:
        staging.mkdir(parents=True)
    return staging


def unlink_outdated_statics(content: Path, static_paths, staging: Path) -> list[str]:
    """Unlink staged copies of static files that Pelican is about to copy again.

    Pelican copies a changed static file over the old one in place; through a hard
    link that would change the live file. A staged copy older than its source (the
    test Pelican's STATIC_CHECK_IF_MODIFIED uses) is unlinked, so Pelican writes a
    new file instead. Unchanged files stay linked and untouched.
    """
    unlinked = []
    for static in static_paths:
        for source in sorted((content / static).rglob("*")):
            if not source.is_file():
                continue
            relative = source.relative_to(content).as_posix()
            staged = staging / relative
            if staged.is_file() and staged.stat().st_mtime < source.stat().st_mtime:
                staged.unlink()
                unlinked.append(relative)
    return unlinked


def link_tree(source: Path, target: Path) -> None:
    """Copy a folder as hard links: GNU `cp -al` where there is one (tens of
    thousands of files in a fraction of a second), else the standard library."""
    cp = shutil.which("cp")
    if cp and sys.platform.startswith("linux"):
        subprocess.run([cp, "-al", str(source), str(target)], check=True)
    else:
        shutil.copytree(source, target, copy_function=os.link, symlinks=True)


def prune(staging: Path, keep: set[str]) -> list[str]:
    """Remove files of earlier builds that this build did not produce."""
    removed = []
    for folder, _subfolders, files in os.walk(staging, topdown=False):
        relative_folder = Path(folder).relative_to(staging).as_posix()
        prefix = "" if relative_folder == "." else relative_folder + "/"
        for name in files:
            if prefix + name not in keep:
                os.unlink(os.path.join(folder, name))
                removed.append(prefix + name)
        if folder != str(staging) and not os.listdir(folder):
            os.rmdir(folder)
    return sorted(removed)


def swap_in(staging: Path, output: Path) -> None:
    """Make the staging folder the output; the old output is removed afterwards."""
    retired = output.with_name(f".{output.name}.previous")
    if retired.exists():
        shutil.rmtree(retired)
    if output.exists():
        os.replace(output, retired)
    os.replace(staging, output)
    if retired.exists():
        remove_tree(retired)


def remove_tree(folder: Path) -> None:
    """Delete a folder that nothing uses any more: GNU `rm -rf` where there is one."""
    rm = shutil.which("rm")
    if rm and sys.platform.startswith("linux"):
        subprocess.run([rm, "-rf", "--", str(folder)], check=True)
    else:
        shutil.rmtree(folder)


def discard(staging: Path) -> None:
    """Throw away a failed build's staging folder."""
    shutil.rmtree(staging, ignore_errors=True)
