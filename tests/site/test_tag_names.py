"""Tags in every language: content/tags.toml names each tag once per language."""

import pytest

from .conftest import SETTINGS, SITEURL, build_site, check_content
from .test_aliases import content_with

# labour-exploitation: written "labour-exploitation" (its key) on an English item
# and "Darba ekspluatācija" (its Latvian name) on a Latvian one.
LABOUR = {
    "cs": ("cs", "pracovni-vykoristovani", "Pracovní vykořisťování", "Štítek"),
    "lv": ("lv", "darba-ekspluatacija", "Darba ekspluatācija", "Birka"),
    "sr-Cyrl": ("sr", "radna-eksploatacija", "Радна експлоатација", "Ознака"),
    "sr-Latn": ("sr-latn", "radna-eksploatacija", "Radna eksploatacija", "Oznaka"),
    "bg": ("bg", "trudova-eksploatatsia", "Трудова експлоатация", "Етикет"),
    "en": ("en", "labour-exploitation", "Labour exploitation", "Tag"),
}
JOINED = {"/en/news/fair-recruiters/", "/lv/news/riga-seminar/"}


@pytest.mark.parametrize("code", LABOUR)
def test_a_key_written_in_two_languages_is_one_tag_page_named_in_each(page, code):
    prefix, slug, name, _label = LABOUR[code]
    soup = page(f"{prefix}/tags/{slug}/")
    assert soup.html["lang"] == code
    assert soup.h1.get_text().endswith(name)
    assert {a["href"] for a in soup.select("main .entry-title a")} >= JOINED
    index = page(f"{prefix}/tags/").find("a", href=f"/{prefix}/tags/{slug}/")
    assert index.get_text() == name


def test_the_tag_pages_of_one_key_are_translations_of_each_other(page):
    soup = page("lv/tags/darba-ekspluatacija/")
    alternates = {
        link["hreflang"]: link["href"]
        for link in soup.head.find_all("link", rel="alternate", hreflang=True)
        if not link.get("type")
    }
    for code, (prefix, slug, _name, _label) in LABOUR.items():
        assert alternates[code] == f"{SITEURL}/{prefix}/tags/{slug}/"
    switcher = {a["hreflang"]: a["href"] for a in soup.select("nav.switcher a")}
    assert switcher["bg"] == "/bg/tags/trudova-eksploatatsia/"


def test_the_sitemap_joins_the_tag_pages_of_one_key(site):
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    entry = sitemap.split(f"<loc>{SITEURL}/cs/tags/pracovni-vykoristovani/</loc>")[1]
    entry = entry.split("</url>")[0]
    assert f'hreflang="lv" href="{SITEURL}/lv/tags/darba-ekspluatacija/"' in entry


@pytest.mark.parametrize(
    ("path", "names"),
    [
        ("en/news/fair-recruiters/", ["Labour exploitation"]),
        ("lv/news/riga-seminar/", ["Apmācības", "Darba ekspluatācija"]),
        ("sr-latn/news/annual-report/", ["Izveštaji"]),
        ("bg/news/annual-report/", None),  # no Bulgarian version: no page
    ],
)
def test_an_item_shows_its_tags_by_their_names_in_its_language(site, page, path, names):
    if names is None:
        assert not (site / path).exists()
        return
    assert [a.get_text() for a in page(path).select("p.tags a")] == names


@pytest.mark.parametrize(
    ("prefix", "option"),
    [
        ("lv", ("darba-ekspluatacija", "Darba ekspluatācija")),
        ("sr", ("izvestaji", "Извештаји")),
        ("sr-latn", ("izvestaji", "Izveštaji")),
        ("en", ("labour-exploitation", "Labour exploitation")),
    ],
)
def test_search_filters_name_tags_in_the_language(page, prefix, option):
    select = page(f"{prefix}/search/").find("select", attrs={"name": "tag"})
    options = [(o["value"], o.get_text(strip=True)) for o in select("option")]
    assert option in options


def test_feed_categories_use_the_language_names(site):
    feed = (site / "lv/feeds/all.rss.xml").read_text(encoding="utf-8")
    assert "<category>Darba ekspluatācija</category>" in feed
    assert "<category>Ziņojumi</category>" in feed


UNKNOWN = """Title: Darba tirgus pārbaudes
Date: 2024-05-01
Lang: lv
Slug: market-checks
Tags: Darba ekspluatacija, Sezonas darbi

Teksts.
"""


def test_make_check_warns_about_tags_not_in_the_table_and_suggests_the_key(tmp_path):
    content = content_with(tmp_path, {"news/market-checks.lv.md": UNKNOWN})
    result = check_content(content)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[:3] == [
        'content/news/market-checks.lv.md:5: warning: Tag "Darba ekspluatacija" is'
        " not in tags.toml, so every language shows it as written. Fix: did you mean"
        ' [labour-exploitation] ("Labour exploitation", "Darba ekspluatācija",'
        ' "Pracovní vykořisťování", "Радна експлоатација", "Трудова експлоатация")?'
        " Write its key or one of its names.",
        'content/news/market-checks.lv.md:5: warning: Tag "Sezonas darbi" is not in'
        " tags.toml, so every language shows it as written. Fix: add it to tags.toml"
        " with its name in every language, or use a tag from there.",
        "0 errors, 2 warnings in 1 file.",
    ]


def test_a_broken_tags_toml_is_an_error_at_its_line_never_a_traceback(tmp_path):
    broken = '[reports]\nen = "Reports"\nlv = "Ziņojumi\n'
    content = content_with(tmp_path, {"tags.toml": broken})
    result = check_content(content)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert (
        "content/tags.toml:3: error: This is not valid TOML (Illegal character"
        " '\\n'). Fix: write [labour-exploitation] followed by lines such as"
        ' en = "labour exploitation".'
    ) in result.stdout.splitlines()


def test_a_build_with_two_keys_at_one_address_stops_and_names_the_line(tmp_path):
    clash = (SETTINGS.parent / "content/tags.toml").read_text(encoding="utf-8")
    clash += '\n[exploitation]\nlv = "darba ekspluatācija!"\n'
    content = content_with(tmp_path, {"tags.toml": clash})
    result = build_site(tmp_path / "output", extra=["--input", str(content)])
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert "both have the address" not in result.stderr  # the table still counts
    assert (
        "tags.toml:43: error: [labour-exploitation] and [exploitation] have the same"
        " address tags/darba-ekspluatacija/ in language lv."
        " Fix: give them names that differ in letters or digits."
    ) in result.stdout + result.stderr
    assert not (tmp_path / "output").exists()
