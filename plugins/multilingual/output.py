"""Writing files into the output folder, leaving unchanged files untouched."""

import os
import stat
from pathlib import Path

from plugins.base.confine import (
    confined,
    path_problem,
    proven_by_parent,
    unsafe_output,
)
from plugins.base.listing import Listing, list_tree


class OutputTree:
    """The output folder of one build; remembers what it wrote and what it kept."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.written: list[str] = []
        self.unchanged: list[str] = []
        self._folders: set[Path] = set()  # folders known to exist
        self._proven: set[str] = set()  # folders proven inside the root (confine.py)
        # The root as keep_listed found it, for pruning what the build did not make.
        self.listing: Listing | None = None

    def write(self, relative: str, data: str | bytes, source: str = "") -> None:
        """Write a file unless it already holds exactly these bytes.

        The path is proven inside the output first (confine.py); `source` names the
        content file that asked for it, for the error.
        """
        payload = data.encode("utf-8") if isinstance(data, str) else data
        target = confined(self.root, relative, source, self._proven)
        try:
            if target.stat().st_size == len(payload) and target.read_bytes() == payload:
                self.unchanged.append(relative)
                return
        except FileNotFoundError:
            if target.parent not in self._folders:
                target.parent.mkdir(parents=True, exist_ok=True)
                self._folders.add(target.parent)
        # Replace rather than overwrite in place: a hard-linked copy of the previous
        # output (see tools/build.py) must never change under its reader.
        temporary = target.with_name(f".{target.name}.tmp")
        temporary.write_bytes(payload)
        os.replace(temporary, target)
        self.written.append(relative)

    def keep(self, relative: str) -> bool:
        """Count a file of the last build as this build's, if it is still there:
        a plain file (a link is not kept) in a folder proven inside the output."""
        problem = path_problem(relative)
        if problem:
            raise unsafe_output(relative, problem)
        if not proven_by_parent(self.root, relative.rpartition("/")[0], self._proven):
            confined(self.root, relative, proven=self._proven)  # raises if it leaves
            return False  # a folder on its way is a link: write the file again
        try:
            kept = os.lstat(os.path.join(self.root, relative)).st_mode
        except FileNotFoundError:
            return False
        if stat.S_ISLNK(kept):
            confined(self.root, relative, proven=self._proven)  # raises if it leaves
        if not stat.S_ISREG(kept):
            return False  # a link or a folder: the file is written again
        self.unchanged.append(relative)
        return True

    def keep_listed(self, relatives) -> str | None:
        """Count these files of the last build as this build's, as keep does,
        looking at the whole folder once (plugins/base/listing.py; the walk is
        kept in `listing`): the first one that is not a plain file in a real
        folder inside the output, or None when every one is there."""
        self.listing = list_tree(self.root)
        files = self.listing.files
        for relative in relatives:
            problem = path_problem(relative)
            if problem:
                raise unsafe_output(relative, problem)
            if not files.get(relative):
                return relative
            self.unchanged.append(relative)
        return None

    @property
    def produced(self) -> set[str]:
        """Every file this build wrote or confirmed."""
        return set(self.written) | set(self.unchanged)
