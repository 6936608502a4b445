"""The Hugo reference site of `make bench`: the same corpus, as Hugo reads it."""

import json
import subprocess

import pytest

from bench import corpus, hugo
from tests.needs import missing

ITEM = """Title: Pracovní skupina
Date: 2024-05-02 09:30
Lang: cs
Slug: working-group
Category: events
Tags: awareness, victim-support
Summary: Setkání odborníků.

Text **tučně**.

Druhý odstavec.
"""


def test_an_item_becomes_front_matter_and_its_markdown():
    meta, body = hugo.split_item(ITEM)
    assert body == "Text **tučně**.\n\nDruhý odstavec.\n"
    assert hugo.front_matter(meta, "events") == {
        "title": "Pracovní skupina",
        "slug": "working-group",
        "date": "2024-05-02T09:30:00",
        "tags": ["awareness", "victim-support"],
        "categories": ["events"],
        "description": "Setkání odborníků.",
    }


@pytest.mark.parametrize(
    "written, read",
    [("2024-05-02", "2024-05-02"), ("2024-05-02 09:30", "2024-05-02T09:30:00")],
)
def test_dates_are_written_as_hugo_reads_them(written, read):
    assert hugo.hugo_date(written) == read


def test_every_corpus_file_is_in_the_hugo_site(tmp_path):
    content, site = tmp_path / "content", tmp_path / "site"
    files = corpus.corpus_files(6, 1)
    corpus.write_files(content, files)
    count = hugo.write_site(content, site)
    assert count == sum(1 for name in files if name.endswith(".md"))
    assert sorted(p.name for p in (site / "layouts" / "_default").iterdir()) == [
        "baseof.html",
        "list.html",
        "single.html",
    ]
    config = (site / "hugo.toml").read_text()
    assert "[languages.lv]" in config and "defaultContentLanguageInSubdir" in config
    page = next((site / "content" / "pages").glob("*.lv.md")).read_text()
    assert json.loads(page.partition("\n\n")[0])["title"]


def test_hugo_builds_the_site_in_every_language(tmp_path):
    if hugo.available() is None:
        missing(f"hugo not found. Install: {hugo.HINT}")
    content, site, output = tmp_path / "content", tmp_path / "site", tmp_path / "out"
    corpus.write_files(content, corpus.corpus_files(6, 1))
    hugo.write_site(content, site)
    argv = hugo.build_argv(hugo.available(), site, output)
    assert subprocess.run(argv, capture_output=True).returncode == 0
    for language in ("en", "cs", "lv", "sr", "bg"):
        assert (output / language / "index.html").is_file()
