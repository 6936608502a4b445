"""Watching the project and rebuilding on every change: `make devserver`.

When only the text of existing content files changed, the last build's session
(plugins/multilingual/session.py) makes a quick rebuild, which writes just the files
that show it.
Anything else (a file added or removed, a theme, catalog, plugin or settings
change), a quick rebuild that declines, or a failed build before, means a full one.
Either way the build goes through staging: a failure leaves the site as it was.
"""

import time
from pathlib import Path

from plugins.checks.core import MARKDOWN_SUFFIXES
from plugins.checks.handlers import check_content
from plugins.multilingual.session import BuildKind, Declined

from .build import Built, build_once


def watched_stamp(roots) -> dict[str, int]:
    """Every file under the watched folders (or the file itself): path → mtime."""
    files = {}
    for root in map(Path, roots):
        candidates = root.rglob("*") if root.is_dir() else [root]
        for path in candidates:
            if path.is_file() and "__pycache__" not in path.parts:
                files[str(path)] = path.stat().st_mtime_ns
    return files


def watched_roots(settings, settings_file: str) -> list[Path]:
    """Content, theme, translations, plugins and the settings file."""
    project = Path(__file__).resolve().parent.parent
    roots = [
        Path(settings["PATH"]),
        Path(settings["THEME"]),
        project / "translations",
        project / "plugins",
        Path(settings_file).resolve(),
    ]
    return [root for root in roots if root.exists()]


def edited_content(before, after, content: Path) -> list[str] | None:
    """Content-relative paths of the Markdown files edited between two stamps, or
    None when anything else changed."""
    if before is None or before.keys() != after.keys():
        return None
    edited = []
    for name in sorted(path for path in after if after[path] != before[path]):
        path = Path(name)
        if path.suffix.lower() not in MARKDOWN_SUFFIXES or not path.is_relative_to(
            content
        ):
            return None
        edited.append(path.relative_to(content).as_posix())
    return edited


class Watcher:
    """Builds when something changed since it last looked; quickly when it can."""

    def __init__(self, settings, settings_file: str):
        self.settings = settings
        self.roots = watched_roots(settings, settings_file)
        self.content = Path(settings["PATH"]).resolve()
        self.stamp: dict[str, int] | None = None
        self.last: Built | None = None  # the last build, if it succeeded
        self.checked: dict = {}  # the content checks' per-file results
        self.rewritten: list[str] | None = None  # see staging.prepare_staging

    def step(self) -> Built | None | bool:
        """Rebuild if anything changed: the build, None when it failed, False
        when nothing changed."""
        current = watched_stamp(self.roots)
        if current == self.stamp:
            return False
        edited = edited_content(self.stamp, current, self.content)
        self.stamp = current
        if edited and self.last is not None and self.last.session is not None:
            built = build_once(
                self.settings,
                make=self.quick_rebuild(edited),
                rewritten=self.rewritten,
            )
            if isinstance(built, Declined):
                print(f"A full build: {built.reason}.", flush=True)
            else:
                # A quick rebuild only writes files: the next staging folder needs
                # just those relinked. After a failure, a full build follows.
                self.rewritten = built.output.written if built else None
                self.last = built
                return built
        # A full build may copy and remove files: the next staging compares trees.
        self.rewritten = None
        self.last = build_once(self.settings)
        return self.last

    def quick_rebuild(self, edited: list[str]):
        """A `make` for tools.build: the checks, then the last session's quick
        rebuild (Declined when only a full build can tell)."""
        session = self.last.session

        def make(settings, folder: Path) -> Built | Declined:
            if "plugins.checks" in settings.get("PLUGINS", []):
                check_content(settings, self.checked)
            rebuilt = session.quick(edited, folder)
            if isinstance(rebuilt, Declined):
                return rebuilt
            return Built(rebuilt.output, rebuilt, BuildKind.QUICK)

        return make


def watch(settings, settings_file: str, interval: float = 1.0) -> None:
    """Rebuild whenever something changes; a failed build keeps the last good site."""
    watcher = Watcher(settings, settings_file)
    while True:
        if watcher.step() is not False:
            print("Watching for changes (Ctrl+C to stop)…", flush=True)
        time.sleep(interval)
