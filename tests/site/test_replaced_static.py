"""A document or photo replaced by an older-dated file is published; the live file
is kept."""

import os
import shutil

from PIL import Image

from .conftest import SETTINGS, build_site


def test_a_replaced_document_with_an_older_date_is_published(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(SETTINGS.parent / "content", content)
    output = tmp_path / "output"
    assert build_site(output, extra=["--input", str(content)]).returncode == 0
    published = output / "documents/strategy.pdf"
    before = published.read_bytes()
    held = published.open("rb")  # the file a reader had open: the previous inode
    source = content / "documents/strategy.pdf"
    older = source.stat().st_mtime_ns - 10**12
    replacement = before.replace(b"National strategy", b"National Strategy")
    assert len(replacement) == len(before) and replacement != before
    source.write_bytes(replacement)
    os.utime(source, ns=(older, older))  # as `cp -p` or an unzip leaves it
    result = build_site(output, extra=["--input", str(content)])
    assert result.returncode == 0, result.stderr
    assert published.read_bytes() == replacement
    assert os.fstat(held.fileno()).st_ino != published.stat().st_ino
    assert held.read() == before
    held.close()


def test_a_replaced_photo_with_an_older_date_gets_a_new_address(tmp_path):
    """Published pictures are named by their content: a corrected photo is a new
    address at once, whatever its date, and caches may keep the old one forever."""
    content = tmp_path / "content"
    shutil.copytree(SETTINGS.parent / "content", content)
    output = tmp_path / "output"
    assert build_site(output, extra=["--input", str(content)]).returncode == 0
    before = {p.name for p in (output / "images").iterdir()}
    held = (output / "images" / min(n for n in before if n.endswith(".png"))).open("rb")
    kept = held.read()
    source = content / "images/chart.png"
    older = source.stat().st_mtime_ns - 10**12
    Image.new("RGB", (40, 20), (200, 30, 30)).save(source)
    os.utime(source, ns=(older, older))
    result = build_site(output, extra=["--input", str(content)])
    assert result.returncode == 0, result.stderr
    after = {p.name for p in (output / "images").iterdir()}
    assert {n for n in before ^ after if n.startswith("camera.")} == set()
    charts_before = {n for n in before if n.startswith("chart.")}
    charts_after = {n for n in after if n.startswith("chart.")}
    assert len(charts_after) == 3 and not charts_before & charts_after
    page = (output / "en/news/annual-report/index.html").read_text("utf-8")
    assert all(name in page for name in charts_after)
    held.seek(0)
    assert held.read() == kept  # a reader of the old site is not disturbed
    held.close()
