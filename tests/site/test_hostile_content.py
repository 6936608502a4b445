"""Hostile and careless content (issue 13): refused with file:line and a fix, or
built with nothing outside its place. The cases are in hostile_cases.py."""

import os
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.html
import pytest
from lxml import etree
from pelican.settings import read_settings

from plugins.checks.handlers import problems_in
from plugins.checks.problem import ERROR
from tests.deploy.conftest import DEPLOY, free_port, nginx_binary, site_conf

from .conftest import SETTINGS, SITEURL, build_site
from .hostile_cases import ACCEPTED, LEFT_BEHIND, OUTSIDE_SECRET, REFUSED, Link
from .test_safe_publishing import tree_digest

FIXTURE_CONTENT = SETTINGS.parent / "content"
# The theme's own scripts: nothing else may be loaded by a <script> on any page.
THEME_SCRIPT = re.compile(r"^/(theme/js/[\w.-]+\.js|pagefind/pagefind[\w.-]*\.js)$")
URL_ATTRIBUTES = ("src", "href", "srcset", "poster", "data", "action", "formaction")
LOADED_ATTRIBUTES = ("src", "srcset", "poster", "data")
JSON_LD = "application/ld+json"
SCRIPT_ADDRESS = re.compile(r"\s*(javascript|vbscript|data):", re.IGNORECASE)


def outside_folder(root: Path) -> Path:
    """A folder outside the content holding what symlinks in the cases point at."""
    outside = root / "outside"
    outside.mkdir(exist_ok=True)
    (outside / "secret.png").write_text(OUTSIDE_SECRET)
    (outside / "outside.en.md").write_text(
        "Title: Outside\nDate: 2024-05-01\nLang: en\nSlug: outside\n\n"
        f"{OUTSIDE_SECRET}\n"
    )
    return outside


def renamed(path: str, case_name: str) -> str:
    """A case's file under a name of its own, so many cases share one folder."""
    folder, _slash, name = path.rpartition("/")
    if name.startswith("hostile."):
        name = name.replace("hostile", case_name, 1)
    return f"{folder}/{name}" if folder else name  # a file at the top: no folder


def add_files(content: Path, files: dict, outside: Path, case_name: str = "") -> None:
    """Write a case's files (or links) into a content folder."""
    for relative, data in files.items():
        target = content / (renamed(relative, case_name) if case_name else relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, Link):
            os.symlink(data.target.replace("{outside}", str(outside)), target)
        elif isinstance(data, bytes):
            target.write_bytes(data)
        else:
            target.write_text(data, encoding="utf-8", newline="\n")


def content_with(root: Path, cases, one_folder_each=False) -> Path:
    """The fixture content plus the files of these cases."""
    content = root / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    outside = outside_folder(root)
    for case in cases:
        add_files(content, case.files, outside, case.name if one_folder_each else "")
    return content


@pytest.fixture(scope="module")
def settings():
    """The fixture site's settings, read once."""
    return read_settings(str(SETTINGS))


@pytest.mark.parametrize("case", REFUSED, ids=lambda case: case.name)
def test_each_refused_case_is_reported_at_its_line(case, tmp_path, settings):
    content = content_with(tmp_path, [case])
    problems = problems_in({**settings, "PATH": str(content)})
    errors = {(p.path, p.line) for p in problems if p.severity == ERROR}
    errors |= {(path, None) for path, _line in errors}
    for where in case.expect:
        assert where in errors, f"{where} not reported; got {sorted(map(str, errors))}"
    for problem in problems:
        assert " Fix: " in problem.describe() and problem.fix.strip()


@pytest.fixture(scope="module")
def own_cache_settings(tmp_path_factory) -> Path:
    """The fixture settings with a cache of their own: the search cache keeps the
    newest bundles only, and other tests expect the fixture site's to be there."""
    folder = tmp_path_factory.mktemp("hostile-settings")
    settings = folder / "hostile.conf.py"
    settings.write_text(
        "import runpy\n"
        f"globals().update(runpy.run_path({str(SETTINGS)!r}))\n"
        f"CACHE_PATH = {str(folder / 'cache')!r}\n",
        encoding="utf-8",
    )
    return settings


@pytest.fixture(scope="module")
def refused_build(tmp_path_factory, site, own_cache_settings):
    """Every refused case at once, built over a copy of the published site."""
    root = tmp_path_factory.mktemp("refused")
    published = root / "output"
    shutil.copytree(site, published)
    before = tree_digest(published)
    content = content_with(root, REFUSED, one_folder_each=True)
    result = build_site(
        published, settings=own_cache_settings, extra=["--input", str(content)]
    )
    return result, published, before, root


def test_refused_cases_fail_the_build_all_at_once(refused_build):
    result, _published, _before, _root = refused_build
    report = result.stdout + result.stderr
    assert result.returncode == 1, report
    assert "Traceback" not in report
    assert "the previous site is unchanged" in report
    for case in REFUSED:
        for path, line in case.expect:
            where = f"content/{renamed(path, case.name)}:{line or ''}"
            pattern = re.escape(where) + (r"\d+" if line is None else "") + ": error: "
            assert re.search(pattern, report), f"{case.name}: {where!r} missing"


def test_a_refused_build_leaves_the_site_and_its_surroundings_alone(refused_build):
    _result, published, before, root = refused_build
    assert tree_digest(published) == before
    assert not Path("/tmp/x").exists() or not (Path("/tmp/x") / "index.html").exists()
    assert sorted(p.name for p in root.iterdir() if not p.name.startswith(".")) == [
        "content",
        "output",
        "outside",
    ]


@pytest.fixture(scope="module")
def accepted_site(tmp_path_factory, own_cache_settings):
    """The fixture content plus every accepted case, built into a fresh output."""
    root = tmp_path_factory.mktemp("accepted")
    content = content_with(root, ACCEPTED, one_folder_each=True)
    output = root / "output"
    result = build_site(
        output, settings=own_cache_settings, extra=["--input", str(content)]
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    return output


@pytest.mark.parametrize("case", ACCEPTED, ids=lambda case: case.name)
def test_each_accepted_case_is_published_as_written(case, accepted_site):
    html = (accepted_site / case.page / "index.html").read_text(encoding="utf-8")
    for text in case.present:
        assert text in html


def output_files(output: Path, suffixes) -> list[Path]:
    """Every published file with one of these endings."""
    return [
        p for p in sorted(output.rglob("*")) if p.is_file() and p.suffix in suffixes
    ]


def unsafe_parts(tree, own_host: str) -> list[str]:
    """Scripts, event handlers, script addresses and other-origin resources."""
    found = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "script":
            source = element.get("src") or ""
            if not THEME_SCRIPT.match(source) and element.get("type") != JSON_LD:
                found.append(lxml.html.tostring(element)[:120].decode())
        found += [f"<{element.tag} {a}=>" for a in element.attrib if a[:2] == "on"]
        for name in URL_ATTRIBUTES:
            value = element.get(name, "")
            if SCRIPT_ADDRESS.match(value):
                found.append(f"<{element.tag} {name}={value}>")
        for name in LOADED_ATTRIBUTES if element.tag != "a" else ():
            for url in re.split(r",\s*", element.get(name, "")):
                host = urlsplit(url.strip().split(" ")[0]).netloc
                if host not in ("", own_host):
                    found.append(f"<{element.tag} {name}={url}>")
    return found


def test_no_published_page_runs_script_or_loads_from_elsewhere(accepted_site):
    own_host = urlsplit(SITEURL).netloc
    for path in output_files(accepted_site, {".html"}):
        tree = lxml.html.fromstring(path.read_bytes())
        assert unsafe_parts(tree, own_host) == [], path


def is_html_in_feed(node) -> bool:
    """An Atom element of type html, an RSS description or content:encoded."""
    if not isinstance(node.tag, str):
        return False
    name = etree.QName(node).localname
    return node.get("type") == "html" or name in ("description", "encoded")


def test_no_feed_carries_script_or_other_origin_images(accepted_site):
    own_host = urlsplit(SITEURL).netloc
    feeds = output_files(accepted_site, {".xml"})
    assert len(feeds) > 20
    for path in feeds:
        for node in etree.parse(str(path)).iter():
            if is_html_in_feed(node) and node.text:
                tree = lxml.html.fragment_fromstring(node.text, create_parent="div")
                assert unsafe_parts(tree, own_host) == [], path


def test_no_output_file_holds_what_lies_outside_the_content(accepted_site):
    for path in sorted(accepted_site.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            assert OUTSIDE_SECRET.encode() not in data, path
            assert b"root:x:0:0" not in data, path


def test_nginx_accepts_the_published_redirect_map(accepted_site, tmp_path):
    """Old addresses with quotes, semicolons, braces and backslashes become map
    entries that nginx reads; `nginx -t` loads the published _redirects.map."""
    redirects = (accepted_site / "_redirects.map").read_text(encoding="utf-8")
    assert "a;b{c}.php" in redirects and "$x" in redirects
    shutil.copy(DEPLOY / "nginx-test.conf", tmp_path / "nginx.conf")
    text = (DEPLOY / "nginx.conf").read_text(encoding="utf-8")
    conf = site_conf(text, accepted_site, free_port())
    (tmp_path / "site.conf").write_text(conf, encoding="utf-8")
    command = [nginx_binary(), "-t", "-p", f"{tmp_path}/", "-c", "nginx.conf"]
    result = subprocess.run(
        [*command, "-e", str(tmp_path / "error.log")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_left_behind_files_are_neither_reported_nor_published(accepted_site):
    """Thumbs.db, backups~, ~$Office locks, README files: skipped by the checks
    (the accepted build passed) and by Pelican (none is in the output)."""
    names = {path.rsplit("/", 1)[-1] for path in LEFT_BEHIND}
    published = {path.name for path in accepted_site.rglob("*")}
    assert names & published == set()


def test_a_picture_whose_name_has_spaces_is_published_where_the_page_points(
    accepted_site,
):
    tree = lxml.html.fromstring(
        (accepted_site / "en/news/spaces/index.html").read_bytes()
    )
    sources = [img.get("src") for img in tree.xpath("//main//img")]  # not the emblem
    assert [src.split(".")[0] for src in sources] == ["/images/my%20photo"] * 2
    for src in sources:
        assert (accepted_site / unquote(src).lstrip("/")).is_file(), src
