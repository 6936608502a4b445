"""Month names, full dates and time-zone names of the calendar pages, from CLDR."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from plugins.base.dates import format_full_date, format_zone, month_name

RIGA = ZoneInfo("Europe/Riga")


@pytest.mark.parametrize(
    ("month", "locale", "name"),
    [
        (6, "lv_LV", "Jūnijs"),
        (7, "cs_CZ", "Červenec"),  # stand-alone (nominative), not "července"
        (7, "sr_Latn_RS", "Jul"),
        (7, "sr_Cyrl_RS", "Јул"),
        (1, "bg_BG", "Януари"),
        (12, "en_GB", "December"),
    ],
)
def test_month_name_is_stand_alone_and_capitalised(month, locale, name):
    assert month_name(month, locale) == name


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en_GB", "Wednesday, 21 June 2017"),
        ("lv_LV", "trešdiena, 2017. gada 21. jūnijs"),
        ("cs_CZ", "středa 21. června 2017"),
        ("sr_Latn_RS", "sreda, 21. jun 2017."),
        ("bg_BG", "сряда, 21 юни 2017\u202fг."),  # narrow no-break space
    ],
)
def test_format_full_date_names_the_weekday(locale, text):
    assert format_full_date(date(2017, 6, 21), locale) == text


@pytest.mark.parametrize(
    ("moment", "locale", "name"),
    [
        (
            datetime(2027, 1, 14, 10, tzinfo=RIGA),
            "en_GB",
            "Eastern European Standard Time",
        ),
        (
            datetime(2027, 7, 14, 10, tzinfo=RIGA),
            "en_GB",
            "Eastern European Summer Time",
        ),
        (
            datetime(2027, 1, 14, 10, tzinfo=RIGA),
            "lv_LV",
            "Austrumeiropas ziemas laiks",
        ),
    ],
)
def test_format_zone_names_the_zone_at_that_moment(moment, locale, name):
    assert format_zone(moment, locale) == name


def test_format_zone_needs_a_zone():
    with pytest.raises(ValueError) as error:
        format_zone(datetime(2027, 1, 14, 10), "en_GB")
    assert str(error.value) == "calendar: time 2027-01-14 10:00:00 has no time zone"
