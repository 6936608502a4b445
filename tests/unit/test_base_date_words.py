"""Which numbers at the start of a line are dates in the page's language."""

import pytest

from plugins.base.date_words import NUMBERED_LINE, language_of, starts_with_date


@pytest.mark.parametrize(
    ("number", "rest", "code", "expected"),
    [
        ("9", "martā notika sanāksme.", "lv", True),  # locative, not in CLDR
        ("1", "maijā", "lv", True),
        ("12", "septembrī", "lv", True),
        ("1", "janv. sākumā", "lv", True),  # CLDR's abbreviation, with its dot
        ("2024", "gadā pieņemtās izmaiņas", "lv", True),
        ("2018", "gada 2. oktobrī", "lv", True),
        ("15", "ledna 2027 se sešli", "cs", True),
        ("3", "března", "cs", True),
        ("3", "bře 2024", "cs", True),  # short form, then a year
        ("3", "bře", "cs", False),  # short form alone: an ordinary word too
        ("2024", "roku", "cs", True),
        ("9", "марта", "sr-Cyrl", True),  # genitive of "март"
        ("9", "marta 2024.", "sr-Cyrl", True),  # Serbian editors write Latin too
        ("2024", "године", "sr-Cyrl", True),
        ("2024", "godine", "sr-Latn", True),
        ("21", "юни", "bg", True),
        ("2024", "г. беше", "bg", True),
        ("9", "березня", "uk", True),
        ("2024", "році", "uk", True),
        ("9", "marta sēdē", "lv", True),  # genitive
        ("1", "jūlijā", "lv", True),
        ("30", "novembrī", "lv", True),
        ("1", "marķē dokumentus", "lv", False),  # starts like "marts", is not
        ("15", "1. 2027 se sešli", "cs", True),  # the month as a number
        ("9", "3.2024", "sr-Cyrl", True),
        ("9", "3. се састао", "sr-Cyrl", True),
        ("9", "13. 2024", "cs", False),  # no 13th month
        ("2", "1.5 milionu", "cs", False),
        ("1", "Jānis Bērziņš", "lv", False),
        ("1", "Maija Ozola", "lv", False),  # a name: months are lower case
        ("2018", "Ziņojums par situāciju", "lv", False),
        ("32", "martā", "lv", False),  # no such day
        ("1", "pro všechny", "cs", False),
        ("1", "first", "en", False),
        ("9", "March", "en", False),  # English capitalises months: "1. May I…"
        ("2024", "gadā", "en", False),
        ("9", "martā", "", False),  # unknown language: no dates
    ],
)
def test_starts_with_date(number, rest, code, expected):
    assert starts_with_date(number, rest, code) is expected


@pytest.mark.parametrize(
    ("line", "lead", "number"),
    [
        ("9. martā", "", "9"),
        ("- 2024. gadā", "- ", "2024"),
        ("> 9. martā", "> ", "9"),
        ("   1.\tfirst", "   ", "1"),
        ("    9. martā", None, None),  # indented code
        ("9.martā", None, None),  # no space: Markdown keeps it as text
        ("9. ", None, None),
    ],
)
def test_numbered_line(line, lead, number):
    found = NUMBERED_LINE.match(line)
    assert (found and (found["lead"], found["number"])) == (
        (lead, number) if lead is not None else None
    )


@pytest.mark.parametrize(
    ("lang", "default", "expected"),
    [("lv", "en", "lv"), ("sr", "en", "sr-Cyrl"), ("", "en", "en"), ("xx", "", "")],
)
def test_language_of(lang, default, expected):
    assert language_of(lang, default) == expected
