"""The edit rebuild an editor waits for in `make devserver`: one process, warm.

    python -m bench.resident --settings S --input C --output O --edit FILE --text T

Builds once (as the devserver does when it starts), then writes T into FILE and
times what the devserver does next (tools/watch.py): rebuild for the changed path
(inotify reports it; noticing costs no scan).
Prints the usual "Built …" lines, then "Resident rebuild: <wall s> s wall, <cpu s>
s CPU".
"""

import argparse
import logging
import resource
import sys
import time
from pathlib import Path

from pelican.log import init as init_logging

from tools.build import load_settings, tune_collector
from tools.watch import Watcher


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the render workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def main(argv=None) -> int:
    """Warm build, edit, timed rebuild."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for name in ("--settings", "--input", "--output", "--edit", "--text"):
        parser.add_argument(name, required=True)
    args = parser.parse_args(argv)
    init_logging(logging.WARNING)
    tune_collector()  # as tools/devserver.py does
    watcher = Watcher(load_settings(args), args.settings)
    if not watcher.step():
        return 1
    Path(args.edit).write_text(Path(args.text).read_text(encoding="utf-8"))
    started, cpu = time.perf_counter(), cpu_seconds()
    rebuilt = watcher.step({str(Path(args.edit).resolve())})
    if rebuilt is False:
        print("The edit was not noticed.", file=sys.stderr)
    if not rebuilt:
        return 1
    wall, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    print(f"Resident rebuild: {wall:.3f} s wall, {cpu:.3f} s CPU", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
