"""One build at a time per output folder: a second one waits, then gives up clearly.

The lock is `flock` on a file beside the output (`.output.state/lock`): the kernel
releases it when its holder exits, even when killed, so it can never be left stale.
The file holds the holder's process id, for the messages.
"""

import fcntl
import os
import sys
import time
from pathlib import Path

from plugins.base.beside import state_folder

LOCK_FILE = "lock"
DEFAULT_TIMEOUT = 30 * 60.0  # seconds: a nightly build and an editor's both finish
POLL = 0.1  # seconds between two attempts


class LockTimeout(Exception):
    """Another build of the same output held the lock for longer than allowed."""


def lock_path(output: Path) -> Path:
    """The lock file of an output folder, beside it."""
    return state_folder(output) / LOCK_FILE


def holder(path: Path) -> str:
    """The process id written in a lock file, or '?' when none is there yet."""
    try:
        return path.read_text(encoding="ascii").strip() or "?"
    except (OSError, UnicodeDecodeError):
        return "?"


class BuildLock:
    """`with BuildLock(output):` builds into `output` while no other build does."""

    def __init__(self, output: Path, timeout: float = DEFAULT_TIMEOUT, say=None):
        self.output = Path(output)
        self.path = lock_path(self.output)
        self.timeout = timeout
        self.say = say or (lambda text: print(text, file=sys.stderr, flush=True))
        self.descriptor: int | None = None

    def __enter__(self) -> "BuildLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            self.wait()
        except BaseException:
            os.close(self.descriptor)
            raise
        os.ftruncate(self.descriptor, 0)
        os.pwrite(self.descriptor, str(os.getpid()).encode("ascii"), 0)
        return self

    def __exit__(self, *_exception) -> None:
        os.close(self.descriptor)  # closing releases the lock

    def attempt(self) -> bool:
        """Take the lock if it is free."""
        try:
            fcntl.flock(self.descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def wait(self) -> None:
        """Take the lock, waiting for another build at most `timeout` seconds."""
        if self.attempt():
            return
        time.sleep(POLL)  # the holder may not have written its id yet
        if self.attempt():
            return
        pid = holder(self.path)
        self.say(f"Waiting for another build of {self.output} (pid {pid}) to finish…")
        deadline = time.monotonic() + self.timeout
        while not self.attempt():
            if time.monotonic() >= deadline:
                raise LockTimeout(self.refusal(holder(self.path)))
            time.sleep(POLL)

    def refusal(self, pid: str) -> str:
        """Why this build gives up, and what to do."""
        return (
            f"Another build of {self.output} (pid {pid}) is still running after "
            f"{self.timeout:g} s; this build stopped without changing anything. "
            f"Fix: wait until it finishes and build again; if it hangs, stop it "
            f"(kill {pid}) first, or wait longer with --lock-timeout SECONDS."
        )
