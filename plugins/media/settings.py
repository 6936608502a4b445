"""The MEDIA_ settings, declared once (validated with every plugin's at start).

Pure: no Pelican imports.
"""

from collections.abc import Mapping

from plugins.base.settings import Declaration, Option, Rule, is_sequence, whole_number

from .images import Plan

MODERN_FORMATS = ("avif", "webp")


def widths() -> Rule:
    """A non-empty list of widths of 16 pixels or more."""
    return Rule(
        lambda value: (
            is_sequence(value)
            and bool(value)
            and all(
                isinstance(width, int) and not isinstance(width, bool) and width >= 16
                for width in value
            )
        ),
        "a list of whole numbers of 16 or more, e.g. [480, 960, 1600, 2400]",
    )


def formats() -> Rule:
    """A list (maybe empty) of the modern formats Pillow writes here."""
    return Rule(
        lambda value: is_sequence(value) and set(value) <= set(MODERN_FORMATS),
        f"a list of {', '.join(map(repr, MODERN_FORMATS))} (or an empty list)",
    )


DECLARATION = Declaration(
    prefix="MEDIA_",
    options=(
        Option(
            "MEDIA_WIDTHS",
            (480, 960, 1600, 2400),
            widths(),
            "Widths (pixels) each picture is published in, never wider than the "
            "editor's file; the file's own width (up to MEDIA_MAX_WIDTH) is added.",
        ),
        Option(
            "MEDIA_MAX_WIDTH", 2400, whole_number(16), "No published picture is wider."
        ),
        Option(
            "MEDIA_DEFAULT_WIDTH",
            960,
            whole_number(16),
            "The width of the <img src> fallback, feeds, JSON-LD and link previews.",
        ),
        Option(
            "MEDIA_FORMATS",
            MODERN_FORMATS,
            formats(),
            "Modern formats offered before the JPEG or PNG fallback, best first.",
        ),
        Option(
            "MEDIA_PROCESSES",
            0,
            whole_number(0),
            "Processes that encode pictures; 0: one per core.",
        ),
    ),
)


def picture_plan(options: Mapping[str, object]) -> Plan:
    """What to make of every picture, from checked settings."""
    return Plan(
        widths=tuple(sorted(set(options["MEDIA_WIDTHS"]))),
        max_width=options["MEDIA_MAX_WIDTH"],
        formats=tuple(dict.fromkeys(options["MEDIA_FORMATS"])),
    )
