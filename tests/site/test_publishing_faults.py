"""Real builds against real faults: two builds at once, a bug in a template, a
read-only folder and a full disk (small file systems mounted for the test).

The mounts are made in a private mount namespace (`unshare -m`, or `unshare -rm` for
a user who is not root), so they vanish with the process even if a test is killed.
Where namespaces are not allowed the mount tests are skipped, except under CI,
where they fail.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tools.build import load_settings
from tools.watch import Watcher

from .conftest import ROOT, SETTINGS, build_site
from .test_safe_publishing import tree_digest

TINY_NEWS = """Title: Tiny news
Date: 2024-05-01
Lang: en
Slug: tiny-news

{text}
"""
SETTINGS_WITH = """import runpy
globals().update(
    {{k: v for k, v in runpy.run_path({settings!r}).items() if k.isupper()}}
)
{extra}
"""

# Run inside the mount namespace: mount a small tmpfs, put a previous site on it,
# make it read-only or leave it small, build, and tell what happened as JSON.
IN_NAMESPACE = """
import hashlib, json, pathlib, subprocess, sys
mount_point, options, read_only, content, settings = sys.argv[1:6]
place = pathlib.Path(mount_point)
mount = ["mount", "-t", "tmpfs", "-o", options, "tmpfs", mount_point]
subprocess.run(mount, check=True)
output = place / "output"
output.mkdir()
(output / "index.html").write_text("previous site")
(output / "en").mkdir()
(output / "en" / "index.html").write_text("previous English home")
def digest():
    return {p.relative_to(output).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(output.rglob("*")) if p.is_file()}
before = digest()
if read_only == "1":
    subprocess.run(["mount", "-o", "remount,ro", mount_point], check=True)
build = subprocess.run(
    [sys.executable, "-m", "tools.build", "--settings", settings,
     "--input", content, "--output", str(output)],
    capture_output=True, text=True, timeout=300,
)
print(json.dumps({
    "returncode": build.returncode, "stdout": build.stdout, "stderr": build.stderr,
    "unchanged": digest() == before,
    "beside": sorted(p.name for p in place.iterdir()),
    "state": sorted(p.name for p in (place / ".output.state").glob("*")),
}))
"""


def tiny_content(folder: Path, text: str) -> Path:
    """A content folder of one English news item: the quickest real build."""
    news = folder / "news"
    news.mkdir(parents=True, exist_ok=True)
    (news / "one.en.md").write_text(TINY_NEWS.format(text=text), encoding="utf-8")
    return folder


def settings_with(tmp_path: Path, extra: str) -> Path:
    """The fixture site's settings plus some lines."""
    path = tmp_path / "faults.conf.py"
    path.write_text(SETTINGS_WITH.format(settings=str(SETTINGS), extra=extra))
    return path


def start_build(output: Path, content: Path, log: Path) -> subprocess.Popen:
    """A build of the fixture settings in the background; stderr goes to `log`."""
    command = [sys.executable, "-m", "tools.build", "--settings", str(SETTINGS)]
    with open(log, "w", encoding="utf-8") as stderr:
        return subprocess.Popen(
            [*command, "--input", str(content), "--output", str(output)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            text=True,
        )


def wait_for_text(path: Path, text: str, process: subprocess.Popen) -> None:
    """Poll until a file holds the text; the process must not end first."""
    deadline = time.monotonic() + 60
    while not (path.exists() and text in path.read_text(encoding="utf-8")):
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.01)


def test_two_builds_at_once_both_succeed_one_after_the_other(tmp_path):
    output = tmp_path / "output"
    content = tmp_path / "content"
    lock = output.with_name(".output.state") / "lock"
    logs = tmp_path / "first.log", tmp_path / "second.log"
    for round_number in range(3):
        tiny_content(content, f"Round {round_number} of two builds at once.")
        first = start_build(output, content, logs[0])
        wait_for_text(lock, str(first.pid), first)  # it holds the lock
        first.send_signal(signal.SIGSTOP)  # ... and keeps it until the other waits
        second = start_build(output, content, logs[1])
        waiting = f"Waiting for another build of {output} (pid {first.pid}) to finish…"
        wait_for_text(logs[1], waiting, second)
        first.send_signal(signal.SIGCONT)
        assert (first.wait(120), second.wait(120)) == (0, 0), [
            log.read_text(encoding="utf-8") for log in logs
        ]
        assert logs[1].read_text(encoding="utf-8").splitlines() == [waiting]
        assert logs[0].read_text(encoding="utf-8") == ""
    clean = tmp_path / "clean"
    result = build_site(clean, extra=["--input", str(content)])
    assert result.returncode == 0, result.stderr
    assert tree_digest(output) == tree_digest(clean)
    page = output / "en/news/tiny-news/index.html"
    assert "Round 2 of two builds" in page.read_text(encoding="utf-8")


def test_a_bug_gives_one_message_naming_the_page_and_keeps_the_site(tmp_path):
    content = tiny_content(tmp_path / "content", "A page a broken template renders.")
    output = tmp_path / "output"
    assert build_site(output, extra=["--input", str(content)]).returncode == 0
    before = tree_digest(output)
    templates = tmp_path / "templates"
    templates.mkdir()
    item = (ROOT / "theme/templates/item.html").read_text(encoding="utf-8")
    broken = item.replace("{% block content %}", "{% block content %}{{ 1 // 0 }}")
    assert broken != item
    (templates / "item.html").write_text(broken, encoding="utf-8")
    settings = settings_with(
        tmp_path, f"THEME_TEMPLATES_OVERRIDES = [{str(templates)!r}]"
    )
    result = build_site(output, settings=settings, extra=["--input", str(content)])
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    log = output.with_name(".output.state") / "crash.log"
    assert result.stderr.splitlines()[-3:] == [
        "Build failed; the previous site is unchanged.",
        "Unexpected error while rendering en/news/tiny-news/index.html: "
        "ZeroDivisionError: integer division or modulo by zero",
        "This is a bug in the site generator, not a mistake in the content. "
        f"The full traceback is in {log}: please attach it to a bug report.",
    ]
    assert "Traceback (most recent call last):" in log.read_text(encoding="utf-8")
    assert tree_digest(output) == before

    # The devserver reports the same and goes on watching.
    folders = type("Args", (), {"settings": str(settings), "input": str(content)})
    folders.output = str(output)
    watcher = Watcher(load_settings(folders), str(settings))
    assert watcher.step() is None
    assert tree_digest(output) == before
    (templates / "item.html").write_text(item, encoding="utf-8")
    later = settings.stat().st_mtime_ns + 1_000_000_000
    os.utime(settings, ns=(later, later))  # the devserver watches the settings file
    assert watcher.step({str(settings.resolve())})


def namespace_command() -> list[str]:
    """How to enter a private mount namespace as this user."""
    return ["unshare", "-m"] if os.geteuid() == 0 else ["unshare", "-rm"]


def in_small_file_system(tmp_path, options: str, read_only: bool) -> dict:
    """Build the tiny site onto a tmpfs mounted with `options`; what happened."""
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        assert not os.environ.get("CI"), "unshare and mount are needed in CI"
        pytest.skip("needs unshare and mount (util-linux)")
    content = tiny_content(tmp_path / "content", "A site too big for its disk.")
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    probe = subprocess.run([*namespace_command(), "true"], capture_output=True)
    if probe.returncode != 0:
        assert not os.environ.get("CI"), probe.stderr
        pytest.skip(f"mount namespaces are not allowed here: {probe.stderr!r}")
    flag = "1" if read_only else "0"
    arguments = [str(mount_point), options, flag, str(content), str(SETTINGS)]
    done = subprocess.run(
        [*namespace_command(), sys.executable, "-c", IN_NAMESPACE, *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert not any(mount_point.iterdir()), "the mount leaked out of its namespace"
    return json.loads(done.stdout)


def test_a_read_only_output_folder_is_a_plain_message(tmp_path):
    happened = in_small_file_system(tmp_path, "size=4m", read_only=True)
    place = tmp_path / "small"
    assert happened["returncode"] == 1
    assert "Traceback" not in happened["stdout"] + happened["stderr"]
    assert happened["stderr"].splitlines() == [
        "Build failed; the previous site is unchanged.",
        f"Cannot write {place}/.output.state: read-only file system. Fix: let the "
        f"user who builds write to {place} (the output and its work folders are "
        "made there), or build into another folder with --output (OUTPUTDIR= for "
        "make).",
    ]
    assert happened["unchanged"]
    assert happened["beside"] == ["output"]


def test_a_full_disk_is_a_plain_message_and_leaves_no_work_folder(tmp_path):
    happened = in_small_file_system(tmp_path, "size=1m", read_only=False)
    place = tmp_path / "small"
    assert happened["returncode"] == 1
    assert "Traceback" not in happened["stdout"] + happened["stderr"]
    lines = happened["stderr"].splitlines()
    assert lines[-2] == "Build failed; the previous site is unchanged."
    assert lines[-1].startswith(f"The disk holding {place}/output is full (")
    assert lines[-1].endswith(
        "); the unfinished build was removed. Fix: free space on that disk, "
        "then build again."
    )
    assert happened["unchanged"]
    assert happened["beside"] == [".output.state", "output"]
    # Bookkeeping only: the lock, and the record of the pages the build had made.
    assert "lock" in happened["state"]
    assert all(n.startswith("fingerprints-") for n in happened["state"] if n != "lock")
