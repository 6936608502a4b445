"""Rules about one file's metadata: every message is tested word for word."""

import pytest

from plugins.checks.core import check_file_text
from plugins.checks.options import CheckOptions
from plugins.checks.rules import suggest_language

LANGS = "(one of cs, lv, sr, sr-Latn, bg, en)"


def source(changes=None, body="Teksts.", base=None):
    """Build a file: Title (line 1), Date (2), Lang (3), then added fields."""
    fields = dict(
        base
        or {"Title": "Darba grupa turpina darbu", "Date": "2017-03-13", "Lang": "lv"}
    )
    for key, value in (changes or {}).items():
        if value is None:
            fields.pop(key, None)
        else:
            fields[key] = value
    return "".join(f"{key}: {value}\n" for key, value in fields.items()) + f"\n{body}\n"


def report(path, text, options=None):
    return [problem.describe() for problem in check_file_text(path, text, options)]


def test_a_clean_news_file_has_no_problems():
    assert report("news/a.md", source({"Slug": "darba-grupa", "Tags": "A, B"})) == []


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"Title": None},
            "news/a.md:1: error: Title is missing. Fix: add a first line such as"
            ' "Title: Working group meets again".',
        ),
        (
            {"Title": ""},
            "news/a.md:1: error: Title is empty."
            ' Fix: write the headline after "Title:".',
        ),
        (
            {"Lang": None},
            'news/a.md:1: warning: Lang is missing, so the file is published as "cs".'
            f' Fix: add a line such as "Lang: cs" {LANGS}.',
        ),
        (
            {"Lang": "xx"},
            'news/a.md:3: error: Lang "xx" is not a site language.'
            " Fix: use one of cs, lv, sr, sr-Latn, bg, en.",
        ),
        (
            {"Date": None},
            "news/a.md:1: error: Date is missing, so the site cannot publish this item."
            ' Fix: add the publication date, e.g. "Date: 2017-03-13".',
        ),
        (
            {"Evnet-start": "2018-12-18"},
            'news/a.md:4: error: Unknown metadata key "Evnet-start".'
            ' Fix: did you mean "Event-start"?',
        ),
        (
            {"Language": "lv"},
            'news/a.md:4: error: Unknown metadata key "Language".'
            ' Fix: did you mean "Lang"?',
        ),
        (
            {"Foo": "bar"},
            'news/a.md:4: warning: Unknown metadata key "Foo"; the site ignores it.'
            " Fix: remove it, or use one of Title, Date, Modified, Lang, Slug,"
            " Category, Tags, Summary, Publisher, Contact, Event-start, Event-end,"
            " Location, Timezone, Aliases, Status, Translation, Authors, Author,"
            " Order.",
        ),
        (
            {"Praha": "setkání odborníků"},
            'news/a.md:4: error: "Praha: setkání odborníků" is read as the metadata'
            ' key "Praha", so the line would disappear from the page. Fix: leave a'
            " blank line between the metadata and the text.",
        ),
        (
            {"Category": "News"},
            'news/a.md:4: error: Category "News" is not a site category.'
            ' Fix: use "news" (one of news, events).',
        ),
        (
            {"Category": "Novinky"},
            'news/a.md:4: error: Category "Novinky" is not a site category.'
            " Fix: use one of news, events.",
        ),
        (
            {"Timezone": "Riga"},
            'news/a.md:4: error: Timezone "Riga" is not a time zone name.'
            ' Fix: use an IANA name such as "Europe/Riga".',
        ),
        (
            {"Timezone": "europe/riga"},
            'news/a.md:4: error: Timezone "europe/riga" is not a time zone name.'
            ' Fix: use an IANA name such as "Europe/Riga".',
        ),
        (
            {"Status": "publish"},
            'news/a.md:4: error: Status "publish" is not known.'
            ' Fix: use "published" (one of draft, published, hidden).',
        ),
        (
            {"Status": "secret"},
            'news/a.md:4: error: Status "secret" is not known.'
            " Fix: use one of draft, published, hidden.",
        ),
        (
            {"Translation": "yes"},
            'news/a.md:4: warning: Translation "yes" is neither "true" nor "false";'
            ' the site reads it as "true". Fix: write "Translation: true" for a'
            " translation, or remove the line.",
        ),
        (
            {"Event-start": "2018-12-18"},
            "news/a.md:4: warning: Event-start is set, but this file is not an event."
            " Fix: move the file to events/, or remove the line.",
        ),
    ],
)
def test_metadata_rule_messages(changes, expected):
    assert report("news/a.md", source(changes)) == [expected]


@pytest.mark.parametrize(
    "changes",
    [
        {"Timezone": "Europe/Riga"},
        {"Status": "Draft"},
        {"Translation": "True"},
        {"Category": "news"},
        {"Author": "A", "Authors": "A, B", "Summary": "S"},
        {"Publisher": "Iekšlietu ministrija", "Contact": "+371 67829674"},
    ],
)
def test_accepted_metadata_values(changes):
    assert report("news/a.md", source(changes)) == []


@pytest.mark.parametrize(
    ("value", "guess"),
    [
        ("lv-LV", "lv"),
        ("LV", "lv"),
        ("cz", "cs"),
        ("sr-Cyrl", "sr"),
        ("sr-Cyrl-RS", "sr"),
        ("srpski", "sr"),
        ("sr_Latn", "sr-Latn"),
        ("sr-latn-RS", "sr-Latn"),
        ("english", "en"),
        ("Latviešu", "lv"),
        ("bgr", "bg"),
        ("xx", None),
    ],
)
def test_suggest_language(value, guess):
    assert suggest_language(value, ("cs", "lv", "sr", "sr-Latn", "bg", "en")) == guess


def test_unknown_language_message_names_the_suggestion():
    assert report("news/a.md", source({"Lang": "lv-LV"})) == [
        'news/a.md:3: error: Lang "lv-LV" is not a site language.'
        f' Fix: use "lv" {LANGS}.'
    ]


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        (
            "Date",
            "2017-02-30",
            'Date "2017-02-30" does not exist: February 2017 has 28 days.'
            " Fix: check the day and the month.",
        ),
        (
            "Date",
            "2017-13-01",
            'Date "2017-13-01" does not exist: there is no month 13.'
            " Fix: check the day and the month.",
        ),
        (
            "Date",
            "13.03.2017",
            'Date "13.03.2017" is not in the form YYYY-MM-DD.'
            ' Fix: write "Date: 2017-03-13".',
        ),
        (
            "Date",
            "yesterday",
            'Date "yesterday" is not in the form YYYY-MM-DD.'
            " Fix: write it as YYYY-MM-DD, or YYYY-MM-DD HH:MM with a time.",
        ),
        (
            "Date",
            "2017-03-13 25:00",
            'Date "2017-03-13 25:00" has an impossible time "25:00".'
            " Fix: use 24-hour time from 00:00 to 23:59.",
        ),
        (
            "Date",
            "2017-03-13 09:60",
            'Date "2017-03-13 09:60" has an impossible time "09:60".'
            " Fix: use 24-hour time from 00:00 to 23:59.",
        ),
        (
            "Modified",
            "2017-04-31",
            'Modified "2017-04-31" does not exist: April 2017 has 30 days.'
            " Fix: check the day and the month.",
        ),
    ],
)
def test_bad_dates(key, value, expected):
    line = 2 if key == "Date" else 4
    assert report("news/a.md", source({key: value})) == [
        f"news/a.md:{line}: error: {expected}"
    ]


@pytest.mark.parametrize(
    "value",
    ["2016-02-29", "2017-03-13 09:30", "2017-3-5 9:30", "2017-03-13T09:30:00+01:00"],
)
def test_good_dates(value):
    assert report("news/a.md", source({"Date": value})) == []


EVENT = {
    "Title": "Seminārs",
    "Date": "2018-11-01",
    "Lang": "lv",
    "Event-start": "2018-12-18 10:00",
    "Location": "Rīga",
}


@pytest.mark.parametrize(
    ("path", "changes", "expected"),
    [
        ("events/e.md", {}, []),
        ("events/e.md", {"Event-start": "2018-12-18", "Event-end": "2018-12-18"}, []),
        ("events/e.md", {"Event-end": "2018-12-18 10:00"}, []),
        (
            "events/e.md",
            {"Event-end": "2018-12-18 16:00", "Timezone": "Europe/Riga"},
            [],
        ),
        (
            "events/e.md",
            {"Event-start": None},
            [
                "events/e.md:1: error: This event has no Event-start."
                ' Fix: add a line such as "Event-start: 2018-12-18 10:00".'
            ],
        ),
        (
            "events/e.md",
            {"Location": None},
            [
                "events/e.md:1: error: This event has no Location."
                ' Fix: add a line such as "Location: Rīga, Brīvības iela 36".'
            ],
        ),
        (
            "news/e.md",
            {"Category": "events", "Location": ""},
            [
                "news/e.md:4: warning: Event-start is set, but this file is not an"
                " event. Fix: move the file to events/, or remove the line.",
                'news/e.md:6: error: Category "events" does not fit the folder news/:'
                " files in news/ are news items. Fix: remove the Category line, or"
                " move the file to events/.",
            ],
        ),
        (
            "events/e.md",
            {"Category": "News"},
            [
                'events/e.md:6: error: Category "News" does not fit the folder events/:'
                " files in events/ are events. Fix: remove the Category line, or"
                " move the file to news/."
            ],
        ),
        (
            "events/e.md",
            {"Category": None, "Location": ""},
            [
                "events/e.md:5: error: This event has no Location."
                ' Fix: add a line such as "Location: Rīga, Brīvības iela 36".'
            ],
        ),
        (
            "events/e.md",
            {"Event-end": "2018-12-18 09:00"},
            [
                'events/e.md:6: error: Event-end "2018-12-18 09:00" is before'
                ' Event-start "2018-12-18 10:00". Fix: check both dates;'
                " the end must not come before the start.",
            ],
        ),
        (
            "events/e.md",
            {"Event-end": "2018-12-17"},
            [
                'events/e.md:6: error: Event-end "2018-12-17" is before'
                ' Event-start "2018-12-18 10:00". Fix: check both dates;'
                " the end must not come before the start.",
            ],
        ),
        (
            "events/e.md",
            {"Event-end": "2018-12-19"},
            [
                'events/e.md:6: error: Event-start "2018-12-18 10:00" has a time of'
                ' day, but Event-end "2018-12-19" has none. Fix: give both a time,'
                ' e.g. "Event-end: 2018-12-19 17:00", or write both as dates for an'
                " event of whole days.",
            ],
        ),
        (
            "events/e.md",
            {"Event-start": "2018-12-18", "Event-end": "2018-12-19 12:00"},
            [
                'events/e.md:6: error: Event-end "2018-12-19 12:00" has a time of'
                ' day, but Event-start "2018-12-18" has none. Fix: give both a time,'
                ' e.g. "Event-start: 2018-12-18 09:00", or write both as dates for an'
                " event of whole days.",
            ],
        ),
        (
            "events/e.md",
            {"Event-start": "2018-12-18 25:00", "Event-end": "2018-12-17"},
            [
                'events/e.md:4: error: Event-start "2018-12-18 25:00" has an impossible'
                ' time "25:00". Fix: use 24-hour time from 00:00 to 23:59.'
            ],
        ),
        (
            "events/e.md",
            {"Event-start": "2018-12-18 10:00Z", "Event-end": "2018-12-18 12:00+02:00"},
            [
                'events/e.md:4: error: Event-start "2018-12-18 10:00Z" has a UTC'
                " offset. Fix: write the local time and the zone on its own line,"
                ' e.g. "Timezone: Europe/Riga".',
                'events/e.md:6: error: Event-end "2018-12-18 12:00+02:00" has a UTC'
                " offset. Fix: write the local time and the zone on its own line,"
                ' e.g. "Timezone: Europe/Riga".',
            ],
        ),
    ],
)
def test_event_rules(path, changes, expected):
    assert report(path, source(changes, base=EVENT)) == expected


def test_category_on_a_page():
    text = "Title: Par mums\nLang: lv\nCategory: news\n\nTeksts.\n"
    assert report("pages/about.md", text) == [
        "pages/about.md:3: error: Pages under pages/ have no Category, but this one has"
        ' "news". Fix: remove the Category line, or move the file to news/ or events/.'
    ]


def test_a_key_given_twice():
    text = "Title: A\nDate: 2017-03-13\nLang: lv\nSlug: a\nslug: b\n\nText\n"
    assert report("news/a.md", text) == [
        'news/a.md:5: error: "slug" is given twice (also on line 4).'
        ' Fix: keep only one "slug" line.'
    ]


def test_a_botched_key_line_is_an_error():
    text = (
        "Title: Seminārs\nEvent start: 2018-12-18\nLang: lv\nDate: 2018-11-01\n\nText\n"
    )
    assert report("news/a.md", text) == [
        "news/a.md:1: error: Date is missing, so the site cannot publish this item."
        ' Fix: add the publication date, e.g. "Date: 2017-03-13".',
        'news/a.md:1: warning: Lang is missing, so the file is published as "cs".'
        f' Fix: add a line such as "Lang: cs" {LANGS}.',
        'news/a.md:2: error: "Event start: 2018-12-18" is not a "Key: value" line,'
        " so the metadata stops here and the lines below it become text."
        " Fix: write the key as one word (letters, digits, hyphens) and a colon,"
        ' e.g. "Event-start: 2018-12-18 10:00", or leave a blank line before the'
        " text.",
    ]


@pytest.mark.parametrize("path", ["e.md", "other/e.md"])
def test_outside_news_and_events_the_category_line_decides(path):
    """As in the build (kind_of), for files Pelican reads from other folders."""
    assert report(path, source({"Category": "events", "Location": "Rīga"})) == [
        f"{path}:1: error: This event has no Event-start."
        ' Fix: add a line such as "Event-start: 2018-12-18 10:00".'
    ]


def test_options_change_the_site_language_and_categories():
    options = CheckOptions(
        languages=("lv", "en"), categories=("news", "events", "jobs")
    )
    assert report("news/a.md", source({"Lang": "cs", "Category": "jobs"}), options) == [
        'news/a.md:3: error: Lang "cs" is not a site language. Fix: use one of lv, en.'
    ]


@pytest.mark.parametrize(
    ("path", "lines", "expected"),
    [
        (
            "pages/a.md",
            "Title: A\nLang: en\nOrder: ten\n\nText\n",
            [
                'pages/a.md:3: error: Order "ten" is not a whole number. '
                'Fix: write the menu position as a number, e.g. "Order: 10".'
            ],
        ),
        (
            "pages/a.md",
            "Title: A\nLang: en\nSlug: news\n\nText\n",
            [
                'pages/a.md:3: error: Slug "news" is the address of a section of '
                'the site. Fix: choose another slug, e.g. "about-news".'
            ],
        ),
        (
            "pages/a.md",
            "Title: A\nLang: en\nSlug: accessibility\n\nText\n",
            [
                'pages/a.md:3: error: Slug "accessibility" is the address of a '
                "section of the site. Fix: choose another slug, e.g. "
                '"about-accessibility".'
            ],
        ),
        ("pages/a.md", "Title: A\nLang: en\nSlug: who\nOrder: -2\n\nText\n", []),
        ("news/a.md", "Title: A\nLang: en\nDate: 2020-01-01\nSlug: news\n\nText\n", []),
    ],
)
def test_page_fields(path, lines, expected):
    problems = check_file_text(path, lines)
    assert [problem.describe("").removeprefix("/") for problem in problems] == expected


SWALLOWED = (
    'news/a.md:4: error: "Praha: setkání odborníků na obchodování…" is read as the'
    ' metadata key "Praha", so the line would disappear from the page. Fix: leave a'
    " blank line between the metadata and the text."
)
UNKNOWN_PRAHA = 'news/a.md:4: warning: Unknown metadata key "Praha"; the site ignores'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Praha: setkání odborníků na obchodování s lidmi\n\nText.\n",
            SWALLOWED,
        ),
        (
            "Praha: setkání odborníků na obchodování s lidmi\npokračovalo.\n",
            SWALLOWED,
        ),
        # Not the last line, or one word: a key the editor meant, still unknown.
        ("Praha: setkání odborníků\nCategory: news\n\nText.\n", UNKNOWN_PRAHA),
        ("Praha: ano\n\nText.\n", UNKNOWN_PRAHA),
    ],
)
def test_a_first_sentence_under_the_metadata(text, expected):
    head = "Title: Setkání\nDate: 2017-03-13\nLang: cs\n"
    found = report("news/a.md", head + text)
    assert [line for line in found if ":4:" in line][0].startswith(expected)
