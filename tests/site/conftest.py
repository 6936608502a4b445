"""The fixture site, built once per test session into a temporary folder."""

import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = Path(__file__).resolve().parent / "pelican.conf.py"
SITEURL = "https://network.example.org"


def build_site(
    output: Path, settings: Path = SETTINGS, extra=()
) -> subprocess.CompletedProcess:
    """Build a site with the project's build command; returns the finished process."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "tools.build",
            "--settings",
            str(settings),
            "--output",
            str(output),
            *extra,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


def check_content(content: Path, timeout: int = 120) -> subprocess.CompletedProcess:
    """Run `make check`'s command over a content folder with the fixture settings."""
    return subprocess.run(
        [sys.executable, "-m", "tools.check", "--settings", str(SETTINGS)]
        + ["--input", str(content)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The output folder of the fixture site."""
    output = tmp_path_factory.mktemp("fixture-site") / "output"
    result = build_site(output)
    assert result.returncode == 0, result.stdout + result.stderr
    return output


@pytest.fixture(scope="session")
def page(site):
    """Parse a built page by its site-relative path: page("lv/news/x/")."""
    cache = {}

    def parse(path: str) -> BeautifulSoup:
        if path not in cache:
            file = site / (
                path + "index.html" if path == "" or path.endswith("/") else path
            )
            cache[path] = BeautifulSoup(file.read_text(encoding="utf-8"), "lxml")
        return cache[path]

    return parse
