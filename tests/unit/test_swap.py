"""The swap: the output is the whole old site or the whole new one, whatever happens.

A child process runs the swap and SIGKILLs itself before its k-th file system step,
for every k; then the state is checked and an ordinary build (with a stand-in for
Pelican) must recover and publish a complete site.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from plugins.base.beside import state_folder, tree_identity
from plugins.multilingual.output import OutputTree
from tools import build, staging, swap

ROOT = Path(__file__).resolve().parents[2]
OLD = {"index.html": "old home", "en/news/a/index.html": "old a", "en/feed.xml": "f"}
NEW = {"index.html": "new home", "en/news/b/index.html": "new b", "en/feed.xml": "f"}
NEWEST = {"index.html": "newest home", "en/feed.xml": "f2"}

# Run in a child: count the swap's file system steps, die before step KILL_AT.
CHILD = """
import os, pathlib, signal, sys
from tools import swap

kill_at, exchange, staged, output = int(sys.argv[1]), sys.argv[2], *sys.argv[3:]
steps = 0


def step(function):
    def counted(*args, **kwargs):
        global steps
        if steps == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        steps += 1
        return function(*args, **kwargs)
    return counted


os.replace = step(os.replace)
pathlib.Path.unlink = step(pathlib.Path.unlink)
swap.remove_tree = step(swap.remove_tree)
swap.begin = step(swap.begin)
swap.exchange = step(swap.exchange if exchange == "1" else lambda first, second: False)
swap.swap_in(pathlib.Path(staged), pathlib.Path(output))
print(steps)
"""


def write(root: Path, files: dict) -> None:
    """Create files (path → text) under a folder."""
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def files_of(root: Path) -> dict | None:
    """Every file under a folder (path → text); None when the folder is missing."""
    if not root.is_dir():
        return None
    return {
        path.relative_to(root).as_posix(): path.read_text()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def site_maker(files: dict):
    """A `make` for tools.build that writes these files instead of running Pelican."""

    def make(settings, folder: Path) -> build.Built:
        tree = OutputTree(folder)
        for relative, text in files.items():
            tree.write(relative, text)
        staging.prune(folder, set(files))
        return build.Built(tree)

    return make


def settings_for(output: Path) -> dict:
    """The few settings tools.build reads itself."""
    return {"OUTPUT_PATH": str(output), "PATH": str(output.parent), "STATIC_PATHS": []}


@pytest.fixture
def swapping(tmp_path):
    """A published old site and a complete staged new one, as before a swap."""
    output = tmp_path / "output"
    write(output, OLD)
    write(staging.staging_path(output), NEW)
    return output


def run_child(kill_at: int, exchange: bool, output: Path):
    """Swap in a child process killed before step `kill_at`."""
    return subprocess.run(
        [
            sys.executable,
            "-c",
            CHILD,
            str(kill_at),
            "1" if exchange else "0",
            str(staging.staging_path(output)),
            str(output),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("exchange", [True, False], ids=["exchange", "two-renames"])
def test_a_kill_at_every_step_of_the_swap_loses_nothing(tmp_path, exchange):
    kill_at, finished, states = 0, False, []
    while not finished:
        case = tmp_path / f"kill-{kill_at}"
        output = case / "output"
        write(output, OLD)
        write(staging.staging_path(output), NEW)
        write(staging.retired_path(output), {"stale.html": "from a killed build"})
        child = run_child(kill_at, exchange, output)
        finished = child.returncode == 0
        if exchange or finished:
            # One renameat2 call: never a moment without a complete site.
            assert files_of(output) in (OLD, NEW), kill_at
        else:
            assert files_of(output) in (OLD, NEW, None), kill_at
        states.append(files_of(output))
        built = build.build(settings_for(output), make=site_maker(NEWEST))
        assert files_of(output) == NEWEST, kill_at
        assert built.output.root == staging.staging_path(output)
        assert not staging.staging_path(output).exists()
        assert not swap.journal_path(output).exists()
        kill_at += 1
    assert kill_at == int(child.stdout) + 1
    assert OLD in states and NEW in states
    # Between the two renames there is no output: the journal brings it back.
    assert (None in states) != exchange


def test_an_interrupted_two_rename_swap_publishes_the_checked_site(swapping):
    swap.begin(staging.staging_path(swapping), swapping)
    swapping.rename(staging.retired_path(swapping))  # ... and killed here
    journal = json.loads(swap.journal_path(swapping).read_text())
    assert journal["new"] == tree_identity(staging.staging_path(swapping))
    said = swap.recover(swapping)
    assert said == (
        f"The last build of {swapping} was interrupted while publishing: "
        "its new site, complete and checked, is now published."
    )
    assert files_of(swapping) == NEW
    assert files_of(staging.retired_path(swapping)) == OLD
    assert not swap.journal_path(swapping).exists()


def test_an_interrupted_swap_without_the_new_site_puts_the_old_one_back(swapping):
    swap.begin(staging.staging_path(swapping), swapping)
    swapping.rename(staging.retired_path(swapping))
    staging.remove_tree(staging.staging_path(swapping))
    said = swap.recover(swapping)
    assert said == (
        f"The last build of {swapping} was interrupted while publishing: "
        "the site published before it is back in place."
    )
    assert files_of(swapping) == OLD


def test_a_journal_with_the_output_in_place_is_only_removed(swapping):
    swap.begin(staging.staging_path(swapping), swapping)
    assert swap.recover(swapping) is None
    assert files_of(swapping) == OLD
    assert not swap.journal_path(swapping).exists()


def test_the_exchange_is_one_step_and_keeps_the_old_site_as_retired(swapping):
    assert swap.RENAMEAT2 is not None, "glibc renameat2 is expected on Linux"
    new_identity = tree_identity(staging.staging_path(swapping))
    swap.swap_in(staging.staging_path(swapping), swapping)
    assert files_of(swapping) == NEW
    assert tree_identity(swapping) == new_identity
    assert files_of(staging.retired_path(swapping)) == OLD
    assert sorted(p.name for p in swapping.parent.iterdir()) == [
        ".output.previous",
        ".output.state",
        "output",
    ]
    assert list(state_folder(swapping).iterdir()) == []


def test_without_exchange_two_renames_give_the_same_result(swapping, monkeypatch):
    monkeypatch.setattr(swap, "RENAMEAT2", None)
    swap.swap_in(staging.staging_path(swapping), swapping)
    assert files_of(swapping) == NEW
    assert files_of(staging.retired_path(swapping)) == OLD
    assert not swap.journal_path(swapping).exists()


def test_a_failed_second_rename_puts_the_old_site_back(swapping, monkeypatch):
    monkeypatch.setattr(swap, "RENAMEAT2", None)
    real_replace = swap.os.replace

    def replace(source, target):
        if Path(source) == staging.staging_path(swapping):
            raise OSError(28, "No space left on device", str(target))
        real_replace(source, target)

    monkeypatch.setattr(swap.os, "replace", replace)
    with pytest.raises(OSError, match="No space left"):
        swap.swap_in(staging.staging_path(swapping), swapping)
    assert files_of(swapping) == OLD
    assert not swap.journal_path(swapping).exists()


def test_the_first_site_is_moved_in_without_a_journal(tmp_path):
    output = tmp_path / "output"
    write(staging.staging_path(output), NEW)
    swap.swap_in(staging.staging_path(output), output)
    assert files_of(output) == NEW
    assert not swap.journal_path(output).exists()
    # and the next build's staging folder is ready: hard links to the same files
    retired = staging.retired_path(output)
    assert files_of(retired) == NEW
    for relative in NEW:
        assert (retired / relative).stat().st_ino == (output / relative).stat().st_ino


def test_a_failed_copy_for_the_next_build_leaves_the_first_site_published(
    tmp_path, monkeypatch
):
    def full_disk(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(swap, "link_tree", full_disk)
    output = tmp_path / "output"
    write(staging.staging_path(output), NEW)
    swap.swap_in(staging.staging_path(output), output)
    assert files_of(output) == NEW
    assert not staging.retired_path(output).exists()
