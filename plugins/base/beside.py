"""The build's bookkeeping folder beside the output, and how folders are told apart.

Nothing the build keeps for itself (fingerprints, lock, swap journal, crash log) may
be inside the output, which is uploaded as it is: it lives in `.<output>.state/`.
"""

import os
from pathlib import Path


def state_folder(output: Path) -> Path:
    """The folder of the build's bookkeeping, beside the output."""
    output = Path(output)
    return output.with_name(f".{output.name}.state")


def tree_identity(folder: Path) -> str | None:
    """Device and inode of a folder: they stay the same when it is renamed."""
    try:
        stat = os.stat(folder)
    except OSError:
        return None
    return f"{stat.st_dev}-{stat.st_ino}"
