"""Check every internal link of a built site: the files and #anchors must exist.

    python -m tools.linkcheck OUTPUT [--site-url URL | --settings FILE]

Every href and src of every HTML file (pages, text and print views, redirect pages)
must lead to a file of the output, a folder to its index.html, and a #fragment to an
id (or <a name>) of the target page. Root-relative links are internal; absolute ones
too when they start with the site's address (SITEURL, from --site-url or --settings),
so canonical links, alternates and webcal:// calendar links are checked as well.
Other links are not fetched. Exit status 1 when any link is broken; each is listed
with the page and line that has it.
"""

import argparse
import os
import sys
import time
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from lxml import etree

LINK_ATTRIBUTES = ("href", "src")
WEB_SCHEMES = {"http": "http", "https": "http", "webcal": "http"}
# A stand-in origin when the site's address is not given: only links without a
# host (root-relative or relative) are internal then.
LOCAL_ORIGIN = "http://site.invalid"
HTML_SUFFIXES = (".html", ".htm")


@dataclass(frozen=True)
class PageScan:
    """What a page links to ((link, line) pairs) and the anchors it offers."""

    links: tuple[tuple[str, int], ...]
    anchors: frozenset[str]


@dataclass(frozen=True)
class BrokenLink:
    """One link that leads nowhere, and where it is."""

    page: str  # the file that has it, relative to the output
    line: int
    link: str
    reason: str

    def describe(self) -> str:
        """The report line: `page:line: link reason`."""
        return f"{self.page}:{self.line}: {self.link} {self.reason}"


@dataclass
class Report:
    """The result of checking one output folder."""

    broken: list[BrokenLink]
    pages: int
    links: int
    files: int
    seconds: float = 0.0


def scan_html(data: bytes) -> PageScan:
    """The links and anchors of one HTML document."""
    parser = etree.HTMLParser(encoding="utf-8", recover=True, no_network=True)
    root = etree.fromstring(data, parser)
    if root is None:
        return PageScan((), frozenset())
    links, anchors = [], set()
    for element in root.iter(etree.Element):
        attributes = element.attrib
        for name in LINK_ATTRIBUTES:
            if name in attributes:
                links.append((attributes[name].strip(), element.sourceline or 0))
        if "id" in attributes:
            anchors.add(attributes["id"])
        if element.tag == "a" and "name" in attributes:
            anchors.add(attributes["name"])
    return PageScan(tuple(links), frozenset(anchors))


class SiteLinks:
    """Resolves links of one site's pages to its files."""

    def __init__(self, files: Collection[str], site_url: str = ""):
        parts = urlsplit(site_url or LOCAL_ORIGIN)
        self.files = files
        self.host = parts.netloc.lower()
        self.base_path = parts.path.rstrip("/")
        self.origin = f"http://{self.host}"
        self._resolved: dict[tuple[str, str], tuple | None] = {}

    def target(self, link: str, page: str) -> tuple[str, str] | None:
        """The (site-relative path, fragment) of an internal link; None if external.

        A path on the site's host but outside its base path is returned absolute.
        """
        if link.startswith("/") and not link.startswith("//"):
            key = ("", link)  # root-relative: the same target from every page
        else:
            key = (page, link)
        if key not in self._resolved:
            self._resolved[key] = self._target(link, page)
        return self._resolved[key]

    def _target(self, link: str, page: str) -> tuple[str, str] | None:
        scheme = urlsplit(link).scheme.lower()
        if scheme and scheme not in WEB_SCHEMES:
            return None  # mailto:, tel:, data: ...
        if scheme:
            link = "http" + link[len(scheme) :]
        parts = urlsplit(urljoin(f"{self.origin}{self.base_path}/{page}", link))
        if parts.netloc.lower() != self.host:
            return None
        path = unquote(parts.path)
        if not path.startswith(self.base_path + "/"):
            return (path, "")  # on this host but outside the site: kept absolute
        return (path[len(self.base_path) + 1 :], unquote(parts.fragment))

    def file_for(self, path: str) -> str | None:
        """The output file a path is served from: folders by their index.html."""
        if path == "" or path.endswith("/"):
            candidate = path + "index.html"
        elif path in self.files:
            return path
        else:
            candidate = path + "/index.html"
        return candidate if candidate in self.files else None


def link_problem(
    site: SiteLinks, link: str, page: str, pages: Mapping[str, PageScan]
) -> str | None:
    """Why a link of a page is broken, or None when it is fine or external."""
    target = site.target(link, page)
    if target is None:
        return None
    path, fragment = target
    if path.startswith("/"):
        return f"is outside the site (its pages are under {site.base_path}/)."
    file = site.file_for(path)
    if file is None:
        expected = path + "index.html" if path == "" or path.endswith("/") else path
        return f"leads to no file of the site (no {expected})."
    if not fragment or fragment.startswith(":~:") or fragment.lower() == "top":
        return None
    scan = pages.get(file)
    if scan is None or fragment in scan.anchors:
        return None
    return f'points to #{fragment}, but {file} has no id "{fragment}".'


def find_broken_links(
    pages: Mapping[str, PageScan], files: Collection[str], site_url: str = ""
) -> list[BrokenLink]:
    """Every broken internal link of the scanned pages."""
    site = SiteLinks(files, site_url)
    broken = []
    for page, scan in pages.items():
        for link, line in scan.links:
            reason = link_problem(site, link, page, pages)
            if reason:
                broken.append(BrokenLink(page, line, link, reason))
    # By page and line; links on one line stay in the order they are written.
    return sorted(broken, key=lambda link: (link.page, link.line))


def scan_folder(folder: Path) -> tuple[dict[str, PageScan], frozenset[str]]:
    """Every HTML page of an output folder, scanned, and every file's path."""
    files, pages = [], {}
    for directory, _folders, names in os.walk(folder):
        relative = Path(directory).relative_to(folder).as_posix()
        prefix = "" if relative == "." else relative + "/"
        for name in names:
            path = prefix + name
            files.append(path)
            if name.endswith(HTML_SUFFIXES):
                pages[path] = scan_html((folder / path).read_bytes())
    return pages, frozenset(files)


def check_folder(folder: Path, site_url: str = "") -> Report:
    """Check every internal link of the site built into a folder."""
    started = time.perf_counter()
    pages, files = scan_folder(Path(folder))
    broken = find_broken_links(pages, files, site_url)
    return Report(
        broken=broken,
        pages=len(pages),
        links=sum(len(scan.links) for scan in pages.values()),
        files=len(files),
        seconds=time.perf_counter() - started,
    )


def format_report(report: Report) -> str:
    """Every broken link on its own line, then a summary line."""
    lines = [broken.describe() for broken in report.broken]
    count = len(report.broken)
    verdict = (
        "no broken links"
        if not count
        else ("1 broken link" if count == 1 else f"{count} broken links")
    )
    lines.append(
        f"Link check: {report.links} links in {report.pages} pages "
        f"({report.files} files), {verdict}; {report.seconds * 1000:.0f} ms."
    )
    return "\n".join(lines)


def site_url_of(settings_file: str) -> str:
    """SITEURL of a Pelican settings file."""
    from pelican.settings import read_settings  # only the command line needs Pelican

    return read_settings(settings_file)["SITEURL"]


def main(argv=None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", help="the built site (e.g. output/)")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--site-url", default="", help="the site's SITEURL")
    where.add_argument("--settings", help="take SITEURL from this settings file")
    args = parser.parse_args(argv)
    output = Path(args.output)
    if not output.is_dir():
        print(f"Link check: {output} is not a folder; build the site first.")
        return 1
    site_url = site_url_of(args.settings) if args.settings else args.site_url
    report = check_folder(output, site_url)
    print(format_report(report))
    return 1 if report.broken else 0


if __name__ == "__main__":
    sys.exit(main())
