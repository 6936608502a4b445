"""The multilingual generator: its session, the items it reads, the build day and
the state it starts a build from."""

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from plugins.base.settings import settings_declarations
from plugins.multilingual import declare_settings
from plugins.multilingual.generator import (
    ContentError,
    MultilingualGenerator,
    build_day,
    session_of,
)
from tests.unit.multilingual_builders import BY_CODE
from tests.unit.multilingual_fakes import ADDRESS, FakeContent, contents


def generator(context=None, settings=None) -> MultilingualGenerator:
    """A generator as Pelican leaves it after reading (without Pelican's __init__)."""
    made = object.__new__(MultilingualGenerator)
    made.context = context or {}
    made.settings = settings or {}
    return made


def test_session_of_finds_the_multilingual_generator():
    found = generator()
    found.session = object()
    assert session_of([object(), found]) is found.session


def test_session_of_without_the_plugin_says_so():
    with pytest.raises(
        LookupError, match="^the multilingual plugin is not in PLUGINS$"
    ):
        session_of([object()])


TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
LV_EN = [BY_CODE["lv"], BY_CODE["en"]]
CATALOGS = {"lv": None, "en": None}


def read(articles, pages=()):
    """The items read_items takes from these content objects."""
    context = {"articles": list(articles), "pages": list(pages)}
    return generator(context).read_items(LV_EN, ADDRESS, CATALOGS)


def test_read_items_makes_items_of_articles_and_pages():
    pairs = contents()[:4]
    items = read([c for c, page in pairs if not page], [c for c, page in pairs if page])
    assert [(item.lang, item.path, item.kind) for item in items] == [
        ("lv", "lv/news/report/", "news"),
        ("lv", "lv/news/other/", "news"),
        ("en", "en/news/report/", "news"),
        ("lv", "lv/about/", "page"),
    ]
    assert pairs[0][0].url == "lv/news/report/"  # {filename} links resolve to it


PROBLEMS = [
    (
        "unknown Lang",
        [FakeContent("news/a.de.md", "de", "a", "A", "")],
        "news/a.de.md: Lang 'de' is not a site language (lv, en).",
    ),
    (
        "bad slug",
        [FakeContent("news/b.lv.md", "lv", "a/b", "B", "")],
        "news/b.lv.md: error: Slug 'a/b'",
    ),
    (
        "every problem listed",
        [
            FakeContent("news/a.de.md", "de", "a", "A", ""),
            FakeContent("news/c.lv.md", "lv", "c", "C", ""),
            FakeContent("news/d.sr.md", "sr-Cyrl", "d", "D", ""),
        ],
        "news/a.de.md: Lang 'de' is not a site language (lv, en).\n"
        "news/d.sr.md: Lang 'sr-Cyrl' is not a site language (lv, en).",
    ),
]


@pytest.mark.parametrize(
    ("articles", "message"),
    [case[1:] for case in PROBLEMS],
    ids=[case[0] for case in PROBLEMS],
)
def test_read_items_names_the_file_of_each_problem(articles, message):
    with pytest.raises(ContentError) as raised:
        read(articles)
    assert str(raised.value).startswith(message)


DAYS = [("2024-05-10", date(2024, 5, 10)), (date(2023, 1, 2), date(2023, 1, 2))]


@pytest.mark.parametrize(("fixed", "day"), DAYS)
def test_build_day_is_the_fixed_day(fixed, day):
    options = {"MULTILINGUAL_TODAY": fixed}
    assert build_day({"TIMEZONE": "Pacific/Kiritimati"}, options) == day


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Pacific/Pago_Pago"])
def test_build_day_is_today_in_the_site_timezone(zone):
    day = build_day({"TIMEZONE": zone}, {"MULTILINGUAL_TODAY": ""})
    assert day == datetime.now(ZoneInfo(zone)).date()


def test_build_state_holds_latin_copies_and_catalogs():
    pairs = contents()
    settings = {
        "SITEURL": "https://example.org/site",
        "TIMEZONE": "Europe/Riga",
        "MULTILINGUAL_LANGUAGES": ["lv", "sr-Cyrl", "sr-Latn", "en"],
        "MULTILINGUAL_TODAY": "2024-05-10",
        "MULTILINGUAL_TRANSLATIONS_DIR": str(TRANSLATIONS),
        "MULTILINGUAL_SITE": {"sr-Cyrl": {"name": "Мрежа"}},
    }
    context = {
        "articles": [c for c, page in pairs if not page],
        "pages": [c for c, page in pairs if page],
    }
    with settings_declarations.connected_to(declare_settings):
        state = generator(context, settings).build_state()
    registry = state.registry
    assert [language.code for language in state.languages] == [
        "lv",
        "sr-Cyrl",
        "sr-Latn",
        "en",
    ]
    copy = registry.item_at("sr-latn/news/vest/")
    assert copy.generated_from == "sr-Cyrl"
    assert copy.title == "Vest"
    assert registry.item_at("sr-latn/news/druga/").title == "Druga"
    assert len(list(registry.every_item())) == len(pairs) + 2
    news = {code: catalog.gettext("News") for code, catalog in state.catalogs.items()}
    assert news == {
        "lv": "Jaunumi",
        "sr-Cyrl": "Вести",
        "sr-Latn": "Vesti",
        "en": "News",
    }
    assert state.today == date(2024, 5, 10)
    assert state.address.base_path == "/site"
    assert state.site_info["sr-Latn"] == {
        "name": "Mreža",
        "emblem": "theme/images/emblem.svg",
    }
    assert state.settings["MULTILINGUAL_FALLBACK"] == "en"
