"""Time zones written as a fixed offset (`UTC+2`, `GMT+1`, `+02:00`, `CET`), and the
zones of the site's countries that an editor most likely meant by one.

A fixed offset ignores summer time: an event at 10:00 "UTC+1" in July is at 11:00
in Prague. The checks refuse it and name the places instead.
"""

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from plugins.base.languages import KNOWN_LANGUAGES

OFFSET = re.compile(
    r"(?:UTC|GMT|Z)?\s*(?P<sign>[+\-−])\s*(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?",
    re.IGNORECASE,
)
# Abbreviations editors see in their calendars: minutes east of UTC.
ABBREVIATIONS = {"cet": 60, "cest": 120, "eet": 120, "eest": 180, "met": 60}
# A day in winter and one in summer, to read each zone's two offsets.
WINTER, SUMMER = datetime(2025, 1, 15, 12), datetime(2025, 7, 15, 12)


def fixed_offset(value: str) -> int | None:
    """Minutes east of UTC that a Timezone value gives as a fixed offset, or None
    for a name (`Europe/Riga`, `UTC`)."""
    text = value.strip()
    if text.lower() in ABBREVIATIONS:
        return ABBREVIATIONS[text.lower()]
    found = OFFSET.fullmatch(text)
    if not found or int(found["hours"]) > 14:
        return None
    minutes = int(found["hours"]) * 60 + int(found["minutes"] or 0)
    return -minutes if found["sign"] in "-−" else minutes


def site_zones() -> tuple[str, ...]:
    """The time zones of the site's countries, in the order of the languages."""
    zones = (spec["timezone"] for spec in KNOWN_LANGUAGES.values())
    return tuple(dict.fromkeys(zone for zone in zones if zone))


def zones_with_offset(minutes: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The site's zones with that offset in winter, and those with it only in summer."""
    winter, summer = [], []
    for name in site_zones():
        zone = ZoneInfo(name)
        if WINTER.replace(tzinfo=zone).utcoffset().total_seconds() == minutes * 60:
            winter.append(name)
        elif SUMMER.replace(tzinfo=zone).utcoffset().total_seconds() == minutes * 60:
            summer.append(name)
    return tuple(winter), tuple(summer)
