"""The accessibility statement: its address, its facts, and the settings' checks."""

from datetime import date

import pytest

from plugins.accessibility.core import Statement, statement_for, statement_path
from plugins.accessibility.settings import DECLARATION
from plugins.base.settings import (
    ConfigError,
    settings_problems,
    site_values,
    validated,
)

SITE = {"MULTILINGUAL_SITE": {"en": {"email": "a@example.eu"}}}
LANGUAGES = {"MULTILINGUAL_LANGUAGES": ["en"]}
VALID = {**SITE, **LANGUAGES, "ACCESSIBILITY_PREPARED": "2026-11-23"}


def accessibility_settings(settings):
    """The ACCESSIBILITY_ values of these settings, defaults filled in."""
    return site_values([DECLARATION], settings)


@pytest.mark.parametrize(
    ("prefix", "path"),
    [("lv", "lv/accessibility/"), ("sr-latn", "sr-latn/accessibility/")],
)
def test_statement_path(prefix, path):
    assert statement_path(prefix) == path


def test_statement_for_takes_dates_from_settings_and_contact_from_the_site():
    options = accessibility_settings(
        {"ACCESSIBILITY_PREPARED": "2026-11-23", "ACCESSIBILITY_REVIEWED": "2027-01-05"}
    )
    statement = statement_for(options, {"email": "a@example.eu", "phone": "+32 2"})
    assert statement == Statement(
        "partial", date(2026, 11, 23), date(2027, 1, 5), "a@example.eu", "+32 2"
    )
    assert statement.lists_problems


@pytest.mark.parametrize(("status", "lists"), [("full", False), ("none", True)])
def test_only_a_fully_compliant_site_has_no_list_of_problems(status, lists):
    options = accessibility_settings(
        {"ACCESSIBILITY_STATUS": status, "ACCESSIBILITY_PREPARED": "2026-11-23"}
    )
    statement = statement_for(options, {"phone": "+32 2"})
    assert (statement.lists_problems, statement.email, statement.reviewed) == (
        lists,
        "",
        None,
    )


def test_defaults_are_partial():
    values = validated([DECLARATION], VALID)
    assert values["ACCESSIBILITY_STATUS"] == "partial"
    assert DECLARATION.defaults["ACCESSIBILITY_STATUS"] == "partial"


@pytest.mark.parametrize(
    ("settings", "problem"),
    [
        (
            {"ACCESSIBILITY_DATE": "2026-11-23"},
            "ACCESSIBILITY_DATE: unknown setting. Expected one of: "
            "ACCESSIBILITY_STATUS, ACCESSIBILITY_PREPARED, ACCESSIBILITY_REVIEWED.",
        ),
        (
            {"ACCESSIBILITY_STATUS": "compliant"},
            "ACCESSIBILITY_STATUS: 'compliant' is not valid. "
            "Expected one of: 'full', 'partial', 'none'.",
        ),
        (
            {"ACCESSIBILITY_PREPARED": "23.11.2026"},
            "ACCESSIBILITY_PREPARED: '23.11.2026' is not valid. Expected the day the "
            "statement was prepared, e.g. '2026-11-23'.",
        ),
        (
            {"ACCESSIBILITY_REVIEWED": "soon"},
            "ACCESSIBILITY_REVIEWED: 'soon' is not valid. Expected the day the "
            "statement was last reviewed, e.g. '2027-03-01', or ''.",
        ),
        (
            {"ACCESSIBILITY_REVIEWED": "2026-01-01"},
            "ACCESSIBILITY_REVIEWED: '2026-01-01' is before ACCESSIBILITY_PREPARED "
            "'2026-11-23'. Expected the same day or later.",
        ),
        (
            {"MULTILINGUAL_SITE": {"en": {"name": "Network"}}},
            "MULTILINGUAL_SITE['en']: no 'email' or 'phone'. Expected at least one: "
            "the accessibility statement gives it for feedback.",
        ),
    ],
)
def test_each_problem_names_setting_value_and_expectation(settings, problem):
    assert settings_problems([DECLARATION], {**VALID, **settings}) == [problem]


def test_every_problem_is_listed_at_once():
    settings = {
        "ACCESSIBILITY_STATUS": "yes",
        "ACCESSIBILITY_PREPARED": "",
        "MULTILINGUAL_LANGUAGES": ["cs", "sr-Cyrl", "sr-Latn"],
        "MULTILINGUAL_SITE": {"cs": {"phone": "+420"}, "sr-Cyrl": {"name": "Мрежа"}},
    }
    with pytest.raises(ConfigError) as raised:
        validated([DECLARATION], settings)
    assert str(raised.value).splitlines() == [
        "ACCESSIBILITY_STATUS: 'yes' is not valid. "
        "Expected one of: 'full', 'partial', 'none'.",
        "ACCESSIBILITY_PREPARED: '' is not valid. Expected the day the statement "
        "was prepared, e.g. '2026-11-23'.",
        # sr-Latn takes its site information from sr-Cyrl: both lack a contact.
        "MULTILINGUAL_SITE['sr-Cyrl']: no 'email' or 'phone'. Expected at least "
        "one: the accessibility statement gives it for feedback.",
        "MULTILINGUAL_SITE['sr-Latn']: no 'email' or 'phone'. Expected at least "
        "one: the accessibility statement gives it for feedback.",
    ]
