"""Fixture items written with the editors' own keys (`Název:`, `Datum:`, `Štítky:`;
`Sākums:`, `Beigas:`, `Vieta:`, `Laika josla:`) and a quoted title build exactly as
with the site's keys."""

import json


def test_czech_keys_give_title_date_and_tags(page):
    item = page("cs/news/working-group/")
    assert item.h1.get_text(strip=True) == "Pracovní skupina zahájila činnost"
    assert item.title.get_text().startswith("Pracovní skupina zahájila činnost – ")
    assert item.select_one("main time[datetime]")["datetime"] == "2017-03-13"
    assert item.select_one("main time").get_text(strip=True) == "13. března 2017"
    tags = [link["href"] for link in item.select('main a[href^="/cs/tags/"]')]
    assert "/cs/tags/hofbsr/" in tags


def test_the_straight_quotes_around_a_title_are_not_shown(page):
    item = page("cs/news/working-group/")
    for text in (item.h1.get_text(), item.title.get_text()):
        assert '"' not in text
    listed = page("cs/news/").find("a", href="/cs/news/working-group/")
    assert listed.get_text(strip=True) == "Pracovní skupina zahájila činnost"


def test_latvian_keys_give_the_event_its_times_zone_and_place(page):
    event = page("lv/events/forced-labour-webinar/")
    data = json.loads(event.find("script", type="application/ld+json").string)
    assert data["@type"] == "Event"
    assert data["startDate"] == "2027-01-14T10:00:00+02:00"  # Riga, not Prague
    assert data["endDate"] == "2027-01-14T12:30:00+02:00"
    assert data["location"]["name"] == "Rīga"
    assert data["name"] == "Tiešsaistes seminārs par piespiedu darbu"
