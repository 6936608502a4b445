"""Build the site safely: check content, build into staging, swap into the output.

    python -m tools.build [--settings pelican.conf.py] [--input content]
                          [--output output] [--link-check] [--lock-timeout SECONDS]

A content or settings problem prints one clear list and exits with status 1; the
previous output stays exactly as it was. With --link-check, a broken internal link
in the new site (tools/linkcheck.py) fails the build the same way. Anything else that
goes wrong (a full disk, a read-only folder, a bug) is one plain message too, never a
traceback. One build at a time writes an output folder: another one waits for it.
Rebuilding on every change is tools/devserver.py (tools/watch.py), built on this
module; this module knows nothing of them.
"""

import argparse
import gc
import logging
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from pelican import Pelican, signals
from pelican.log import init as init_logging
from pelican.settings import read_settings

from plugins.base.cache import cache_root, untrusted_cache
from plugins.base.reader_cache import drop_stale_reader_cache, readers_digest
from plugins.base.settings import SiteError
from plugins.multilingual.fingerprints import PUBLISHED_SETTING
from plugins.multilingual.generator import session_of
from plugins.multilingual.output import OutputTree
from plugins.multilingual.session import BuildKind, BuildSession, Declined

from . import failure, linkcheck, staging, swap
from .lock import DEFAULT_TIMEOUT, BuildLock, LockTimeout

logger = logging.getLogger("build")

# Python's cycle collector looks at young objects every 700 allocations, and at the
# whole heap (every item, every page plan) whenever it grew by a quarter. A build
# allocates millions of long-lived objects and frees few cycles. `make html`
# freezes what Pelican read once it has read it (run_pelican): later collections
# skip it (GC 0.59 -> 0.36 s of a one-edit build at N=1000, same peak memory). The
# devserver, a long-lived process, also collects young objects every 50,000
# allocations (tune_collector): 0.6 s of a 2.6 s quick rebuild went to collecting
# nothing; a one-shot build does not, as it raised a clean build's peak by 20 MB.
# `make html` also freezes what it imported before it builds (main): the full
# collection while Pelican reads went over every module's objects too (GC 0.27 ->
# 0.21 s of a one-edit build, median of 3).
YOUNG_COLLECTION_EVERY = 50_000


def tune_collector() -> None:
    """Collect cycles less often (see YOUNG_COLLECTION_EVERY): for the devserver."""
    _young, *older = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION_EVERY, *older)


class ErrorCounter(logging.Handler):
    """Remembers every ERROR Pelican or a plugin logged during a build."""

    def __init__(self):
        super().__init__(level=logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record):
        """Keep the formatted message."""
        self.messages.append(record.getMessage())


class BuildFailed(Exception):
    """The build did not produce a complete site; the message says why."""


@dataclass(frozen=True)
class Built:
    """A published build: what it wrote, its kind, and the session it leaves for
    quick rebuilds (plugins/multilingual/session.py)."""

    output: OutputTree
    session: BuildSession | None = None
    kind: BuildKind = BuildKind.FULL
    # The files whose names the build may have pointed at new files or removed:
    # the next build's staging folder relinks only these (staging.keep_changed).
    # None: unknown, the next build compares the trees.
    changed: list[str] | None = None


def load_settings(args) -> dict:
    """Pelican settings with the command line's input and output folders."""
    override = {}
    if args.input:
        override["PATH"] = str(Path(args.input).resolve())
    settings = read_settings(args.settings, override=override)
    if args.output:
        settings["OUTPUT_PATH"] = str(Path(args.output).resolve())
    return with_trusted_cache(settings)


def with_trusted_cache(settings: dict) -> dict:
    """The settings, with Pelican's pickled reader cache left unread when its folder
    could have been written by someone else (see base.cache.untrusted_cache)."""
    root = cache_root(settings)
    if root is None or not settings.get("LOAD_CONTENT_CACHE"):
        return settings
    reason = untrusted_cache(root)
    if reason:
        logger.warning(
            "build: not reading Pelican's content cache: %s. Fix: chmod go-w it,"
            " or delete the folder (make clean).",
            reason,
        )
        return {**settings, "LOAD_CONTENT_CACHE": False}
    if drop_stale_reader_cache(root, readers_digest(settings)):
        logger.info(
            "build: plugin code, Markdown settings or library versions changed since"
            " Pelican's content cache was made: every file is read again."
        )
    return settings


def run_pelican(settings) -> list:
    """Run Pelican once and return its generators (they share one context)."""
    captured = {}

    def capture(generators):
        captured["generators"] = generators
        gc.freeze()  # what Pelican read lives until the build ends (see above)

    signals.all_generators_finalized.connect(capture)
    try:
        Pelican(settings).run()
    finally:
        signals.all_generators_finalized.disconnect(capture)
    return captured["generators"]


def expected_files(session) -> set[str]:
    """Every file the build produced or kept: pages, feeds, theme files, documents,
    and the pictures plugins/media published (their originals never are)."""
    media = session.pelican.context.get("media")
    return session.produced() | (media.files if media is not None else set())


def full_build(settings, folder: Path) -> Built:
    """Pelican and every plugin over all content, into a staging folder."""
    generators = run_pelican(
        {
            **settings,
            "OUTPUT_PATH": str(folder),
            PUBLISHED_SETTING: settings["OUTPUT_PATH"],
        }
    )
    session = session_of(generators)
    expected = expected_files(session)
    removed = staging.prune(folder, expected, session.output.listing)
    # Untouched: found as they were and written by no one (a file one writer wrote
    # and another then found unchanged was still written).
    untouched = set(session.output.unchanged) - set(session.output.written)
    changed = (expected - untouched) | set(removed)
    return Built(session.output, session, session.kind, sorted(changed))


def check_links(folder: Path, site_url: str) -> None:
    """Stop the build when a page in staging has a broken internal link."""
    report = linkcheck.check_folder(folder, site_url)
    if report.broken:
        raise BuildFailed(linkcheck.format_report(report))
    print(linkcheck.format_report(report))


def build(
    settings,
    link_check: bool = False,
    make=full_build,
    lock_timeout: float = DEFAULT_TIMEOUT,
) -> Built | Declined:
    """One build into staging, swapped in only when everything succeeded.

    `make(settings, folder)` writes the site into the staging folder and says what
    it wrote, or answers Declined (a quick rebuild only a full build can do);
    either, or whatever it raises, leaves the published site as it was. The staging
    folder starts from the list of files the last build changed, when it left one
    (staging.keep_changed). Another build of the same output is waited for.
    """
    output = Path(settings["OUTPUT_PATH"])
    with BuildLock(output, lock_timeout):
        recovered = swap.recover(output)
        if recovered:
            print(recovered, file=sys.stderr, flush=True)
        return build_locked(settings, output, link_check, make)


def build_locked(settings, output: Path, link_check, make) -> Built | Declined:
    """The build itself, once this process alone writes the output (see build)."""
    errors = ErrorCounter()
    logging.getLogger().addHandler(errors)
    folder = staging.staging_path(output)
    first = not output.exists()
    try:
        listed = staging.take_changed(output)  # left by the last build
        folder = staging.prepare_staging(output, listed)
        staging.unlink_outdated_statics(
            Path(settings["PATH"]), settings.get("STATIC_PATHS", []), folder
        )
        built = make(settings, folder)
        if isinstance(built, Declined):
            staging.discard(folder, output)
            return built
        if errors.messages:
            raise BuildFailed("\n".join(errors.messages))
        if link_check:
            check_links(folder, settings["SITEURL"])
        swap.swap_in(folder, output)  # raises only while the old site is in place
    except BaseException as error:
        set_aside(folder, output, error)
        raise
    finally:
        logging.getLogger().removeHandler(errors)
    if built.changed is not None:  # a first build's retired output is a copy of it
        changed = [] if first else built.changed
        swap.published_cleanup(lambda: staging.keep_changed(output, changed), output)
    return built


def level_for_next_build(settings) -> bool:
    """Bring the output the last swap retired level with the output, so that the
    next build's staging folder is ready: for the devserver, right after a full
    build, instead of when the editor saves (comparing the trees takes half a
    second at N=1000). The list of changed files it leaves is then empty: the next
    build relinks nothing. False when it was not done (another build holds the
    lock, there is no retired output, or the disk said no): the next build goes by
    the list the last build left, or compares the trees itself."""
    output = Path(settings["OUTPUT_PATH"])
    retired = staging.retired_path(output)
    try:
        with BuildLock(output, timeout=0, say=lambda _text: None):
            if not output.is_dir() or not retired.is_dir():
                return False
            if (
                staging.staging_path(output).exists()
                or swap.journal_path(output).exists()
            ):
                return False  # a build was cut short: the next one sorts it out
            staging.mirror_links(output, retired)
            staging.keep_changed(output, [])
    except (LockTimeout, OSError) as error:
        logger.debug("build: the next staging folder is left as it was: %s", error)
        return False
    return True


def set_aside(folder: Path, output: Path, error: BaseException) -> None:
    """Keep a failed build's folder for the next one, unless the disk is full."""
    try:
        if failure.disk_full(error):
            staging.remove_work_folders(output)
        else:
            staging.discard(folder, output)
    except OSError as cleanup:  # the failure itself is what must be reported
        logger.warning("build: could not remove %s: %s", folder, cleanup)


def is_editors(error: Exception) -> bool:
    """An editor's or site owner's mistake, with its own message: every plugin's
    such errors (ConfigError, ContentCheckError, OutputPathError...) are SiteErrors."""
    return isinstance(error, SiteError)


def failure_report(error: Exception, output: Path) -> str:
    """The one message of a failed build: what became of the site, then why."""
    if output.is_dir():
        site = "the previous site is unchanged"
    else:
        site = f"no site is published in {output}"
    if isinstance(error, BuildFailed | LockTimeout) or is_editors(error):
        reason = str(error)
    else:
        reason = failure.plain_message(error, output)
        if reason is None:
            reason = failure.crash_message(error, output)
    return f"Build failed; {site}.\n{reason}"


def build_once(
    settings,
    link_check: bool = False,
    make=full_build,
    lock_timeout: float = DEFAULT_TIMEOUT,
) -> Built | Declined | None:
    """Build and report; None (with one clear message) when the build failed, and
    a Declined as `make` answered it (nothing was published)."""
    started = time.perf_counter()
    try:
        built = build(settings, link_check, make, lock_timeout)
    except Exception as error:
        report = failure_report(error, Path(settings["OUTPUT_PATH"]))
        print(report, file=sys.stderr, flush=True)
        return None
    if isinstance(built, Declined):
        return built
    output = built.output
    quick = {
        BuildKind.QUICK: " (quick rebuild)",
        BuildKind.REVISED: " (only pages showing changed text were rendered)",
    }.get(built.kind, "")
    print(
        f"Built {settings['OUTPUT_PATH']} in {time.perf_counter() - started:.1f} s: "
        f"{len(output.written)} files written, {len(output.unchanged)} unchanged"
        f"{quick}."
    )
    return built


def main(argv=None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--settings", default="pelican.conf.py")
    parser.add_argument("--input", help="content folder (default: PATH setting)")
    parser.add_argument("--output", help="output folder (default: OUTPUT_PATH)")
    parser.add_argument(
        "--link-check",
        action="store_true",
        help="fail the build when an internal link is broken (tools/linkcheck.py)",
    )
    parser.add_argument(
        "--lock-timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help="how long to wait for another build of the same output "
        f"(default {DEFAULT_TIMEOUT:g})",
    )
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    init_logging(logging.INFO if args.verbose else logging.WARNING)
    settings = load_settings(args)
    gc.freeze()  # modules and settings live until the process ends (see above)
    built = build_once(
        settings, link_check=args.link_check, lock_timeout=args.lock_timeout
    )
    return 0 if built else 1


if __name__ == "__main__":
    sys.exit(main())
