"""Item HTML kept by the file it was made from (plugins/multilingual/kept_html.py):
an unchanged file is not handed to Pelican again, unless a link in it may now lead
elsewhere. The builds here keep their own cache: the fixture's shared cache would
hide a wrong kept body from the clean build it is compared with."""

import os
import re
import shutil
import time

from .conftest import SETTINGS, build_site
from .test_quick_rebuild import without_search
from .test_safe_publishing import tree_digest

LINKER = """Title: Where to read more
Date: 2024-04-01
Lang: en
Slug: read-more

Read [the guide]({filename}/news/guide.en.md) first.
"""
GUIDE = """Title: A guide for hotlines
Date: 2024-03-01
Lang: en
Slug: hotline-guide

How a hotline answers a call.
"""


def settings_with_cache(folder, cache) -> str:
    """The fixture's settings with a cache of the test's own."""
    settings = folder / f"{cache.name}.conf.py"
    settings.write_text(
        "import runpy\n"
        f"globals().update(runpy.run_path({str(SETTINGS)!r}))\n"
        f"CACHE_PATH = {str(cache)!r}\n"
    )
    return settings


def build(root, content, output: str, cache: str) -> str:
    """Build into a folder of `root` with a cache of `root`; what it logged."""
    settings = settings_with_cache(root, root / cache)
    extra = ["--input", str(content), "--verbose"]
    result = build_site(root / output, settings, extra)
    assert result.returncode == 0, result.stderr
    return " ".join((result.stdout + result.stderr).split())


def test_a_link_follows_its_target_to_a_new_address(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(SETTINGS.parent / "content", content)
    linker = content / "news" / "read-more.en.md"
    linker.write_text(LINKER, encoding="utf-8")
    guide = content / "news" / "guide.en.md"
    guide.write_text(GUIDE, encoding="utf-8")
    # Saved an hour ago: a file saved just before a build is never kept by it.
    for path in linker, guide:
        os.utime(path, (time.time() - 3600,) * 2)
    first = build(tmp_path, content, "output", "cache")
    assert re.search(r"multilingual: 0 of \d+ items were kept", first), first
    page = tmp_path / "output" / "en" / "news" / "read-more" / "index.html"
    assert "/en/news/hotline-guide/" in page.read_text(encoding="utf-8")

    # The linking file is unchanged; the file it links to moves.
    guide.write_text(GUIDE.replace("hotline-guide", "guide"), encoding="utf-8")
    second = build(tmp_path, content, "output", "cache")
    # Every item is read anew: any link may lead elsewhere now.
    assert re.search(r"multilingual: 0 of \d+ items were kept", second), second
    html = page.read_text(encoding="utf-8")
    assert "/en/news/guide/" in html and "hotline-guide" not in html
    build(tmp_path, content, "clean", "clean-cache")
    # Pagefind's bundle names differ between caches (plugins/search/cache.py).
    published = without_search(tree_digest(tmp_path / "output"))
    assert published == without_search(tree_digest(tmp_path / "clean"))


def test_an_unchanged_build_gives_the_same_site_from_kept_html(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(SETTINGS.parent / "content", content)
    first = build(tmp_path, content, "first", "cache")
    assert re.search(r"multilingual: 0 of \d+ items were kept", first), first
    second = build(tmp_path, content, "second", "cache")
    kept = re.search(r"multilingual: (\d+) of (\d+) items were kept", second)
    assert kept and kept[1] == kept[2], second  # no file handed to Pelican again
    assert tree_digest(tmp_path / "first") == tree_digest(tmp_path / "second")
