"""`make bench`: time clean and incremental builds of a synthetic corpus.

    python -m bench [--items 1000] [--runs 3] [--seed 1] [--compare FILE] [--profile]

Each run builds the corpus with Hugo (the speed reference, when `hugo` is installed)
and with plain Pelican (the baseline), then the site from clean (no cache), again
from clean with the cache kept (warm), after editing one English item, then after
adding one. The report shows medians, compares against the targets of issues 9 and 20,
and is written to bench/results/n<N>.json.
"""

import argparse
import importlib.util
import json
import os
import platform
import re
import runpy
import shutil
import subprocess
import sys
from pathlib import Path
from statistics import median

from . import browser, corpus, hugo, measure, report, search
from .plan import plan_corpus
from .profile import profile_build
from .words import LANGUAGES

PROJECT = Path(__file__).resolve().parents[1]
BENCH_CONF = PROJECT / "bench" / "bench.conf.py"
PLAIN_CONF = PROJECT / "bench" / "plain.conf.py"
BUILT = re.compile(r" in ([\d.]+) s: (\d+) files written, (\d+) unchanged")
RESIDENT = re.compile(r"Resident rebuild: ([\d.]+) s wall, ([\d.]+) s CPU")
RESIDENT_RUN = 100  # marks the devserver's edit apart from the one-shot edit
SAMPLE = 12
PROFILER = "pyinstrument==5.1.3"  # pin it in requirements-dev.txt


class BenchError(Exception):
    """The benchmark cannot go on; the message says why."""


class Workspace:
    """The corpus, outputs and cache of one corpus size, under bench/work/n<N>/."""

    def __init__(self, root: Path):
        self.root = root
        self.content = root / "content"
        self.output = root / "output"
        self.plain = root / "plain-output"
        self.hugo_site = root / "hugo-site"
        self.hugo_output = root / "hugo-output"
        self.cache = root / "cache"
        self.env = {**os.environ, "BENCH_CACHE_PATH": str(self.cache)}

    def build_args(self) -> list[str]:
        """`tools.build` arguments for the bench settings."""
        folders = ["--input", str(self.content), "--output", str(self.output)]
        return ["tools.build", "--settings", str(BENCH_CONF), *folders]

    def clear_build(self, keep_cache: bool = False) -> None:
        """Remove the output, its staging leftovers and (unless kept) the cache."""
        leftovers = [
            self.output.with_name(f".output.{s}")
            for s in ("building", "previous", "state")
        ]
        cache = [] if keep_cache else [self.cache]
        for path in (self.output, *cache, *leftovers):
            shutil.rmtree(path, ignore_errors=True)


def corpus_stats(count: int, seed: int) -> dict:
    """What the corpus holds: files, items per language, events."""
    plans = plan_corpus(count, seed)
    per_language = {}
    for plan in plans:
        for language in plan.languages:
            per_language[language] = per_language.get(language, 0) + 1
    return {
        "markdown_files": sum(per_language.values())
        + len(LANGUAGES) * len(corpus.PAGES),
        "items_per_language": per_language,
        "events": sum(plan.kind == "events" for plan in plans),
    }


def record(run: measure.ProcessRun, written: list[str], after: dict) -> dict:
    """The numbers of one measured build."""
    built = BUILT.search(run.stdout)
    return {
        "wall_s": run.wall_s,
        "cpu_s": run.cpu_s,
        "user_s": run.user_s,
        "sys_s": run.sys_s,
        "peak_rss_mb": run.peak_rss_mb,
        "tree_rss_mb": run.tree_rss_mb,
        "max_rss_mb": run.max_rss_mb,
        "build_s": float(built[1]) if built else None,
        "written": int(built[2]) if built else None,
        "unchanged": int(built[3]) if built else None,
        "changed": len(written),
        "by_kind": measure.count_kinds(written),
        "html_pages": measure.html_pages(after),
        "sample": written[:SAMPLE],
    }


def picture_report(env: dict) -> Path:
    """Where a build says what it did with the pictures (plugins/media)."""
    return Path(env["BENCH_CACHE_PATH"]) / "media" / "last-build.json"


def picture_numbers(path: Path) -> dict:
    """Seconds spent on pictures and how many were processed (not from the cache);
    nothing for a build without the media plugin."""
    try:
        said = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {"images_s": said["seconds"], "images_processed": said["processed"]}


def measured_build(argv: list[str], env: dict, output: Path, before: dict) -> tuple:
    """Run one build; its record and the output snapshot after it."""
    pictures = picture_report(env)
    pictures.unlink(missing_ok=True)
    run = measure.run_measured([sys.executable, "-m", *argv], PROJECT, env)
    if run.status != 0:
        raise BenchError(f"{' '.join(argv[:1])} failed:\n{run.stderr[-3000:]}")
    after = measure.snapshot(output)
    written, _removed = measure.changed_files(before, after)
    return {**record(run, written, after), **picture_numbers(pictures)}, after


def with_rates(entry: dict) -> dict:
    """Pages per second and ms per page of a build from clean (every page written)."""
    entry["pages_per_s"] = entry["html_pages"] / entry["wall_s"]
    entry["ms_per_page"] = entry["wall_s"] * 1000 / entry["html_pages"]
    return entry


def touched(written: list[str], slug: str, same: list[str]) -> tuple[dict, list[str]]:
    """Counts of rewritten files (the item's own, feeds, others, rewritten with the
    bytes they had) and the others."""
    own = [path for path in written if f"/{slug}/" in path]
    feeds = [p for p in written if p not in own and measure.file_kind(p) == "feed"]
    other = [p for p in written if p not in own and p not in feeds]
    counts = {"own": len(own), "feeds": len(feeds), "other": len(other)}
    return {**counts, "same_bytes": len(same)}, other


def plain_build(ws: Workspace) -> dict:
    """Plain Pelican from clean: the baseline."""
    shutil.rmtree(ws.plain, ignore_errors=True)
    argv = ["pelican", str(ws.content), "-s", str(PLAIN_CONF), "-o", str(ws.plain)]
    return with_rates(measured_build(argv + ["-q"], ws.env, ws.plain, {})[0])


def hugo_build(ws: Workspace) -> dict | None:
    """Hugo from clean over the same corpus: the speed reference (None without it)."""
    binary = hugo.available()
    if binary is None:
        return None
    shutil.rmtree(ws.hugo_output, ignore_errors=True)
    argv = hugo.build_argv(binary, ws.hugo_site, ws.hugo_output)
    run = measure.run_measured(argv, PROJECT, ws.env)
    if run.status != 0:
        raise BenchError(f"hugo failed:\n{run.stderr[-3000:]}")
    after = measure.snapshot(ws.hugo_output)
    return with_rates(record(run, sorted(after), after))


def edit_build(ws: Workspace, before: dict, edited: Path) -> tuple[dict, dict]:
    """The build after one item changed: which files it rewrote, and whether any of
    them got the very bytes it had (a rewrite that should not have happened)."""
    contents = measure.contents(ws.output)
    entry, after = measured_build(ws.build_args(), ws.env, ws.output, before)
    written, _removed = measure.changed_files(before, after)
    same = measure.same_bytes(ws.output, written, contents)
    entry["touched"], other = touched(written, edited.name.split(".")[0], same)
    entry["sample"] = (other + [path for path in written if path not in other])[:SAMPLE]
    return entry, after


def resident_edit(ws: Workspace, before: dict, edited: Path, text: str) -> dict:
    """The same kind of edit, rebuilt by a warm process as `make devserver` does."""
    new_text = ws.root / "resident-edit.md"
    new_text.write_text(text, encoding="utf-8")
    argv = ["bench.resident", *ws.build_args()[1:], "--edit", str(edited)]
    run = measure.run_measured(
        [sys.executable, "-m", *argv, "--text", str(new_text)], PROJECT, ws.env
    )
    if run.status != 0:
        raise BenchError(f"the resident rebuild failed:\n{run.stderr[-3000:]}")
    after = measure.snapshot(ws.output)
    written, _removed = measure.changed_files(before, after)
    entry = record(run, written, after)
    rebuilt = RESIDENT.search(run.stdout)
    entry["wall_s"], entry["cpu_s"] = float(rebuilt[1]), float(rebuilt[2])
    last_build = BUILT.findall(run.stdout)[-1]
    entry["build_s"], entry["written"], entry["unchanged"] = (
        float(last_build[0]),
        int(last_build[1]),
        int(last_build[2]),
    )
    return entry


def project_stamp() -> tuple:
    """Paths, sizes and mtimes of the code, theme and settings a build depends on."""
    files = [
        (f"{root}/{path}", stamp[1:])
        for root in ("plugins", "theme", "tools", "translations")
        for path, stamp in measure.snapshot(PROJECT / root).items()
        if "__pycache__" not in path
    ]
    settings = (PROJECT / "pelican.conf.py").stat()
    return (*sorted(files), (settings.st_mtime_ns, settings.st_size))


# Edits of the edited item's metadata, measured after its text edit (the issue's
# target: <= 3 s): a title, which pages only show, then a date, which moves the
# item in every list.
METADATA_EDITS = (
    ("title", corpus.retitled_text),
    ("date", lambda text, _run: corpus.redated_text(text)),
)


def one_run(ws: Workspace, count: int, seed: int, number: int) -> dict:
    """Plain Pelican, then clean, edit and add builds of our site."""
    stamp = project_stamp()
    result = run_scenarios(ws, count, seed, number)
    # In a shared checkout someone may change a template mid-run: every page of the
    # next build then differs, and the incremental numbers mean nothing.
    result["project_changed"] = project_stamp() != stamp
    return result


def run_scenarios(ws: Workspace, count: int, seed: int, number: int) -> dict:
    """The four measured builds of one run."""
    result = {"hugo": hugo_build(ws), "plain": plain_build(ws)}
    ws.clear_build()
    clean, after = measured_build(ws.build_args(), ws.env, ws.output, {})
    result["clean"] = with_rates(clean)
    ws.clear_build(keep_cache=True)
    warm, after = measured_build(ws.build_args(), ws.env, ws.output, {})
    result["warm"] = with_rates(warm)
    edited = ws.content / corpus.edited_path(count, seed)
    original = edited.read_text(encoding="utf-8")
    added_path, added_text = corpus.added_item(count, seed)
    added = ws.content / added_path
    try:
        text = corpus.edited_text(original, number)
        edited.write_text(text, encoding="utf-8")
        result["edit"], after = edit_build(ws, after, edited)
        for name, metadata in METADATA_EDITS:  # each on top of the one before
            text = metadata(text, number)
            edited.write_text(text, encoding="utf-8")
            result[name], after = edit_build(ws, after, edited)
        # the devserver's edit below starts from the item as it was
        edited.write_text(corpus.edited_text(original, number), encoding="utf-8")
        added.write_text(added_text, encoding="utf-8")
        result["add"], after = measured_build(ws.build_args(), ws.env, ws.output, after)
        text = corpus.edited_text(original, number + RESIDENT_RUN)
        result["resident"] = resident_edit(ws, after, edited, text)
    finally:
        edited.write_text(original, encoding="utf-8")
        added.unlink(missing_ok=True)
    return result


def check_corpus(ws: Workspace) -> None:
    """The corpus must pass the content checks, like an editor's content."""
    argv = ["tools.check", "--settings", str(BENCH_CONF), "--input", str(ws.content)]
    run = measure.run_measured([sys.executable, "-m", *argv], PROJECT, ws.env)
    if run.status != 0:
        raise BenchError(f"the corpus fails the content checks:\n{run.stdout[-3000:]}")
    print(f"Content checks: no errors ({run.wall_s:.1f} s).", flush=True)


def search_measurement(ws: Workspace, clean_wall: float) -> dict:
    """One clean build with the search plugin on, then Pagefind alone."""
    if "plugins.search" not in project_plugins():
        return {"note": "plugins.search is not in PLUGINS: nothing to measure."}
    ws.clear_build()
    env = {**ws.env, "BENCH_SEARCH": "1"}
    entry, _after = measured_build(ws.build_args(), env, ws.output, {})
    alone = search.index_alone(ws.output, ws.env)
    return {
        "clean_wall_s_with_search": entry["wall_s"],
        "pagefind_alone": alone,
        "note": search.describe(entry["wall_s"], clean_wall, alone),
    }


def browser_measurement(ws: Workspace, count: int, seed: int) -> dict:
    """The devserver as an editor sees it: from saving the edited item to its open
    page showing the new text (bench/browser.py); a note when it cannot be run."""
    why = browser.unavailable()
    if why is not None:
        return {"note": why}
    edited = ws.content / corpus.edited_path(count, seed)
    try:
        seen = browser.seen_after_saves(
            BENCH_CONF, ws.content, edited, ws.root / "devserver-output", ws.env
        )
    except AssertionError as error:
        raise BenchError(f"the browser measurement failed: {error}") from error
    times = ", ".join(f"{value:.2f}" for value in seen["seen_s"])
    found = median(seen["found_s"])
    note = (
        f"median {seen['wall_s']:.2f} s of {times} s to the reloaded page's first"
        f" paint; Playwright found the text after {found:.2f} s (median)"
    )
    return {**seen, "note": note}


def project_plugins() -> list[str]:
    """PLUGINS of the project's pelican.conf.py."""
    return list(runpy.run_path(str(PROJECT / "pelican.conf.py")).get("PLUGINS", []))


def load_baseline(path: Path | None) -> dict | None:
    """N and ms per page of an earlier result, for --compare."""
    if path is None:
        return None
    earlier = json.loads(path.read_text(encoding="utf-8"))
    return {
        "n": earlier["n"],
        "ms_per_page": earlier["summary"]["clean"]["ms_per_page"],
    }


def machine() -> dict:
    """What the numbers were measured on: cores, load, Python, the code's commit."""
    git = ["git", "-C", str(PROJECT)]
    head = subprocess.run([*git, "rev-parse", "--short", "HEAD"], capture_output=True)
    dirty = subprocess.run([*git, "status", "--porcelain"], capture_output=True)
    return {
        "cpus": os.cpu_count(),
        "load": f"{os.getloadavg()[0]:.2f}",
        "python": platform.python_version(),
        "commit": head.stdout.decode().strip() + ("+changes" if dirty.stdout else ""),
    }


def run_line(number: int, result: dict) -> str:
    """A progress line after each run."""
    warning = (
        " (the project changed during this run)" if result["project_changed"] else ""
    )
    return (
        f"Run {number}: "
        + ", ".join(
            f"{name} {result[name]['wall_s']:.1f} s"
            for name, _label in report.SCENARIOS
            if result.get(name)
        )
        + warning
    )


def parse_args(argv):
    """The command line of `python -m bench`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1000, help="N: items in English")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, default=PROJECT / "bench" / "work")
    parser.add_argument("--results", type=Path, default=PROJECT / "bench" / "results")
    parser.add_argument(
        "--compare", type=Path, help="an earlier result, e.g. n1000.json"
    )
    parser.add_argument(
        "--profile", action="store_true", help="also profile a clean build"
    )
    return parser.parse_args(argv)


def main(argv=None) -> int:
    """Generate, check, build RUNS times, report, write JSON."""
    args = parse_args(argv)
    if args.profile and importlib.util.find_spec("pyinstrument") is None:
        print(f"make bench: --profile needs {PROFILER} (pip install {PROFILER}).")
        return 1
    ws = Workspace(args.work / f"n{args.items}")
    started_load = machine()
    corpus.write_files(ws.content, corpus.corpus_files(args.items, args.seed))
    print(f"Corpus: N={args.items}, seed {args.seed}, in {ws.content}", flush=True)
    if hugo.available():
        hugo.write_site(ws.content, ws.hugo_site)
    else:
        print(f"Hugo is not installed ({hugo.HINT}): no ratio to Hugo.", flush=True)
    try:
        check_corpus(ws)
        runs = []
        for number in range(1, args.runs + 1):
            runs.append(one_run(ws, args.items, args.seed, number))
            print(run_line(number, runs[-1]), flush=True)
        summary = report.summarise(runs)
        result = {
            "n": args.items,
            "seed": args.seed,
            "runs": args.runs,
            "machine": started_load,
            "corpus": corpus_stats(args.items, args.seed),
            "summary": summary,
            "ratio_to_plain": report.ratio(
                summary["clean"]["wall_s"], summary["plain"]["wall_s"]
            ),
            "ratio_to_hugo": report.hugo_ratios(summary),
            "search": search_measurement(ws, summary["clean"]["wall_s"]),
            "browser": browser_measurement(ws, args.items, args.seed),
            "project_changed": any(run["project_changed"] for run in runs),
            "raw_runs": runs,
        }
        result["targets"] = report.targets(
            summary, load_baseline(args.compare), result["browser"]
        )
        if args.profile:
            ws.clear_build()
            session = ws.root / "clean-build.pyisession"
            serial = {**ws.env, "BENCH_PROCESSES": "1"}  # see bench.conf.py
            result["profile"] = profile_build(ws.build_args(), session, serial)
    except BenchError as error:
        print(f"make bench failed: {error}", file=sys.stderr)
        return 1
    text = report.format_report(result)
    print(text)
    args.results.mkdir(parents=True, exist_ok=True)
    target = args.results / f"n{args.items}.json"
    target.write_text(
        json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    if args.profile:
        (args.results / f"profile-n{args.items}.txt").write_text(
            result["profile"] + "\n"
        )
        print("\n" + result["profile"])
    print(f"\nWrote {target}")
    return 0
