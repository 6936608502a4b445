"""One build at a time, and one plain message for whatever makes a build fail."""

import errno
import os
import threading
import time

import pytest

from plugins.base.confine import OutputPathError
from plugins.base.progress import working_on
from plugins.base.settings import ConfigError, SiteError
from plugins.checks.handlers import ContentCheckError
from plugins.multilingual.generator import ContentError
from plugins.multilingual.session import Declined
from plugins.search.indexer import SearchIndexError
from tools import build, lock, staging

from .test_swap import NEW, OLD, files_of, settings_for, site_maker, write


@pytest.fixture
def output(tmp_path):
    """A published site."""
    root = tmp_path / "output"
    write(root, OLD)
    return root


def failing(error: BaseException, step: str = ""):
    """A `make` that writes half a site, then raises (inside a named step)."""

    def make(settings, folder):
        write(folder, {"half.html": "written before the failure"})
        if not step:
            raise error
        with working_on(step):
            raise error

    return make


def test_the_lock_is_beside_the_output_names_its_holder_and_is_released(output):
    said = []
    with lock.BuildLock(output) as held:
        assert held.path == output.with_name(".output.state") / "lock"
        assert held.path.read_text() == str(os.getpid())
    with lock.BuildLock(output, timeout=0, say=said.append):
        pass
    assert said == []  # free again at once: nothing to announce


def test_a_build_that_cannot_get_the_lock_in_time_refuses(output):
    said = []
    with lock.BuildLock(output):
        waiting = lock.BuildLock(output, timeout=0.3, say=said.append)
        with pytest.raises(lock.LockTimeout) as refused:
            waiting.__enter__()
    pid = os.getpid()
    assert said == [f"Waiting for another build of {output} (pid {pid}) to finish…"]
    assert str(refused.value) == (
        f"Another build of {output} (pid {pid}) is still running after 0.3 s; "
        f"this build stopped without changing anything. Fix: wait until it "
        f"finishes and build again; if it hangs, stop it (kill {pid}) first, or "
        f"wait longer with --lock-timeout SECONDS."
    )


def test_the_waiting_build_goes_on_when_the_first_one_ends(output):
    said = []
    holder = lock.BuildLock(output).__enter__()
    threading.Timer(0.4, holder.__exit__, args=(None, None, None)).start()
    started = time.monotonic()
    with lock.BuildLock(output, timeout=5, say=said.append):
        waited = time.monotonic() - started
    assert 0.3 < waited < 5
    assert len(said) == 1


def test_a_bug_is_one_message_naming_the_page_and_the_log(output, capsys):
    error = ZeroDivisionError("division by zero")
    make = failing(error, "rendering en/news/a/index.html")
    assert build.build_once(settings_for(output), make=make) is None
    log = output.with_name(".output.state") / "crash.log"
    assert capsys.readouterr().err.splitlines() == [
        "Build failed; the previous site is unchanged.",
        "Unexpected error while rendering en/news/a/index.html: "
        "ZeroDivisionError: division by zero",
        "This is a bug in the site generator, not a mistake in the content. "
        f"The full traceback is in {log}: please attach it to a bug report.",
    ]
    saved = log.read_text()
    assert "While: rendering en/news/a/index.html" in saved
    assert "Traceback (most recent call last):" in saved
    assert files_of(output) == OLD
    # Set aside for the next build, never published.
    assert files_of(staging.retired_path(output))["half.html"]


@pytest.mark.parametrize(
    "error_class",
    [ConfigError, ContentError, ContentCheckError, OutputPathError, SearchIndexError],
)
def test_an_editors_error_is_told_by_its_own_message(output, capsys, error_class):
    assert issubclass(error_class, SiteError)
    make = failing(error_class("news/a.md:3: error: Date is not a date."))
    assert build.build_once(settings_for(output), make=make) is None
    assert capsys.readouterr().err == (
        "Build failed; the previous site is unchanged.\n"
        "news/a.md:3: error: Date is not a date.\n"
    )
    assert not (output.with_name(".output.state") / "crash.log").exists()


def test_an_error_is_the_editors_by_its_class_not_its_name(output, capsys):
    class ContentError(Exception):  # a bug that happens to share a name
        pass

    make = failing(ContentError("news/a.md:3: error: Date is not a date."))
    assert build.build_once(settings_for(output), make=make) is None
    lines = capsys.readouterr().err.splitlines()
    assert lines[1] == (
        "Unexpected error: ContentError: news/a.md:3: error: Date is not a date."
    )


def test_a_full_disk_removes_the_work_folders(output, capsys):
    staged = str(staging.staging_path(output) / "en" / "index.html")
    make = failing(OSError(errno.ENOSPC, "No space left on device", staged))
    assert build.build_once(settings_for(output), make=make) is None
    assert capsys.readouterr().err.splitlines() == [
        "Build failed; the previous site is unchanged.",
        f"The disk holding {output} is full (writing {staged}); the unfinished "
        "build was removed. Fix: free space on that disk, then build again.",
    ]
    assert sorted(p.name for p in output.parent.iterdir()) == [
        ".output.state",
        "output",
    ]
    assert files_of(output) == OLD


@pytest.mark.parametrize(
    ("code", "reason"),
    [(errno.EROFS, "read-only file system"), (errno.EACCES, "permission denied")],
)
def test_a_folder_the_build_may_not_write(output, capsys, code, reason):
    make = failing(OSError(code, os.strerror(code), str(output.parent)))
    assert build.build_once(settings_for(output), make=make) is None
    assert capsys.readouterr().err.splitlines()[1] == (
        f"Cannot write {output.parent}: {reason}. Fix: let the user who builds "
        f"write to {output.parent} (the output and its work folders are made "
        f"there), or build into another folder with --output (OUTPUTDIR= for make)."
    )


def test_a_file_the_build_may_not_read(output, tmp_path, capsys):
    source = tmp_path.parent / "elsewhere" / "news.md"
    make = failing(PermissionError(errno.EACCES, "Permission denied", str(source)))
    assert build.build_once(settings_for(output), make=make) is None
    assert capsys.readouterr().err.splitlines()[1] == (
        f"Cannot read {source}: permission denied. Fix: give the user who builds "
        "read access to it, then build again."
    )


def test_without_a_site_before_the_message_does_not_claim_one(tmp_path, capsys):
    output = tmp_path / "output"
    make = failing(RuntimeError("boom"))
    assert build.build_once(settings_for(output), make=make) is None
    first = capsys.readouterr().err.splitlines()[0]
    assert first == f"Build failed; no site is published in {output}."


def test_a_successful_build_after_a_failure_publishes_exactly_its_site(output):
    build.build_once(settings_for(output), make=failing(RuntimeError("boom")))
    assert build.build_once(settings_for(output), make=site_maker(NEW))
    assert files_of(output) == NEW


def test_a_declined_build_is_left_to_its_caller(output, capsys):
    declined = Declined("the metadata of news/a.md changed")

    def make(settings, folder):
        write(folder, {"half.html": "written before it declined"})
        return declined

    assert build.build_once(settings_for(output), make=make) is declined
    assert files_of(output) == OLD
    assert not staging.staging_path(output).exists()
    assert capsys.readouterr().out == ""  # the caller says what follows
