"""Link previews, robots.txt and the favicon setting."""

import pytest

from plugins.base.settings import settings_problems
from plugins.metadata.core import alternate_locales, og_locale, page_type, robots_txt
from plugins.metadata.settings import DECLARATION


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("cs_CZ", "cs_CZ"),
        ("sr_Cyrl_RS", "sr_RS"),
        ("sr_Latn_RS", "sr_RS"),
        ("en", "en"),
    ],
)
def test_og_locale_is_language_and_territory(locale, expected):
    assert og_locale(locale) == expected


def test_alternate_locales_are_each_other_language_once():
    others = ["lv_LV", "sr_Cyrl_RS", "sr_Latn_RS", "en_GB", "cs_CZ"]
    assert alternate_locales("cs_CZ", others) == ("lv_LV", "sr_RS", "en_GB")
    assert alternate_locales("sr_Cyrl_RS", ["sr_Latn_RS", "bg_BG"]) == ("bg_BG",)


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("news", "article"),
        ("events", "article"),
        ("page", "article"),
        (None, "website"),
    ],
)
def test_page_type(kind, expected):
    assert page_type(kind) == expected


def test_robots_txt_names_the_absolute_sitemap_and_hides_nothing():
    assert robots_txt("https://x.example/sitemap.xml") == (
        b"User-agent: *\nDisallow:\n\nSitemap: https://x.example/sitemap.xml\n"
    )


@pytest.mark.parametrize(
    ("value", "problems"),
    [
        ("images/favicon.ico", []),
        (
            "images/missing.ico",
            [
                "METADATA_FAVICON: 'images/missing.ico' is not a file. Expected an "
                ".ico file; {theme}/static/images/missing.ico does not exist."
            ],
        ),
        (
            "images/emblem.svg",
            [
                "METADATA_FAVICON: 'images/emblem.svg' is not valid. Expected a path "
                "ending in '.ico'."
            ],
        ),
    ],
)
def test_favicon_setting(tmp_path, value, problems):
    (tmp_path / "static" / "images").mkdir(parents=True)
    (tmp_path / "static" / "images" / "favicon.ico").write_bytes(b"\0\0\1\0")
    settings = {"THEME": str(tmp_path), "METADATA_FAVICON": value}
    expected = [problem.format(theme=tmp_path) for problem in problems]
    assert settings_problems([DECLARATION], settings) == expected
