"""Running Pagefind over the pages of one build and collecting its bundle.

Pagefind sees only the pages handed to it, copied into a fresh folder: never stale
pages of an earlier build that still sit in the staging folder until it is pruned.
"""

import json
import re
import subprocess
import tempfile
from collections import Counter
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from plugins.base.confine import confined
from plugins.base.settings import SiteError

BODY_MARK = b"data-pagefind-body"
# Pagefind's ready-made interfaces; the site uses its own (theme/js/search.js).
UNUSED_FILES = (
    "pagefind-ui",
    "pagefind-modular-ui",
    "pagefind-component-ui",
    "pagefind-highlight",
)
INDEX_TIMEOUT = 600  # seconds; a hung indexer must fail the build, not stall it
INSTALL_HINT = "pip install -r requirements.txt (the pagefind-bin package)"
# Pagefind stops with a Rust panic in its HTML parser when it cannot use a selector
# ("called `Result::unwrap()` on an `Err` value: UnsupportedCombinator('~')").
SELECTOR_PANIC = re.compile(
    r"fossick/parser\.rs.*?`Err` value: (?P<reason>[^\n]+)", re.S
)


class SearchIndexError(SiteError, RuntimeError):
    """The search index could not be built; the message says why."""


@dataclass(frozen=True)
class IndexedPage:
    """A page to index: its root-relative link, language code and HTML."""

    link: str  # "/lv/news/report/": what results link to
    lang: str  # the page's <html lang>, e.g. sr-Latn
    html: bytes


def pagefind_binary() -> str:
    """The Pagefind executable shipped by the pagefind-bin package."""
    try:
        from pagefind_bin import get_executable

        return str(get_executable())
    except (ImportError, FileNotFoundError) as error:
        raise SearchIndexError(
            f"search: the Pagefind program is missing ({error}). "
            f"Install it: {INSTALL_HINT}."
        ) from error


def pagefind_version() -> str:
    """The installed Pagefind, e.g. "pagefind-bin 1.5.2" (part of a bundle's inputs)."""
    try:
        return f"pagefind-bin {metadata.version('pagefind-bin')}"
    except metadata.PackageNotFoundError:
        return "pagefind-bin (not installed)"


def pagefind_arguments(binary: str, site: Path, bundle: Path, selectors) -> list[str]:
    """The command that indexes `site` into `bundle`, printing errors only."""
    arguments = [binary, "--site", str(site), "--output-path", str(bundle), "--silent"]
    for selector in selectors:
        arguments += ["--exclude-selectors", selector]
    return arguments


def pages_without_body(pages) -> list[str]:
    """Links of pages that lack the element saying what of them to index."""
    return [page.link for page in pages if BODY_MARK not in page.html]


def stage_pages(pages, site: Path) -> None:
    """Write each page where its link puts it, so Pagefind derives the same link."""
    for page in pages:
        if not (page.link.startswith("/") and page.link.endswith("/")):
            raise SearchIndexError(f"search: {page.link!r} is not a folder's page.")
        target = confined(site, page.link.strip("/") + "/index.html")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(page.html)


def language_problems(entry: dict, pages) -> list[str]:
    """Compare the pages Pagefind counted per language with the pages handed in."""
    expected = Counter(page.lang.lower() for page in pages)
    found = {
        code: info.get("page_count", 0)
        for code, info in entry.get("languages", {}).items()
    }
    return [
        f"search: Pagefind indexed {found.get(code, 0)} pages in {code!r}, "
        f"expected {expected.get(code, 0)}; check the pages' <html lang>."
        for code in sorted(set(expected) | set(found))
        if found.get(code, 0) != expected.get(code, 0)
    ]


def read_bundle(bundle: Path) -> dict[str, bytes]:
    """Every file of the bundle the site serves, by its path inside the bundle."""
    return {
        path.relative_to(bundle).as_posix(): path.read_bytes()
        for path in sorted(bundle.rglob("*"))
        if path.is_file() and not path.name.startswith(UNUSED_FILES)
    }


def run_pagefind(arguments: list[str], folder: Path, selectors=()) -> None:
    """Run the indexer; any failure becomes a SearchIndexError with its output, or
    with a plain explanation when Pagefind could not use the excluded selectors."""
    try:
        done = subprocess.run(
            arguments,
            cwd=folder,  # no pagefind.yml of the project is read by accident
            capture_output=True,
            text=True,
            timeout=INDEX_TIMEOUT,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise SearchIndexError(f"search: Pagefind did not run: {error}") from error
    if done.returncode != 0:
        output = (done.stderr + done.stdout).strip()
        panic = SELECTOR_PANIC.search(output)
        if panic and selectors:
            raise SearchIndexError(
                f"SEARCH_EXCLUDE_SELECTORS: Pagefind cannot use {list(selectors)!r} "
                f"({panic['reason'].strip()}). Fix: use simple selectors: a tag, "
                ".class, #id or [attribute], joined by a space or '>'."
            )
        raise SearchIndexError(
            f"search: Pagefind failed (exit status {done.returncode}):\n{output}"
        )


def build_bundle(pages, selectors, binary: str) -> dict[str, bytes]:
    """Index the pages; return the bundle's files, or raise SearchIndexError."""
    pages = list(pages)
    if not pages:
        return {}
    missing = pages_without_body(pages)
    if missing:
        raise SearchIndexError(
            "search: these pages have no data-pagefind-body element (keep the "
            "`main` element of base.html in the theme):\n" + "\n".join(missing)
        )
    with tempfile.TemporaryDirectory(prefix="search-index-") as temporary:
        folder = Path(temporary)
        stage_pages(pages, folder / "site")
        bundle = folder / "bundle"
        run_pagefind(
            pagefind_arguments(binary, folder / "site", bundle, selectors),
            folder,
            selectors,
        )
        files = read_bundle(bundle)
    entry = json.loads(files.get("pagefind-entry.json", b"{}"))
    problems = language_problems(entry, pages)
    if problems:
        raise SearchIndexError("\n".join(problems))
    return files
