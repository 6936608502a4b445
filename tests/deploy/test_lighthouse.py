"""Lighthouse 12 (mobile preset) over every page type in every language, in nginx.

tests/deploy/lighthouse.mjs runs Lighthouse's Node API with Debian's Chromium, two
workers at most. Accessibility, Best Practices and SEO must score 1, Performance at
least 0.98 (the median of three runs for a page below it or with a layout shift: the
score varies with the machine's load), and no page may shift its layout. The 404
page is audited at its own address: with a 404 status Lighthouse's SEO audit fails
by definition. The site is the fixture with a real-sized photo and chart (the
committed ones are 64 and 40 pixels wide, which Lighthouse rightly calls too small
for a phone's screen).

About six minutes: `make lighthouse` runs it alone, `-m "not lighthouse"` skips it.
"""

import io
import json
import os
import shutil
import subprocess

import pytest
from PIL import Image, ImageDraw

from tests.browser.pages import PREFIXES, SEARCH_WORDS, page_types
from tests.media_samples import camera_jpeg
from tests.needs import missing
from tests.site.conftest import build_site

from .conftest import DEPLOY, running_nginx

CONTENT = DEPLOY.parent / "tests" / "site" / "content"
SCRIPT = DEPLOY.parent / "tests" / "deploy" / "lighthouse.mjs"
# Every page's scores and lost points, for people (git-ignored).
REPORT = DEPLOY.parent / "tests" / "artifacts" / "lighthouse.json"
NODE_HINT = "apt-get install -y nodejs npm, then npm ci --ignore-scripts"
LIGHTHOUSE = DEPLOY.parent / "node_modules" / "lighthouse" / "package.json"
AUDITED = (
    "home",
    "news list",
    "article",
    "event",
    "calendar month",
    "institutional page",
    "tag",
    "search",
    "site map",
    "feeds",
    "accessibility statement",
    "not found",
    "text view",
)
AT_LEAST = {
    "performance": 0.98,
    "accessibility": 1.0,
    "best-practices": 1.0,
    "seo": 1.0,
}
# A page below the Performance bar is run twice more; its median run counts.
AGAIN = ["--again-below", str(AT_LEAST["performance"])]


def audited_paths() -> list[str]:
    """Every audited page type of every language, as site paths."""
    paths = []
    for prefix in PREFIXES:
        pages = page_types(prefix)
        pages["search"] += f"?q={SEARCH_WORDS[prefix]}"
        paths += [f"/{pages[name]}" for name in AUDITED if name in pages]
    return paths


def failures(results: list[dict]) -> list[str]:
    """One line per page below a threshold or shifting: its scores and lost points."""
    lines = []
    for result in results:
        low = [
            f"{category} {result['scores'][category]}"
            for category, least in AT_LEAST.items()
            if (result["scores"][category] or 0) < least
        ]
        if result["cls"] > 0:
            low.append(f"CLS {result['cls']:.3f}")
        if low:
            lines.append(
                f"{result['path']}: {', '.join(low)} ({'; '.join(result['problems'])})"
            )
    return lines


def run_lighthouse(base: str, paths: list[str]) -> list[dict]:
    """Run tests/deploy/lighthouse.mjs; its JSON results, one per path."""
    node = shutil.which("node")
    if node is None or not LIGHTHOUSE.is_file():
        missing(f"Lighthouse needs Node and npm packages. Install: {NODE_HINT}")
    environment = {**os.environ, "CHROME_PATH": os.environ.get("CHROMIUM", "")}
    if not environment["CHROME_PATH"]:
        environment["CHROME_PATH"] = shutil.which("chromium") or "/usr/bin/chromium"
    finished = subprocess.run(
        [node, str(SCRIPT), "--base", base, "--workers", "2", *AGAIN, *paths],
        capture_output=True,
        text=True,
        timeout=1800,
        env=environment,
    )
    assert finished.returncode == 0, finished.stderr[-3000:]
    return json.loads(finished.stdout)


def chart_png(width: int, height: int) -> bytes:
    """A bar chart's size and colours, as a PNG."""
    chart = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(chart)
    for bar, share in enumerate((0.4, 0.7, 0.55, 0.9)):
        left = (bar * 2 + 1) * width // 9
        draw.rectangle(
            [left, height * (1 - share), left + width // 9, height], "#0b4f8a"
        )
    buffer = io.BytesIO()
    chart.save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def photo_site(tmp_path_factory):
    """The fixture site with a 1600 × 1200 photo, served by the project's nginx."""
    folder = tmp_path_factory.mktemp("lighthouse-site")
    content = folder / "content"
    shutil.copytree(CONTENT, content)
    (content / "images" / "camera.jpg").write_bytes(camera_jpeg(1600, 1200))
    (content / "images" / "chart.png").write_bytes(chart_png(1200, 600))
    result = build_site(folder / "output", extra=["--input", str(content)])
    assert result.returncode == 0, result.stdout + result.stderr
    with running_nginx(folder / "output", folder) as server:
        yield server


@pytest.mark.lighthouse
def test_every_page_type_in_every_language_passes_lighthouse(photo_site):
    paths = audited_paths()
    results = run_lighthouse(f"http://127.0.0.1:{photo_site.port}", paths)
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(json.dumps(results, indent=1, ensure_ascii=False), "utf-8")
    assert [result["path"] for result in results] == paths
    problems = failures(results)
    assert not problems, "Lighthouse, below the bar:\n" + "\n".join(problems)


def result(path="/lv/", cls=0.0, problems=(), **scores):
    """A Lighthouse result as lighthouse.mjs prints it, perfect unless told."""
    perfect = {category: 1.0 for category in AT_LEAST}
    return {
        "path": path,
        "scores": perfect | scores,
        "cls": cls,
        "problems": list(problems),
    }


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        (result(), []),
        (result(performance=0.98), []),
        (
            result(performance=0.97, problems=["performance/largest-contentful-paint"]),
            ["/lv/: performance 0.97 (performance/largest-contentful-paint)"],
        ),
        (
            result(
                "/bg/search/?q=x",
                cls=0.241,
                problems=["performance/cumulative-layout-shift: 0.241"],
            ),
            ["/bg/search/?q=x: CLS 0.241 (performance/cumulative-layout-shift: 0.241)"],
        ),
        (
            result(seo=0.92, **{"best-practices": 0.96}),
            ["/lv/: best-practices 0.96, seo 0.92 ()"],
        ),
        (result(accessibility=None), ["/lv/: accessibility None ()"]),
    ],
)
def test_failures_name_the_page_the_scores_and_the_lost_points(found, expected):
    assert failures([found]) == expected


def test_every_page_type_is_audited_in_every_language():
    paths = audited_paths()
    assert len(paths) == len(set(paths))
    assert "/lv/search/?q=tirdzniec" in paths
    assert "/bg/404.html" in paths and "/text/en/news/annual-report/" in paths
    assert {path.split("/")[1] for path in paths} >= {"cs", "lv", "bg", "sr-latn"}
    assert len(paths) == 6 * len(AUDITED) - 2  # no Czech event, no Bulgarian article
