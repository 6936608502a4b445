"""The calendar's URL layout, webcal addresses and the UID domain."""

from datetime import date

import pytest

from plugins.calendar import paths


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (paths.calendar_path("lv"), "lv/calendar/"),
        (paths.year_path("sr-latn", 2020), "sr-latn/calendar/2020/"),
        (paths.month_path("lv", 2020, 7), "lv/calendar/2020/07/"),
        (paths.month_path("cs", 2027, 12), "cs/calendar/2027/12/"),
        (paths.feed_path("bg"), "bg/calendar/events.ics"),
        (
            paths.event_file_path("lv/events/forced-labour-webinar/"),
            "lv/events/forced-labour-webinar/event.ics",
        ),
        (paths.day_anchor(date(2017, 6, 21)), "day-2017-06-21"),
    ],
)
def test_paths(path, expected):
    assert path == expected


def test_event_file_needs_a_folder_path():
    with pytest.raises(ValueError) as error:
        paths.event_file_path("lv/events/x.html")
    assert str(error.value) == (
        "calendar: event path 'lv/events/x.html' must end with '/'"
    )


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        (
            "https://network.example.org/lv/calendar/events.ics",
            "webcal://network.example.org/lv/calendar/events.ics",
        ),
        (
            "http://localhost:8000/sub/lv/calendar/events.ics",
            "webcal://localhost:8000/sub/lv/calendar/events.ics",
        ),
    ],
)
def test_webcal_url(address, expected):
    assert paths.webcal_url(address) == expected


@pytest.mark.parametrize("address", ["/lv/calendar/events.ics", "ftp://x.org/a.ics"])
def test_webcal_url_refuses_what_is_not_an_http_address(address):
    with pytest.raises(ValueError) as error:
        paths.webcal_url(address)
    assert str(error.value) == (
        f"calendar: {address!r} is not an absolute http(s) address"
    )


@pytest.mark.parametrize(
    ("site_url", "domain"),
    [
        ("https://network.example.org", "network.example.org"),
        ("https://Network.Example.org/sub", "network.example.org"),
        ("http://localhost:8000", "localhost"),
    ],
)
def test_uid_domain_is_the_host(site_url, domain):
    assert paths.uid_domain(site_url) == domain


def test_uid_domain_needs_a_host():
    with pytest.raises(ValueError) as error:
        paths.uid_domain("/sub")
    assert str(error.value) == "calendar: SITEURL '/sub' has no host for UIDs"
