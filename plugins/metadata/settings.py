"""The METADATA_ settings, declared once (validated with every plugin's at start).

Pure: no Pelican imports.
"""

from collections.abc import Mapping
from pathlib import Path

from plugins.base.settings import CrossCheck, Declaration, Option, text

ICO_PATTERN = r".+\.ico"


def icon_source(settings: Mapping[str, object]) -> Path:
    """The favicon file: a relative path is read from the theme's static folder."""
    return Path(settings["THEME"]) / "static" / settings["METADATA_FAVICON"]


def favicon_problems(settings: Mapping[str, object]) -> list[str]:
    """The favicon must be a file."""
    if not settings.get("THEME") or icon_source(settings).is_file():
        return []
    return [
        f"METADATA_FAVICON: {settings['METADATA_FAVICON']!r} is not a file. Expected "
        f"an .ico file; {icon_source(settings)} does not exist."
    ]


DECLARATION = Declaration(
    prefix="METADATA_",
    options=(
        Option(
            "METADATA_FAVICON",
            "images/favicon.ico",
            text("a path ending in '.ico'", ICO_PATTERN),
            "The .ico published as /favicon.ico (relative: to the theme's static "
            "folder).",
        ),
    ),
    cross_checks=(CrossCheck(("METADATA_FAVICON",), favicon_problems),),
)
