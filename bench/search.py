"""The search index, measured apart from the build it would otherwise hide in.

The benchmark builds without plugins.search (it has no switch of its own). Here one
clean build runs with it, and then Pagefind alone indexes the same item pages the
plugin hands it (full pages of news, events and institutional pages), staged into
a temporary folder as plugins/search/indexer.py does.
"""

import re
import shutil
import tempfile
from pathlib import Path

from . import measure
from .corpus import PAGES

# Full pages of news items, events and the corpus's institutional pages.
SEARCHABLE = re.compile(
    rf"^[^/]+/(?:(?:news|events)/[^/]+|{'|'.join(PAGES)})/index\.html$"
)


def searchable_pages(output: Path) -> list[str]:
    """Output paths of the full item pages the search plugin indexes."""
    return sorted(path for path in measure.snapshot(output) if SEARCHABLE.match(path))


def stage(output: Path, pages: list[str], site: Path) -> None:
    """Copy the pages into a fresh folder, at the same paths."""
    for page in pages:
        target = site / page
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(output / page, target)


def index_alone(output: Path, env: dict) -> dict:
    """Run Pagefind over the searchable pages of a built site; its costs."""
    # The project's own command line for Pagefind, with the default selectors.
    from plugins.search import indexer
    from plugins.search.settings import DECLARATION

    pages = searchable_pages(output)
    with tempfile.TemporaryDirectory(prefix="bench-search-") as temporary:
        folder = Path(temporary)
        stage(output, pages, folder / "site")
        argv = indexer.pagefind_arguments(
            indexer.pagefind_binary(),
            folder / "site",
            folder / "bundle",
            DECLARATION.defaults["SEARCH_EXCLUDE_SELECTORS"],
        )
        run = measure.run_measured(argv, folder, env)
        files = len(measure.snapshot(folder / "bundle"))
    if run.status != 0:
        return {"note": f"Pagefind failed: {run.stderr[-500:]}"}
    return {
        "pages": len(pages),
        "files": files,
        "wall_s": run.wall_s,
        "cpu_s": run.cpu_s,
        "peak_rss_mb": run.peak_rss_mb,
    }


def describe(with_search_s: float, clean_s: float, alone: dict) -> str:
    """One line for the report."""
    line = (
        f"a clean build with plugins.search took {with_search_s:.1f} s "
        f"({with_search_s - clean_s:+.1f} s against the median clean build, one run)"
    )
    if "wall_s" in alone:
        line += (
            f"; Pagefind alone indexed {alone['pages']} pages into {alone['files']} "
            f"files in {alone['wall_s']:.1f} s wall, {alone['cpu_s']:.1f} s CPU, "
            f"{alone['peak_rss_mb']:.0f} MB"
        )
    return line + "."
