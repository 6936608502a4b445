"""Calendar pages of the fixture site: months, years, index, grid and navigation."""

import pytest

LANGUAGES = ("cs", "lv", "sr", "sr-latn", "bg", "en")


def main(page, path):
    """The <main> element of a built page."""
    return page(path).find("main")


@pytest.mark.parametrize("prefix", LANGUAGES)
@pytest.mark.parametrize(
    "month",
    [
        "2017/03",  # Czech news only
        "2017/06",  # the Belgrade conference, in English and Bulgarian only
        "2023/09",
        "2024/03",
        "2026/11",  # a Serbian event over the turn of the month...
        "2026/12",  # ...is on both months
        "2027/01",  # the Latvian webinar
    ],
)
def test_every_language_has_every_month_with_entries(site, prefix, month):
    assert (site / prefix / "calendar" / month / "index.html").is_file()


@pytest.mark.parametrize("prefix", LANGUAGES)
def test_every_month_from_the_first_entry_to_the_last_has_a_page(site, prefix):
    calendar = site / prefix / "calendar"
    for year in range(2016, 2028):  # from the oldest news (February 2016)...
        months = sorted(p.name for p in (calendar / str(year)).iterdir())
        first, last = (2 if year == 2016 else 1), (1 if year == 2027 else 12)
        expected = [f"{month:02d}" for month in range(first, last + 1)]
        assert months == [*expected, "index.html"]  # ...to the January 2027 webinar
    assert not (calendar / "2015").exists()
    assert not (calendar / "2028").exists()


@pytest.mark.parametrize(
    ("prefix", "empty", "previous", "following"),
    [
        ("lv", "Šajā mēnesī nekas nav ierakstīts.", "Jūnijs, 2017", "Septembris, 2023"),
        ("cs", "V tomto měsíci zde nic není.", "Červen 2017", "Září 2023"),
        ("en", "Nothing is listed for this month.", "June 2017", "September 2023"),
    ],
)
def test_an_empty_month_says_so_and_links_the_nearest_months_with_entries(
    page, prefix, empty, previous, following
):
    content = main(page, f"{prefix}/calendar/2018/12/")
    assert content.select_one("p.empty").get_text() == empty
    assert content.select(".entry") == []
    nav = content.select("nav.calendar-nav")[-1]
    links = [(a["rel"], a.get_text(strip=True)) for a in nav.select("a[rel]")]
    assert links == [(["prev"], f"←{previous}"), (["next"], f"{following}→")]
    assert nav.select_one('a[rel="prev"]')["href"] == f"/{prefix}/calendar/2017/06/"


@pytest.mark.parametrize(
    ("prefix", "heading"),
    [
        ("lv", "Jūnijs, 2017"),
        ("cs", "Červen 2017"),
        ("sr-latn", "Jun 2017"),
        ("sr", "Јун 2017"),
        ("bg", "Юни 2017"),
        ("en", "June 2017"),
    ],
)
def test_month_heading_and_caption_per_language(page, prefix, heading):
    content = main(page, f"{prefix}/calendar/2017/06/")
    assert content.h1.get_text(strip=True) == heading
    assert content.find("table").caption.get_text(strip=True) == heading


@pytest.mark.parametrize(
    ("prefix", "first", "last"),
    [
        ("lv", ("Pirmd.", "Pirmdiena"), ("Svētd.", "Svētdiena")),
        ("en", ("Mon", "Monday"), ("Sun", "Sunday")),
        ("cs", ("po", "pondělí"), ("ne", "neděle")),
    ],
)
def test_grid_has_seven_weekday_headers_from_monday(page, prefix, first, last):
    headers = main(page, f"{prefix}/calendar/2017/06/").select("table thead th")
    assert len(headers) == 7
    assert all(th["scope"] == "col" for th in headers)
    names = [
        (th.select_one(".weekday-abbr").get_text(), th.abbr["title"]) for th in headers
    ]
    assert (names[0], names[-1]) == (first, last)


def test_june_2017_starts_on_thursday_in_a_monday_first_grid(page):
    first_week = main(page, "lv/calendar/2017/06/").select("table tbody tr")[0]
    assert [td.get_text(strip=True) for td in first_week.find_all("td")] == [
        "",
        "",
        "",
        "1",
        "2",
        "3",
        "4",
    ]


def test_a_multi_day_event_is_listed_once_with_its_range_and_on_every_day(page):
    content = main(page, "lv/calendar/2017/06/")
    linked = {
        a.find(string=True, recursive=False): a["href"]
        for a in content.select("table td a")
    }
    assert linked == {"21": "#day-2017-06-21", "22": "#day-2017-06-21"}
    (title,) = content.select(".entry-title a")
    assert title["href"] == "/en/events/belgrade-conference/"
    section = title.find_parent("section")
    assert section.h2["id"] == "day-2017-06-21"
    assert section.select_one(".when").get_text() == "2017. gada 21.–22. jūnijs"
    assert content.find(id="day-2017-06-22") is None


@pytest.mark.parametrize(
    ("prefix", "heading"),
    [
        ("lv", "Trešdiena, 2017. gada 21. jūnijs"),
        ("cs", "Středa 21. června 2017"),
        ("sr", "Среда, 21. јун 2017."),
        ("sr-latn", "Sreda, 21. jun 2017."),
        ("bg", "Сряда, 21 юни 2017\u202fг."),
        ("en", "Wednesday, 21 June 2017"),
    ],
)
def test_day_headings_start_with_a_capital(page, prefix, heading):
    content = main(page, f"{prefix}/calendar/2017/06/")
    assert content.select_one(".calendar-day h2").get_text() == heading


def test_entries_only_in_other_languages_are_marked_with_their_language(page):
    title = main(page, "lv/calendar/2017/06/").select_one(".entry-title")
    link = title.a
    assert (link["lang"], link["hreflang"]) == ("en", "en")
    assert title.select_one(".lang-label").get_text() == "(angļu)"


def test_an_event_over_the_turn_of_the_month_is_on_both_months(page):
    november = main(page, "sr-latn/calendar/2026/11/")
    december = main(page, "sr-latn/calendar/2026/12/")
    assert [a["href"] for a in november.select("table td a")] == ["#day-2026-11-30"]
    assert [a["href"] for a in december.select("table td a")] == ["#continuing"]
    titles = {a.get_text() for a in november.select(".entry-title a")}
    assert titles == {"Obuka volontera SOS linije u Novom Sadu"}
    continuing = december.find(id="continuing").find_parent("section")
    assert continuing.h2.get_text() == "Nastavlja se iz ranijih meseci"
    (title,) = continuing.select(".entry-title a")
    assert title.get_text() == "Obuka volontera SOS linije u Novom Sadu"
    assert december.select(".calendar-day h2[id^=day-]") == []


@pytest.mark.parametrize(
    ("prefix", "year", "months", "december"),
    [
        ("lv", "2026 (1 ieraksts)", 1, "Decembris (0 ierakstu, 1 turpinās)"),
        ("en", "2026 (1 item)", 1, "December (0 items, 1 continuing)"),
        ("cs", "2026 (1 položka)", 1, "Prosinec (0 položek, 1 pokračující)"),
    ],
)
def test_a_years_count_is_the_sum_of_its_months(page, prefix, year, months, december):
    index = main(page, f"{prefix}/calendar/")
    heading = index.find(id="year-2026")
    assert heading.get_text(" ", strip=True) == year
    content = main(page, f"{prefix}/calendar/2026/")
    items = content.select("ul.calendar-months li")
    counts = [li.select_one(".count").get_text() for li in items]
    assert sum(int(count.strip("(").split()[0]) for count in counts) == months
    assert items[11].get_text(" ", strip=True) == december
    assert content.select_one(".calendar-note") is not None


def test_today_is_marked_as_the_current_date(page):
    (today,) = main(page, "lv/calendar/2026/11/").select('[aria-current="date"]')
    assert today.name == "td"
    assert today.get_text(strip=True) == "23"
    assert main(page, "lv/calendar/2017/06/").select('[aria-current="date"]') == []


@pytest.mark.parametrize(
    ("path", "previous", "following"),
    [
        ("lv/calendar/2017/06/", "/lv/calendar/2017/03/", "/lv/calendar/2023/09/"),
        ("lv/calendar/2024/03/", "/lv/calendar/2023/09/", "/lv/calendar/2026/11/"),
        ("lv/calendar/2027/01/", "/lv/calendar/2026/12/", None),
        ("lv/calendar/2017/", "/lv/calendar/2016/", "/lv/calendar/2023/"),
        ("lv/calendar/2024/", "/lv/calendar/2023/", "/lv/calendar/2026/"),
    ],
)
def test_previous_and_next_skip_empty_months_and_years(page, path, previous, following):
    content = main(page, path)
    links = content.select_one("nav.calendar-nav")
    found = links.select_one('a[rel="prev"]'), links.select_one('a[rel="next"]')
    assert tuple(a["href"] if a else None for a in found) == (previous, following)


def test_neighbour_links_name_the_month(page):
    nav = main(page, "lv/calendar/2017/06/").select_one("nav.calendar-nav")
    assert nav.select_one('a[rel="next"]').get_text(strip=True) == "Septembris, 2023→"


def test_year_page_lists_twelve_months_and_links_those_with_entries(page):
    content = main(page, "cs/calendar/2017/")
    months = content.select("ul.calendar-months li")
    assert len(months) == 12
    assert [a["href"] for a in content.select("ul.calendar-months a")] == [
        f"/cs/calendar/2017/{month:02d}/" for month in range(1, 13)
    ]
    assert [
        li.a["href"] for li in content.select("ul.calendar-months li.has-items")
    ] == [
        "/cs/calendar/2017/03/",
        "/cs/calendar/2017/06/",
    ]
    assert months[0].get_text(" ", strip=True) == "Leden (0 položek)"
    assert months[5].get_text(" ", strip=True) == "Červen (1 položka)"


def test_index_lists_years_this_month_and_the_subscription(page):
    content = main(page, "en/calendar/")
    years = [h2.a.get_text() for h2 in content.select("section h2")]
    assert years[:5] == ["2027", "2026", "2024", "2023", "2017"]  # newest first
    current = content.select_one(".calendar-current a")
    assert current["href"] == "/en/calendar/2026/11/"
    assert current.get_text() == "This month: November 2026"
    links = [a["href"] for a in content.select(".calendar-subscribe a")]
    assert links == [
        "webcal://network.example.org/en/calendar/events.ics",
        "/en/calendar/events.ics",
    ]


def test_month_page_links_to_the_same_month_in_other_languages(page):
    alternates = {
        link["hreflang"]: link["href"]
        for link in page("lv/calendar/2017/06/").select(
            'link[rel="alternate"][hreflang]'
        )
        if link.get("type") is None
    }
    assert alternates["cs"] == "https://network.example.org/cs/calendar/2017/06/"
    assert alternates["sr-Latn"] == (
        "https://network.example.org/sr-latn/calendar/2017/06/"
    )


@pytest.mark.parametrize(
    ("path", "current"),
    [("lv/", False), ("lv/calendar/", True), ("lv/calendar/2017/06/", True)],
)
def test_calendar_in_the_main_menu(page, path, current):
    (link,) = page(path).select('.main-nav a[href="/lv/calendar/"]')
    assert link.get_text() == "Kalendārs"
    assert (link.get("aria-current") == "page") is current


def test_event_page_offers_its_ics_and_its_month(page):
    facts = page("lv/events/forced-labour-webinar/").select_one("dl.event-facts")
    ics = facts.select_one('a[type="text/calendar"]')
    assert ics["href"] == "/lv/events/forced-labour-webinar/event.ics"
    assert facts.select_one('a[href="/lv/calendar/2027/01/"]') is not None
    terms = [dt.get_text() for dt in facts.find_all("dt")]
    assert terms == ["Laiks", "Vieta", "Laika josla", "Kalendārs"]
    assert "Austrumeiropas ziemas laiks" in facts.get_text()


def test_the_text_view_has_one_name_per_weekday(page):
    headers = page("text/lv/calendar/2017/06/").select("table thead th")
    assert [th.get_text() for th in headers][:2] == ["Pirmd.", "Otrd."]
