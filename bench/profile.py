"""Profile one clean build with pyinstrument and say where the time goes.

    python -m bench.profile bench/work/n1000/clean-build.pyisession

Three views of the same samples: time by activity (Markdown parsing, Jinja rendering,
feeds, …: the innermost frame that names one), self time by package (time in the
standard library and built-ins is charged to the package that called it), and the
inclusive time of project functions. pyinstrument is a development tool: pin it in
requirements-dev.txt.
"""

import subprocess
import sys
from collections import Counter
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
SITE_PACKAGES = "/site-packages/"
# (part of a frame's file path, activity); the first match wins
ACTIVITIES = (
    ("/plugins/base/sanitize", "HTML sanitising"),
    ("/plugins/checks/", "content checks"),
    ("/site-packages/markdown/", "Markdown parsing"),
    ("/plugins/figures/", "Markdown parsing"),
    ("/plugins/editor_metadata/", "Markdown parsing"),
    ("/site-packages/jinja2/", "Jinja rendering"),
    ("/site-packages/markupsafe/", "Jinja rendering"),
    ("/theme/templates/", "Jinja rendering"),
    ("/plugins/base/transliteration/", "transliteration (sr-Latn)"),
    ("/plugins/views/", "text and print views"),
    ("/plugins/feeds/", "feeds"),
    ("/site-packages/feedgen/", "feeds"),
    ("/plugins/calendar/", "calendar"),
    ("/site-packages/icalendar/", "calendar"),
    ("/plugins/sitemap/", "sitemap"),
    ("/site-packages/babel/", "dates and names (Babel)"),
    ("/plugins/multilingual/output.py", "writing files (compare, replace)"),
    ("/tools/staging.py", "staging and pruning"),
    ("/site-packages/pelican/cache.py", "Pelican content cache"),
    ("/site-packages/pelican/", "Pelican core (reading, links)"),
    ("/plugins/multilingual/", "multilingual (registry, plans, contexts)"),
)


def activity_of(path: str | None) -> str | None:
    """The activity a frame's file stands for, if it names one."""
    for part, activity in ACTIVITIES:
        if path and part in path:
            return activity
    return None


def package_of(path: str | None) -> str | None:
    """The package or project folder of a frame; None for stdlib and built-ins."""
    if not path:
        return None
    if SITE_PACKAGES in path:
        return path.split(SITE_PACKAGES)[1].split("/")[0]
    if path.startswith(str(PROJECT)):
        parts = Path(path).relative_to(PROJECT).parts
        return "/".join(parts[:2]) if parts[0] == "plugins" else parts[0]
    return None


def attribute(root) -> tuple[Counter, Counter, Counter]:
    """Time by activity, self time by package, inclusive time of project functions."""
    by_activity, by_package, by_function = Counter(), Counter(), Counter()
    pending = [(root, "other", "python", frozenset())]
    while pending:
        frame, activity, package, active = pending.pop()
        path = frame.file_path
        activity = activity_of(path) or activity
        package = package_of(path) or package
        key = f"{frame.function} ({package})"
        mine = path and path.startswith(str(PROJECT)) and SITE_PACKAGES not in path
        if mine and not path.endswith(".html") and key not in active:
            by_function[key] += frame.time
            active = active | {key}
        by_activity[activity] += frame.total_self_time
        by_package[package] += frame.total_self_time
        pending += [
            (child, activity, package, active)
            for child in frame.children
            if not child.is_synthetic
        ]
    return by_activity, by_package, by_function


def share_lines(title: str, counts: Counter, total: float, top: int) -> list[str]:
    """A ranked list: seconds and share of the total."""
    lines = [title]
    for name, seconds in counts.most_common(top):
        lines.append(f"  {seconds:7.1f} s {seconds / total:6.1%}  {name}")
    return lines


def summarise_session(path: Path) -> str:
    """The three rankings of a saved pyinstrument session."""
    from pyinstrument.session import Session

    root = Session.load(path).root_frame()
    by_activity, by_package, by_function = attribute(root)
    total = root.time
    return "\n".join(
        [f"profile of one clean build in one process: {total:.1f} s sampled"]
        + share_lines("time by activity:", by_activity, total, 20)
        + share_lines(
            "self time by package (stdlib charged to the caller):",
            by_package,
            total,
            12,
        )
        + share_lines("project functions, inclusive time:", by_function, total, 25)
    )


def profile_build(build_argv: list[str], session: Path, env: dict) -> str:
    """Run one build under pyinstrument, save the session, return the summary."""
    argv = [sys.executable, "-m", "pyinstrument", "-r", "pyisession"]
    argv += ["-o", str(session), "-m", *build_argv]
    subprocess.run(argv, cwd=PROJECT, env=env, check=True, capture_output=True)
    return summarise_session(session)


if __name__ == "__main__":
    print(summarise_session(Path(sys.argv[1])))
