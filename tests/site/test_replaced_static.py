"""A photo replaced by an older-dated file is published; the live file is kept."""

import os
import shutil

from .conftest import SETTINGS, build_site


def test_a_replaced_photo_with_an_older_date_is_published(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(SETTINGS.parent / "content", content)
    output = tmp_path / "output"
    assert build_site(output, extra=["--input", str(content)]).returncode == 0
    published = output / "images/chart.png"
    before = published.read_bytes()
    held = published.open("rb")  # the file a reader had open: the previous inode
    source = content / "images/chart.png"
    older = source.stat().st_mtime_ns - 10**12
    replacement = before[:-4] + bytes(4)  # same size, other bytes
    source.write_bytes(replacement)
    os.utime(source, ns=(older, older))  # as `cp -p` or an unzip leaves it
    result = build_site(output, extra=["--input", str(content)])
    assert result.returncode == 0, result.stderr
    assert published.read_bytes() == replacement
    assert os.fstat(held.fileno()).st_ino != published.stat().st_ino
    assert held.read() == before
    held.close()
