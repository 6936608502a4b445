"""The link check over the built fixture site, and in the build (--link-check)."""

import hashlib
import shutil

from tools.linkcheck import check_folder, format_report, main

from .conftest import SETTINGS, SITEURL, build_site

BROKEN = """Title: Saite uz nekurieni
Date: 2014-01-20
Lang: lv
Slug: broken-link

Skatiet [vecu rakstu](/lv/news/missing/)
un [gada ziņojumu](/lv/news/annual-report/#nav).
"""


def test_the_fixture_site_has_no_broken_links(site):
    report = check_folder(site, SITEURL)
    assert report.pages > 300 and report.links > 10_000
    assert report.broken == [], format_report(report)


def test_the_command_line_checks_the_fixture_site(site, capsys):
    assert main([str(site), "--settings", str(SETTINGS)]) == 0
    assert ", no broken links; " in capsys.readouterr().out


def digest(folder) -> dict:
    """Every file of a folder with a hash of its bytes."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).digest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_a_broken_link_fails_the_build_and_keeps_the_live_site(tmp_path, site):
    content = tmp_path / "content"
    shutil.copytree(SETTINGS.parent / "content", content)
    (content / "news" / "broken-link.lv.md").write_text(BROKEN, encoding="utf-8")
    live = tmp_path / "output"
    shutil.copytree(site, live)
    before = digest(live)
    result = build_site(live, extra=["--input", str(content), "--link-check"])
    assert result.returncode == 1
    assert "Build failed; the previous site is unchanged." in result.stderr
    page = "lv/news/broken-link/index.html"
    for expected in [
        "/lv/news/missing/ leads to no file of the site"
        " (no lv/news/missing/index.html).",
        "/lv/news/annual-report/#nav points to #nav, but"
        ' lv/news/annual-report/index.html has no id "nav".',
        "text/lv/news/broken-link/index.html:",
    ]:
        assert expected in result.stderr, expected
    assert f"{page}:" in result.stderr
    assert digest(live) == before
    assert not (tmp_path / ".output.building").exists()
