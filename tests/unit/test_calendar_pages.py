"""The calendar pages of a language: which exist, their links and their twins."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from plugins.base.items import Item
from plugins.base.languages import build_languages
from plugins.calendar.archive import Archive
from plugins.calendar.pages import (
    Link,
    calendar_site,
    entry_spans,
    event_page_links,
)
from plugins.multilingual.registry import Listed

RIGA = ZoneInfo("Europe/Riga")
PRAGUE = ZoneInfo("Europe/Prague")
CS, LV, SR_LATN = build_languages(["cs", "lv", "sr-Latn"])
TODAY = date(2017, 6, 22)


def event(slug, start, end=None, lang="lv"):
    """A listed event."""
    return Listed(
        Item(
            "events",
            lang,
            slug,
            slug,
            f"{lang}/events/{slug}/",
            "x.md",
            event_start=start,
            event_end=end,
        ),
        foreign=False,
    )


def news(slug, published, lang="lv"):
    """A listed news item."""
    return Listed(
        Item("news", lang, slug, slug, f"{lang}/news/{slug}/", "x.md", date=published),
        foreign=False,
    )


CONFERENCE = event("conference", date(2017, 6, 21), date(2017, 6, 22))
MORNING = event("morning", datetime(2017, 6, 22, 9, tzinfo=RIGA))
EVENING = event("evening", datetime(2017, 6, 22, 18, tzinfo=RIGA))
REPORT = news("report", datetime(2017, 6, 22, 8, tzinfo=PRAGUE))
WEBINAR = event("webinar", datetime(2020, 1, 14, 10, tzinfo=RIGA))
OLD = news("old", datetime(2017, 3, 13, tzinfo=PRAGUE))
LV_ARCHIVE = Archive.from_spans(
    entry_spans([WEBINAR, EVENING, CONFERENCE, MORNING], [REPORT, OLD])
)
ARCHIVES = {
    "lv": LV_ARCHIVE,
    "cs": Archive.from_spans(entry_spans([], [OLD])),
    "sr-Latn": LV_ARCHIVE,
}


def pages(language=LV):
    """The calendar pages of a language, by path."""
    return {spec.path: spec for spec in calendar_site(language, ARCHIVES, TODAY)}


def test_entries_of_a_day_are_events_by_time_then_news():
    assert LV_ARCHIVE.by_day[date(2017, 6, 22)] == (
        CONFERENCE,
        MORNING,
        EVENING,
        REPORT,
    )


def test_events_without_start_and_news_without_date_are_left_out():
    assert entry_spans([event("x", None)], [news("y", None)]) == []


def test_a_page_per_month_and_year_from_the_first_entry_to_the_last():
    months = [f"lv/calendar/2017/{month:02d}/" for month in range(3, 13)]
    months += [
        f"lv/calendar/{year}/{month:02d}/"
        for year in (2018, 2019)
        for month in range(1, 13)
    ]
    years = [f"lv/calendar/{year}/" for year in range(2017, 2021)]
    assert sorted(pages()) == sorted(
        ["lv/calendar/", *years, *months, "lv/calendar/2020/01/"]
    )
    assert {spec.template for spec in pages().values()} == {
        "calendar_index.html",
        "calendar_year.html",
        "calendar_month.html",
    }


@pytest.mark.parametrize(
    ("path", "previous", "following"),
    [
        ("lv/calendar/2017/03/", None, Link("lv/calendar/2017/06/", "Jūnijs, 2017", 4)),
        (
            "lv/calendar/2017/06/",
            Link("lv/calendar/2017/03/", "Marts, 2017", 1),
            Link("lv/calendar/2020/01/", "Janvāris, 2020", 1),
        ),
        ("lv/calendar/2020/01/", Link("lv/calendar/2017/06/", "Jūnijs, 2017", 4), None),
        (  # an empty month links the nearest months with entries
            "lv/calendar/2018/05/",
            Link("lv/calendar/2017/06/", "Jūnijs, 2017", 4),
            Link("lv/calendar/2020/01/", "Janvāris, 2020", 1),
        ),
        ("lv/calendar/2017/", None, Link("lv/calendar/2020/", "2020", 1)),
        (
            "lv/calendar/2018/",
            Link("lv/calendar/2017/", "2017", 5),
            Link("lv/calendar/2020/", "2020", 1),
        ),
    ],
)
def test_neighbour_links_skip_empty_months_and_years(path, previous, following):
    context = pages()[path].context
    assert (context["previous"], context["next"]) == (previous, following)


def test_month_page_lists_its_days_with_anchors_and_capitalised_full_dates():
    context = pages()["lv/calendar/2017/06/"].context
    assert [(day.anchor, day.heading, len(day.entries)) for day in context["days"]] == [
        ("day-2017-06-21", "Trešdiena, 2017. gada 21. jūnijs", 1),
        ("day-2017-06-22", "Ceturtdiena, 2017. gada 22. jūnijs", 3),
    ]
    assert context["continuing"] == ()
    month = context["month"]
    assert month.caption == "Jūnijs, 2017"
    (today,) = [day for week in month.weeks for day in week if day and day.is_today]
    assert today.date == TODAY
    assert context["year_link"] == Link("lv/calendar/2017/", "2017")


def test_year_page_has_twelve_months_linked_where_not_empty():
    months = pages()["lv/calendar/2017/"].context["months"]
    assert len(months) == 12
    assert [m.path for m in months if m.path] == [
        f"lv/calendar/2017/{month:02d}/" for month in range(3, 13)
    ]
    assert (months[5].label, months[5].count) == ("Jūnijs", 4)
    assert (months[0].path, months[0].count) == (None, 0)  # before the first entry
    assert (months[3].path, months[3].count) == ("lv/calendar/2017/04/", 0)


def test_index_lists_years_with_their_months_and_today_s_month():
    context = pages()["lv/calendar/"].context
    assert [(y.link.label, y.link.count) for y in context["years"]] == [
        ("2017", 5),
        ("2020", 1),
    ]
    assert [m.label for m in context["years"][0].months] == ["Marts", "Jūnijs"]
    assert context["current_month"] == Link("lv/calendar/2017/06/", "Jūnijs, 2017", 4)


EXHIBITION = event("exhibition", date(2017, 6, 20), date(2017, 8, 16))
EXHIBITION_ARCHIVES = {
    "lv": Archive.from_spans(entry_spans([EXHIBITION, CONFERENCE, MORNING], [])),
}


def exhibition_month(month: int) -> dict:
    """The context of a 2017 month page of a site with a long exhibition."""
    specs = calendar_site(LV, EXHIBITION_ARCHIVES, TODAY)
    return {spec.path: spec for spec in specs}[f"lv/calendar/2017/{month:02d}/"].context


def grid_links(context) -> dict[int, str]:
    """Day of the month: where its grid cell links."""
    weeks = context["month"].weeks
    return {
        day.date.day: day.anchor for week in weeks for day in week if day and day.items
    }


def test_a_multi_day_event_is_listed_once_on_its_first_day():
    context = exhibition_month(6)
    listed = [
        (day.day.day, [e.item.slug for e in day.entries]) for day in context["days"]
    ]
    assert listed == [(20, ["exhibition"]), (21, ["conference"]), (22, ["morning"])]


@pytest.mark.parametrize(
    ("month", "links"),
    [
        (  # the exhibition's days link to its first day, unless a day has its own list
            6,
            {20: "day-2017-06-20", 21: "day-2017-06-21", 22: "day-2017-06-22"}
            | {day: "day-2017-06-20" for day in range(23, 31)},
        ),
        (7, {day: "continuing" for day in range(1, 32)}),
        (8, {day: "continuing" for day in range(1, 17)}),
    ],
)
def test_every_day_of_a_multi_day_event_links_to_where_it_is_listed(month, links):
    assert grid_links(exhibition_month(month)) == links


@pytest.mark.parametrize("month", [7, 8])
def test_following_months_list_the_event_as_continuing(month):
    context = exhibition_month(month)
    assert [entry.item.slug for entry in context["continuing"]] == ["exhibition"]
    assert context["days"] == ()


@pytest.mark.parametrize(
    ("path", "other", "twin"),
    [
        ("lv/calendar/2017/06/", SR_LATN, ("sr-latn/calendar/2017/06/", True)),
        ("lv/calendar/2017/06/", CS, ("cs/calendar/", False)),
        ("lv/calendar/2017/03/", CS, ("cs/calendar/2017/03/", True)),
        ("lv/calendar/2017/", CS, ("cs/calendar/2017/", True)),
        ("lv/calendar/2020/", CS, ("cs/calendar/", False)),
        ("lv/calendar/2018/05/", SR_LATN, ("sr-latn/calendar/2018/05/", True)),
        ("lv/calendar/2018/05/", CS, ("cs/calendar/", False)),
        ("lv/calendar/", CS, ("cs/calendar/", True)),
    ],
)
def test_same_page_in_another_language_or_its_index(path, other, twin):
    assert pages()[path].same_page_in(other) == twin


@pytest.mark.parametrize(
    ("listed", "links"),
    [
        (
            WEBINAR,
            {
                "file": "lv/events/webinar/event.ics",
                "month": "lv/calendar/2020/01/",
                "zone": "Austrumeiropas ziemas laiks",
            },
        ),
        (
            CONFERENCE,
            {
                "file": "lv/events/conference/event.ics",
                "month": "lv/calendar/2017/06/",
                "zone": "",
            },
        ),
    ],
)
def test_event_page_links(listed, links):
    assert event_page_links(listed.item, "lv", LV.babel) == links
