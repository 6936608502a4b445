"""`make check`: list every content problem without building anything.

    python -m tools.check [--settings pelican.conf.py] [--input content]

Exit status 1 when there is an error, 0 when there are only warnings or none.
After the problems, one line per draft and per scheduled item (Date after the
build day), with its date.
"""

import argparse
import sys
from pathlib import Path

from pelican.settings import read_settings

from plugins.checks.core import format_report
from plugins.checks.handlers import problems_in, unpublished_in
from plugins.checks.problem import ERROR


def main(argv=None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--settings", default="pelican.conf.py")
    parser.add_argument("--input", help="content folder (default: PATH setting)")
    args = parser.parse_args(argv)
    override = {"PATH": str(Path(args.input).resolve())} if args.input else {}
    settings = read_settings(args.settings, override=override)
    problems = problems_in(settings)
    root = Path(settings["PATH"]).name
    print(format_report(problems, root_label=root))
    waiting = unpublished_in(settings)
    if waiting:
        print("Not published yet (drafts and scheduled items):")
        print("\n".join(f"{root}/{line}" for line in waiting))
    return 1 if any(problem.severity == ERROR for problem in problems) else 0


if __name__ == "__main__":
    sys.exit(main())
