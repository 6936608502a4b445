"""`make newpost` and `make translate`: start a content file the checker accepts.

    python -m tools.scaffold new --lang lv --title "…" [--section news|events|pages]
                                 [--slug …] [--settings FILE] [--input DIR]
    python -m tools.scaffold translate --slug … --lang bg [--section …]
                                       [--settings FILE] [--input DIR]

Prints the new file's path on standard output and notes on standard error. Refuses
(exit status 1, nothing written) an existing file, an unknown language or slug, or
an empty title.
"""

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tools.editors.create import plan_new_item, plan_translation, write_new_file
from tools.editors.git_times import git_times
from tools.editors.languages import EditorError
from tools.editors.settings import load_site


def build_parser() -> argparse.ArgumentParser:
    """Return the command line: two subcommands sharing --settings and --input."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    new = commands.add_parser("new", help="a new item in one language")
    new.add_argument("--lang", default="")
    new.add_argument("--title", default="")
    new.add_argument("--section", default="news")
    new.add_argument("--slug", default="")
    translate = commands.add_parser("translate", help="a translation stub")
    translate.add_argument("--slug", default="")
    translate.add_argument("--lang", default="")
    translate.add_argument("--section", default="")
    for command in (new, translate):
        command.add_argument("--settings", default="pelican.conf.py")
        command.add_argument("--input", help="content folder (default: PATH setting)")
    return parser


def today_in(timezone: str):
    """Return today's date in the site's time zone."""
    try:
        return datetime.now(ZoneInfo(timezone)).date()
    except (ZoneInfoNotFoundError, ValueError):
        raise EditorError(
            f'TIMEZONE "{timezone}" in the settings is not a time zone name.'
        ) from None


def shown_path(path: Path) -> str:
    """Return the path relative to the current folder when it is inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def main(argv=None) -> int:
    """Command-line entry point."""
    args = build_parser().parse_args(argv)
    try:
        site = load_site(args.settings, args.input)
        if args.command == "new":
            today = today_in(site.timezone)
            planned = plan_new_item(
                site, args.lang, args.title, args.section, today, args.slug
            )
        else:
            history = git_times(site.content_root, datetime.now(UTC))
            planned = plan_translation(
                site, args.slug, args.lang, args.section, history
            )
        target = write_new_file(site, planned)
    except EditorError as problem:
        print(problem, file=sys.stderr)
        return 1
    for note in planned.notes:
        print(note, file=sys.stderr)
    print(shown_path(target))
    return 0


if __name__ == "__main__":
    sys.exit(main())
