"""What a failed build says: one plain message, never a traceback.

A full disk or a folder the build may not write get a message of their own. Anything
else unexpected is a bug in the generator: the message names the content file or the
output page being processed (plugins/base/progress.py), and the full traceback is
saved in a log beside the output, to attach to a bug report.
"""

import errno
import os
import platform
import sys
import tempfile
import traceback
from datetime import datetime
from pathlib import Path

from plugins.base.beside import state_folder
from plugins.base.progress import failed_while

from .staging import retired_path, staging_path

DISK_FULL = {errno.ENOSPC, errno.EDQUOT}
NOT_WRITABLE = {
    errno.EROFS: "read-only file system",
    errno.EACCES: "permission denied",
    errno.EPERM: "operation not permitted",
}
CRASH_LOG = "crash.log"


def disk_full(error: BaseException) -> bool:
    """True when a write failed because the disk (or the user's quota) is full."""
    return isinstance(error, OSError) and error.errno in DISK_FULL


def written_by_the_build(path: Path, output: Path) -> bool:
    """True for the output, its work folders beside it and the folder holding them."""
    places = (output, staging_path(output), retired_path(output), state_folder(output))
    return path == output.parent or any(path.is_relative_to(p) for p in places)


def plain_message(error: BaseException, output: Path) -> str | None:
    """The message of a file system failure an administrator can fix, if it is one."""
    if not isinstance(error, OSError):
        return None
    path = error.filename if error.filename is not None else output
    if error.errno in DISK_FULL:
        if error.filename is not None:
            detail = f" (writing {error.filename})"
        else:  # a write into an open file: the step tells which one
            step = failed_while(error)
            detail = f" ({step})" if step else ""
        return (
            f"The disk holding {output} is full{detail}; the unfinished "
            f"build was removed. Fix: free space on that disk, then build again."
        )
    if error.errno in NOT_WRITABLE:
        reason = NOT_WRITABLE[error.errno]
        if not written_by_the_build(Path(str(path)), output):
            return (
                f"Cannot read {path}: {reason}. Fix: give the user who builds "
                f"read access to it, then build again."
            )
        return (
            f"Cannot write {path}: {reason}. Fix: let the user who builds write "
            f"to {output.parent} (the output and its work folders are made there), "
            f"or build into another folder with --output (OUTPUTDIR= for make)."
        )
    return None


def crash_log_text(error: BaseException) -> str:
    """The report to attach to a bug report: when, what with, and the traceback."""
    lines = [
        f"Build crash at {datetime.now().isoformat(timespec='seconds')}",
        f"Command: {' '.join(sys.argv)}",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"While: {failed_while(error) or 'not known'}",
        "",
        *traceback.format_exception(error),
    ]
    return "\n".join(line.rstrip("\n") for line in lines) + "\n"


def save_crash_log(error: BaseException, output: Path) -> Path | None:
    """Save the traceback beside the output (or in the temporary folder when that
    cannot be written); None when it could be saved nowhere."""
    text = crash_log_text(error)
    places = [
        state_folder(output) / CRASH_LOG,
        Path(tempfile.gettempdir()) / f"site-build-crash-{os.getpid()}.log",
    ]
    for path in places:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        except OSError:
            continue
        return path
    return None


def crash_message(error: BaseException, output: Path) -> str:
    """The message of an unexpected failure; the traceback goes to the crash log."""
    step = failed_while(error)
    where = f" while {step}" if step else ""
    log = save_crash_log(error, output)
    saved = (
        f"The full traceback is in {log}: please attach it to a bug report."
        if log is not None
        else "The traceback could not be saved (no writable folder)."
    )
    return (
        f"Unexpected error{where}: {type(error).__name__}: {error}\n"
        f"This is a bug in the site generator, not a mistake in the content. {saved}"
    )
