"""iCalendar (RFC 5545) files of events, built with the `icalendar` library.

Output is byte-for-byte deterministic: UIDs come from the event's key, language and
domain, DTSTAMP from the item itself, never from the clock or a random source.
`icalendar` folds lines at 75 octets without splitting a UTF-8 character and ends
them with CRLF; the tests hold it to that.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from urllib.parse import quote

from icalendar import Calendar, Event, Timezone

from plugins.base.event_times import check_event_times

PRODID = "-//multilingual-site//calendar//EN"

# Characters allowed in a URI as they are; anything else (Cyrillic slugs, spaces)
# is percent-encoded, because RFC 5545 URL values are URIs, not IRIs.
_URI_SAFE = "!#$%&'()*+,/:;=?@[]~"
_UTC_NAMES = frozenset({"UTC", "Etc/UTC"})


@dataclass(frozen=True)
class CalendarEvent:
    """One event in one language, with everything an iCalendar entry needs.

    `start`/`end` are both `date` (all-day, `end` inclusive as authored) or both
    tz-aware `datetime`; `end` may be None. `stamp` is when the item last changed.
    """

    uid_key: str
    lang: str
    domain: str
    title: str
    start: date | datetime
    end: date | datetime | None
    url: str
    stamp: datetime
    location: str = ""
    description: str = ""
    language_of_text: str = ""

    @property
    def uid(self) -> str:
        """Return the stable UID, the same in every build: key-lang@domain."""
        return f"{self.uid_key}-{self.lang}@{self.domain}"


def event_calendar(
    events: Sequence[CalendarEvent],
    calendar_name: str,
    lang: str,
    prodid: str = PRODID,
) -> bytes:
    """Return one language's calendar feed with all its events, in the given order."""
    strangers = [event.uid for event in events if event.lang != lang]
    if strangers:
        raise ValueError(
            f"calendar: the {lang!r} feed got events in other languages: "
            + ", ".join(strangers)
        )
    return _calendar_bytes(events, calendar_name, lang, prodid)


def single_event_calendar(event: CalendarEvent, prodid: str = PRODID) -> bytes:
    """Return a calendar file holding one event, for an "add to calendar" link."""
    return _calendar_bytes([event], event.title, event.lang, prodid)


def _calendar_bytes(
    events: Sequence[CalendarEvent], name: str, lang: str, prodid: str
) -> bytes:
    """Build the VCALENDAR with its time zones first, then the events."""
    cal = Calendar()
    cal.add("prodid", prodid)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("name", name, parameters={"LANGUAGE": lang})
    cal.add("x-wr-calname", name)
    for component in _timezones(events):
        cal.add_component(component)
    for event in events:
        cal.add_component(_vevent(event))
    return cal.to_ical()


def _vevent(event: CalendarEvent) -> Event:
    """Build the VEVENT of one event."""
    check_event_times(event.start, event.end)
    if event.stamp.tzinfo is None:
        raise ValueError(f"calendar: stamp of {event.uid} has no time zone")
    text_lang = {"LANGUAGE": event.language_of_text or event.lang}
    vevent = Event()
    vevent.add("uid", event.uid)
    vevent.add("dtstamp", event.stamp.astimezone(UTC))
    vevent.add("dtstart", _ical_moment(event.start))
    end = _exclusive_end(event.start, event.end)
    if end is not None:
        vevent.add("dtend", _ical_moment(end))
    vevent.add("summary", event.title, parameters=text_lang)
    if event.location:
        vevent.add("location", event.location, parameters=text_lang)
    if event.description:
        vevent.add("description", event.description, parameters=text_lang)
    vevent.add("url", quote(event.url, safe=_URI_SAFE))
    return vevent


def _exclusive_end(
    start: date | datetime, end: date | datetime | None
) -> date | datetime | None:
    """Return DTEND: the day after the last day for all-day events (RFC 5545)."""
    if isinstance(start, datetime):
        return end
    return (end or start) + timedelta(days=1)


def _ical_moment(moment: date | datetime) -> date | datetime:
    """Keep dates and named zones; write any other zone as UTC (no TZID needed)."""
    if not isinstance(moment, datetime):
        return moment
    zone_name = _zone_name(moment)
    if zone_name is None or zone_name in _UTC_NAMES:
        return moment.astimezone(UTC)
    return moment


def _zone_name(moment: datetime) -> str | None:
    """Return the IANA name of a datetime's zone, or None for fixed offsets."""
    return getattr(moment.tzinfo, "key", None)


def _timezones(events: Iterable[CalendarEvent]) -> list[Timezone]:
    """Build one VTIMEZONE per named zone used, sorted, covering the events' years."""
    zoned = [
        moment
        for event in events
        for moment in (event.start, event.end)
        if isinstance(moment, datetime) and _ical_moment(moment).tzinfo is not UTC
    ]
    if not zoned:
        return []
    zones = {_zone_name(moment): moment.tzinfo for moment in zoned}
    first = date(min(moment.year for moment in zoned), 1, 1)
    last = date(max(moment.year for moment in zoned) + 1, 1, 1)
    return [
        Timezone.from_tzinfo(zones[name], name, first, last) for name in sorted(zones)
    ]
