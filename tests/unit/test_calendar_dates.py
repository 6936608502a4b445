"""Dates of the calendar through Babel: headings, long dates, event times, weekdays."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from babel import Locale

from plugins.base.dates import (
    day_heading,
    format_event_when,
    format_long_date,
    month_heading,
    weekday_headers,
)
from plugins.base.event_times import check_event_times, days_spanned

PRAGUE = ZoneInfo("Europe/Prague")
RIGA = ZoneInfo("Europe/Riga")
THIN = "\u2009"  # CLDR puts thin spaces around some interval dashes
NARROW = "\u202f"  # and a narrow no-break space before Bulgarian "г."


def at(day: int, hour: int, minute: int = 0, month: int = 12, zone=PRAGUE):
    """A zoned time in December 2018, when the sample meeting takes place."""
    return datetime(2018, month, day, hour, minute, tzinfo=zone)


@pytest.mark.parametrize(
    ("locale", "year", "month", "expected"),
    [
        ("cs_CZ", 2020, 7, "Červenec 2020"),
        ("cs_CZ", 2021, 1, "Leden 2021"),
        ("lv_LV", 2020, 7, "Jūlijs, 2020"),
        ("sr_Latn_RS", 2020, 7, "Jul 2020"),
        ("sr_Cyrl_RS", 2020, 7, "Јул 2020"),
        ("bg_BG", 2020, 7, "Юли 2020"),
        ("en_GB", 2020, 7, "July 2020"),
        ("en_US", 2024, 2, "February 2024"),
    ],
)
def test_month_heading_is_stand_alone_month_capitalised_then_year(
    locale, year, month, expected
):
    assert month_heading(year, month, locale) == expected


def test_month_heading_accepts_a_locale_object():
    assert month_heading(2020, 12, Locale.parse("cs_CZ")) == "Prosinec 2020"


@pytest.mark.parametrize(
    ("locale", "day", "expected"),
    [
        ("cs_CZ", date(2020, 7, 15), "15. července 2020"),
        ("lv_LV", date(2017, 3, 13), "2017. gada 13. marts"),
        ("sr_Cyrl_RS", date(2017, 3, 13), "13. март 2017."),
        ("sr_Latn_RS", date(2017, 3, 13), "13. mart 2017."),
        ("bg_BG", date(2017, 6, 21), f"21 юни 2017{NARROW}г."),
        ("en_GB", date(2017, 3, 13), "13 March 2017"),
        ("en_US", date(2017, 3, 13), "March 13, 2017"),
    ],
)
def test_format_long_date_is_cldr_long_form(locale, day, expected):
    assert format_long_date(day, locale) == expected


@pytest.mark.parametrize(
    ("locale", "start", "end", "expected"),
    [
        ("en_GB", date(2017, 6, 21), None, "21 June 2017"),
        ("en_GB", date(2017, 6, 21), date(2017, 6, 21), "21 June 2017"),
        ("en_GB", date(2017, 6, 21), date(2017, 6, 22), "21–22 June 2017"),
        (
            "en_GB",
            date(2017, 6, 21),
            date(2017, 7, 2),
            f"21 June{THIN}–{THIN}2 July 2017",
        ),
        (
            "en_GB",
            date(2017, 12, 21),
            date(2018, 1, 2),
            f"21 December 2017{THIN}–{THIN}2 January 2018",
        ),
        (
            "en_US",
            date(2017, 6, 21),
            date(2017, 6, 22),
            f"June 21{THIN}–{THIN}22, 2017",
        ),
        ("bg_BG", date(2017, 6, 21), date(2017, 6, 22), f"21 – 22 юни 2017{NARROW}г."),
        (
            "bg_BG",
            date(2017, 6, 21),
            date(2017, 7, 2),
            f"21 юни – 2 юли 2017{NARROW}г.",
        ),
        ("cs_CZ", date(2017, 6, 21), date(2017, 6, 22), "21.–22. 6. 2017"),
        ("cs_CZ", date(2020, 7, 15), None, "15. července 2020"),
        ("lv_LV", date(2017, 6, 21), date(2017, 6, 22), "2017. gada 21.–22. jūnijs"),
        (
            "sr_Cyrl_RS",
            date(2017, 12, 21),
            date(2017, 12, 22),
            "21.–22. децембар 2017.",
        ),
        ("sr_Cyrl_RS", date(2017, 6, 21), date(2017, 7, 2), "21. јун – 02. јул 2017."),
        (
            "sr_Latn_RS",
            date(2017, 12, 21),
            date(2017, 12, 22),
            "21.–22. decembar 2017.",
        ),
    ],
)
def test_format_event_when_all_day(locale, start, end, expected):
    assert format_event_when(start, end, locale) == expected


@pytest.mark.parametrize(
    ("locale", "start", "end", "expected"),
    [
        ("en_GB", at(18, 10), at(18, 16), "18 December 2018, 10:00–16:00"),
        ("en_GB", at(18, 10), None, "18 December 2018, 10:00"),
        ("en_GB", at(18, 10), at(18, 10), "18 December 2018, 10:00"),
        (
            "en_GB",
            at(18, 10),
            at(19, 16),
            f"18 December 2018, 10:00{THIN}–{THIN}19 December 2018, 16:00",
        ),
        ("en_GB", at(18, 22), at(19, 0), "18 December 2018, 22:00–00:00"),
        # The end is shown in the start's zone: 17:00 in Riga is 16:00 in Prague.
        ("en_GB", at(18, 10), at(18, 17, zone=RIGA), "18 December 2018, 10:00–16:00"),
        (
            "en_US",
            at(18, 10),
            at(18, 16),
            f"December 18, 2018, 10:00{NARROW}AM{THIN}–{THIN}4:00{NARROW}PM",
        ),
        ("cs_CZ", at(18, 10), at(18, 16), "18. prosince 2018 10:00–16:00"),
        ("lv_LV", at(18, 10), at(18, 16), "2018. gada 18. decembris 10:00–16:00"),
        ("sr_Cyrl_RS", at(18, 10), at(18, 16), "18. децембар 2018. 10:00–16:00"),
        ("sr_Latn_RS", at(18, 9), at(18, 16), "18. decembar 2018. 09:00–16:00"),
        (
            "bg_BG",
            at(18, 10),
            at(18, 16),
            f"18 декември 2018{NARROW}г., 10:00 ч. – 16:00 ч.",
        ),
    ],
)
def test_format_event_when_timed(locale, start, end, expected):
    assert format_event_when(start, end, locale) == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2017, 6, 21), None, [date(2017, 6, 21)]),
        (date(2017, 6, 21), date(2017, 6, 21), [date(2017, 6, 21)]),
        (
            date(2017, 6, 30),
            date(2017, 7, 2),
            [date(2017, 6, 30), date(2017, 7, 1), date(2017, 7, 2)],
        ),
        (
            date(2024, 2, 28),
            date(2024, 3, 1),
            [date(2024, 2, 28), date(2024, 2, 29), date(2024, 3, 1)],
        ),
        (at(18, 10), at(18, 16), [date(2018, 12, 18)]),
        (at(18, 10), None, [date(2018, 12, 18)]),
        (at(18, 22), at(19, 0), [date(2018, 12, 18)]),
        (at(18, 22), at(19, 0, 1), [date(2018, 12, 18), date(2018, 12, 19)]),
        (at(18, 0), at(18, 0), [date(2018, 12, 18)]),
        (
            at(31, 20),
            datetime(2019, 1, 2, 9, tzinfo=RIGA),
            [date(2018, 12, 31), date(2019, 1, 1), date(2019, 1, 2)],
        ),
        # 23:30 UTC on the 19th is 00:30 on the 20th in Prague, the start's zone.
        (
            at(19, 10),
            datetime(2018, 12, 19, 23, 30, tzinfo=UTC),
            [date(2018, 12, 19), date(2018, 12, 20)],
        ),
    ],
)
def test_days_spanned(start, end, expected):
    assert days_spanned(start, end) == expected


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (
            datetime(2018, 12, 18, 10),
            None,
            "calendar: start time 2018-12-18 10:00:00 has no time zone",
        ),
        (
            at(18, 10),
            datetime(2018, 12, 18, 16),
            "calendar: end time 2018-12-18 16:00:00 has no time zone",
        ),
        (
            date(2018, 12, 18),
            at(18, 16),
            "calendar: start 2018-12-18 and end 2018-12-18 16:00:00+01:00 "
            "must both be dates or both be times",
        ),
        (
            date(2017, 6, 22),
            date(2017, 6, 21),
            "calendar: event ends (2017-06-21) before it starts (2017-06-22)",
        ),
    ],
)
def test_impossible_event_times_are_refused_with_a_clear_message(start, end, message):
    for check in (check_event_times, days_spanned):
        with pytest.raises(ValueError) as error:
            check(start, end)
        assert str(error.value) == message
    with pytest.raises(ValueError):
        format_event_when(start, end, "en_GB")


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (
            "cs_CZ",
            [
                ("po", "pondělí"),
                ("út", "úterý"),
                ("st", "středa"),
                ("čt", "čtvrtek"),
                ("pá", "pátek"),
                ("so", "sobota"),
                ("ne", "neděle"),
            ],
        ),
        (
            "en_US",
            [
                ("Sun", "Sunday"),
                ("Mon", "Monday"),
                ("Tue", "Tuesday"),
                ("Wed", "Wednesday"),
                ("Thu", "Thursday"),
                ("Fri", "Friday"),
                ("Sat", "Saturday"),
            ],
        ),
        (
            "bg_BG",
            [
                ("пн", "понеделник"),
                ("вт", "вторник"),
                ("ср", "сряда"),
                ("чт", "четвъртък"),
                ("пт", "петък"),
                ("сб", "събота"),
                ("нд", "неделя"),
            ],
        ),
    ],
)
def test_weekday_headers_start_on_the_countrys_first_day(locale, expected):
    assert [(day.short, day.full) for day in weekday_headers(locale)] == expected


@pytest.mark.parametrize(
    ("locale", "first", "last"),
    [
        ("lv_LV", ("Pirmd.", "Pirmdiena"), ("Svētd.", "Svētdiena")),
        ("sr_Cyrl_RS", ("пон", "понедељак"), ("нед", "недеља")),
        ("sr_Latn_RS", ("pon", "ponedeljak"), ("ned", "nedelja")),
        ("en_GB", ("Mon", "Monday"), ("Sun", "Sunday")),
    ],
)
def test_weekday_headers_first_and_last(locale, first, last):
    headers = weekday_headers(locale)
    assert (headers[0][:2], headers[-1][:2]) == (first, last)
    assert headers[0].short == first[0]
    assert headers[0].full == first[1]


@pytest.mark.parametrize(
    ("locale", "narrow"),
    [
        ("lv_LV", ["Pr", "Ot", "Tr", "Ce", "Pk", "Se", "Sv"]),
        ("cs_CZ", ["po", "út", "st", "čt", "pá", "so", "ne"]),
        ("sr_Cyrl_RS", ["по", "ут", "ср", "че", "пе", "су", "не"]),
        ("bg_BG", ["пн", "вт", "ср", "чт", "пт", "сб", "нд"]),
        ("en_GB", ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]),
    ],
)
def test_weekday_headers_have_cldr_short_names_for_narrow_screens(locale, narrow):
    assert [day.narrow for day in weekday_headers(locale)] == narrow


@pytest.mark.parametrize(
    ("locale", "heading"),
    [
        ("lv_LV", "Trešdiena, 2017. gada 21. jūnijs"),
        ("cs_CZ", "Středa 21. června 2017"),
        ("sr_Cyrl_RS", "Среда, 21. јун 2017."),
        ("sr_Latn_RS", "Sreda, 21. jun 2017."),
        ("bg_BG", "Сряда, 21 юни 2017\u202fг."),
        ("uk_UA", "Середа, 21 червня 2017\u202fр."),
        ("en_GB", "Wednesday, 21 June 2017"),
    ],
)
def test_day_headings_start_with_a_capital(locale, heading):
    assert day_heading(date(2017, 6, 21), locale) == heading
