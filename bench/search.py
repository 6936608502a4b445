"""The search index, measured apart from the build it would otherwise hide in.

The benchmark builds without plugins.search (it has no switch of its own). Here one
clean build runs with it, and then Pagefind alone indexes the same item pages the
plugin hands it (full pages of news, events and institutional pages), staged into
a temporary folder as plugins/search/indexer.py does.
"""

import re
import shutil
import tempfile
import time
from pathlib import Path

from . import measure
from .corpus import PAGES

# Full pages of news items, events and the corpus's institutional pages.
HTML_LANG = re.compile(rb'<html lang="([^"]+)"')
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
        size = sum(p.stat().st_size for p in (folder / "bundle").rglob("*"))
    if run.status != 0:
        return {"note": f"Pagefind failed: {run.stderr[-500:]}"}
    return {
        "pages": len(pages),
        "files": files,
        "bytes": size,
        "wall_s": run.wall_s,
        "cpu_s": run.cpu_s,
        "peak_rss_mb": run.peak_rss_mb,
        "word_forms": word_forms_alone(output, pages),
    }


def word_forms_alone(output: Path, pages: list[str]) -> dict:
    """Make the word-form tables of the same pages in this process; their costs."""
    from plugins.search import indexer, words
    from plugins.search.settings import DECLARATION

    indexed = []
    for page in pages:
        html = (output / page).read_bytes()
        lang = HTML_LANG.search(html)
        link = "/" + page.removesuffix("index.html")
        indexed.append(
            indexer.IndexedPage(link, lang[1].decode() if lang else "", html)
        )
    wall, cpu = time.perf_counter(), time.process_time()
    files = words.word_tables(indexed, DECLARATION.defaults["SEARCH_EXCLUDE_SELECTORS"])
    return {
        "files": len(files),
        "bytes": sum(len(data) for data in files.values()),
        "wall_s": time.perf_counter() - wall,
        "cpu_s": time.process_time() - cpu,
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
        forms = alone["word_forms"]
        growth = forms["bytes"] / alone["bytes"]
        line += (
            f"; the index is {alone['bytes'] / 1e6:.1f} MB, the word-form tables "
            f"{forms['bytes'] / 1e6:.2f} MB more (+{growth:.0%}"
            f", {forms['files']} files) made in {forms['wall_s']:.1f} s wall, "
            f"{forms['cpu_s']:.1f} s CPU"
        )
    return line + "."
