"""Measuring one build: wall and CPU time, peak memory, and which files changed.

CPU time is the user and system time of the build process and every descendant it
waited for (`os.wait4` on the child). Memory is measured twice: a thread samples the
whole process tree every 50 ms from /proc, adding up each process's proportional set
size (PSS: pages shared by forked workers count once; it can miss a peak shorter
than 50 ms), and `ru_maxrss` gives the exact peak RSS of the largest single process.
The report shows the larger of the two. The processes of a sample are read one after
another: a worker forked in between would count the pages it shares with its parent
twice (the parent whole, read before the fork, and the worker's share after it; one
clean build read 940 MB where the largest process had 489 MB), so a sample during
which the tree gained or lost a process is left out.
"""

import hashlib
import os
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
SAMPLE_SECONDS = 0.05


@dataclass(frozen=True)
class ProcessRun:
    """What one measured command did and cost."""

    status: int
    wall_s: float
    user_s: float
    sys_s: float
    tree_rss_mb: float  # sampled sum of PSS over the process tree
    max_rss_mb: float  # exact peak of the largest single process
    stdout: str
    stderr: str

    @property
    def cpu_s(self) -> float:
        """User plus system time of the process tree."""
        return self.user_s + self.sys_s

    @property
    def peak_rss_mb(self) -> float:
        """The larger of the sampled tree peak and the exact single-process peak."""
        return max(self.tree_rss_mb, self.max_rss_mb)


def children_of(pid: int) -> list[int]:
    """Direct children of a process, from /proc/<pid>/task/*/children."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def resident_bytes(pid: int) -> int:
    """The proportional set size of one process, else its RSS (0 once it exited)."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    try:
        pages = Path(f"/proc/{pid}/statm").read_text().split()[1]
    except (OSError, IndexError):
        return 0
    return int(pages) * PAGE_SIZE


def tree_pids(root: int) -> list[int]:
    """A process and all its descendants."""
    found, pending = [], [root]
    while pending:
        pid = pending.pop()
        found.append(pid)
        pending += children_of(pid)
    return found


def tree_rss(root: int) -> int | None:
    """Resident bytes (PSS) of a process and all its descendants; None when a
    process started or ended while they were read (see above)."""
    pids = tree_pids(root)
    total = sum(resident_bytes(pid) for pid in pids)
    return total if sorted(tree_pids(root)) == sorted(pids) else None


class TreeSampler(threading.Thread):
    """Samples the process tree's resident set until stopped; keeps the peak."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = 0
        self.done = threading.Event()

    def run(self):
        """Sample every 50 ms."""
        while not self.done.is_set():
            sampled = tree_rss(self.pid)
            if sampled is not None:
                self.peak = max(self.peak, sampled)
            self.done.wait(SAMPLE_SECONDS)


def run_measured(argv: list[str], cwd: Path, env: dict) -> ProcessRun:
    """Run a command to completion and measure it."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(argv, cwd=cwd, env=env, stdout=out, stderr=err)
        sampler = TreeSampler(process.pid)
        sampler.start()
        _pid, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        sampler.done.set()
        sampler.join()
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return ProcessRun(
            status=process.returncode,
            wall_s=wall,
            user_s=usage.ru_utime,
            sys_s=usage.ru_stime,
            tree_rss_mb=sampler.peak / 2**20,
            max_rss_mb=usage.ru_maxrss / 1024,  # KiB on Linux
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
        )


def snapshot(root: Path) -> dict[str, tuple[int, int, int]]:
    """Every file under root: relative path → (inode, mtime in ns, size)."""
    found = {}
    pending = [root]
    while pending:
        folder = pending.pop()
        try:
            entries = list(os.scandir(folder))
        except FileNotFoundError:
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                pending.append(Path(entry.path))
            else:
                stat = entry.stat(follow_symlinks=False)
                relative = Path(entry.path).relative_to(root).as_posix()
                found[relative] = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
    return found


def contents(root: Path) -> dict[str, str]:
    """Every file under root: relative path → a digest of its bytes."""
    return {
        path: hashlib.sha1((root / path).read_bytes()).hexdigest()
        for path in snapshot(root)
    }


def same_bytes(root: Path, written: list[str], before: dict[str, str]) -> list[str]:
    """Written files whose bytes are what they were before (see contents())."""
    return [
        path
        for path in written
        if path in before
        and hashlib.sha1((root / path).read_bytes()).hexdigest() == before[path]
    ]


def changed_files(before: dict, after: dict) -> tuple[list[str], list[str]]:
    """Paths written (new, or another inode or mtime) and paths removed."""
    written = sorted(path for path, stamp in after.items() if before.get(path) != stamp)
    removed = sorted(set(before) - set(after))
    return written, removed


KINDS = ("page", "text", "print", "feed", "calendar", "search", "other")


def file_kind(path: str) -> str:
    """What an output file is: a full page, a text or print view, a feed, …

    Text views live under text/, print views under …/print/; everything under
    <prefix>/feeds/ counts as feeds and under <prefix>/calendar/ (and every .ics)
    as calendars, their HTML lists included; other .html files are full pages.
    """
    parts = path.split("/")
    if parts[0] == "text":
        return "text"
    if "print" in parts[:-1]:
        return "print"
    if parts[0] == "pagefind":
        return "search"
    if len(parts) > 2 and parts[1] == "feeds":
        return "feed"
    if path.endswith(".ics") or (len(parts) > 2 and parts[1] == "calendar"):
        return "calendar"
    return "page" if path.endswith(".html") else "other"


def count_kinds(paths) -> dict[str, int]:
    """How many paths of each kind."""
    counts = dict.fromkeys(KINDS, 0)
    for path in paths:
        counts[file_kind(path)] += 1
    return counts


def html_pages(paths) -> int:
    """How many of the paths are HTML pages (any view)."""
    return sum(1 for path in paths if path.endswith(".html"))
