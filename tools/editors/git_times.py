"""When git says each content file last changed: its last commit, or now when the
file has uncommitted changes or was never committed."""

import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

LOG_FORMAT = "--format=%x00%cI"  # a NUL-led commit time, then the commit's files


@dataclass(frozen=True)
class GitTimes:
    """Last commit times of the files under a content folder (paths relative to it)."""

    committed: dict[str, datetime]
    uncommitted: frozenset[str]
    now: datetime

    def changed(self, path: str) -> datetime:
        """Return when the file last changed: now if it has uncommitted changes."""
        if path in self.uncommitted or path not in self.committed:
            return self.now
        return self.committed[path]

    def describe(self, path: str) -> str:
        """Return the change in words: "last commit 2026-11-23 18:39" or uncommitted."""
        if path in self.uncommitted or path not in self.committed:
            return "uncommitted changes"
        return f"last commit {self.committed[path]:%Y-%m-%d %H:%M}"


def parse_log(output: str) -> dict[str, datetime]:
    """Map every file in `git log --format=%x00%cI --name-only` to its newest commit."""
    times: dict[str, datetime] = {}
    current = None
    for line in output.splitlines():
        if line.startswith("\0"):
            current = datetime.fromisoformat(line[1:].strip())
        elif line.strip() and current is not None:
            times.setdefault(line, current)
    return times


def parse_status(output: str, prefix: str) -> frozenset[str]:
    """Return the files `git status --porcelain -z` lists, relative to prefix."""
    entries = output.split("\0")
    paths, index = set(), 0
    while index < len(entries):
        entry = entries[index]
        index += 1
        if len(entry) < 4:
            continue
        paths.add(entry[3:])
        if entry[0] in "RC":
            index += 1  # the name before a rename or copy follows
    return frozenset(
        path.removeprefix(prefix) for path in paths if path.startswith(prefix)
    )


def _git(folder: Path, *args: str) -> str | None:
    """Return the output of a git command run in folder, or None if it failed."""
    command = ["git", "-C", str(folder), "-c", "core.quotepath=off", *args]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, encoding="utf-8", timeout=60
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def git_times(content_root: Path, now: datetime) -> GitTimes | None:
    """Return the git history of content_root, or None when it is not in a git
    work tree (or git is not installed)."""
    inside = _git(content_root, "rev-parse", "--is-inside-work-tree")
    if inside is None or inside.strip() != "true":
        return None
    prefix = (_git(content_root, "rev-parse", "--show-prefix") or "").strip()
    # A repository without commits makes `git log` fail: nothing is committed yet.
    log = _git(content_root, "log", "--relative", LOG_FORMAT, "--name-only", "--", ".")
    status = _git(
        content_root, "status", "--porcelain", "-z", "--untracked-files=all", "--", "."
    )
    return GitTimes(parse_log(log or ""), parse_status(status or "", prefix), now)
