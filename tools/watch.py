"""Watching the project and rebuilding on every change: `make devserver`.

The kernel tells what changed (inotify, through `watchfiles`); nothing is polled.
When only the text of existing content files changed, the last build's session
(plugins/multilingual/session.py) makes a quick rebuild, which writes just the files
that show it.
Anything else (a file added or removed, a theme, catalog, plugin or settings
change), a quick rebuild that declines, or a failed build before, means a full one.
Either way the build goes through staging: a failure leaves the site as it was.
"""

import contextlib
import gc
import io
import queue
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path

import watchfiles

from plugins.checks.core import MARKDOWN_SUFFIXES, CheckMemo
from plugins.checks.handlers import check_content, problems_in
from plugins.checks.policy import IGNORED_NAMES, is_ignored
from plugins.multilingual.session import BuildKind, Declined

from . import failure
from .build import Built, build_once, level_for_next_build
from .lock import BuildLock, LockTimeout


def watched_files(roots) -> set[str]:
    """Every file under the watched folders (or the file itself), read once."""
    files = set()
    for root in map(Path, roots):
        candidates = root.rglob("*") if root.is_dir() else [root]
        for path in candidates:
            if path.is_file() and "__pycache__" not in path.parts:
                files.add(str(path))
    return files


def watched_roots(settings, settings_file: str) -> list[Path]:
    """Content, theme, translations, plugins and the settings file."""
    project = Path(__file__).resolve().parent.parent
    roots = [
        Path(settings["PATH"]).resolve(),
        Path(settings["THEME"]).resolve(),
        project / "translations",
        project / "plugins",
        Path(settings_file).resolve(),
    ]
    return [root for root in roots if root.exists()]


def edited_content(
    known: set[str],
    changed: Iterable[str],
    content: Path,
    ignored: Sequence[str] = IGNORED_NAMES,
) -> list[str] | None:
    """Content-relative paths of the Markdown files edited in place (or saved over),
    None when anything else changed: a file added, removed or outside the content.

    `known` is the set of files before the change; a path that neither was there
    nor is there now (an editor's temporary file) does not count, nor does one in
    the content that the build never reads (`ignored`: IGNORE_FILES, matched
    against each name on the way, as Pelican and the checks do), such as a swap
    or lock file an editor keeps beside the text while it is open.
    """
    edited = []
    for name in sorted(set(changed)):
        path = Path(name)
        if is_skipped(path, content, ignored):
            continue
        before, now = name in known, path.is_file()
        if not before and not now and not path.exists():
            continue
        if not (before and now) or path.suffix.lower() not in MARKDOWN_SUFFIXES:
            return None
        if not path.is_relative_to(content):
            return None
        edited.append(path.relative_to(content).as_posix())
    return edited


def is_skipped(path: Path, content: Path, ignored: Sequence[str]) -> bool:
    """Whether a path is in the content folder under a name the build skips."""
    if not path.is_relative_to(content):
        return False
    return any(is_ignored(part, ignored) for part in path.relative_to(content).parts)


# After a quick rebuild, its record is saved once nothing changed for this long:
# the editor's page has reloaded by then (0.1-0.2 s after the build).
SETTLE_WHEN_IDLE_S = 1.0


def collect_young() -> None:
    """Look for cycles among the objects made since the last look (Python's two
    younger generations) while no editor waits. Left to Python, that look came
    in the middle of about every seventh quick rebuild at N=1000 and took 145 ms
    there; after each build it takes 4-6 ms (106 ms after a full one)."""
    gc.collect(1)


class TeeText(io.StringIO):
    """Writes through to a stream and keeps a copy of what was written."""

    def __init__(self, stream):
        super().__init__()
        self.stream = stream

    def write(self, text: str) -> int:
        """Write to both."""
        self.stream.write(text)
        self.stream.flush()
        return super().write(text)


class Watcher:
    """Builds when told what changed; quickly when it can."""

    def __init__(self, settings, settings_file: str):
        self.settings = settings
        self.roots = watched_roots(settings, settings_file)
        self.content = Path(settings["PATH"]).resolve()
        self.known: set[str] | None = None  # the watched files, after a full build
        self.last: Built | None = None  # the last build, if it succeeded
        self.failure: str | None = None  # what the last build printed, if it failed
        self.checked = CheckMemo()  # what the content checks keep between runs

    def step(self, changed: Iterable[str] = ()) -> Built | None | bool:
        """Rebuild after these paths changed (the first step always builds): the
        build, None when it failed, False when nothing that counts changed. What
        the last build left for later is done first (settle)."""
        self.settle()
        if self.known is None:
            return self.full()
        changed = set(changed)
        if not changed:
            return False
        ignored = self.settings.get("IGNORE_FILES", IGNORED_NAMES)
        edited = edited_content(self.known, changed, self.content, ignored)
        if edited == []:
            return False
        if edited and self.last is not None and self.last.session is not None:
            built = self.reported(make=self.quick_rebuild(edited))
            if isinstance(built, Declined):
                print(f"A full build: {built.reason}.", flush=True)
            else:  # after a failure, a full build follows
                self.last = built
                return built
        return self.full()

    def full(self) -> Built | None:
        """A full build; the watched files are listed again for the next step."""
        self.known = watched_files(self.roots)
        self.last = self.reported()
        # The build froze what Pelican read (tools.build.run_pelican); this process
        # lives on, and the next full build replaces it: let it be collected then.
        gc.unfreeze()
        if self.last is not None:
            self.ready_for_edits()
        return self.last

    def ready_for_edits(self) -> None:
        """After a full build, do now what the first quick rebuild would otherwise
        do while the editor waits: bring the next staging folder level with the
        output, and read every file for the content checks' memo (CheckMemo)."""
        level_for_next_build(self.settings)
        if "plugins.checks" in self.settings.get("PLUGINS", []):
            with contextlib.suppress(OSError):  # the next edit's checks will say
                problems_in(self.settings, self.checked)  # the build reported them
        collect_young()

    def reported(self, **options) -> Built | Declined | None:
        """tools.build.build_once, keeping what it printed when the build failed."""
        tee = TeeText(sys.stderr)
        with contextlib.redirect_stderr(tee):
            built = build_once(self.settings, **options)
        self.failure = None
        if built is None:
            self.failure = tee.getvalue().strip() or "Build failed."
        return built

    @property
    def unsettled(self) -> bool:
        """Whether the last build left work the page did not wait for (settle)."""
        session = self.last.session if self.last is not None else None
        return session is not None and session.unsaved_record is not None

    def settle(self) -> None:
        """Save the last quick rebuild's record, which the editor's page did not
        wait for: each step does it first, and watch() steps when the watch was
        idle for SETTLE_WHEN_IDLE_S after a build. It is saved under the build
        lock, for the output only while that is still the folder the rebuild
        wrote."""
        if not self.unsettled:
            return
        session = self.last.session
        self.last = replace(self.last, session=replace(session, unsaved_record=None))
        output = Path(self.settings["OUTPUT_PATH"])
        try:
            with BuildLock(output, timeout=0, say=lambda _text: None):
                saved = session.unsaved_record(output)
        except (LockTimeout, OSError) as error:
            saved, why = False, str(error)
        else:
            why = "another build published since"
        if not saved:
            print(
                f"The record of the last build was not saved ({why}): the next"
                " `make html` checks every page.",
                file=sys.stderr,
                flush=True,
            )
        collect_young()

    def quick_rebuild(self, edited: list[str]):
        """A `make` for tools.build: the checks, then the last session's quick
        rebuild (Declined when only a full build can tell)."""
        session = self.last.session

        def make(settings, folder: Path) -> Built | Declined:
            if "plugins.checks" in settings.get("PLUGINS", []):
                check_content(settings, self.checked, edited)
            rebuilt = session.quick(edited, folder, keep_record=False)
            if isinstance(rebuilt, Declined):
                return rebuilt
            written = list(rebuilt.output.written)  # all a quick rebuild changes
            return Built(rebuilt.output, rebuilt, BuildKind.QUICK, written)

        return make

    def survive(self, error: Exception) -> None:
        """Report an error outside the build (it is a bug) and start afresh."""
        output = Path(self.settings["OUTPUT_PATH"])
        self.failure = failure.crash_message(error, output)
        print(self.failure, file=sys.stderr, flush=True)
        self.known = set()  # every change that follows means a full build
        self.last = None


class KernelChanges:
    """Paths inotify reports changed (through watchfiles), gathered in a thread from
    the start, so that what changes during a build waits for the next one."""

    def __init__(self, roots, stop_event=None):
        self.roots = roots
        self.stop_event = stop_event or threading.Event()
        # A file watched by itself (the settings) is lost when an editor saves it
        # by replacing it: after it changed, watching starts again on the new file.
        self.single_files = {str(root) for root in roots if Path(root).is_file()}
        self.batches: queue.Queue[set[str] | None] = queue.Queue()
        self.ready = threading.Event()
        threading.Thread(target=self.run, daemon=True).start()
        self.ready.wait(5)

    def run(self) -> None:
        """Put each batch of changed paths in the queue; None once stopped."""
        while not self.stop_event.is_set():
            for batch in self.watch():
                paths = {path for _, path in batch}
                self.batches.put(paths)
                if paths & self.single_files:
                    break
        self.batches.put(None)

    def watch(self):
        """watchfiles' batches (it is watching once `ready` is set)."""
        batches = watchfiles.watch(
            *self.roots,
            debounce=100,
            step=50,
            stop_event=self.stop_event,
            yield_on_timeout=True,
            rust_timeout=500,
        )
        for batch in batches:
            self.ready.set()
            if batch:
                yield batch

    def next(self, timeout: float | None = None) -> set[str] | None:
        """Every path changed since the last call (waits for one, or an empty set
        after `timeout` seconds); None when stopped."""
        try:
            changed = self.batches.get(timeout=timeout)
        except queue.Empty:
            return set()
        while changed is not None and not self.batches.empty():
            more = self.batches.get()
            changed = None if more is None else changed | more
        return changed


def watch(
    settings,
    settings_file: str,
    on_build: Callable[[Watcher, Built | None], None] = lambda watcher, built: None,
    stop_event=None,
) -> None:
    """Build, then rebuild whenever the kernel reports a change; a failed build keeps
    the last good site, and nothing a build does stops the watching."""
    watcher = Watcher(settings, settings_file)
    changes: set[str] | None = set()
    kernel = KernelChanges(watcher.roots, stop_event)
    while changes is not None:
        try:
            built = watcher.step(changes)
        except Exception as error:  # noqa: BLE001 - the devserver must go on
            watcher.survive(error)
            built = None
        if built is not False:
            on_build(watcher, built)
            print("Watching for changes (Ctrl+C to stop)…", flush=True)
        # What the page need not wait for is done once the watch was idle for a
        # while (an empty set: step() settles, then builds nothing), so that it
        # does not slow the server answering the page's reload.
        changes = kernel.next(timeout=SETTLE_WHEN_IDLE_S if watcher.unsettled else None)
