"""Settings declared once: option rules, values, one report for every plugin."""

from pathlib import Path

import pytest
from blinker import Signal

from plugins.accessibility import handlers as accessibility_handlers
from plugins.accessibility.settings import DECLARATION as ACCESSIBILITY
from plugins.base import settings as common
from plugins.base.settings import (
    ConfigError,
    CrossCheck,
    Declaration,
    Option,
    SiteError,
    boolean,
    day,
    list_of,
    mapping,
    one_of,
    settings_problems,
    site_values,
    text,
    texts,
    validated,
    whole_number,
)
from plugins.calendar import handlers as calendar_handlers
from plugins.calendar.settings import DECLARATION as CALENDAR
from plugins.feeds import handlers as feeds_handlers
from plugins.feeds.settings import DECLARATION as FEEDS
from plugins.multilingual import declare_settings as multilingual_declaration
from plugins.multilingual.settings import DECLARATION as MULTILINGUAL
from plugins.search import handlers as search_handlers
from plugins.search.settings import DECLARATION as SEARCH

EVERY_PLUGIN = [MULTILINGUAL, CALENDAR, FEEDS, SEARCH, ACCESSIBILITY]
CONTACT = {"email": "office@example.eu"}
GOOD = {
    "TIMEZONE": "Europe/Riga",
    "SITEURL": "https://network.example.org",
    "ACCESSIBILITY_PREPARED": "2026-11-23",
    "MULTILINGUAL_SITE": {
        code: CONTACT for code in ("cs", "lv", "sr-Cyrl", "bg", "en")
    },
}


@pytest.mark.parametrize(
    ("rule", "value", "accepted"),
    [
        (boolean(), True, True),
        (boolean(), False, True),
        (boolean(), 1, False),
        (boolean(), "yes", False),
        (boolean(), None, False),
        (one_of(("full", "summary")), "full", True),
        (one_of(("full", "summary")), "Full", False),
        (one_of(("full", "summary")), ["full"], False),  # unhashable: no TypeError
        (whole_number(1), 1, True),
        (whole_number(1), 0, False),
        (whole_number(1), True, False),
        (whole_number(1), 2.0, False),
        (whole_number(1), "3", False),
        (whole_number(0), 0, True),
        (whole_number(5, 100), 5, True),
        (whole_number(5, 100), 100, True),
        (whole_number(5, 100), 101, False),
        (whole_number(5, 100), 4, False),
        (day("a day"), "2026-11-23", True),
        (day("a day"), "", False),
        (day("a day"), "23.11.2026", False),
        (day("a day"), 20261123, False),
        (day("a day or ''", empty=True), "", True),
        (day("a day or ''", empty=True), "2026-02-30", False),
        (list_of(("news", "events")), ["news"], True),
        (list_of(("news", "events")), ("events", "news"), True),
        (list_of(("news", "events")), [], False),
        (list_of(("news", "events")), "news", False),
        (list_of(("news", "events")), ["news", "pages"], False),
        (list_of(("news", "events")), [["news"]], False),
        (texts("selectors"), [".a", "#b"], True),
        (texts("selectors"), [], True),
        (texts("codes", empty=False), [], False),
        (texts("selectors"), [".a", " "], False),
        (texts("selectors"), [".a", 3], False),
        (texts("selectors"), ".a", False),
        (text(), "anything", True),
        (text(), None, False),
        (text("a folder", r"[a-z]+(/[a-z]+)*"), "a/b", True),
        (text("a folder", r"[a-z]+(/[a-z]+)*"), "a/", False),
        (text("a folder", r"[a-z]+(/[a-z]+)*"), "../a", False),
        (mapping("a dict"), {}, True),
        (mapping("a dict"), {"en": {"name": "N"}}, True),
        (mapping("a dict"), {"en": "N"}, False),
        (mapping("a dict"), [("en", {})], False),
    ],
)
def test_option_rules(rule, value, accepted):
    assert rule.accepts(value) is accepted


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        (boolean(), "True or False"),
        (one_of(("full", "summary")), "one of: 'full', 'summary'"),
        (whole_number(1), "a whole number of 1 or more"),
        (whole_number(5, 100), "a whole number from 5 to 100"),
        (list_of(("news", "page")), "a non-empty list of 'news', 'page'"),
    ],
)
def test_what_each_rule_says_was_expected(rule, expected):
    assert rule.expected == expected


TOY = Declaration(
    prefix="TOY_",
    options=(
        Option("TOY_SIZE", 3, whole_number(1), "How big."),
        Option("TOY_NAMES", {"en": {"name": "Toy"}}, mapping("a dict"), "Names."),
    ),
    cross_checks=(
        CrossCheck(("TOY_SIZE",), lambda s: [f"TOY_SIZE: {s['TOY_SIZE']} is odd."]),
    ),
)


def test_values_are_copies_with_defaults_and_leave_the_settings_alone():
    names = {"lv": {"name": "Rotaļlieta"}}
    settings = {"TOY_NAMES": names}
    values = site_values([TOY], settings)
    assert dict(values) == {"TOY_SIZE": 3, "TOY_NAMES": {"lv": {"name": "Rotaļlieta"}}}
    values["TOY_NAMES"]["lv"]["name"] = "changed by a plugin"
    assert names == {"lv": {"name": "Rotaļlieta"}}
    assert settings == {"TOY_NAMES": names}
    with pytest.raises(TypeError):
        values["TOY_SIZE"] = 4  # read-only: one set of values per build
    site_values([TOY], {})["TOY_NAMES"]["en"]["name"] = "changed"
    assert TOY.defaults["TOY_NAMES"] == {"en": {"name": "Toy"}}


def test_a_cross_check_waits_for_the_settings_it_reads_to_be_valid():
    assert settings_problems([TOY], {"TOY_SIZE": 5}) == ["TOY_SIZE: 5 is odd."]
    assert settings_problems([TOY], {"TOY_SIZE": "five"}) == [
        "TOY_SIZE: 'five' is not valid. Expected a whole number of 1 or more."
    ]


def test_the_demo_settings_have_no_problem():
    assert settings_problems(EVERY_PLUGIN, GOOD) == []


def test_bad_values_in_several_plugins_make_one_report():
    settings = {
        **GOOD,
        "MULTILINGUAL_HOME_NEWS": -1,
        "TIMEZONE": "Mars/Olympus",
        "CALENDAR_NEWS": "no",
        "SITEURL": "",
        "FEEDS_LIMT": 20,
        "FEEDS_CONTENT": "teaser",
        "SEARCH_EXCERPT_WORDS": 500,
        "ACCESSIBILITY_REVIEWED": "soon",
    }
    with pytest.raises(ConfigError) as raised:
        validated(EVERY_PLUGIN, settings)
    assert str(raised.value).splitlines() == [
        "MULTILINGUAL_HOME_NEWS: -1 is not valid. Expected a whole number of 0 or "
        "more.",
        "TIMEZONE: 'Mars/Olympus' is not a known time zone. Expected an IANA name "
        "such as 'Europe/Riga' or 'UTC'.",
        "CALENDAR_NEWS: 'no' is not valid. Expected True or False.",
        "SITEURL: '' is not valid. Expected an absolute http(s) address such as "
        "'https://www.example.org': the calendar needs it for event addresses and "
        "UIDs.",
        "FEEDS_LIMT: unknown setting. Expected one of: FEEDS_LIMIT, FEEDS_CONTENT, "
        "FEEDS_INCLUDE_UNTRANSLATED, FEEDS_ALL_LANGUAGES.",
        "FEEDS_CONTENT: 'teaser' is not valid. Expected one of: 'full', 'summary'.",
        "SEARCH_EXCERPT_WORDS: 500 is not valid. Expected a whole number from 5 to "
        "100.",
        "ACCESSIBILITY_REVIEWED: 'soon' is not valid. Expected the day the "
        "statement was last reviewed, e.g. '2027-03-01', or ''.",
    ]
    assert isinstance(raised.value, SiteError)


def test_a_plugin_checks_settings_of_another_through_the_one_pass():
    # Accessibility reads MULTILINGUAL_LANGUAGES, with multilingual's default.
    settings = {**GOOD, "MULTILINGUAL_SITE": {**GOOD["MULTILINGUAL_SITE"], "bg": {}}}
    assert settings_problems(EVERY_PLUGIN, settings) == [
        "MULTILINGUAL_SITE['bg']: no 'email' or 'phone'. Expected at least one: the "
        "accessibility statement gives it for feedback."
    ]


class FakePelican:
    """What the initialized receiver reads of Pelican."""

    def __init__(self, settings):
        self.settings = settings


@pytest.fixture
def declarations(monkeypatch) -> Signal:
    """A signal of its own for the test: no plugin registered elsewhere answers."""
    signal = Signal()
    monkeypatch.setattr(common, "settings_declarations", signal)
    return signal


def test_every_registered_plugin_declares_its_settings_once(declarations):
    receivers = [
        multilingual_declaration,
        calendar_handlers.declare_settings,
        feeds_handlers.declare_settings,
        search_handlers.declare_settings,
        accessibility_handlers.declare_settings,
    ]
    for receiver in receivers + receivers:  # Pelican registers plugins per run
        declarations.connect(receiver)
    assert common.declared() == EVERY_PLUGIN


def test_pelican_stops_at_start_with_the_problems_of_every_plugin(declarations):
    declarations.connect(feeds_handlers.declare_settings)
    declarations.connect(search_handlers.declare_settings)
    pelican = FakePelican({"FEEDS_LIMIT": 0, "SEARCH_KINDS": ["blog"]})
    with pytest.raises(ConfigError) as raised:
        common.check_site_settings(pelican)
    assert str(raised.value).splitlines() == [
        "FEEDS_LIMIT: 0 is not valid. Expected a whole number of 1 or more.",
        "SEARCH_KINDS: ['blog'] is not valid. Expected a non-empty list of 'news', "
        "'events', 'page'.",
    ]
    assert pelican.settings == {"FEEDS_LIMIT": 0, "SEARCH_KINDS": ["blog"]}


def test_the_readme_lists_every_declared_setting():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    section = readme.split("\n## Settings\n")[1].split("\n## ")[0]
    missing = [
        option.name
        for declaration in EVERY_PLUGIN
        for option in declaration.options
        if f"`{option.name}`" not in section
    ]
    assert missing == []
