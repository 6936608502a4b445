"""What the checks say about the editors' own words and dates: keys in their
languages, close-only suggestions, Draft/Published, dates as written in letters,
time ranges and fixed-offset time zones. Every message word for word."""

import pytest

from plugins.checks.core import check_file_text
from plugins.checks.options import SITE_LANGUAGES, CheckOptions

OFFSET = (
    "is a fixed offset from UTC, not a place: a fixed offset ignores summer time,"
    " so the event's time would be an hour off for part of the year."
)
PLUS_ONE = (
    "Fix: write the IANA name of the event's place:"
    ' "Europe/Prague" or "Europe/Belgrade" (UTC+1 in winter).'
)
PLUS_TWO = (
    "Fix: write the IANA name of the event's place:"
    ' "Europe/Riga", "Europe/Sofia" or "Europe/Kyiv" (UTC+2 in winter),'
    ' or "Europe/Prague" or "Europe/Belgrade" (UTC+2 in summer time).'
)
TEXT_AFTER = "If the line is text, leave a blank line before it."


def report(path: str, text: str, options: CheckOptions | None = None) -> list[str]:
    return [problem.describe() for problem in check_file_text(path, text, options)]


def news(*lines: str) -> str:
    """A clean Latvian news item (lines 1-3) with more metadata lines after it."""
    head = ["Title: Darba grupa", "Date: 2017-03-13", "Lang: lv", *lines]
    return "\n".join(head) + "\n\nTeksts.\n"


@pytest.mark.parametrize(
    "lines",
    [
        ("Název: Výroční zpráva", "Datum: 2017-03-13", "Jazyk: cs", "Štítky: a, b"),
        ("Virsraksts: Gada pārskats", "Datums: 2017-03-13", "Valoda: lv"),
        ("Naslov: Godišnji izveštaj", "Datum: 2017-03-13", "Jezik: sr-Latn"),
        ("Заглавие: Годишен доклад", "Дата: 2017-03-13", "Език: bg"),
        ("Заголовок: Річний звіт", "Дата: 2017-03-13", "Мова: uk"),
        ("NAZEV: Vyrocni zprava", "datum: 2017-03-13", "JAZYK: cs"),
        ("Title: A", "Date: 2017-03-13", "Lang: cs", "Časové pásmo: Europe/Prague"),
    ],
)
def test_keys_in_the_editors_languages_are_read_as_the_keys(lines):
    text = "\n".join(lines) + "\n\nText.\n"
    options = CheckOptions(languages=(*SITE_LANGUAGES, "uk"))
    assert report("news/a.md", text, options) == []


def test_a_date_under_a_localized_key_is_rewritten_with_that_key():
    text = "Virsraksts: A\nDatums: 13.03.2017\nValoda: lv\n\nTeksts.\n"
    assert report("news/a.md", text) == [
        'news/a.md:2: error: Datums "13.03.2017" is not in the form YYYY-MM-DD.'
        ' Fix: write "Datums: 2017-03-13".'
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Název: B",
            '"Název" (Title) is given twice (also on line 1).'
            ' Fix: keep only one "Název" line.',
        ),
        ("Draft: true", 'Unknown metadata key "Draft". Fix: write "Status: draft".'),
        ("Draft: yes", 'Unknown metadata key "Draft". Fix: write "Status: draft".'),
        (
            "Draft: false",
            'Unknown metadata key "Draft". Fix: remove the line; items without'
            ' "Status: draft" are published.',
        ),
        (
            "Published: false",
            'Unknown metadata key "Published". Fix: write "Status: draft".',
        ),
        (
            "Published: true",
            'Unknown metadata key "Published". Fix: remove the line; items without'
            ' "Status: draft" are published.',
        ),
        ("Hidden: true", 'Unknown metadata key "Hidden". Fix: write "Status: hidden".'),
        ("Titel: B", 'Unknown metadata key "Titel". Fix: did you mean "Title"?'),
        ("Summery: B", 'Unknown metadata key "Summery". Fix: did you mean "Summary"?'),
        (
            "Datums2: B",
            'Unknown metadata key "Datums2". Fix: did you mean "Datums" (Date)?',
        ),
        (
            "Nazev2: B",
            'Unknown metadata key "Nazev2". Fix: did you mean "Název" (Title)?',
        ),
        (
            "Stitki: a",
            'Unknown metadata key "Stitki". Fix: did you mean "Štítky" (Tags)?',
        ),
        (
            "Timezone: UTC+2",
            f'Timezone "UTC+2" {OFFSET} {PLUS_TWO}',
        ),
        ("Timezone: GMT+1", f'Timezone "GMT+1" {OFFSET} {PLUS_ONE}'),
        ("Timezone: CET", f'Timezone "CET" {OFFSET} {PLUS_ONE}'),
        ("Timezone: EET", f'Timezone "EET" {OFFSET} {PLUS_TWO}'),
        ("Timezone: +02:00", f'Timezone "+02:00" {OFFSET} {PLUS_TWO}'),
        (
            "Timezone: UTC+3",
            f'Timezone "UTC+3" {OFFSET} Fix: write the IANA name of the event\'s'
            ' place: "Europe/Riga", "Europe/Sofia" or "Europe/Kyiv" (UTC+3 in summer'
            " time).",
        ),
        (
            "Timezone: UTC+5",
            f'Timezone "UTC+5" {OFFSET} Fix: write the IANA name of the event\'s'
            ' place, e.g. "Europe/Riga".',
        ),
    ],
)
def test_messages_at_line_four(line, expected):
    assert report("news/a.md", news(line)) == [f"news/a.md:4: error: {expected}"]


@pytest.mark.parametrize(
    "line", ["Datums: 2017-03-13", "Draft: true", "Foo: bar", "Praha: setkání"]
)
def test_no_far_fetched_suggestions(line):
    """Datums is no longer "did you mean Status", Draft no longer "Date"."""
    for problem in report("news/a.md", news(line)):
        assert '"Status"?' not in problem and '"Date"?' not in problem


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Název2: B",
            '"Název2" is not a metadata key the site knows, so the metadata stops'
            f' here and the lines below it become text. Fix: did you mean "Název"'
            f" (Title)? {TEXT_AFTER}",
        ),
        (
            "Účastníci: sto",
            '"Účastníci" is not a metadata key the site knows, so the metadata stops'
            " here and the lines below it become text. Fix: write a key the site"
            " knows (README, Content format, lists the words of each language), or"
            " leave a blank line before the line if it is text.",
        ),
    ],
)
def test_an_unknown_key_with_letters_outside_a_to_z(line, expected):
    assert report("news/a.md", news(line)) == [f"news/a.md:4: error: {expected}"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("13.03.2017", 'is not in the form YYYY-MM-DD. Fix: write "Date: 2017-03-13".'),
        (
            "13. 3. 2017",
            'is not in the form YYYY-MM-DD. Fix: write "Date: 2017-03-13".',
        ),
        ("13.3.2017.", 'is not in the form YYYY-MM-DD. Fix: write "Date: 2017-03-13".'),
        (
            "13.3.2017 10:00",
            'is not in the form YYYY-MM-DD. Fix: write "Date: 2017-03-13 10:00".',
        ),
        ("03/13/2017", 'is not in the form YYYY-MM-DD. Fix: write "Date: 2017-03-13".'),
        ("13/03/2017", 'is not in the form YYYY-MM-DD. Fix: write "Date: 2017-03-13".'),
        ("2017/03/13", 'is not in the form YYYY-MM-DD. Fix: write "Date: 2017-03-13".'),
        (
            "13 March 2017",
            'is not in the form YYYY-MM-DD. Fix: write "Date: 2017-03-13".',
        ),
        (
            "March 13, 2017",
            'is not in the form YYYY-MM-DD. Fix: write "Date: 2017-03-13".',
        ),
        (
            "15. března 2017",
            'is not in the form YYYY-MM-DD. Fix: write "Date: 2017-03-15".',
        ),
        (
            "13 март 2017 г.",
            'is not in the form YYYY-MM-DD. Fix: write "Date: 2017-03-13".',
        ),
        (
            "9. martā 2017",
            'is not in the form YYYY-MM-DD. Fix: write "Date: 2017-03-09".',
        ),
        (
            "2017. gada 13. marts",
            'is not in the form YYYY-MM-DD. Fix: write "Date: 2017-03-13".',
        ),
        (
            "13. марта 2017.",
            'is not in the form YYYY-MM-DD. Fix: write "Date: 2017-03-13".',
        ),
        (
            "13. marta 2017. 10:00",
            'is not in the form YYYY-MM-DD. Fix: write "Date: 2017-03-13 10:00".',
        ),
        (
            "13 березня 2017 р.",
            'is not in the form YYYY-MM-DD. Fix: write "Date: 2017-03-13".',
        ),
        (
            "2017-03-13 10:00-12:00",
            'is a time range. Fix: write "Date: 2017-03-13 10:00".',
        ),
        (
            "03/04/2017",
            "is ambiguous: it can be 3 April 2017 or 4 March 2017."
            ' Fix: write "Date: 2017-04-03" for 3 April 2017, or "Date: 2017-03-04"'
            " for 4 March 2017.",
        ),
        (
            "31.02.2017",
            "does not exist: February 2017 has 28 days. Fix: check the day and the"
            " month.",
        ),
        (
            "13.13.2017",
            "does not exist: there is no month 13. Fix: check the day and the month.",
        ),
        (
            "2017-03-13 10:00–12:00",
            'is a time range. Fix: write "Date: 2017-03-13 10:00".',
        ),
        (
            "last Monday",
            "is not in the form YYYY-MM-DD. Fix: write it as YYYY-MM-DD, or"
            " YYYY-MM-DD HH:MM with a time.",
        ),
    ],
)
def test_dates_as_editors_write_them(value, expected):
    text = f"Title: A\nDate: {value}\nLang: lv\n\nText.\n"
    assert report("news/a.md", text) == [
        f'news/a.md:2: error: Date "{value}" {expected}'
    ]


EVENT = "Title: A\nDate: 2027-01-10\nLang: lv\nLocation: Rīga\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Event-start: 2027-02-10 10:00-12:00",
            'Event-start "2027-02-10 10:00-12:00" is a time range. Fix: write'
            ' "Event-start: 2027-02-10 10:00" and "Event-end: 2027-02-10 12:00".',
        ),
        (
            "Event-start: 2027-02-10 10:00–12:00",
            'Event-start "2027-02-10 10:00–12:00" is a time range. Fix: write'
            ' "Event-start: 2027-02-10 10:00" and "Event-end: 2027-02-10 12:00".',
        ),
        (
            "Sākums: 10.02.2027 22:00 - 02:00",
            'Sākums "10.02.2027 22:00 - 02:00" is a time range. Fix: write'
            ' "Event-start: 2027-02-10 22:00" and "Event-end: 2027-02-11 02:00".',
        ),
        (
            "Event-start: 2027-02-10 10:00+02:00",
            'Event-start "2027-02-10 10:00+02:00" has a UTC offset. Fix: write the'
            ' local time and the zone on its own line, e.g. "Timezone: Europe/Riga".',
        ),
        (
            "Event-start: 10. 2. 2027 10:00",
            'Event-start "10. 2. 2027 10:00" is not in the form YYYY-MM-DD.'
            ' Fix: write "Event-start: 2027-02-10 10:00".',
        ),
    ],
)
def test_event_times_as_editors_write_them(line, expected):
    text = EVENT + line + "\n\nText.\n"
    assert report("events/a.md", text) == [f"events/a.md:5: error: {expected}"]


def test_a_quoted_title_is_read_without_its_quotes():
    text = 'Title: "TODO"\nDate: 2017-03-13\nLang: lv\n\nText.\n'
    assert report("news/a.md", text) == [
        'news/a.md:1: error: Title still holds the placeholder "TODO".'
        ' Fix: write the title in its place, or add "Status: draft" until the'
        " item is ready."
    ]


def test_a_time_zone_name_too_long_for_a_file_name_is_an_error_not_a_crash():
    value = "+" + "1" * 300
    assert report("news/a.md", news(f"Timezone: {value}")) == [
        f'news/a.md:4: error: Timezone "{value}" is not a time zone name.'
        ' Fix: use an IANA name such as "Europe/Riga".'
    ]


@pytest.mark.parametrize(
    "value",
    ["2017-03-13T10:00-05:00", "2017-03-13 10:00-05:00", "2017-03-13T09:30+01:00"],
)
def test_a_date_with_an_offset_is_no_time_range(value):
    """An offset after "T", or one earlier than the time, is read as an offset."""
    text = f"Title: A\nDate: {value}\nLang: lv\n\nText.\n"
    assert report("news/a.md", text) == []
