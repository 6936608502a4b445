"""Photos and documents in the built fixture site (issue 16): no metadata, sizes,
formats, hashed names, labels in every language; a rebuild processes nothing."""

import io
import json
import re
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from PIL import Image

from tests.media_samples import SECRETS, camera_jpeg

from .conftest import SETTINGS, build_site

CONTENT = SETTINGS.parent / "content"

REPORT = "en/news/annual-report/"
HASHED = re.compile(r"^[\w-]+\.[0-9a-f]{6}\.\d+\.(avif|webp|jpg|png)$")
DOCUMENT_LABELS = {
    "en/news/annual-report/": ("(PDF, 1 kB, 3 pages)", "(DOCX, 1 kB)"),
    "lv/news/annual-report/": ("(PDF, 1 kB, 3 lpp.)", "(DOCX, 1 kB)"),
    "sr/news/annual-report/": ("(PDF, 1 kB, 3 странице)", "(DOCX, 1 kB)"),
    "sr-latn/news/annual-report/": ("(PDF, 1 kB, 3 stranice)", "(DOCX, 1 kB)"),
    "cs/who-we-are/": ("(PDF, 1 kB, 3 strany)", "(DOCX, 1 kB)"),
    "bg/events/belgrade-conference/": ("(PDF, 1 kB, 3 страници)", "(DOCX, 1 kB)"),
}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The fixture site with a real camera's photo: 4000×3000, GPS EXIF, stored
    sideways (the committed camera.jpg is tiny)."""
    folder = tmp_path_factory.mktemp("media-site")
    content = folder / "content"
    shutil.copytree(CONTENT, content)
    (content / "images" / "camera.jpg").write_bytes(camera_jpeg(4000, 3000))
    output = folder / "output"
    result = build_site(output, extra=["--input", str(content)])
    assert result.returncode == 0, result.stdout + result.stderr
    return output


@pytest.fixture(scope="module")
def page(site):
    """A parsed page of the media site by its site-relative path."""

    def parse(path: str) -> BeautifulSoup:
        file = site / (path + "index.html" if path.endswith("/") else path)
        return BeautifulSoup(file.read_text(encoding="utf-8"), "lxml")

    return parse


def published_pictures(site: Path) -> list[Path]:
    """Every picture file in the output's images folder."""
    return sorted(p for p in (site / "images").rglob("*") if p.is_file())


def camera_picture(page):
    """The <picture> of the camera photo on the English report."""
    for picture in page(REPORT).select("figure picture"):
        if "camera." in picture.img["src"]:
            return picture
    raise AssertionError("the camera photo is not on the report page")


def test_originals_are_not_published(site):
    assert not (site / "images" / "camera.jpg").exists()
    assert not (site / "images" / "chart.png").exists()
    names = [p.name for p in published_pictures(site)]
    assert names and all(HASHED.match(name) for name in names), names


def test_no_published_picture_keeps_metadata(site):
    for path in published_pictures(site):
        data = path.read_bytes()
        for secret in SECRETS:
            assert secret not in data, (path.name, secret)
        with Image.open(io.BytesIO(data)) as picture:
            assert not picture.getexif(), path.name
            assert not picture.info.get("xmp"), path.name
            assert "comment" not in picture.info, path.name
            assert "icc_profile" not in picture.info, path.name
            assert not getattr(picture, "text", {}), path.name


def test_camera_photo_is_upright_and_never_upscaled(site):
    widths = []
    for path in published_pictures(site):
        if path.name.startswith("camera."):
            with Image.open(path) as picture:
                assert picture.width > picture.height, path.name  # turned upright
                assert picture.width <= 2400
                widths.append(picture.width)
    assert sorted(set(widths)) == [480, 960, 1600, 2400]
    chart = [p for p in published_pictures(site) if p.name.startswith("chart.")]
    assert {Image.open(p).width for p in chart} == {40}  # its own width only


def test_camera_photo_has_size_candidates_and_a_small_default(site, page):
    picture = camera_picture(page)
    img = picture.img
    assert (img["width"], img["height"]) == ("960", "720")
    assert len(img["srcset"].split(",")) >= 3
    assert img["sizes"] == "(max-width: 48rem) calc(100vw - 2rem), 46rem"
    default = site / img["src"].lstrip("/")
    assert default.suffix == ".jpg"
    assert default.stat().st_size < 300_000
    types = [source["type"] for source in picture.select("source")]
    assert types == ["image/avif", "image/webp"]
    for source in picture.select("source"):
        for candidate in source["srcset"].split(","):
            address, width = candidate.split()
            assert (site / address.lstrip("/")).is_file()
            assert width.endswith("w")


def test_a_figure_links_to_its_largest_version(site, page):
    link = camera_picture(page).parent
    assert link.name == "a" and link["class"] == ["enlarge"]
    with Image.open(site / link["href"].lstrip("/")) as largest:
        assert largest.size == (2400, 1800)


def test_every_img_has_width_and_height(page):
    for path in ("en/news/annual-report/", "en/news/"):
        for img in page(path).select("main img"):
            assert img.get("width") and img.get("height"), img


def test_feed_uses_the_mid_size_version_by_absolute_address(site):
    feed = (site / "en" / "feeds" / "news.rss.xml").read_text("utf-8")
    enclosure = re.search(r'<enclosure url="([^"]+)"', feed)[1]
    assert re.fullmatch(
        r"https://network\.example\.org/images/chart\.[0-9a-f]{6}\.40\.png", enclosure
    )


@pytest.mark.parametrize("path", sorted(DOCUMENT_LABELS))
def test_document_links_are_labelled_in_every_language(page, path):
    labels = [
        (span.parent["href"], span.get_text())
        for span in page(path).select("main a > span.document-label")
    ]
    pdf, docx = DOCUMENT_LABELS[path]
    assert labels == [("/documents/strategy.pdf", pdf), ("/documents/form.docx", docx)]


def test_text_and_print_views_carry_the_labels(page):
    for path in ("text/en/news/annual-report/", "en/news/annual-report/print/"):
        labels = [span.get_text() for span in page(path).select("span.document-label")]
        assert labels == list(DOCUMENT_LABELS[REPORT]), path


def test_documents_are_published_byte_for_byte(site):
    for name in ("documents/strategy.pdf", "documents/form.docx"):
        assert (site / name).read_bytes() == (CONTENT / name).read_bytes()


def media_report(cache: Path) -> dict:
    """What the last build did with the pictures, without its time."""
    report = json.loads((cache / "media" / "last-build.json").read_text("utf-8"))
    assert report.pop("seconds") >= 0
    return report


def test_a_rebuild_processes_no_unchanged_picture(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    settings = tmp_path / "settings.py"
    settings.write_text(
        "import runpy\n"
        f"globals().update(runpy.run_path({str(SETTINGS)!r}))\n"
        f"CACHE_PATH = {str(tmp_path / 'cache')!r}\n"
    )
    extra = ["--input", str(content)]
    cache = tmp_path / "cache"
    output = tmp_path / "output"
    first = build_site(output, settings, extra)
    assert first.returncode == 0, first.stderr
    assert media_report(cache) == {"pictures": 2, "processed": 2, "written": 6}
    again = build_site(output, settings, extra)
    assert again.returncode == 0, again.stderr
    assert media_report(cache) == {"pictures": 2, "processed": 0, "written": 0}
    old = sorted(p.name for p in (output / "images").iterdir())
    chart = Image.new("RGB", (30, 10), (200, 20, 20))
    chart.save(content / "images" / "chart.png")
    changed = build_site(output, settings, extra)
    assert changed.returncode == 0, changed.stderr
    assert media_report(cache) == {"pictures": 2, "processed": 1, "written": 3}
    new = sorted(p.name for p in (output / "images").iterdir())
    gone = set(old) - set(new)
    assert gone == {n for n in old if n.startswith("chart.")}  # new names at once
