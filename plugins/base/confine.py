"""The one wall every writer passes: a relative output path is proven to stay
inside the output folder before anything is written there.

Pure: imports nothing from Pelican. Slugs, tags, aliases and static paths all end up
as output paths; the content checks refuse bad ones with editor messages first, and
this refuses them again, whatever reached the writer.
"""

import os
import re
from pathlib import Path

from plugins.base.settings import SiteError

# C0 and C1 control characters (NUL, newline, tab, DEL...): never in a file name.
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
FIX = "give the file a plain Slug (letters, digits and '-') and build again"


class OutputPathError(SiteError, ValueError):
    """A path the build was asked to write that would leave the output folder."""


def path_problem(relative: str) -> str:
    """What makes a relative output path unsafe by its spelling alone, or ''."""
    if not isinstance(relative, str) or not relative:
        return "is empty"
    if CONTROL.search(relative):
        return "holds a control character"
    if "\\" in relative:
        return "holds a backslash"
    if relative.startswith("/"):
        return "is absolute"
    segments = relative.split("/")
    if any(segment in ("", ".", "..") for segment in segments):
        return "has an empty, '.' or '..' segment"
    return ""


def unsafe_output(relative: str, problem: str, source: str = "") -> OutputPathError:
    """The error naming the path, and the content file that asked for it if known."""
    where = f"{source}: " if source else ""
    return OutputPathError(
        f"{where}error: The output path {relative!r} {problem}; nothing was written. "
        f"Fix: {FIX}."
    )


def confined(
    root: Path | str, relative: str, source: str = "", proven: set | None = None
) -> Path:
    """The target of a relative output path, proven inside the output root.

    The spelling is checked first; then the target is resolved, following any
    symbolic link already inside the output, and must still be under the root.
    Raises OutputPathError and writes nothing otherwise. `proven` may hold the
    folders (relative) a writer already proved this build: a page then costs one
    `lstat` of its file instead of resolving every folder of its path again.
    """
    problem = path_problem(relative)
    if problem:
        raise unsafe_output(relative, problem, source)
    target = Path(root) / relative
    folder = relative.rpartition("/")[0]
    if (
        proven is not None
        and proven_by_parent(root, folder, proven)
        and not target.is_symlink()
    ):
        return target
    real_root = os.path.realpath(root)
    real_target = os.path.realpath(os.path.join(real_root, relative))
    if not is_inside(real_root, real_target):
        raise unsafe_output(relative, "leads outside the output folder", source)
    if proven is not None and is_inside(
        real_root, os.path.realpath(os.path.join(real_root, folder))
    ):
        proven.add(folder)
    return target


def proven_by_parent(root: Path | str, folder: str, proven: set) -> bool:
    """Tell whether a folder is proven inside the root: it is already, or the
    nearest proven folder above it (the root itself at worst) is followed by
    folders none of which is a symbolic link. Proving a new page's folder then
    costs an `lstat` instead of resolving its whole path."""
    unproven = []
    while folder not in proven:
        if not folder:
            break  # the root: proven by definition for what lies in it
        unproven.append(folder)
        folder = folder.rpartition("/")[0]
    for below in reversed(unproven):
        if os.path.islink(os.path.join(root, below)):
            return False
        proven.add(below)
    return True


def is_inside(real_root: str, real_path: str) -> bool:
    """Tell whether a resolved path lies strictly below a resolved root."""
    return real_path != real_root and os.path.commonpath([real_root, real_path]) == (
        real_root
    )
