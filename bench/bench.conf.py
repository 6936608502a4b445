"""Settings of `make bench`: the project's own, search off, fixed day, own cache.

The search index (Pagefind) is measured on its own, so the build leaves it out:
the search plugin has no switch of its own, so it is dropped from PLUGINS unless
BENCH_SEARCH=1 (the harness's one extra build that measures it).
BENCH_CACHE_PATH (set by the harness) keeps the benchmark's content cache away from
the project's cache/ folder.
"""

import os
import runpy
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
_project = runpy.run_path(str(PROJECT / "pelican.conf.py"))
globals().update({key: value for key, value in _project.items() if key.isupper()})

PLUGINS = [
    name
    for name in _project["PLUGINS"]
    if name != "plugins.search" or os.environ.get("BENCH_SEARCH") == "1"
]
PLUGIN_PATHS = [str(PROJECT)]
THEME = str(PROJECT / "theme")
SITEURL = "https://bench.example.org"
MULTILINGUAL_TODAY = "2025-07-01"
CACHE_PATH = os.environ.get("BENCH_CACHE_PATH", str(PROJECT / "bench/work/cache"))
# The profile (make bench PROFILE=1) renders in one process, so pyinstrument, which
# does not follow forked workers, sees every page.
if os.environ.get("BENCH_PROCESSES"):
    MULTILINGUAL_PROCESSES = int(os.environ["BENCH_PROCESSES"])
