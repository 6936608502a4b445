"""When git says each content file first and last changed: its first and last
commits, or now when the file has uncommitted changes or was never committed."""

import subprocess
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

LOG_FORMAT = "--format=%x00%cI %h"  # NUL, commit time and hash, then its files


@dataclass(frozen=True)
class GitTimes:
    """Last commit times of the files under a content folder (paths relative to it)."""

    committed: dict[str, datetime]
    uncommitted: frozenset[str]
    now: datetime
    added: dict[str, datetime] = field(default_factory=dict)
    last_commits: dict[str, str] = field(default_factory=dict)

    def changed(self, path: str) -> datetime:
        """Return when the file last changed: now if it has uncommitted changes."""
        if path in self.uncommitted or path not in self.committed:
            return self.now
        return self.committed[path]

    def first_added(self, path: str) -> datetime:
        """Return when the file was first committed: now if it never was."""
        return self.added.get(path, self.now)

    def last_commit(self, path: str) -> str | None:
        """Return the short hash of the file's last commit, or None."""
        return self.last_commits.get(path)

    def describe(self, path: str) -> str:
        """Return the change in words: "last commit 2026-11-23 18:39" or uncommitted."""
        if path in self.uncommitted or path not in self.committed:
            return "uncommitted changes"
        return f"last commit {self.committed[path]:%Y-%m-%d %H:%M}"


def log_entries(output: str) -> list[tuple[str, datetime, str]]:
    """Return (file, commit time, hash) for every file of every commit, newest first,
    read from `git log --format=%x00%cI %h --name-only`."""
    entries, current = [], None
    for line in output.splitlines():
        if line.startswith("\0"):
            when, _, commit = line[1:].strip().partition(" ")
            current = (datetime.fromisoformat(when), commit)
        elif line.strip() and current is not None:
            entries.append((line, *current))
    return entries


def parse_log(output: str) -> dict[str, datetime]:
    """Map every file in the log to the time of its newest commit."""
    times: dict[str, datetime] = {}
    for path, when, _ in log_entries(output):
        times.setdefault(path, when)
    return times


def first_commits(output: str) -> dict[str, datetime]:
    """Map every file in the log to the time of its oldest commit."""
    # The log is newest first, so the last time seen for a file is its oldest.
    return {path: when for path, when, _ in log_entries(output)}


def last_hashes(output: str) -> dict[str, str]:
    """Map every file in the log to the short hash of its newest commit."""
    hashes: dict[str, str] = {}
    for path, _, commit in log_entries(output):
        hashes.setdefault(path, commit)
    return hashes


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
    log = log or ""
    return GitTimes(
        parse_log(log),
        parse_status(status or "", prefix),
        now,
        added=first_commits(log),
        last_commits=last_hashes(log),
    )
