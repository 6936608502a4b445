"""One walk of an output folder: what it holds, for keeping and for pruning.

A site has tens of thousands of names, most pages in a folder of their own
(21,811 folders at N=1000). A build after a text edit must confirm that every file
of the last build is still there (OutputTree.keep_listed) and, once it has written,
remove what it no longer makes (tools/staging.prune). One walk serves both: plain
strings and `scandir`, whose directory entries tell a folder, a link and a plain
file apart without a `stat`, and which never follows a link, so that every file
found is in a real folder inside the output. No recursion: an alias may nest
folders deeper than Python's stack allows.

Pure: no Pelican imports.
"""

import os
from dataclasses import dataclass, field


@dataclass
class Listing:
    """The names under a folder, relative to it, with forward slashes."""

    root: str
    # Every folder ("" for the root), each before the folders in it.
    folders: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # names in each folder
    # Every name that is not a folder -> whether it is a plain file (not a link).
    files: dict[str, bool] = field(default_factory=dict)


def list_tree(root) -> Listing:
    """Walk `root` once (see above)."""
    root = os.fspath(root)
    start = len(root) + 1
    listing = Listing(root)
    pending = [root]
    while pending:
        folder = pending.pop()
        relative = folder[start:] if folder != root else ""
        prefix = relative + "/" if relative else ""
        with os.scandir(folder) as found:
            entries = list(found)
        listing.folders.append(relative)
        listing.counts[relative] = len(entries)
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                pending.append(entry.path)
            else:
                listing.files[prefix + entry.name] = entry.is_file(
                    follow_symlinks=False
                )
    return listing
