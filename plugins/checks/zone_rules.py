"""Rules about an event's time zone: an IANA name of a place, never a fixed offset."""

import zoneinfo
from collections.abc import Iterator

from plugins.base.time_offsets import fixed_offset, zones_with_offset
from plugins.checks.metadata import ContentFile
from plugins.checks.options import CheckOptions
from plugins.checks.problem import Problem, error
from plugins.checks.rules import closest_choice


def is_time_zone(name: str) -> bool:
    """Tell whether name is an IANA time zone known to zoneinfo."""
    try:
        zoneinfo.ZoneInfo(name)
    except (
        zoneinfo.ZoneInfoNotFoundError,
        ValueError,
        OSError,
    ):  # OSError: name too long
        return False
    return True


def _time_zone_names() -> dict[str, str]:
    """Map lower-case IANA names, and their last part ("riga"), to the real name."""
    names = sorted(zoneinfo.available_timezones())
    by_city = {name.rsplit("/", 1)[-1].lower(): name for name in names if "/" in name}
    return by_city | {name.lower(): name for name in names}


def check_timezone(item: ContentFile, options: CheckOptions) -> Iterator[Problem]:
    """Report a Timezone that is not an IANA time zone name, or a fixed offset."""
    zone = item.field("Timezone")
    if zone is None:
        return
    offset = fixed_offset(zone.value)
    if offset is not None:
        yield error(
            item.path,
            zone.line,
            f'Timezone "{zone.value}" is a fixed offset from UTC, not a place:'
            " a fixed offset ignores summer time, so the event's time would be"
            " an hour off for part of the year.",
            _offset_fix(offset),
        )
        return
    if is_time_zone(zone.value):
        return
    names = _time_zone_names()
    written = zone.value.strip().replace(" ", "_")
    guess = names.get(written.lower()) or closest_choice(written, names)
    yield error(
        item.path,
        zone.line,
        f'Timezone "{zone.value}" is not a time zone name.',
        f'use an IANA name such as "{guess or "Europe/Riga"}".',
    )


def _offset_fix(offset: int) -> str:
    """Name the zones of the site's countries with that offset in winter or summer."""
    winter, summer = zones_with_offset(offset)
    hours = f"UTC{offset / 60:+g}" if offset else "UTC"
    parts = []
    if winter:
        parts.append(f"{_names(winter)} ({hours} in winter)")
    if summer:
        parts.append(f"{_names(summer)} ({hours} in summer time)")
    if not parts:
        return 'write the IANA name of the event\'s place, e.g. "Europe/Riga".'
    return "write the IANA name of the event's place: " + ", or ".join(parts) + "."


def _names(zones: tuple[str, ...]) -> str:
    """`"Europe/Prague" or "Europe/Belgrade"`."""
    quoted = [f'"{zone}"' for zone in zones]
    return " or ".join(
        [", ".join(quoted[:-1]), quoted[-1]] if len(quoted) > 1 else quoted
    )
