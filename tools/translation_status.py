"""`make translations`: every item in every language, present, missing or outdated.

    python -m tools.translation_status [--settings FILE] [--input DIR] [--strict]
                                       [--lang CODE] [--no-git]
                                       [--colour auto|always|never]

The original of an item is the file without `Translation: true` (tools.editors.
originals says what happens when several or none lack it). A translation is
outdated when its original changed after it: a later Modified (or Date) line, or,
in a git work tree, a later last commit (uncommitted changes count as now). The
report ends with the commands to run next. --lang shows one language only. With
--strict the exit status is 1 when a translation (of that language) is missing,
outdated or still a draft.
"""

import argparse
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from plugins.checks.name_rules import tags_of
from plugins.checks.tag_rules import read_tag_file
from tools.editors.content import group_versions, read_versions
from tools.editors.git_times import git_times
from tools.editors.languages import EditorError, resolve_language
from tools.editors.settings import Site, load_site
from tools.editors.status import has_gaps, latin_overrides, one_language, status_rows
from tools.editors.status_report import report


def use_colour(choice: str, stream) -> bool:
    """Colour only a terminal, and never when NO_COLOR is set, unless forced."""
    if choice != "auto":
        return choice == "always"
    return stream.isatty() and not os.environ.get("NO_COLOR")


def shown_root(content_root: Path) -> str:
    """Return the content folder as a path from the current folder, for commands."""
    try:
        return content_root.resolve().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return content_root.as_posix()


def site_report(
    site: Site, *, use_git: bool, colour: bool, lang: str = ""
) -> tuple[str, bool]:
    """Return the report of a site (of one language when lang is given) and whether
    anything is missing or outdated."""
    versions = read_versions(
        site.content_root, site.languages, site.default_language, site.slugify
    )
    history = git_times(site.content_root, datetime.now(UTC)) if use_git else None
    groups = group_versions(versions)
    rows = status_rows(groups, site.written, site.fallback, history)
    rows = one_language(rows, lang) if lang else rows
    unknown = sorted(v.path for v in versions if v.lang not in site.languages)
    overrides = latin_overrides(groups, history) if lang in ("", "sr") else []
    shown = [v for v in versions if not lang or v.lang == lang]
    text = report(
        rows,
        (lang,) if lang else site.written,
        fallback=site.fallback,
        overrides=overrides,
        unknown=unknown,
        untabled=untabled_tags(site.content_root, shown),
        colour=colour,
        root=shown_root(site.content_root),
    )
    return text, has_gaps(rows)


def untabled_tags(content_root: Path, versions) -> list[str]:
    """The tags of these versions that tags.toml does not name (none without it),
    each once, as first written."""
    table, problems = read_tag_file(content_root)
    if table is None or problems:  # make check reports the file's own mistakes
        return []
    found: dict[str, str] = {}
    for version in versions:
        for tag in tags_of(version.item):
            if table.key_of(tag) is None:
                found.setdefault(tag.casefold(), tag)
    return sorted(found.values(), key=str.casefold)


def main(argv=None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--settings", default="pelican.conf.py")
    parser.add_argument("--input", help="content folder (default: PATH setting)")
    parser.add_argument("--strict", action="store_true", help="exit 1 on any gap")
    parser.add_argument("--lang", default="", help="show one language only")
    parser.add_argument("--no-git", action="store_true", help="ignore git history")
    parser.add_argument("--colour", choices=("auto", "always", "never"))
    args = parser.parse_args(argv)
    try:
        site = load_site(args.settings, args.input)
        lang = resolve_language(args.lang, site.written) if args.lang else ""
    except EditorError as problem:
        print(problem, file=sys.stderr)
        return 1
    colour = use_colour(args.colour or "auto", sys.stdout)
    text, gaps = site_report(site, use_git=not args.no_git, colour=colour, lang=lang)
    print(text)
    return 1 if args.strict and gaps else 0


if __name__ == "__main__":
    sys.exit(main())
