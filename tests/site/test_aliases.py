"""Old addresses keep working: redirect pages, the nginx map, and collisions stopped."""

import shutil

import pytest

from .conftest import SETTINGS, SITEURL, build_site, check_content

TARGET = "/lv/network-meeting/"
OLD_ADDRESSES = [
    "/arhivs/sanāksme 2015.html",
    "/lv/vecs/arhivs/2015/tikla-sanaksme-riga-ar-partneriem-no-visiem-regioniem.html",
    "/lv/vecs/raksts.html",
]


def map_entries(output) -> list[str]:
    """The entries of the generated nginx redirect map, comments left out."""
    text = (output / "_redirects.map").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if not line.startswith("#")]


@pytest.mark.parametrize("address", OLD_ADDRESSES)
def test_every_old_address_has_a_redirect_page(page, address):
    soup = page(address.lstrip("/"))
    assert soup.html["lang"] == "lv"
    assert soup.find("link", rel="canonical")["href"] == f"{SITEURL}{TARGET}"
    refresh = soup.find("meta", attrs={"http-equiv": "refresh"})
    assert refresh["content"] == f"0; url={TARGET}"
    link = soup.body.find("a")
    assert (link["href"], link.get_text()) == (TARGET, "Tīkla sanāksme Rīgā")
    assert soup.find("script") is None


def test_the_item_itself_is_at_its_new_address(page):
    assert page(TARGET.lstrip("/")).h1.get_text() == "Tīkla sanāksme Rīgā"


def test_nginx_map_lists_every_old_address(site):
    items = [entry for entry in map_entries(site) if "/tags/" not in entry]
    assert items == [f'"{path}" "{TARGET}";' for path in OLD_ADDRESSES]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # Tags as written before tags.toml named them lead to the named tag page.
        ("/cs/tags/reports", "/cs/tags/zpravy/"),
        ("/bg/tags/labour-exploitation/", "/bg/tags/trudova-eksploatatsia/"),
        ("/lv/tags/labour-exploitation/index.html", "/lv/tags/darba-ekspluatacija/"),
        ("/sr-latn/tags/darba-ekspluatacija/", "/sr-latn/tags/radna-eksploatacija/"),
    ],
)
def test_old_tag_addresses_redirect_to_the_tag_named_in_the_language(
    site, page, old, new
):
    assert f'"{old}" "{new}";' in map_entries(site)
    folder = old.removesuffix("index.html").rstrip("/").lstrip("/") + "/"
    refresh = page(folder).find("meta", attrs={"http-equiv": "refresh"})
    assert refresh["content"] == f"0; url={new}"


def test_redirect_pages_stay_out_of_the_sitemap(site):
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "vecs" not in sitemap and "arhivs" not in sitemap


def content_with(tmp_path, files: dict[str, str]):
    """The fixture content plus some files."""
    content = tmp_path / "content"
    shutil.copytree(SETTINGS.parent / "content", content)
    for name, text in files.items():
        (content / name).write_text(text, encoding="utf-8")
    return content


RENAMED = """Title: Apmācības darba inspektoriem
Date: 2014-01-20
Lang: lv
Slug: inspector-training
Aliases: /lv/news/darba-inspektoru-apmacibas/

Teksts.
"""


def test_a_changed_slug_keeps_its_old_address(tmp_path):
    content = content_with(tmp_path, {"news/renamed.lv.md": RENAMED})
    output = tmp_path / "output"
    result = build_site(output, extra=["--input", str(content)])
    assert result.returncode == 0, result.stderr
    old = output / "lv/news/darba-inspektoru-apmacibas/index.html"
    assert "url=/lv/news/inspector-training/" in old.read_text(encoding="utf-8")
    folder = "/lv/news/darba-inspektoru-apmacibas"
    target = '"/lv/news/inspector-training/";'
    for request in (folder, f"{folder}/", f"{folder}/index.html"):
        assert f'"{request}" {target}' in map_entries(output)


CLASH = """Title: Dubultā adrese
Date: 2014-01-20
Lang: lv
Slug: clash
Aliases: /lv/news/annual-report/, /lv/vecs/raksts.html, /lv/tags/zinojumi/

Teksts.
"""
CLASH_REPORT = [
    'content/news/clash.lv.md:5: error: Alias "/lv/news/annual-report/" would'
    " replace a page of the site. Fix: remove it, or write the real old address.",
    'content/news/clash.lv.md:5: error: Alias "/lv/tags/zinojumi/" would replace'
    " a page of the site. Fix: remove it, or write the real old address.",
    'content/news/clash.lv.md:5: error: Alias "/lv/vecs/raksts.html" is also used'
    " by pages/network-meeting.lv.md. Fix: keep it in one file only.",
    'content/pages/network-meeting.lv.md:5: error: Alias "/lv/vecs/raksts.html" is'
    " also used by news/clash.lv.md. Fix: keep it in one file only.",
]


def test_a_build_stops_on_aliases_that_replace_pages_or_collide(tmp_path, site):
    content = content_with(tmp_path, {"news/clash.lv.md": CLASH})
    output = tmp_path / "output"
    shutil.copytree(site, output)
    result = build_site(output, extra=["--input", str(content)])
    assert result.returncode == 1
    assert "Build failed; the previous site is unchanged." in result.stderr
    for line in CLASH_REPORT:
        assert line in result.stderr
    assert not (output / "lv/news/clash").exists()


def test_make_check_reports_the_same_collisions(tmp_path):
    content = content_with(tmp_path, {"news/clash.lv.md": CLASH})
    result = check_content(content)
    assert result.returncode == 1
    assert result.stdout.splitlines()[:4] == CLASH_REPORT
