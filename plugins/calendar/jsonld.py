"""schema.org data (JSON-LD) for event and news pages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

SCHEMA_CONTEXT = "https://schema.org"
EVENT_SCHEDULED = "https://schema.org/EventScheduled"
OFFLINE_ATTENDANCE = "https://schema.org/OfflineEventAttendanceMode"


@dataclass(frozen=True)
class Publisher:
    """The institution that publishes the site, organiser of its events."""

    name: str
    url: str
    logo: str = ""


def organization(publisher: Publisher) -> dict[str, Any]:
    """Return the publisher as a schema.org Organization."""
    data: dict[str, Any] = {
        "@type": "Organization",
        "name": publisher.name,
        "url": publisher.url,
    }
    if publisher.logo:
        data["logo"] = {"@type": "ImageObject", "url": publisher.logo}
    return data


def event_jsonld(
    *,
    name: str,
    start: date | datetime,
    end: date | datetime | None,
    url: str,
    language: str,
    publisher: Publisher,
    location: str = "",
    description: str = "",
    image: str = "",
) -> dict[str, Any]:
    """Return a schema.org Event; an event with a place is attended in person."""
    data: dict[str, Any] = {
        "@context": SCHEMA_CONTEXT,
        "@type": "Event",
        "name": name,
        "startDate": _iso(start),
        "endDate": _iso(end or start),
        "eventStatus": EVENT_SCHEDULED,
        "inLanguage": language,
        "url": url,
        "organizer": organization(publisher),
    }
    if location:
        data["location"] = {"@type": "Place", "name": location}
        data["eventAttendanceMode"] = OFFLINE_ATTENDANCE
    _add_optional(data, description=description, image=image)
    return data


def news_jsonld(
    *,
    headline: str,
    published: date | datetime,
    modified: date | datetime | None,
    url: str,
    language: str,
    publisher: Publisher,
    description: str = "",
    image: str = "",
) -> dict[str, Any]:
    """Return a schema.org NewsArticle written and published by the publisher."""
    data: dict[str, Any] = {
        "@context": SCHEMA_CONTEXT,
        "@type": "NewsArticle",
        "headline": headline,
        "datePublished": _iso(published),
        "dateModified": _iso(modified or published),
        "inLanguage": language,
        "url": url,
        "mainEntityOfPage": url,
        "author": organization(publisher),
        "publisher": organization(publisher),
    }
    _add_optional(data, description=description, image=image)
    return data


def _iso(moment: date | datetime) -> str:
    """Return ISO 8601: a plain date, or a time to the second with its offset."""
    if isinstance(moment, datetime):
        if moment.tzinfo is None:
            raise ValueError(f"jsonld: time {moment} has no time zone")
        return moment.isoformat(timespec="seconds")
    return moment.isoformat()


def _add_optional(data: dict[str, Any], **values: str) -> None:
    """Add the given properties that have a value; leave out empty ones."""
    data.update({key: value for key, value in values.items() if value})
